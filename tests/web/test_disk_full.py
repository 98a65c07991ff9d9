"""A full disk while saving in the browser: the form comes back with every word typed and a
plain sentence, and nothing saved before is lost (a real tmpfs; real server on 127.0.0.1)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from alongside.vault import open_vault
from tests.conftest import TEST_PASSPHRASE
from tests.vault.test_limits import fill, small_disk
from tests.web.server import LiveServer, csrf_of, token_in

__all__ = ["small_disk"]  # the fixture, used by name below


@pytest.fixture
def on_small_disk(small_disk: Path) -> Iterator[httpx.Client]:
    live = LiveServer(small_disk).start()
    try:
        with httpx.Client(base_url=live.url, follow_redirects=False, timeout=30) as client:
            token = csrf_of(client)
            made = client.post(
                "/setup",
                data={
                    "csrf_token": token,
                    "passphrase": TEST_PASSPHRASE,
                    "confirm": TEST_PASSPHRASE,
                },
            )
            assert made.status_code == 303, made.text
            client.headers["X-CSRF-Token"] = made.headers["x-csrf-token"]  # the page key
            yield client
    finally:
        live.stop()


def test_a_full_disk_while_saving_keeps_the_words_and_loses_nothing(
    on_small_disk: httpx.Client, small_disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.vault import store

    client = on_small_disk
    form = client.get("/record/win/new")
    first = client.post(
        "/record/win/new",
        data={"csrf_token": token_in(form.text), "form_id": "a1", "what": "a calm breakfast"},
    )
    assert first.status_code == 303
    original = store.Vault.insert_many

    def fill_then(self: store.Vault, entries: object) -> None:
        fill(small_disk)
        original(self, entries)  # type: ignore[arg-type]

    monkeypatch.setattr(store.Vault, "insert_many", fill_then)
    words = "we laughed about the burnt toast " * 200
    form = client.get("/record/win/new")
    full = client.post(
        "/record/win/new",
        data={"csrf_token": token_in(form.text), "form_id": "a2", "what": words},
    )
    assert full.status_code == 400, full.text
    assert "Your disk is full" in full.text and "Nothing was lost" in full.text
    assert html.escape(words.strip(), quote=True)[:200] in full.text  # every word typed is back
    monkeypatch.undo()
    (small_disk / "filler").unlink()
    client.post("/api/lock")
    with open_vault(small_disk / "vault.db", TEST_PASSPHRASE) as vault:
        assert [e.fields["what"] for e in vault.list("win")] == ["a calm breakfast"]
