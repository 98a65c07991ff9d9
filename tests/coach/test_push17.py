"""Pushing with no trigger word, read by its shape (issues 11, 12; push17).

Fresh message sets written by people who never saw the coach found a push in only 30 of 42
pushing messages; the rest were shown "Nothing here looks pushing. Lovely." and rated 1. The
shapes missed: rhetorical questions about their worth, praise handed out for a harm, vague
threats, the martyr alone "again", comparisons that make them the lesser, scorn in casual
spelling and the one cruel line inside a long vent, a whole message that only dismisses, and
talking down. Each case here is the team's own sentence (none from a rated round, a probe set
or the eval data); each kind has sincere neighbours, so these tests fail if a rule swallows
ordinary kindness, and each pushing kind's note is checked to say what the words do.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from tests.coach.notes_shown import notes_shown


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


PUSHES = [
    # rhetorical questions about their worth, or whether talking to them is any use
    ("Is it even worth asking you to help with the party?", "contempt"),
    ("Why did I even bother asking you.", "contempt"),
    ("Has it ever once crossed your mind to ask about my day?", "contempt"),
    ("Did you think the bins would empty themselves while I was away?", "contempt"),
    ("Are you genuinely incapable of hanging a coat up?", "contempt"),
    # praise handed out for a harm or a trifle
    ("Lovely work upsetting your nan at her own party.", "contempt"),
    ("Shall I book you a standing ovation for making the bed?", "contempt"),
    ("Oh congrats on showing up, only an hour after the kids went to bed.", "contempt"),
    # a threat left vague
    ("test me and find out what happens", "ultimatum"),
    ("You really don't want to find out what I'll do next.", "ultimatum"),
    ("Consider this your only warning.", "ultimatum"),
    # the martyr alone again, feelings that never count
    ("I'll just watch the film on my own again, like every Friday.", "pressure"),
    ("Clearly my feelings don't matter.", "pressure"),
    # a comparison that makes them the lesser
    ("Even my little cousin could change a plug better than you.", "label"),
    ("my old bf actually cooked now and then", "label"),
    # scorn in casual spelling, and one cruel line in a long vent
    ("lol look at u trying to act like ur the adult here", "contempt"),
    (
        "Awful day, the car failed its MOT, the dog threw up on the rug, and I come home to "
        "someone who can't even be bothered to look up from the telly.",
        "contempt",
    ),
    # a whole message that only dismisses
    ("Yeah yeah.", "contempt"),
    ("ok and??", "contempt"),
    ("Let me guess, you were at your brother's again.", "contempt"),
    # talking down
    ("Honestly it's too complicated for you, leave it.", "contempt"),
    ("Do I have to write it on your forehead?", "contempt"),
    # keeping score and pulling rank
    ("Don't forget whose name is on the deeds.", "criticism"),
    ("You'd be nowhere without me.", "criticism"),
]

NEIGHBOURS = [
    "Is there any point getting the car fixed before we sell it, do you think?",
    "Why do I bother with mascara, it's raining anyway haha",
    "Did it ever occur to you how brilliant you are with the kids? Because it does to me ❤",
    "Lovely work on the garden, it looks gorgeous.",
    "Do you want a cup of tea?",
    "Congrats on the promotion, you earned every bit of it ❤",
    "Let's try the new place and see what happens, could be fun.",
    "I'll watch the film on my own tonight, you enjoy your darts.",
    "My old boss actually gave me the day off, so I'm home early!",
    "Yeah yeah, I'll bring the charger, don't worry.",
    "Ok and what time shall I pick you up?",
    "Is the new app too complicated? I can set it up for you tonight.",
    "I'd be nowhere without you, thank you for this year.",
    "Awful day, the car failed its MOT, but I'm so glad to be home with you.",
]


@pytest.mark.parametrize(("text", "kind"), PUSHES)
def test_shape_is_read_as_pushing_of_its_kind(text: str, kind: str) -> None:
    assert kind in _pushing(text), (text, _pushing(text))


@pytest.mark.parametrize("text", NEIGHBOURS)
def test_sincere_neighbour_is_not_read_as_pushing(text: str) -> None:
    assert not _pushing(text), (text, _pushing(text))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a vague threat is named as a threat to them, never as the person's own limit
        ("Keep it up and you'll see a side of me you won't like.", "threat"),
        # a comparison's note says it holds them up against someone else
        ("Even my nan gets the bins out quicker than you.", "someone else"),
        # sarcasm and scorn are named as what they will hear
        ("Brilliant job losing the keys again.", "scornful"),
        ("Sure Jan.", "scornful"),
        # the martyr line is named as guilt
        ("I'll just eat by myself again as usual.", "guilt"),
    ],
)
def test_note_says_what_the_words_do(text: str, words: str) -> None:
    notes = " ".join(notes_shown(text))
    assert words in notes, (text, notes)
