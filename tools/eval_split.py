"""Score the coach on dev, and on its two halves: dev-look and dev-blind.

Every dataset's dev.csv in the eval-data folder is split once, by the SHA-256 of the
message text: an even digest goes to `dev-look` (read it, debug on it), an odd one to
`dev-blind` (score only, never read). The split is the same on every run and every
machine. A rule that raises dev-look and not dev-blind fits sentences, not the language.

The halves are written to temporary folders outside the repository (the data is licensed
for research only and is never copied into the project) and removed after scoring.
score.py (read-only) is run on the whole dev set as before, then with `--data-dir` on each
half. For dev-blind only its table and summary are printed, never a text.

Run: .venv/bin/python tools/eval_split.py [eval-data folder]
"""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HALVES = ("dev-look", "dev-blind")


def half_of(text: str) -> str:
    """`dev-look` when the text's SHA-256 is even, else `dev-blind`."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return HALVES[digest[-1] & 1]


def split(data: Path, out: dict[str, Path]) -> dict[str, int]:
    """Write each dataset's dev rows into the half its text hashes to; count the rows."""
    counts = dict.fromkeys(HALVES, 0)
    for path in sorted(data.glob("*/dev.csv")):
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            fields = list(reader.fieldnames or [])
            rows = list(reader)
        writers = {}
        files = []
        for name in HALVES:
            target = out[name] / path.parent.name
            target.mkdir(parents=True, exist_ok=True)
            handle = (target / "dev.csv").open("w", newline="", encoding="utf-8")
            files.append(handle)
            writers[name] = csv.DictWriter(handle, fieldnames=fields)
            writers[name].writeheader()
        for row in rows:
            name = half_of(row.get("text", ""))
            writers[name].writerow(row)
            counts[name] += 1
        for handle in files:
            handle.close()
    return counts


def score(score_py: Path, data_dir: Path | None) -> str:
    cmd = [sys.executable, str(score_py)]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    # our own interpreter running the read-only scorer: no untrusted input
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    if proc.returncode != 0:
        raise SystemExit(f"score.py failed ({proc.returncode}): {proc.stderr[-400:]}")
    return proc.stdout


def summary(output: str) -> str:
    lines = [ln for ln in output.splitlines() if ln.startswith("macro-F1")]
    return lines[-1] if lines else "(no summary line)"


def main() -> int:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval-data"
    score_py = data / "score.py"
    if not score_py.is_file():
        print(f"No eval data at {data}: nothing to score.")
        return 0
    full = score(score_py, None)
    print("== dev (all)")
    print(full, end="")
    results: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="alongside-eval-") as tmp:
        folders = {name: Path(tmp) / name for name in HALVES}
        counts = split(data, folders)
        for name in HALVES:
            results[name] = score(score_py, folders[name])
            print(f"\n== {name} ({counts[name]} messages)")
            print(results[name], end="")
    print("\n== summary")
    print(f"{'dev':10} {summary(full)}")
    for name in HALVES:
        print(f"{name:10} {summary(results[name])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
