"""Faults blind round 8 found, each with examples of our own (the rated sentences are seen).

- A swear word of everyday idiom ("traffic is mental") read as a diagnosis.
- "I feel hurt" and a request to talk offered on a joke ("lol the dog ate a sock").
- Ringing a solicitor read as a threat against them, so the note said to leave it out.
"""

from __future__ import annotations

import pytest

from alongside.coach import hints
from alongside.coach import rewrite as rw
from alongside.coach.analyse import analyse, pushing_in, to_the_coach
from alongside.coach.compose import tip
from alongside.coach.examples import limit_example
from alongside.messages import Msg


@pytest.mark.parametrize(
    "sentence",
    [
        "Work was insane today, home by 7.",
        "the queue at the post office is mental, be a while",
        "This weather is crazy, bring a coat.",
        "Town was absolutely mental, sorry I'm late.",
    ],
)
def test_an_idiom_about_a_thing_is_not_a_diagnosis(sentence: str) -> None:
    assert not rw.diagnoses(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["You're acting completely mental tonight.", "honestly he's gone crazy", "You are insane."],
)
def test_the_same_word_about_a_person_still_is(sentence: str) -> None:
    assert rw.diagnoses(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "haha the cat got stuck in the blinds again 😂",
        "lol Mia just called the hoover 'Mr Noisy' again",
        "lmao your mum's new profile pic",
    ],
)
def test_a_joke_gets_no_feeling_and_no_request_to_talk(text: str) -> None:
    a = analyse(text)
    assert not [f for f in a.findings if f.polarity == "pushing"]
    assert not rw.feeling_fits(text)
    said = tip(a.findings, text, pushing_in) or ""
    assert "I feel" not in said and "request" not in said, said


def test_a_complaint_without_a_laugh_still_gets_the_feeling_offer() -> None:
    assert rw.feeling_fits("The dog ate another sock and I had to pay the vet again.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Either you go to counselling or I'm calling a lawyer.",
        "Book the mediation by the 1st or I'm ringing my solicitor",
        "you sort the drinking or im calling a divorce lawyer",
    ],
)
def test_ringing_a_solicitor_is_the_writers_own_step(sentence: str) -> None:
    assert not hints.threatens(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["Either you come or I'm telling your mum.", "Stop it or I'm calling your boss."],
)
def test_a_threat_to_do_something_to_them_is_still_one(sentence: str) -> None:
    assert hints.threatens(sentence)


def test_the_question_for_you_reply_has_no_pronoun_to_swap() -> None:
    assert "saying them" not in Msg.FOR_YOU_SAY


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "If you don't stop drinking by Christmas, I'm calling a solicitor.",
            ("solicitor", "Christmas"),
        ),
        ("If you stop your tablets again I'll ring your GP.", ("GP",)),
        ("Sort the debts by June or I'm phoning a lawyer.", ("lawyer", "June")),
        ("Book the counsellor by May or I'll ring a solicitor.", ("ring a solicitor", "May")),
    ],
)
def test_keep_your_limit_comes_with_an_example_that_keeps_it(
    sentence: str, kept: tuple[str, ...]
) -> None:
    ex = limit_example(sentence)
    assert ex is not None, sentence
    assert all(word in ex for word in kept), ex


def test_a_threat_to_tell_their_mother_gets_no_limit_example() -> None:
    assert limit_example("Go to the GP or I'm telling your mum.") is None


@pytest.mark.parametrize(
    "text",
    [
        "her sister says I'm too hard on her. beginning to think she's right tbh",
        "his dad told me I nag him too much and honestly starting to think he's right",
    ],
)
def test_someone_elses_view_weighed_up_is_words_for_the_app(text: str) -> None:
    assert to_the_coach(text, analyse(text).findings) == "others"


def test_news_from_their_family_is_not() -> None:
    text = "His mum told me she's coming on Sunday."
    assert to_the_coach(text, analyse(text).findings) != "others"
