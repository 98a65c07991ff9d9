"""Coaching use cases: one limit and one sentence for a message, the saved "message" entry."""

from __future__ import annotations

import json

import httpx
import pytest
from typer.testing import CliRunner

from alongside.app.coach import (
    MAX_MESSAGE_CHARS,
    check_message,
    check_reply,
    clean_feeling,
    save_message,
)
from alongside.app.record import Saved
from alongside.cli.app import build_app
from alongside.coach import analyse
from alongside.messages import Msg
from alongside.vault import Vault
from tests.web.server import csrf_of


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


def test_a_too_long_rehearsal_reply_gets_the_same_sentence_in_both_faces(
    unlocked: httpx.Client,
) -> None:
    long = "x" * (MAX_MESSAGE_CHARS + 1)
    sentence = check_reply(long)
    assert sentence == "Please keep a reply under 20,000 characters."
    ran = CliRunner().invoke(
        build_app(), ["rehearse", "--rounds", "1"], input=f"{long}\nCould we talk later?\n"
    )
    assert ran.exit_code == 0, ran.output
    assert sentence in ran.stdout
    assert "You: Could we talk later?" in ran.stdout  # the same round, asked again
    unlocked.post("/practice/rehearse", data={"csrf_token": csrf_of(unlocked)})
    page = unlocked.post("/practice/reply", data={"reply": long}, headers={"HX-Request": "true"})
    assert page.status_code == 400 and sentence in page.text
