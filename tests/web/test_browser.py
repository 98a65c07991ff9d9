"""The web app in a real headless Chromium: what a person actually does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer

pytestmark = pytest.mark.browser


def create_vault(page: Page, url: str) -> None:
    page.goto(url)
    expect(page).to_have_url(url + "/setup")
    expect(page.get_by_text("It cannot be recovered.")).to_be_visible()
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_role("button", name="Create my private record").click()
    expect(page.get_by_role("status")).to_contain_text("Your private record is ready")
    page.wait_for_load_state("load")  # htmx and app.js (deferred) are running


def unlock(page: Page, passphrase: str) -> None:
    page.get_by_label("Passphrase").fill(passphrase)
    page.get_by_role("button", name="Unlock").click()


def test_journal_entry_survives_a_restart(page: Page, app_home: Path) -> None:
    first = LiveServer(app_home).start()
    try:
        create_vault(page, first.url)
        page.get_by_role("link", name="Your record").click()
        page.get_by_role("link", name="Journal").click()
        page.get_by_role("link", name="Add a journal entry").click()
        page.get_by_label("What happened").fill(
            "We talked about the weekend without raising voices"
        )
        page.get_by_label("What set it off").fill("a late train")
        page.get_by_role("button", name="Save").click()
        expect(page.get_by_role("status")).to_have_text("Added to your record.")
        expect(page.locator("dd").first).to_be_visible()
    finally:
        first.stop()

    second = LiveServer(app_home, port=first.port).start()
    try:
        page.goto(second.url + "/record/journal")
        expect(page).to_have_url(f"{second.url}/unlock?next=/record/journal")
        unlock(page, TEST_PASSPHRASE)
        expect(page).to_have_url(second.url + "/record/journal")
        page.get_by_label("Search journal").fill("weekend")
        page.get_by_role("button", name="Search", exact=True).click()
        expect(page.get_by_role("link", name="weekend", exact=False)).to_be_visible()
        page.get_by_role("link", name="weekend", exact=False).click()
        expect(page.get_by_text("a late train")).to_be_visible()
    finally:
        second.stop()


def test_wrong_passphrase_shows_a_clear_message(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.get_by_role("button", name="Lock").click()
    expect(page).to_have_url(server.url + "/unlock?locked=1")
    unlock(page, "not my passphrase")
    expect(page.get_by_role("alert")).to_contain_text("does not open this record")
    expect(page.get_by_label("Passphrase")).to_have_attribute("aria-invalid", "true")
    unlock(page, TEST_PASSPHRASE)
    expect(page).to_have_url(server.url + "/coach")


def test_coach_highlights_words_as_you_type(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    expect(page).to_have_url(server.url + "/coach?welcome=1")
    page.get_by_label("Your message").press_sequentially(
        "You never listen. You need therapy.", delay=5
    )
    result = page.locator("#coach-result")
    expect(result).to_have_attribute("aria-live", "polite")
    expect(result.locator("mark.pushing", has_text="never")).to_be_visible()
    expect(result.get_by_text("An absolute (always / never)")).to_be_visible()
    rewrite = result.locator(".rewrite").first
    expect(rewrite).to_contain_text("Gentler:")
    rewrite.get_by_role("button", name="Copy").click()
    expect(rewrite.get_by_role("button", name="Copied")).to_be_visible()
    result.get_by_role("button", name="Keep this message in my record").click()
    expect(result.get_by_role("status")).to_contain_text("Kept in your record")
    assert page.url == server.url + "/coach?welcome=1"  # no page load: htmx did it


def test_coach_shows_the_safety_panel_instead(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.get_by_label("Your message").fill("I'm afraid of him, he hit me last week.")
    result = page.locator("#coach-result")
    expect(result.get_by_role("heading", name="Your safety comes first")).to_be_visible()
    expect(result.locator("mark")).to_have_count(0)


def test_quick_exit_button_hides_the_page_and_locks(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.get_by_role("button", name="Quick exit").click()
    expect(page).to_have_url(server.url + "/away")
    expect(page).to_have_title("Search")
    assert "Alongside" not in page.content()
    page.goto(server.url + "/record")
    expect(page).to_have_url(server.url + "/unlock?next=/record")
    assert server.app.state.web.vault is None  # the key is gone from memory


def test_escape_three_times_is_a_quick_exit(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.goto(server.url + "/record/win/new")
    page.get_by_label("What went well").fill("something private")
    for _ in range(3):
        page.keyboard.press("Escape")
    expect(page).to_have_url(server.url + "/away")
    page.go_back()
    expect(page).not_to_have_url(server.url + "/record/win/new")  # replaced, not stacked
    page.goto(server.url + "/record/win")
    expect(page).to_have_url(server.url + "/unlock?next=/record/win")
    assert server.app.state.web.vault is None


def test_delete_asks_first(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.goto(server.url + "/record/goal/new")
    page.get_by_label("Our goal").fill("Calm Sunday evenings")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("link", name="Delete…").click()
    expect(page.get_by_role("heading", name="Delete this shared goal?")).to_be_visible()
    page.get_by_role("link", name="No, keep it").click()
    expect(page.get_by_text("Calm Sunday evenings")).to_be_visible()
    page.get_by_role("link", name="Delete…").click()
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page.get_by_role("status")).to_have_text("Deleted. It is gone from your record.")
    expect(page.get_by_text("Nothing here yet")).to_be_visible()


def test_skip_link_and_keyboard_reach_the_main_content(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/safety")
    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name="Skip to main content")).to_be_focused()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Show help for")).to_be_focused()


def test_no_content_security_policy_violations(page: Page, server: LiveServer) -> None:
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    create_vault(page, server.url)
    page.get_by_label("Your message").fill("You always forget. Could we talk tonight?")
    expect(page.locator("mark").first).to_be_visible()
    for path in ("/record", "/record/journal/new", "/progress", "/safety", "/away"):
        page.goto(server.url + path)
        page.wait_for_load_state("networkidle")
    assert problems == []


def test_breathing_pause_and_cooling_off_countdown_run(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.get_by_role("link", name="Before we talk").click()
    page.get_by_label("How calm do I feel right now?").select_option("8")
    page.get_by_label("How calm does my partner seem?").select_option("8")
    page.get_by_label("Minutes since our last argument").fill("3")
    page.get_by_role("button", name="Is now a good moment?").click()
    expect(page.get_by_role("heading", name="Not just yet")).to_be_visible()
    page.wait_for_load_state("load")
    expect(page.locator("[data-countdown-until]")).to_contain_text("to go")
    box = page.locator(".breath").first
    expect(box.locator(".breath-step")).to_have_text("Ready when you are.")
    box.get_by_role("button", name=re.compile("^Start the")).click()
    expect(box).to_have_class(re.compile("running"))
    expect(box.locator(".breath-step")).to_contain_text("Breathe in")
    expect(box.locator(".timer")).to_contain_text("left")


def test_coach_says_when_the_record_locked_and_keeps_the_words(
    page: Page, server: LiveServer
) -> None:
    create_vault(page, server.url)
    box = page.get_by_label("Your message")
    box.fill("You never listen.")
    expect(page.locator("mark").first).to_be_visible()
    server.app.state.web.lock()  # as after a quiet period
    box.fill("You never listen. I miss you.")
    expect(page.get_by_role("alert")).to_contain_text("locked itself after a quiet period")
    expect(box).to_have_value("You never listen. I miss you.")
    expect(page.locator("mark")).to_have_count(0)
