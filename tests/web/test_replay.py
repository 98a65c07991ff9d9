"""Issue 13 item 2: another web server on 127.0.0.1 receives Alongside's cookie (browsers send
cookies to every port of a host) and replays it. In real Chromium: unlock, write a private
entry, visit the other server, then replay exactly what it captured. Nothing private, and no
token that works, may come back; the person's own browser keeps working."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, token_in

SECRET = "Zanzibar-kettle: what I never told anyone"


class Capture(BaseHTTPRequestHandler):
    """Another local web server (a dev server, another user's program): it keeps every
    header a browser sends it."""

    seen: ClassVar[list[dict[str, str]]] = []

    def do_GET(self) -> None:
        Capture.seen.append({k.lower(): v for k, v in self.headers.items()})
        body = b"<!doctype html><title>dev server</title><p>hello</p>"
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def other_server() -> Iterator[str]:
    Capture.seen = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Capture)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _unlock_and_write(page: Page, server: LiveServer) -> None:
    page.goto(server.url + "/setup")
    page.get_by_label("Passphrase", exact=True).fill(TEST_PASSPHRASE)
    page.get_by_label("The same passphrase again").fill(TEST_PASSPHRASE)
    page.get_by_role("button", name="Create my private record").click()
    page.wait_for_url("**/coach**")
    page.goto(server.url + "/record/journal/new")
    page.get_by_label("What happened").fill(SECRET)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_text(SECRET).first).to_be_visible()


def test_a_replayed_cookie_reads_and_writes_nothing(
    server: LiveServer, other_server: str, page: Page
) -> None:
    _unlock_and_write(page, server)
    key = page.evaluate("() => sessionStorage.getItem('alongside-key')") or "no key in this tab"

    page.goto(other_server + "/")  # the person visits another local site
    captured = Capture.seen[0]
    assert "alongside_session" in captured.get("cookie", ""), "the cookie did reach it"
    assert key not in str(captured)

    entry_pages: list[str] = []
    with httpx.Client(
        base_url=server.url, headers={"cookie": captured["cookie"]}, timeout=30
    ) as replay:
        session = replay.get("/api/session")
        assert session.json()["unlocked"] is False
        stolen = session.json()["csrf_token"]
        assert stolen != key
        listed = replay.get("/api/record/journal")
        assert listed.status_code == 401
        assert SECRET not in listed.text

        pages = ["/record", "/record/journal", "/coach", "/progress", "/ready", "/practice"]
        pages += ["/api/record/journal?q=Zanzibar", "/progress/plot/stance.svg", "/unlock"]
        pages += ["/safety", "/"]
        for path in pages:
            answer = replay.get(path, follow_redirects=True)
            assert SECRET not in answer.text, path
            assert key not in answer.text, path
            if answer.headers.get("content-type", "").startswith("text/html"):
                entry_pages.append(token_in(answer.text))

        for token in {stolen, *entry_pages}:
            made = replay.post(
                "/api/record/journal",
                json={"fields": {"situation": "written by someone else"}},
                headers={"X-CSRF-Token": token},
            )
            assert made.status_code in (401, 403), made.text
            form = replay.post(
                "/record/journal/new",
                data={"csrf_token": token, "situation": "written by someone else"},
            )
            assert form.status_code in (401, 403), form.status_code
            assert SECRET not in form.text

    # The person's own browser is still unlocked and shows the record; nothing was added.
    page.goto(server.url + "/record/journal")
    expect(page.get_by_text(SECRET).first).to_be_visible()
    expect(page.get_by_text("written by someone else")).to_have_count(0)
    assert server.app.state.web.vault.count("journal") == 1
    assert key != "no key in this tab"


def test_a_new_tab_asks_for_the_passphrase_once(server: LiveServer, page: Page) -> None:
    _unlock_and_write(page, server)
    other = page.context.new_page()  # a new tab: its own sessionStorage, the same cookie
    other.goto(server.url + "/record/journal")
    expect(other.get_by_text("each new window asks for your passphrase")).to_be_visible()
    expect(other.get_by_text(SECRET)).to_have_count(0)
    other.get_by_label("Passphrase").fill(TEST_PASSPHRASE)
    other.get_by_role("button", name="Unlock").click()
    expect(other.get_by_text(SECRET).first).to_be_visible()
    # the first tab was not logged out
    page.reload()
    expect(page.get_by_text(SECRET).first).to_be_visible()
