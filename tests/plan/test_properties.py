"""Properties: schedules across many zones and DST rules, and plans/reviews for any record."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, time, timedelta

from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from alongside.errors import InvalidInput
from alongside.plan.calendar import calendar_ics
from alongside.plan.checkins import WEEKDAYS, make_schedule, occurrences
from alongside.plan.facts import CALM_WINDOW_DAYS
from alongside.plan.playbook import make_plan
from alongside.plan.review import weekly_review
from alongside.plan.snapshot import STANCE_ORDER
from tests.plan.records import TODAY, Record

# Zones with different daylight-saving rules: northern, southern, half-hour, none.
ZONES = (
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "America/Santiago",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "UTC",
)


@settings(max_examples=60, deadline=None)
@given(
    zone=st.sampled_from(ZONES),
    weekday=st.integers(0, 6),
    clock=st.times(),
    start=st.dates(date(2025, 1, 1), date(2030, 12, 31)),
    every=st.integers(1, 4),
)
def test_occurrences_keep_the_wall_clock_and_the_ics_agrees(
    zone: str, weekday: int, clock: time, start: date, every: int
) -> None:
    at = f"{clock.hour:02d}:{clock.minute:02d}"
    try:
        schedule, _ = make_schedule(
            weekday=WEEKDAYS[weekday],
            at=at,
            timezone=zone,
            today=start,
            start=start,
            every_weeks=every,
        )
    except InvalidInput as error:
        assert "does not exist" in str(error)
        return
    found = occurrences(schedule, schedule.starts_at, 30)
    assert len(found) == 30
    for previous, current in itertools.pairwise(found):
        assert (current.starts_at.date() - previous.starts_at.date()) == timedelta(weeks=every)
    for occurrence in found:
        assert occurrence.starts_at.weekday() == weekday
        same_clock = occurrence.starts_at.strftime("%H:%M") == at
        assert same_clock or occurrence.note is not None

    calendar = Calendar.from_ical(calendar_ics(schedule, dtstamp=datetime(2026, 1, 1, tzinfo=UTC)))
    until = found[-1].starts_at
    parsed = sorted(
        when.astimezone(UTC)
        for event in calendar.walk("VEVENT")
        for when in itertools.takewhile(
            lambda d: d <= until,
            rrulestr(_text(event["rrule"].to_ical()), dtstart=event.decoded("dtstart")),
        )
    )
    # the same instants (aware datetimes sharing a zone compare by wall clock, so use UTC)
    assert parsed == [o.starts_at.astimezone(UTC) for o in found]


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


KINDS = ("conversation", "win", "setback", "invitation", "selfcare", "checkin", "message")


@st.composite
def records(draw: st.DrawFn) -> Record:
    rec = Record()
    for kind in draw(
        st.lists(st.sampled_from((*KINDS, "goal", "boundary", "agreement")), max_size=25)
    ):
        days_ago = draw(st.integers(0, 400))
        fields: dict[str, object] = {}
        if kind == "conversation":
            fields = {"topic": draw(st.text(max_size=30))}
            if draw(st.booleans()):
                fields["rating"] = draw(st.integers(1, 5))
            if draw(st.booleans()):
                fields["stance"] = draw(st.sampled_from(STANCE_ORDER))
        elif kind == "invitation":
            fields = {"how": "x", "response": draw(st.text(max_size=30))}
            if draw(st.booleans()):
                fields["stance_after"] = draw(st.sampled_from(STANCE_ORDER))
        elif kind == "message":
            fields = {
                "text": "m",
                "pushing": draw(st.integers(0, 9)),
                "inviting": draw(st.integers(0, 9)),
            }
        elif kind == "agreement":
            fields = {
                "agreement": "a",
                "revisit_on": TODAY + timedelta(days=draw(st.integers(-60, 60))),
            }
        else:
            fields = {
                "what": draw(st.text(max_size=40)),
                "action": "a",
                "notes": "n",
                "goal": "g",
                "boundary": "b",
            }
        rec.add(kind, days_ago, **fields)
    return rec


@settings(max_examples=150, deadline=None)
@given(rec=records(), week_offset=st.integers(0, 60))
def test_any_record_gets_a_plan_and_a_review(rec: Record, week_offset: int) -> None:
    snapshot = rec.snapshot()
    plan = make_plan(snapshot)
    assert plan.next_step.text and "{" not in plan.next_step.text
    assert "P8" in plan.selfcare
    assert len(plan.more) <= 2
    monday = TODAY - timedelta(days=TODAY.weekday(), weeks=week_offset)
    text = weekly_review(snapshot, monday).text()
    assert text.startswith("Your week,") and text.endswith("\n")
    since = plan.facts["days_since_last_setback"]
    if isinstance(since, int) and since < CALM_WINDOW_DAYS:
        assert all(s.rule_id not in ("gentle_reinvite", "first_invitation") for s in plan.steps)
    if plan.facts["recent_setback"]:
        assert plan.next_step.rule_id in ("safety_first", "cool_off_after_setback")
        assert all(s.rule_id not in ("gentle_reinvite", "first_invitation") for s in plan.steps)
