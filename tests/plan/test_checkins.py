"""Check-in schedules, occurrences across DST, prompts, and the .ics export."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from dateutil.rrule import rrulestr
from icalendar import Calendar

from alongside.errors import InvalidInput
from alongside.plan.calendar import calendar_ics
from alongside.plan.checkins import (
    Schedule,
    load_prompts,
    make_schedule,
    occurrences,
    schedule_from_entry,
)
from alongside.plan.snapshot import RecordEntry

GOLDEN = Path(__file__).parent / "golden" / "checkins.ics"
BERLIN = ZoneInfo("Europe/Berlin")
DTSTAMP = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def berlin_sundays(today: date = date(2026, 3, 10)) -> Schedule:
    schedule, _ = make_schedule(weekday="sun", at="19:00", timezone="Europe/Berlin", today=today)
    return replace(schedule, uid="sched-1")


def test_weekly_sunday_schedule_starts_on_the_next_sunday() -> None:
    schedule, notes = make_schedule(
        weekday="sun", at="19:00", timezone="Europe/Berlin", today=date(2026, 3, 10)
    )
    assert schedule.rule == "FREQ=WEEKLY;BYDAY=SU"
    assert schedule.starts_at == datetime(2026, 3, 15, 19, 0, tzinfo=BERLIN)
    assert notes == ("The first check-in is on Sunday 15 March 2026 at 19:00 (Europe/Berlin).",)


def test_a_start_in_the_past_moves_to_the_next_occurrence_and_says_so() -> None:
    schedule, notes = make_schedule(
        weekday="sunday",
        at="19:00",
        timezone="Europe/Berlin",
        today=date(2026, 3, 10),
        start=date(2025, 12, 1),
    )
    assert schedule.starts_at.date() == date(2026, 3, 15)
    assert notes[0] == "2025-12-01 has already passed, so the check-ins start from today."


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("timezone", "Mars/Olympus", '"Mars/Olympus" is not a time zone I know'),
        ("timezone", "../../etc/passwd", "is not a time zone I know"),
        ("timezone", "", "is not a time zone I know"),
        ("at", "7pm", '"7pm" is not a time I can use'),
        ("at", "25:00", "is not a time I can use"),
        ("weekday", "someday", '"someday" is not a day of the week'),
        ("weekday", "", "is not a day of the week"),
        ("timezone", "Europe/\udcff\x1b[31m", '"Europe/??[31m" is not a time zone I know'),
        ("at", "x" * 500, 'xxx…" is not a time I can use'),
    ],
)
def test_bad_schedule_input_gets_a_clear_sentence(field: str, value: str, message: str) -> None:
    answers = {"weekday": "sun", "at": "19:00", "timezone": "Europe/Berlin"}
    answers[field] = value
    with pytest.raises(InvalidInput, match=re.escape(message)):
        make_schedule(
            weekday=answers["weekday"],
            at=answers["at"],
            timezone=answers["timezone"],
            today=date(2026, 3, 10),
        )


def test_unknown_zone_message_gives_an_example() -> None:
    with pytest.raises(InvalidInput, match="Europe/Berlin"):
        make_schedule(weekday="sun", at="19:00", timezone="Berlin", today=date(2026, 3, 10))


def test_a_time_that_does_not_exist_on_the_first_day_is_refused_plainly() -> None:
    with pytest.raises(InvalidInput, match="02:30 does not exist on Sunday 29 March 2026"):
        make_schedule(weekday="sun", at="02:30", timezone="Europe/Berlin", today=date(2026, 3, 29))


def test_a_later_occurrence_in_the_gap_is_shifted_with_a_note() -> None:
    schedule, _ = make_schedule(
        weekday="sun", at="02:30", timezone="Europe/Berlin", today=date(2026, 3, 20)
    )
    first, second = occurrences(schedule, schedule.starts_at, 2)
    assert first.starts_at.date() == date(2026, 3, 22) and first.note is None
    assert second.starts_at == datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN)
    assert second.note is not None and "clocks jump forward" in second.note


def test_nineteen_hundred_stays_local_across_both_dst_changes() -> None:
    schedule, _ = make_schedule(
        weekday="sun", at="19:00", timezone="Europe/Berlin", today=date(2026, 3, 16)
    )
    spring = occurrences(schedule, schedule.starts_at, 3)
    assert [o.starts_at.hour for o in spring] == [19, 19, 19]
    assert [o.starts_at.utcoffset() for o in spring] == [
        timedelta(hours=1),
        timedelta(hours=2),
        timedelta(hours=2),
    ]
    autumn = occurrences(schedule, datetime(2026, 10, 18, tzinfo=BERLIN), 2)
    assert [o.starts_at.date() for o in autumn] == [date(2026, 10, 18), date(2026, 10, 25)]
    assert [o.starts_at.astimezone(UTC).hour for o in autumn] == [17, 18]


def test_prompts_rotate_by_occurrence_and_start_with_appreciation() -> None:
    schedule = berlin_sundays()
    found = occurrences(schedule, schedule.starts_at, len(load_prompts()) + 1)
    assert [o.index for o in found] == list(range(len(load_prompts()) + 1))
    assert found[0].prompts != found[1].prompts
    assert found[0].prompts == found[-1].prompts
    assert found[0].prompts.lines()[0].startswith("Appreciations first:")


def test_schedule_round_trips_through_entry_fields() -> None:
    schedule = berlin_sundays()
    stored = schedule.fields()
    stored["starts_at"] = schedule.starts_at.astimezone(UTC)  # a store may keep UTC
    entry = RecordEntry("sched-1", "schedule", DTSTAMP, stored)
    assert schedule_from_entry(entry) == schedule


def test_ics_matches_the_golden_file() -> None:
    produced = calendar_ics(berlin_sundays(), dtstamp=DTSTAMP)
    assert produced.decode() == GOLDEN.read_text().replace("\n", "\r\n")


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _expand(ics: bytes, until: datetime) -> list[tuple[datetime, str]]:
    calendar = Calendar.from_ical(ics)
    found: list[tuple[datetime, str]] = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("dtstart")
        rule = rrulestr(_text(event["rrule"].to_ical()), dtstart=start)
        for when in itertools.takewhile(lambda d: d <= until, rule):
            found.append((when, str(event["description"])))
    return sorted(found)


def test_ics_parses_back_to_the_right_occurrences_across_dst() -> None:
    schedule = berlin_sundays()
    parsed = _expand(calendar_ics(schedule, dtstamp=DTSTAMP), datetime(2026, 11, 2, tzinfo=UTC))
    expected = occurrences(schedule, schedule.starts_at, 34)
    assert [when for when, _ in parsed] == [o.starts_at for o in expected]
    assert all(when.hour == 19 and when.minute == 0 for when, _ in parsed)
    offsets = {when.date(): when.utcoffset() for when, _ in parsed}
    assert offsets[date(2026, 3, 22)] == timedelta(hours=1)
    assert offsets[date(2026, 3, 29)] == timedelta(hours=2)
    assert offsets[date(2026, 10, 18)] == timedelta(hours=2)
    assert offsets[date(2026, 10, 25)] == timedelta(hours=1)
    for (_, description), occurrence in zip(parsed, expected, strict=True):
        assert occurrence.prompts.topic in description


def test_ics_has_timezone_stable_uids_and_stamp() -> None:
    calendar = Calendar.from_ical(calendar_ics(berlin_sundays(), dtstamp=DTSTAMP))
    assert [str(tz["tzid"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]
    events = calendar.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [
        f"sched-1-{i}-of-4@checkins.local" for i in range(1, 5)
    ]
    assert all(e.decoded("dtstamp") == DTSTAMP for e in events)
    alarms = [a for e in events for a in e.walk("VALARM")]
    assert len(alarms) == 4
    assert all(a.decoded("trigger") == timedelta(minutes=-30) for a in alarms)
    assert b"alongside" not in calendar_ics(berlin_sundays(), dtstamp=DTSTAMP).lower()
    for event in events:  # shared calendars: words for both partners, nothing about this app
        assert "Alongside" not in str(event["description"])
        assert "(P" not in str(event["description"])
    again = Calendar.from_ical(calendar_ics(berlin_sundays(), dtstamp=DTSTAMP))
    assert [str(e["uid"]) for e in again.walk("VEVENT")] == [str(e["uid"]) for e in events]


def test_an_unsplittable_rule_becomes_one_recurring_event() -> None:
    schedule = replace(berlin_sundays(), rule="FREQ=WEEKLY;COUNT=3;BYDAY=SU")
    calendar = Calendar.from_ical(calendar_ics(schedule, dtstamp=DTSTAMP))
    (event,) = calendar.walk("VEVENT")
    assert str(event["uid"]) == "sched-1@checkins.local"
    assert "COUNT=3" in _text(event["rrule"].to_ical())


def test_a_check_in_already_over_today_starts_next_week() -> None:
    sunday_evening = datetime(2026, 3, 15, 20, 0, tzinfo=BERLIN)
    schedule, notes = make_schedule(
        weekday="sun",
        at="19:00",
        timezone="Europe/Berlin",
        today=sunday_evening.date(),
        now=sunday_evening,
    )
    assert schedule.starts_at == datetime(2026, 3, 22, 19, 0, tzinfo=BERLIN)
    assert "Sunday 22 March 2026" in notes[-1]
    earlier, _ = make_schedule(
        weekday="sun",
        at="21:00",
        timezone="Europe/Berlin",
        today=sunday_evening.date(),
        now=sunday_evening,
    )
    assert earlier.starts_at.date() == sunday_evening.date()


@pytest.mark.parametrize("rule", ["FREQ=SOMETIMES", "garbage", "FREQ=WEEKLY;BYDAY=XX"])
def test_a_damaged_repeat_rule_is_a_clear_message(rule: str) -> None:
    schedule = replace(berlin_sundays(), rule=rule)
    with pytest.raises(InvalidInput, match="is not one I can read"):
        calendar_ics(schedule, dtstamp=DTSTAMP)
    with pytest.raises(InvalidInput, match="is not one I can read"):
        occurrences(schedule, schedule.starts_at, 3)


def test_a_stored_schedule_without_a_first_date_or_zone_is_explained() -> None:
    entry = RecordEntry("s", "schedule", DTSTAMP, {"title": "Ours", "timezone": "Europe/Berlin"})
    with pytest.raises(InvalidInput, match="no first date"):
        schedule_from_entry(entry)
    broken = RecordEntry("s", "schedule", DTSTAMP, {"starts_at": DTSTAMP, "timezone": "Nowhere/X"})
    with pytest.raises(InvalidInput, match='"Nowhere/X" is not a time zone I know'):
        schedule_from_entry(broken)


@pytest.mark.parametrize("index", range(len(load_prompts())))
def test_each_prompt_set_starts_with_appreciation_and_never_sets_a_therapy_agenda(
    index: int,
) -> None:
    prompts = load_prompts()[index]
    assert prompts.appreciation and prompts.topic and prompts.plan
    for line in prompts.lines():
        assert "therap" not in line.lower()  # a check-in is not a campaign (P1, P6)
    assert prompts.lines()[0].startswith("Appreciations first")
