"""Safety screen speed and recall, side by side with VADER and a naive peer (make bench).

Peers: VADER's polarity_scores (the speed yardstick of the whole analysis) and `str.lower()`
+ `in` over a flat keyword list (what a quick keyword filter would do). Times the screen (both
layers), its patterns alone and its learned layer alone over 10,000 real conversation turns
from ../shared/eval-data (scoring only; the bench stops with a clear message when that is not
beside the checkout, rather than timing something else), and prints per-message medians and
ratios, the share of real turns each layer flags, and recall / false alarms on the lexicon's
own examples (which both layers learned from, so near 100 % by construction: `make
eval-safety` is the honest measure). Timing lives here only.
"""

from __future__ import annotations

import csv
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from alongside.safety.model import model
from alongside.safety.screen import lexicon, pattern_hits, screen

ROOT = Path(__file__).resolve().parents[1]


sys.path.insert(0, str(ROOT / "tools"))
from eval_safety import shared_dir  # noqa: E402  (the one finder of ../shared)

EVAL = shared_dir() / "eval-data"
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
    paths = sorted(EVAL.glob("*/dev.csv"))
    if not paths:
        raise SystemExit(
            f"bench_safety: no {EVAL}/*/dev.csv. The screen is timed on real conversation "
            "turns; put the shared eval data beside the checkout (../shared/eval-data)."
        )
    texts: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                texts += [t for t in (row.get("text"), row.get("prev_text")) if t]
    return texts


def messages(texts: list[str]) -> list[str]:
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
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    real = real_messages()
    texts = messages(real)
    learned = model()
    screen("warm up")
    vader = SentimentIntensityAnalyzer()
    rows = [
        ("screen() (both layers)", median_us(screen, texts)),
        ("  patterns alone", median_us(pattern_hits, texts)),
        ("  learned layer alone", median_us(learned.read, texts)),
        ("VADER polarity_scores", median_us(vader.polarity_scores, texts)),
        ("lower()+in keywords", median_us(peer, texts)),
    ]
    print(f"messages: {len(texts)}, mean length {sum(map(len, texts)) / len(texts):.0f} chars")
    for name, us in rows:
        print(f"{name:26s} {us:7.1f} us/message")
    ours, vader_us = rows[0][1], rows[3][1]
    print(f"VADER / screen = {vader_us / ours:.2f}x  (the screen's share of the analysis budget)")
    by_pattern = [bool(pattern_hits(t)) for t in real]
    by_model = [bool(learned.read(t)) for t in real]
    both = sum(a or b for a, b in zip(by_pattern, by_model, strict=True))
    n = len(real)
    print(
        f"real dev turns flagged: patterns {sum(by_pattern) / n:.1%}, "
        f"learned {sum(by_model) / n:.1%}, both {both / n:.1%} (of {n})"
    )
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
