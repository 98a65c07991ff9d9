"""The coach's learned layer (coach/learned.py): its cost per message beside VADER's.

The same 10,000 generated messages as bench_coach.py (rule examples and everyday lines; no
evaluation data). Prints per-message medians of the rules alone, the learned layer alone
(given the rules' findings, as `analyse` calls it) and VADER's polarity score, and what
loading the weights costs once per process.

Run: make bench   (or .venv/bin/python bench/bench_learned.py)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_coach import make_messages, per_message


def main() -> int:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from alongside.coach import learned
    from alongside.coach.analyse import _scope, find_patterns, lower_same_length

    t0 = time.perf_counter()
    model = learned.model()
    load = time.perf_counter() - t0
    messages = make_messages()
    prepared = [(m, lower_same_length(m), find_patterns(m)) for m in messages]
    it = iter(prepared * 50)

    def layer(_: str) -> object:
        text, low, found = next(it)
        return learned.learned_findings(text, low, found, _scope(), model)

    rules_s = per_message(find_patterns, messages)
    layer_s = per_message(layer, messages)
    vader = SentimentIntensityAnalyzer()
    vader_s = per_message(vader.polarity_scores, messages)
    added = sum(len(learned.learned_findings(t, low, f, _scope(), model)) for t, low, f in prepared)
    print(f"{len(messages)} messages, median µs per message:")
    print(f"  rules (find_patterns)          {rules_s * 1e6:8.1f}")
    print(f"  learned layer (given the rules) {layer_s * 1e6:7.1f}")
    print(f"  VADER polarity_scores          {vader_s * 1e6:8.1f}")
    print(f"  learned layer / VADER = {layer_s / vader_s:.2f}")
    print(f"  findings the layer added: {added} in {len(messages)} messages")
    print(f"  loading the weights (once per process): {load * 1e3:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
