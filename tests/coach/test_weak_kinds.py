"""The kinds the coach read worst in partner messages (issue 11, meaning11b): mind-reading,
blame without "fault", standing by, self-talk, non-apologies and stories about a named person.

Written from the finding definitions in docs/coach.md with the team's own sentences (none from
`evalsets/meaning/` or `../shared/eval-data/`), each with controls that must stay quiet.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _kinds(text: str, polarity: str = "pushing") -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == polarity}


@pytest.mark.parametrize(
    "text",
    [
        "You just want to punish me for having a life.",
        "ur only being sweet cos u want something",
        "You're doing this on purpose.",
        "You only ever text when you need a lift.",
        "You don't want to fix this, you just want to win.",
        "All you care about is the football.",
        "You're enjoying this, aren't you.",
        "You obviously don't want this to work.",
    ],
)
def test_a_bad_motive_said_for_them_is_criticism(text: str) -> None:
    assert "criticism" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You just want to help, and I love that about you.",
        "Do you want to win the quiz this week?",
        "You want me to grab milk on the way home?",
        "All you need is a proper night's sleep.",
    ],
)
def test_a_wish_said_kindly_or_asked_is_no_mind_reading(text: str) -> None:
    assert "criticism" not in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You've turned the whole family against me.",
        "Your spending is why we can't get a mortgage.",
        "its ur fault the car got towed",
        "I'm so stressed and it's because you never lift a finger.",
        "If you hadn't gone to the casino none of this would have happened.",
        "u got us into this mess",
        "Your brother mocks me and you just sit there.",
        "ur mum was rude again and u said nothing",
    ],
)
def test_blame_and_standing_by_without_the_word_fault(text: str) -> None:
    assert "blame" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I feel so much better because of you.",
        "Your patience is why this works, honestly.",
        "If you'd like, we can walk the long way.",
        "Your sister called and you said nothing rude at all, thank you.",
    ],
)
def test_thanks_and_good_reasons_are_not_blame(text: str) -> None:
    assert "blame" not in _kinds(text)
