"""Arrangements and happy news get no feeling to add (blind round 5, issue 12).

Raters gave 1 or 2 of 5 when the coach suggested "I feel hurt" or "I feel worried", and offered
to insert it, on a running-late text, a bins reminder and a happy message. A feeling, or a
request to end with, is offered only where something troubles the person.
"""

from __future__ import annotations

import pytest

from tests.conftest import RunCli, check_says

EVERYDAY = [
    "Remember Noor's swimming kit is in the car.",
    "Stuck in traffic on the M6, home by half seven.",
    "Can u grab milk on the way back",
    "dentist moved to Weds 3pm",
    "Parking permit renewal is due on the 14th.",
    "dinner's in the oven, help yourself",
    "Gran rang, she'll call back after lunch.",
]
HAPPY = [
    "Last night was the best time we've had in ages 😍",
    "that was so much fun today, felt like us again",
]
TROUBLED = [
    "You've been drinking every night this week.",
    "The counselling leaflet is on the table if you want it.",
    "We need to talk about the money thing.",
]


@pytest.mark.parametrize("text", EVERYDAY + HAPPY)
def test_no_feeling_is_suggested_for_arrangements_or_happy_news(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "Nothing here looks pushing" in out
    assert "I feel hurt" not in out and "--feel" not in out
    assert "good time to talk" not in out


@pytest.mark.parametrize("text", EVERYDAY)
def test_an_arrangement_is_sent_as_it_is(cli: RunCli, text: str) -> None:
    assert "You could send it as it is" in check_says(cli, text)


@pytest.mark.parametrize("text", TROUBLED)
def test_a_concern_still_gets_the_idea_of_a_feeling(cli: RunCli, text: str) -> None:
    out = check_says(cli, text)
    assert "I feel" in out or "--feel" in out
