"""MI counts on real labelled data (AnnoMI dev), and speed per utterance (make bench).

Quality: per therapist utterance, does `alongside.coach.mi` find an open question, a closed
question, a simple or a complex reflection, against the experts' labels (precision, recall,
F1). Speed: per-utterance median against a peer (`str.endswith("?")`, the crudest question
counter). Figures go in the README; nothing here is a test.
"""

from __future__ import annotations

import csv
import statistics
import time
from pathlib import Path

from alongside.coach.mi import count_text

DATA = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval-data" / "annomi" / "dev.csv"
LABELS = {
    "open": "open_question",
    "closed": "closed_question",
    "simple": "simple_reflection",
    "complex": "complex_reflection",
}


def _prf(name: str, predicted: list[bool], gold: list[bool]) -> str:
    pairs = list(zip(predicted, gold, strict=True))
    tp = sum(1 for p, g in pairs if p and g)
    fp = sum(1 for p, g in pairs if p and not g)
    fn = sum(1 for p, g in pairs if g and not p)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return (
        f"  {name:20s} precision {precision:.2f}  recall {recall:.2f}  F1 {f1:.2f}  (n={tp + fn})"
    )


def main() -> None:
    if not DATA.exists():
        print(f"No AnnoMI data at {DATA}: nothing to score.")
        return
    with DATA.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    found = [count_text(row["text"]) for row in rows]
    print(f"AnnoMI dev: {len(rows)} therapist utterances")
    for kind, column in LABELS.items():
        hits = [c.count(kind) > 0 for c in found]
        print(_prf(column, hits, [r[column] == "1" for r in rows]))
    for kinds, column in (({"open", "closed"}, "question"), ({"simple", "complex"}, "reflection")):
        hits = [any(c.count(k) for k in kinds) for c in found]
        print(_prf(column, hits, [r[column] == "1" for r in rows]))
    texts = [row["text"] for row in rows]
    timings = {}
    for name, fn_ in (("mi count_text", count_text), ("endswith('?')", lambda t: t.endswith("?"))):
        rounds = []
        for _ in range(5):
            start = time.perf_counter()
            for text in texts:
                fn_(text)
            rounds.append((time.perf_counter() - start) / len(texts) * 1e6)
        timings[name] = statistics.median(rounds)
    ours, peer = timings["mi count_text"], timings["endswith('?')"]
    print(
        f"  speed: {ours:.1f} us/utterance vs {peer:.2f} us for endswith('?') ({ours / peer:.0f}x)"
    )


if __name__ == "__main__":
    main()
