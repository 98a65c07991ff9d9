"""Small, realistic record fixtures built from plain entries (no vault needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from alongside.plan.snapshot import RecordEntry, RecordSnapshot, snapshot_from_entries

TODAY = date(2026, 3, 18)  # a Wednesday


class Record:
    """Build a record relative to a fixed `today`: `rec.add("win", 3, what="...")`."""

    def __init__(self, today: date = TODAY) -> None:
        self.today = today
        self.entries: list[RecordEntry] = []

    def add(self, kind: str, days_ago: int, **fields: object) -> Record:
        on = self.today - timedelta(days=days_ago)
        stamp = datetime.combine(on, time(20, 0), tzinfo=UTC) + timedelta(seconds=len(self.entries))
        if kind not in ("boundary", "agreement", "goal", "therapist", "resource", "schedule"):
            fields.setdefault("occurred_on", on)
        self.entries.append(RecordEntry(f"e{len(self.entries):03d}", kind, stamp, dict(fields)))
        return self

    def snapshot(self) -> RecordSnapshot:
        return snapshot_from_entries(self.entries, self.today)


def steady_basics(rec: Record, days_ago: int = 80) -> Record:
    """Goal, boundary, agreement, schedule and this week's self-care: a settled record."""
    rec.add("goal", days_ago, goal="Feel safe and heard with each other")
    rec.add("boundary", days_ago, boundary="No hard talks after 10pm", tolerance="cannot")
    rec.add(
        "agreement",
        days_ago,
        agreement="Therapy talk only when we're both calm",
        revisit_on=rec.today + timedelta(days=30),
    )
    rec.add("schedule", days_ago, title="Our check-in", timezone="Europe/Berlin")
    rec.add("selfcare", 2, action="Walked by the river", type="action")
    return rec
