"""Context before findings: only what the writer says to the partner is coached as pushing.

Reported speech (with or without quote marks), the writer's own commitments and a story of
how someone has been are read, not scored. Each context has a control: the same words said
to the partner are still found, so these tests fail if the scope swallows everything.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.analyse import lower_same_length, not_to_partner, spoken_by_others

PUSHING = {
    "blame",
    "absolute",
    "label",
    "therapy_as_fix",
    "ultimatum",
    "pressure",
    "unsolicited_advice",
    "invalidation",
    "contempt",
}


def _pushing(text: str) -> set[str]:
    return {f.id for f in analyse(text).findings if f.polarity == "pushing"}


REPORTED = [
    "Your dad said you need to get some help.",
    "my mum told me I should stop texting you so much",
    "Your sister keeps saying you have to see a counsellor.",
    "The doctor told us you must cut down on salt.",
    "Jo texted that you should never have left the party.",
    "My boss says I always leave early on Fridays.",
    "Your brother was like you need to stop drinking.",
    "He goes you're so lazy, right in front of my friends.",
    "Her friend told her she has to leave him.",
    "The teacher said we should read with him every night.",
    "You said you'd never go to a counsellor.",
    "My grandmother used to say you have to eat breakfast.",
]
REPORTED_CONTROLS = [
    "You need to get some help.",
    "You should stop texting me so much.",
    "You have to see a counsellor.",
    "You always leave early on Fridays.",
    "I told you, you need to stop drinking.",
    "I said you should never have left the party.",
]


@pytest.mark.parametrize("text", REPORTED)
def test_reported_speech_is_not_the_writers_pressure(text: str) -> None:
    assert _pushing(text) == set(), text


@pytest.mark.parametrize("text", REPORTED_CONTROLS)
def test_the_same_words_said_by_the_writer_are_found(text: str) -> None:
    assert _pushing(text), text


COMMITMENTS = [
    "I need to work on that.",
    "I should call my sister.",
    "I have to pick the kids up at four.",
    "I've got to finish the report tonight.",
    "I really need to get more sleep.",
    "I should probably book the dentist.",
    "I gotta fix the gate this weekend.",
    "Honestly I need to listen better, I know.",
    "I ought to ring your mum back.",
    "Sorry, I have to run, I'll text later.",
    "I need to apologise for last night.",
    "I think I should take a walk and calm down first.",
]
COMMITMENT_CONTROLS = [
    "You need to work on that.",
    "You should call your sister.",
    "You have to pick the kids up at four.",
    "He needs to fix the gate this weekend.",
    "I need you to listen better.",
]


@pytest.mark.parametrize("text", COMMITMENTS)
def test_the_writers_own_commitment_is_not_pressure(text: str) -> None:
    assert "pressure" not in _pushing(text), text


@pytest.mark.parametrize("text", COMMITMENT_CONTROLS)
def test_obligations_on_others_and_standards_stay_pressure(text: str) -> None:
    assert "pressure" in _pushing(text), text


STORIES = [
    "She's never been unfaithful.",
    "He has always been kind to the kids.",
    "They've never missed a birthday.",
    "She has never lied to me about money.",
    "He's always worked nights, since we met.",
    "They have always been close to their cousins.",
    "She'd never been to a therapist before last year.",
    "He's never had a drink in front of the kids.",
    "We've always had Sunday dinner with your parents.",
    "It has never rained on our anniversary.",
]
STORY_CONTROLS = [
    "You never listen.",
    "You're always late.",
    "u never help with anything",
    "You always make plans without asking me.",
]


@pytest.mark.parametrize("text", STORIES)
def test_a_story_of_how_someone_has_been_is_not_an_absolute(text: str) -> None:
    assert "absolute" not in _pushing(text), text


@pytest.mark.parametrize("text", STORY_CONTROLS)
def test_absolutes_said_now_are_found(text: str) -> None:
    assert "absolute" in _pushing(text), text


TOGETHER_STORIES = [
    "we've been together 3 years",
    "We were together at uni.",
    "We lived together in Leeds for a while.",
    "They got together last spring.",
    "We've been living together since May.",
    "We stayed together through the move.",
    "My parents were together for forty years.",
    "We are together most evenings anyway.",
    "We moved in together in 2019.",
    "They've been together since school.",
]


@pytest.mark.parametrize("text", TOGETHER_STORIES)
def test_having_been_together_is_not_a_shared_goal(text: str) -> None:
    assert "shared_goal" not in {f.id for f in analyse(text).findings}, text


def test_a_shared_goal_is_still_found() -> None:
    assert "shared_goal" in {f.id for f in analyse("Let's figure this out together.").findings}


def test_scope_functions_on_their_own() -> None:
    low = lower_same_length("Your dad said you need to rest.")
    assert spoken_by_others(low, low.index("you need"))
    low = lower_same_length("I said you need to rest.")
    assert not spoken_by_others(low, low.index("you need"))
    low = lower_same_length("Your dad called. You need to rest.")
    assert not spoken_by_others(low, low.index("you need"))
    low = lower_same_length("I need to rest.")
    assert not_to_partner(low, low.index("need"), low.index("need") + len("need to"))


def test_pushing_ids_are_known() -> None:
    found = set().union(*(_pushing(t) for t in REPORTED_CONTROLS + COMMITMENT_CONTROLS))
    assert found <= PUSHING


@pytest.mark.parametrize(
    "text",
    [
        "From what you wrote you already know you're so selfish.",
        "As you said, you never listen to me.",
    ],
)
def test_what_someone_said_as_a_noun_phrase_is_not_reported_speech(text: str) -> None:
    assert _pushing(text), text


# A story about them said now ("He's always late"): the overgeneralising is still found, for
# the record, but it is not words to them, so it is not coached (polarity "other").
STORY_ABSOLUTES = [
    "He's always late.",
    "She never helps with anything.",
    "He never listens to me.",
    "my husband just never helps with the kids",
    "They constantly interrupt me.",
]


@pytest.mark.parametrize("text", STORY_ABSOLUTES)
def test_an_absolute_in_a_story_about_them_is_kept_for_the_record(text: str) -> None:
    analysis = analyse(text)
    assert "absolute" in analysis.categories, text
    assert "absolute" not in _pushing(text), text
    assert [f.id for f in analysis.about_them] == ["absolute"]


def test_a_story_beside_words_to_them_keeps_both_readings() -> None:
    analysis = analyse("He never listens to me and you never listen either.")
    assert [f.polarity for f in analysis.findings if f.id == "absolute"] == ["other", "pushing"]


# Hindsight about oneself ("I should have known") is the should-statement trap said of the
# writer: noted for them, not coached as pressure; "I shouldn't have to ask twice" still is.
HINDSIGHT = [
    "I should have known.",
    "I should have been a more patient dad.",
    "I shouldn't have said that, I'm sorry.",
    "i shouldnt have yelled",
    "I should've called you earlier.",
]


@pytest.mark.parametrize("text", HINDSIGHT)
def test_hindsight_about_oneself_is_noted_not_pressure(text: str) -> None:
    analysis = analyse(text)
    assert "pressure" in analysis.categories, text
    assert "pressure" not in _pushing(text), text
    assert [f.id for f in analysis.about_you] == ["pressure"]


@pytest.mark.parametrize(
    "text", ["I shouldn't have to ask twice.", "You should have told me.", "He should've known."]
)
def test_should_have_on_someone_else_stays_pressure(text: str) -> None:
    assert "pressure" in _pushing(text), text
