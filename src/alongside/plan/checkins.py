"""Check-ins on a schedule (P9, P12): when they happen and what to talk about.

A schedule is a first date and time in a named time zone plus an RFC 5545 rule
("FREQ=WEEKLY;BYDAY=SU"). Occurrences are computed on the local wall clock with
python-dateutil and only then given their zone, so a check-in at 19:00 stays at 19:00
when the clocks change. Prompts rotate by occurrence: appreciations first, one topic,
a small plan.
"""

from __future__ import annotations

import re
import textwrap
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrulestr

from alongside.errors import InvalidInput
from alongside.messages import Msg
from alongside.plan.snapshot import EntryLike, shown, text_field

DEFAULT_TITLE = "Our check-in"
# Twenty minutes is long enough for appreciations, one topic and a plan, and short
# enough to stay light (Gottman's weekly "state of the union" suggests about an hour;
# we start smaller, P11).
DURATION_MINUTES = 20
MAX_WEEKS_APART = 4  # further apart stops feeling like a rhythm (P9)
MAX_YEARS_AHEAD = 10  # a first check-in further away is a typo, not a plan
TZ_EXAMPLE = "Europe/Berlin or America/New_York"

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RRULE_DAYS: tuple[str, ...] = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY_NAMES: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)


@dataclass(frozen=True)
class Prompts:
    appreciation: str
    topic: str
    plan: str

    def lines(self) -> tuple[str, str, str]:
        return (
            f"Appreciations first: {self.appreciation}",
            f"One topic: {self.topic}",
            f"A plan: {self.plan}",
        )


@dataclass(frozen=True)
class Schedule:
    title: str
    starts_at: datetime  # aware, on the local wall clock of `timezone`
    timezone: str
    rule: str
    uid: str = ""  # stable id for calendars (the schedule entry's id)

    @property
    def zone(self) -> ZoneInfo:
        return zone_named(self.timezone)

    def fields(self) -> dict[str, object]:
        """The fields of the vault's "schedule" entry."""
        return {
            "title": self.title,
            "starts_at": self.starts_at,
            "timezone": self.timezone,
            "rule": self.rule,
        }


@dataclass(frozen=True)
class Occurrence:
    index: int  # 0 for the first check-in of the schedule
    starts_at: datetime  # aware, local
    prompts: Prompts
    note: str | None = None  # e.g. moved because the clocks jump that night

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=DURATION_MINUTES)

    def text(self, width: int = 88) -> str:
        """When, any note, and the prompts, as plain wrapped text."""

        def wrap(words: str) -> str:
            return textwrap.fill(words, width, initial_indent="    ", subsequent_indent="    ")

        when = self.starts_at
        lines = [f"{long_date(when.date())} at {when:%H:%M} ({when.tzname()})"]
        if self.note:
            lines.append(wrap(f"Note: {self.note}"))
        lines += [wrap(line) for line in self.prompts.lines()]
        return "\n".join(lines)


@cache
def load_prompts() -> tuple[Prompts, ...]:
    text = resources.files("alongside.plan").joinpath("data/checkin_prompts.toml").read_text()
    data = tomllib.loads(text)
    return tuple(Prompts(p["appreciation"], p["topic"], p["plan"]) for p in data["prompt"])


def prompts_for(index: int) -> Prompts:
    prompts = load_prompts()
    return prompts[index % len(prompts)]


def zone_named(name: str) -> ZoneInfo:
    """The time zone `name`, or a clear message naming it and an example."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError) as error:  # OSError: name too long
        raise InvalidInput(
            Msg.NOT_A_TIME_ZONE.format(text=shown(name), example=TZ_EXAMPLE)
        ) from error


def parse_weekday(word: str) -> int:
    key = word.strip().lower()[:3]
    if key not in WEEKDAYS or not _DAY_NAMES[WEEKDAYS.index(key)].lower().startswith(
        word.strip().lower()
    ):
        raise InvalidInput(Msg.NOT_A_WEEKDAY.format(text=shown(word)))
    return WEEKDAYS.index(key)


def parse_time(text: str) -> time:
    found = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", text)
    if not found or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        raise InvalidInput(Msg.NOT_A_TIME.format(text=shown(text)))
    return time(int(found.group(1)), int(found.group(2)))


def _wall_clock_exists(naive: datetime, zone: ZoneInfo) -> bool:
    aware = naive.replace(tzinfo=zone)
    return aware.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive


def one_line(text: str) -> str:
    """A title on one line: line breaks and runs of spaces become single spaces."""
    return " ".join(text.split())


def long_date(day: date) -> str:
    return f"{_DAY_NAMES[day.weekday()]} {day.day} {day.strftime('%B %Y')}"


def make_schedule(
    *,
    weekday: str,
    at: str,
    timezone: str,
    today: date,
    start: date | None = None,
    every_weeks: int = 1,
    title: str = DEFAULT_TITLE,
    now: datetime | None = None,
) -> tuple[Schedule, tuple[str, ...]]:
    """A weekly schedule from plain answers, and notes about anything adjusted.

    `now` (aware), when given, moves a first check-in that would already be over today
    to the next matching day.
    """
    zone = zone_named(timezone)
    day = parse_weekday(weekday)
    clock = parse_time(at)
    if not 1 <= every_weeks <= MAX_WEEKS_APART:
        raise InvalidInput(Msg.WEEKS_APART.format(weeks=every_weeks, most=MAX_WEEKS_APART))
    notes: list[str] = []
    first = start or today
    if first.year > today.year + MAX_YEARS_AHEAD:
        raise InvalidInput(Msg.START_TOO_FAR.format(start=first.isoformat(), years=MAX_YEARS_AHEAD))
    if first < today:
        notes.append(Msg.START_PASSED.format(start=first.isoformat()))
        first = today
    first += timedelta(days=(day - first.weekday()) % 7)
    if now is not None and datetime.combine(first, clock).replace(tzinfo=zone) <= now:
        first += timedelta(days=7)
    naive = datetime.combine(first, clock)
    if not _wall_clock_exists(naive, zone):
        raise InvalidInput(
            Msg.CLOCKS_JUMP.format(clock=f"{clock:%H:%M}", day=long_date(first), zone=zone.key)
        )
    notes.append(
        Msg.FIRST_CHECKIN.format(day=long_date(first), clock=f"{clock:%H:%M}", zone=zone.key)
    )
    interval = f";INTERVAL={every_weeks}" if every_weeks > 1 else ""
    rule = f"FREQ=WEEKLY{interval};BYDAY={_RRULE_DAYS[day]}"
    schedule = Schedule(
        one_line(title) or DEFAULT_TITLE, naive.replace(tzinfo=zone), zone.key, rule
    )
    return schedule, tuple(notes)


def schedule_from_entry(entry: EntryLike) -> Schedule:
    """Read a stored "schedule" entry (or say plainly what is missing)."""
    zone = zone_named(text_field(entry, "timezone") or "UTC")
    starts = entry.fields.get("starts_at")
    if not isinstance(starts, datetime):
        raise InvalidInput(Msg.SCHEDULE_NO_START)
    local = starts.astimezone(zone) if starts.tzinfo else starts.replace(tzinfo=zone)
    rule = text_field(entry, "rule") or "FREQ=WEEKLY"
    return Schedule(text_field(entry, "title") or DEFAULT_TITLE, local, zone.key, rule, entry.id)


def occurrences(schedule: Schedule, after: datetime, count: int) -> tuple[Occurrence, ...]:
    """The next `count` check-ins starting at or after `after` (aware), with their prompts."""
    zone = schedule.zone
    dtstart = schedule.starts_at.astimezone(zone).replace(tzinfo=None)
    try:
        rule = rrulestr(schedule.rule, dtstart=dtstart)
    except (ValueError, TypeError) as error:
        raise InvalidInput(Msg.RULE_UNREADABLE.format(rule=schedule.rule)) from error
    found: list[Occurrence] = []
    for index, naive in enumerate(_until_the_calendar_ends(iter(rule))):
        aware = naive.replace(tzinfo=zone)
        note = None
        try:
            exists = _wall_clock_exists(naive, zone)
        except OverflowError:  # within hours of 9999-12-31: the calendar's last day
            break
        if not exists:
            aware = aware.astimezone(UTC).astimezone(zone)
            note = (
                f"The clocks jump forward that night, so {naive:%H:%M} doesn't exist; "
                f"this one is at {aware:%H:%M}."
            )
        if aware >= after:
            found.append(Occurrence(index, aware, prompts_for(index), note))
        if len(found) >= count:
            break
    return tuple(found)


def _until_the_calendar_ends(dates: Iterator[datetime]) -> Iterator[datetime]:
    """The rule's dates, stopping quietly where Python's calendar ends (year 9999)."""
    while True:
        try:
            yield next(dates)
        except StopIteration:
            return
        except (ValueError, OverflowError):  # dateutil stepping past year 9999
            return
