"""Rhythm and progress: the guided plan, check-ins and their calendar, the weekly review, plots.

Everything here is a pure function of a `RecordSnapshot` (read once from an open vault)
and a date, so the CLI and the web app call the same code:

    from alongside.plan import snapshot_from_vault, make_plan, weekly_review, parse_week
    snapshot = snapshot_from_vault(vault, date.today())
    make_plan(snapshot).to_json()                    # the next step, with principles
    weekly_review(snapshot, parse_week("last", today)[0]).text()
    review_html(review, snapshot)                    # a printable page, plots inline
    plot_svg("stance", snapshot)                     # inline <svg>; also "wins-setbacks",
                                                     # "messages", "checkins" (see PLOTS)
    make_schedule(...), schedule_from_entry(entry), occurrences(schedule, after, 4)
    calendar_ics(schedule, dtstamp=now)              # RFC 5545 bytes

Exports load lazily: icalendar, dateutil and matplotlib are imported only when used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alongside.plan.calendar import calendar_ics
    from alongside.plan.checkins import (
        Occurrence,
        Prompts,
        Schedule,
        make_schedule,
        occurrences,
        schedule_from_entry,
    )
    from alongside.plan.facts import compute_facts
    from alongside.plan.playbook import Plan, Step, load_playbook, make_plan
    from alongside.plan.progress import PLOT_TITLES, PLOTS, plot_png, plot_svg, write_plots
    from alongside.plan.report import review_html
    from alongside.plan.review import WeeklyReview, parse_week, weekly_review
    from alongside.plan.snapshot import (
        RecordEntry,
        RecordSnapshot,
        snapshot_from_entries,
        snapshot_from_vault,
    )

_EXPORTS = {
    "calendar_ics": "calendar",
    "Occurrence": "checkins",
    "Prompts": "checkins",
    "Schedule": "checkins",
    "make_schedule": "checkins",
    "occurrences": "checkins",
    "schedule_from_entry": "checkins",
    "compute_facts": "facts",
    "Plan": "playbook",
    "Step": "playbook",
    "load_playbook": "playbook",
    "make_plan": "playbook",
    "PLOTS": "progress",
    "PLOT_TITLES": "progress",
    "plot_png": "progress",
    "plot_svg": "progress",
    "write_plots": "progress",
    "review_html": "report",
    "WeeklyReview": "review",
    "parse_week": "review",
    "weekly_review": "review",
    "RecordEntry": "snapshot",
    "RecordSnapshot": "snapshot",
    "snapshot_from_entries": "snapshot",
    "snapshot_from_vault": "snapshot",
}

__all__ = [
    "PLOTS",
    "PLOT_TITLES",
    "Occurrence",
    "Plan",
    "Prompts",
    "RecordEntry",
    "RecordSnapshot",
    "Schedule",
    "Step",
    "WeeklyReview",
    "calendar_ics",
    "compute_facts",
    "load_playbook",
    "make_plan",
    "make_schedule",
    "occurrences",
    "parse_week",
    "plot_png",
    "plot_svg",
    "review_html",
    "schedule_from_entry",
    "snapshot_from_entries",
    "snapshot_from_vault",
    "weekly_review",
    "write_plots",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'alongside.plan' has no attribute {name!r}")
    return getattr(import_module(f"alongside.plan.{module}"), name)
