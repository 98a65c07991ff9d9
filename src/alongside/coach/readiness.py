"""Is now a good moment for a hard talk? (PRODUCT.md capability 3; P7, P18, P19).

`check_readiness` weighs how calm I am, how calm my partner seems, how long ago the last
argument was and what we have agreed, and answers "now looks like a good moment" or
"wait until …" with a concrete time or condition. It never answers "now" less than
`COOL_OFF_MINUTES` after an argument, and never against a recorded agreement: agreements it
cannot read are shown as reminders to check yourself. Rules and worked cases live in
`data/readiness.toml`; every case there is a test.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Literal

from alongside.errors import InvalidInput
from alongside.messages import Msg

# Gottman: after an argument the body can stay "flooded" (heart rate up, adrenaline) and it
# takes at least 20 minutes to settle; talking sooner tends to re-escalate (P19).
COOL_OFF_MINUTES = 20
# On the 0-10 scale, 6 and up reads as "more calm than not": regulated enough for a hard
# talk (P18). It applies to me and to how my partner seems, unless an agreement says more.
CALM_ENOUGH = 6
CALM_MIN, CALM_MAX = 0, 10
# When a "not after 10pm" agreement pushes a talk to the next day we suggest the morning,
# not midnight; night hours before this count as "late" too.
MORNING = time(9, 0)
# Work nights are the evenings before a working day (Sunday to Thursday) from this hour.
EVENING_START = time(18, 0)
WORK_NIGHT_WEEKDAYS = frozenset({6, 0, 1, 2, 3})  # Sun, Mon, Tue, Wed, Thu (Mon = 0)
SLEEP_ON_IT_MINUTES = 12 * 60  # "sleep on it": a night, about twelve hours

READINESS_FILE = "readiness.toml"
ReasonKind = Literal["ok", "wait", "reminder"]


@dataclass(frozen=True)
class Reason:
    text: str
    principles: tuple[str, ...]
    kind: ReasonKind


@dataclass(frozen=True)
class BreathingStep:
    label: str
    seconds: int


@dataclass(frozen=True)
class BreathingPattern:
    id: str
    name: str
    steps: tuple[BreathingStep, ...]
    rounds: int
    source: str

    @property
    def round_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)

    def describe(self) -> str:
        timings = ", ".join(f"{s.label.lower()} {s.seconds} s" for s in self.steps)
        total = self.round_seconds * self.rounds
        return f"{self.name}: {timings}; {self.rounds} rounds, about {total} seconds"


@dataclass(frozen=True)
class AgreementReading:
    """How one recorded agreement was understood (`rule` is None when it could not be)."""

    text: str
    rule: str | None
    principles: tuple[str, ...]
    calm: int | None = None
    clock: time | None = None
    minutes: int | None = None
    days: frozenset[int] | None = None  # a clock rule said for some days only ("on weeknights")


@dataclass(frozen=True)
class Readiness:
    ready: bool
    answer: str
    reasons: tuple[Reason, ...]
    wait_until: datetime | None
    conditions: tuple[str, ...]
    agreements: tuple[AgreementReading, ...]
    breathing: tuple[BreathingPattern, ...]
    pause: str
    safety_first: tuple[str, ...] = ()  # kinds of danger recently written in the record
    cool_off_minutes: int = COOL_OFF_MINUTES  # the cool-off kept: 20, or longer as agreed
    cool_off_end: datetime | None = None  # when the cool-off after an argument is over


@dataclass(frozen=True)
class AgreementRule:
    id: str
    principles: tuple[str, ...]
    pattern: re.Pattern[str]
    needs_duration: bool


@dataclass(frozen=True)
class ReadinessData:
    rules: tuple[AgreementRule, ...]
    breathing: tuple[BreathingPattern, ...]
    raw: Mapping[str, Any]


@cache
def readiness_data() -> ReadinessData:
    text = files("alongside.coach").joinpath("data", READINESS_FILE).read_text(encoding="utf-8")
    raw = tomllib.loads(text)
    rules = tuple(
        AgreementRule(
            id=str(r["id"]),
            principles=tuple(r["principles"]),
            pattern=re.compile(rf"\b(?:{r['pattern']})", re.IGNORECASE),
            needs_duration=bool(r.get("needs_duration", False)),
        )
        for r in raw["agreement"]
    )
    breathing = tuple(
        BreathingPattern(
            id=str(b["id"]),
            name=str(b["name"]),
            steps=tuple(BreathingStep(str(s["label"]), int(s["seconds"])) for s in b["steps"]),
            rounds=int(b["rounds"]),
            source=str(b["source"]),
        )
        for b in raw["breathing"]
    )
    return ReadinessData(rules=rules, breathing=breathing, raw=raw)


def breathing_pattern(pattern_id: str) -> BreathingPattern:
    for pattern in readiness_data().breathing:
        if pattern.id == pattern_id:
            return pattern
    known = ", ".join(p.id for p in readiness_data().breathing)
    raise InvalidInput(Msg.NO_BREATHING_PATTERN.format(pattern=pattern_id, known=known))


CALM_NUMBER = re.compile(r"(\d{1,2})\s*(?:/\s*10|out\s+of\s+10)", re.IGNORECASE)
WORD_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DURATION = re.compile(
    r"\b(?P<amount>\d+|an?|one|two|three|four|five|six|half\s+an?)\s*-?\s*"
    r"(?P<unit>minutes?|mins?|hours?|hrs?|h|days?|nights?)(?![a-z])",
    re.IGNORECASE,
)
UNIT_MINUTES = {"m": 1, "h": 60, "d": 24 * 60, "n": SLEEP_ON_IT_MINUTES}


def _duration_minutes(text: str) -> int | None:
    if re.search(r"\bsleep\s+on\s+it\b", text, re.IGNORECASE):
        return SLEEP_ON_IT_MINUTES
    match = DURATION.search(text)
    if match is None:
        return None
    amount_text = match["amount"].lower()
    if amount_text.startswith("half"):
        amount = 0.5
    else:
        amount = float(WORD_NUMBERS.get(amount_text, 0) or int(amount_text))
    return round(amount * UNIT_MINUTES[match["unit"].lower()[0]])


def _clock(match: re.Match[str], *, evening: bool) -> time | None:
    hour_text = match["hour"] or match["hour2"]
    if hour_text is None:
        return None
    hour = int(hour_text)
    minute = int(match["minute"] or match["minute2"] or 0)
    ampm = (match["ampm"] or match["ampm2"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    elif not ampm and evening and 1 <= hour <= 11:
        hour += 12  # "not after 10" means 10 in the evening
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _reading(
    rule: AgreementRule, match: re.Match[str], clause: str, whole: str, text: str
) -> AgreementReading | None:
    """`rule` applied to `match` in `clause` (of the agreement `whole`), shown as `text`."""
    if rule.id == "both_calm":
        number = CALM_NUMBER.search(whole)
        calm = int(number[1]) if number and int(number[1]) <= CALM_MAX else CALM_ENOUGH
        return AgreementReading(text, rule.id, rule.principles, calm=calm)
    if rule.id in ("not_after", "not_before"):
        clock = _clock(match, evening=rule.id == "not_after")
        if clock is None:
            return None
        return AgreementReading(text, rule.id, rule.principles, clock=clock, days=_days(clause))
    if rule.needs_duration:
        minutes = _duration_minutes(clause)
        if minutes is None:
            return None
        return AgreementReading(text, rule.id, rule.principles, minutes=minutes)
    return AgreementReading(text, rule.id, rule.principles)


def read_agreement(text: str) -> AgreementReading:
    """Understand one agreement by its first readable part, or return it unread (rule None)."""
    return read_agreements(text)[0]


def read_agreements(text: str) -> tuple[AgreementReading, ...]:
    """Every part of one agreement, in the order written.

    "Only when we're both calm, and never after 9pm" is two rules, and both apply. A part no
    rule can read ("never in front of the kids") is kept as a reminder; an agreement with no
    readable part at all is one reminder.
    """
    clauses = [(m.start(), m.end()) for m in CLAUSE.finditer(text) if m.group().strip()]
    found: list[tuple[int, int, int, AgreementReading | None]] = []  # start, end, clause
    for rule in readiness_data().rules:
        for match in rule.pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e, _, _ in found):
                continue
            index = next(i for i, (s, e) in enumerate(clauses) if s <= start < e)
            if any(i == index and r is not None and r.rule == rule.id for _, _, i, r in found):
                continue
            clause = text[slice(*clauses[index])]
            reading = _reading(rule, match, clause, text, _part_text(clause))
            if reading is not None:
                found.append((start, end, index, reading))
    if not found:
        return (AgreementReading(text, None, ("P7",)),)
    read_clauses = {i for _, _, i, _ in found}
    for index, (start, _end) in enumerate(clauses):
        clause = text[slice(*clauses[index])]
        if index not in read_clauses and _substantive(clause):
            found.append((start, start, index, AgreementReading(_part_text(clause), None, ("P7",))))
    found.sort(key=lambda item: item[0])
    readings = tuple(r for _, _, _, r in found if r is not None)
    if len(readings) == 1:
        return (replace(readings[0], text=text),)
    return readings


# Where one agreement's parts divide: punctuation, and "and" / "but" between parts.
CLAUSE = re.compile(
    r"(?:[^,;.!?]|\.(?=\d))+?(?=[,;.!?]|\s+(?:and|but)\s+|$)|[,;.!?]+|\s+(?:and|but)\s+"
)
CONNECTOR = re.compile(r"^\s*(?:[,;.!?]+|and|but|also|then)\s*|[\s,;.!?]+$", re.IGNORECASE)


def _part_text(clause: str) -> str:
    return CONNECTOR.sub("", CONNECTOR.sub("", clause)).strip()


def _substantive(clause: str) -> bool:
    """A part worth a reminder: three words or more, and not just a calm number ("7/10")."""
    words = re.findall(r"[A-Za-z']+", _part_text(clause))
    return len(words) >= 3 and CALM_NUMBER.search(clause) is None


DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAY_WORDS: tuple[tuple[re.Pattern[str], frozenset[int]], ...] = (
    (
        re.compile(r"\b(?:week|work|school)\s*-?\s*(?:nights?|evenings?)\b", re.I),
        WORK_NIGHT_WEEKDAYS,
    ),
    (
        re.compile(r"\bweek\s*-?\s*days?\b|\bduring\s+the\s+(?:working\s+)?week\b", re.I),
        frozenset(range(5)),
    ),
    (re.compile(r"\bweek\s*-?\s*ends?\b", re.I), frozenset({5, 6})),
)
DAY_NAME = re.compile(r"\b(" + "|".join(DAY_NAMES) + r")s?\b", re.IGNORECASE)


def _days(clause: str) -> frozenset[int] | None:
    """The days a clock rule holds on, when its part names some ("on weeknights")."""
    days: set[int] = set()
    for pattern, weekdays in DAY_WORDS:
        if pattern.search(clause):
            days |= weekdays
    days |= {DAY_NAMES.index(m.lower()) for m in DAY_NAME.findall(clause)}
    return frozenset(days) if days else None


def _check_scale(name: str, value: int) -> None:
    if not CALM_MIN <= value <= CALM_MAX:
        raise InvalidInput(Msg.CALM_RANGE.format(name=name, value=value))


def _when(at: datetime, now: datetime) -> str:
    if at.date() == now.date():
        return at.strftime("%H:%M")
    if at.date() == now.date() + timedelta(days=1):
        return at.strftime("tomorrow at %H:%M")
    return f"{at:%A} {at.day} {at:%B} at {at:%H:%M}"


def _next_day_at(now: datetime, clock: time, weekdays: frozenset[int] | None = None) -> datetime:
    """The first moment at `clock` after `now` (today included) on one of `weekdays`."""
    for days in range(8):
        day = now.date() + timedelta(days=days)
        candidate = datetime.combine(day, clock, tzinfo=now.tzinfo)
        if candidate > now and (weekdays is None or day.weekday() in weekdays):
            return candidate
    raise AssertionError("a week always contains the wanted weekday")  # pragma: no cover


def _clock_block(reading: AgreementReading, at: datetime) -> datetime | None:
    """When the clock agreement `reading` next allows a talk, or None if it allows one `at`."""
    now = at.time()
    if reading.rule == "not_after" and reading.clock is not None:
        late = now >= reading.clock or (reading.clock > MORNING and now < MORNING)
        if late and reading.days is not None:
            night_of = at.date() - timedelta(days=1) if now < MORNING else at.date()
            late = night_of.weekday() in reading.days
        return _next_day_at(at, MORNING) if late else None
    if reading.rule == "not_before" and reading.clock is not None:
        early = now < reading.clock and (reading.days is None or at.weekday() in reading.days)
        return _next_day_at(at, reading.clock) if early else None
    if reading.rule == "not_work_nights":
        work_night = at.weekday() in WORK_NIGHT_WEEKDAYS and now >= EVENING_START
        free = frozenset(range(7)) - WORK_NIGHT_WEEKDAYS
        return _next_day_at(at, EVENING_START, free) if work_night else None
    if reading.rule == "weekends_only":
        return _next_day_at(at, MORNING, frozenset({5, 6})) if at.weekday() < 5 else None
    return None


def _earliest(
    now: datetime, cool_off_end: datetime | None, readings: Sequence[AgreementReading]
) -> datetime:
    """The first moment from `now` that the cool-off and every clock agreement allow."""
    at = max(now, cool_off_end) if cool_off_end else now
    for _ in range(16):
        blocked = [until for r in readings if (until := _clock_block(r, at)) is not None]
        if not blocked:
            return at
        at = max(blocked)
    return at


def _pause_text(ready: bool) -> str:
    lead = "Before you start" if ready else "While you wait"
    patterns = "; or ".join(p.describe() for p in readiness_data().breathing)
    return f"{lead}, a breathing pause helps your body settle (P12, P18). Try {patterns}."


def check_readiness(
    me: int,
    partner: int,
    *,
    now: datetime,
    minutes_since_argument: int | None = None,
    agreements: Sequence[str] = (),
    danger: Sequence[str] = (),
) -> Readiness:
    """Answer "now" or "wait until …" for a hard talk at `now` (local time).

    `danger`: the kinds of danger written in the record lately (`plan.facts.recent_danger`,
    the window the plan uses). With any, the answer is never "now": safety comes first.
    """
    _check_scale("How calm you feel", me)
    _check_scale("How calm your partner seems", partner)
    if minutes_since_argument is not None and minutes_since_argument < 0:
        raise InvalidInput(Msg.MINUTES_NEGATIVE)
    readings = tuple(r for a in agreements if a.strip() for r in read_agreements(a.strip()))
    reasons: list[Reason] = []
    conditions: list[str] = []

    agreed = [r.minutes for r in readings if r.rule == "cool_off" and r.minutes]
    cool = max([COOL_OFF_MINUTES, *agreed])
    why_cool = "as you agreed" if cool > COOL_OFF_MINUTES else "bodies need at least that"
    cool_off_end = None
    if minutes_since_argument is None:
        reasons.append(Reason("No recent argument was mentioned.", ("P19",), "ok"))
    elif minutes_since_argument < cool:
        cool_off_end = now + timedelta(minutes=cool - minutes_since_argument)
        reasons.append(
            Reason(
                f"The argument was {minutes_since_argument} minutes ago. Give it {cool} minutes "
                f"({why_cool}) so you can both settle before a hard talk.",
                ("P19",),
                "wait",
            )
        )
    else:
        reasons.append(
            Reason(
                f"The argument was {minutes_since_argument} minutes ago, past the "
                f"{cool}-minute cool-off.",
                ("P19",),
                "ok",
            )
        )

    need = max([CALM_ENOUGH, *(r.calm for r in readings if r.rule == "both_calm" and r.calm)])
    me_ok, partner_ok = me >= need, partner >= need
    reasons.append(
        Reason(
            f"You rate your calm {me}/10"
            + (" — steady enough." if me_ok else f"; a hard talk goes better from {need}/10."),
            ("P18",),
            "ok" if me_ok else "wait",
        )
    )
    reasons.append(
        Reason(
            f"Your partner seems {partner}/10"
            + (
                " — settled enough to listen."
                if partner_ok
                else f"; below {need}/10 it is likely to feel like pressure."
            ),
            ("P18", "P19"),
            "ok" if partner_ok else "wait",
        )
    )
    if not me_ok and not partner_ok:
        conditions.append(f"you both feel calmer ({need}/10 or more)")
    elif not me_ok:
        conditions.append(f"you feel calmer ({need}/10 or more)")
    elif not partner_ok:
        conditions.append(f"your partner seems calmer ({need}/10 or more)")

    for reading in readings:
        reasons.append(_agreement_reason(reading, now, me_ok and partner_ok))

    blocked_now = cool_off_end is not None or any(_clock_block(r, now) for r in readings)
    wait_until = _earliest(now, cool_off_end, readings) if blocked_now else None
    ready = wait_until is None and not conditions and not danger
    answer = _answer(ready, wait_until, conditions, now, readings)
    if danger:
        from alongside.plan.facts import SAFETY_LOOKBACK_DAYS
        from alongside.safety.messages import READY_NOT_NOW, ready_reason

        answer = READY_NOT_NOW
        why = ready_reason(danger, SAFETY_LOOKBACK_DAYS)
        reasons.insert(0, Reason(why, ("P7", "P8"), "wait"))
    return Readiness(
        ready=ready,
        answer=answer,
        reasons=tuple(reasons),
        wait_until=wait_until,
        conditions=tuple(conditions),
        agreements=readings,
        breathing=readiness_data().breathing,
        pause=_pause_text(ready),
        safety_first=tuple(danger),
        cool_off_minutes=cool,
        cool_off_end=cool_off_end,
    )


def _agreement_reason(reading: AgreementReading, now: datetime, calm_ok: bool) -> Reason:
    said = f'You agreed: "{reading.text}"'
    if reading.rule is None:
        return Reason(f"{said}. Check this one yourselves before you start.", ("P7",), "reminder")
    if reading.rule == "both_calm":
        state: ReasonKind = "ok" if calm_ok else "wait"
        return Reason(f"{said} (both at {reading.calm}/10 or more).", reading.principles, state)
    if reading.rule == "cool_off":
        return Reason(f"{said} ({reading.minutes} minutes).", reading.principles, "ok")
    until = _clock_block(reading, now)
    if until is None:
        return Reason(f"{said}, and right now is within it.", reading.principles, "ok")
    return Reason(
        f"{said}; the next time it allows is {_when(until, now)}.", reading.principles, "wait"
    )


def _answer(
    ready: bool,
    wait_until: datetime | None,
    conditions: list[str],
    now: datetime,
    readings: Sequence[AgreementReading],
) -> str:
    if ready:
        unread = sum(1 for r in readings if r.rule is None)
        if unread:
            return "Now looks like a good moment, if the agreements shown below hold too."
        return "Now looks like a good moment."
    parts = [_when(wait_until, now)] if wait_until else []
    parts += conditions
    return "Wait until " + ", and until ".join(parts) + "."
