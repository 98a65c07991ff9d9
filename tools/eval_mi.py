"""Score the coach on the team's held-aside helper talk and thinking traps (issue 11).

    .venv/bin/python tools/eval_mi.py                            # the final split, figures only
    .venv/bin/python tools/eval_mi.py --split look --show-misses # read and debug
    .venv/bin/python tools/eval_mi.py --split all

The set is `evalsets/mi/utterances.jsonl` (see its README): one turn of a counsellor, peer
supporter, friend or partner answering a `context` line, coded with one MITI 4.2.1 or
peer-support code, and a person's own thoughts coded with a thinking trap or `none`, written
from the definitions by someone who never saw the coach. Each row carries its `split`:
`look` (about 40 %, by a hash of the text) may be read when changing the coach; `final` is
scored only, so for it this tool prints aggregate figures and never a line.

The coach's reading is `analyse(text).categories`, what `alongside check --jsonl` prints
and the shared scorer maps to the MI-gold, AnnoMI, ESConv and thinking-trap labels (every
finding counts there, the ones noted kindly about oneself or kept for the record too). The
same mapping is used here (docs/coach.md, README "How well it does"):

    advise_with_permission    <- permission         (MI-gold Advise with Permission)
    advise_without_permission <- unsolicited_advice (MI-gold Advise without Permission)
    affirm                    <- appreciation       (MI-gold Affirm)
    direct                    <- pressure           (MI-gold Direct)
    confront                  <- blame, label, invalidation, contempt (MI-gold Confront)
    emphasize_autonomy        <- autonomy           (MI-gold Emphasize Autonomy)
    open_question             <- open_question      (MI-gold, AnnoMI)
    complex_reflection        <- validation         (MI-gold Complex Reflection)
    simple_reflection         <- validation         (AnnoMI reflection)
    reassurance               <- reassurance        (ESConv Affirmation and Reassurance)
    blaming / labeling        <- blame / label      (thinking traps)
    overgeneralizing          <- absolute
    should_statements         <- pressure

Each part is scored on its own labels, as the shared scorer scores each dataset on its own:
a thought (no context line) on the thinking traps and `none`, helper talk on the rest, so a
confrontation's `blame` is no blaming thought. No category carries a closed question: for
`closed_question` the reading is the MI counter's (`mi.classify_sentence`), with the context
line as what the other person said. `giving_information` and `none` are labels no category
maps to: for them the tool prints how many were read as some mapped label (false alarms).
Printed for the chosen split: per label precision, recall, F1 and support; macro-F1 over the
mapped labels with support >= 8; "reflection" (simple or complex, as AnnoMI counts it).

Baseline (main 1fc4bbd, 2026-12-07): look (200 lines) macro-F1 0.527 over 12 labels; final
(328 lines) 0.498 over 15. Final, F1: confront 0.118, simple reflection 0.000, advise with
permission 0.294, blaming 0.316, reassurance 0.320, advise without permission 0.419, affirm
0.429, emphasize autonomy 0.452, complex reflection 0.471; open question 0.900, labeling
0.900, should statements 0.957; giving information read as a label 1/20, none 0/21.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_meaning import Counts

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "evalsets" / "mi" / "utterances.jsonl"
LOOK_SHARE = 4  # of 10: the last byte of the text's SHA-256, mod 10, below this is `look`
MIN_SUPPORT = 8
SPLITS = ("look", "final")

# Set label -> the coach's categories that the shared scorer reads as it.
MAPPING: dict[str, frozenset[str]] = {
    "advise_with_permission": frozenset({"permission"}),
    "advise_without_permission": frozenset({"unsolicited_advice"}),
    "affirm": frozenset({"appreciation"}),
    "direct": frozenset({"pressure"}),
    "confront": frozenset({"blame", "label", "invalidation", "contempt"}),
    "emphasize_autonomy": frozenset({"autonomy"}),
    "open_question": frozenset({"open_question"}),
    "complex_reflection": frozenset({"validation"}),
    "simple_reflection": frozenset({"validation"}),
    "reassurance": frozenset({"reassurance"}),
    "blaming": frozenset({"blame"}),
    "labeling": frozenset({"label"}),
    "overgeneralizing": frozenset({"absolute"}),
    "should_statements": frozenset({"pressure"}),
}
CLOSED = "closed_question"  # read by the MI counter, not a category
SCORED = (*sorted(MAPPING), CLOSED)
UNMAPPED = ("giving_information", "none")
LABELS = frozenset((*SCORED, *UNMAPPED))
# Thinking traps are a person's own thoughts (no context line); the rest is helper talk.
TRAPS = frozenset({"blaming", "labeling", "overgeneralizing", "should_statements", "none"})
HELPER = LABELS - TRAPS


@dataclass(frozen=True)
class Row:
    id: str
    context: str
    text: str
    label: str
    split: str


@dataclass(frozen=True)
class Reading:
    """What the coach reads in one line: its categories, and whether the MI counter hears a
    closed question."""

    categories: frozenset[str]
    closed: bool = False


@dataclass
class Scores:
    lines: int = 0
    per_label: dict[str, Counts] = field(default_factory=dict)
    reflection: Counts = field(default_factory=Counts)
    unmapped: dict[str, tuple[int, int]] = field(default_factory=dict)  # read as some label, of

    def macro_f1(self, min_support: int = MIN_SUPPORT) -> tuple[float, int]:
        f1s = [c.f1 for c in self.per_label.values() if c.support >= min_support]
        return (sum(f1s) / len(f1s) if f1s else 0.0, len(f1s))


def split_of(text: str) -> str:
    """`look` or `final`, fixed by the last byte of the text's SHA-256 (see the README)."""
    return (
        "look" if hashlib.sha256(text.encode("utf-8")).digest()[-1] % 10 < LOOK_SHARE else "final"
    )


def parse_row(obj: object, where: str) -> Row:
    """One line of the set, checked; a ValueError says which line and what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: not a JSON object")
    values = [obj.get(k) for k in ("id", "context", "text", "label", "split")]
    if not all(isinstance(v, str) for v in values):
        raise ValueError(f"{where}: id, context, text, label and split must be strings")
    id_, context, text, label, split = (str(v) for v in values)
    if not text.strip():
        raise ValueError(f"{where}: `text` is empty")
    if label not in LABELS:
        raise ValueError(f"{where}: unknown label {label!r}")
    if split != split_of(text):
        raise ValueError(f"{where}: `split` must be {split_of(text)!r} (by the hash of the text)")
    return Row(id_, context, text, label, split)


def load(path: Path = DATA) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rows.append(parse_row(json.loads(line), f"{path.name}:{n}"))
    return rows


def labels_of(reading: Reading) -> frozenset[str]:
    """The set's labels the coach's reading maps to."""
    found = {label for label, cats in MAPPING.items() if cats & reading.categories}
    if reading.closed:
        found.add(CLOSED)
    return frozenset(found)


def part_labels(row: Row) -> frozenset[str]:
    """The labels a row is scored on: a thought on the thinking traps, helper talk on the
    rest (as the shared scorer scores each dataset on its own labels)."""
    return TRAPS if row.label in TRAPS else HELPER


def score(rows: Sequence[Row], readings: Sequence[Reading]) -> Scores:
    s = Scores(lines=len(rows), per_label={label: Counts() for label in SCORED})
    for row, reading in zip(rows, readings, strict=True):
        found = labels_of(reading) & part_labels(row)
        for label in SCORED:
            if label in part_labels(row):
                s.per_label[label] = s.per_label[label].add(row.label == label, label in found)
        reflections = {"simple_reflection", "complex_reflection"}
        s.reflection = s.reflection.add(row.label in reflections, bool(found & reflections))
        if row.label in UNMAPPED:
            flagged, of = s.unmapped.get(row.label, (0, 0))
            s.unmapped[row.label] = (flagged + bool(found), of + 1)
    return s


def coach_reading(row: Row) -> Reading:
    """The categories `alongside check --jsonl` prints, and the MI counter's closed question."""
    from alongside.coach import analyse
    from alongside.coach.mi import classify_sentence, split_sentences

    categories = frozenset(analyse(row.text).categories)
    said = row.context or None
    closed = any(classify_sentence(s, said) == "closed" for s in split_sentences(row.text))
    return Reading(categories, closed)


def report(s: Scores, split: str) -> list[str]:
    out = [f"split {split}: {s.lines} lines"]
    out.append(f"{'label':<26} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for label in SCORED:
        c = s.per_label[label]
        out.append(f"{label:<26} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.support:8d}")
    r = s.reflection
    out.append(
        f"{'reflection (either)':<26} {r.precision:6.3f} {r.recall:6.3f} {r.f1:6.3f} {r.support:8d}"
    )
    for label in UNMAPPED:
        flagged, of = s.unmapped.get(label, (0, 0))
        out.append(f"{label:<26} read as some label: {flagged}/{of}")
    macro, n = s.macro_f1()
    out.append(f"macro-F1 over {n} labels with support >= {MIN_SUPPORT}: {macro:.3f}")
    return out


def misses(rows: Sequence[Row], readings: Sequence[Reading]) -> list[str]:
    out = []
    for row, reading in zip(rows, readings, strict=True):
        found = labels_of(reading) & part_labels(row)
        if found != ({row.label} & set(SCORED)):
            out.append(f"[{row.label}] {row.context!r} -> {row.text}")
            cats = ", ".join(sorted(reading.categories)) or "-"
            out.append(f"    read {', '.join(sorted(found)) or '-'} (categories {cats})")
    return out


def main(
    argv: Sequence[str] | None = None,
    read: Callable[[Row], Reading] = coach_reading,
) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="final")
    ap.add_argument("--show-misses", action="store_true", help="look only: each missed line")
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    if a.show_misses and a.split != "look":
        print("Misses are shown for the look split only: final is scored, never read.")
        return 2
    try:
        rows = load(a.data)
    except (OSError, ValueError) as e:
        print(f"Could not read the lines: {e}")
        return 1
    chosen = [r for r in rows if a.split in ("all", r.split)]
    readings = [read(r) for r in chosen]
    print("\n".join(report(score(chosen, readings), a.split)))
    if a.show_misses:
        print("\n".join(["", "misses (look):", *misses(chosen, readings)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
