"""Coach speed against peers: our full analysis vs VADER vs TextBlob on the same messages.

10,000 messages are generated deterministically (seeded) from the rule files' own examples
and everyday sentences with small variations; no evaluation data is read. Each analyser runs
over all of them in this one process; we print per-message medians and ratios. Then the
cold start of `alongside check "..."` against `python -c pass` as a peer process.

Then a first and a second pass over varied messages in a new process: what compiling and
caching cost on text the analyser has not met yet.

Run: make bench   (or .venv/bin/python bench/bench_coach.py)
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

SEED = 20261129
MESSAGES = 10_000
COLD_RUNS = 15
FRESH_MESSAGES = 3_000

EVERYDAY = [
    "I got home late again and the kitchen was a mess.",
    "Can we talk tonight after dinner?",
    "The kids were asleep by eight, which was nice.",
    "Work has been really busy this month.",
    "I booked the car in for Thursday morning.",
    "Your mum called about the weekend.",
    "We should probably sort the bills out soon.",
    "I noticed you seemed quiet at lunch.",
    "I went for a walk by the river and it helped.",
    "Let me know what time suits you.",
]
OPENERS = ["", "Hey, ", "Honestly, ", "Love, ", "So ", "Look, ", "Um, "]
CLOSERS = ["", " x", " Thanks.", " Talk later.", " :)", " 😀", " I mean it."]


def make_messages(n: int = MESSAGES, seed: int = SEED) -> list[str]:
    """Realistic short messages: 1-4 sentences from rule examples and everyday lines."""
    from alongside.coach.rules import rules

    pool = list(EVERYDAY)
    for rule in rules():
        pool.extend(rule.positive)
        pool.extend(rule.negative)
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        parts = rng.sample(pool, rng.randint(1, 4))
        text = rng.choice(OPENERS) + " ".join(parts) + rng.choice(CLOSERS)
        if rng.random() < 0.2:
            text = text.lower()
        out.append(text)
    return out


def per_message(fn: Callable[[str], object], messages: list[str]) -> float:
    """Median seconds per message (each message timed on its own, after one warm-up pass)."""
    for m in messages[:200]:
        fn(m)
    times = []
    clock = time.perf_counter
    for m in messages:
        t0 = clock()
        fn(m)
        times.append(clock() - t0)
    return statistics.median(times)


def cpu_per_message(
    fns: dict[str, Callable[[str], object]], messages: list[str], rounds: int = 3
) -> dict[str, float]:
    """Mean CPU seconds of this process per message, the least of `rounds` passes each.

    The analysers take turns pass by pass. CPU time leaves out the time other processes hold
    the cores, so on a busy machine this ratio moves less than the wall-clock medians.
    """
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            t0 = time.process_time()
            for m in messages:
                fn(m)
            best[name] = min(best[name], (time.process_time() - t0) / len(messages))
    return best


def stages(messages: list[str]) -> tuple[Callable[[str], object], ...]:
    """The screen's two layers, and the learned meaning layer given the rules' findings."""
    import importlib

    from alongside.coach.learned import learned_findings
    from alongside.safety.screen import model_hits, pattern_hits

    analyser = importlib.import_module("alongside.coach.analyse")
    lowered = {m: analyser.lower_same_length(m) for m in messages}
    found = {m: analyser.find_patterns(m) for m in messages}
    scope = analyser._scope()

    def meaning(m: str) -> object:
        return learned_findings(m, lowered[m], found[m], scope)

    return pattern_hits, model_hits, meaning


def read_all(message: str) -> object:
    """The analysis with every rewrite and the suggestion written (what `check` shows)."""
    from alongside.coach import analyse

    result = analyse(message)
    return [f.rewrite for f in result.findings], result.suggestion


def child_env() -> dict[str, str]:
    """The environment of a person's shell: bytecode caches kept (a CI or sandbox variable
    such as PYTHONDONTWRITEBYTECODE would make every child recompile our sources)."""
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def cold_start(commands: dict[str, list[str]]) -> dict[str, tuple[float, float]]:
    """Median wall time and median CPU time (user + system) of each child, in seconds.

    The commands take turns (A B C A B C ...) so that a change in the machine's load falls on
    all of them alike. One run of each first, not counted: it writes the bytecode caches an
    installed package has.
    """
    import resource

    env = child_env()
    for cmd in commands.values():
        subprocess.run(cmd, capture_output=True, check=True, env=env)
    walls: dict[str, list[float]] = {name: [] for name in commands}
    cpus: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(COLD_RUNS):
        for name, cmd in commands.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=True, env=env)
            walls[name].append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            used = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            cpus[name].append(used)
    return {n: (statistics.median(walls[n]), statistics.median(cpus[n])) for n in commands}


def reshuffled(n: int = FRESH_MESSAGES, seed: int = SEED + 1) -> list[str]:
    """Varied messages: the words of the example sentences, reshuffled into new sentences.

    Every message meets new word combinations, as real text does, so nothing it needs has
    been compiled or cached before (the warm medians above hide that cost).
    """
    rng = random.Random(seed)
    words = " ".join(make_messages(500, seed)).split()
    return [" ".join(rng.sample(words, rng.randint(6, 40))) for _ in range(n)]


def first_pass() -> None:
    """Mean per message of a first and a second pass over varied messages, in this process."""
    from alongside.coach import analyse

    messages = reshuffled()
    clock = time.perf_counter
    t0 = clock()
    for m in messages:
        analyse(m)
    t1 = clock()
    for m in messages:
        analyse(m)
    t2 = clock()
    first, second = (t1 - t0) / len(messages), (t2 - t1) / len(messages)
    print(f"{len(messages)} varied messages, mean per message (µs), first use in this process:")
    print(f"  first pass {first * 1e6:9.1f}   second pass {second * 1e6:9.1f}", end="")
    print(f"   ratio {first / second:.1f}x")


def main() -> int:
    if sys.argv[1:] == ["--cold"]:  # only the cold starts (about 15 s)
        return cold_starts()
    if sys.argv[1:] == ["--first-pass"]:  # a new process, so that nothing is cached yet
        first_pass()
        return 0
    from textblob import TextBlob
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from alongside.coach import analyse, find_patterns
    from alongside.safety import screen

    messages = make_messages()
    vader = SentimentIntensityAnalyzer()
    patterns, learned_safety, meaning = stages(messages)
    rows = [
        ("alongside analyse (all findings, spans, safety)", per_message(analyse, messages)),
        ("  of which: find_patterns (findings only)", per_message(find_patterns, messages)),
        ("  of which: safety.screen", per_message(screen, messages)),
        ("    of which: the lexicon's patterns", per_message(patterns, messages)),
        ("    of which: the learned safety layer", per_message(learned_safety, messages)),
        ("  of which: the learned meaning layer", per_message(meaning, messages)),
        ("  + every rewrite and the suggestion read", per_message(read_all, messages)),
        ("VADER polarity_scores", per_message(vader.polarity_scores, messages)),
        (
            "TextBlob sentiment.polarity",
            per_message(lambda m: TextBlob(m).sentiment.polarity, messages),
        ),
    ]
    ours, *_, everything, vader_s, blob = (seconds for _, seconds in rows)
    print(f"{len(messages)} messages, median per message (µs), one process:")
    for name, seconds in rows:
        print(f"  {name:50} {seconds * 1e6:9.1f}")
    print(f"  VADER / ours = {vader_s / ours:.2f}x  (target >= 1x, issue 15)")
    print(f"  VADER / ours with every rewrite and the suggestion = {vader_s / everything:.2f}x")
    print(f"  TextBlob / ours = {blob / ours:.2f}x")
    cpu = cpu_per_message(
        {
            "ours": analyse,
            "vader": vader.polarity_scores,
            "find_patterns": find_patterns,
            "safety.screen": screen,
            "the lexicon's patterns": patterns,
            "the learned safety layer": learned_safety,
            "the learned meaning layer": meaning,
        },
        messages,
    )
    print(f"  CPU time, mean per message (µs): ours {cpu['ours'] * 1e6:.1f}", end="")
    print(f", VADER {cpu['vader'] * 1e6:.1f}; VADER / ours = {cpu['vader'] / cpu['ours']:.2f}x")
    print("  CPU time of each stage alone, mean per message (µs), and VADER / stage:")
    for name in list(cpu)[2:]:
        print(f"    {name:30} {cpu[name] * 1e6:7.1f}   {cpu['vader'] / cpu[name]:5.2f}x")
    print("  (the stages add up to less than the whole: alone, each keeps its data in the cache)")
    subprocess.run([sys.executable, __file__, "--first-pass"], check=True)
    return cold_starts()


def cold_starts() -> int:
    """Cold start of `alongside check` against `alongside --help`, `python -c "import typer"`
    (the CLI library alone) and `python -c pass`, interleaved so that load drifts evenly."""
    exe = Path(sys.executable).with_name("alongside")
    commands = {
        "check": [str(exe), "check", "You never listen. You need therapy."],
        "help": [str(exe), "--help"],
        "typer": [sys.executable, "-c", "import typer"],
        "pass": [sys.executable, "-c", "pass"],
    }
    found = cold_start(commands)
    (ours_wall, ours_cpu), (typer_wall, typer_cpu) = found["check"], found["typer"]
    rows = (
        ("check", 'alongside check "..."', "(target < 0.3)"),
        ("help", "alongside --help", "(builds every command)"),
        ("typer", 'python -c "import typer"', "peer (the CLI library alone)"),
        ("pass", "python -c pass", "peer"),
    )
    print(f"cold start, median of {COLD_RUNS} runs (s): wall / CPU (user+system)")
    for key, name, note in rows:
        wall, cpu = found[key]
        print(f"  {name:26} {wall:.3f} / {cpu:.3f}   {note}")
    ratio_wall, ratio_cpu = ours_wall / typer_wall, ours_cpu / typer_cpu
    print(f"  check / import typer       {ratio_wall:.1f}x wall, {ratio_cpu:.1f}x CPU")
    cold_stage_times()
    return 0


def cold_stage_times() -> None:
    """Where a cold `check` spends its CPU: bench/cold_stages.py in new processes, medians."""
    script = Path(__file__).with_name("cold_stages.py")
    env = child_env()
    runs = []
    for _ in range(COLD_RUNS):
        done = subprocess.run(
            [sys.executable, str(script)], capture_output=True, check=True, env=env, text=True
        )
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(f"  a cold check's stages, median CPU ms of {COLD_RUNS} runs (bench/cold_stages.py):")
    for name in runs[0]:
        print(f"    {name:24} {statistics.median(r[name] for r in runs):6.1f}")
    total = statistics.median(sum(r.values()) for r in runs)
    print(f"    {'all (after start-up)':24} {total:6.1f}")


if __name__ == "__main__":
    sys.exit(main())
