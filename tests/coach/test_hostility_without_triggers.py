"""Hostility with no trigger word is found, and praise never sits inside a push (issue 12).

The team's own examples of each class seen by blind raters in round 4: a question that is an
attack, a name-call on its own, a condition blamed, scare quotes, mock praise, contempt by
proxy and "I'm sick of ...", each with a look-alike that must stay quiet.
"""

from __future__ import annotations

import pytest

from alongside.coach.analyse import find_patterns
from tests.cli.inprocess import run

HOSTILE = [
    ("Do you have any idea how embarrassing that was for me?", "contempt"),
    ("how come u get to decide where we spend christmas", "contempt"),
    ("You left me to pay for the whole meal. Coward.", "label"),
    ("Your depression is wrecking this family.", "blame"),
    ("Off to see your 'mate' again, are we?", "contempt"),
    ("you were 'too tired' again last night", "contempt"),
    ("You hoovered the stairs. Do you want a gold star?", "contempt"),
    ("Thanks for eventually replying.", "contempt"),
    ("Everyone warned me you'd be like this. My sister was right about you.", "contempt"),
    ("I'm fed up of covering for you with your mum.", "contempt"),
]
QUIET = [
    "Do you have any idea what time the chemist shuts on Sundays?",
    "Wow, look at that sunset.",
    "I'm sick of this cough, I'll see the GP.",
    "We saw 'Hamlet' at the Globe, it was long but good.",
    "My anxiety has been bad this week, so I'm taking it slow.",
    "I'm starting to think she was right about the sofa, it's too big.",
]


@pytest.mark.parametrize(("text", "finding"), HOSTILE)
def test_hostility_without_trigger_words_is_found(text: str, finding: str) -> None:
    pushing = [f.id for f in find_patterns(text) if f.polarity == "pushing"]
    assert finding in pushing, (text, pushing)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(text: str) -> None:
    pushing = [
        (f.id, text[f.start : f.end]) for f in find_patterns(text) if f.polarity == "pushing"
    ]
    assert pushing == [], (text, pushing)


@pytest.mark.parametrize(
    ("text", "praise"),
    [
        ("ok u finally replied. should i frame it", "i frame"),
        ("Honestly, you don't need to make this into a big drama.", "you don't need to"),
        ("You don't have to make it such a big thing.", "You don't have to"),
    ],
)
def test_no_praise_for_words_inside_a_push(text: str, praise: str) -> None:
    found = find_patterns(text)
    assert any(f.polarity == "pushing" for f in found), found
    inviting = [text[f.start : f.end].lower() for f in found if f.polarity == "inviting"]
    assert not any(praise.lower() in words or words in praise.lower() for words in inviting), (
        inviting
    )


def test_the_cli_no_longer_calls_an_attack_nothing_pushing() -> None:
    ran = run("check", "You forgot my birthday AGAIN. Who forgets their own wife's birthday? Liar.")
    assert ran.code == 0, ran.err
    assert "Nothing here looks pushing" not in ran.out
    assert "Who forgets their own wife" in ran.out
    assert "Liar" in ran.out
