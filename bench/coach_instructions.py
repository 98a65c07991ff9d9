"""Instructions a message under callgrind: the analysis, and each stage alone (steady under load).

    .venv/bin/python bench/coach_instructions.py                 # analyse, both text sets
    .venv/bin/python bench/coach_instructions.py --stages        # + each stage alone

CPU time moves with whatever else runs on the machine; instruction counts barely do. Each
figure is the difference of two runs under `valgrind --tool=callgrind` (`PYTHONHASHSEED=0`):
both analyse the same `WARM` messages first (compiles, per-word caches), one then goes on to
`COUNTED` more, so imports and warm-up cancel out. The sets are `coach_stages.py`'s: the
bench's messages (`bench_coach.make_messages`) and unseen text (the rewrite corpus, the
meaning layer's training text and reshuffled words, in a fixed shuffled order). Each stage is
counted alone as `coach_stages.py` times it (it needs valgrind; a run takes a few minutes).
No eval data is read.
"""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WARM = 400
COUNTED = 1_000
STAGES = ("analyse", "find_patterns", "safety.screen", "learned meaning", "VADER")


def messages(which: str) -> list[str]:
    sys.path.insert(0, str(HERE))
    if which == "bench":
        from bench_coach import make_messages

        return make_messages(WARM + COUNTED)
    from coach_stages import unseen

    texts = unseen()
    random.Random(15).shuffle(texts)
    return texts[: WARM + COUNTED]


def run(which: str, stage: str, n: int) -> None:
    """The work callgrind counts: `WARM` messages, then `n` more, through `stage`."""
    sys.path.insert(0, str(HERE))
    from coach_stages import stage_fns

    texts = messages(which)
    fn = stage_fns(texts)[stage]
    for m in texts[: WARM + n]:
        fn(m)


def count(which: str, stage: str, out: Path) -> float:
    """Instructions a message of `stage` on the `which` set (the difference of two runs)."""
    totals = []
    for n in (0, COUNTED):
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={out}/callgrind.out",
                sys.executable,
                __file__,
                "--child",
                which,
                stage,
                str(n),
            ],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONPATH": str(ROOT / "src")},
        )
        found = re.search(r"Collected : (\d+)", done.stderr)
        if done.returncode or found is None:
            raise SystemExit(done.stderr[-2000:])
        totals.append(int(found.group(1)))
    return (totals[1] - totals[0]) / COUNTED


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return 0
    stages = STAGES if "--stages" in sys.argv else STAGES[:1]
    with tempfile.TemporaryDirectory() as tmp:
        for which in ("bench", "unseen"):
            print(f"{which} text: instructions a message ({COUNTED} after {WARM} warm-up)")
            for stage in stages:
                print(f"  {stage:18} {count(which, stage, Path(tmp)):12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
