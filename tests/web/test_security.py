"""The local server's protections, checked over real HTTP on 127.0.0.1."""

from __future__ import annotations

import httpx
import pytest

from alongside.paths import vault_path
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of

PAGES = ["/", "/setup", "/unlock", "/away", "/record", "/static/app.css", "/nowhere"]


@pytest.mark.parametrize(
    "host",
    ["evil.example", "evil.example:{port}", "127.0.0.1:1", "localhost", "192.168.1.5:{port}", ""],
)
def test_foreign_host_header_is_refused(server: LiveServer, host: str) -> None:
    with httpx.Client(base_url=server.url) as http:
        response = http.get("/setup", headers={"Host": host.format(port=server.port)})
    assert response.status_code == 400
    assert "only be opened from this device" in response.text
    assert "alongside_session" not in response.headers.get("set-cookie", "")
    assert "set-cookie" not in response.headers


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}"])
def test_local_host_header_is_served(server: LiveServer, host: str) -> None:
    with httpx.Client(base_url=server.url) as http:
        response = http.get("/setup", headers={"Host": host.format(port=server.port)})
    assert response.status_code == 200
    assert "Choose a passphrase" in response.text or "choose a passphrase" in response.text


def test_post_from_another_origin_is_refused(server: LiveServer, client: httpx.Client) -> None:
    token = csrf_of(client)
    response = client.post(
        "/setup",
        data={"csrf_token": token, "passphrase": TEST_PASSPHRASE, "confirm": TEST_PASSPHRASE},
        headers={"Origin": "http://evil.example"},
    )
    assert response.status_code == 403
    assert not vault_path(server.settings.home).exists()


def test_form_without_csrf_token_is_refused_and_creates_nothing(
    server: LiveServer, client: httpx.Client
) -> None:
    client.get("/setup")
    data = {"passphrase": TEST_PASSPHRASE, "confirm": TEST_PASSPHRASE}
    for token in ("", "forged-token"):
        response = client.post("/setup", data={**data, "csrf_token": token})
        assert response.status_code == 403
        assert "nothing was done" in response.text
    assert not vault_path(server.settings.home).exists()


def test_api_call_without_csrf_header_is_refused(unlocked: httpx.Client) -> None:
    body = {"fields": {"situation": "a quiet evening"}}
    for headers in ({"X-CSRF-Token": ""}, {"X-CSRF-Token": "forged"}):
        response = unlocked.post("/api/record/journal", json=body, headers=headers)
        assert response.status_code == 403
        assert "X-CSRF-Token" in response.json()["detail"]
    assert unlocked.get("/api/record/journal").json()["total"] == 0


def test_token_of_another_session_is_refused(server: LiveServer, unlocked: httpx.Client) -> None:
    with httpx.Client(base_url=server.url) as other:
        foreign = csrf_of(other)
    response = unlocked.post(
        "/api/record/win",
        json={"fields": {"what": "slept well"}},
        headers={"X-CSRF-Token": foreign},
    )
    assert response.status_code == 403


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_content_security_policy(
    client: httpx.Client, path: str
) -> None:
    response = client.get(path)
    policy = response.headers["content-security-policy"]
    assert policy.startswith("default-src 'self'")
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("path", ["/record", "/record/journal", "/api/record/journal", "/unlock"])
def test_private_pages_are_never_cached(unlocked: httpx.Client, path: str) -> None:
    assert unlocked.get(path).headers["cache-control"] == "no-store"


def test_static_files_are_not_marked_private(client: httpx.Client) -> None:
    response = client.get("/static/htmx.min.js")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-cache"
    assert "htmx" in response.text


def test_session_cookie_is_httponly_and_samesite_strict(
    server: LiveServer, client: httpx.Client
) -> None:
    cookie = client.get("/setup").headers["set-cookie"]
    parts = [p.strip().lower() for p in cookie.split(";")]
    name = f"alongside_session_{server.port}="  # each running Alongside its own cookie
    assert parts[0].startswith(name)
    assert len(parts[0]) > len(name) + 30
    assert "httponly" in parts
    assert "samesite=strict" in parts
    assert "path=/" in parts
    assert not any(p.startswith(("expires", "max-age")) for p in parts)


def test_a_second_request_reuses_the_session(client: httpx.Client) -> None:
    client.get("/setup")
    assert "set-cookie" not in client.get("/setup").headers


def test_record_pages_ask_to_unlock_first(unlocked: httpx.Client) -> None:
    assert unlocked.post("/lock").status_code == 303
    response = unlocked.get("/record/journal")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/unlock?next=/record/journal")
    assert unlocked.get("/api/record/journal").status_code == 401


def test_a_second_browser_must_unlock_for_itself(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    with httpx.Client(base_url=server.url) as other:
        assert other.get("/record").status_code == 303
        assert other.get("/api/record/win").status_code == 401


def test_unlock_redirect_never_leaves_the_site(server: LiveServer, unlocked: httpx.Client) -> None:
    unlocked.post("/lock")
    token = csrf_of(unlocked)
    for target in ("//evil.example/x", "https://evil.example", "/\\evil.example"):
        response = unlocked.post(
            "/unlock", data={"csrf_token": token, "passphrase": TEST_PASSPHRASE, "next": target}
        )
        assert response.status_code == 303
        assert response.headers["location"] == "/coach"
        unlocked.post("/lock")


def test_quiet_period_locks_and_drops_the_key(server: LiveServer, unlocked: httpx.Client) -> None:
    state = server.app.state.web
    assert unlocked.get("/record").status_code == 200
    quiet = server.settings.lock_after_minutes * 60
    state.last_activity -= quiet - 30  # not quite long enough yet
    assert unlocked.get("/record").status_code == 200
    state.last_activity -= quiet + 1  # now past the quiet period
    response = unlocked.get("/record")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/unlock")
    assert state.vault is None


def test_watcher_locks_even_without_requests(server: LiveServer, unlocked: httpx.Client) -> None:
    state = server.app.state.web
    state.last_activity -= server.settings.lock_after_minutes * 60 + 1
    assert state.lock_if_idle() is True
    assert state.vault is None
    assert unlocked.get("/api/record/win").status_code == 401
