"""Dismissal is not diagnosis (issue 11, edge16).

When the writer says back, in disbelief or mockery, a state the partner told them about
("you're depressed? I'm the one doing everything", "oh so now you're anxious"), that is scorn
for the feeling (contempt, rule `dismissed_feeling`, with its own note), never a diagnosis by
the writer: the diagnosis rules do not fire. A writer's own label ("you're so lazy") stays a
label, their own diagnosis ("ur clearly depressed, get help") stays one, and concern for the
partner ("you seem really low lately, I'm worried") is validation. The team's own sentences,
none from the rated rounds or the eval data.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.hints import for_finding

DISMISSED = [
    "You're depressed? I'm the one holding this family together.",
    "you're depressed?? try being me for a day",
    "oh so now you're anxious, how convenient",
    "Oh, now you're stressed.",
    "and now you're all upset, brilliant",
    "You're tired? Join the club.",
    "ur tired? welcome to my life",
    "You're lonely? What about me?",
    "you're stressed, from doing what exactly",
    "You're exhausted, from what?",
    "You're depressed, since when?",
    "you're sad? lol",
    "you're hurting? how do you think I feel",
    "Depression my arse, you went to the pub on Friday.",
    "anxiety my foot",
    "Your so-called depression never stops you shopping.",
    "ur convenient migraines are back then",
    "You're not depressed, you're just lazy.",
    "you're not anxious, you're bored",
    "What have you got to be depressed about?",
    "Here come the waterworks again.",
    "Cue the tears.",
    "Crocodile tears won't work on me.",
    "you're overwhelmed? so am I",
]

STILL_A_LABEL = [
    "You're so lazy.",
    "you're such a drama queen",
    "You're selfish and you know it.",
]
STILL_A_DIAGNOSIS = [
    "ur clearly depressed, get some help",
    "You are depressed, anyone can see it.",
    "You're an alcoholic.",
]
CONCERN = [
    "You seem really low lately, I'm worried about you.",
    "It sounds like the anxiety has been really bad this week.",
    "You're depressed? Oh love, I had no idea, I'm so sorry.",
    "So now you're stressed about the move, that makes sense.",
    "You're tired, so go to bed, I'll do the dishes.",
    "You're not depressed, you're grieving, and that's allowed to take time.",
    "You're anxious, that makes sense, it's a big day.",
    "Thank you for telling me you're depressed, I want to help.",
]


@pytest.mark.parametrize("text", DISMISSED)
def test_a_feeling_said_back_in_disbelief_is_contempt_not_a_diagnosis(text: str) -> None:
    a = analyse(text)
    rules = [f.rule for f in a.findings]
    assert any("dismissed_feeling" in r for r in rules), rules
    assert not any("diagnosis" in r for r in rules), rules


@pytest.mark.parametrize("text", STILL_A_LABEL)
def test_the_writers_own_label_stays_a_label(text: str) -> None:
    a = analyse(text)
    assert "label" in a.categories
    assert not any("dismissed_feeling" in f.rule for f in a.findings)


@pytest.mark.parametrize("text", STILL_A_DIAGNOSIS)
def test_the_writers_own_diagnosis_stays_a_diagnosis(text: str) -> None:
    a = analyse(text)
    assert any("diagnosis" in f.rule for f in a.findings), a.findings
    assert not any("dismissed_feeling" in f.rule for f in a.findings)


@pytest.mark.parametrize("text", CONCERN)
def test_concern_for_their_state_is_not_dismissal(text: str) -> None:
    a = analyse(text)
    rules = [f.rule for f in a.findings]
    assert not any("dismissed_feeling" in r or "diagnosis" in r for r in rules), rules


def test_concern_is_read_as_validation() -> None:
    a = analyse("You seem really low lately, I'm worried about you.")
    assert "validation" in a.categories
    assert not a.pushing


def test_the_dismissal_has_its_own_note() -> None:
    text = "You're depressed? I'm the one doing everything."
    f = next(f for f in analyse(text).findings if "dismissed_feeling" in f.rule)
    note = for_finding(f.id, f.rule, text[f.start : f.end], text)
    assert "doubts a feeling they told you about" in note
    assert "diagnos" not in note
