"""After blind round 11 (docs/rewrite-rating.md): what the raters marked 1, as families in the
team's own wordings. An accusing question is no open question, a partner's words reported
are no shared goal, a question or offer beside a threat is not praised, mock wonder is
sarcasm, and words to the app about a message still to be pasted are not coached."""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.analyse import to_the_coach

NOT_OPEN_QUESTIONS = [
    "How many more people are you borrowing from behind my back?",
    "How many more excuses am I going to get this week?",
    "What else are you hiding behind my back?",
    "Where the hell did the money go?",
    "Your sister rang to tell me how to cook rice. Again.",
]
OPEN_QUESTIONS = [
    "How many more days do you think you'll need off?",
    "What would make Sundays easier for you?",
    "Tell me how the interview went!",
]
NOT_SHARED_GOALS = [
    "You spent £90 on a game and still tell me we can't afford a night out.",
    "He said we could never make it work, so I stopped asking.",
    "We can't afford the boiler service this month.",
]
MOCK_WONDER = [
    "Genuinely fascinated how you manage to lose a whole hoodie every week.",
    "Truly amazed that you had time for five-a-side but not your son's parents' evening.",
    "Can't think where you learned to be so generous with my money.",
    "I'd just love to know why you only ever get tired when the washing up needs doing.",
]
SINCERE_WONDER = [
    "Genuinely fascinated by how you fixed the bike, will you show me?",
    "I'd love to know why the boiler keeps cutting out, shall we ring someone?",
    "Can't think where I left my charger, have you seen it?",
]
TO_THE_APP = [
    "ok so I'm going to paste what I want to send him. be honest with me.",
    "im about to paste my message, tell me if its too much",
]


@pytest.mark.parametrize("text", NOT_OPEN_QUESTIONS)
def test_an_accusing_question_is_not_praised_as_open(text: str) -> None:
    assert "open_question" not in {f.id for f in analyse(text).findings}


@pytest.mark.parametrize("text", OPEN_QUESTIONS)
def test_an_open_question_is_still_praised(text: str) -> None:
    assert "open_question" in {f.id for f in analyse(text).findings}


@pytest.mark.parametrize("text", NOT_SHARED_GOALS)
def test_their_words_or_a_cannot_are_no_shared_goal(text: str) -> None:
    assert "shared_goal" not in {f.id for f in analyse(text).findings}


def test_we_could_is_still_a_shared_goal() -> None:
    assert "shared_goal" in {
        f.id for f in analyse("Maybe we could try a walk on Sundays.").findings
    }


@pytest.mark.parametrize("text", MOCK_WONDER)
def test_mock_wonder_is_contempt(text: str) -> None:
    assert "contempt" in {f.id for f in analyse(text).findings if f.polarity == "pushing"}


@pytest.mark.parametrize("text", SINCERE_WONDER)
def test_sincere_wonder_is_not_pushing(text: str) -> None:
    assert not [f.id for f in analyse(text).findings if f.polarity == "pushing"]


def test_a_question_beside_a_threat_through_the_child_is_not_praised() -> None:
    text = (
        "Our son asked why you're never at his matches. What do you want me to tell him? "
        "If you're not there on Saturday I'm telling him the truth."
    )
    found = analyse(text).findings
    assert "ultimatum" in {f.id for f in found}
    assert not [f for f in found if f.polarity == "inviting"]


@pytest.mark.parametrize("text", TO_THE_APP)
def test_words_to_the_app_about_a_message_to_come(text: str) -> None:
    assert to_the_coach(text, analyse(text).findings) == "check"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("He's a grown man who hides in the shed every time his mum rings.", "contempt"),
        ("Do you ever think you might have a gambling problem?", "label"),
        ("Some wives actually want to spend time with their husbands.", "criticism"),
        (
            "Sitting in the car crying every day and refusing help is choosing to be unhappy.",
            "invalidation",
        ),
    ],
)
def test_a_verdict_in_passing_is_found(text: str, kind: str) -> None:
    assert kind in {f.id for f in analyse(text).findings if f.polarity == "pushing"}


@pytest.mark.parametrize(
    "text",
    [
        "Anyway, come home whenever you're ready, love x",
        "Come round when you can, the kettle's on.",
    ],
)
def test_an_invitation_home_is_not_advice(text: str) -> None:
    assert "unsolicited_advice" not in {f.id for f in analyse(text).findings}
