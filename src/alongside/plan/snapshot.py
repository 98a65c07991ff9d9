"""A read-only picture of the private record on one day: what plans, reviews and plots read.

Planning, the weekly review and the progress plots are pure functions of a
`RecordSnapshot` and a date, so they are easy to test with a handful of entries and
never touch the vault (or its key) themselves. `snapshot_from_vault` is the one place
that reads a vault; anything with `.list(kind)` returning entries will do.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Protocol

from alongside.vault.kinds import STANCES

# Every kind the plan, the review and the plots read.
PLAN_KINDS: tuple[str, ...] = (
    "conversation",
    "win",
    "setback",
    "boundary",
    "agreement",
    "goal",
    "selfcare",
    "therapist",
    "message",
    "invitation",
    "checkin",
    "schedule",
    "journal",
    "resource",
)

STANCE_ORDER: tuple[str, ...] = tuple(value for value, _ in STANCES)
STANCE_WORDS: Mapping[str, str] = dict(STANCES)


class EntryLike(Protocol):
    """What the plan needs from an entry (the vault's `Entry` fits this)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def fields(self) -> Mapping[str, object]: ...
    @property
    def occurred_on(self) -> date: ...


class EntrySource(Protocol):
    """Anything that lists entries of a kind, newest first (the vault does)."""

    def list(
        self, kind: str | None = None, *, limit: int | None = None, offset: int = 0
    ) -> Iterable[EntryLike]: ...


@dataclass(frozen=True)
class RecordEntry:
    """A plain entry: used for fixtures, and shaped like the vault's `Entry`."""

    id: str
    kind: str
    created_at: datetime
    fields: Mapping[str, object] = field(default_factory=dict)
    updated_at: datetime | None = None

    @property
    def occurred_on(self) -> date:
        value = self.fields.get("occurred_on")
        return value if isinstance(value, date) else self.created_at.date()


@dataclass(frozen=True)
class StancePoint:
    """Where the partner seemed to be on a day (from a conversation or an invitation)."""

    on: date
    stance: str
    source: str  # "conversation" or "invitation"

    @property
    def rank(self) -> int:
        return STANCE_ORDER.index(self.stance)

    @property
    def words(self) -> str:
        return STANCE_WORDS[self.stance]


@dataclass(frozen=True)
class RecordSnapshot:
    """Entries of the record by kind, each tuple oldest first, plus the day it describes."""

    today: date
    entries: tuple[EntryLike, ...] = ()

    @cached_property
    def _by_kind(self) -> Mapping[str, tuple[EntryLike, ...]]:
        grouped: dict[str, list[EntryLike]] = {}
        for entry in self.entries:
            grouped.setdefault(entry.kind, []).append(entry)
        return {kind: tuple(found) for kind, found in grouped.items()}

    def of(self, kind: str) -> tuple[EntryLike, ...]:
        """Entries of one kind, oldest first (by when they happened, then when written)."""
        return self._by_kind.get(kind, ())

    def between(self, kind: str, first: date, last: date) -> tuple[EntryLike, ...]:
        """Entries of `kind` that happened from `first` to `last`, both included."""
        return tuple(e for e in self.of(kind) if first <= e.occurred_on <= last)

    @property
    def is_empty(self) -> bool:
        return not any(e.kind != "schedule" for e in self.entries)

    def stance_points(self) -> tuple[StancePoint, ...]:
        """Every recorded stance, oldest first."""
        points: list[StancePoint] = []
        for entry in self.entries:
            name = "stance" if entry.kind == "conversation" else "stance_after"
            if entry.kind not in ("conversation", "invitation"):
                continue
            value = entry.fields.get(name)
            if isinstance(value, str) and value in STANCE_ORDER:
                points.append(StancePoint(entry.occurred_on, value, entry.kind))
        return tuple(sorted(points, key=lambda p: p.on))

    def latest_stance(self, on_or_before: date | None = None) -> StancePoint | None:
        limit = on_or_before or self.today
        earlier = [p for p in self.stance_points() if p.on <= limit]
        return earlier[-1] if earlier else None


def _sort_key(entry: EntryLike) -> tuple[date, datetime]:
    return (entry.occurred_on, entry.created_at)


def snapshot_from_entries(entries: Iterable[EntryLike], today: date) -> RecordSnapshot:
    """A snapshot of `entries` as of `today` (later entries are kept out: they haven't happened)."""
    kept = [e for e in entries if e.kind in PLAN_KINDS and e.occurred_on <= today]
    return RecordSnapshot(today=today, entries=tuple(sorted(kept, key=_sort_key)))


def snapshot_from_vault(vault: EntrySource, today: date) -> RecordSnapshot:
    """Read every kind the plan uses from an open vault."""
    entries: list[EntryLike] = []
    for kind in PLAN_KINDS:
        entries.extend(vault.list(kind))
    return snapshot_from_entries(entries, today)


def int_field(entry: EntryLike, name: str) -> int | None:
    value = entry.fields.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def text_field(entry: EntryLike, name: str) -> str:
    value = entry.fields.get(name)
    return value.strip() if isinstance(value, str) else ""


def shown(text: str, limit: int = 60) -> str:
    """User input made safe to repeat in a message: undecodable bytes and control
    characters become "?", and long input is shortened."""
    clean = text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    clean = "".join(c if c.isprintable() else "?" for c in clean.replace("\ufffd", "?"))
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
