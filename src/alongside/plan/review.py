"""The weekly review: what improved, what was hard, what was learned, in warm plain words.

P20: narrate small improvements; treat setbacks as chances to learn. P11: progress is
incremental. The review is a pure function of a snapshot and an ISO week; it does not
judge either partner, it describes what was written down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from alongside.errors import InvalidInput
from alongside.messages import Msg, plain
from alongside.plan.facts import entry_danger, safety_concern
from alongside.plan.snapshot import (
    EntryLike,
    RecordSnapshot,
    int_field,
    shown,
    text_field,
)

GOOD_TALK = 4  # a conversation rated this or higher (1-5) is something that went well
HARD_TALK = 2  # and this or lower, something that was hard
JOURNEY_DAYS = 91  # "the stance over time": about three months, a season of small steps
JOURNEY_MIN_STAGES = 3  # two stages are already said by "before this week" / "by the end"
MAX_ITEMS = 6  # per section: a review is read in a minute, not studied
ITEM_CHARS = 140  # long notes are shortened in the review (the record keeps them whole)
FIRST_REVIEW_YEAR = 1900  # weeks from here to next year; the calendar ends at 9999


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class WeeklyReview:
    week: str  # ISO week, e.g. "2026-W11"
    first: date
    last: date
    opening: str
    sections: tuple[Section, ...]
    closing: str

    def text(self, why: bool = False) -> str:
        """The review as text (what `alongside review` prints); `why` keeps the principle
        codes after each line (`alongside review --why`)."""

        def words(line: str) -> str:
            return line if why else plain(line)[0]

        parts = [words(self.opening), ""]
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(f"  - {words(line)}" for line in section.lines)
            parts.append("")
        parts.append(words(self.closing))
        return "\n".join(parts) + "\n"

    def to_json(self) -> dict[str, object]:
        return {
            "week": self.week,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "opening": self.opening,
            "sections": [{"heading": s.heading, "lines": list(s.lines)} for s in self.sections],
            "closing": self.closing,
        }


def parse_week(text: str | None, today: date) -> tuple[date, date]:
    """Monday and Sunday of the week: "YYYY-Www", "last", "this" or None (this week)."""
    monday = today - timedelta(days=today.weekday())
    word = (text or "this").strip().lower()
    if word == "this":
        return monday, monday + timedelta(days=6)
    if word == "last":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    found = re.fullmatch(r"(\d{4})-?w(\d{1,2})", word)
    try:
        if not found:
            raise ValueError(word)
        first = date.fromisocalendar(int(found.group(1)), int(found.group(2)), 1)
    except ValueError as error:
        raise InvalidInput(Msg.WEEK_NOT_UNDERSTOOD.format(text=shown(text or ""))) from error
    if not FIRST_REVIEW_YEAR <= first.year <= today.year + 1:  # beyond, dates run out (9999)
        raise InvalidInput(Msg.WEEK_TOO_FAR.format(text=shown(text or ""), first=FIRST_REVIEW_YEAR))
    return first, first + timedelta(days=6)


def _short(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= ITEM_CHARS else flat[: ITEM_CHARS - 1].rstrip() + "…"


def _day(entry: EntryLike) -> str:
    return entry.occurred_on.strftime("%A")


def _talk(entry: EntryLike) -> str:
    topic = _short(text_field(entry, "topic"))
    return f'Talking about "{topic}"' if topic else "A talk"


def _in_order(found: list[tuple[date, str]]) -> list[str]:
    return [line for _, line in sorted(found, key=lambda item: item[0])]


def _talks(snap: RecordSnapshot, first: date, last: date, good: bool) -> list[tuple[date, str]]:
    found: list[tuple[date, str]] = []
    for talk in snap.between("conversation", first, last):
        if entry_danger(talk):
            continue  # told as a safety concern instead (`_safety_lines`)
        rating = int_field(talk, "rating")
        if rating is None or (rating < GOOD_TALK if good else rating > HARD_TALK):
            continue
        how = "went well" if good else "was hard"
        found.append((talk.occurred_on, f"{_talk(talk)} {how} ({rating} of 5, {_day(talk)})"))
    return found


def _noted(snap: RecordSnapshot, kind: str, first: date, last: date) -> list[tuple[date, str]]:
    """Wins or setbacks, in words; a setback whose words trip the safety screen is left out
    here and told as a safety concern instead (`_safety_lines`), never as one to learn from."""
    return [
        (e.occurred_on, f"{_short(text_field(e, 'what'))} ({_day(e)})")
        for e in snap.between(kind, first, last)
        if kind != "setback" or not entry_danger(e)
    ]


def _improved(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    return _in_order(_noted(snap, "win", first, last) + _talks(snap, first, last, good=True))


def _hard(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    return _in_order(_noted(snap, "setback", first, last) + _talks(snap, first, last, good=False))


def _learned(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    """What was learned; never from an entry whose words trip the safety screen."""
    lines = [
        _short(text_field(s, "learned"))
        for s in snap.between("setback", first, last)
        if not entry_danger(s)
    ]
    lines += [
        _short(text_field(j, "next_time"))
        for j in snap.between("journal", first, last)
        if not entry_danger(j)
    ]
    return [line for line in lines if line]


def _safety_lines(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    """The safety section: the general line, then each setback or hard talk whose words
    trip the screen, said as a safety concern (never "a setback to learn from")."""
    from alongside.safety.messages import REVIEW_SAFETY, review_not_a_setback

    lines = [REVIEW_SAFETY]
    for kind, field in (("setback", "what"), ("conversation", "topic")):
        for entry in snap.between(kind, first, last):
            kinds = entry_danger(entry)
            if kinds:
                words = _short(text_field(entry, field))
                lines.append(review_not_a_setback(words, _day(entry), kinds))
    return lines


def _journey(snap: RecordSnapshot, last: date) -> str | None:
    """The stance over the last months, e.g. "not considering it → considering it"."""
    since = last - timedelta(days=JOURNEY_DAYS)
    words: list[str] = []
    for point in snap.stance_points():
        if since <= point.on <= last and (not words or words[-1] != point.words):
            words.append(point.words)
    if len(words) < JOURNEY_MIN_STAGES:
        return None
    return f"Over the last three months: {' → '.join(words)}."


def _stance(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    lines = _stance_this_week(snap, first, last)
    journey = _journey(snap, last)
    return [*lines, journey] if journey else lines


def _stance_this_week(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    before = snap.latest_stance(first - timedelta(days=1))
    during = [p for p in snap.stance_points() if first <= p.on <= last]
    if not during:
        if before is None:
            return ["No stance noted yet. That's fine: noticing comes with time."]
        return [f"No new stance noted this week; last noted: {before.words}."]
    end = during[-1]
    lines = [f"By the end of the week, where your partner seemed to be: {end.words}."]
    if before is None or before.stance == end.stance:
        if before is not None:
            lines.append("The same as before this week. Steadiness is part of it (P9, P11).")
    elif end.rank > before.rank:
        lines.append(
            f"Before this week: {before.words}. A small step toward openness, worth noticing "
            "and not pushing on (P11)."
        )
    else:
        lines.append(
            f"Before this week: {before.words}. Stances move both ways; resistance often "
            "reflects fear, and your steady warmth still counts (P9)."
        )
    return lines


def _counts(snap: RecordSnapshot, first: date, last: date) -> tuple[int, int, int]:
    saved = snap.between("message", first, last)
    return (
        len(saved),
        sum(int_field(m, "pushing") or 0 for m in saved),
        sum(int_field(m, "inviting") or 0 for m in saved),
    )


def _inviting_share(pushing: int, inviting: int) -> float | None:
    total = pushing + inviting
    return inviting / total if total else None


def _messages(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    saved, pushing, inviting = _counts(snap, first, last)
    week_before = (first - timedelta(days=7), first - timedelta(days=1))
    before_saved, before_pushing, before_inviting = _counts(snap, *week_before)
    if not saved:
        return ["No messages saved from the coach this week."]
    lines = [
        f"You saved {saved} message{'s' if saved != 1 else ''}: the coach found {pushing} "
        f"pushing and {inviting} inviting pattern{'s' if inviting != 1 else ''}."
    ]
    if before_saved:
        lines.append(f"The week before: {before_pushing} pushing and {before_inviting} inviting.")
        now, then = (
            _inviting_share(pushing, inviting),
            _inviting_share(before_pushing, before_inviting),
        )
        if now is not None and then is not None and now > then:
            lines.append("Your words are leaning more toward invitation (P1, P14).")
        elif now is not None and then is not None and now < then:
            lines.append(
                "A few more pushing patterns than the week before; that happens under stress. "
                "The coach can help you find gentler words next time (P1, P9)."
            )
    return lines


def _rhythm(snap: RecordSnapshot, first: date, last: date) -> list[str]:
    checkins = len(snap.between("checkin", first, last))
    selfcare = len(snap.between("selfcare", first, last))
    held = f"{checkins} check-in{'s' if checkins != 1 else ''} held" if checkins else "No check-in"
    cared = (
        f"{selfcare} thing{'s' if selfcare != 1 else ''} done for yourself"
        if selfcare
        else "nothing logged for yourself; you matter in this too (P8)"
    )
    return [f"{held}; {cared}."]


def weekly_review(snapshot: RecordSnapshot, first: date) -> WeeklyReview:
    """The review of the ISO week starting on Monday `first`."""
    last = first + timedelta(days=6)
    year, week, _ = first.isocalendar()
    label = f"{year}-W{week:02d}"
    span = f"{first:%A} {first.day} {first:%B} to {last:%A} {last.day} {last:%B %Y}"
    opening = f"Your week, {span} ({label})"
    improved, hard = _improved(snapshot, first, last), _hard(snapshot, first, last)
    learned = _learned(snapshot, first, last)
    quiet = not (improved or hard or learned) and not any(
        first <= e.occurred_on <= last for e in snapshot.entries
    )
    concern = safety_concern(snapshot, first, last)
    safety = (
        (Section("Your safety first", tuple(_safety_lines(snapshot, first, last))),)
        if concern
        else ()
    )
    sections = (
        *safety,
        Section("What improved", tuple(improved[:MAX_ITEMS]) or ("Nothing noted this time.",)),
        Section("What was hard", tuple(hard[:MAX_ITEMS]) or ("Nothing noted this time.",)),
        Section("What was learned", tuple(learned[:MAX_ITEMS]) or ("Nothing noted this time.",)),
        Section("Where things stand", tuple(_stance(snapshot, first, last))),
        Section("Your own words", tuple(_messages(snapshot, first, last))),
        Section("Rhythm", tuple(_rhythm(snapshot, first, last))),
    )
    if concern:
        from alongside.safety.messages import REVIEW_CLOSING

        closing = REVIEW_CLOSING
    elif quiet:
        closing = (
            "Nothing was written down this week, and that's all right: a quiet week is still a "
            "week. If you like, note one small thing that went well with alongside win add (P20)."
        )
    elif len(hard) > len(improved):
        closing = (
            "This was a hard week. A setback is a chance to learn, not evidence of failure "
            "(P20). Be gentle with yourself, and lean on your support (P8)."
        )
    else:
        closing = (
            "Small steps add up. Consider telling your partner one thing you noticed and "
            "appreciated this week (P20, P21)."
        )
    return WeeklyReview(label, first, last, opening, sections, closing)
