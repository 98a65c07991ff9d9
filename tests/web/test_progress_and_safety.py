"""Progress (plan, weekly review, plots) and the help page, over real HTTP."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

from alongside.plan.progress import PLOT_TITLES
from tests.web.server import LiveServer


def test_progress_needs_the_record_unlocked(client: httpx.Client) -> None:
    assert client.get("/progress").status_code == 303
    assert client.get("/progress/plot/stance.svg").status_code == 303


def test_progress_shows_a_next_step_the_week_and_the_numbers(unlocked: httpx.Client) -> None:
    today = dt.date.today().isoformat()
    unlocked.post("/api/record/win", json={"fields": {"what": "a calm breakfast"}})
    unlocked.post(
        "/api/record/conversation",
        json={"fields": {"topic": "sleep", "stance": "considering", "occurred_on": today}},
    )
    page = unlocked.get("/progress")
    assert page.status_code == 200
    assert "One small next step" in page.text
    assert "considering it" in page.text
    assert "a calm breakfast" in page.text  # the weekly review narrates the win
    assert "<table" in page.text and "Week by week" in page.text
    for name in PLOT_TITLES:
        key = unlocked.headers["X-CSRF-Token"]  # an image sends no header: the key rides along
        assert f'src="/progress/plot/{name}.svg?key={key}"' in page.text


@pytest.mark.parametrize("name", sorted(PLOT_TITLES))
def test_each_plot_is_an_svg_that_can_fetch_nothing(unlocked: httpx.Client, name: str) -> None:
    response = unlocked.get(f"/progress/plot/{name}.svg")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("image/svg+xml")
    assert response.text.startswith("<svg")
    assert response.headers["cache-control"] == "no-store"
    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'self'") and "script" not in policy


def test_unknown_plot_is_not_found(unlocked: httpx.Client) -> None:
    assert unlocked.get("/progress/plot/secrets.svg").status_code == 404


def test_help_page_is_open_even_when_locked(server: LiveServer, client: httpx.Client) -> None:
    page = client.get("/safety")
    assert page.status_code == 200
    assert "In danger right now" in page.text
    uk = client.get("/safety", params={"country": "UK"})
    assert "999" in uk.text
    assert '<option value="UK" selected>' in uk.text
    elsewhere = client.get("/safety", params={"country": "Atlantis"})
    assert "We don&#39;t have a list of helplines for Atlantis" in elsewhere.text
