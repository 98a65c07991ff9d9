"""The JSON API: described by OpenAPI, CRUD for every kind, plain errors."""

from __future__ import annotations

import httpx
import pytest

from alongside.vault.kinds import KINDS
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of


def test_openapi_describes_the_record_api(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert set(paths["/api/record/{kind}"]) == {"get", "post"}
    assert set(paths["/api/record/{kind}/{entry_id}"]) == {"get", "patch", "delete"}
    assert "EntryIn" in schema["components"]["schemas"]
    assert not any(p.startswith(("/record", "/setup", "/unlock")) for p in paths)


def test_session_reports_the_state(server: LiveServer, client: httpx.Client) -> None:
    state = client.get("/api/session").json()
    assert state == {"csrf_token": state["csrf_token"], "unlocked": False, "vault_exists": False}
    headers = {"X-CSRF-Token": state["csrf_token"]}
    no_vault = client.post("/api/unlock", json={"passphrase": "whatever1"}, headers=headers)
    assert no_vault.status_code == 409


def test_unlock_and_lock_through_the_api(unlocked: httpx.Client) -> None:
    assert unlocked.post("/api/lock").json()["unlocked"] is False
    wrong = unlocked.post("/api/unlock", json={"passphrase": "not the one"})
    assert wrong.status_code == 401
    right = unlocked.post("/api/unlock", json={"passphrase": TEST_PASSPHRASE})
    assert right.json()["unlocked"] is True


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_crud_for_every_kind(unlocked: httpx.Client, kind: str) -> None:
    spec = KINDS[kind]
    main = spec.main_field.name
    created = unlocked.post(f"/api/record/{kind}", json={"fields": {main: "first words"}})
    assert created.status_code == 201, created.text
    entry = created.json()
    assert entry["kind"] == kind and entry["fields"][main] == "first words"
    url = f"/api/record/{kind}/{entry['id']}"
    assert unlocked.get(url).json()["fields"][main] == "first words"
    changed = unlocked.patch(url, json={"fields": {main: "second words"}})
    assert changed.json()["fields"][main] == "second words"
    found = unlocked.get(f"/api/record/{kind}", params={"q": "SECOND"}).json()
    assert [e["id"] for e in found["entries"]] == [entry["id"]]
    assert unlocked.delete(url).status_code == 204
    assert unlocked.get(url).status_code == 404
    assert unlocked.get(f"/api/record/{kind}").json() == {"entries": [], "total": 0}


def test_typed_values_round_trip(unlocked: httpx.Client) -> None:
    body = {
        "fields": {
            "situation": "dinner",
            "occurred_on": "2025-03-14",
            "tags": ["phone", "tired"],
        }
    }
    entry = unlocked.post("/api/record/journal", json=body).json()
    assert entry["fields"] == body["fields"]


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"fields": {}}, "Please write something"),
        ({"fields": {"situation": "ok", "mood": "x"}}, "no field called “mood”"),
        ({"fields": {"situation": "ok", "occurred_on": "yesterday-ish"}}, "real date"),
        ({"fields": {"situation": "z" * 1_000_001}}, "under 1,000,000"),
    ],
)
def test_bad_entries_are_refused_plainly(
    unlocked: httpx.Client, body: dict[str, object], words: str
) -> None:
    response = unlocked.post("/api/record/journal", json=body)
    assert response.status_code == 422
    assert words in response.json()["detail"]
    assert unlocked.get("/api/record/journal").json()["total"] == 0


def test_an_entry_of_another_kind_is_not_found_under_this_one(unlocked: httpx.Client) -> None:
    win = unlocked.post("/api/record/win", json={"fields": {"what": "a calm talk"}}).json()
    assert unlocked.get(f"/api/record/setback/{win['id']}").status_code == 404
    assert unlocked.delete(f"/api/record/setback/{win['id']}").status_code == 404
    assert unlocked.get(f"/api/record/win/{win['id']}").status_code == 200


def test_unknown_kind_is_not_found(unlocked: httpx.Client) -> None:
    response = unlocked.get("/api/record/diary")
    assert response.status_code == 404
    assert "no kind of entry called \u201cdiary\u201d" in response.json()["detail"]


def test_record_api_needs_an_unlocked_session(server: LiveServer) -> None:
    with httpx.Client(base_url=server.url) as http:
        token = csrf_of(http)
        response = http.post(
            "/api/record/win", json={"fields": {"what": "x"}}, headers={"X-CSRF-Token": token}
        )
    assert response.status_code == 401
    assert "locked" in response.json()["detail"]
