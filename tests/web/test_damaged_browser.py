"""A damaged entry in real headless Chromium: the list still shows the others, the damaged
one is marked, and a person can open it and delete it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.vault.test_damaged import flip_bit
from tests.web.server import LiveServer
from tests.web.test_browser import create_vault

pytestmark = pytest.mark.browser


def add_journal(page: Page, url: str, words: str) -> None:
    page.goto(url + "/record/journal/new")
    page.get_by_label("What happened").fill(words)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("status")).to_have_text("Added to your record.")


def test_a_person_sees_the_damaged_entry_marked_and_deletes_it(
    page: Page, server: LiveServer, app_home: Path
) -> None:
    create_vault(page, server.url)
    add_journal(page, server.url, "the evening I want to keep")
    add_journal(page, server.url, "a quiet walk by the river")
    conn = sqlite3.connect(app_home / "vault.db")
    (first,) = conn.execute("SELECT id FROM entries ORDER BY created_at LIMIT 1").fetchone()
    conn.close()
    flip_bit(app_home / "vault.db", first, "situation")

    page.goto(server.url + "/record/journal")
    expect(page.get_by_text("a quiet walk by the river")).to_be_visible()
    marked = page.get_by_role("link", name="could not be read", exact=False)
    expect(marked).to_have_count(1)
    marked.click()
    expect(page.get_by_role("alert")).to_contain_text("you can delete it")
    expect(page.get_by_role("link", name="Edit")).to_have_count(0)
    page.get_by_role("link", name="Delete…").click()
    page.get_by_role("button", name="Yes, delete it").click()
    expect(page.get_by_role("status").first).to_contain_text("Deleted")
    expect(page.get_by_text("a quiet walk by the river")).to_be_visible()
    expect(page.get_by_text("could not be read")).to_have_count(0)
