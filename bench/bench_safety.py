"""Safety screen speed and recall, side by side with a naive peer (make bench).

Peer: `str.lower()` + `in` over a flat keyword list (what a quick keyword filter would do).
Prints per-message medians, the ratio, and recall / false alarms of both on the lexicon's
own examples. Timing lives here only, never in tests.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from alongside.safety.screen import lexicon, screen

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed"
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


def messages() -> list[str]:
    lex = lexicon()
    texts = [t for r in lex.kinds for t in r.positive + r.negative] + list(lex.everyday_negative)
    for path in sorted(SEED.glob("*.txt")) if SEED.exists() else []:
        texts += [s.strip() + "." for s in path.read_text(encoding="utf-8").split(".") if s.strip()]
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
    lex = lexicon()
    positives = [t for r in lex.kinds for t in r.positive]
    negatives = [t for r in lex.kinds for t in r.negative] + list(lex.everyday_negative)
    for name, flag in (("screen", lambda t: screen(t).flagged), ("peer", peer)):
        recall = sum(map(flag, positives)) / len(positives)
        alarms = sum(map(flag, negatives)) / len(negatives)
        print(
            f"{name:7s} recall on {len(positives)} positives {recall:.1%}, "
            f"false alarms on {len(negatives)} negatives {alarms:.1%}"
        )


if __name__ == "__main__":
    main()
