"""Would a compiled build pay? The coach's hot modules compiled by Cython against plain Python.

Issue 15 welcomes an optional compiled build if it gains enough. This measures it without
changing the install: the package is copied twice into a temporary folder, and in one copy
the modules in `MODULES` are compiled by Cython from their unchanged `.py` files (pure Python
mode, `build_ext` with the system's C compiler). Child processes then take turns, one per
copy (`PYTHONPATH`), each timing `analyse` and VADER over the same messages by CPU time
(bench_coach.make_messages), so each run's VADER figure is the yardstick for its own analysis.

    .venv/bin/pip install cython      # not a dependency: only this measurement needs it
    .venv/bin/python bench/compiled_gain.py                 # paired CPU time (~5 CPU min)
    .venv/bin/python bench/compiled_gain.py --instructions  # + callgrind counts (slow, steady)
    .venv/bin/python bench/compiled_gain.py --check         # + coach_equivalence on both

Not part of `make bench` (it compiles for minutes and needs Cython and a C compiler).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE.parent / "src"
RUNS = 4
MESSAGES = 3_000
COUNTED = 1_000  # messages whose instructions callgrind counts, after the same warm-up
MODULES = (
    "alongside.coach.analyse",
    "alongside.coach.learned",
    "alongside.coach.model",
    "alongside.coach.rules",
    "alongside.coach.texting",
    "alongside.safety.gate",
    "alongside.safety.lexicon",
    "alongside.safety.model",
    "alongside.safety.screen",
    "alongside.asciiwords",
    "alongside.lazyre",
)
BUILD = """
import sys
from Cython.Build import cythonize
from setuptools import setup

sources = [f"src/{name.replace('.', '/')}.py" for name in sys.argv[1:]]
setup(
    name="compiled-gain",
    ext_modules=cythonize(sources, compiler_directives={"language_level": 3}, quiet=True),
    script_args=["-q", "build_ext", "-b", "src", "-t", "build", "-j", str(2)],
)
"""


def copy_package(to: Path) -> Path:
    """A copy of src/alongside under `to`/src, without bytecode or build products."""
    shutil.copytree(
        SRC / "alongside",
        to / "src" / "alongside",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.c"),
    )
    return to / "src"


def build(folder: Path) -> Path:
    """Copy the package into `folder` and compile `MODULES` there; the copy's src folder."""
    src = copy_package(folder)
    subprocess.run([sys.executable, "-c", BUILD, *MODULES], cwd=folder, check=True)
    missing = [m for m in MODULES if not list(src.glob(m.replace(".", "/") + ".*.so"))]
    if missing:
        raise SystemExit(f"not compiled: {', '.join(missing)}")
    return src


def child() -> None:
    """One measurement in this process: CPU µs per message of analyse and of VADER."""
    sys.path.insert(0, str(HERE))
    from bench_coach import cpu_per_message, make_messages
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from alongside.coach import analyse

    messages = make_messages(MESSAGES)
    for m in messages[:300]:
        analyse(m)
    cpu = cpu_per_message(
        {"ours": analyse, "vader": SentimentIntensityAnalyzer().polarity_scores}, messages
    )
    origin = str(sys.modules["alongside.coach.analyse"].__file__)
    print(json.dumps({"ours": cpu["ours"] * 1e6, "vader": cpu["vader"] * 1e6, "file": origin}))


def count(n: int) -> None:
    """The work callgrind counts: a warm-up, then `n` more messages (n=0 is the baseline)."""
    sys.path.insert(0, str(HERE))
    from bench_coach import make_messages

    from alongside.coach import analyse

    messages = make_messages(500 + COUNTED)
    for m in messages[: 500 + n]:
        analyse(m)


def env_for(src: Path) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(src)}


def timed(src: Path) -> tuple[float, float, str]:
    """CPU µs per message of analyse and VADER in a child on `src`, and where analyse came from."""
    done = subprocess.run(
        [sys.executable, __file__, "--child"],
        capture_output=True,
        text=True,
        check=True,
        env=env_for(src),
    )
    found = json.loads(done.stdout.strip().splitlines()[-1])
    return float(found["ours"]), float(found["vader"]), str(found["file"])


def instructions(src: Path, out: Path) -> float:
    """Instructions per message under callgrind (the difference of two runs)."""
    totals = []
    for n in (0, COUNTED):
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}/callgrind.{n}.out",
                sys.executable,
                __file__,
                "--count",
                str(n),
            ],
            capture_output=True,
            text=True,
            check=True,
            env=env_for(src),
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if found is None:
            raise SystemExit(done.stderr[-2000:])
        totals.append(int(found.group(1)))
    return (totals[1] - totals[0]) / COUNTED


def equivalent(plain: Path, compiled: Path, out: Path) -> None:
    script = HERE / "coach_equivalence.py"
    for name, src in (("plain", plain), ("compiled", compiled)):
        subprocess.run(
            [sys.executable, str(script), "dump", str(out / f"{name}.jsonl")],
            check=True,
            env=env_for(src),
        )
    subprocess.run(
        [
            sys.executable,
            str(script),
            "diff",
            str(out / "plain.jsonl"),
            str(out / "compiled.jsonl"),
        ],
        check=True,
    )


def main(argv: list[str]) -> int:
    if argv == ["--child"]:
        child()
        return 0
    if len(argv) == 2 and argv[0] == "--count":
        count(int(argv[1]))
        return 0
    try:
        import Cython  # noqa: F401
    except ImportError:
        print("This measurement needs Cython: .venv/bin/pip install cython")
        return 2
    with tempfile.TemporaryDirectory(prefix="compiled-gain-") as tmp:
        folder = Path(tmp)
        print(f"compiling {len(MODULES)} modules with Cython (a few CPU minutes) ...", flush=True)
        compiled = build(folder / "compiled")
        plain = copy_package(folder / "plain")
        print(f"{MESSAGES} messages, {RUNS} paired runs; CPU µs per message, ours / VADER")
        gains = []
        for _ in range(RUNS):
            ratio = {}
            for label, src in (("compiled", compiled), ("plain", plain)):
                ours, vader, file = timed(src)
                assert file.endswith(".so" if label == "compiled" else ".py")  # noqa: S101
                ratio[label] = vader / ours
                print(f"  {label:8} {ours:6.1f} / {vader:5.1f}", end="")
                print(f" (VADER / ours {ratio[label]:.2f}x)", end="")
            gains.append(ratio["compiled"] / ratio["plain"])
            print(f"   compiled / plain {gains[-1]:.3f}x")
        print(f"  median speed-up of the whole analysis: {statistics.median(gains):.3f}x")
        if "--instructions" in argv:
            counts = {}
            for label, src in (("compiled", compiled), ("plain", plain)):
                out = folder / label
                counts[label] = instructions(src, out)
                print(f"  callgrind, instructions per message, {label}: {counts[label]:,.0f}")
            print(f"  plain / compiled instructions: {counts['plain'] / counts['compiled']:.3f}x")
        if "--check" in argv:
            equivalent(plain, compiled, folder)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
