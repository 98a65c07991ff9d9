"""A writer process to kill mid-write, and what its output acknowledged (test_crash, make soak).

The child prints `A <id>` only after `add` returned and `U <id> <text>` only after `update`
returned; a line cut off by the kill (no newline) was not acknowledged. A save refused as busy
prints `B` (the person was told; nothing to check).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

WRITER = """
import random, sys
from pathlib import Path
from alongside.errors import VaultBusy
from alongside.vault import open_vault

with open_vault(Path(sys.argv[1]), sys.argv[2]) as vault:
    n = 0
    while True:
        text = f"entry {n} " + "words " * random.randint(0, 2000)
        try:
            entry = vault.add("journal", {"situation": text, "tags": "crash,test"})
        except VaultBusy:
            sys.stdout.write("B\\n")
            sys.stdout.flush()
            continue
        sys.stdout.write(f"A {entry.id}\\n")
        sys.stdout.flush()
        if n % 7 == 3:
            vault.update(entry.id, {"feelings": f"updated {n}"})
            sys.stdout.write(f"U {entry.id} updated {n}\\n")
            sys.stdout.flush()
        n += 1
"""


@dataclass
class Acknowledged:
    """Every save a writer acknowledged: added ids, and the last feelings each update set."""

    added: set[str] = field(default_factory=set)
    updated: dict[str, str] = field(default_factory=dict)
    busy: int = 0

    def read(self, lines: list[bytes]) -> None:
        for line in lines:
            if not line.endswith(b"\n"):
                continue  # cut off by the kill: not acknowledged
            parts = line.decode().split(" ", 2)
            if parts[0] == "A":
                self.added.add(parts[1].strip())
            elif parts[0] == "U":
                self.updated[parts[1]] = parts[2].strip()
            elif parts[0].strip() == "B":
                self.busy += 1


def start_writer(path: Path, passphrase: str) -> subprocess.Popen[bytes]:
    """A writer child (cheap test KDF); it prints a line per acknowledged save on stdout."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), passphrase],
        stdout=subprocess.PIPE,
        env={**os.environ, "ALONGSIDE_KDF_PROFILE": "test"},
    )
    return child


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()
