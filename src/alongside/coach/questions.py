"""Open questions for the partner, by topic and stage of change (P12, P14, P17).

The bank lives in `data/questions.toml`; every question in it is a test case (it must read
as an open question and the coach must find nothing pushing in it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from alongside.errors import InvalidInput
from alongside.messages import Msg
from alongside.vault.kinds import STANCES

QUESTIONS_FILE = "questions.toml"
ALL_STAGES = "all"
STAGE_IDS: tuple[str, ...] = tuple(stage for stage, _ in STANCES)
STAGE_WORDS: dict[str, str] = dict(STANCES)
# The stages of change by their Transtheoretical Model names (Prochaska & DiClemente), as
# a reader of the approach may type them.
TTM_STAGES: dict[str, str] = {
    "precontemplation": "not_considering",
    "contemplation": "considering",
    "preparation": "preparing",
    "action": "trying",
    "maintenance": "continuing",
}


@dataclass(frozen=True)
class Question:
    text: str
    topic: str
    stages: tuple[str, ...]
    principles: tuple[str, ...]


@dataclass(frozen=True)
class QuestionBank:
    questions: tuple[Question, ...]
    topics: dict[str, str]  # id -> title
    lead: dict[str, tuple[str, ...]]  # stage -> the topics that come first at that stage


@cache
def question_bank() -> QuestionBank:
    text = files("alongside.coach").joinpath("data", QUESTIONS_FILE).read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    questions = []
    for q in raw["question"]:
        stages = tuple(q["stages"])
        questions.append(
            Question(
                text=str(q["text"]),
                topic=str(q["topic"]),
                stages=STAGE_IDS if stages == (ALL_STAGES,) else stages,
                principles=tuple(q["principles"]),
            )
        )
    lead = {stage: tuple(topics) for stage, topics in raw.get("lead", {}).items()}
    return QuestionBank(questions=tuple(questions), topics=dict(raw["topics"]), lead=lead)


def _normal(value: str) -> str:
    return value.strip().lower().replace("_", "-").replace(" ", "-")


def topic_id(topic: str) -> str:
    wanted = _normal(topic)
    topics = question_bank().topics
    if wanted not in topics:
        raise InvalidInput(Msg.NO_TOPIC.format(topic=topic, known=", ".join(topics)))
    return wanted


def stage_id(stage: str) -> str:
    wanted = _normal(stage).replace("-", "_")
    wanted = TTM_STAGES.get(wanted.replace("_", ""), wanted)
    for stage_key, words in STANCES:
        if wanted in (stage_key, words.replace(" ", "_")):
            return stage_key
    raise InvalidInput(Msg.NO_STAGE.format(stage=stage, known=", ".join(STAGE_IDS)))


def questions_for(topic: str | None = None, stage: str | None = None) -> list[Question]:
    """Questions for a topic and/or stage (both optional).

    In the bank's order, except that a stage's `lead` topics come first: for a partner not
    considering therapy, everyday life and what matters to them before therapy itself.
    """
    wanted_topic = topic_id(topic) if topic else None
    wanted_stage = stage_id(stage) if stage else None
    bank = question_bank()
    found = [
        q
        for q in bank.questions
        if (wanted_topic is None or q.topic == wanted_topic)
        and (wanted_stage is None or wanted_stage in q.stages)
    ]
    lead = bank.lead.get(wanted_stage or "", ())
    return sorted(found, key=lambda q: lead.index(q.topic) if q.topic in lead else len(lead))
