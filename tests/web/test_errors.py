"""One error page, in plain words, never a traceback."""

from __future__ import annotations

import httpx
import pytest

from alongside.paths import vault_path
from tests.web.server import LiveServer

TRACE_WORDS = ("Traceback", 'File "', "Exception", "sqlalchemy", "line ")


def assert_plain(text: str) -> None:
    for word in TRACE_WORDS:
        assert word not in text, word


@pytest.mark.parametrize(
    ("method", "path", "status", "words"),
    [
        ("GET", "/nowhere", 404, "nothing at this address"),
        ("GET", "/lock", 405, "cannot be used this way"),
        ("DELETE", "/setup", 405, "cannot be used this way"),
        ("GET", "/record/nonsense", 404, "no part of the record"),
        ("GET", "/record/journal/not-an-id", 404, "no entry"),
    ],
)
def test_errors_render_the_error_page(
    unlocked: httpx.Client, method: str, path: str, status: int, words: str
) -> None:
    response = unlocked.request(method, path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert "Sorry, that did not work" in response.text
    assert words in response.text
    assert_plain(response.text)


def test_api_errors_are_plain_json(unlocked: httpx.Client) -> None:
    bad_json = unlocked.post(
        "/api/record/journal", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert bad_json.status_code == 422
    assert "Please check" in bad_json.json()["detail"]
    missing = unlocked.get("/api/record/journal/0000")
    assert missing.status_code == 404
    assert "deleted" in missing.json()["detail"]
    for response in (bad_json, missing):
        assert_plain(response.text)


def test_a_crash_shows_a_calm_page_not_a_traceback(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    # Something outside our control breaks the database file while the record is open.
    path = vault_path(server.settings.home)
    for leftover in (path.with_name(path.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    path.write_bytes(b"this is not a database" * 500)
    response = unlocked.get("/record/journal")
    assert response.status_code == 500
    assert "Something went wrong on our side" in response.text
    assert response.headers["content-security-policy"].startswith("default-src 'self'")
    assert_plain(response.text)
    api = unlocked.get("/api/record/journal")
    assert api.status_code == 500
    assert_plain(api.text)
