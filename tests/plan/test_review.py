"""The weekly review reads sensibly for an empty, a hard and a good week (golden texts)."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from alongside.errors import InvalidInput
from alongside.plan.report import review_html
from alongside.plan.review import parse_week, weekly_review
from tests.plan.records import Record, steady_basics

GOLDEN = Path(__file__).parent / "golden"
LAST_WEEK = date(2026, 3, 9)  # Monday of 2026-W11; records.TODAY is Wednesday 18 March


def hard_week() -> Record:
    rec = steady_basics(Record())
    rec.add("conversation", 16, topic="Holiday plans", rating=4, stance="considering")
    rec.add("message", 15, text="You never listen", pushing=3, inviting=0)
    rec.add("setback", 8, what="We argued about money and he walked out", learned="")
    rec.add("conversation", 7, topic="Therapy", rating=1, stance="not_considering")
    rec.add(
        "setback",
        5,
        what="A cold, silent weekend",
        learned="Raising it late in the evening never goes well for us",
    )
    rec.add("message", 6, text="I'm worried and I want us to be ok", pushing=1, inviting=1)
    return rec


def good_week() -> Record:
    rec = steady_basics(Record())
    rec.add("conversation", 20, topic="Work stress", rating=3, stance="not_considering")
    rec.add("message", 14, text="You should get help", pushing=2, inviting=0)
    rec.add("win", 9, what="A calm morning with breakfast together")
    rec.add("conversation", 8, topic="What worries him about therapy", rating=4)
    rec.add("conversation", 6, topic="A podcast on listening", rating=5, stance="considering")
    rec.add("journal", 7, situation="Tension at dinner", next_time="Name my feeling before I react")
    rec.add("message", 7, text="Could we talk about how we listen?", pushing=0, inviting=3)
    rec.add("checkin", 4, notes="Appreciations, then the weekend plan", rating=4)
    rec.add("selfcare", 5, action="Yoga class", type="action")
    return rec


CASES = {
    "review_empty": Record(),
    "review_hard": hard_week(),
    "review_good": good_week(),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_review_reads_like_the_golden_text(name: str) -> None:
    review = weekly_review(CASES[name].snapshot(), LAST_WEEK)
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("ALONGSIDE_UPDATE_GOLDEN") == "1":
        golden.write_text(review.text())
    assert review.text() == golden.read_text()


def test_a_hard_week_learns_and_a_good_week_celebrates() -> None:
    hard = weekly_review(hard_week().snapshot(), LAST_WEEK).text()
    assert "chance to learn" in hard and "P20" not in hard
    assert "P20" in weekly_review(hard_week().snapshot(), LAST_WEEK).text(why=True)
    assert "Raising it late in the evening" in hard
    good = weekly_review(good_week().snapshot(), LAST_WEEK).text()
    assert "A calm morning" in good
    assert "leaning more toward invitation" in good
    assert "A small step toward openness" in good


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        (None, date(2026, 3, 16)),
        ("this", date(2026, 3, 16)),
        ("last", date(2026, 3, 9)),
        ("2026-W11", date(2026, 3, 9)),
        ("2026w1", date(2025, 12, 29)),
    ],
)
def test_weeks_are_named_plainly(text: str | None, monday: date) -> None:
    assert parse_week(text, date(2026, 3, 18))[0] == monday


@pytest.mark.parametrize("text", ["2026-W60", "next", "2026-13-01", "\x00"])
def test_a_week_that_does_not_exist_gets_a_clear_message(text: str) -> None:
    with pytest.raises(InvalidInput, match="not a week I understand"):
        parse_week(text, date(2026, 3, 18))


def test_html_review_is_printable_self_contained_and_escapes_the_record() -> None:
    rec = good_week().add("win", 8, what="<script>alert(1)</script> we laughed")
    snapshot = rec.snapshot()
    page = review_html(weekly_review(snapshot, LAST_WEEK), snapshot)
    assert page.startswith("<!doctype html>")
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert page.count("<svg ") == 4
    assert 'aria-label="Wins and setbacks, week by week"' in page
    assert "@media print" in page
    external = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?https?:""", page)
    assert external == []


def test_more_pushing_than_last_week_is_named_gently() -> None:
    rec = Record()
    rec.add("message", 15, text="Could we talk?", pushing=0, inviting=2)
    rec.add("message", 6, text="You always do this", pushing=3, inviting=1)
    text = weekly_review(rec.snapshot(), LAST_WEEK).text()
    assert "A few more pushing patterns than the week before" in text
    assert "leaning more toward invitation" not in text


def test_words_about_danger_put_safety_first_in_the_review() -> None:
    rec = Record().add("setback", 8, what="He pushed me into the door", learned="")
    review = weekly_review(rec.snapshot(), LAST_WEEK)
    assert review.sections[0].heading == "Your safety first"
    assert "alongside safety" in review.text()
    calm = weekly_review(hard_week().snapshot(), LAST_WEEK)
    assert calm.sections[0].heading == "What improved"


def test_the_stance_over_three_months_is_narrated() -> None:
    rec = Record()
    rec.add("conversation", 80, topic="t", stance="not_considering")
    rec.add("invitation", 40, how="gently", stance_after="considering")
    rec.add("conversation", 20, topic="t", stance="considering")
    rec.add("conversation", 9, topic="t", stance="preparing")
    text = weekly_review(rec.snapshot(), LAST_WEEK).text()
    assert "Over the last three months: not considering it → considering it → preparing." in text
