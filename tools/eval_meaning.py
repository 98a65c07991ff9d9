"""Score the coach on the team's held-aside messages (issue 11): what it reads in a message.

    .venv/bin/python tools/eval_meaning.py                       # the final split, figures only
    .venv/bin/python tools/eval_meaning.py --split look --show-misses   # read and debug
    .venv/bin/python tools/eval_meaning.py --split all

The set is `evalsets/meaning/messages.jsonl` (see its README): short messages to or about a
partner, each with the finding kinds a careful reader finds in it, written from the
definitions in docs/coach.md by someone who had not seen the rules or the training text.
Each row carries its `split`: `look` (about 40 %, by a hash of the text) may be read when
changing the coach; `final` is scored only, so for it this tool prints aggregate figures and
never a message.

Printed for the chosen split: per finding kind precision, recall, F1 and support; macro-F1
over the kinds with support >= 8; "pushing anywhere" (a message with any pushing finding
against none) precision and recall; the false-pushing rate on the messages where nothing
pushes; each by `context` too, and the recall of "pushing anywhere" by construct tag.

A finding the analyser marks with polarity "self" (self-criticism, noted kindly and never
coached) or "other" (a label in a story about someone else, kept for the record and never
coached) counts as no finding: it is neither pushing nor its kind.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "evalsets" / "meaning" / "messages.jsonl"
LOOK_SHARE = 40  # percent of the messages, by hash of the text, in `look`
MIN_SUPPORT = 8  # a kind counts in macro-F1 from this many labelled messages

# The coach's finding kinds as docs/coach.md defines them, by what they do to the partner.
PUSHING = frozenset(
    {
        "absolute",
        "label",
        "blame",
        "invalidation",
        "therapy_as_fix",
        "ultimatum",
        "pressure",
        "unsolicited_advice",
        "contempt",
        "criticism",
        "defensiveness",
        "stonewalling",
    }
)
INVITING = frozenset(
    {
        "validation",
        "i_statement",
        "shared_goal",
        "permission",
        "open_question",
        "therapy_as_resource",
        "low_commitment",
        "autonomy",
        "reassurance",
        "appreciation",
        "apology",
        "boundary",
    }
)
KINDS = PUSHING | INVITING
CONTEXTS = ("to_partner", "about_partner", "reported", "self")
SPLITS = ("look", "final")


@dataclass(frozen=True)
class Row:
    text: str
    kinds: frozenset[str]
    context: str
    split: str
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives of one yes/no question."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def add(self, gold: bool, predicted: bool) -> Counts:
        return Counts(
            self.tp + (gold and predicted),
            self.fp + (predicted and not gold),
            self.fn + (gold and not predicted),
        )


@dataclass
class Scores:
    """Everything the tool prints for one split."""

    messages: int = 0
    per_kind: dict[str, Counts] = field(default_factory=dict)
    pushing: Counts = field(default_factory=Counts)
    pushing_by_context: dict[str, Counts] = field(default_factory=dict)
    calm: int = 0  # messages where nothing pushes (by the labels)
    false_pushing: int = 0  # of those, how many the coach finds pushing
    calm_by_context: dict[str, tuple[int, int]] = field(default_factory=dict)
    by_tag: dict[str, tuple[int, int]] = field(default_factory=dict)  # found, of

    @property
    def false_pushing_rate(self) -> float:
        return self.false_pushing / self.calm if self.calm else 0.0

    def macro_f1(self, min_support: int = MIN_SUPPORT) -> tuple[float, int]:
        """Mean F1 over the kinds with at least `min_support` labelled messages, and how many."""
        f1s = [c.f1 for c in self.per_kind.values() if c.support >= min_support]
        return (sum(f1s) / len(f1s) if f1s else 0.0, len(f1s))


def split_of(text: str) -> str:
    """`look` or `final`, fixed by the SHA-256 of the text (never by its position)."""
    bucket = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big") % 100
    return "look" if bucket < LOOK_SHARE else "final"


def parse_row(obj: object, where: str) -> Row:
    """One line of the set, checked; a ValueError says which line and what is wrong."""
    if not isinstance(obj, dict):
        raise ValueError(f"{where}: not a JSON object")
    text, kinds, context, split = (obj.get(k) for k in ("text", "kinds", "context", "split"))
    tags = obj.get("tags", [])
    if not isinstance(text, str) or not text.strip():
        raise ValueError(f"{where}: `text` must be a non-empty string")
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise ValueError(f"{where}: `kinds` must be a list of finding kinds")
    unknown = sorted(set(kinds) - KINDS)
    if unknown:
        raise ValueError(f"{where}: unknown finding kind(s) {', '.join(unknown)}")
    if context not in CONTEXTS:
        raise ValueError(f"{where}: `context` must be one of {', '.join(CONTEXTS)}")
    if split != split_of(text):
        raise ValueError(f"{where}: `split` must be {split_of(text)!r} (by the hash of the text)")
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ValueError(f"{where}: `tags` must be a list of words")
    return Row(text, frozenset(kinds), context, split, tuple(tags))


def load(path: Path = DATA) -> list[Row]:
    rows = []
    with path.open(encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip():
                rows.append(parse_row(json.loads(line), f"{path.name}:{n}"))
    return rows


def pushing_of(kinds: Iterable[str]) -> bool:
    return any(k in PUSHING for k in kinds)


def score(rows: Sequence[Row], predicted: Sequence[frozenset[str]]) -> Scores:
    """Compare the labelled kinds of each row with the kinds found in it."""
    s = Scores(messages=len(rows), per_kind={k: Counts() for k in sorted(KINDS)})
    for row, found in zip(rows, predicted, strict=True):
        for kind in KINDS:
            s.per_kind[kind] = s.per_kind[kind].add(kind in row.kinds, kind in found)
        gold_push, found_push = pushing_of(row.kinds), pushing_of(found)
        s.pushing = s.pushing.add(gold_push, found_push)
        by_ctx = s.pushing_by_context.get(row.context, Counts())
        s.pushing_by_context[row.context] = by_ctx.add(gold_push, found_push)
        if not gold_push:
            s.calm += 1
            s.false_pushing += found_push
            flagged, of = s.calm_by_context.get(row.context, (0, 0))
            s.calm_by_context[row.context] = (flagged + found_push, of + 1)
        else:
            for tag in row.tags:
                hit, of = s.by_tag.get(tag, (0, 0))
                s.by_tag[tag] = (hit + found_push, of + 1)
    return s


def analyser_kinds(text: str) -> frozenset[str]:
    """The finding kinds the real analyser reports (findings noted, not coached, left out)."""
    from alongside.coach import analyse

    return frozenset(f.id for f in analyse(text).findings if f.polarity not in ("self", "other"))


def report(s: Scores, split: str) -> list[str]:
    out = [f"split {split}: {s.messages} messages"]
    out.append(f"{'kind':<20} {'P':>6} {'R':>6} {'F1':>6} {'support':>8}")
    for group, kinds in (("pushing", PUSHING), ("inviting", INVITING)):
        out.append(f"-- {group}")
        for kind in sorted(kinds):
            c = s.per_kind[kind]
            out.append(f"{kind:<20} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} {c.support:8d}")
    macro, n = s.macro_f1()
    out.append(f"macro-F1 over {n} kinds with support >= {MIN_SUPPORT}: {macro:.3f}")
    p = s.pushing
    out.append(
        f"pushing anywhere: precision {p.precision:.3f} recall {p.recall:.3f} F1 {p.f1:.3f}"
        f" (support {p.support})"
    )
    out.append(
        f"false pushing on messages where nothing pushes: {s.false_pushing}/{s.calm}"
        f" = {s.false_pushing_rate:.3f}"
    )
    out.append("by context:")
    for ctx in CONTEXTS:
        c = s.pushing_by_context.get(ctx, Counts())
        flagged, of = s.calm_by_context.get(ctx, (0, 0))
        rate = f"{flagged / of:.3f}" if of else "-"
        pushing = (
            f"pushing P {c.precision:.3f} R {c.recall:.3f} (support {c.support:3d})"
            if c.support
            else f"{'no pushing labelled':<37}"
        )
        out.append(f"  {ctx:<14} {pushing}  false pushing {flagged}/{of} = {rate}")
    if s.by_tag:
        out.append("pushing anywhere, recall by construct:")
        for tag, (hit, of) in sorted(s.by_tag.items()):
            out.append(f"  {tag:<16} {hit}/{of} = {hit / of:.3f}")
    return out


def misses(rows: Sequence[Row], predicted: Sequence[frozenset[str]]) -> list[str]:
    out = []
    for row, found in zip(rows, predicted, strict=True):
        missed, extra = sorted(row.kinds - found), sorted(found - row.kinds)
        if missed or extra:
            out.append(f"[{row.context}] {row.text}")
            out.append(f"    missed {', '.join(missed) or '-'} | extra {', '.join(extra) or '-'}")
    return out


def main(
    argv: Sequence[str] | None = None,
    predict: Callable[[str], frozenset[str]] = analyser_kinds,
) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="final")
    ap.add_argument("--show-misses", action="store_true", help="look only: each missed message")
    ap.add_argument("--data", type=Path, default=DATA)
    a = ap.parse_args(argv)
    if a.show_misses and a.split != "look":
        print("Misses are shown for the look split only: final is scored, never read.")
        return 2
    try:
        rows = load(a.data)
    except (OSError, ValueError) as e:
        print(f"Could not read the messages: {e}")
        return 1
    chosen = [r for r in rows if a.split in ("all", r.split)]
    predicted = [predict(r.text) for r in chosen]
    print("\n".join(report(score(chosen, predicted), a.split)))
    if a.show_misses:
        print("\n".join(["", "misses (look):", *misses(chosen, predicted)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
