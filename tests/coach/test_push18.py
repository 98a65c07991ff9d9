"""Pushes read from their structure (issues 11, 12; push18): keeping score, threats that use the
children, the court or money, help forced on them, a comparison with a sting, a reproach put
as a question, a brush-off that is the whole message. Each case is our own and in none of the
rule examples or the training text; each pushing case had no pushing finding on main
(fc25c97). Kind neighbours in the same words must stay unflagged.
"""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse

# (message, the finding id it must carry)
PUSHING = [
    # keeping score
    (
        "I emptied the dishwasher, I walked Rex and I fed the baby, and you played golf.",
        "criticism",
    ),
    ("i booked the flights, packed 3 suitcases and did the taxi, u?", "criticism"),
    ("That's the fifth Friday in a row you've come home after the kids are asleep.", "criticism"),
    ("thats twice this month u forgot to get her from ballet", "criticism"),
    (
        "I've sat through every one of your work dinners this year and you came to one of mine.",
        "criticism",
    ),
    # threats that use the children, the court or money
    ("Let's see who the social worker believes.", "ultimatum"),
    ("Don't expect any maintenance from me, not a bean.", "ultimatum"),
    ("you won't see a single penny of my dad's money", "ultimatum"),
    ("Your son is going to find out exactly what kind of man you are.", "ultimatum"),
    ("One more weekend at the casino and I'm phoning your sister.", "ultimatum"),
    # help forced on them
    ("Anger management, Wednesdays at 7, you're going, end of.", "therapy_as_fix"),
    ("I've told your boss you're going to counselling.", "therapy_as_fix"),
    ("The psychologist can see you Monday and you're going, no arguments.", "therapy_as_fix"),
    # a comparison with a sting
    ("Gav's wife is up with the baby every night, just saying.", "label"),
    ("Shaun's missus never nags him about the darts, funny that.", "label"),
    ("My old boyfriend would never have let me pay for my own birthday dinner.", "label"),
    # a reproach put as a question
    ("Was it so hard to rinse the pan?", "contempt"),
    ("Is it honestly that difficult to switch the lights off when you leave a room?", "contempt"),
    ("are ur fingers broken, the phone works both ways", "contempt"),
    # a brush-off that is the whole message
    ("Ok. Thanks for sharing I guess.", "contempt"),
    ("Mhm. Riveting.", "contempt"),
]

KIND = [
    "I emptied the dishwasher and fed the baby, could you walk Rex when you're back?",
    "i booked the flights and packed, could u sort the taxi x",
    "That's the fifth Friday in a row we've had pizza, I love our Fridays 🍕",
    "That's twice this month the ballet teacher has cancelled, I'll ring her.",
    "Let's see who the kids choose as Father Christmas at the fete 😂",
    "I wouldn't expect much from the Italian place, the reviews are mixed.",
    "you won't see a penny of the refund till March, the airline says",
    "Your son is going to find out his results on Thursday, fingers crossed!",
    "One more weekend of painting and then I'm done with the spare room!",
    "Anger management helped my brother a lot, if you ever wanted the details.",
    "I've told your boss you're off sick today, rest up.",
    "The psychologist can see you Monday if you'd like, only if you want to.",
    "Gav's wife is up with the baby every night, poor thing, shall we drop them a lasagne?",
    "My first husband and I still send each other birthday cards, I hope that's ok with you.",
    "Was it hard to find parking at the hospital?",
    "Is it honestly difficult to learn to drive at 40, or am I being silly?",
    "Whatever you decide about the paint, I trust your eye x",
    "Mm, fascinating documentary last night, want to watch the next one?",
]


@pytest.mark.parametrize(("text", "finding"), PUSHING, ids=[t[:40] for t, _ in PUSHING])
def test_push_of_a_general_shape_is_read_with_its_finding(text: str, finding: str) -> None:
    pushing = [f.id for f in analyse(text).findings if f.polarity == "pushing"]
    assert finding in pushing, f"{text!r}: {pushing}"


@pytest.mark.parametrize("text", KIND, ids=[t[:40] for t in KIND])
def test_kind_neighbour_in_the_same_words_is_not_pushing(text: str) -> None:
    pushing = [(f.id, f.rule) for f in analyse(text).findings if f.polarity == "pushing"]
    assert not pushing, f"{text!r}: {pushing}"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I cleaned, I cooked, I did the school run, and you slept.", "tally"),
        ("We'll see who the judge believes.", "children, the house or money"),
        ("Counselling Thursday, it's not optional.", "compulsory"),
    ],
)
def test_the_note_names_the_shape(text: str, words: str) -> None:
    whys = [f.why for f in analyse(text).findings if f.polarity == "pushing"]
    assert any(words in why for why in whys), whys
