"""The web app reads the time zone from settings.py too: asked at setup (this device's filled
in), saved for both faces, and the one new check-in schedules start from."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from alongside.settings import save_timezone, saved_timezone
from tests.web.server import LiveServer, set_up


@pytest.fixture(autouse=True)
def device_in_tokyo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")


def setup(client: httpx.Client, zone: str) -> httpx.Response:
    return set_up(client, timezone=zone)


def test_setup_offers_this_devices_time_zone(client: httpx.Client) -> None:
    page = client.get("/setup")
    assert page.status_code == 200
    assert 'name="timezone"' in page.text and 'value="Asia/Tokyo"' in page.text


def test_setup_saves_the_time_zone_for_both_faces(client: httpx.Client, app_home: Path) -> None:
    assert setup(client, "Europe/Berlin").status_code == 303
    assert saved_timezone(app_home) == "Europe/Berlin"
    form = client.get("/record/schedule/new")
    assert form.status_code == 200
    assert 'value="Europe/Berlin"' in form.text  # a new schedule starts in it, not UTC


def test_setup_with_a_time_zone_we_do_not_know_creates_nothing(
    client: httpx.Client, app_home: Path
) -> None:
    refused = setup(client, "Mars/Olympus")
    assert refused.status_code == 400
    assert "I don&#39;t know the time zone" in refused.text or "I don't know the time zone" in (
        refused.text
    )
    assert not (app_home / "vault.db").exists()


def test_a_time_zone_saved_by_the_cli_is_what_the_web_uses(
    server: LiveServer, client: httpx.Client, app_home: Path
) -> None:
    save_timezone("America/Chicago", app_home)
    assert 'value="America/Chicago"' in client.get("/setup").text
