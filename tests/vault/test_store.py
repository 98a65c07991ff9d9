from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from alongside.errors import EntryNotFound, InvalidInput, VaultExists, VaultNotFound
from alongside.vault import Vault, create_vault, open_vault, unlock_from_env
from alongside.vault.kinds import KINDS
from tests.conftest import TEST_PASSPHRASE


def test_add_then_get_returns_typed_fields(vault: Vault) -> None:
    added = vault.add(
        "journal",
        {
            "situation": "I felt unheard at dinner",
            "trigger": "phone at the table",
            "tags": "dinner, phone,  ,dinner",
            "occurred_on": "2024-05-31",
        },
    )
    got = vault.get(added.id)
    assert got == added
    assert got.fields["tags"] == ("dinner", "phone")
    assert got.fields["occurred_on"] == date(2024, 5, 31)
    assert got.occurred_on == date(2024, 5, 31)
    assert got.created_at.tzinfo is not None
    assert got.title == "I felt unheard at dinner"


def test_plain_types_parse_from_strings(vault: Vault) -> None:
    talk = vault.add(
        "conversation", {"topic": "therapy", "rating": "4", "stance": "Considering it"}
    )
    assert talk.fields == {
        "topic": "therapy",
        "rating": 4,
        "stance": "considering",
        "occurred_on": talk.fields["occurred_on"],
    }
    assert isinstance(talk.fields["occurred_on"], date)
    plan = vault.add(
        "schedule",
        {
            "title": "Sunday check-in",
            "starts_at": "2024-06-02 19:30",
            "timezone": "Europe/Berlin",
            "rule": "FREQ=WEEKLY",
        },
    )
    starts = vault.get(plan.id).fields["starts_at"]
    assert isinstance(starts, datetime)
    assert starts.utcoffset() is not None
    assert starts.astimezone(UTC).hour == 17


def test_occurred_on_is_today_when_left_empty(vault: Vault) -> None:
    entry = vault.add("win", {"what": "A calm morning"})
    assert entry.fields["occurred_on"] == date.today()  # "today if left empty", as the hint says
    assert vault.get(entry.id).fields["occurred_on"] == date.today()


def test_occurred_on_falls_back_to_created_date(vault: Vault) -> None:
    written = datetime(2024, 6, 2, 9, 30, tzinfo=UTC)
    entry = vault.add("win", {"what": "A calm morning"}, created_at=written)  # as imported
    assert "occurred_on" not in entry.fields
    assert entry.occurred_on == written.date()


@pytest.mark.parametrize(
    ("kind", "values", "words"),
    [
        ("journal", {}, "What happened"),
        ("journal", {"situation": "   "}, "Please write something for “What happened”"),
        ("journal", {"situation": "x", "mood": "ok"}, "no field called “mood”"),
        ("conversation", {"topic": "t", "rating": "6"}, "from 1 to 5"),
        ("conversation", {"topic": "t", "rating": "four"}, "whole number"),
        ("conversation", {"topic": "t", "stance": "angry"}, "please pick one of"),
        ("journal", {"situation": "x", "occurred_on": "31/05/2024"}, "a real date like"),
        ("schedule", {"title": "x", "timezone": "Mars/Olympus"}, "time zone"),
        ("schedule", {"title": "x", "rule": "EVERY SUNDAY"}, "RFC 5545"),
        ("nonsense", {"situation": "x"}, "no kind of entry"),
        ("journal", {"situation": "\ud800"}, "lone surrogate"),
    ],
)
def test_invalid_input_is_a_clear_sentence(
    vault: Vault, kind: str, values: dict[str, object], words: str
) -> None:
    with pytest.raises(InvalidInput, match=words):
        vault.add(kind, values)
    assert vault.count() == 0


def test_list_is_newest_first_with_kind_limit_and_offset(vault: Vault) -> None:
    ids = [vault.add("win", {"what": f"win {i}"}).id for i in range(5)]
    vault.add("goal", {"goal": "feel safe together"})
    wins = vault.list("win")
    assert [e.id for e in wins] == ids[::-1]
    assert [e.id for e in vault.list("win", limit=2, offset=1)] == ids[3:1:-1]
    assert vault.count() == 6
    assert vault.count("win") == 5
    assert vault.list()[0].kind == "goal"


def test_update_changes_only_given_fields_and_can_clear(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "s", "trigger": "t", "feelings": "f"})
    changed = vault.update(entry.id, {"trigger": "", "response": "I paused"})
    assert changed.fields == {
        "situation": "s",
        "feelings": "f",
        "response": "I paused",
        "occurred_on": entry.fields["occurred_on"],
    }
    assert changed.created_at == entry.created_at
    assert changed.updated_at >= entry.updated_at
    assert vault.get(entry.id) == changed
    with pytest.raises(InvalidInput, match="What happened"):
        vault.update(entry.id, {"situation": None})
    assert vault.get(entry.id) == changed


def test_delete_removes_entry_and_its_fields(vault: Vault) -> None:
    keep = vault.add("win", {"what": "keep"})
    gone = vault.add("win", {"what": "gone"})
    vault.delete(gone.id)
    assert [e.id for e in vault.list()] == [keep.id]
    with pytest.raises(EntryNotFound):
        vault.get(gone.id)
    with pytest.raises(EntryNotFound):
        vault.delete(gone.id)
    with pytest.raises(EntryNotFound):
        vault.update(gone.id, {"what": "x"})


def test_search_matches_every_word_case_insensitively(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "Dinner was quiet", "feelings": "UNHEARD"})
    b = vault.add("setback", {"what": "I felt unheard again", "learned": "pause first"})
    vault.add("win", {"what": "We laughed"})
    assert [e.id for e in vault.search("unheard")] == [b.id, a.id]
    assert [e.id for e in vault.search("unheard dinner")] == [a.id]
    assert [e.id for e in vault.search("unheard", "journal")] == [a.id]
    assert [e.id for e in vault.search("unheard", limit=1)] == [b.id]
    assert vault.search("nothing like this") == []
    with pytest.raises(InvalidInput):
        vault.search("   ")


def test_find_id_accepts_a_unique_prefix(vault: Vault) -> None:
    entry = vault.add("win", {"what": "x"})
    assert vault.find_id(entry.id[:20].upper()) == entry.id
    with pytest.raises(EntryNotFound):
        vault.find_id("zz")


def test_every_kind_accepts_its_main_field(vault: Vault) -> None:
    for name, spec in KINDS.items():
        entry = vault.add(name, {spec.main_field.name: f"main of {name}"})
        assert vault.get(entry.id).title == f"main of {name}"
    assert vault.count() == len(KINDS)


def test_create_refuses_existing_and_open_needs_a_vault(app_home: Path) -> None:
    path = app_home / "vault.db"
    with pytest.raises(VaultNotFound, match="alongside init"):
        open_vault(path, TEST_PASSPHRASE)
    create_vault(path, TEST_PASSPHRASE).close()
    with pytest.raises(VaultExists):
        create_vault(path, TEST_PASSPHRASE)
    assert sorted(p.name for p in app_home.iterdir()) == ["vault.db"]


def test_entries_survive_close_and_reopen(app_home: Path) -> None:
    path = app_home / "vault.db"
    with create_vault(path, TEST_PASSPHRASE) as vault:
        entry = vault.add("boundary", {"boundary": "No shouting", "tolerance": "cannot"})
    with open_vault(path, TEST_PASSPHRASE) as vault:
        assert vault.get(entry.id) == entry


def test_unlock_from_env_reads_the_passphrase(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.errors import VaultLocked

    create_vault(app_home / "vault.db", TEST_PASSPHRASE).close()
    with pytest.raises(VaultLocked):
        unlock_from_env()
    monkeypatch.setenv("ALONGSIDE_PASSPHRASE", TEST_PASSPHRASE)
    with unlock_from_env() as vault:
        assert vault.count() == 0


def test_a_closed_vault_is_locked_and_forgets_its_key(app_home: Path) -> None:
    from alongside.errors import VaultLocked

    vault = create_vault(app_home / "vault.db", TEST_PASSPHRASE)
    entry = vault.add("win", {"what": "x"})
    vault.close()
    for use in (lambda: vault.get(entry.id), lambda: vault.list(), lambda: vault.count()):
        with pytest.raises(VaultLocked, match="locked"):
            use()
    with pytest.raises(VaultLocked):
        vault.add("win", {"what": "y"})
