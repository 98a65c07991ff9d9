"""Readiness with the record: every agreement counts, and the cool-off's end is computed once."""

from __future__ import annotations

from datetime import datetime, timedelta

import httpx

from alongside.app.practice import readiness
from alongside.vault import Vault
from tests.web.server import token_in

NOW = datetime(2026, 3, 14, 18, 0).astimezone()


def test_an_agreed_longer_cool_off_sets_its_end(vault: Vault) -> None:
    vault.add("agreement", {"agreement": "take a 30 minute break after arguments"})
    for n in range(60):  # more than a page of agreements: every one still counts
        vault.add("agreement", {"agreement": f"note {n}"})
    result = readiness(vault, 8, 8, now=NOW, minutes_since_argument=10)
    assert result.cool_off_minutes == 30
    assert result.cool_off_end == NOW + timedelta(minutes=20)
    assert not result.ready


def test_without_a_record_the_cool_off_is_twenty_minutes() -> None:
    result = readiness(None, 8, 8, now=NOW, minutes_since_argument=5)
    assert (result.cool_off_minutes, result.cool_off_end) == (20, NOW + timedelta(minutes=15))
    assert readiness(None, 8, 8, now=NOW).cool_off_end is None


def test_the_web_page_shows_the_agreed_cool_off(unlocked: httpx.Client) -> None:
    agreed = {"fields": {"agreement": "take a 30 minute break after arguments"}}
    assert unlocked.post("/api/record/agreement", json=agreed).status_code == 201
    page = unlocked.get("/ready")
    form = {"me": "8", "partner": "8", "minutes": "10", "csrf_token": token_in(page.text)}
    shown = unlocked.post("/ready", data=form)
    assert shown.status_code == 200
    assert "bodies need at least 30 minutes" in shown.text
    assert 'max="1800"' in shown.text  # the countdown runs over the agreed 30 minutes
