"""The private record through the `alongside` command, in-process (see the `cli` fixture)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from alongside.vault import create_vault, open_vault
from alongside.vault.kinds import KINDS, RECORD_KINDS
from tests.conftest import TEST_PASSPHRASE, RunCli

PW = TEST_PASSPHRASE


@pytest.fixture
def home(app_home: Path) -> Path:
    """A vault made in-process (fast); the commands under test run in-process."""
    create_vault(app_home / "vault.db", PW).close()
    return app_home


def seed(home: Path, kind: str, values: dict[str, object]) -> str:
    with open_vault(home / "vault.db", PW) as vault:
        return vault.add(kind, values).id


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def as_json(cli: RunCli, *args: str) -> Any:
    result = cli(*args, "--json", passphrase=PW)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_init_creates_a_vault_once(cli: RunCli, app_home: Path) -> None:
    made = cli("init", passphrase=PW)
    assert made.returncode == 0, made.stderr
    assert "ready" in made.stderr
    assert (app_home / "vault.db").is_file()
    again = cli("init", passphrase=PW)
    assert again.returncode == 1
    assert "already have a private record" in again.stderr


def test_init_reads_a_passphrase_file_and_refuses_short_ones(
    cli: RunCli, app_home: Path, tmp_path: Path
) -> None:
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    result = cli("init", "--passphrase-file", str(short))
    assert result.returncode == 2
    assert "at least 8 characters" in result.stderr
    assert not (app_home / "vault.db").exists()
    good = tmp_path / "pw.txt"
    good.write_text(PW + "\n")
    assert cli("init", "--passphrase-file", str(good)).returncode == 0
    listed = cli("win", "list", "--passphrase-file", str(good))
    assert listed.returncode == 0, listed.stderr


def test_init_without_any_passphrase_off_a_terminal_explains(cli: RunCli, app_home: Path) -> None:
    result = cli("init", input="")
    assert result.returncode == 2
    assert "ALONGSIDE_PASSPHRASE" in result.stderr
    assert not app_home.exists() or not (app_home / "vault.db").exists()


def test_journal_add_list_show_edit_search_delete(cli: RunCli, home: Path) -> None:
    added = cli(
        "journal",
        "add",
        "I felt unheard at dinner",
        "--trigger",
        "phone at the table",
        "--tags",
        "dinner, phone",
        "--occurred-on",
        "2024-05-31",
        "--json",
        passphrase=PW,
    )
    assert added.returncode == 0, added.stderr
    entry = json.loads(added.stdout)
    assert entry["fields"] == {
        "occurred_on": "2024-05-31",
        "situation": "I felt unheard at dinner",
        "trigger": "phone at the table",
        "tags": ["dinner", "phone"],
    }
    short = entry["id"][:8]  # the shortest an id is shown
    table = cli("journal", "list", passphrase=PW)
    assert "I felt unheard at dinner" in table.stdout
    assert short in table.stdout
    assert as_json(cli, "journal", "show", short)["id"] == entry["id"]
    edited = as_json(cli, "journal", "edit", short, "--trigger", "", "--feelings", "lonely")
    assert edited["fields"]["feelings"] == "lonely"
    assert "trigger" not in edited["fields"]
    assert [e["id"] for e in as_json(cli, "journal", "search", "UNHEARD")] == [entry["id"]]
    assert [e["id"] for e in as_json(cli, "search", "lonely")] == [entry["id"]]
    assert as_json(cli, "win", "search", "lonely") == []
    refused = cli("journal", "delete", short, passphrase=PW)
    assert refused.returncode == 2
    assert "--yes" in refused.stderr
    assert len(as_json(cli, "journal", "list")) == 1
    deleted = cli("journal", "delete", short, "--yes", passphrase=PW)
    assert deleted.returncode == 0, deleted.stderr
    assert as_json(cli, "journal", "list") == []
    gone = cli("journal", "show", short, passphrase=PW)
    assert gone.returncode == 1
    assert "no entry" in gone.stderr


def test_every_kind_adds_from_its_main_field(cli: RunCli, home: Path) -> None:
    ids = {}
    for kind in RECORD_KINDS:
        added = as_json(cli, kind, "add", f"first {kind}")
        assert added["fields"][KINDS[kind].main_field.name] == f"first {kind}"
        ids[kind] = added["id"]
    exported = json.loads(cli("export", passphrase=PW).stdout)["entries"]
    assert {e["kind"]: e["id"] for e in exported} == ids
    listed = cli("therapist", "list", passphrase=PW)
    assert "first therapist" in listed.stdout


def test_missing_required_field_off_a_terminal_is_a_clear_sentence(cli: RunCli, home: Path) -> None:
    result = cli("setback", "add", "--learned", "pause", passphrase=PW, input="")
    assert result.returncode == 2
    assert "Please give 'What was hard'" in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("conversation", "add", "t", "--rating", "9"), "from 1 to 5"),
        (("conversation", "add", "t", "--stance", "furious"), "one of"),
        (("journal", "add", "x", "--occurred-on", "yesterdayish"), "a real date like"),
        (("journal", "show", "zzzz"), "no entry"),
        (("journal", "edit", "0123"), "There is no entry '0123'"),
    ],
)
def test_bad_values_are_clear_sentences(
    cli: RunCli, home: Path, args: tuple[str, ...], words: str
) -> None:
    result = cli(*args, passphrase=PW)
    assert result.returncode != 0
    assert words in result.stderr
    assert "Traceback" not in result.stderr


def test_no_vault_yet_says_how_to_make_one(cli: RunCli) -> None:
    result = cli("journal", "list", passphrase=PW)
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "You don't have a private record yet. Create one with: alongside init"
    )


def test_wrong_passphrase_is_clear_and_changes_nothing(cli: RunCli, home: Path) -> None:
    seed(home, "win", {"what": "calm morning"})
    before = files(home)
    result = cli("win", "add", "another", passphrase="not my passphrase")
    assert result.returncode == 1
    assert "does not open this record" in result.stderr
    assert files(home) == before


def test_vault_from_a_newer_version_is_refused(cli: RunCli, home: Path) -> None:
    conn = sqlite3.connect(home / "vault.db")
    conn.execute("UPDATE vault_meta SET value = '99' WHERE key = 'format_version'")
    conn.commit()
    conn.close()
    before = files(home)
    result = cli("journal", "list", passphrase=PW)
    assert result.returncode == 1
    assert "newer version of Alongside" in result.stderr
    assert files(home) == before


def test_export_then_import_round_trips_exactly(cli: RunCli, home: Path, tmp_path: Path) -> None:
    seed(home, "journal", {"situation": "dinner 🍝 was quiet\nand long", "tags": "a,b"})
    seed(home, "conversation", {"topic": "therapy", "rating": 2, "stance": "preparing"})
    seed(home, "agreement", {"agreement": "talk when calm", "revisit_on": "2025-01-31"})
    exported = cli("export", passphrase=PW)
    assert exported.returncode == 0, exported.stderr
    assert "NOT encrypted" in exported.stderr
    first = json.loads(exported.stdout)
    assert first["format"] == "alongside-export"
    assert len(first["entries"]) == 3
    dump = tmp_path / "export.json"
    written = cli("export", "--out", str(dump), passphrase=PW)
    assert written.returncode == 0, written.stderr
    assert (dump.stat().st_mode & 0o777) == 0o600
    other = {"ALONGSIDE_HOME": str(tmp_path / "other")}
    create_vault(tmp_path / "other" / "vault.db", PW).close()
    imported = cli("import", str(dump), passphrase=PW, env=other)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 3 entries" in imported.stderr
    again = json.loads(cli("export", passphrase=PW, env=other).stdout)
    assert again["entries"] == first["entries"]
    twice = cli("import", str(dump), passphrase=PW, env=other)
    assert "Imported 0 entries (3 were already there)" in twice.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b'{"format": "alongside-export", "version": 1, "entries": [\xff]}', "isn't UTF-8"),
        (b"this is not json", "isn't valid JSON"),
        (b'{"format": "alongside-export", "version": 7, "entries": []}', "newer version"),
        (b'{"format": "something-else", "version": 1, "entries": []}', "isn't an Alongside"),
        (
            b'{"format": "alongside-export", "version": 1, "entries": [{"kind": "win"}]}',
            "missing 'id'",
        ),
        (b"", "isn't valid JSON"),
    ],
)
def test_malformed_import_files_are_refused_and_change_nothing(
    cli: RunCli, home: Path, tmp_path: Path, content: bytes, words: str
) -> None:
    seed(home, "win", {"what": "already here"})
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    before = files(home)
    result = cli("import", str(bad), passphrase=PW)
    assert result.returncode == 2
    assert words in result.stderr
    assert "Nothing was imported" in result.stderr
    assert files(home) == before


def test_import_with_one_bad_entry_imports_nothing(cli: RunCli, home: Path, tmp_path: Path) -> None:
    good = {
        "id": "a" * 32,
        "kind": "win",
        "created_at": "2024-01-01T00:00:00+00:00",
        "updated_at": "2024-01-01T00:00:00+00:00",
        "fields": {"what": "fine"},
    }
    bad = {**good, "id": "b" * 32, "fields": {"what": "x", "rating": 3}}
    doc = {"format": "alongside-export", "version": 1, "entries": [good, bad]}
    path = tmp_path / "half.json"
    path.write_text(json.dumps(doc))
    result = cli("import", str(path), passphrase=PW)
    assert result.returncode == 2
    assert "Entry 2" in result.stderr
    with open_vault(home / "vault.db", PW) as vault:
        assert vault.count() == 0


def test_backup_and_restore(cli: RunCli, home: Path, tmp_path: Path) -> None:
    seed(home, "goal", {"goal": "feel safe together"})
    copy = tmp_path / "copy.db"
    made = cli("backup", "--out", str(copy), passphrase=PW)
    assert made.returncode == 0, made.stderr
    assert b"feel safe" not in copy.read_bytes()
    seed(home, "goal", {"goal": "added after the backup"})
    before = files(home)
    wrong = cli("restore", str(copy), "--yes", passphrase="some other words")
    assert wrong.returncode == 1
    assert "does not open this record" in wrong.stderr
    assert files(home) == before
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a backup at all" * 50)
    refused = cli("restore", str(junk), "--yes", passphrase=PW)
    assert refused.returncode != 0
    assert "not an Alongside backup" in refused.stderr
    assert files(home) == before
    restored = cli("restore", str(copy), "--yes", passphrase=PW)
    assert restored.returncode == 0, restored.stderr
    with open_vault(home / "vault.db", PW) as vault:
        assert [e.title for e in vault.list()] == ["feel safe together"]
    kept = list((home / "backups").glob("alongside-before-restore-*.db"))
    assert len(kept) == 1


def test_passphrase_change_rewraps_the_key(cli: RunCli, home: Path) -> None:
    seed(home, "win", {"what": "we laughed"})
    new = "a brand new passphrase"
    changed = cli("passphrase", "change", passphrase=PW, env={"ALONGSIDE_NEW_PASSPHRASE": new})
    assert changed.returncode == 0, changed.stderr
    assert cli("win", "list", passphrase=PW).returncode == 1
    listed = cli("win", "list", "--json", passphrase=new)
    assert [e["fields"]["what"] for e in json.loads(listed.stdout)] == ["we laughed"]


def test_wipe_asks_then_removes_everything(cli: RunCli, home: Path) -> None:
    seed(home, "win", {"what": "x"})
    assert cli("backup", passphrase=PW).returncode == 0
    refused = cli("wipe", input="")
    assert refused.returncode == 2
    assert (home / "vault.db").exists()
    wiped = cli("wipe", "--yes")
    assert wiped.returncode == 0, wiped.stderr
    assert not (home / "vault.db").exists()
    assert not (home / "backups").exists()
    assert "don't have a private record" in cli("win", "list", passphrase=PW).stderr


def test_every_record_command_has_an_example(cli: RunCli) -> None:
    import typer

    from alongside.cli import record_admin, record_kinds

    app = typer.Typer()
    record_admin.register(app)
    record_kinds.register(app)
    group: Any = typer.main.get_command(app)
    seen = []
    for name, command in group.commands.items():
        subs = command.commands.items() if hasattr(command, "commands") else [("", command)]
        for sub_name, sub in subs:
            seen.append(f"{name} {sub_name}".strip())
            assert "Example: alongside" in (sub.help or ""), f"{name} {sub_name}"
    assert {
        "init",
        "search",
        "export",
        "import",
        "backup",
        "restore",
        "passphrase change",
        "wipe",
        "verify",
        "journal add",
        "resource search",
    } <= set(seen)
    assert len(seen) == 9 + 6 * len(RECORD_KINDS)
    shown = cli("journal", "add", "--help")  # and the real command shows it
    assert "Example: alongside journal add" in shown.stdout


def test_writing_somewhere_impossible_is_a_sentence(
    cli: RunCli, home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "a-folder"
    folder.mkdir()
    into_folder = cli("export", "--out", str(folder), passphrase=PW)
    assert into_folder.returncode == 2
    assert "is a folder" in into_folder.stderr
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be")
    result = cli("backup", "--out", str(blocked / "b.db"), passphrase=PW)
    assert result.returncode == 2
    assert "Can't write to" in result.stderr
    assert "Traceback" not in result.stderr
    made = cli("backup", "--out", str(folder), passphrase=PW)
    assert made.returncode == 0, made.stderr
    assert len(list(folder.glob("alongside-backup-*.db"))) == 1
