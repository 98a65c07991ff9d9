"""Safety screen speed and recall, side by side with a naive peer (make bench).

Peer: `str.lower()` + `in` over a flat keyword list (what a quick keyword filter would do).
Times both over 10,000 real conversation turns from ../shared/eval-data (the lexicon's
examples when that is absent) and prints per-message medians and the ratio, the share of real
turns flagged, and recall / false alarms of both on the lexicon's own examples (which the
lexicon was written against, so ours is 100 % by construction). Timing lives here only.
"""

from __future__ import annotations

import csv
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from alongside.safety.screen import lexicon, screen

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
SEED = SHARED / "seed"
EVAL = SHARED / "eval-data"
PEER_KEYWORDS = (
    "hit me",
    "hits me",
    "shoved",
    "pushed me",
    "choked",
    "strangled",
    "slapped",
    "punched",
    "kicked me",
    "beat me",
    "rape",
    "threat",
    "kill me",
    "stalk",
    "follows me",
    "scared of",
    "afraid of",
    "checks my phone",
    "won't let me",
    "paycheck",
    "allowance",
    "suicid",
    "kill myself",
    "hurt myself",
    "want to die",
    "self-harm",
    "abuse",
    "violent",
    "the kids",
)


def peer(text: str) -> bool:
    lowered = text.lower()
    return any(k in lowered for k in PEER_KEYWORDS)


def real_messages() -> list[str]:
    """Real conversation turns from the shared eval data (texts and the turns before them)."""
    texts: list[str] = []
    for path in sorted(EVAL.glob("*/dev.csv")) if EVAL.exists() else []:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts += [t for t in (row.get("text"), row.get("prev_text")) if t]
    return texts


def messages() -> list[str]:
    lex = lexicon()
    texts = real_messages()
    if not texts:
        texts = [t for r in lex.kinds for t in r.positive + r.negative]
        texts += list(lex.everyday_negative)
        for path in sorted(SEED.glob("*.txt")) if SEED.exists() else []:
            text = path.read_text(encoding="utf-8")
            texts += [s.strip() + "." for s in text.split(".") if s.strip()]
    return (texts * (10_000 // len(texts) + 1))[:10_000]


def median_us(fn: Callable[[str], object], texts: list[str], rounds: int = 5) -> float:
    per_round = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in texts:
            fn(text)
        per_round.append((time.perf_counter() - start) / len(texts) * 1e6)
    return statistics.median(per_round)


def main() -> None:
    texts = messages()
    screen("warm up")
    ours, theirs = median_us(screen, texts), median_us(peer, texts)
    print(f"messages: {len(texts)}, mean length {sum(map(len, texts)) / len(texts):.0f} chars")
    print(f"screen():            {ours:7.1f} us/message")
    print(f"lower()+in keywords: {theirs:7.1f} us/message  (ratio ours/peer {ours / theirs:.1f}x)")
    real = real_messages()
    if real:
        flagged = sum(screen(t).flagged for t in real)
        print(f"real dev turns flagged: {flagged} of {len(real)} ({flagged / len(real):.1%})")
    lex = lexicon()
    positives = sorted({t for r in lex.kinds for t in r.positive} | set(lex.disclosures))
    negatives = sorted({t for r in lex.kinds for t in r.negative} | set(lex.everyday_negative))
    for name, flag in (("screen", lambda t: screen(t).flagged), ("peer", peer)):
        recall = sum(map(flag, positives)) / len(positives)
        alarms = sum(map(flag, negatives)) / len(negatives)
        print(
            f"{name:7s} recall on {len(positives)} positives {recall:.1%}, "
            f"false alarms on {len(negatives)} negatives {alarms:.1%}"
        )


if __name__ == "__main__":
    main()
