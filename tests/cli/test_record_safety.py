"""Every text a person writes into the record passes the safety screen (PRODUCT.md cap. 2)."""

from __future__ import annotations

import json

from tests.conftest import TEST_PASSPHRASE, RunCli


def _init(cli: RunCli) -> None:
    result = cli("init", passphrase=TEST_PASSPHRASE)
    assert result.returncode == 0, result.stderr


def test_journal_entry_about_danger_is_saved_and_shows_safety_help(cli: RunCli) -> None:
    _init(cli)
    added = cli(
        "journal",
        "add",
        "We argued and he shoved me against the wall",
        "--json",
        passphrase=TEST_PASSPHRASE,
        env={"ALONGSIDE_COUNTRY": "UK"},
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["fields"]["situation"].startswith("We argued")
    assert "safety" in added.stderr.lower()
    assert "999" in added.stderr  # the UK emergency number, from the offline list
    listed = cli("journal", "list", "--json", passphrase=TEST_PASSPHRASE)
    assert "shoved me" in listed.stdout  # nothing lost: the entry was kept


def test_everyday_entry_shows_no_safety_panel(cli: RunCli) -> None:
    _init(cli)
    added = cli(
        "journal",
        "add",
        "This traffic is killing me, I was late for dinner",
        passphrase=TEST_PASSPHRASE,
    )
    assert added.returncode == 0, added.stderr
    assert "999" not in added.stderr and "911" not in added.stderr


def test_editing_an_entry_to_mention_danger_is_screened_too(cli: RunCli) -> None:
    _init(cli)
    added = cli("win", "add", "A calm breakfast together", "--json", passphrase=TEST_PASSPHRASE)
    entry_id = json.loads(added.stdout)["id"]
    edited = cli(
        "win",
        "edit",
        entry_id,
        "--notes",
        "but later I was scared he would hit me",
        passphrase=TEST_PASSPHRASE,
        env={"ALONGSIDE_COUNTRY": "US"},
    )
    assert edited.returncode == 0, edited.stderr
    assert "911" in edited.stderr
