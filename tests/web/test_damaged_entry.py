"""A damaged entry in the browser: the list and progress pages still work, the damaged
entry is marked and can be deleted (real server on 127.0.0.1, real SQLite file)."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.vault.test_damaged import flip_bit
from tests.web.server import token_in


def add(client: httpx.Client, kind: str, fields: dict[str, object]) -> str:
    response = client.post(f"/api/record/{kind}", json={"fields": fields})
    assert response.status_code in (200, 201), response.text
    entry_id: str = response.json()["id"]
    return entry_id


def test_damaged_entry_is_marked_the_rest_shows_and_it_can_be_deleted(
    unlocked: httpx.Client, app_home: Path
) -> None:
    good = add(unlocked, "journal", {"situation": "a quiet walk by the river"})
    bad = add(unlocked, "journal", {"situation": "the evening I want to keep"})
    add(unlocked, "conversation", {"topic": "sleep", "stance": "considering", "rating": 3})
    flip_bit(app_home / "vault.db", bad, "situation")

    listing = unlocked.get("/record/journal")
    assert listing.status_code == 200, listing.text
    assert "a quiet walk by the river" in listing.text
    assert "could not be read" in listing.text
    assert f"/record/journal/{bad}" in listing.text and f"/record/journal/{good}" in listing.text

    api = unlocked.get("/api/record/journal")
    assert api.status_code == 200, api.text
    marked = [e["id"] for e in api.json()["entries"] if e["damaged"]]
    assert marked == [bad]

    assert unlocked.get("/progress").status_code == 200
    assert unlocked.get("/progress/plot/stance.svg").status_code == 200
    assert unlocked.get("/record/journal?q=river").status_code == 200

    shown = unlocked.get(f"/record/journal/{bad}")
    assert shown.status_code == 200, shown.text
    assert "could not be read" in shown.text and "delete it" in shown.text
    edit = unlocked.get(f"/record/journal/{bad}/edit")
    assert edit.status_code in (200, 409)
    assert "could not be read" in edit.text

    confirm = unlocked.get(f"/record/journal/{bad}/delete")
    assert confirm.status_code == 200, confirm.text
    gone = unlocked.post(
        f"/record/journal/{bad}/delete", data={"csrf_token": token_in(confirm.text)}
    )
    assert gone.status_code == 303
    assert "done=deleted" in gone.headers["location"]
    after = unlocked.get("/record/journal")
    assert "could not be read" not in after.text
    assert "a quiet walk by the river" in after.text


def test_damaged_entry_can_be_deleted_through_the_api(
    unlocked: httpx.Client, app_home: Path
) -> None:
    bad = add(unlocked, "win", {"what": "a calm breakfast"})
    flip_bit(app_home / "vault.db", bad, "what")
    assert unlocked.get(f"/api/record/win/{bad}").json()["damaged"] is True
    changed = unlocked.patch(f"/api/record/win/{bad}", json={"fields": {"what": "new"}})
    assert changed.status_code == 409
    assert "could not be read" in changed.json()["detail"]
    assert unlocked.delete(f"/api/record/win/{bad}").status_code == 204
    assert unlocked.get("/api/record/win").json()["entries"] == []


def test_a_row_deleted_in_the_file_is_reported_on_the_list_page(
    unlocked: httpx.Client, app_home: Path
) -> None:
    import sqlite3

    kept = add(unlocked, "win", {"what": "a calm breakfast"})
    gone = add(unlocked, "win", {"what": "a walk together"})
    assert "missing" not in unlocked.get("/record/win").text
    conn = sqlite3.connect(app_home / "vault.db")
    conn.execute("DELETE FROM entry_fields WHERE entry_id = ?", (gone,))
    conn.execute("DELETE FROM entries WHERE id = ?", (gone,))
    conn.commit()
    conn.close()
    page = unlocked.get("/record/win")
    assert page.status_code == 200
    assert "1 entry your private record held is missing" in page.text
    assert f"/record/win/{kept}" in page.text
