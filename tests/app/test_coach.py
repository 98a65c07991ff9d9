"""Coaching use cases: one limit and one sentence for a message, the saved "message" entry."""

from __future__ import annotations

import json

import pytest

from alongside.app.coach import MAX_MESSAGE_CHARS, check_message, clean_feeling, save_message
from alongside.app.record import Saved
from alongside.coach import analyse
from alongside.messages import Msg
from alongside.vault import Vault


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("", Msg.MESSAGE_EMPTY),
        (" \n\t", Msg.MESSAGE_EMPTY),
        ("x" * MAX_MESSAGE_CHARS, ""),
        ("x" * (MAX_MESSAGE_CHARS + 1), "That is a long message (20,001 characters)."),
    ],
)
def test_a_message_is_checked_once_for_every_face(text: str, sentence: str) -> None:
    assert check_message(text).startswith(sentence)
    assert bool(check_message(text)) == bool(sentence)


@pytest.mark.parametrize(
    ("feel", "kept"),
    [(" Let down. ", "let down"), ("", ""), ("left-out", "left-out"), ("[x]; rm", None)],
)
def test_a_feeling_is_a_word_or_two_of_letters(feel: str, kept: str | None) -> None:
    assert clean_feeling(feel) == kept


def test_a_saved_message_keeps_what_the_coach_found(vault: Vault) -> None:
    analysis = analyse("You never listen. You need therapy or we're done.")
    saved = save_message(vault, analysis)
    assert isinstance(saved, Saved) and saved.screening is analysis.safety
    fields = vault.get(saved.entry.id).fields
    assert fields["text"] == analysis.text
    assert fields["pushing"] == analysis.pushing > 0
    assert json.loads(str(fields["findings"])) == analysis.to_json()
