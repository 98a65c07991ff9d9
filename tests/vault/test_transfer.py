"""Backup, restore, passphrase change and wipe at the library level."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from alongside.errors import CorruptData, VaultTooNew, WrongPassphrase
from alongside.vault import Vault, open_vault, restore_vault, wipe_vault
from alongside.vault.transfer import backup_vault, default_backup_path
from tests.conftest import TEST_PASSPHRASE


def ciphertexts(path: Path) -> list[tuple[str, str, bytes]]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT entry_id, name, ciphertext FROM entry_fields ORDER BY 1, 2")
        return [(str(a), str(b), bytes(c)) for a, b, c in rows]
    finally:
        conn.close()


def test_backup_of_an_open_vault_holds_the_latest_entries(vault: Vault) -> None:
    first = vault.add("win", {"what": "before"})
    dest = backup_vault(vault, default_backup_path(vault.path))
    assert dest.parent.name == "backups"
    assert sorted(p.name for p in dest.parent.iterdir()) == [dest.name]  # no temp left
    assert (dest.stat().st_mode & 0o777) == 0o600
    with open_vault(dest, TEST_PASSPHRASE) as copy:
        assert [e.id for e in copy.list()] == [first.id]


def test_restore_checks_before_replacing_and_keeps_the_old_one(
    vault: Vault, tmp_path: Path
) -> None:
    kept_entry = vault.add("goal", {"goal": "in the backup"})
    backup = backup_vault(vault, tmp_path / "b.db")
    later = vault.add("goal", {"goal": "after the backup"})
    vault.close()
    before = vault.path.read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_vault(backup, vault.path, "wrong passphrase")
    assert vault.path.read_bytes() == before
    kept = restore_vault(backup, vault.path, TEST_PASSPHRASE)
    with open_vault(vault.path, TEST_PASSPHRASE) as restored:
        assert [e.id for e in restored.list()] == [kept_entry.id]
    assert kept is not None
    with open_vault(kept, TEST_PASSPHRASE) as previous:
        assert {e.id for e in previous.list()} == {kept_entry.id, later.id}


def test_restore_refuses_a_damaged_or_newer_backup(vault: Vault, tmp_path: Path) -> None:
    backup = backup_vault(vault, tmp_path / "b.db")
    vault.close()
    before = vault.path.read_bytes()
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE vault_meta SET value = '5' WHERE key = 'format_version'")
    conn.commit()
    conn.close()
    with pytest.raises(VaultTooNew):
        restore_vault(backup, vault.path, TEST_PASSPHRASE)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\0" * 4096)
    with pytest.raises(CorruptData, match="backup"):
        restore_vault(junk, vault.path, TEST_PASSPHRASE)
    assert vault.path.read_bytes() == before


def test_passphrase_change_rewraps_only_the_key(vault: Vault) -> None:
    vault.add("journal", {"situation": "stays encrypted as it was", "tags": "a"})
    salt_before = vault.kdf.salt
    fields_before = ciphertexts(vault.path)
    vault.change_passphrase("a different passphrase")
    assert vault.kdf.salt != salt_before
    assert ciphertexts(vault.path) == fields_before
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, TEST_PASSPHRASE)
    with open_vault(vault.path, "a different passphrase") as reopened:
        assert reopened.list()[0].title == "stays encrypted as it was"


def test_wipe_removes_vault_sidecars_and_backups(vault: Vault) -> None:
    vault.add("win", {"what": "x"})
    backup_vault(vault, default_backup_path(vault.path))
    vault.close()
    home = vault.path.parent
    removed = wipe_vault(vault.path)
    assert vault.path in removed
    assert sorted(home.iterdir()) == []


def test_wipe_can_keep_backups(vault: Vault) -> None:
    backup = backup_vault(vault, default_backup_path(vault.path))
    vault.close()
    wipe_vault(vault.path, include_backups=False)
    assert not vault.path.exists()
    assert backup.exists()


def test_unlocking_raises_kdf_parameters_that_are_below_the_profile(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.vault import crypto

    entry = vault.add("win", {"what": "still here"})
    vault.close()
    stronger = {"time_cost": 2, "memory_cost_kib": 2048, "parallelism": 1}
    monkeypatch.setitem(crypto.PROFILES, "test", stronger)
    with open_vault(vault.path, TEST_PASSPHRASE) as reopened:
        assert (reopened.kdf.time_cost, reopened.kdf.memory_cost_kib) == (2, 2048)
        assert reopened.get(entry.id).title == "still here"
    before = vault.path.read_bytes()
    with open_vault(vault.path, TEST_PASSPHRASE) as again:  # already at the profile: no rewrap
        assert again.kdf.time_cost == 2
    assert vault.path.read_bytes() == before


def test_update_rewrites_only_the_encrypted_fields_it_names(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "s", "trigger": "t", "feelings": "f"})
    before = {name: blob for _, name, blob in ciphertexts(vault.path)}
    vault.update(entry.id, {"feelings": "calmer", "occurred_on": "2024-02-02"})
    after = {name: blob for _, name, blob in ciphertexts(vault.path)}
    assert after["situation"] == before["situation"]
    assert after["trigger"] == before["trigger"]
    assert after["feelings"] != before["feelings"]
    vault.update(entry.id, {"trigger": None})
    assert "trigger" not in {name for _, name, _ in ciphertexts(vault.path)}
    assert vault.get(entry.id).fields == {
        "occurred_on": date(2024, 2, 2),
        "situation": "s",
        "feelings": "calmer",
    }
