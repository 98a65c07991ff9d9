"""Measure the safety screen (make eval-safety): recall and false alarms per kind, per layer.

    .venv/bin/python tools/eval_safety.py               # the tune split (what we tune on)
    .venv/bin/python tools/eval_safety.py --final       # also the final split (score at the end)
    .venv/bin/python tools/eval_safety.py --holdout     # no evalsets yet: a held-out fold
    .venv/bin/python tools/eval_safety.py --kind-cuts   # choose model.KIND_CUTS on tune

The labelled set is `evalsets/safety/*.jsonl` ({"text", "kinds"} lines, team-written, never
trained on). It is split ONCE by a hash of each text: about 40 % `tune`, 60 % `final`.
For each split: recall (a text with kinds is flagged at all, and with each of its kinds) and
false alarms (a text without kinds is flagged) for the patterns alone, the learned model
alone, and both (what `screen` does); then, on tune, how recall and false alarms move with
the model's threshold. `--holdout` instead trains a model without one fold of the training
data (texts whose hash falls in it) and scores that fold, the same way.

Last, as a sanity check of false alarms, the share of the conversation turns in
../shared/eval-data/*/dev.csv that each layer flags (read for scoring only, never trained on).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from alongside.safety.model import Model, decode, model, units
from alongside.safety.screen import lexicon, pattern_hits

ROOT = Path(__file__).resolve().parents[1]
EVALSETS = ROOT / "evalsets" / "safety"
TRAINING = ROOT / "training" / "safety"
TUNE_SHARE = 40  # percent of the texts, by hash, in the tune split
HOLDOUT_FOLDS = 5
SWEEP = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
SLOPES = (0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0)
PAIRS = ((1.0, 1.0), (0.5, 0.2), (0.6, 0.2), (0.7, 0.2), (0.7, 0.3), (0.8, 0.2), (0.8, 0.4))


@dataclass(frozen=True)
class Row:
    text: str
    kinds: frozenset[str]
    source: str = ""  # the file's name without .jsonl ("posts", "disclosures")


def shared_dir(root: Path = ROOT) -> Path:
    """../shared beside the repository (or beside the main checkout, from a git worktree)."""
    candidates = [root.parent / "shared"]
    git = root / ".git"
    if git.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(git.read_text(encoding="utf-8").split(":", 1)[1].strip())
        candidates.append(gitdir.parents[2].parent / "shared")
    return next((c for c in candidates if c.exists()), candidates[0])


SHARED_EVAL = shared_dir() / "eval-data"


def bucket(text: str) -> int:
    """0-99, fixed by the text alone (the split never moves when files are added)."""
    return int(hashlib.sha256(text.encode("utf-8")).hexdigest()[:8], 16) % 100


def split_of(text: str) -> str:
    return "tune" if bucket(text) < TUNE_SHARE else "final"


def read_rows(paths: Sequence[Path]) -> list[Row]:
    sys.path.insert(0, str(ROOT / "tools"))
    from train_safety import read_jsonl  # the one reader of {text, kinds} lines

    rows: dict[str, set[str]] = {}
    sources: dict[str, str] = {}
    for path in paths:
        for text, kinds in read_jsonl([path]):
            rows.setdefault(text, set()).update(kinds)
            sources.setdefault(text, path.stem)
    return [Row(t, frozenset(k), sources[t]) for t, k in sorted(rows.items())]


@dataclass(frozen=True)
class Read:
    """What each layer found in one text: its kinds."""

    pattern_kinds: frozenset[str]
    model_kinds: frozenset[str]


def read_all(rows: Sequence[Row], learned: Model) -> list[Read]:
    out = []
    for row in rows:
        found = learned.read(row.text)
        out.append(
            Read(
                frozenset(h.kind for h in pattern_hits(row.text)),
                frozenset(k for f in found for k in f.kinds),
            )
        )
    return out


Layer = Callable[[Read], frozenset[str]]
LAYERS: dict[str, Layer] = {
    "patterns": lambda r: r.pattern_kinds,
    "model": lambda r: r.model_kinds,
    "both": lambda r: r.pattern_kinds | r.model_kinds,
}


def rate(hits: int, total: int) -> str:
    return f"{hits / total:6.1%} ({hits}/{total})" if total else "     -"


def report(name: str, rows: Sequence[Row], reads: Sequence[Read]) -> None:
    kinds = [rule.id for rule in lexicon().kinds]
    positives = [i for i, r in enumerate(rows) if r.kinds]
    negatives = [i for i, r in enumerate(rows) if not r.kinds]
    print(f"\n== {name}: {len(positives)} with danger, {len(negatives)} without")
    print(f"{'':24s}" + "".join(f"{layer:>22s}" for layer in LAYERS))
    line = "recall (flagged at all)  "
    for layer in LAYERS.values():
        line += f"{rate(sum(bool(layer(reads[i])) for i in positives), len(positives)):>22s}"
    print(line)
    line = "false alarms             "
    for layer in LAYERS.values():
        line += f"{rate(sum(bool(layer(reads[i])) for i in negatives), len(negatives)):>22s}"
    print(line)
    for source in sorted({r.source for r in rows} - {""}):
        mine = [i for i, r in enumerate(rows) if r.source == source]
        for label, subset in (("recall", positives), ("false alarms", negatives)):
            chosen = [i for i in mine if i in set(subset)]
            line = f"  {source:10s} {label:13s}"
            for layer in LAYERS.values():
                line += f"{rate(sum(bool(layer(reads[i])) for i in chosen), len(chosen)):>22s}"
            print(line)
    print(
        "per kind: recall with that kind (named) / flagged at all; wrong: texts with danger"
        " but not of that kind named it; fa: texts without danger named it"
    )
    for kind in kinds:
        having = [i for i in positives if kind in rows[i].kinds]
        others = [i for i in positives if kind not in rows[i].kinds]
        line = f"  {kind:22s}"
        for layer in LAYERS.values():
            named = sum(kind in layer(reads[i]) for i in having)
            flagged = sum(bool(layer(reads[i])) for i in having)
            wrong = sum(kind in layer(reads[i]) for i in others)
            alarms = sum(kind in layer(reads[i]) for i in negatives)
            cell = (
                f"{named / len(having):4.0%}/{flagged / len(having):4.0%} n={len(having)}"
                if having
                else "-"
            )
            line += f"{cell:>16s} wrong {wrong:<3d} fa {alarms:<3d}"
        print(line)
    wrong_texts = [
        i for i in positives if any(k not in rows[i].kinds for k in LAYERS["both"](reads[i]))
    ]
    labels = sum(len(rows[i].kinds) for i in positives)
    named_all = sum(len(rows[i].kinds & LAYERS["both"](reads[i])) for i in positives)
    print(f"kinds of texts with danger named (both layers): {rate(named_all, labels)}")
    print(
        f"texts with danger naming a kind they lack (both layers): "
        f"{rate(len(wrong_texts), len(positives))}"
    )


def sweep(rows: Sequence[Row], learned: Model) -> None:
    """Recall and false alarms of both layers as the model's cuts move, per file."""
    patterned = [bool(pattern_hits(row.text)) for row in rows]
    sources = sorted({r.source for r in rows})

    def line(variant: Model) -> str:
        flagged = [p or bool(variant.read(r.text)) for r, p in zip(rows, patterned, strict=True)]
        out = ""
        for source in sources:
            pos = [f for r, f in zip(rows, flagged, strict=True) if r.source == source and r.kinds]
            neg = [
                f for r, f in zip(rows, flagged, strict=True) if r.source == source and not r.kinds
            ]
            out += f"  {source or 'all'} recall {rate(sum(pos), len(pos))}"
            out += f" fa {rate(sum(neg), len(neg))}"
        return out

    print(
        f"\nsweep (both layers; shipped: threshold {learned.threshold}, clause "
        f"{learned.clause_threshold}, length slope {learned.length_slope} from "
        f"{learned.long_from} sentences, pair {learned.pair_first} / {learned.pair_second})"
    )
    for t in SWEEP:
        variant = replace(learned, threshold=t, clause_threshold=max(t, learned.clause_threshold))
        print(f"  threshold {t:4.2f}" + line(variant))
    for slope in SLOPES:
        print(f"  slope {slope:4.2f}    " + line(replace(learned, length_slope=slope)))
    for first, second in PAIRS:
        variant = replace(learned, pair_first=first, pair_second=second)
        print(f"  pair {first:3.1f} {second:3.1f}  " + line(variant))


KIND_SWEEP = (1.0, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1)


def kind_sweep(rows: Sequence[Row], learned: Model) -> None:
    """How the kinds the learned layer names move with the cues (model.CUED_KIND_THRESHOLD).

    Per cut: texts with danger naming each of their kinds (named), and naming a kind they lack
    (wrong), the patterns included; 1.0 names every kind the heads choose, without cues.
    """
    kinds = [rule.id for rule in lexicon().kinds]
    patterned = [frozenset(h.kind for h in pattern_hits(r.text)) for r in rows]
    print(f"\nkind sweep (both layers; shipped cued cut {learned.cued_kind_threshold})")
    print("  cut   named (of kinds)   texts naming a kind they lack   per kind named/wrong")
    for cut in KIND_SWEEP:
        variant = replace(learned, cued_kind_threshold=cut)
        named = wrong_texts = total = 0
        per = {k: [0, 0] for k in kinds}
        for row, found in zip(rows, patterned, strict=True):
            if not row.kinds:
                continue
            said = found | {k for f in variant.read(row.text) for k in f.kinds}
            total += len(row.kinds)
            named += len(row.kinds & said)
            wrong_texts += bool(said - row.kinds)
            for k in kinds:
                per[k][0] += k in row.kinds and k in said
                per[k][1] += k in said and k not in row.kinds
        cells = " ".join(f"{k[:6]} {n}/{w}" for k, (n, w) in per.items())
        print(f"  {cut:4.2f} {rate(named, total):>18s} {wrong_texts:6d}   {cells}")


KIND_CUT_GRID = (0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def choose_kind_cuts(rows: Sequence[Row], learned: Model) -> dict[str, float]:
    """Per kind, the highest cut (model.KIND_CUTS) that loses nothing on `rows` (the tune
    split only): no text with danger flagged less by the learned layer alone or by both
    layers, none naming fewer of its own kinds; kept only where false alarms fall."""
    patterned = [frozenset(h.kind for h in pattern_hits(r.text)) for r in rows]

    def look(variant: Model) -> list[tuple[bool, frozenset[str]]]:
        out = []
        for row, found in zip(rows, patterned, strict=True):
            said = frozenset(k for f in variant.read(row.text) for k in f.kinds)
            out.append((bool(said), found | said))
        return out

    def alarms(seen: Sequence[tuple[bool, frozenset[str]]]) -> int:
        return sum(bool(s[1]) for r, s in zip(rows, seen, strict=True) if not r.kinds)

    def losses(
        base: Sequence[tuple[bool, frozenset[str]]], seen: Sequence[tuple[bool, frozenset[str]]]
    ) -> int:
        """Texts with danger that the cut costs something (see above)."""
        return sum(
            bool(row.kinds)
            and ((m0 and not m1) or (bool(k0) and not k1) or bool((row.kinds & k0) - k1))
            for row, (m0, k0), (m1, k1) in zip(rows, base, seen, strict=True)
        )

    base = look(learned)
    chosen: dict[str, float] = {}
    now = alarms(base)
    for kind in learned.kinds:
        best: tuple[float, int] | None = None
        for cut in KIND_CUT_GRID:
            seen = look(replace(learned, kind_cuts={**chosen, kind: cut}))
            lost = losses(base, seen)
            if lost:
                print(f"  {kind:22s} cut {cut:.2f}: loses {lost}, false alarms {alarms(seen)}")
                break
            if alarms(seen) < (best[1] if best else now):
                best = (cut, alarms(seen))
        if best is not None:
            chosen[kind] = best[0]
            now = best[1]
            print(f"  {kind:22s} cut {best[0]:.2f}: false alarms -> {now}")
    print(f"kind cuts chosen on tune (false alarms {alarms(base)} -> {now}): {chosen}")
    return chosen


NAME_GRID = (0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95)


def choose_name_cuts(rows: Sequence[Row], learned: Model) -> dict[str, float]:
    """Per kind, the cut its head needs to be named beside a stronger kind (model.NAME_CUTS),
    chosen on `rows` (the tune split): the lowest of NAME_GRID that names the kind wrongly
    least often (texts with danger but not of that kind) while no kind is named less often
    where it belongs. Kinds are chosen one at a time, each on top of those chosen before."""
    kinds = [rule.id for rule in lexicon().kinds]
    positives = [r for r in rows if r.kinds]

    def look(variant: Model) -> tuple[dict[str, int], dict[str, int]]:
        reads = read_all(positives, variant)
        said = [LAYERS["both"](read) for read in reads]
        named = {
            k: sum(k in s and k in r.kinds for r, s in zip(positives, said, strict=True))
            for k in kinds
        }
        wrong = {
            k: sum(k in s and k not in r.kinds for r, s in zip(positives, said, strict=True))
            for k in kinds
        }
        return named, wrong

    cuts: dict[str, float] = {}
    named, wrong = look(replace(learned, name_cuts={}))
    print("\nname cuts (chosen on tune): kind, cut, named, wrong")
    for kind in kinds:
        best = (wrong[kind], learned.kind_threshold)
        for cut in NAME_GRID[1:]:
            trial_named, trial_wrong = look(replace(learned, name_cuts={**cuts, kind: cut}))
            if any(trial_named[k] < named[k] for k in kinds):
                break
            if trial_wrong[kind] < best[0]:
                best = (trial_wrong[kind], cut)
        if best[1] > learned.kind_threshold:
            cuts[kind] = best[1]
            named, wrong = look(replace(learned, name_cuts=cuts))
        print(f"  {kind:22s} {best[1]:.2f} named {named[kind]:3d} wrong {wrong[kind]:3d}")
    return cuts


def dev_rates(learned: Model) -> None:
    """The share of real support-conversation turns flagged (scoring only, never training)."""
    paths = sorted(SHARED_EVAL.glob("*/dev.csv"))
    if not paths:
        print(f"\n(no {SHARED_EVAL}/*/dev.csv: dev firing rate not measured)")
        return
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            texts += [row["text"] for row in csv.DictReader(handle) if row.get("text")]
    by_pattern = [bool(pattern_hits(t)) for t in texts]
    by_model = [bool(learned.read(t)) for t in texts]
    n = len(texts)
    both = sum(a or b for a, b in zip(by_pattern, by_model, strict=True))
    print(f"\nfiring rate on {n} eval-data dev turns (a sanity check of false alarms):")
    print(f"  patterns {rate(sum(by_pattern), n)}  model {rate(sum(by_model), n)}")
    print(f"  both     {rate(both, n)}")


def holdout(save: Path | None = None, load: Path | None = None) -> tuple[list[Row], Model]:
    """A fold of the training data, and a model trained without it.

    The fold's texts are scored as "short" (up to the length rule's LONG_FROM sentences) or
    "long"; lines written by tools/write_safety.py (`varied_*.jsonl`) are not scored (their
    templates recur across folds, so they would flatter the figures). `save` writes the
    fold's model, `load` reads it back instead of training (a threshold sweep in seconds).
    """
    sys.path.insert(0, str(ROOT / "tools"))
    import train_safety

    examples = train_safety.examples()
    held = [e for e in examples if bucket(e.text) % HOLDOUT_FOLDS == 0]
    kept = [e for e in examples if bucket(e.text) % HOLDOUT_FOLDS != 0]
    varied = {t for t, _ in train_safety.read_jsonl(sorted(TRAINING.glob("varied_*.jsonl")))}
    if load is not None:
        raw = json.loads(load.read_text(encoding="utf-8"))
    else:
        print(f"training on {len(kept)} texts, holding out {len(held)} ...", flush=True)
        raw = train_safety.build(kept, train_safety.heads_of())
        if save is not None:
            save.write_text(json.dumps(raw) + "\n", encoding="utf-8")
    learned = decode(raw)
    rows = [
        Row(e.text, e.kinds - {train_safety.UNKNOWN} or e.kinds, length_of(e.text, learned))
        for e in held
        if e.text not in varied
    ]
    return rows, learned


def details(rows: Sequence[Row], learned: Model) -> None:
    """Each text with danger that names a kind it lacks: the kinds, and which layer named
    them on which words (the tune split only: the final split is scored, never read)."""
    print("\ntexts naming a kind they lack (tune):")
    for row in rows:
        if not row.kinds:
            continue
        hits = pattern_hits(row.text)
        found = learned.read(row.text)
        said = {h.kind for h in hits} | {k for f in found for k in f.kinds}
        if not said - row.kinds:
            continue
        print(f"- {row.text[:300]!r}")
        print(f"  kinds {sorted(row.kinds)}, named besides {sorted(said - row.kinds)}")
        for hit in hits:
            print(f"    pattern {hit.kind}: {row.text[hit.start : hit.end]!r}")
        for f in found:
            print(f"    model {','.join(f.kinds)}: {row.text[f.start : f.end][:120]!r} ({f.why})")


def length_of(text: str, learned: Model) -> str:
    """ "long" past the length rule's LONG_FROM sentences, else "short"."""
    sentences = sum(not u.clause for u in units(text))
    return "long" if sentences > learned.long_from else "short"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--final", action="store_true", help="also score the final split")
    parser.add_argument("--holdout", action="store_true", help="score a fold of training data")
    parser.add_argument("--no-dev", action="store_true", help="skip the eval-data firing rate")
    parser.add_argument("--model", type=Path, help="score this model file, not the shipped one")
    parser.add_argument("--save-holdout", type=Path, help="with --holdout: keep the fold's model")
    parser.add_argument("--load-holdout", type=Path, help="with --holdout: reuse a kept model")
    parser.add_argument(
        "--kind-sweep", action="store_true", help="sweep the cued kind cut (model.py)"
    )
    parser.add_argument(
        "--kind-cuts",
        action="store_true",
        help="choose per-kind cuts on tune (then score final with them, if --final)",
    )
    parser.add_argument(
        "--name-cuts",
        action="store_true",
        help="choose the per-kind cuts for naming a second kind on tune (model.NAME_CUTS)",
    )
    parser.add_argument(
        "--details",
        action="store_true",
        help="print each tune text that names a kind it lacks, and what named it",
    )
    parser.add_argument(
        "--no-cues", action="store_true", help="name every kind the heads choose (as before)"
    )
    args = parser.parse_args(argv)
    if args.holdout or not sorted(EVALSETS.glob("*.jsonl")):
        if not args.holdout:
            print(f"No labelled set in {EVALSETS}: scoring a held-out fold of the training data.")
        rows, learned = holdout(args.save_holdout, args.load_holdout)
        reads = read_all(rows, learned)
        report("held-out fold of the training data", rows, reads)
        sweep(rows, learned)
        if args.kind_sweep:
            kind_sweep(rows, learned)
    else:
        learned = model()
        if args.model is not None:
            learned = decode(json.loads(args.model.read_text(encoding="utf-8")))
        if args.no_cues:
            learned = replace(learned, cued_kind_threshold=1.0)
        rows = read_rows(sorted(EVALSETS.glob("*.jsonl")))
        tune = [r for r in rows if split_of(r.text) == "tune"]
        reads = read_all(tune, learned)
        if args.kind_cuts:
            print("\nkind cuts: starting from none (model.KIND_CUTS ignored)")
            learned = replace(
                learned, kind_cuts=choose_kind_cuts(tune, replace(learned, kind_cuts={}))
            )
            reads = read_all(tune, learned)
        if args.name_cuts:
            learned = replace(learned, name_cuts=choose_name_cuts(tune, learned))
            print(f"name cuts: {learned.name_cuts}")
            reads = read_all(tune, learned)
        report("tune", tune, reads)
        if args.details:
            details(tune, learned)
        sweep(tune, learned)
        if args.final:
            final = [r for r in rows if split_of(r.text) == "final"]
            report("final", final, read_all(final, learned))
    if not args.no_dev:
        dev_rates(learned)
    return 0


if __name__ == "__main__":
    sys.exit(main())
