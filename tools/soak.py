"""Soak the private record for a few minutes: crashes, restores while open, two writers.

    make soak                                # or: .venv/bin/python tools/soak.py --minutes 3

Three campaigns share the time equally, each on a fresh vault in a temp folder (cheap test
KDF: this is about durability, not passphrase cost):

- crash: a writer process is SIGKILLed at a random moment mid-write, again and again; after
  each kill the file must pass `PRAGMA integrity_check` and hold every save the writer
  acknowledged (and every update's last value).
- restore-while-open: a writer process holds the vault open and saves while the real
  `alongside restore BACKUP --yes` runs as another process. The restore must be refused
  (anything else counts as a loss, and is checked for lost saves and corruption). Then the
  writer is killed and the restore must go ahead, keep the record it replaced (with every
  acknowledged save) in backups/, and leave exactly the backup's entries.
- two-writers: two writer processes save at once for a random while, then both are killed;
  every save either acknowledged must be there and the file intact.

Prints attempts and losses per campaign; exits 1 on any loss. Not part of `make test`.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # the crash writer lives beside the crash test

from tests.vault.crash_writer import Acknowledged, integrity_ok, start_writer  # noqa: E402

from alongside.vault import create_vault, open_vault  # noqa: E402
from alongside.vault.transfer import backup_vault  # noqa: E402

PASSPHRASE = "soak passphrase, not a secret"  # noqa: S105 (a throwaway vault)
CLI = Path(sys.executable).with_name("alongside")
REFUSED_WORDS = "open in another Alongside window"
KEPT_AT = re.compile(r"kept at (.+?)\.?\s*$", re.M)


@dataclass
class Tally:
    name: str
    attempts: int = 0
    acknowledged: int = 0
    losses: int = 0
    corrupt: int = 0
    notes: str = ""

    def line(self) -> str:
        return (
            f"{self.name:<20} attempts {self.attempts:>5}  acknowledged writes "
            f"{self.acknowledged:>6}  lost {self.losses:>3}  corrupt {self.corrupt:>2}"
            + (f"  ({self.notes})" if self.notes else "")
        )


def _kill(child: subprocess.Popen[bytes], saved: Acknowledged, first: bytes = b"") -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is None:
        raise RuntimeError("the writer has no output pipe")
    saved.read([first, *child.stdout.read().splitlines(keepends=True)])
    child.stdout.close()


def _first_save(child: subprocess.Popen[bytes]) -> bytes:
    """Wait until the writer has the vault open and saved once (its first line)."""
    if child.stdout is None:
        raise RuntimeError("the writer has no output pipe")
    return child.stdout.readline()


def _missing(path: Path, saved: Acknowledged) -> tuple[int, bool]:
    """How many acknowledged saves are not in the file, and whether it is intact."""
    if not integrity_ok(path):
        return len(saved.added), False
    with open_vault(path, PASSPHRASE) as vault:
        present = {e.id: e for e in vault.list("journal")}
    lost = len(saved.added - present.keys())
    lost += sum(
        1
        for entry_id, feelings in saved.updated.items()
        if entry_id in present and present[entry_id].fields.get("feelings") != feelings
    )
    return lost, True


def crash(folder: Path, until: float, rng: random.Random) -> Tally:
    tally = Tally("crash")
    path = folder / "vault.db"
    create_vault(path, PASSPHRASE).close()
    saved = Acknowledged()
    while time.monotonic() < until:
        child = start_writer(path, PASSPHRASE)
        first = _first_save(child)
        time.sleep(rng.uniform(0.0, 0.25))
        _kill(child, saved, first)
        tally.attempts += 1
        lost, intact = _missing(path, saved)
        tally.losses = max(tally.losses, lost)
        tally.corrupt += not intact
        if not intact:
            break  # nothing after a corrupt file means anything
    tally.acknowledged = len(saved.added) + len(saved.updated)
    return tally


def restore_while_open(folder: Path, until: float, rng: random.Random) -> Tally:
    tally = Tally("restore-while-open")
    home = folder / "home"
    path = home / "vault.db"
    with create_vault(path, PASSPHRASE) as vault:
        in_backup = {vault.add("journal", {"situation": f"in the backup {n}"}).id for n in range(5)}
        backup = backup_vault(vault, folder / "backup.db")
    env = {**os.environ, "ALONGSIDE_HOME": str(home), "ALONGSIDE_PASSPHRASE": PASSPHRASE}
    refused = went_ahead = 0
    while time.monotonic() < until:
        saved = Acknowledged()
        child = start_writer(path, PASSPHRASE)
        first = _first_save(child)
        for _ in range(rng.randint(1, 3)):
            time.sleep(rng.uniform(0.0, 0.2))
            done = _cli(env, "restore", str(backup), "--yes")
            tally.attempts += 1
            if done.returncode != 0 and REFUSED_WORDS in done.stderr:
                refused += 1
            else:
                went_ahead += 1  # an unsafe restore: a loss even if nothing happens to show
                tally.losses += 1
        time.sleep(rng.uniform(0.0, 0.2))
        _kill(child, saved, first)
        tally.acknowledged += len(saved.added) + len(saved.updated)
        lost, intact = _missing(path, saved)
        tally.losses += lost
        tally.corrupt += not intact
        if not intact:
            break
        # Nobody holds it now: the restore must go ahead and keep what it replaced.
        done = _cli(env, "restore", str(backup), "--yes")
        tally.attempts += 1
        kept = KEPT_AT.search(done.stderr)
        if done.returncode != 0 or kept is None:
            tally.losses += 1
            tally.notes = f"a free restore failed: {done.stderr.strip()[:120]}"
            break
        kept_path = Path(kept.group(1))
        lost_in_kept, kept_intact = _missing(kept_path, saved)
        tally.losses += lost_in_kept
        tally.corrupt += not kept_intact
        kept_path.unlink()
        with open_vault(path, PASSPHRASE) as restored:
            if {e.id for e in restored.list("journal")} != in_backup:
                tally.losses += 1
    tally.notes = tally.notes or f"{refused} refused while open, {went_ahead} went ahead"
    return tally


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 (our own installed command)
        [str(CLI), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


def two_writers(folder: Path, until: float, rng: random.Random) -> Tally:
    tally = Tally("two-writers")
    path = folder / "vault.db"
    create_vault(path, PASSPHRASE).close()
    saved = Acknowledged()
    while time.monotonic() < until:
        children = [start_writer(path, PASSPHRASE) for _ in range(2)]
        firsts = [_first_save(child) for child in children]
        time.sleep(rng.uniform(0.2, 1.5))
        for child, first in zip(children, firsts, strict=True):
            _kill(child, saved, first)
        tally.attempts += 1
        lost, intact = _missing(path, saved)
        tally.losses = max(tally.losses, lost)
        tally.corrupt += not intact
        if not intact:
            break
    tally.acknowledged = len(saved.added) + len(saved.updated)
    tally.notes = f"{saved.busy} saves told 'busy'"
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="total time (default 3)")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random)")
    parser.add_argument(
        "--only", choices=["crash", "restore-while-open", "two-writers"], help="one campaign"
    )
    args = parser.parse_args()
    os.environ["ALONGSIDE_KDF_PROFILE"] = "test"
    seed = args.seed if args.seed is not None else secrets.randbelow(1 << 30)
    rng = random.Random(seed)  # noqa: S311 (timing and choices, not secrets)
    campaigns: list[Callable[[Path, float, random.Random], Tally]] = [
        crash,
        restore_while_open,
        two_writers,
    ]
    if args.only:
        campaigns = [c for c in campaigns if c.__name__.replace("_", "-") == args.only]
    share = args.minutes * 60 / len(campaigns)
    print(f"soak: {args.minutes:g} min, seed {seed}")
    tallies = []
    for campaign in campaigns:
        with tempfile.TemporaryDirectory(prefix="alongside-soak-") as tmp:
            tally = campaign(Path(tmp), time.monotonic() + share, rng)
        print(tally.line(), flush=True)
        tallies.append(tally)
    bad = [t.name for t in tallies if t.losses or t.corrupt]
    print("soak: " + (f"LOSSES in {', '.join(bad)}" if bad else "no losses, no corruption"))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
