"""The vault's lock file against a real second process (issue 13.1).

A child process opens the vault and keeps it open until told to stop (or is killed): while it
does, restore, wipe and passphrase change are refused and change no byte; once it is gone,
they go ahead. The kernel drops a killed process's lock, so a crash never leaves it stuck.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from alongside.errors import VaultBusy, VaultInUse
from alongside.vault import create_vault, open_vault, restore_vault, wipe_vault
from alongside.vault.lock import VaultLock, in_use, lock_path
from alongside.vault.transfer import backup_vault
from tests.conftest import TEST_PASSPHRASE

HOLDER = """
import sys
from pathlib import Path
from alongside.vault import open_vault

with open_vault(Path(sys.argv[1]), sys.argv[2]) as vault:
    vault.add("win", {"what": "the other window saved this"})
    print("open", flush=True)
    sys.stdin.readline()
"""


@contextmanager
def _holder(path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process with the vault open until the block ends (or it is killed)."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), TEST_PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "ALONGSIDE_KDF_PROFILE": "test"},
    ) as child:
        assert child.stdout is not None
        assert child.stdout.readline() == "open\n"
        try:
            yield child
        finally:
            if child.poll() is None:
                assert child.stdin is not None
                child.stdin.write("done\n")
                child.stdin.flush()
            child.wait(30)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def vault_file(app_home: Path, tmp_path: Path) -> Iterator[Path]:
    path = app_home / "vault.db"
    with create_vault(path, TEST_PASSPHRASE) as vault:
        vault.add("win", {"what": "in the backup"})
        backup_vault(vault, tmp_path / "backup.db")
    yield path


def test_restore_and_wipe_are_refused_while_another_process_has_it_open(
    vault_file: Path, tmp_path: Path
) -> None:
    with _holder(vault_file):
        before = _files(vault_file.parent)
        assert in_use(vault_file)
        with pytest.raises(VaultInUse, match="lock or close it there"):
            restore_vault(tmp_path / "backup.db", vault_file, TEST_PASSPHRASE)
        with pytest.raises(VaultInUse, match="Nothing was changed"):
            wipe_vault(vault_file)
        assert _files(vault_file.parent) == before
    assert not in_use(vault_file)
    kept = restore_vault(tmp_path / "backup.db", vault_file, TEST_PASSPHRASE)
    assert kept is not None
    with open_vault(vault_file, TEST_PASSPHRASE) as restored:
        assert [e.title for e in restored.list()] == ["in the backup"]
    with open_vault(kept, TEST_PASSPHRASE) as previous:
        assert "the other window saved this" in {e.title for e in previous.list()}
    wipe_vault(vault_file)
    assert not vault_file.exists()
    assert sorted(p.name for p in vault_file.parent.iterdir()) == []  # no lock file left


def test_passphrase_change_is_refused_while_shared_and_keeps_its_own_hold(
    vault_file: Path,
) -> None:
    with open_vault(vault_file, TEST_PASSPHRASE) as vault:
        salt = vault.kdf.salt
        with _holder(vault_file) as child:
            with pytest.raises(VaultInUse, match="another Alongside window"):
                vault.change_passphrase("a brand new passphrase")
            assert vault.kdf.salt == salt
            child.send_signal(signal.SIGKILL)  # a crash releases its lock too
            child.wait(30)
        # The refused change kept this vault's own shared hold: still nobody may replace it.
        with pytest.raises(VaultInUse):
            VaultLock.only(vault_file)
        vault.change_passphrase("a brand new passphrase")
        assert vault.count() == 2
    with open_vault(vault_file, "a brand new passphrase") as reopened:
        assert reopened.count() == 2
    assert not lock_path(vault_file).exists()


def test_opening_waits_for_a_restore_then_says_it_is_busy(vault_file: Path) -> None:
    with VaultLock.only(vault_file), pytest.raises(VaultBusy, match="try again in a moment"):
        open_vault(vault_file, TEST_PASSPHRASE, busy_timeout_ms=0)
    with open_vault(vault_file, TEST_PASSPHRASE, busy_timeout_ms=0) as vault:
        assert vault.count() == 1


def test_a_second_create_is_refused_while_the_first_holds_the_lock(app_home: Path) -> None:
    path = app_home / "vault.db"
    app_home.mkdir(parents=True, exist_ok=True)
    with VaultLock.only(path), pytest.raises(VaultInUse):
        create_vault(path, TEST_PASSPHRASE)
    assert not path.exists()
