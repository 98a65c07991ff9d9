"""Papercuts a newcomer met on the web (issue 14, last bullet), over real HTTP."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from markupsafe import escape
from playwright.sync_api import Page, expect

from alongside.coach import EMPTY_MESSAGE
from tests.web.server import LiveServer, csrf_of
from tests.web.test_browser import create_vault
from tests.web.test_record_forms import entries, new_form


def _add(client: httpx.Client, kind: str, values: dict[str, str]) -> str:
    added = client.post(f"/record/{kind}/new", data={**new_form(client, kind), **values})
    assert added.status_code == 303, added.text
    location: str = added.headers["location"].split("?")[0]
    return location


def test_add_buttons_and_titles_use_the_right_article(unlocked: httpx.Client) -> None:
    listing = unlocked.get("/record/agreement").text
    assert "Add an agreement" in listing and "Add a agreement" not in listing
    assert "Add an invitation" in unlocked.get("/record/invitation").text
    assert "<title>Add an agreement" in unlocked.get("/record/agreement/new").text
    assert "Add a win" in unlocked.get("/record/win").text


def test_lists_are_newest_first_by_the_day_shown(unlocked: httpx.Client) -> None:
    for kind, main in (("invitation", "how"), ("checkin", "notes")):
        for day in ("2025-03-10", "2025-03-20", "2025-03-01"):
            _add(unlocked, kind, {main: f"Held on {day}", "occurred_on": day})
        page = unlocked.get(f"/record/{kind}").text
        shown = [page.index(f"Held on {day}") for day in ("2025-03-20", "2025-03-10", "2025-03-01")]
        assert shown == sorted(shown), kind
        days = [str(e["fields"]["occurred_on"]) for e in entries(unlocked, kind)]  # type: ignore[index]
        assert days == ["2025-03-20", "2025-03-10", "2025-03-01"], kind


def test_an_entry_saved_without_a_day_shows_today(unlocked: httpx.Client) -> None:
    where = _add(unlocked, "win", {"what": "A calm breakfast", "occurred_on": ""})
    shown = unlocked.get(where).text
    when = shown.split("<dt>When</dt>", 1)[1].split("</dd>", 1)[0]
    assert date.today().isoformat() in when and "not given" not in when


def test_the_date_hint_describes_the_browsers_picker(unlocked: httpx.Client) -> None:
    form = unlocked.get("/record/win/new").text
    hint = form.split('id="help-occurred_on">', 1)[1].split("</p>", 1)[0]
    assert hint == "Pick a day; today if left empty"
    assert 'type="date"' in form
    # A day the picker could not hold comes back as plain text: then the hint shows the format.
    again = unlocked.post(
        "/record/win/new", data={**new_form(unlocked, "win"), "what": "x", "occurred_on": "soon"}
    )
    assert again.status_code == 400
    hint = again.text.split('id="help-occurred_on">', 1)[1].split("</p>", 1)[0]
    assert "YYYY-MM-DD" in hint


@pytest.mark.browser
def test_check_my_words_on_an_empty_box_says_so(page: Page, server: LiveServer) -> None:
    create_vault(page, server.url)
    page.get_by_role("button", name="Check my words").click()
    alert = page.locator("#coach-result").get_by_role("alert")
    expect(alert).to_have_text(f"{EMPTY_MESSAGE}.")
    # Clearing the box while typing is not a question: the sentence does not chase the typist.
    box = page.get_by_label("Your message")
    box.press_sequentially("You never listen.", delay=5)
    expect(page.locator("#coach-result mark.pushing")).to_be_visible()
    box.fill("")
    box.dispatch_event("input")
    expect(page.locator("#coach-result mark.pushing")).to_have_count(0)
    expect(alert).to_have_count(0)


def test_check_my_words_without_javascript_says_so_too(unlocked: httpx.Client) -> None:
    said = unlocked.post(
        "/coach", data={"csrf_token": csrf_of(unlocked), "text": "  ", "check": "1"}
    )
    assert str(escape(f"{EMPTY_MESSAGE}.")) in said.text


def test_progress_links_to_the_help_page_instead_of_naming_a_command(
    unlocked: httpx.Client,
) -> None:
    danger = "He pushed me against the wall last night and I'm scared to go home."
    added = unlocked.post("/api/record/journal", json={"fields": {"situation": danger}})
    assert added.status_code in (200, 201), added.text
    page = unlocked.get("/progress").text
    assert "Your safety comes first" in page  # the plan's safety step
    assert "alongside safety" not in page
    step = page.split("Your safety comes first", 1)[1].split("</p>", 1)[0]
    assert '<a href="/safety">Help and safety</a>' in step
    week = page.split('id="week-h"', 1)[1].split("</section>", 1)[0]
    assert '<a href="/safety">Help and safety</a>' in week  # the review's safety line
