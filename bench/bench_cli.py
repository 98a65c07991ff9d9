"""What one CLI command costs, and where it goes: start-up, imports, unlock, work.

    .venv/bin/python bench/bench_cli.py [--entries 500] [--repeat 3] [--profile default]

Each command runs as a real subprocess against a vault made with the *default* Argon2id
profile (what a person gets), holding a realistic mix of entries. For each command it
prints the wall time of the whole process (median of `--repeat`), and of that:

- unlock: time inside Argon2id (`argon2.low_level.hash_secret_raw`), measured in the child;
- imports: every module import beyond the bare interpreter's, from `python -X importtime`
  (a separate run, since that flag slows imports a little);
- start-up: the bare interpreter (`python -c pass`), the peer in the same run;
- work: the rest (reading the record, the command's own work, printing).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PASSPHRASE = "benchmark passphrase"  # noqa: S105 (a throwaway bench vault)
TODAY = date.today()
MIX = (  # kind, fields: a realistic spread of what a person writes down
    ("conversation", {"topic": "How our week went", "rating": 3, "stance": "considering"}),
    ("win", {"what": "A calmer morning than usual"}),
    ("setback", {"what": "A tense evening", "learned": "Pause sooner"}),
    ("message", {"text": "Could we talk about how we listen?", "pushing": 1, "inviting": 2}),
    ("checkin", {"notes": "Appreciations, one topic, a plan", "rating": 4}),
    ("selfcare", {"action": "A walk on my own", "type": "action"}),
    ("journal", {"situation": "Dinner felt unheard", "next_time": "Name my feeling first"}),
    ("invitation", {"how": "On a walk", "response": "Maybe", "stance_after": "considering"}),
)
COMMANDS: tuple[tuple[str, ...], ...] = (
    ("check", "You never listen to me."),
    ("journal", "list"),
    ("journal", "add", "A quiet evening together"),
    ("search", "unheard"),
    ("plan",),
    ("review",),
    ("progress", "--out", "{out}"),
)
# Runs in the child: times Argon2id, then runs the real CLI entry point.
PROBE = """
import json, os, sys, time
import argon2.low_level as low
spent = [0.0]
real = low.hash_secret_raw
def timed(*args, **kwargs):
    start = time.perf_counter()
    try:
        return real(*args, **kwargs)
    finally:
        spent[0] += time.perf_counter() - start
low.hash_secret_raw = timed
from alongside.cli.app import main
code = 0
try:
    main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code or 0
with open(os.environ["BENCH_PROBE_OUT"], "w") as out:
    json.dump({"unlock": spent[0], "code": code}, out)
"""


def seed(home: Path, entries: int, profile: str) -> None:
    os.environ["ALONGSIDE_KDF_PROFILE"] = profile
    from alongside.paths import vault_path
    from alongside.vault import create_vault

    with create_vault(vault_path(), PASSPHRASE) as vault:
        batch = []
        for i in range(entries):
            kind, fields = MIX[i % len(MIX)]
            values = {**fields, "occurred_on": (TODAY - timedelta(days=(i * 3) % 365)).isoformat()}
            batch.append(vault.prepare(kind, values))
        vault.insert_many(batch)


def run(args: list[str], env: dict[str, str], importtime: bool) -> tuple[float, float, float]:
    """(wall s, unlock s, import s) of one run of the CLI in a fresh interpreter."""
    probe = Path(env["BENCH_PROBE_OUT"])
    flags = ["-X", "importtime"] if importtime else []
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, *flags, "-c", PROBE, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    result = json.loads(probe.read_text())
    if result["code"] != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-2000:]}")
    return wall, float(result["unlock"]), import_seconds(done.stderr) if importtime else 0.0


def import_seconds(stderr: str) -> float:
    """Sum of the cumulative times of top-level imports in `-X importtime` output."""
    total = 0
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:") :].split("|")
        if not name.startswith("  "):  # one space after the bar: a top-level import
            total += int(cumulative)
    return total / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default="default", help="Argon2id profile of the vault")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="alongside-bench-cli-") as tmp:
        home = Path(tmp) / "home"
        os.environ["ALONGSIDE_HOME"] = str(home)
        seed(home, args.entries, args.profile)
        env = dict(os.environ)
        env.update(
            ALONGSIDE_PASSPHRASE=PASSPHRASE,
            BENCH_PROBE_OUT=str(Path(tmp) / "probe.json"),
            COLUMNS="100",
            NO_COLOR="1",
        )
        bare = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "pass"], check=True)
            bare.append(time.perf_counter() - start)
        base = statistics.median(bare)
        done = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "pass"], capture_output=True, text=True
        )
        base_imports = import_seconds(done.stderr)
        print(f"{args.entries} entries, Argon2id profile '{args.profile}', median of {args.repeat}")
        print(f"bare interpreter start-up (python -c pass): {base * 1000:.0f} ms\n")
        header = ("command", "total", "unlock", "imports", "start-up", "work")
        print(f"{header[0]:<28}" + "".join(f"{h:>10}" for h in header[1:]) + "   (ms)")
        for command in COMMANDS:
            argv = [a.replace("{out}", str(Path(tmp) / "plots")) for a in command]
            walls, unlocks = [], []
            for _ in range(args.repeat):
                wall, unlock, _ = run(argv, env, importtime=False)
                walls.append(wall)
                unlocks.append(unlock)
            _, _, imports = run(argv, env, importtime=True)
            imports = max(imports - base_imports, 0.0)
            total, unlock = statistics.median(walls), statistics.median(unlocks)
            work = max(total - unlock - imports - base, 0.0)
            name = " ".join(command[:2]) if command[0] != "check" else "check"
            cells = (total, unlock, imports, base, work)
            print(f"{name:<28}" + "".join(f"{c * 1000:>10.0f}" for c in cells))
        print("\nwork = total - unlock - imports - start-up (the probe itself imports argon2).")


if __name__ == "__main__":
    main()
