"""Crash test: SIGKILL a writer at random moments; the vault always opens intact and keeps
every entry whose write had returned (the child prints an id only after `add` returned)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from alongside.vault import create_vault, open_vault
from tests.conftest import TEST_PASSPHRASE

ROUNDS = 25
WRITER = """
import random, sys
from pathlib import Path
from alongside.vault import open_vault

with open_vault(Path(sys.argv[1]), sys.argv[2]) as vault:
    n = 0
    while True:
        text = f"entry {n} " + "words " * random.randint(0, 2000)
        entry = vault.add("journal", {"situation": text, "tags": "crash,test"})
        sys.stdout.write(f"A {entry.id}\\n")
        sys.stdout.flush()
        if n % 7 == 3:
            vault.update(entry.id, {"feelings": f"updated {n}"})
            sys.stdout.write(f"U {entry.id} updated {n}\\n")
            sys.stdout.flush()
        n += 1
"""


@pytest.mark.slow
def test_sigkill_mid_write_never_loses_acknowledged_entries(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    create_vault(path, TEST_PASSPHRASE).close()
    rng = random.Random(20240531)
    acknowledged: set[str] = set()
    updated: dict[str, str] = {}
    env = {**os.environ, "ALONGSIDE_KDF_PROFILE": "test"}
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), TEST_PASSPHRASE],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is now writing
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        lines = [first, *child.stdout.read().splitlines(keepends=True)]
        child.stdout.close()
        for line in lines:
            if not line.endswith(b"\n"):
                continue  # cut off by the kill: not acknowledged
            parts = line.decode().split(" ", 2)
            if parts[0] == "A":
                acknowledged.add(parts[1].strip())
            elif parts[0] == "U":
                updated[parts[1]] = parts[2].strip()
        with open_vault(path, TEST_PASSPHRASE) as vault:
            check = sqlite3.connect(path)
            assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            check.close()
            present = {e.id: e for e in vault.list("journal")}
            assert acknowledged <= present.keys()
            for entry_id, feelings in updated.items():
                assert present[entry_id].fields["feelings"] == feelings
    assert len(acknowledged) > ROUNDS
