"""Rhythm and progress: how plan, review, plots and calendar scale with the record (make bench).

Peer: reading the same entries from the vault (`vault.list` per kind, which decrypts). The
plan's own work is printed as a ratio to that read, for records of 1,000 and 10,000 entries
in a real vault file (cheap test KDF, so unlocking is not what we measure). Timing lives
here only, never in tests.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from alongside.plan.calendar import calendar_ics
from alongside.plan.checkins import make_schedule
from alongside.plan.playbook import make_plan
from alongside.plan.progress import PLOTS, plot_png, plot_svg
from alongside.plan.review import parse_week, weekly_review
from alongside.plan.snapshot import (
    PLAN_KINDS,
    RecordSnapshot,
    snapshot_from_entries,
    snapshot_from_vault,
)
from alongside.vault import create_vault

TODAY = date(2026, 3, 18)
SIZES = (1_000, 10_000)
MIX = (  # kind, fields: a realistic spread of what a person writes down
    ("conversation", {"topic": "How our week went", "rating": 3, "stance": "considering"}),
    ("win", {"what": "A calmer morning than usual"}),
    ("setback", {"what": "A tense evening", "learned": "Pause sooner"}),
    ("message", {"text": "Could we talk about how we listen?", "pushing": 1, "inviting": 2}),
    ("checkin", {"notes": "Appreciations, one topic, a plan", "rating": 4}),
    ("selfcare", {"action": "A walk on my own", "type": "action"}),
    ("journal", {"situation": "Dinner felt tense", "next_time": "Name my feeling first"}),
    ("invitation", {"how": "On a walk", "response": "Maybe", "stance_after": "considering"}),
)


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def fill(path: Path, count: int) -> None:
    with create_vault(path, "bench passphrase") as vault:
        batch = []
        for i in range(count):
            kind, fields = MIX[i % len(MIX)]
            when = TODAY - timedelta(days=(i * 7) % 730)
            batch.append(vault.prepare(kind, {**fields, "occurred_on": when}))
        vault.insert_many(batch)


def measure(tmp: Path, count: int) -> RecordSnapshot:
    from alongside.vault import open_vault

    path = tmp / f"vault-{count}.db"
    fill(path, count)
    with open_vault(path, "bench passphrase") as vault:
        read = best_of(lambda: [vault.list(k) for k in PLAN_KINDS])
        snap = best_of(lambda: snapshot_from_vault(vault, TODAY))
        snapshot = snapshot_from_vault(vault, TODAY)
    plan = best_of(lambda: make_plan(snapshot))
    first, _ = parse_week("last", TODAY)
    review = best_of(lambda: weekly_review(snapshot, first))
    svgs = best_of(lambda: [plot_svg(name, snapshot) for name in PLOTS], repeat=1)
    ratio = (plan + review) / read
    print(
        f"{count:>8} {read * 1000:>10.0f}ms {snap * 1000:>7.0f}ms {plan * 1000:>6.1f}ms "
        f"{review * 1000:>6.1f}ms {svgs * 1000:>6.0f}ms {ratio:>18.3f}x"
    )
    return snapshot


def main() -> None:
    os.environ.setdefault("ALONGSIDE_KDF_PROFILE", "test")  # unlocking is not measured here
    plot_svg("stance", snapshot_from_entries([], TODAY))  # import matplotlib once, outside timing
    print(
        f"{'entries':>8} {'read (peer)':>12} {'snapshot':>9} {'plan':>8} {'review':>8} "
        f"{'4 SVG':>8} {'plan+review / read':>19}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = snapshot_from_entries([], TODAY)
        for count in SIZES:
            snapshot = measure(Path(tmp), count)
    schedule, _ = make_schedule(weekday="sun", at="19:00", timezone="Europe/Berlin", today=TODAY)
    ics = best_of(lambda: calendar_ics(schedule, dtstamp=datetime.now(UTC)))
    png = best_of(lambda: plot_png("stance", snapshot), repeat=1)
    print(f"calendar file (.ics, 4 events + time zone): {ics * 1000:.1f}ms")
    print(f"one PNG plot ({SIZES[-1]} entries): {png * 1000:.0f}ms")


if __name__ == "__main__":
    main()
