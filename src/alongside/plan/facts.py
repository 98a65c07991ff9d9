"""Simple facts about the record, computed from a snapshot: what the playbook's rules read.

Each fact is a bool, an int, a short string, or None when the record cannot say (for
example no invitation yet). The playbook compares facts; it never reads entries itself.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from alongside.plan.snapshot import (
    STANCE_ORDER,
    EntryLike,
    RecordSnapshot,
    int_field,
    text_field,
)

Fact = bool | int | str | None

# How long after a setback (a fight, a hard evening) before therapy comes up again.
# P19: "revisit such topics after a cooling-off period". Gottman's 20 minutes is for
# calming the body mid-argument; an invitation to therapy needs the days after to feel
# ordinary again, so we wait a few calm days, not minutes.
COOL_OFF_DAYS = 3

# A calm window for raising therapy at all: no setback and no hard talk for a week, and
# talks not getting harder. CRAFT times an invitation to a moment of openness; an
# ordinary, quiet week is the closest thing a record can show (P18, P19).
CALM_WINDOW_DAYS = 7

# The earliest a re-invitation is suggested after a "no". Our choice, not a clinical
# number: long enough that asking again cannot feel like nagging (P1, P6), short enough
# that the door visibly stays open (P13). CRAFT times invitations to moments of
# openness, not to the calendar, so this is a floor; a calm window is needed as well.
REINVITE_AFTER_DAYS = 21

# A conversation rated this low (1-5) counts as a hard talk.
HARD_TALK_RATING = 2

# "Recent" for conversations, wins and ratings: two weeks shows a trend without
# letting one bad evening dominate.
RECENT_DAYS = 14

# "Months of no change": the stance has stayed low for this long (P11, P13).
PLATEAU_DAYS = 60

# The first week of using Alongside (P11: start small).
FIRST_WEEK_DAYS = 7

# "Trying it" or "continuing": a first session has happened.
TRYING_RANK = STANCE_ORDER.index("trying")

# Words in a response that mean "no" when the stance after was not recorded.
_DECLINE = re.compile(
    r"\b(no|nope|not interested|don't need|do not need|refus\w*|declin\w*|won't|not going)\b",
    re.IGNORECASE,
)

# How far back the plan looks for words about danger in what was written. Recent enough
# to be about now; long enough that one quiet week does not hide it.
SAFETY_LOOKBACK_DAYS = 30

FACT_NAMES: tuple[str, ...] = (
    "safety_concern",
    "record_empty",
    "first_week",
    "days_using",
    "has_shared_goal",
    "boundaries_defined",
    "agreements_defined",
    "agreements_due_for_revisit",
    "days_since_last_setback",
    "days_since_last_hard_talk",
    "recent_setback",
    "calm_window",
    "invitations_count",
    "last_invitation_days_ago",
    "last_invitation_response_declined",
    "reinvite_interval_passed",
    "stance",
    "stance_rank",
    "days_at_current_stance",
    "had_first_session",
    "therapists_shortlisted",
    "selfcare_logged_this_week",
    "selfcare_supports",
    "conversations_last_14_days",
    "average_rating_recent",
    "rating_trend",
    "wins_last_14_days",
    "setbacks_last_14_days",
    "checkin_scheduled",
    "checkins_last_14_days",
)


def entry_danger(entry: EntryLike) -> tuple[str, ...]:
    """The kinds of danger the safety screen finds in what one entry says (recall first)."""
    from alongside.safety import screen

    found: list[str] = []
    for value in entry.fields.values():
        if isinstance(value, str) and len(value) > 3:
            found.extend(k for k in screen(value).kinds if k not in found)
    return tuple(found)


def danger_kinds(snapshot: RecordSnapshot, first: date, last: date) -> tuple[str, ...]:
    """The kinds of danger in everything written from `first` to `last` (none: ())."""
    found: list[str] = []
    for entry in snapshot.entries:
        if first <= entry.occurred_on <= last:
            found.extend(k for k in entry_danger(entry) if k not in found)
    return tuple(found)


def safety_concern(snapshot: RecordSnapshot, first: date, last: date) -> bool:
    """Whether anything written from `first` to `last` trips the safety screen (recall first)."""
    return any(
        entry_danger(entry) for entry in snapshot.entries if first <= entry.occurred_on <= last
    )


def recent_danger(snapshot: RecordSnapshot) -> tuple[str, ...]:
    """The kinds of danger written in the last `SAFETY_LOOKBACK_DAYS` (the plan's window).

    Every surface that could say "now is a good moment" (the plan, `ready`, the web app's
    "Before we talk") asks this first.
    """
    today = snapshot.today
    return danger_kinds(snapshot, today - timedelta(days=SAFETY_LOOKBACK_DAYS - 1), today)


def _days_since(entries: tuple[EntryLike, ...], today: date) -> int | None:
    return (today - entries[-1].occurred_on).days if entries else None


def _declined(invitation: EntryLike) -> bool:
    stance = text_field(invitation, "stance_after")
    if stance:
        return stance == "not_considering"
    return bool(_DECLINE.search(text_field(invitation, "response")))


def _ratings(snapshot: RecordSnapshot, first: date, last: date) -> list[int]:
    found = (int_field(e, "rating") for e in snapshot.between("conversation", first, last))
    return [r for r in found if r is not None]


def _trend(snapshot: RecordSnapshot) -> tuple[int | None, str | None]:
    """Average recent rating (x10, as an int) and whether it went up, down or stayed flat."""
    today = snapshot.today
    recent = _ratings(snapshot, today - timedelta(days=RECENT_DAYS - 1), today)
    before = _ratings(
        snapshot,
        today - timedelta(days=2 * RECENT_DAYS - 1),
        today - timedelta(days=RECENT_DAYS),
    )
    if not recent:
        return None, None
    average = sum(recent) / len(recent)
    if not before:
        return round(average * 10), None
    change = average - sum(before) / len(before)
    trend = "up" if change >= 0.5 else "down" if change <= -0.5 else "flat"
    return round(average * 10), trend


def _days_at_stance(snapshot: RecordSnapshot) -> int | None:
    points = snapshot.stance_points()
    if not points:
        return None
    current = points[-1].stance
    since = points[-1].on
    for point in reversed(points):
        if point.stance != current:
            break
        since = point.on
    return (snapshot.today - since).days


def compute_facts(snapshot: RecordSnapshot) -> Mapping[str, Fact]:
    """All facts the playbook can test, as of `snapshot.today`."""
    today = snapshot.today
    recent_start = today - timedelta(days=RECENT_DAYS - 1)
    week_start = today - timedelta(days=6)
    setbacks = snapshot.of("setback")
    hard_talks = tuple(
        e
        for e in snapshot.of("conversation")
        if (r := int_field(e, "rating")) is not None and r <= HARD_TALK_RATING
    )
    invitations = snapshot.of("invitation")
    stance = snapshot.latest_stance()
    agreements = snapshot.of("agreement")
    first_day = min((e.occurred_on for e in snapshot.entries), default=today)
    since_setback = _days_since(setbacks, today)
    since_hard = _days_since(hard_talks, today)
    recent_setback = since_setback is not None and since_setback < COOL_OFF_DAYS
    recent_hard = since_hard is not None and since_hard < COOL_OFF_DAYS
    quiet_week = all(d is None or d >= CALM_WINDOW_DAYS for d in (since_setback, since_hard))
    last_invite = _days_since(invitations, today)
    average, trend = _trend(snapshot)
    selfcare = snapshot.of("selfcare")
    seen = any(text_field(t, "contact_status") == "seen" for t in snapshot.of("therapist"))
    return {
        "safety_concern": safety_concern(
            snapshot, today - timedelta(days=SAFETY_LOOKBACK_DAYS - 1), today
        ),
        "record_empty": snapshot.is_empty,
        "first_week": (today - first_day).days < FIRST_WEEK_DAYS,
        "days_using": (today - first_day).days,
        "has_shared_goal": bool(snapshot.of("goal")),
        "boundaries_defined": bool(snapshot.of("boundary")),
        "agreements_defined": bool(agreements),
        "agreements_due_for_revisit": any(
            isinstance(d := a.fields.get("revisit_on"), date) and d <= today for a in agreements
        ),
        "days_since_last_setback": since_setback,
        "days_since_last_hard_talk": since_hard,
        "recent_setback": recent_setback or recent_hard,
        "calm_window": quiet_week and trend != "down",
        "invitations_count": len(invitations),
        "last_invitation_days_ago": last_invite,
        "last_invitation_response_declined": bool(invitations) and _declined(invitations[-1]),
        "reinvite_interval_passed": last_invite is None or last_invite >= REINVITE_AFTER_DAYS,
        "stance": stance.stance if stance else None,
        "stance_rank": stance.rank if stance else None,
        "days_at_current_stance": _days_at_stance(snapshot),
        "had_first_session": seen or (stance is not None and stance.rank >= TRYING_RANK),
        "therapists_shortlisted": len(snapshot.of("therapist")),
        "selfcare_logged_this_week": any(
            week_start <= e.occurred_on <= today and text_field(e, "type") != "support"
            for e in selfcare
        ),
        "selfcare_supports": sum(1 for e in selfcare if text_field(e, "type") == "support"),
        "conversations_last_14_days": len(snapshot.between("conversation", recent_start, today)),
        "average_rating_recent": average,
        "rating_trend": trend,
        "wins_last_14_days": len(snapshot.between("win", recent_start, today)),
        "setbacks_last_14_days": len(snapshot.between("setback", recent_start, today)),
        "checkin_scheduled": bool(snapshot.of("schedule")),
        "checkins_last_14_days": len(snapshot.between("checkin", recent_start, today)),
    }
