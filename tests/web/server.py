"""A real uvicorn server for the web app on 127.0.0.1, in a background thread."""

from __future__ import annotations

import re
import socket
import threading
from dataclasses import replace
from pathlib import Path

import httpx
import uvicorn

from alongside.settings import Settings
from alongside.web.app import create_app

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


class _Server(uvicorn.Server):
    """uvicorn's server, saying when it has started (or stopped trying) instead of being polled."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.done_starting = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            await super().startup(sockets=sockets)
        finally:
            self.done_starting.set()

    def run(self, sockets: list[socket.socket] | None = None) -> None:
        try:
            super().run(sockets=sockets)
        finally:
            self.done_starting.set()  # it ended before starting: say so at once


class LiveServer:
    """The app served for real on 127.0.0.1 (a free port unless one is given)."""

    def __init__(self, home: Path, *, port: int = 0, lock_after_minutes: int = 15) -> None:
        settings = replace(Settings.from_env(), home=home, lock_after_minutes=lock_after_minutes)
        self.settings = settings
        self.app = create_app(settings)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(64)
        self.port: int = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            self.app, log_level="critical", access_log=False, ws="none", lifespan="on"
        )
        self.server = _Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True
        )

    def start(self) -> LiveServer:
        self.thread.start()
        self.server.done_starting.wait(15)
        if not self.server.started:
            raise RuntimeError("the test server did not start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()


def csrf_of(client: httpx.Client) -> str:
    """This client's session CSRF token (starting a session if needed)."""
    response = client.get("/api/session")
    response.raise_for_status()
    token: str = response.json()["csrf_token"]
    return token


def token_in(html: str) -> str:
    found = CSRF_META.search(html)
    assert found, "the page carries no CSRF token"
    return found.group(1)


def set_up(client: httpx.Client, **fields: str) -> httpx.Response:
    """Post the setup page (the test passphrase twice, and `fields`: country, timezone); when
    the record is made, the client carries the session's key from then on."""
    from tests.conftest import TEST_PASSPHRASE

    token = csrf_of(client)
    client.headers["X-CSRF-Token"] = token
    data = {"csrf_token": token, "passphrase": TEST_PASSPHRASE, "confirm": TEST_PASSPHRASE}
    response = client.post("/setup", data={**data, **fields})
    if "x-csrf-token" in response.headers:  # unlocked: the session's key from now on
        client.headers["X-CSRF-Token"] = response.headers["x-csrf-token"]
    return response
