"""The web coach and rehearsal with text the coach cannot read: plain words, never praise."""

from __future__ import annotations

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of

HTMX = {"HX-Request": "true"}
SPANISH = "Mi pareja no quiere ir a terapia y cada vez que lo menciono se enfada conmigo."
ARABIC = "شريكي لا يريد الذهاب إلى العلاج ولا أعرف ماذا أفعل."


@pytest.mark.parametrize("text", [SPANISH, ARABIC])
def test_the_coach_says_it_reads_english_only(unlocked: httpx.Client, text: str) -> None:
    response = unlocked.post(
        "/coach", data={"csrf_token": csrf_of(unlocked), "text": text}, headers=HTMX
    )
    assert response.status_code == 200
    assert "I can only read English for now" in response.text
    assert 'href="/safety"' in response.text
    assert "Nothing here looks likely to push" not in response.text
    assert "Keep this message in my record" not in response.text


def test_short_english_is_coached_as_usual(unlocked: httpx.Client) -> None:
    response = unlocked.post(
        "/coach", data={"csrf_token": csrf_of(unlocked), "text": "ok"}, headers=HTMX
    )
    assert "I can only read English" not in response.text
    assert "Nothing here looks likely to push" in response.text


def test_rehearsal_does_not_praise_a_reply_it_cannot_read(unlocked: httpx.Client) -> None:
    token = csrf_of(unlocked)
    unlocked.post("/practice/rehearse", data={"csrf_token": token, "objection": ""})
    reply = unlocked.post(
        "/practice/reply", data={"csrf_token": token, "reply": SPANISH}, headers=HTMX
    )
    assert reply.status_code == 200
    assert "I can only read English for now" in reply.text
    assert "✓" not in reply.text  # no "went well" for words it could not read


@pytest.mark.browser
def test_a_person_writing_in_german_is_told_plainly(page: Page, server: LiveServer) -> None:
    page.goto(server.url)
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_role("button", name="Create my private record").click()
    expect(page.get_by_role("status")).to_contain_text("Your private record is ready")
    page.wait_for_load_state("load")
    page.get_by_label("Your message").fill("Ich wünsche mir, dass wir heute in Ruhe reden können.")
    result = page.locator("#coach-result")
    expect(result.get_by_role("heading", name="I can only read English for now")).to_be_visible()
    expect(result.get_by_role("link", name="Help and safety")).to_be_visible()
    expect(result).not_to_contain_text("Nothing here looks likely to push")
