"""Issue 13: the web app's folder, request bodies and session table, over real HTTP."""

from __future__ import annotations

import contextlib
import select
import socket
import stat

import httpx

from alongside.web.security import MAX_BODY_BYTES
from alongside.web.state import MAX_SESSIONS
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of


def test_the_home_folder_the_web_app_creates_is_private(
    server: LiveServer, client: httpx.Client
) -> None:
    home = server.settings.home
    assert not home.exists()
    token = csrf_of(client)
    response = client.post(
        "/setup",
        data={"csrf_token": token, "passphrase": TEST_PASSPHRASE, "confirm": TEST_PASSPHRASE},
    )
    assert response.status_code == 303, response.text
    assert stat.S_IMODE(home.stat().st_mode) == 0o700


def _raw_post(port: int, path: str, headers: dict[str, str], pieces: list[bytes]) -> bytes:
    """Send a request by hand (httpx would not lie about Content-Length), piece by piece,
    stopping as soon as the server answers; return the answer."""
    lines = [f"POST {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    with socket.create_connection(("127.0.0.1", port), timeout=30) as sock:
        sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        with contextlib.suppress(ConnectionError):  # it may stop reading and close
            for piece in pieces:
                if select.select([sock], [], [], 0)[0]:
                    break  # the server has answered already
                sock.sendall(piece)
        received = b""
        with contextlib.suppress(ConnectionError):  # its answer is read before any reset
            while chunk := sock.recv(65536):
                received += chunk
    return received


def test_a_huge_body_is_refused_before_it_is_read(server: LiveServer) -> None:
    # It announces 800 MiB but sends a single byte: a server that waited to read it all
    # would hang until the client gave up; one that checks the size first answers at once.
    answer = _raw_post(
        server.port,
        "/api/unlock",
        {"Content-Type": "application/json", "Content-Length": str(800 * 1024 * 1024)},
        [b"{"],
    )
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"too large" in answer


def test_a_huge_body_without_length_is_cut_off(server: LiveServer) -> None:
    data = b" " * 65536
    chunk = b"%x\r\n%s\r\n" % (len(data), data)
    pieces = [b"1\r\n{\r\n"] + [chunk] * (MAX_BODY_BYTES // len(data) + 2)  # no last chunk
    answer = _raw_post(
        server.port,
        "/api/unlock",
        {"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        pieces,
    )
    assert answer.startswith(b"HTTP/1.1 413"), answer[:200]
    assert b"too large" in answer


def test_an_ordinary_long_entry_still_fits(unlocked: httpx.Client) -> None:
    text = "word " * 9_000  # 45,000 characters: under the 50,000 a long field may hold
    response = unlocked.post("/api/record/journal", json={"fields": {"situation": text}})
    assert response.status_code == 201, response.text[:300]
    response = unlocked.post(
        "/record/journal/new",
        data={"csrf_token": unlocked.headers["X-CSRF-Token"], "situation": "\u00e9" * 45_000},
    )
    assert response.status_code == 303, response.text[:300]
    assert unlocked.get("/api/record/journal").json()["total"] == 2


def test_anonymous_sessions_never_log_out_an_unlocked_one(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    assert unlocked.get("/api/record/journal").status_code == 200
    with httpx.Client(base_url=server.url) as stranger:
        for _ in range(MAX_SESSIONS + 6):  # each call without a cookie starts a new session
            stranger.cookies.clear()
            assert stranger.get("/api/session").status_code == 200
    assert unlocked.get("/api/record/journal").status_code == 200
    assert len(server.app.state.web.sessions) <= MAX_SESSIONS + 1
