"""Crash test: SIGKILL a writer at random moments; the vault always opens intact and keeps
every entry whose write had returned (the child prints an id only after `add` returned)."""

from __future__ import annotations

import random
import signal
import time
from pathlib import Path

import pytest

from alongside.vault import create_vault, open_vault
from tests.conftest import TEST_PASSPHRASE
from tests.vault.crash_writer import Acknowledged, integrity_ok, start_writer

ROUNDS = 25


@pytest.mark.slow
def test_sigkill_mid_write_never_loses_acknowledged_entries(tmp_path: Path) -> None:
    path = tmp_path / "vault.db"
    create_vault(path, TEST_PASSPHRASE).close()
    rng = random.Random(20240531)
    saved = Acknowledged()
    for _ in range(ROUNDS):
        child = start_writer(path, TEST_PASSPHRASE)
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is now writing
        time.sleep(rng.uniform(0.0, 0.25))
        child.send_signal(signal.SIGKILL)
        child.wait()
        saved.read([first, *child.stdout.read().splitlines(keepends=True)])
        child.stdout.close()
        assert integrity_ok(path)
        with open_vault(path, TEST_PASSPHRASE) as vault:
            present = {e.id: e for e in vault.list("journal")}
            assert saved.added <= present.keys()
            for entry_id, feelings in saved.updated.items():
                assert present[entry_id].fields["feelings"] == feelings
    assert len(saved.added) > ROUNDS
