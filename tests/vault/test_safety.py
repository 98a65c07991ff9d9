"""Wrong passphrase, newer versions, a busy vault and damaged ciphertext: clear errors, no loss."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from alongside.errors import CorruptData, VaultBusy, VaultTooNew, WrongPassphrase
from alongside.vault import Vault, create_vault, open_vault
from tests.conftest import TEST_PASSPHRASE


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def sql(path: Path, statement: str, *params: object) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(statement, params)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def closed_vault(app_home: Path) -> Path:
    path = app_home / "vault.db"
    with create_vault(path, TEST_PASSPHRASE) as vault:
        vault.add("journal", {"situation": "the first entry", "tags": "one"})
        vault.add("win", {"what": "the second entry"})
    return path


def test_wrong_passphrase_changes_nothing(closed_vault: Path) -> None:
    before = snapshot(closed_vault.parent)
    assert sorted(before) == ["vault.db"]
    with pytest.raises(WrongPassphrase, match="does not open this record"):
        open_vault(closed_vault, "not the passphrase")
    assert snapshot(closed_vault.parent) == before
    with open_vault(closed_vault, TEST_PASSPHRASE) as vault:
        assert vault.count() == 2


@pytest.mark.parametrize(
    ("statement", "params"),
    [
        ("UPDATE vault_meta SET value = ? WHERE key = 'format_version'", ("3",)),
        ("UPDATE alembic_version SET version_num = ?", ("9999_from_the_future",)),
    ],
)
def test_vault_from_a_newer_version_is_refused_untouched(
    closed_vault: Path, statement: str, params: tuple[str]
) -> None:
    sql(closed_vault, statement, *params)
    before = snapshot(closed_vault.parent)
    with pytest.raises(VaultTooNew, match="newer version"):
        open_vault(closed_vault, TEST_PASSPHRASE)
    assert snapshot(closed_vault.parent) == before


def test_a_file_that_is_not_a_vault_is_named_not_overwritten(app_home: Path) -> None:
    app_home.mkdir()
    path = app_home / "vault.db"
    path.write_bytes(b"my shopping list\n" * 100)
    with pytest.raises(CorruptData, match="not an Alongside private record"):
        open_vault(path, TEST_PASSPHRASE)
    assert path.read_bytes() == b"my shopping list\n" * 100


def test_tampered_kdf_parameters_do_not_unlock(closed_vault: Path) -> None:
    conn = sqlite3.connect(closed_vault)
    (kdf,) = conn.execute("SELECT value FROM vault_meta WHERE key = 'kdf'").fetchone()
    conn.close()
    sql(
        closed_vault,
        "UPDATE vault_meta SET value = ? WHERE key = 'kdf'",
        kdf.replace('"time_cost":1', '"time_cost":2'),
    )
    with pytest.raises(WrongPassphrase):
        open_vault(closed_vault, TEST_PASSPHRASE)


def test_second_writer_waits_then_gets_vault_busy(closed_vault: Path) -> None:
    holder = sqlite3.connect(closed_vault, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with open_vault(closed_vault, TEST_PASSPHRASE, busy_timeout_ms=200) as vault:
            assert vault.count() == 2  # readers are not blocked (WAL)
            with pytest.raises(VaultBusy, match="another Alongside window"):
                vault.add("win", {"what": "while busy"})
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with open_vault(closed_vault, TEST_PASSPHRASE) as vault:
        assert vault.count() == 2
        vault.add("win", {"what": "after the lock is gone"})
        assert vault.count() == 3


def _cipher(path: Path, entry_id: str, name: str) -> bytes:
    conn = sqlite3.connect(path)
    try:
        row = conn.execute(
            "SELECT ciphertext FROM entry_fields WHERE entry_id = ? AND name = ?", (entry_id, name)
        ).fetchone()
    finally:
        conn.close()
    return bytes(row[0])


def _two_entries(vault: Vault) -> tuple[str, str]:
    a = vault.add("journal", {"situation": "entry a"}).id
    b = vault.add("journal", {"situation": "entry b"}).id
    return a, b


@pytest.mark.parametrize("damage", ["flip", "truncate", "swap"])
def test_damaged_ciphertext_is_detected_and_named(vault: Vault, damage: str) -> None:
    a, b = _two_entries(vault)
    blob = _cipher(vault.path, b, "situation")
    if damage == "flip":
        bad = blob[:-1] + bytes([blob[-1] ^ 1])
    elif damage == "truncate":
        bad = blob[:20]
    else:
        bad = _cipher(vault.path, a, "situation")  # a valid ciphertext, from another row
    sql(vault.path, "UPDATE entry_fields SET ciphertext = ? WHERE entry_id = ?", bad, b)
    assert vault.get(b).damaged  # marked, never shown as if whole
    assert dict(vault.get(b).fields) == {}
    assert [e.id for e in vault.search("entry")] == [a]  # the damaged one matches nothing
    assert vault.get(a).fields["situation"] == "entry a"  # nothing else lost
    vault.delete(b)
    assert [e.id for e in vault.list()] == [a]


def test_ciphertext_cannot_move_to_another_field(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "one", "trigger": "two"})
    moved = _cipher(vault.path, entry.id, "situation")
    sql(vault.path, "UPDATE entry_fields SET ciphertext = ? WHERE name = 'trigger'", moved)
    assert vault.get(entry.id).damaged


def test_an_entry_of_a_kind_from_a_newer_version_is_a_clear_sentence(vault: Vault) -> None:
    entry = vault.add("win", {"what": "x"})
    sql(vault.path, "UPDATE entries SET kind = 'dream' WHERE id = ?", entry.id)
    assert vault.get(entry.id).damaged  # edited in the file: its seal no longer matches
    # A newer version seals its new kinds: then this version says it is too old.
    from sqlalchemy import select, update

    from alongside.vault.models import ENTRIES, FIELDS
    from alongside.vault.store import _entry_select

    with vault.engine.begin() as conn:
        row = conn.execute(_entry_select()).one()
        blobs = {n: b for _, n, b in conn.execute(select(FIELDS))}
        seal = vault._seal_as_stored(row, blobs)
        conn.execute(update(ENTRIES).values(seal=seal))
    with pytest.raises(VaultTooNew, match="'dream'"):
        vault.list()
    assert vault.count() == 1
