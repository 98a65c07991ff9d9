"""The record list and progress pages are kept between writes (Vault.cached), yet every
write shows at once: through the web app, and from a second connection to the file."""

from __future__ import annotations

import httpx

from alongside.paths import vault_path
from alongside.vault import open_vault
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import csrf_of


def add(client: httpx.Client, situation: str) -> str:
    made = client.post(
        "/api/record/journal",
        json={"fields": {"situation": situation}},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    made.raise_for_status()
    return str(made.json()["id"])


def test_the_record_list_shows_every_write_at_once(unlocked: httpx.Client) -> None:
    add(unlocked, "Dinner felt quiet")
    assert "Dinner felt quiet" in unlocked.get("/record/journal").text
    assert "Dinner felt quiet" in unlocked.get("/record/journal").text
    second = add(unlocked, "A walk after work")
    assert "A walk after work" in unlocked.get("/record/journal").text
    with open_vault(vault_path(), TEST_PASSPHRASE) as other:
        other.add("journal", {"situation": "Written in another window"})
        other.update(second, {"situation": "A long walk after work"})
    page = unlocked.get("/record/journal").text
    assert "Written in another window" in page
    assert "A long walk after work" in page


def test_the_progress_page_follows_the_record(unlocked: httpx.Client) -> None:
    empty = unlocked.get("/progress").text
    assert unlocked.get("/progress").text == empty
    made = unlocked.post(
        "/api/record/win",
        json={"fields": {"what": "We laughed at dinner"}},
        headers={"X-CSRF-Token": csrf_of(unlocked)},
    )
    made.raise_for_status()
    assert unlocked.get("/progress").text != empty
