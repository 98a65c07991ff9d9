"""Entries at the ends of the calendar still give pages and plots, over real HTTP (issue 13)."""

from __future__ import annotations

import httpx
import pytest

from alongside.plan.progress import PLOT_TITLES


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_plots_and_progress_page_with_an_entry_at_the_calendar_edge(
    unlocked: httpx.Client, day: str
) -> None:
    added = unlocked.post(
        "/api/record/conversation",
        json={"fields": {"topic": "long ago", "stance": "considering", "occurred_on": day}},
    )
    assert added.status_code == 201, added.text
    unlocked.post("/api/record/win", json={"fields": {"what": "then", "occurred_on": day}})
    for name in sorted(PLOT_TITLES):
        plot = unlocked.get(f"/progress/plot/{name}.svg")
        assert plot.status_code == 200, (name, plot.text[:300])
        assert plot.text.startswith("<svg")
    page = unlocked.get("/progress")
    assert page.status_code == 200
    assert "One small next step" in page.text
