"""Martyr guilt-trips, sarcastic approval, sarcastic "shall I just ... too" offers and parent
comparisons in texting spelling (issues 11, 12).

Blind raters gave 1/5 when the coach said nothing pushed in messages like these, or praised
them as reassurance. Written from the definitions in docs/coach.md (guilt-trips are
`pressure`, mockery is `contempt`, comparisons are `label`) with the team's own varied
sentences, none from an evaluation set. Each kind has fond or neutral controls, so these tests
fail if a rule swallows ordinary kindness.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


def _inviting(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "inviting"}


PUSHES = [
    # martyr guilt-trips
    ("Oh don't worry about me, I'll just eat on my own again.", "pressure"),
    ("nah dont mind me, ill sit here by myself like always", "pressure"),
    ("It's fine, I'm used to being left out.", "pressure"),
    ("im used to doing it all on my own tbh", "pressure"),
    ("Forget it, I'll fix it myself.", "pressure"),
    ("I'll clean it all myself as usual.", "pressure"),
    ("No, no, go ahead and have a great time.", "pressure"),
    ("You go and enjoy yourself, I'll just stay in alone again.", "pressure"),
    ("so guess i'm not good enough then", "pressure"),
    ("Clearly I'm the last thing on your mind.", "pressure"),
    ("Oh don't mind me, I only work here.", "pressure"),
    ("Lovely to know how much I matter.", "pressure"),
    ("glad u had such fun while i did everything", "pressure"),
    # sarcastic approval
    ("You're going to the match again? Love that for you.", "contempt"),
    ("hope ur proud of urself", "contempt"),
    ("Hope you're happy now, the kids are crying.", "contempt"),
    ("Yeah, very believable.", "contempt"),
    ("Oh well done, you.", "contempt"),
    ("Bravo, you've forgotten her birthday again.", "contempt"),
    ("Congratulations on being late for the third time this week.", "contempt"),
    ("Good for you. Some of us have to get up at six.", "contempt"),
    ("good for flipping you", "contempt"),
    # sarcastic offers that keep score
    ("Should I just do the school run too, since I do everything else?", "contempt"),
    ("why don't i just wash your car as well while i'm at it", "contempt"),
    ("I'll just cook your tea too then, shall I?", "contempt"),
    # parent comparisons in texting spelling
    ("omg ur literally ur mother", "label"),
    ("You're basically your dad now.", "label"),
    ("ur turning into ur mum", "label"),
    ("ur such ur father", "label"),
]

CALM = [
    # a real "I'm fine", kind offers, safe and sound
    "I'm fine, honestly, just tired. Thanks for checking.",
    "Don't worry about me, I'm home safe.",
    "don't worry about me, I'm at my sister's and she's looking after me",
    "I'll cook myself tonight, you put your feet up.",
    "I'll sort the car out myself tomorrow, it's no trouble.",
    "Have a great time with your mates, you've earned it!",
    "I'm used to the new bus route now.",
    "Nice to know the shop's open late.",
    "Hope you had fun while I was at work, what did you get up to?",
    # sincere praise
    "I'm so proud of you.",
    "Well done on the promotion!",
    "Good for you for standing up to him, I'm proud of you.",
    "Congratulations on the new house, love!",
    "Love that for you 🥰",
    "Very thoughtful of you to call my mum, thank you.",
    # real offers
    "Shall I get milk too?",
    "Should I invite your sister as well?",
    "Do you want me to pick the kids up too?",
    # fond likeness
    "You've got your dad's laugh.",
    "You look just like your mum when you smile.",
]


@pytest.mark.parametrize(("text", "finding"), PUSHES)
def test_martyr_and_mock_approval_are_read_as_pushing(text: str, finding: str) -> None:
    assert finding in _pushing(text), text


@pytest.mark.parametrize("text", CALM)
def test_kind_and_sincere_words_are_not_read_as_pushing(text: str) -> None:
    assert not _pushing(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Don't worry about me, I'll be fine on my own again tonight.",
        "no no, you go and have fun",
        "love that for u",
    ],
)
def test_a_martyr_line_is_not_praised_as_reassurance(text: str) -> None:
    assert "reassurance" not in _inviting(text), text
    assert _pushing(text), text
