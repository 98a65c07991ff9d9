"""When nothing pushes, the word fits what kind of message it is (blind round 5, issue 12).

Raters faulted one reply for everything ("it's clear, and it says what you mean" on thanks,
"it says what you want" on an apology). Thanks, affection, an apology, a decision and a
disclosure each get their own word, mostly "nothing to change"; arrangements stay "send it
as it is"; a limit stays a limit. The examples are the team's own.
"""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse
from alongside.coach.variety import variants_of
from alongside.messages import Msg

KINDS = [
    ("Thank you for sorting the car insurance, that really helped.", Msg.TIP_APPRECIATION),
    ("cheers for doing the school run today, means a lot", Msg.TIP_APPRECIATION),
    ("Miss you loads. See you Friday xx", Msg.TIP_AFFECTION),
    ("Love you, sleep well", Msg.TIP_AFFECTION),
    ("I'm sorry I was short with you at dinner. You didn't deserve that.", Msg.TIP_APOLOGY),
    ("I've booked a session with a counsellor for myself on Tuesday.", Msg.TIP_DECISION),
    ("I've decided to go back to work in April.", Msg.TIP_DECISION),
    (
        "I've been feeling really low for weeks and I haven't told anyone.",
        Msg.TIP_DISCLOSURE,
    ),
    (
        "I think I might have an eating problem. I've made a GP appointment for Monday.",
        Msg.TIP_DISCLOSURE_HELPED,
    ),
]


@pytest.mark.parametrize(("text", "expected"), KINDS)
def test_each_kind_of_message_gets_its_own_word(text: str, expected: str) -> None:
    analysis = analyse(text)
    assert not analysis.left_for_you and analysis.suggestion is None
    assert analysis.tip in variants_of(expected)  # said in the words for this message


def test_the_words_differ_by_kind() -> None:
    tips = {analyse(text).tip for text, _ in KINDS}
    assert len(tips) >= 6


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, but you were the one who started it.",
        "Thanks a lot for leaving me with the washing up again.",
    ],
)
def test_an_apology_with_a_but_or_sarcastic_thanks_is_not_praised(text: str) -> None:
    tip = analyse(text).tip
    assert tip not in (*variants_of(Msg.TIP_APOLOGY), *variants_of(Msg.TIP_APPRECIATION))


@pytest.mark.parametrize(
    "text",
    ["Running ten minutes late, bus broke down.", "Bins go out Thursday this week."],
)
def test_an_arrangement_is_still_sent_as_it_is(text: str) -> None:
    assert analyse(text).tip in variants_of(Msg.TIP_SEND_IT_CLEAR)


def test_a_limit_is_still_a_limit() -> None:
    text = "If you shout at me I'll leave the room until we're both calm."
    assert analyse(text).tip in variants_of(Msg.TIP_LIMIT)


@pytest.mark.parametrize(
    "text",
    [
        "I can't be your only support, Jo. I'll always listen, but I can't fix this for you.",
        "I can't be your therapist as well as your wife.",
        "If you start shouting I'm going to go for a walk and come back when we're calmer.",
    ],
)
def test_a_limit_of_what_they_can_be_or_will_do_is_kept_as_a_limit(text: str) -> None:
    analysis = analyse(text)
    assert analysis.tip in variants_of(Msg.TIP_LIMIT)
    assert "I feel hurt" not in (analysis.tip or "")


@pytest.mark.parametrize(
    "text",
    [
        "ok so remind me how 'just one pint' became you asleep in the car at 3am??",
        "So tell me again how the 'quick meeting' lasted till midnight?",
    ],
)
def test_a_jab_put_as_a_question_is_not_praised_as_asking_their_side(text: str) -> None:
    tip = analyse(text).tip or ""
    assert "send it as it is" not in tip


def test_a_title_in_quotes_is_not_a_jab() -> None:
    tip = analyse("Did you get the 'Hungry Caterpillar' book for Sam?").tip or ""
    assert "send it as it is" in tip
