"""The record's use cases: one validator, every field error at once, safety after a save."""

from __future__ import annotations

from datetime import date

import pytest

from alongside.app.record import FieldErrors, Saved, check_entry, edit_entry, save_entry
from alongside.vault import Vault

TODAY = date(2026, 3, 14)


def test_every_field_error_comes_at_once_and_nothing_is_saved(vault: Vault) -> None:
    raw = {"topic": " ", "rating": "9", "stance": "hostile", "occurred_on": "last tuesday"}
    outcome = save_entry(vault, "conversation", raw, today=TODAY)
    assert isinstance(outcome, FieldErrors)
    assert list(outcome.errors) == ["occurred_on", "topic", "rating", "stance"]
    assert outcome.errors["topic"] == (
        "Please write something for \u201cTopic\u201d; "
        "a conversation needs it, and it can be short."
    )
    assert "please pick one of: not considering it, considering it" in outcome.errors["stance"]
    assert vault.count() == 0


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ({"occurred_on": "yesterday", "stance": "Considering it"}, ("2026-03-13", "considering")),
        ({"occurred_on": "Today", "stance": "not_considering"}, ("2026-03-14", "not_considering")),
        ({"occurred_on": "2025-02-28", "stance": "trying-it"}, ("2025-02-28", "trying")),
    ],
)
def test_relative_days_and_the_words_of_a_choice_are_understood(
    vault: Vault, typed: dict[str, str], stored: tuple[str, str]
) -> None:
    outcome = save_entry(vault, "conversation", {"topic": "therapy", **typed}, today=TODAY)
    assert isinstance(outcome, Saved)
    assert str(outcome.entry.fields["occurred_on"]) == stored[0]
    assert outcome.entry.fields["stance"] == stored[1]


def test_words_that_touch_on_danger_are_saved_and_flagged(vault: Vault) -> None:
    calm = save_entry(vault, "journal", {"situation": "We argued about the dishes"})
    assert isinstance(calm, Saved) and not calm.needs_help
    worried = save_entry(
        vault, "journal", {"situation": "Dinner.", "trigger": "he grabbed my wrist"}
    )
    assert isinstance(worried, Saved) and worried.needs_help
    assert vault.count() == 2  # kept first, help shown with it


def test_an_edit_checks_only_what_it_changes_unless_it_is_a_whole_form(vault: Vault) -> None:
    saved = save_entry(vault, "journal", {"situation": "quiet dinner", "trigger": "phone"})
    assert isinstance(saved, Saved)
    entry_id = saved.entry.id
    changed = edit_entry(vault, entry_id, {"feelings": "unheard"})
    assert isinstance(changed, Saved)
    assert changed.entry.fields["trigger"] == "phone"
    whole = edit_entry(vault, entry_id, {"situation": "quiet dinner"}, partial=False)
    assert isinstance(whole, Saved)
    assert "trigger" not in whole.entry.fields and "feelings" not in whole.entry.fields
    refused = edit_entry(
        vault, entry_id, {"situation": "", "tags": ",".join(f"t{n}" for n in range(101))}
    )
    assert isinstance(refused, FieldErrors)
    assert set(refused.errors) == {"situation", "tags"}
    assert vault.get(entry_id).fields["situation"] == "quiet dinner"


def test_checking_before_unlocking_leaves_out_what_is_still_to_be_asked() -> None:
    assert not isinstance(check_entry("journal", {"trigger": "x"}, partial=True), FieldErrors)
    missing = check_entry("journal", {"trigger": "x"})
    assert isinstance(missing, FieldErrors) and list(missing.errors) == ["situation"]
