"""MI counts that generalise (issue 11, mi18): helper talk read by its MITI 4.2.1 code.

The held-aside helper-talk set (`evalsets/mi`, scored by `tools/eval_mi.py`) found no simple
reflection at all on its final split, one confrontation in twelve and advice with permission
in five of 27. The rules added for them (`restating`, `what_it_means`, `asked_for`,
`their_terms`, `enough_already`, `challenging`) are written from the definitions; these cases
are the team's own, written for this file and kept out of the rules' examples and the
training text, in several voices (a counsellor, a peer supporter, a friend by text, a
partner practising). Every "found" case here fails on the old main; each kind has neighbours
that must stay unread, so a rule that swallows ordinary talk fails too (P2, P6, P14).
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse


def _categories(text: str) -> set[str]:
    return set(analyse(text).categories)


RESTATED = [
    # simple reflections: what the person said, said back with little added
    "So you're knackered after the double shift.",
    "You want your brother to pay his share of the care home.",
    "You're not sure the new tablets are doing anything.",
    "You've had an awful start to the term.",
    "So you'd rather stay at your sister's for a few nights.",
    "You miss the old neighbours.",
    "The bills are eating at you.",
    "u dont know if ur ready to tell ur mum",
    "Yeah, so it's been six weeks since the last drink.",
    "Work has been relentless for you lately.",
    "You've been missing your dad a lot this month.",
    "So for you the worst bit is the school run.",
    # complex reflections: what it means to them
    "Being there for your son means everything to you.",
    "You're someone who keeps going for everybody else.",
]

NOT_RESTATED = [
    "Are you knackered after the double shift?",
    "If you want your brother to pay, tell him.",
    "You want me to sort it all out, as usual.",
    "You're always not sure about anything.",
    "My sister has had an awful start to the term.",
    "So what time is the appointment?",
    "You need to stop missing the old neighbours and get out more.",
    "Does it mean anything to you at all?",
]


@pytest.mark.parametrize("text", RESTATED)
def test_a_reflection_without_feeling_words_is_read(text: str) -> None:
    assert "validation" in _categories(text)


@pytest.mark.parametrize("text", NOT_RESTATED)
def test_a_question_an_order_or_a_dig_is_no_reflection(text: str) -> None:
    assert "validation" not in _categories(text)


ASKED_FOR = [
    "Since you're asking, I'd phone the council before the deadline.",
    "You mentioned you'd like some ideas, so one is to cook double and freeze half.",
    "If that's ok with you, I'll share what my counsellor told me.",
    "Happy to share a few things that worked for us.",
    "You said you were after some tips, so here's one: batch-cook on Sundays.",
    "Most people find it really helps to write the worries down before bed.",
    "Try the night class for a month and see what you think.",
]

NOT_ASKED_FOR = [
    "You asked for the day off, so I covered your shift.",
    "She mentioned wanting ideas for the garden.",
    "Since you moved out the flat feels empty.",
    "One day at a time is all anyone can do.",
]


@pytest.mark.parametrize("text", ASKED_FOR)
def test_advice_asked_for_or_given_leave_is_read_as_asking_first(text: str) -> None:
    assert "permission" in _categories(text)


@pytest.mark.parametrize("text", NOT_ASKED_FOR)
def test_a_story_about_asking_is_not_asking_first(text: str) -> None:
    assert "permission" not in _categories(text)


THEIR_CHOICE = [
    "The decision's entirely yours.",
    "Take this at your own speed.",
    "You're the one in charge of your recovery.",
    "You're welcome to say no to all of it.",
    "There's no wrong way to grieve.",
]

REASSURED = [
    "You're trying the best you can with two jobs.",
    "Anyone would have been frightened by that.",
    "Most people would find that a lot to deal with.",
    "There's nothing wrong with needing a break from the kids.",
]


@pytest.mark.parametrize("text", THEIR_CHOICE)
def test_the_choice_named_as_theirs_is_autonomy(text: str) -> None:
    assert "autonomy" in _categories(text)


@pytest.mark.parametrize("text", REASSURED)
def test_doing_enough_and_anyone_would_is_reassurance(text: str) -> None:
    assert "reassurance" in _categories(text)


def test_a_question_about_the_choice_or_doing_enough_is_neither() -> None:
    assert "autonomy" not in _categories("Is the decision yours or your dad's?")
    assert "reassurance" not in _categories("Are you trying the best you can?")


CONFRONTS = [
    "Whose fault is that, though?",
    "Get real, nobody believes the dog ate it.",
    "Your sister's right and you know it.",
    "You can't keep hiding behind your shifts as an excuse.",
    "Tell that to the bank manager.",
    "Isn't it about time you let him go?",
    "That was a pretty thoughtless thing to say to your mum.",
    "Who are you fooling? It's the fourth night this week.",
]

NOT_CONFRONTS = [
    "Be serious with your revision and it'll pay off, I know it.",
    "Tell that joke to your dad, he'll love it.",
    "It's time to move on to dessert.",
    "That was a really thoughtful thing to say to your mum.",
]


@pytest.mark.parametrize("text", CONFRONTS)
def test_a_confrontation_is_read_as_pushing(text: str) -> None:
    cats = _categories(text)
    assert cats & {"invalidation", "label", "blame", "contempt"}, cats


@pytest.mark.parametrize("text", NOT_CONFRONTS)
def test_ordinary_talk_with_the_same_words_is_no_confrontation(text: str) -> None:
    assert not _categories(text) & {"invalidation", "label", "blame", "contempt"}
