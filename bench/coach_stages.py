"""Where the analysis spends its CPU, stage by stage, on the bench's messages and on unseen text.

    .venv/bin/python bench/coach_stages.py            # stages, both text sets
    .venv/bin/python bench/coach_stages.py --rules    # also the 15 costliest patterns

The bench's messages (`bench_coach.make_messages`) repeat the rules' own example sentences;
the unseen set is the rewrite corpus, the meaning layer's training text and reshuffled words
(`bench_coach.reshuffled`), so words and word pairs keep changing as real text does. Each
stage is timed alone over a whole set (CPU time, least of three passes, VADER in the same
passes for a ratio that load moves less). `analyse` minus the stages is its own overhead
(sorting, the praise and apology checks, building the `Analysis`). No eval data is read.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def unseen() -> list[str]:
    from bench_coach import reshuffled

    out: list[str] = []
    for name in ("tests/data/rewrite_corpus.jsonl", "training/meaning/written.jsonl"):
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str):
                    out.append(text)
    out += reshuffled(3_000, seed=99)
    return out


def stage_fns(messages: list[str]) -> dict[str, Callable[[str], object]]:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from alongside.coach.analyse import _find, _scope, analyse, find_patterns, lower_same_length
    from alongside.coach.learned import learned_findings
    from alongside.coach.texting import normalise
    from alongside.safety.screen import model_hits, pattern_hits, screen

    low = {m: lower_same_length(m) for m in messages}
    read = {m: normalise(low[m]) for m in messages}
    found = {m: find_patterns(m) for m in messages}
    scope = _scope()

    def rules_only(m: str) -> object:  # find_patterns without the texting step
        r = read[m]
        return _find(r.text, r.text) if r is not None else _find(m, low[m])

    return {
        "VADER": SentimentIntensityAnalyzer().polarity_scores,
        "analyse": analyse,
        "lower_same_length": lower_same_length,
        "texting.normalise": lambda m: normalise(low[m]),
        "find_patterns": find_patterns,
        "  _find (rules + scope)": rules_only,
        "safety.screen": screen,
        "  lexicon patterns": pattern_hits,
        "  learned safety": model_hits,
        "learned meaning": lambda m: learned_findings(m, low[m], found[m], scope),
    }


def cpu(fns: dict[str, Callable[[str], object]], messages: list[str]) -> dict[str, float]:
    from bench_coach import cpu_per_message

    return cpu_per_message(fns, messages)


def report(title: str, messages: list[str]) -> None:
    from alongside.coach.analyse import _candidates

    fns = stage_fns(messages)
    low = {m: m.lower() for m in messages}
    fns["  _candidates (pattern matching)"] = lambda m: _candidates(low[m])
    for m in messages:  # a first pass: compiles and per-word caches, as after a while in use
        for fn in fns.values():
            fn(m)
    got = cpu(fns, messages)
    print(f"{title}: {len(messages)} messages, CPU µs per message (least of 3 passes)")
    for name, sec in got.items():
        print(f"  {name:34} {sec * 1e6:8.1f}")
    stages = got["lower_same_length"] + got["find_patterns"] + got["safety.screen"]
    stages += got["learned meaning"]
    print(f"  {'analyse beyond the stages':34} {(got['analyse'] - stages) * 1e6:8.1f}")
    print(f"  VADER / analyse = {got['VADER'] / got['analyse']:.2f}x")


def pattern_costs(messages: list[str], top: int = 15) -> None:
    """Each pattern's own matching time (its `match` calls at the places it is tried)."""
    import importlib

    analyser = importlib.import_module("alongside.coach.analyse")
    index = analyser._indexes()
    make = index.make
    spent: dict[int, float] = defaultdict(float)
    calls: dict[int, int] = defaultdict(int)
    clock = time.perf_counter_ns

    def timed(i: int, match: Callable[[str, int], object]) -> Callable[[str, int], object]:
        def run(low: str, pos: int) -> object:
            t0 = clock()
            found = match(low, pos)
            spent[i] += clock() - t0
            calls[i] += 1
            return found

        return run

    for i in range(len(make.table)):
        m, *rest = make(i)
        make.table[i] = (timed(i, m), *rest)
    make.sets.clear()
    index.known.clear()
    index.plain.clear()
    index.scan_always = tuple(make(i) for i, n in index.scan if not n)
    index.keyless_always = tuple(make(i) for i, n in index.keyless if not n)
    lows = [analyser.lower_same_length(m) for m in messages]
    for low in lows:
        analyser._candidates(low)
    spent.clear()
    calls.clear()
    for low in lows:
        analyser._candidates(low)
    empty = timed(-1, lambda low, pos: None)
    t0 = clock()
    for _ in range(100_000):
        empty("", 0)
    base = (clock() - t0) / 100_000
    entries = analyser._entries()
    rows = sorted(spent, key=lambda i: spent[i] - base * calls[i], reverse=True)[:top]
    n = len(messages)
    print(f"the {top} costliest patterns (µs per message, match calls per message, keys):")
    for i in rows:
        _, rule, pattern = entries[i]
        cost = (spent[i] - base * calls[i]) / n / 1000
        keys = sorted(pattern.keys)
        shown = ", ".join(keys[:8]) + (f" … ({len(keys)})" if len(keys) > 8 else "")
        print(f"  {cost:6.2f} {calls[i] / n:6.2f}  {rule.source}:{rule.name}#{pattern.index}")
        print(f"         {pattern.mode}: {shown or '(none)'}")


def main() -> int:
    from bench_coach import make_messages

    sets = {"bench messages": make_messages(), "unseen text": unseen()}
    if "--only-rules" not in sys.argv:
        for title, messages in sets.items():
            report(title, messages)
    if "--rules" in sys.argv or "--only-rules" in sys.argv:
        for title, messages in sets.items():
            print(title)
            pattern_costs(messages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
