"""The web app: one saved country (asked at setup, changeable), help ordered for what was found.

Over real HTTP to a live server; the setup and Help and safety pages also in real Chromium.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Page, expect

from alongside.settings import save_country, saved_country, settings_path
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of, set_up

HTMX = {"HX-Request": "true"}
ABUSE = "He shoved me into the wall and I'm scared of what he'll do tonight."
SUICIDE = "Sometimes I want to kill myself."


@pytest.fixture(autouse=True)
def no_country_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALONGSIDE_COUNTRY", raising=False)


def setup(client: httpx.Client, country: str) -> httpx.Response:
    return set_up(client, country=country)


def coach(client: httpx.Client, text: str) -> str:
    response = client.post(
        "/coach", data={"csrf_token": csrf_of(client), "text": text}, headers=HTMX
    )
    assert response.status_code == 200
    return response.text


def test_setup_saves_the_country_and_the_coach_shows_its_abuse_line_first(
    client: httpx.Client, app_home: Path
) -> None:
    assert setup(client, "UK").status_code == 303
    assert saved_country(app_home) == "UK"
    panel = coach(client, ABUSE)
    assert "Your safety comes first" in panel
    # someone may be in danger now: the emergency number, then the abuse line, before "more"
    assert panel.index("Call 999") < panel.index("0808 2000 247") < panel.index("<details")
    assert "Coaching this message can wait" not in panel  # abuse: no coaching later
    crisis = coach(client, SUICIDE)
    assert crisis.index("Call 999") < crisis.index("116 123") < crisis.index("0808 2000 247")
    assert "the coach is here for your words" in crisis


def test_setup_with_a_country_we_do_not_know_creates_nothing_and_lists_ours(
    client: httpx.Client, app_home: Path
) -> None:
    response = setup(client, "Narnia")
    assert response.status_code == 400
    assert "I don&#39;t know the country &#34;Narnia&#34;" in response.text
    assert "NZ (New Zealand)" in response.text
    assert not (app_home / "vault.db").exists()


def test_setup_may_leave_the_country_for_later(client: httpx.Client, app_home: Path) -> None:
    assert setup(client, "").status_code == 303
    assert not settings_path(app_home).exists()
    panel = coach(client, ABUSE)
    assert "You haven&#39;t chosen your country yet" in panel
    assert "hotpeachpages.net" in panel
    page = client.get("/safety")
    assert "You haven&#39;t chosen your country yet" in page.text
    assert '<option value="INTL" selected>' in page.text


def test_the_country_can_be_changed_and_every_page_follows(
    client: httpx.Client, app_home: Path
) -> None:
    setup(client, "UK")
    token = csrf_of(client)
    stale = client.post("/settings/country", data={"csrf_token": "old", "country": "AU"})
    assert stale.status_code == 403 and saved_country(app_home) == "UK"
    bad = client.post("/settings/country", data={"csrf_token": token, "country": "Oz"})
    assert bad.status_code == 400 and "AU (Australia)" in bad.text
    empty = client.post("/settings/country", data={"csrf_token": token, "country": ""})
    assert empty.status_code == 400 and "Please name a country" in empty.text
    saved = client.post("/settings/country", data={"csrf_token": token, "country": "AU"})
    assert saved.status_code == 303 and saved.headers["location"] == "/safety?saved=1"
    assert json.loads(settings_path(app_home).read_text(encoding="utf-8")) == {"country": "AU"}
    assert (
        "Saved: help and helplines will be shown for Australia"
        in client.get("/safety?saved=1").text
    )
    assert "1800 737 732" in coach(client, ABUSE)


def test_the_environment_overrides_the_saved_country(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_country("UK", app_home)
    monkeypatch.setenv("ALONGSIDE_COUNTRY", "NZ")
    live = LiveServer(app_home).start()
    try:
        with httpx.Client(base_url=live.url, timeout=30) as client:
            page = client.get("/safety")
            assert "0800 733 843" in page.text and "0808 2000 247" not in page.text
            assert "Remember my country" not in page.text
            assert "set by ALONGSIDE_COUNTRY" in page.text
    finally:
        live.stop()


def test_a_record_entry_about_danger_shows_help_ordered_for_it(
    client: httpx.Client, app_home: Path
) -> None:
    setup(client, "US")
    page = client.get("/record/journal/new")
    token = csrf_of(client)
    form_id = re.search(r'name="form_id" value="([^"]+)"', page.text)
    assert form_id
    added = client.post(
        "/record/journal/new",
        data={"csrf_token": token, "form_id": form_id.group(1), "situation": SUICIDE},
    )
    assert added.status_code == 303 and added.headers["location"].endswith("safety=1")
    shown = client.get(added.headers["location"]).text
    assert shown.index("Call 911") < shown.index("988") < shown.index("1-800-799-7233")


def test_a_rehearsal_stopped_for_safety_shows_the_help_for_it(client: httpx.Client) -> None:
    setup(client, "US")
    token = csrf_of(client)
    client.post("/practice/rehearse", data={"csrf_token": token, "objection": ""})
    reply = client.post("/practice/reply", data={"csrf_token": token, "reply": ABUSE}, headers=HTMX)
    assert "Paused for your safety" in reply.text
    assert reply.text.index("Call 911") < reply.text.index("1-800-799-7233")


@pytest.mark.browser
def test_a_person_chooses_the_country_at_setup_and_changes_it_later(
    page: Page, server: LiveServer, app_home: Path
) -> None:
    page.goto(server.url)
    expect(page).to_have_url(server.url + "/setup")
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_label("Your country").select_option("IE")
    page.get_by_role("button", name="Create my private record").click()
    expect(page.get_by_role("status")).to_contain_text("Your private record is ready")
    assert saved_country(app_home) == "IE"
    page.get_by_role("link", name="Help and safety").click()
    page.wait_for_url("**/safety")  # the page itself, not the one before it (CI under load)
    expect(page.get_by_text("1800 341 900")).to_be_visible()
    expect(page.get_by_role("button", name="Remember my country")).to_have_count(0)
    chooser = page.get_by_label("Show help for")
    chooser.select_option("DE")
    expect(chooser).to_have_value("DE")
    page.get_by_role("button", name="Show", exact=True).click()
    page.wait_for_url("**/safety?country=DE")
    expect(page.get_by_text("116 016").first).to_be_visible()
    page.get_by_role("button", name="Remember my country").click()
    expect(page.get_by_role("status")).to_contain_text("shown for Germany")
    assert saved_country(app_home) == "DE"
    page.goto(server.url + "/coach")
    page.get_by_label("Your message").fill(ABUSE)
    result = page.locator("#coach-result")
    expect(result.get_by_role("heading", name="Your safety comes first")).to_be_visible()
    first_help = result.locator("ul.first-help")
    expect(first_help).to_contain_text("Call 110")
    expect(first_help).to_contain_text("116 016")


def add_setback(client: httpx.Client, what: str, days_ago: int) -> None:
    on = (date.today() - timedelta(days=days_ago)).isoformat()
    added = client.post("/api/record/setback", json={"fields": {"what": what, "occurred_on": on}})
    assert added.status_code in (200, 201), added.text


def ready(client: httpx.Client) -> str:
    response = client.post(
        "/ready", data={"csrf_token": csrf_of(client), "me": "9", "partner": "9"}
    )
    assert response.status_code == 200
    return response.text


def test_before_we_talk_is_never_now_within_30_days_of_a_danger_sign(
    client: httpx.Client,
) -> None:
    setup(client, "UK")
    assert "Now looks like a good moment" in ready(client)
    add_setback(client, "He threatened to take the kids if I ever left", 12)
    page = ready(client)
    assert "Now looks like a good moment" not in page
    assert "Not now: your safety comes first." in page
    assert page.index("0808 2000 247") < page.index("Call 999")


def test_before_we_talk_may_say_now_after_the_window(client: httpx.Client) -> None:
    setup(client, "UK")
    add_setback(client, "He threatened to take the kids if I ever left", 30)
    assert "Now looks like a good moment" in ready(client)


@pytest.mark.browser
def test_a_person_sees_safety_first_on_before_we_talk(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_label("Your country").select_option("US")
    page.get_by_role("button", name="Create my private record").click()
    expect(page.get_by_role("status")).to_contain_text("Your private record is ready")
    page.goto(server.url + "/record/setback/new")
    page.get_by_label("What was hard").fill("She hit me with the remote and I was scared")
    page.get_by_role("button", name=re.compile("Save")).click()
    page.get_by_role("link", name="Before we talk").click()
    page.get_by_label("How calm do I feel right now?").select_option("9")
    page.get_by_label("How calm does my partner seem?").select_option("9")
    page.get_by_role("button", name="Is now a good moment?").click()
    verdict = page.locator(".verdict-card")
    expect(verdict.get_by_role("heading", name="Your safety comes first")).to_be_visible()
    expect(verdict).not_to_contain_text("Now looks like a good moment")
    expect(verdict.locator("ul.first-help li").first).to_contain_text("Call 911")
    expect(verdict.locator("ul.first-help")).to_contain_text("1-800-799-7233")
