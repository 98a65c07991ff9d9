"""A danger sign in the record: `ready` never says "now" within 30 days (as the plan), and the
weekly review never calls intimidation or violence a setback to learn from (issue 10)."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from alongside.coach.readiness import check_readiness
from alongside.plan.facts import SAFETY_LOOKBACK_DAYS, compute_facts, recent_danger
from alongside.plan.review import weekly_review
from alongside.safety.messages import READY_NOT_NOW, REVIEW_CLOSING
from tests.plan.records import TODAY, Record, steady_basics

LAST_WEEK = date(2026, 3, 9)  # Monday of 2026-W11; TODAY is Wednesday 18 March
NOON = datetime.combine(TODAY, time(12, 0))
PUNCHED = "He punched the wall next to my head when I mentioned counselling"


def with_setback(days_ago: int, what: str = PUNCHED, learned: str = "") -> Record:
    return steady_basics(Record()).add("setback", days_ago, what=what, learned=learned)


@pytest.mark.parametrize("days_ago", [0, 10, SAFETY_LOOKBACK_DAYS - 1])
def test_ready_is_never_now_within_the_plans_window(days_ago: int) -> None:
    snapshot = with_setback(days_ago).snapshot()
    danger = recent_danger(snapshot)
    assert danger  # the same window and screen as the plan's safety fact:
    assert compute_facts(snapshot)["safety_concern"] is True
    result = check_readiness(9, 9, now=NOON, danger=danger)
    assert result.ready is False
    assert result.answer == READY_NOT_NOW
    assert "Now looks like a good moment" not in result.answer
    first = result.reasons[0]
    assert first.kind == "wait" and f"last {SAFETY_LOOKBACK_DAYS} days" in first.text
    assert "not your fault" in first.text
    assert result.safety_first == danger


def test_after_the_window_ready_may_say_now_again() -> None:
    snapshot = with_setback(SAFETY_LOOKBACK_DAYS).snapshot()
    assert recent_danger(snapshot) == ()
    assert compute_facts(snapshot)["safety_concern"] is False
    result = check_readiness(9, 9, now=NOON, danger=recent_danger(snapshot))
    assert result.ready and result.answer == "Now looks like a good moment."


def test_an_ordinary_setback_does_not_block_ready() -> None:
    snapshot = with_setback(2, what="We argued about the dishes and both sulked").snapshot()
    assert recent_danger(snapshot) == ()


@pytest.mark.parametrize(
    "what",
    [
        PUNCHED,
        "She smashed my phone and blocked the door so I couldn't leave",
        "he shoved me into the wardrobe",
    ],
)
def test_the_review_tells_violence_as_a_safety_concern_not_a_lesson(what: str) -> None:
    rec = with_setback(6, what=what, learned="I should not bring it up when he is tired")
    rec.add("setback", 5, what="A cold, silent weekend", learned="Ask for a pause")
    rec.add("conversation", 4, topic="Therapy", rating=1)
    review = weekly_review(rec.snapshot(), LAST_WEEK)
    sections = {s.heading: s.lines for s in review.sections}
    safety = " ".join(sections["Your safety first"])
    assert "not a setback to learn from" in safety
    assert what[:40] in safety
    hard = " ".join(sections["What was hard"])
    assert what[:40] not in hard and "A cold, silent weekend" in hard
    learned = " ".join(sections["What was learned"])
    assert "when he is tired" not in learned and "Ask for a pause" in learned
    assert review.closing == REVIEW_CLOSING
    assert "chance to learn" not in review.closing
    assert "chance to learn" not in review.text().replace("not a setback to learn from", "")


def test_a_hard_week_without_danger_still_learns() -> None:
    rec = with_setback(6, what="We argued about money and he walked out", learned="Pause")
    rec.add("setback", 5, what="A cold, silent weekend")
    review = weekly_review(rec.snapshot(), LAST_WEEK)
    assert "Your safety first" not in [s.heading for s in review.sections]
    assert "chance to learn" in review.closing
