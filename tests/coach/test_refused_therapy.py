"""Where the person says their partner turns away whenever therapy comes up, no whole message
asks for it again (blind round 5, issue 12: all three raters gave 1 of 5 to a rewrite that
added "I really think talking to someone could help" after "you walk out")."""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse

REFUSED = [
    "Every time I bring up counselling you walk out. You need to get help for your temper.",
    "You storm off whenever I mention a therapist. You have to sort your drinking out.",
    "Whenever I suggest couples therapy you change the subject. You need to see someone.",
]


@pytest.mark.parametrize("text", REFUSED)
def test_no_whole_message_asks_for_therapy_again(text: str) -> None:
    suggestion = analyse(text).suggestion or ""
    low = suggestion.lower()
    assert not any(w in low for w in ("talking to someone", "session", "counsell", "therap"))


def test_a_demand_without_a_refusal_still_gets_a_gentler_whole_message() -> None:
    suggestion = analyse("You need to talk to someone about your gambling.").suggestion
    assert suggestion is not None and "gambling" in suggestion
