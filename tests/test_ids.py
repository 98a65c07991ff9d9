"""Ids are shown one way: the shortest start (8 or more) no other entry shares; a start that
more than one id has is refused, naming them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from alongside.errors import InvalidInput
from alongside.ids import MIN_CHARS, shortest_unique
from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from tests.cli.inprocess import run
from tests.conftest import TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
# Two entries made in the same quarter second: the first 10 characters (time) are alike.
TWINS = ("01a24a5e3f7" + "0" * 21, "01a24a5e3f7" + "1" * 21)
LATER = "01a24a5f0000" + "2" * 20  # a minute on: alike for 7 characters only


def test_shortest_unique_never_shows_two_ids_alike() -> None:
    shown = shortest_unique([*TWINS, LATER])
    assert shown == {TWINS[0]: TWINS[0][:12], TWINS[1]: TWINS[1][:12], LATER: LATER[:8]}
    assert len(set(shown.values())) == 3
    assert shortest_unique([LATER]) == {LATER: LATER[:MIN_CHARS]}


def test_shortest_unique_counts_ids_not_shown() -> None:
    assert shortest_unique([TWINS[0]], among=[TWINS[1]]) == {TWINS[0]: TWINS[0][:12]}


@pytest.fixture
def twins(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A record holding two invitations and a journal entry with the ids above."""
    from alongside.vault import store

    made = iter([*TWINS, LATER])
    monkeypatch.setattr(store, "new_entry_id", lambda: next(made))
    app_home.mkdir(parents=True, exist_ok=True)
    with create_vault(vault_path(), TEST_PASSPHRASE) as vault:
        vault.add("invitation", {"how": "Over coffee", "occurred_on": "2026-11-01"})
        vault.add("invitation", {"how": "On a walk", "occurred_on": "2026-11-02"})
        vault.add("journal", {"situation": "A calm evening", "occurred_on": "2026-11-03"})
    yield


def test_the_vault_shows_each_id_by_its_own_start(twins: None) -> None:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        # the journal entry alone would show 8 characters; each twin needs 12
        assert vault.short_ids([TWINS[0], LATER]) == {TWINS[0]: TWINS[0][:12], LATER: LATER[:8]}
        assert vault.short_id(TWINS[1]) == TWINS[1][:12]
        assert vault.find_id(TWINS[1][:12]) == TWINS[1]
        with pytest.raises(InvalidInput) as ambiguous:
            vault.find_id(TWINS[0][:10])
    said = str(ambiguous.value)
    assert f"More than one entry starts with '{TWINS[0][:10]}'" in said
    assert TWINS[0][:12] in said and TWINS[1][:12] in said


def test_invite_list_never_shows_two_invitations_alike(twins: None) -> None:
    ran = run("invite", "list", env=PW)
    assert ran.code == 0, ran.err
    assert TWINS[0][:12] in ran.out and TWINS[1][:12] in ran.out
    for twin, how in zip(TWINS, ("Over coffee", "On a walk"), strict=True):
        shown = run("invite", "show", twin[:12], "--json", env=PW)
        assert shown.code == 0, shown.err
        assert json.loads(shown.out)["fields"]["how"] == how


def test_a_list_shows_8_characters_when_no_other_id_shares_them(twins: None) -> None:
    ran = run("journal", "list", env=PW)
    assert ran.code == 0, ran.err
    assert LATER[:8] in ran.out and LATER[:9] not in ran.out
    said = run("journal", "show", LATER[:8], env=PW)
    assert said.code == 0 and f"Journal entry {LATER[:8]}" in said.out


def test_a_start_two_ids_share_is_refused_naming_both(twins: None) -> None:
    ran = run("invite", "show", TWINS[0][:10], env=PW)
    assert ran.code == 2
    assert "More than one entry starts with" in ran.err
    assert TWINS[0][:12] in ran.err and TWINS[1][:12] in ran.err
    assert "Traceback" not in ran.err
