"""Papercuts a newcomer met on the web (issue 14, last bullet), over real HTTP."""

from __future__ import annotations

from datetime import date

import httpx

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
