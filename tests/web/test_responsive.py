"""Issue 13 item 5: slow work (Argon2id, SQLite's busy wait) never stalls the server, and
wrong passphrases are paused after a few tries. A stand-in for the slow work blocks until the
test releases it, so nothing here depends on timing; `bench/bench_web.py` measures latency."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

import alongside.vault.lifecycle as lifecycle
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of

WAIT = 20.0  # seconds before a stalled server counts as a failure (never reached when fine)


class Gate:
    """Makes `open_vault` block (as Argon2id or a busy database would) until released."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()

    def wrap(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def slow_open(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            assert self.release.wait(WAIT * 2), "the test never released the slow unlock"
            return real(*args, **kwargs)

        return slow_open


@pytest.fixture
def locked(unlocked: httpx.Client) -> httpx.Client:
    """A vault that exists, locked again."""
    assert unlocked.post("/lock").status_code == 303
    return unlocked


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate()
    monkeypatch.setattr(lifecycle, "open_vault", held.wrap(lifecycle.open_vault))
    yield held
    held.release.set()


def _unlock_in_background(
    pool: ThreadPoolExecutor, server: LiveServer, passphrase: str
) -> Future[httpx.Response]:
    def run() -> httpx.Response:
        with httpx.Client(base_url=server.url, timeout=WAIT * 3) as other:
            token = csrf_of(other)
            return other.post("/unlock", data={"csrf_token": token, "passphrase": passphrase})

    return pool.submit(run)


@pytest.mark.parametrize("how", ["page", "api"])
def test_the_server_answers_while_an_unlock_is_slow(
    server: LiveServer, locked: httpx.Client, gate: Gate, how: str
) -> None:
    with ThreadPoolExecutor(4) as pool:
        if how == "page":
            pending = _unlock_in_background(pool, server, TEST_PASSPHRASE)
        else:

            def api_unlock() -> httpx.Response:
                with httpx.Client(base_url=server.url, timeout=WAIT * 3) as other:
                    token = csrf_of(other)
                    return other.post(
                        "/api/unlock",
                        json={"passphrase": TEST_PASSPHRASE},
                        headers={"X-CSRF-Token": token},
                    )

            pending = pool.submit(api_unlock)
        assert gate.entered.wait(WAIT), "the unlock never started"
        with httpx.Client(base_url=server.url, timeout=WAIT) as meanwhile:
            assert meanwhile.get("/static/app.css").status_code == 200
            assert meanwhile.get("/safety").status_code == 200
            # Quick exit, while the unlock is still being worked out
            assert meanwhile.post("/lock", data={"away": "1"}).status_code == 303
        gate.release.set()
        answer = pending.result(WAIT * 3)
    # The quick exit came after the unlock began: it wins, and the record stays locked.
    assert server.app.state.web.vault is None
    assert answer.status_code in (303, 401, 400)
    assert locked.get("/api/record/journal").status_code == 401


def test_wrong_passphrases_are_paused_then_allowed_again(
    server: LiveServer, locked: httpx.Client, app_home: Path
) -> None:
    state = server.app.state.web
    now = [1000.0]
    state.clock = lambda: now[0]
    token = csrf_of(locked)

    def attempt(passphrase: str) -> httpx.Response:
        return locked.post("/unlock", data={"csrf_token": token, "passphrase": passphrase})

    for _ in range(3):
        answer = attempt("not the passphrase")
        assert answer.status_code == 400
        assert "does not open this record" in answer.text
    paused = attempt(TEST_PASSPHRASE)  # even the right one waits now, unchecked
    assert paused.status_code == 429
    assert "Please try again in" in paused.text
    assert "seconds" in paused.text
    assert state.vault is None
    api = locked.post(
        "/api/unlock", json={"passphrase": TEST_PASSPHRASE}, headers={"X-CSRF-Token": token}
    )
    assert api.status_code == 429
    assert int(api.headers["retry-after"]) >= 1
    now[0] += 3600
    assert attempt(TEST_PASSPHRASE).status_code == 303
    assert state.vault is not None
