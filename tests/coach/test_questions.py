"""The open-question bank (P12, P14, P17): every question is open and never judgemental."""

from __future__ import annotations

import re

import pytest

from alongside.coach import analyse
from alongside.coach.mi import classify_sentence
from alongside.coach.questions import (
    STAGE_IDS,
    Question,
    question_bank,
    questions_for,
    stage_id,
    topic_id,
)
from alongside.errors import InvalidInput
from alongside.safety import screen

BANK = question_bank().questions
JUDGEMENTAL = re.compile(
    r"\b(?:should|must|need to|have to|why don't|why won't|why can't|always|never|broken|"
    r"wrong with|your problem|fix you|admit|obviously|just go)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("question", BANK, ids=[q.text for q in BANK])
def test_every_question_is_open_and_gentle(question: Question) -> None:
    assert question.text.endswith("?")
    assert classify_sentence(question.text) == "open"
    assert not JUDGEMENTAL.search(question.text)
    assert not screen(question.text).flagged
    assert question.topic in question_bank().topics
    assert set(question.stages) <= set(STAGE_IDS) and question.stages
    assert all(re.fullmatch(r"P([1-9]|1[0-9]|2[01])", p) for p in question.principles)


@pytest.mark.parametrize("question", BANK, ids=[q.text for q in BANK])
def test_the_coach_finds_nothing_pushing_and_an_open_question(question: Question) -> None:
    analysis = analyse(question.text)
    assert analysis.pushing == 0, [
        (f.id, question.text[f.start : f.end]) for f in analysis.findings if f.polarity == "pushing"
    ]
    assert "open_question" in analysis.categories


@pytest.mark.parametrize("topic", ["fears", "cost", "format", "stigma", "past", "daily-life"])
def test_every_topic_has_questions(topic: str) -> None:
    assert len(questions_for(topic=topic)) >= 3


@pytest.mark.parametrize("stage", STAGE_IDS)
def test_every_stage_has_questions_on_several_topics(stage: str) -> None:
    found = questions_for(stage=stage)
    assert len({q.topic for q in found}) >= 3


def test_filters_combine_and_accept_plain_words() -> None:
    found = questions_for(topic="Daily life", stage="not considering it")
    assert found and all(q.topic == "daily-life" for q in found)
    assert all("not_considering" in q.stages for q in found)
    assert stage_id("Not_Considering") == "not_considering"
    assert topic_id("daily_life") == "daily-life"


@pytest.mark.parametrize(("topic", "stage"), [("money", None), (None, "denial")])
def test_unknown_topic_or_stage_names_the_choices(topic: str | None, stage: str | None) -> None:
    with pytest.raises(InvalidInput, match="Try one of"):
        questions_for(topic=topic, stage=stage)


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("precontemplation", "not_considering"),
        ("Pre-contemplation", "not_considering"),
        ("contemplation", "considering"),
        ("preparation", "preparing"),
        ("action", "trying"),
        ("Maintenance", "continuing"),
        ("not considering it", "not_considering"),
    ],
)
def test_stages_of_change_are_also_known_by_their_model_names(name: str, stage: str) -> None:
    from alongside.coach.questions import stage_id

    assert stage_id(name) == stage


def test_a_partner_not_considering_therapy_hears_about_life_before_therapy() -> None:
    found = questions_for(stage="not_considering")
    first = found[:8]
    assert {q.topic for q in first} <= {"daily-life", "values"}
    assert not any("therap" in q.text.lower() or "session" in q.text.lower() for q in first)
    assert all("first session" not in q.text for q in found)
    # the bank's order still holds within a topic, and other stages keep it
    assert questions_for(stage="preparing")[0].topic == "fears"


@pytest.mark.parametrize("topic", ["drinking", "medication", "grief", "anger"])
def test_the_topics_craft_was_built_for_have_questions_at_every_stage(topic: str) -> None:
    for stage in ("not_considering", "considering"):
        assert questions_for(topic, stage), (topic, stage)
