"""The facts the playbook reads, computed from small records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from alongside.plan.facts import (
    CALM_WINDOW_DAYS,
    COOL_OFF_DAYS,
    REINVITE_AFTER_DAYS,
    compute_facts,
)
from tests.plan.records import Record


@pytest.mark.parametrize(
    ("response", "declined"),
    [
        ("No, I don't need that", True),
        ("Not interested right now", True),
        ("He refused to talk about it", True),
        ("Maybe, let me think", False),
        ("Yes, let's look together", False),
        ("", False),
    ],
)
def test_a_no_in_words_counts_when_no_stance_was_noted(response: str, declined: bool) -> None:
    facts = compute_facts(Record().add("invitation", 2, how="x", response=response).snapshot())
    assert facts["last_invitation_response_declined"] is declined


def test_the_stance_noted_after_wins_over_the_words() -> None:
    rec = Record().add("invitation", 2, how="x", response="no", stance_after="considering")
    assert compute_facts(rec.snapshot())["last_invitation_response_declined"] is False


def test_reinvite_interval_and_calm_window() -> None:
    rec = Record().add("invitation", REINVITE_AFTER_DAYS, how="x", stance_after="not_considering")
    facts = compute_facts(rec.snapshot())
    assert facts["reinvite_interval_passed"] is True and facts["calm_window"] is True
    rec.add("conversation", COOL_OFF_DAYS - 1, topic="Money", rating=1)
    facts = compute_facts(rec.snapshot())
    assert facts["recent_setback"] is True and facts["calm_window"] is False
    assert facts["days_since_last_hard_talk"] == COOL_OFF_DAYS - 1


def test_rating_trend_compares_two_fortnights() -> None:
    rec = Record()
    for days_ago, rating in ((20, 2), (16, 3), (10, 4), (3, 5)):
        rec.add("conversation", days_ago, topic="t", rating=rating)
    facts = compute_facts(rec.snapshot())
    assert facts["rating_trend"] == "up"
    assert facts["average_rating_recent"] == 45


def test_days_at_current_stance_counts_from_the_first_point_of_the_run() -> None:
    rec = Record()
    rec.add("conversation", 100, topic="t", stance="considering")
    rec.add("conversation", 80, topic="t", stance="not_considering")
    rec.add("conversation", 10, topic="t", stance="not_considering")
    facts = compute_facts(rec.snapshot())
    assert facts["stance"] == "not_considering"
    assert facts["days_at_current_stance"] == 80


def test_agreements_due_and_first_session() -> None:
    rec = Record().add("agreement", 30, agreement="a", revisit_on=Record().today)
    rec.add("therapist", 5, name="Dr. A", contact_status="seen")
    facts = compute_facts(rec.snapshot())
    assert facts["agreements_due_for_revisit"] is True
    assert facts["had_first_session"] is True


def test_entries_dated_in_the_future_are_not_counted_yet() -> None:
    rec = Record().add("setback", 0, what="x")
    rec.entries[-1] = type(rec.entries[-1])(
        "f", "setback", rec.entries[-1].created_at, {"occurred_on": rec.today + timedelta(days=3)}
    )
    assert compute_facts(rec.snapshot())["days_since_last_setback"] is None


def test_a_setback_earlier_this_week_closes_the_calm_window_but_not_for_long() -> None:
    rec = Record().add("setback", COOL_OFF_DAYS + 1, what="A row")
    facts = compute_facts(rec.snapshot())
    assert facts["recent_setback"] is False and facts["calm_window"] is False
    later = Record().add("setback", CALM_WINDOW_DAYS, what="A row")
    assert compute_facts(later.snapshot())["calm_window"] is True
