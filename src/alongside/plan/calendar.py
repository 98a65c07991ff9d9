"""Export the check-in schedule as an RFC 5545 calendar file (.ics) that calendars import.

Prompts rotate by occurrence, but one recurring event has one description. So a
schedule repeating every k weeks with N prompt sets becomes N recurring events, each
repeating every k*N weeks and starting one occurrence later, each carrying its own
prompts: together they land on exactly the schedule's dates, and every occurrence shows
the prompts that belong to it. Each event has a stable UID (the schedule's id plus its
place in the rotation), so importing again updates rather than duplicates. Times carry
their TZID and the file includes the VTIMEZONE, so 19:00 stays 19:00 across DST changes.
"""

from __future__ import annotations

import re
from datetime import MAXYEAR, UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event, vRecur

from alongside.plan.checkins import (
    DURATION_MINUTES,
    Schedule,
    load_prompts,
    occurrences,
    one_line,
)

# Neutral identifiers: an exported file may sit on a shared device, and nothing in it
# needs to say which app made it.
PRODID = "-//Check-ins//Weekly//EN"
UID_DOMAIN = "checkins.local"
# The VTIMEZONE covers this many years from the first check-in: enough for any
# calendar to place every occurrence, small enough to keep the file readable.
TIMEZONE_YEARS = 10
# A gentle reminder before each check-in: time to finish what you're doing and arrive.
REMIND_MINUTES = 30

# Rules we can split into a rotation: one occurrence per period, no end.
_SPLITTABLE = re.compile(r"^FREQ=(DAILY|WEEKLY|MONTHLY)(?:;INTERVAL=(\d+))?(?:;BYDAY=([A-Z]{2}))?$")


def _description(lines: tuple[str, ...], closing: str) -> str:
    return "\n".join((*lines, "", closing))


# Calendar events are often seen by both partners (and synced to other devices), so the
# words are written for both of you: no principle codes, no mention of this app.
CLOSING = "Keep it short and kind. It's fine to stop and come back to a topic later."


def _event(
    schedule: Schedule, uid: str, start: datetime, rule: str, description: str, dtstamp: datetime
) -> Event:
    title = one_line(schedule.title)  # a calendar line holds no line breaks
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", dtstamp.astimezone(UTC))
    event.add("summary", title)
    event.add("dtstart", start)
    event.add("duration", timedelta(minutes=DURATION_MINUTES))
    event.add("rrule", vRecur.from_ical(rule))
    event.add("description", description)
    event.add("transp", "OPAQUE")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"{title} in {REMIND_MINUTES} minutes")
    alarm.add("trigger", timedelta(minutes=-REMIND_MINUTES))
    event.add_component(alarm)
    return event


def calendar_ics(schedule: Schedule, *, dtstamp: datetime) -> bytes:
    """The schedule as .ics bytes. `dtstamp` is when the file was made (fixed in tests)."""
    uid_base = schedule.uid or "checkin"
    prompt_count = len(load_prompts())
    first = occurrences(schedule, schedule.starts_at, prompt_count)  # also checks the rule
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", one_line(schedule.title))
    calendar.add("x-wr-timezone", schedule.timezone)
    split = _SPLITTABLE.match(schedule.rule)
    if split:
        freq, interval, byday = split.group(1), int(split.group(2) or 1), split.group(3)
        for occurrence in first:
            rule = f"FREQ={freq};INTERVAL={interval * prompt_count}"
            rule += f";BYDAY={byday}" if byday else ""
            calendar.add_component(
                _event(
                    schedule,
                    f"{uid_base}-{occurrence.index + 1}-of-{prompt_count}@{UID_DOMAIN}",
                    # the schedule's wall clock, even where one night's clock change moved it
                    datetime.combine(occurrence.starts_at.date(), schedule.starts_at.timetz()),
                    rule,
                    _description(occurrence.prompts.lines(), CLOSING),
                    dtstamp,
                )
            )
    else:
        lines = tuple(line for p in load_prompts() for line in p.lines()[:2])
        calendar.add_component(
            _event(
                schedule,
                f"{uid_base}@{UID_DOMAIN}",
                schedule.starts_at,
                schedule.rule,
                _description(lines, CLOSING),
                dtstamp,
            )
        )
    first_day = schedule.starts_at.date()
    calendar.add_missing_timezones(
        first_date=first_day.replace(month=1, day=1),
        last_date=date(min(first_day.year + TIMEZONE_YEARS, MAXYEAR), 1, 1),
    )
    ics: bytes = calendar.to_ical()
    return ics
