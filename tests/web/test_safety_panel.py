"""The web safety panel is short (issue 12, blind round 5): one sentence naming what was seen,
the one or two services that fit, device safety first where being watched is likely, and
"more help" one tap away in a <details>. The words stay in the box (nothing lost).

In real headless Chromium against a live server; one check over plain HTTP.
"""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.sync_api import Page, expect

from alongside.safety.messages import DEVICE_LINES, DEVICE_WEB, SEEN
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of, set_up

WATCHED = "He checks my phone every night and has my location on all the time."
HIT = "He punched me in the face last night and I'm scared to go home."


@pytest.fixture(autouse=True)
def no_country_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALONGSIDE_COUNTRY", raising=False)
    monkeypatch.setenv("TZ", "UTC")


def create(page: Page, server: LiveServer, country: str) -> None:
    page.goto(server.url)
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_label("Your country").select_option(country)
    page.get_by_role("button", name="Create my private record").click()
    expect(page.get_by_role("status")).to_contain_text("Your private record is ready")


@pytest.mark.browser
def test_the_panel_is_short_with_more_help_one_tap_away(page: Page, server: LiveServer) -> None:
    create(page, server, "UK")
    page.goto(server.url + "/coach")
    page.get_by_label("Your message").fill(HIT)
    result = page.locator("#coach-result")
    panel = result.locator("section.safety")
    expect(panel.get_by_role("heading", name="Your safety comes first")).to_be_visible()
    expect(panel.locator(".seen")).to_have_text(SEEN["physical_violence"])
    first = panel.locator("ul.first-help li")
    expect(first).to_have_count(2)
    expect(first.nth(0)).to_contain_text("Call 999")
    expect(first.nth(1)).to_contain_text("0808 2000 247")
    more = panel.locator("details.more-help")
    expect(more).not_to_have_attribute("open", re.compile(".*"))
    expect(more.get_by_text("116 123")).to_be_hidden()  # the rest: one tap away
    more.locator("summary").click()
    expect(more.get_by_text("116 123")).to_be_visible()
    expect(more.get_by_text(DEVICE_LINES[0])).to_be_visible()  # device safety: reachable
    expect(more.get_by_text(DEVICE_WEB)).to_be_visible()
    expect(page.get_by_label("Your message")).to_have_value(HIT)  # nothing lost


@pytest.mark.browser
def test_a_watched_phone_puts_device_safety_before_the_services(
    page: Page, server: LiveServer
) -> None:
    create(page, server, "US")
    page.goto(server.url + "/coach")
    page.get_by_label("Your message").fill(WATCHED)
    panel = page.locator("#coach-result section.safety")
    device = panel.locator(".device-safety").first
    expect(device).to_be_visible()
    expect(device).to_contain_text(DEVICE_LINES[0])
    expect(device).to_contain_text("techsafety.org")
    first = panel.locator("ul.first-help")
    expect(first).to_contain_text("1-800-799-7233")
    box = device.bounding_box()
    services = first.bounding_box()
    assert box is not None and services is not None and box["y"] < services["y"]
    expect(page.get_by_label("Your message")).to_have_value(WATCHED)


def test_an_unknown_country_and_a_pound_sign_show_that_line_first(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url, follow_redirects=False) as client:
        assert set_up(client, country="").status_code == 303
        text = "He hit me and took my card, I have £20 left for the week."
        response = client.post(
            "/coach",
            data={"csrf_token": csrf_of(client), "text": text},
            headers={"HX-Request": "true"},
        )
        assert response.status_code == 200
        page = response.text
        head = page[: page.index("<details")]
        assert "If you are in the United Kingdom" in head
        assert head.index("Call 999") < head.index("The emergency number depends on where")
        assert "911 in the US and Canada" in head


@pytest.mark.parametrize(("country", "service"), [("UK", "refugetechsafety.org"), ("IE", "")])
def test_the_help_page_always_has_device_safety_once(
    server: LiveServer, country: str, service: str
) -> None:
    from markupsafe import escape

    with httpx.Client(base_url=server.url, follow_redirects=False) as client:
        assert set_up(client, country=country).status_code == 303
        page = client.get("/safety", params={"country": country}).text
    assert page.count(str(escape(DEVICE_LINES[0]))) == 1
    assert str(escape(DEVICE_WEB)) in page
    assert service in page
