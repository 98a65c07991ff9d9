"""Fixtures for the web tests: a live server on 127.0.0.1 and an httpx client for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.web.browser import DESKTOP, launch
from tests.web.server import LiveServer, set_up


@pytest.fixture
def server(app_home: Path) -> Iterator[LiveServer]:
    live = LiveServer(app_home).start()
    yield live
    live.stop()


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, follow_redirects=False, timeout=30) as http:
        yield http


@pytest.fixture
def unlocked(client: httpx.Client) -> httpx.Client:
    """A client whose session created the vault (so it is unlocked)."""
    response = set_up(client)
    assert response.status_code == 303, response.text
    # Unlocking hands over the session's key: every later call brings it (the cookie alone,
    # which other servers on 127.0.0.1 also receive, opens nothing). set_up keeps it.
    return client


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    expect.set_options(timeout=15_000)  # a busy 2-core machine can be slow to answer
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport=DESKTOP)  # type: ignore[arg-type]
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()


def coach_says(client: httpx.Client, text: str) -> str:
    """What the web coach answers `text` (htmx POST over real HTTP), whitespace collapsed."""
    response = client.post("/coach", data={"text": text}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    return " ".join(response.text.split())
