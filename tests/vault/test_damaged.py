"""One damaged field must not brick the record: flip one bit of one ciphertext in a real
SQLite vault, then every other entry still shows, the damaged one is marked and can be
deleted, and export and backup carry on and say how many they skipped."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from alongside.cli.app import main
from alongside.errors import CorruptData
from alongside.paths import vault_path
from alongside.vault import Vault, open_vault
from alongside.vault.crypto import NONCE_BYTES
from alongside.vault.transfer import backup_vault, export_data
from tests.conftest import TEST_PASSPHRASE


def flip_bit(path: Path, entry_id: str, field: str) -> None:
    """Flip one bit inside the ciphertext (past the nonce) of one field, in the file itself."""
    conn = sqlite3.connect(path)
    (blob,) = conn.execute(
        "SELECT ciphertext FROM entry_fields WHERE entry_id = ? AND name = ?", (entry_id, field)
    ).fetchone()
    changed = bytearray(blob)
    changed[NONCE_BYTES + 1] ^= 0x04
    conn.execute(
        "UPDATE entry_fields SET ciphertext = ? WHERE entry_id = ? AND name = ?",
        (bytes(changed), entry_id, field),
    )
    conn.commit()
    conn.close()


def seeded(vault: Vault) -> tuple[str, str, str]:
    """Three journal entries and a conversation; returns (good, damaged, other kind) ids."""
    good = vault.add(
        "journal",
        {"situation": "we walked by the river", "occurred_on": date(2024, 5, 1)},
        created_at=datetime(2024, 5, 1, 9, tzinfo=UTC),
    ).id
    bad = vault.add(
        "journal",
        {"situation": "an evening I want to keep", "trigger": "the phone"},
        created_at=datetime(2024, 5, 2, 9, tzinfo=UTC),
    ).id
    vault.add(
        "journal",
        {"situation": "river again, calmer"},
        created_at=datetime(2024, 5, 3, 9, tzinfo=UTC),
    )
    talk = vault.add(
        "conversation",
        {"topic": "therapy, gently", "rating": 3, "stance": "considering"},
        created_at=datetime(2024, 5, 4, 9, tzinfo=UTC),
    ).id
    return good, bad, talk


@pytest.fixture
def damaged(vault: Vault) -> tuple[Vault, str, str]:
    """A vault with one journal entry whose 'situation' had one bit flipped on disk."""
    good, bad, _ = seeded(vault)
    flip_bit(vault.path, bad, "situation")
    return vault, good, bad


def test_list_shows_every_other_entry_and_marks_the_damaged_one(
    damaged: tuple[Vault, str, str],
) -> None:
    vault, good, bad = damaged
    readable = vault.list("journal")
    assert bad not in [e.id for e in readable]
    assert good in [e.id for e in readable]
    assert len(readable) == 2
    everything = vault.list("journal", with_damaged=True)
    assert [e.id for e in everything if e.damaged] == [bad]
    assert len(everything) == 3
    assert all(not e.damaged for e in readable)
    assert vault.list() and bad not in [e.id for e in vault.list()]


def test_get_returns_the_damaged_entry_marked_with_no_fields(
    damaged: tuple[Vault, str, str],
) -> None:
    vault, _, bad = damaged
    entry = vault.get(bad)
    assert entry.damaged
    assert dict(entry.fields) == {}
    assert "could not be read" in entry.title


def test_search_skips_the_damaged_entry_and_finds_the_rest(
    damaged: tuple[Vault, str, str],
) -> None:
    vault, good, bad = damaged
    found = vault.search("river")
    assert good in [e.id for e in found] and bad not in [e.id for e in found]
    assert len(found) == 2
    assert vault.search("evening") == []


def test_the_damaged_entry_can_be_deleted_but_not_edited(
    damaged: tuple[Vault, str, str],
) -> None:
    vault, _, bad = damaged
    with pytest.raises(CorruptData, match="you can delete it"):
        vault.update(bad, {"situation": "new words"})
    vault.delete(bad)
    assert vault.count("journal") == 2
    assert all(not e.damaged for e in vault.list("journal", with_damaged=True))


def test_export_and_backup_carry_on_and_count_what_was_skipped(
    damaged: tuple[Vault, str, str], tmp_path: Path
) -> None:
    vault, good, bad = damaged
    data = export_data(vault)
    ids = [e["id"] for e in data["entries"]]
    assert bad not in ids and good in ids and len(ids) == 3
    assert data["skipped_damaged"] == [bad]
    copy = tmp_path / "backup.db"
    backup_vault(vault, copy)
    with open_vault(copy, TEST_PASSPHRASE) as restored:
        assert restored.count() == 4  # a backup is a faithful copy, damage included
        assert restored.get(bad).damaged


# The command line, in-process ---------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    try:
        main(list(args))
        code = 0
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_damaged(
    damaged: tuple[Vault, str, str], monkeypatch: pytest.MonkeyPatch
) -> tuple[str, str]:
    vault, good, bad = damaged
    vault.close()
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    monkeypatch.setenv("COLUMNS", "160")
    return good, bad


def test_cli_journal_list_shows_the_others_and_marks_the_damaged_one(
    cli_damaged: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    good, bad = cli_damaged
    code, out, err = run(capsys, "journal", "list")
    assert code == 0, err
    assert good[:8] in out and bad[:8] in out  # ids are shown with 8 or more
    assert "could not be read" in out
    assert "river again, calmer" in out
    code, out, err = run(capsys, "journal", "list", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert [e["id"] for e in shown if e.get("damaged")] == [bad]
    assert len(shown) == 3


def test_cli_search_plan_and_progress_carry_on(
    cli_damaged: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good, _ = cli_damaged
    code, out, err = run(capsys, "search", "river")
    assert code == 0, err
    assert good[:8] in out
    for command in (["plan"], ["progress", "--out", str(tmp_path / "plots")], ["review"]):
        code, out, err = run(capsys, *command)
        assert code == 0, (command, err)
        assert "Traceback" not in err


def test_cli_export_and_backup_say_how_many_were_skipped(
    cli_damaged: tuple[str, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    _, bad = cli_damaged
    out_file = tmp_path / "export.json"
    code, _, err = run(capsys, "export", "--out", str(out_file))
    assert code == 0, err
    assert "Exported 3 entries" in err
    assert "1 entry could not be read" in err
    assert bad not in out_file.read_text("utf-8").split('"skipped_damaged"')[0]
    code, _, err = run(capsys, "backup", "--out", str(tmp_path / "b.db"))
    assert code == 0, err
    assert "1 entry could not be read" in err


def test_cli_can_delete_the_damaged_entry_and_refuses_to_edit_it_kindly(
    cli_damaged: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    _, bad = cli_damaged
    # the whole id: entries written in the same millisecond share their first 12 characters
    # (store.new_entry_id: the time, then random), so a 12-character prefix can name two of them
    code, out, err = run(capsys, "journal", "show", bad)
    assert code == 0, err
    assert "could not be read" in out + err
    code, _, err = run(capsys, "journal", "edit", bad, "--situation", "x")
    assert code == 1
    assert "could not be read" in err and "delete" in err
    code, _, err = run(capsys, "journal", "delete", bad, "--yes")
    assert code == 0, err
    assert "Deleted" in err
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        assert vault.count("journal") == 2


def test_import_puts_a_damaged_entry_back_whole_from_an_export(vault: Vault) -> None:
    from alongside.vault import import_data

    _, bad, _ = seeded(vault)
    saved = json.dumps(export_data(vault)).encode()
    flip_bit(vault.path, bad, "situation")
    assert vault.get(bad).damaged
    result = import_data(vault, saved)
    assert (result.added, result.repaired, result.skipped) == (0, 1, 3)
    entry = vault.get(bad)
    assert not entry.damaged
    assert entry.fields["situation"] == "an evening I want to keep"
    assert vault.check_entries().ok
    assert vault.count() == 4
