"""Train the safety screen's learned layer and write src/alongside/safety/data/safety_model.json.

    .venv/bin/python tools/train_safety.py            # train on everything, write the model
    .venv/bin/python tools/train_safety.py --check    # exit 1 when the shipped model is stale

Reads only team-written text: `training/safety/*.jsonl` (one {"text", "kinds"} object a
line; kinds [] is a negative) and the lexicon's own examples (each kind's positive and
negative lists, the everyday negatives, the blind-check disclosures). NEVER anything from
../shared/eval-data (scoring only) or evalsets/safety (the measuring set).

The model: logistic heads ("any danger", then one per lexicon kind) over the features of
`alongside.safety.model` (words, word pairs, letter runs), trained full-batch with Adam on
numpy (a dev dependency; run time is pure Python), deterministic. A long text's label belongs
to one of its sentences, not all: a first pass learns from the texts of one sentence, then
each longer positive text lends its highest-scoring sentence or clause to the second pass;
every unit of a negative text is a negative. Weights are stored as int8 with a scale per head.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from alongside.safety.model import FORMAT, model_path, unit_features, units_text
from alongside.safety.screen import lexicon

ROOT = Path(__file__).resolve().parents[1]
TRAINING = ROOT / "training" / "safety"
COACH_DATA = ROOT / "src" / "alongside" / "coach" / "data"
# The coach's team-written text, copied once (`--snapshot-coach`) so that editing a coach rule
# does not make the safety model stale: ordinary words to and about a partner, as negatives.
COACH_SNAPSHOT = Path("coach") / "everyday.jsonl"
REGEX_LIKE = re.compile(r"\(\?|\\|\||\[")  # a pattern in the coach's files, not a sentence
SEED = 20261206
EPOCHS = 250
FIRST_EPOCHS = 120  # the first pass only ranks the units of long positive texts
LEARNING_RATE = 0.05
L2 = 2e-5  # per instance and weight
MIN_COUNT = 1
UNKNOWN = "?"  # the kind of a disclosure whose kind nobody wrote down
CURATED = 3.0  # the weight of a lexicon or coach example (a test) against a training line
PRUNE = 3  # a feature whose every int8 weight is within this of 0 is dropped (smaller, no loss)


def strings_of(data: object) -> list[str]:
    """Every string in a parsed TOML document."""
    if isinstance(data, str):
        return [data]
    if isinstance(data, list):
        return [s for item in data for s in strings_of(item)]
    if isinstance(data, dict):
        return [s for item in data.values() for s in strings_of(item)]
    return []


@dataclass(frozen=True)
class Example:
    text: str
    kinds: frozenset[str]
    kinds_known: bool  # False: a disclosure of UNKNOWN kind (trains the "any" head only)
    weight: float = 1.0  # the lexicon's and the coach's examples (tests, curated) weigh more


def read_jsonl(paths: Iterable[Path]) -> list[tuple[str, list[str]]]:
    rows: list[tuple[str, list[str]]] = []
    for path in paths:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                raw = json.loads(line)
                rows.append((str(raw["text"]), [str(k) for k in raw["kinds"]]))
            except (ValueError, KeyError, TypeError) as err:
                raise SystemExit(f"{path}:{n}: not a {{text, kinds}} line ({err})") from err
    return rows


def snapshot_coach(directory: Path = TRAINING) -> int:
    """Write the coach's sentences (not those the patterns flag) to COACH_SNAPSHOT."""
    from alongside.coach.rules import rules
    from alongside.safety.screen import pattern_hits

    everyday = [t for r in rules() for t in (*r.positive, *r.negative)]
    for path in sorted(COACH_DATA.glob("*.toml")):
        everyday += strings_of(tomllib.loads(path.read_text(encoding="utf-8")))
    texts = sorted(
        {
            t
            for t in everyday
            if " " in t.strip() and not REGEX_LIKE.search(t) and not pattern_hits(t)
        }
    )
    path = directory / COACH_SNAPSHOT
    path.parent.mkdir(exist_ok=True)
    lines = [json.dumps({"text": t, "kinds": []}, ensure_ascii=False) for t in texts]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(texts)


def training_files(directory: Path = TRAINING) -> list[Path]:
    return sorted(directory.glob("*.jsonl"))


def examples(directory: Path = TRAINING) -> list[Example]:
    """Every training text once (kinds joined when a text is written twice), in a fixed order.

    Besides the training files and the lexicon's examples, the coach's own team-written text
    (its rules' examples, questions, replies and tips: ordinary words to and about a partner,
    as copied to COACH_SNAPSHOT) is negative.
    """
    lex = lexicon()
    known = {rule.id for rule in lex.kinds}
    merged: dict[str, tuple[set[str], bool]] = {}
    curated: set[str] = set()

    def add(text: str, kinds: Iterable[str], kinds_known: bool = True) -> None:
        named = set(kinds)
        unknown = named - known - {UNKNOWN}
        if unknown:
            raise SystemExit(f"unknown kinds {sorted(unknown)} for {text!r}")
        old, old_known = merged.get(text, (set(), True))
        merged[text] = (old | named, old_known and kinds_known)

    for text, kinds in read_jsonl(training_files(directory)):
        add(text, kinds)
    written = set(merged)
    for rule in lex.kinds:
        for text in rule.positive:
            add(text, [rule.id])
        for text in rule.negative:
            add(text, [])
    for text in lex.everyday_negative:
        add(text, [])
    for text in lex.disclosures:
        add(text, [UNKNOWN], kinds_known=False)
    snapshot = directory / COACH_SNAPSHOT
    for text, _ in read_jsonl([snapshot] if snapshot.exists() else []):
        add(text, [])
    curated = set(merged) - written
    out = []
    for text in sorted(merged):
        named, kinds_known = merged[text]
        if len(named) > 1:  # a disclosure also written down with its kind elsewhere
            named.discard(UNKNOWN)
            kinds_known = True
        weight = CURATED if text in curated else 1.0
        out.append(Example(text, frozenset(named), kinds_known, weight))
    return out


def fingerprint(rows: Sequence[Example]) -> str:
    """What the model was trained on, as one hash (the staleness test compares it)."""
    digest = hashlib.sha256()
    for ex in rows:
        digest.update(json.dumps([ex.text, sorted(ex.kinds), ex.kinds_known, ex.weight]).encode())
    return digest.hexdigest()


class Data:
    """Instances as a sparse matrix (CSR arrays) with labels, a mask and weights."""

    def __init__(self, heads: Sequence[str]) -> None:
        self.heads = list(heads)
        self.rows: list[list[str]] = []
        self.labels: list[list[float]] = []
        self.masks: list[list[float]] = []
        self.weights: list[float] = []

    def add(self, words: Sequence[str], example: Example) -> None:
        if not words:
            return
        positive = bool(example.kinds)
        label = [1.0 if positive else 0.0]
        mask = [1.0]
        for kind in self.heads[1:]:
            label.append(1.0 if kind in example.kinds else 0.0)
            mask.append(1.0 if example.kinds_known else 0.0)
        self.rows.append(sorted(set(unit_features(words))))
        self.labels.append(label)
        self.masks.append(mask)
        self.weights.append(example.weight)


def vocabulary(rows: Sequence[Sequence[str]]) -> list[str]:
    counts: dict[str, int] = {}
    for row in rows:
        for feat in row:
            counts[feat] = counts.get(feat, 0) + 1
    return sorted(f for f, c in counts.items() if c >= MIN_COUNT)


def train(
    data: Data, vocab: Sequence[str], epochs: int = EPOCHS
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """Logistic heads, full-batch Adam, class-balanced weights; returns (W, b)."""
    index = {f: i for i, f in enumerate(vocab)}
    ids = [[index[f] for f in row if f in index] for row in data.rows]
    lengths = np.array([len(r) for r in ids])
    indices = np.array([i for r in ids for i in r], dtype=np.int64)
    row_of = np.repeat(np.arange(len(ids)), lengths)
    starts = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    # The transpose, for the gradient: each (instance, feature) entry sorted by feature, so
    # one reduceat sums every head's gradient per feature (11 bincounts took twice as long).
    order = np.argsort(indices, kind="stable")
    rows_by_feature = row_of[order]
    present, feature_starts = np.unique(indices[order], return_index=True)
    y = np.array(data.labels)
    mask = np.array(data.masks) * np.array(data.weights)[:, None]
    n, heads = y.shape
    dim = len(vocab)
    # Class balance per head: positives and negatives each weigh half.
    pos = (y * mask).sum(0)
    neg = ((1 - y) * mask).sum(0)
    weight = np.where(y > 0, 0.5 / np.maximum(pos, 1), 0.5 / np.maximum(neg, 1)) * mask
    w = np.zeros((dim, heads))
    b = np.zeros(heads)
    m_w, v_w = np.zeros_like(w), np.zeros_like(w)
    m_b, v_b = np.zeros_like(b), np.zeros_like(b)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    for step in range(1, epochs + 1):
        z = np.add.reduceat(w[indices], starts, axis=0) + b
        p = 1 / (1 + np.exp(-np.clip(z, -60, 60)))
        g = (p - y) * weight
        grad_w = L2 * w
        grad_w[present] += np.add.reduceat(g[rows_by_feature], feature_starts, axis=0)
        grad_b = g.sum(0)
        m_w = beta1 * m_w + (1 - beta1) * grad_w
        v_w = beta2 * v_w + (1 - beta2) * grad_w**2
        m_b = beta1 * m_b + (1 - beta1) * grad_b
        v_b = beta2 * v_b + (1 - beta2) * grad_b**2
        correction1, correction2 = 1 - beta1**step, 1 - beta2**step
        w -= LEARNING_RATE * (m_w / correction1) / (np.sqrt(v_w / correction2) + eps)
        b -= LEARNING_RATE * (m_b / correction1) / (np.sqrt(v_b / correction2) + eps)
    del n
    return w, b


def score_any(
    w: NDArray[np.float64], b: NDArray[np.float64], vocab: Sequence[str], words: Sequence[str]
) -> float:
    index = {f: i for i, f in enumerate(vocab)} if not isinstance(vocab, dict) else vocab
    total = float(b[0])
    for feat in set(unit_features(words)):
        i = index.get(feat)
        if i is not None:
            total += float(w[i, 0])
    return total


def build(rows: Sequence[Example], heads: Sequence[str]) -> dict[str, object]:
    """Train on `rows` (two passes, see the module's words) and return the model's JSON."""
    first = Data(heads)
    longer: list[tuple[Example, list[list[str]]]] = []
    for ex in rows:
        units = list(units_text(ex.text))
        if not units:
            continue
        if not ex.kinds:
            for words in units:
                first.add(words, ex)
        elif len(units) == 1:
            first.add(units[0], ex)
        else:
            longer.append((ex, units))
    vocab = vocabulary(first.rows + [unit_features(u) for _, us in longer for u in us])
    w, b = train(first, vocab, FIRST_EPOCHS)
    index = {f: i for i, f in enumerate(vocab)}
    second = Data(heads)
    second.rows, second.labels = list(first.rows), first.labels[:]
    second.masks, second.weights = first.masks[:], first.weights[:]
    for ex, units in longer:
        best = max(units, key=lambda u: score_any(w, b, index, u))  # type: ignore[arg-type]
        second.add(best, ex)
    w, b = train(second, vocab)
    return encode(w, b, vocab, heads)


def encode(
    w: NDArray[np.float64], b: NDArray[np.float64], vocab: Sequence[str], heads: Sequence[str]
) -> dict[str, object]:
    scales = np.maximum(np.abs(w).max(0), 1e-9) / 127
    q = np.rint(w / scales).astype(np.int8)
    keep = np.abs(q).max(1) > PRUNE
    features = [f for f, k in zip(vocab, keep, strict=True) if k]
    if any("\n" in f for f in features):
        raise SystemExit("a feature holds a line break")
    return {
        "format": FORMAT,
        "heads": list(heads),
        "bias": [round(float(x), 6) for x in b],
        "scales": [float(f"{x:.6g}") for x in scales],
        "features": "\n".join(features),
        "weights": base64.b64encode(q[keep].tobytes()).decode("ascii"),
    }


def heads_of() -> list[str]:
    return ["any", *(rule.id for rule in lexicon().kinds)]


def trained_model(directory: Path = TRAINING) -> dict[str, object]:
    rows = examples(directory)
    out = build(rows, heads_of())
    out["trained_on"] = {"examples": len(rows), "sha256": fingerprint(rows)}
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    parser.add_argument("--out", type=Path, default=model_path())
    parser.add_argument(
        "--snapshot-coach",
        action="store_true",
        help=f"first copy the coach's text to {COACH_SNAPSHOT}",
    )
    args = parser.parse_args(argv)
    if args.snapshot_coach:
        print(f"{snapshot_coach()} coach sentences -> {TRAINING / COACH_SNAPSHOT}")
    rows = examples()
    if args.check:
        shipped = json.loads(model_path().read_text(encoding="utf-8"))
        if shipped.get("trained_on", {}).get("sha256") != fingerprint(rows):
            print("The safety model is stale: run .venv/bin/python tools/train_safety.py")
            return 1
        print("The safety model is up to date with its training data.")
        return 0
    out = build(rows, heads_of())
    out["trained_on"] = {"examples": len(rows), "sha256": fingerprint(rows)}
    # ASCII (other letters escaped): the package reads an ASCII file ~30 % faster at start-up
    args.out.write_text(json.dumps(out, indent=0, ensure_ascii=True) + "\n", encoding="utf-8")
    size = args.out.stat().st_size
    features = str(out["features"]).count("\n") + 1
    print(f"{len(rows)} examples -> {features} features, {size / 1e6:.2f} MB: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
