"""Papercuts a newcomer met in the CLI (issue 14, last bullet), each in-process."""

from __future__ import annotations

import json
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from alongside.vault.kinds import KINDS, with_article
from tests.cli.inprocess import run
from tests.conftest import TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}


@pytest.fixture
def record(app_home: Path) -> Path:
    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(vault_path(), TEST_PASSPHRASE).close()
    return vault_path()


def test_the_article_follows_the_sound_of_the_kind() -> None:
    assert with_article("agreement") == "an agreement"
    assert with_article("invitation") == "an invitation"
    assert with_article("shared goal") == "a shared goal"
    assert KINDS["agreement"].a_singular == "an agreement"


def test_agreement_help_says_an_agreement(record: Path) -> None:
    shown = run("agreement", "--help")
    assert shown.code == 0, shown.err
    assert "an agreement" in shown.out
    assert "a agreement" not in shown.out


def test_a_missing_main_field_names_the_kind_with_the_right_article(record: Path) -> None:
    with open_vault(record, TEST_PASSPHRASE) as vault:
        agreement = vault.add("agreement", {"agreement": "Talk when calm"}).id
    said = run("agreement", "edit", agreement, "--agreement", "", env=PW)
    assert said.code != 0
    assert "an agreement needs it" in said.err


def test_journal_list_is_newest_first_by_the_day_it_happened(record: Path) -> None:
    with open_vault(record, TEST_PASSPHRASE) as vault:
        vault.add("journal", {"situation": "Middle day", "occurred_on": "2025-03-10"})
        vault.add("journal", {"situation": "Latest day", "occurred_on": "2025-03-20"})
        vault.add("journal", {"situation": "Earliest day", "occurred_on": "2025-03-01"})
    listed = run("journal", "list", "--json", env=PW)
    assert listed.code == 0, listed.err
    days = [e["fields"]["occurred_on"] for e in json.loads(listed.out)]
    assert days == ["2025-03-20", "2025-03-10", "2025-03-01"]


def test_invite_list_is_newest_first(record: Path) -> None:
    for day in ("2025-03-10", "2025-03-20", "2025-03-01"):
        added = run("invite", "add", f"Raised it on {day}", "--occurred-on", day, env=PW)
        assert added.code == 0, added.err
    listed = run("invite", "list", "--json", env=PW)
    assert [e["on"] for e in json.loads(listed.out)] == ["2025-03-20", "2025-03-10", "2025-03-01"]


def test_invite_still_takes_on_as_a_hidden_alias(record: Path) -> None:
    added = run("invite", "add", "Over coffee", "--on", "2025-03-10", env=PW)
    assert added.code == 0, added.err
    shown = run("invite", "add", "--help")
    assert "--occurred-on" in shown.out
    assert "--on " not in shown.out


def test_an_entry_saved_without_a_day_keeps_today(record: Path) -> None:
    added = run("win", "add", "A calm breakfast", "--json", env=PW)
    assert added.code == 0, added.err
    entry = json.loads(added.out)
    assert entry["fields"]["occurred_on"] == date.today().isoformat()
    shown = run("win", "show", entry["id"], env=PW)
    assert "not given" not in shown.out
    checkin = run("checkin", "record", "Appreciations", env=PW)
    assert checkin.code == 0, checkin.err
    with open_vault(record, TEST_PASSPHRASE) as vault:
        (held,) = vault.list("checkin")
    assert held.fields["occurred_on"] == date.today()


def test_clearing_the_day_keeps_the_entrys_own_day(record: Path) -> None:
    with open_vault(record, TEST_PASSPHRASE) as vault:
        win = vault.add("win", {"what": "Laughed", "occurred_on": "2025-03-10"}).id
    edited = run("win", "edit", win, "--occurred-on", "", env=PW)
    assert edited.code == 0, edited.err
    with open_vault(record, TEST_PASSPHRASE) as vault:
        assert vault.get(win).fields["occurred_on"] == date(2025, 3, 10)


def _box_lines(out: str, width: int) -> list[str]:
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines), out
    return [line[2:-2].rstrip() for line in lines if line.startswith("│")]


@pytest.mark.parametrize("with_record", [False, True])
def test_the_greeting_wraps_cleanly_at_80_columns(app_home: Path, with_record: bool) -> None:
    if with_record:
        app_home.mkdir(parents=True, exist_ok=True)
        create_vault(vault_path(), TEST_PASSPHRASE).close()
    greeted = run(env={"COLUMNS": "80"})
    assert greeted.code == 0, greeted.err
    inner = _box_lines(greeted.out, 80)
    assert inner, greeted.out
    steps = inner.index("First steps:")
    for line, after in pairwise(inner[:steps]):
        if line and after:  # within a paragraph, filled: the next word would not have fitted
            assert len(line) + 1 + len(after.split()[0]) > 76, (line, after)
    for line in inner[steps + 1 :]:
        if line and not line.startswith("Every command"):
            assert line.startswith("  alongside ") or line.startswith("    "), line
            assert not line.startswith("     "), line


def test_init_says_a_short_passphrase_at_once_and_asks_again(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.cli import record as cli_record

    monkeypatch.setattr(cli_record, "on_terminal", lambda: True)
    good = "longer words here"
    answers = f"short\n{good}\nnot the same\n{good}\n{good}\n"
    made = run("init", "--country", "GB", input=answers)
    assert made.code == 0, made.err
    said = made.err
    # refused straight after the first entry, before being asked to type it again
    assert said.index("at least 8 characters;") < said.index("Type it again")
    assert "not the same" in said
    assert said.count("Choose a passphrase") == 3
    with open_vault(vault_path(), good) as vault:
        assert vault.count() == 0


def test_invitations_can_be_shown_edited_searched_and_deleted(record: Path) -> None:
    added = run("invite", "add", "Over coffee", "--occurred-on", "2025-03-10", env=PW)
    assert added.code == 0, added.err
    (entry,) = json.loads(run("invite", "list", "--json", env=PW).out)
    short = entry["id"][:10]
    assert "Over coffee" in run("invite", "show", short, env=PW).out
    edited = run("invite", "edit", short, "--response", "Maybe later", env=PW)
    assert edited.code == 0, edited.err
    assert "Changed your invitation" in edited.err + edited.out
    assert "Maybe later" in run("invite", "show", short, env=PW).out
    assert "Over coffee" in run("invite", "search", "coffee", env=PW).out
    gone = run("invite", "delete", short, "--yes", env=PW)
    assert gone.code == 0, gone.err
    assert json.loads(run("invite", "list", "--json", env=PW).out) == []


def test_checkins_can_be_listed_edited_and_deleted(record: Path) -> None:
    empty = run("checkin", "list", env=PW)
    assert empty.code == 0, empty.err
    assert "alongside checkin record" in empty.out + empty.err
    for day in ("2025-03-10", "2025-03-20"):
        held = run("checkin", "record", f"Talked on {day}", "--occurred-on", day, env=PW)
        assert held.code == 0, held.err
    listed = json.loads(run("checkin", "list", "--json", env=PW).out)
    assert [e["fields"]["occurred_on"] for e in listed] == ["2025-03-20", "2025-03-10"]
    short = listed[0]["id"]  # the whole id: two made in one millisecond share a prefix
    edited = run("checkin", "edit", short, "--rating", "4", env=PW)
    assert edited.code == 0, edited.err
    assert "4" in run("checkin", "show", short, env=PW).out
    assert run("checkin", "delete", short, "--yes", env=PW).code == 0
    assert len(json.loads(run("checkin", "list", "--json", env=PW).out)) == 1
