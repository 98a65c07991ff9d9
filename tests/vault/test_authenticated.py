"""Plain fields, the kind and the set of entries are authenticated (format version 2).

Someone with the file but not the passphrase edits it with sqlite3: a changed rating,
stance, date, kind or timestamp, a removed or rolled-back field, or a deleted row must never
pass as genuine. A changed entry shows as damaged (see test_damaged.py); a deleted row is
reported. Vaults made by format 1 are sealed on their first unlock, in one transaction.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from alongside.errors import WrongPassphrase
from alongside.vault import Vault, open_vault
from alongside.vault.crypto import FORMAT_VERSION
from tests.conftest import TEST_PASSPHRASE

FIXTURES = Path(__file__).with_name("fixtures")
GOLDEN = Path(__file__).parents[1] / "data" / "golden"
GOLDEN_PASSPHRASE = "golden passphrase v1"


def sql(path: Path, statement: str, *params: Any) -> list[Any]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(statement, params).fetchall()
        conn.commit()
    finally:
        conn.close()
    return rows


def plain_of(path: Path, entry_id: str) -> dict[str, Any]:
    (raw,) = sql(path, "SELECT plain FROM entries WHERE id = ?", entry_id)[0]
    found: dict[str, Any] = json.loads(raw)
    return found


def set_plain(path: Path, entry_id: str, plain: dict[str, Any]) -> None:
    sql(path, "UPDATE entries SET plain = ? WHERE id = ?", json.dumps(plain), entry_id)


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def talk(vault: Vault) -> tuple[Vault, str]:
    entry = vault.add(
        "conversation",
        {"topic": "therapy, gently", "rating": 2, "stance": "not_considering"},
        created_at=datetime(2024, 5, 4, 9, tzinfo=UTC),
    )
    vault.add("win", {"what": "a calm breakfast"})
    return vault, entry.id


@pytest.mark.parametrize(
    ("key", "value"),
    [("rating", 5), ("stance", "considering"), ("occurred_on", "2020-01-01")],
)
def test_an_edited_plain_field_marks_the_entry_damaged(
    talk: tuple[Vault, str], key: str, value: object
) -> None:
    vault, entry_id = talk
    plain = plain_of(vault.path, entry_id)
    plain[key] = value
    set_plain(vault.path, entry_id, plain)
    entry = vault.get(entry_id)
    assert entry.damaged
    assert entry.fields.get(key) != value
    assert [e.kind for e in vault.list()] == ["win"]  # plans and plots never read it


def test_an_edited_kind_or_timestamp_marks_the_entry_damaged(talk: tuple[Vault, str]) -> None:
    vault, entry_id = talk
    sql(vault.path, "UPDATE entries SET kind = 'win' WHERE id = ?", entry_id)
    assert vault.get(entry_id).damaged
    sql(vault.path, "UPDATE entries SET kind = 'conversation' WHERE id = ?", entry_id)
    assert not vault.get(entry_id).damaged  # put back exactly, it reads again
    sql(
        vault.path,
        "UPDATE entries SET created_at = '2019-01-01 00:00:00.000000' WHERE id = ?",
        entry_id,
    )
    assert vault.get(entry_id).damaged


def test_an_edited_occurred_on_column_marks_the_entry_damaged(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "x", "occurred_on": date(2024, 1, 2)})
    sql(vault.path, "UPDATE entries SET occurred_on = '2023-01-02' WHERE id = ?", entry.id)
    assert vault.get(entry.id).damaged


def test_a_removed_or_rolled_back_field_marks_the_entry_damaged(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "first words", "trigger": "the phone"})
    (old,) = sql(
        vault.path,
        "SELECT ciphertext FROM entry_fields WHERE entry_id = ? AND name = 'situation'",
        entry.id,
    )[0]
    vault.update(entry.id, {"situation": "second words"})
    sql(
        vault.path,
        "UPDATE entry_fields SET ciphertext = ? WHERE entry_id = ? AND name = 'situation'",
        old,
        entry.id,
    )
    assert vault.get(entry.id).damaged  # an older, genuine ciphertext does not pass either
    other = vault.add("journal", {"situation": "kept", "trigger": "the phone"})
    sql(vault.path, "DELETE FROM entry_fields WHERE entry_id = ? AND name = 'trigger'", other.id)
    assert vault.get(other.id).damaged


def test_edits_through_alongside_keep_the_entry_whole(talk: tuple[Vault, str]) -> None:
    vault, entry_id = talk
    vault.update(entry_id, {"rating": 4})
    vault.update(entry_id, {"notes": "she listened"})
    vault.update(entry_id, {"notes": None, "stance": "considering"})
    entry = vault.get(entry_id)
    assert not entry.damaged
    assert (entry.fields["rating"], entry.fields["stance"]) == (4, "considering")
    assert vault.check_entries().missing == 0


def test_a_deleted_row_is_reported(talk: tuple[Vault, str]) -> None:
    vault, entry_id = talk
    assert vault.check_entries().ok
    vault.delete(vault.add("win", {"what": "deleted by me"}).id)
    assert vault.check_entries().ok  # deleting through Alongside is not tampering
    sql(vault.path, "DELETE FROM entry_fields WHERE entry_id = ?", entry_id)
    sql(vault.path, "DELETE FROM entries WHERE id = ?", entry_id)
    check = vault.check_entries()
    assert not check.ok
    assert check.missing == 1
    assert "1 entry" in check.message and "missing" in check.message
    vault.add("win", {"what": "later"})  # later saves keep the loss visible
    assert vault.check_entries().missing == 1


def test_a_row_copied_back_from_an_older_copy_is_reported(vault: Vault, tmp_path: Path) -> None:
    vault.add("win", {"what": "one"})
    gone = vault.add("win", {"what": "two"})
    older = tmp_path / "older.db"
    source, copy = sqlite3.connect(vault.path), sqlite3.connect(older)
    source.backup(copy)
    source.close()
    copy.close()
    vault.delete(gone.id)
    assert vault.check_entries().ok
    conn = sqlite3.connect(vault.path)
    conn.execute("ATTACH DATABASE ? AS old", (str(older),))
    conn.execute("INSERT INTO entries SELECT * FROM old.entries WHERE id = ?", (gone.id,))
    conn.execute(
        "INSERT INTO entry_fields SELECT * FROM old.entry_fields WHERE entry_id = ?", (gone.id,)
    )
    conn.commit()
    conn.close()
    assert not vault.get(gone.id).damaged  # the row itself is genuine, from an older copy
    check = vault.check_entries()
    assert not check.ok and check.missing == 0
    assert "don't match" in check.message


def test_a_header_rolled_back_to_format_1_does_not_unlock(vault: Vault) -> None:
    vault.add("win", {"what": "sealed"})
    sql(vault.path, "UPDATE vault_meta SET value = '1' WHERE key = 'format_version'")
    vault.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault.path, TEST_PASSPHRASE)


# Format 1 vaults are sealed on first unlock ------------------------------------------


def format_of(path: Path) -> str:
    return str(sql(path, "SELECT value FROM vault_meta WHERE key = 'format_version'")[0][0])


def test_a_format_1_vault_is_sealed_on_first_unlock(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copyfile(GOLDEN / "vault-v1.db", copy)
    assert format_of(copy) == "1"
    before = files(tmp_path)
    with pytest.raises(WrongPassphrase):
        open_vault(copy, "not the golden passphrase")
    assert files(tmp_path) == before  # a wrong passphrase changes no byte
    with open_vault(copy, GOLDEN_PASSPHRASE) as vault:
        assert format_of(copy) == str(FORMAT_VERSION) == "2"
        ids = [e.id for e in vault.list()]
        assert len(ids) == 5 and not any(e.damaged for e in vault.list(with_damaged=True))
        assert vault.check_entries().ok
    talk = "0" * 31 + "2"
    plain = plain_of(copy, talk)
    plain["rating"] = 5
    set_plain(copy, talk, plain)
    with open_vault(copy, GOLDEN_PASSPHRASE) as vault:
        assert vault.get(talk).damaged  # sealed: the edit no longer passes
        assert len(vault.list()) == 4


def test_sealing_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alongside.vault import crypto

    copy = tmp_path / "old.db"
    shutil.copyfile(GOLDEN / "vault-v1.db", copy)

    def broken(*_: object, **__: object) -> str:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(crypto, "wrap_key", broken)  # fails after every seal is computed
    with pytest.raises(OSError):
        open_vault(copy, GOLDEN_PASSPHRASE)
    assert format_of(copy) == "1"
    assert sql(copy, "SELECT count(*) FROM entries WHERE seal IS NOT NULL")[0][0] == 0
    monkeypatch.undo()
    with open_vault(copy, GOLDEN_PASSPHRASE) as vault:
        assert format_of(copy) == "2"
        assert len(vault.list()) == 5


def test_the_schema_fixture_of_format_1_opens_sealed(tmp_path: Path) -> None:
    copy = tmp_path / "schema.db"
    shutil.copyfile(FIXTURES / "schema-0001_initial.db", copy)
    with open_vault(copy, TEST_PASSPHRASE) as vault:
        assert vault.count() == 3
        assert all(not e.damaged for e in vault.list(with_damaged=True))
        assert vault.check_entries().ok


def test_the_cli_and_the_web_list_say_when_entries_are_missing(
    talk: tuple[Vault, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.vault.test_damaged import run

    vault, entry_id = talk
    sql(vault.path, "DELETE FROM entry_fields WHERE entry_id = ?", entry_id)
    sql(vault.path, "DELETE FROM entries WHERE id = ?", entry_id)
    vault.close()
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    code, out, err = run(capsys, "win", "list")
    assert code == 0, err
    assert "a calm breakfast" in out
    assert "1 entry your private record held is missing" in err


def test_verify_names_damaged_and_missing_entries_and_accept_stops_the_note(
    talk: tuple[Vault, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.vault.test_damaged import flip_bit, run

    vault, entry_id = talk
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    vault.close()
    code, _, err = run(capsys, "verify")
    assert code == 0, err
    assert "All 2 entries passed their checks" in err
    with open_vault(vault.path, TEST_PASSPHRASE) as again:
        win = again.add("win", {"what": "a walk"}).id
    flip_bit(vault.path, win, "what")
    sql(vault.path, "DELETE FROM entries WHERE id = ?", entry_id)
    code, _, err = run(capsys, "verify")
    assert code == 1
    assert "1 of 2 entries could not be read" in err
    assert f"alongside win delete {win}" in err
    assert "1 entry your private record held is missing" in err
    assert "alongside verify --accept" in err
    code, _, err = run(capsys, "verify", "--accept", "--yes")
    assert code == 1  # the damaged entry is still there to delete
    assert "now expects the 2 entries" in err
    assert "missing" not in err.split("Done:")[1]
    code, _, err = run(capsys, "win", "delete", win, "--yes")
    assert code == 0, err
    code, _, err = run(capsys, "verify")
    assert code == 0, err
    assert "Your one entry passed its checks" in err


def test_verify_of_an_empty_record_says_so_plainly(
    vault: Vault, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.vault.test_damaged import run

    vault.close()
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    code, _, err = run(capsys, "verify")
    assert code == 0, err
    assert "empty so far, and nothing is missing" in err
