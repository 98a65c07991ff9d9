"""The record's forms over real HTTP: every kind works, bad input keeps what was typed,
and nothing is half-saved."""

from __future__ import annotations

import html
import re

import httpx
import pytest

from alongside.vault.kinds import KINDS, RECORD_KINDS, KindSpec
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer, csrf_of, token_in

FORM_ID = re.compile(r'name="form_id" value="([^"]+)"')


def new_form(client: httpx.Client, kind: str) -> dict[str, str]:
    page = client.get(f"/record/{kind}/new")
    assert page.status_code == 200
    found = FORM_ID.search(page.text)
    assert found
    return {"csrf_token": token_in(page.text), "form_id": found.group(1)}


def good_value(spec: KindSpec, name: str) -> str:
    field = spec.field(name)
    samples = {"date": "2025-03-14", "datetime": "2025-03-14 19:00", "int": "3", "tags": "a, b"}
    if field.type == "choice":
        return field.choices[0][0]
    if field.type == "code":
        return "Europe/Berlin" if name == "timezone" else "FREQ=WEEKLY"
    if field.type == "int":
        return str(field.minimum or 1)
    return samples.get(field.type, f"{field.label} words")


def entries(client: httpx.Client, kind: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = client.get(f"/api/record/{kind}").json()["entries"]
    return found


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_each_kind_can_be_added_found_edited_and_deleted(unlocked: httpx.Client, kind: str) -> None:
    spec = KINDS[kind]
    main = spec.main_field.name
    data = {f.name: good_value(spec, f.name) for f in spec.fields}
    data[main] = f"Canary {kind} sunrise"
    added = unlocked.post(f"/record/{kind}/new", data={**new_form(unlocked, kind), **data})
    assert added.status_code == 303, added.text
    where = added.headers["location"].split("?")[0]
    shown = unlocked.get(where)
    assert f"Canary {kind} sunrise" in shown.text

    listing = unlocked.get(f"/record/{kind}")
    assert f"Canary {kind} sunrise" in listing.text
    assert f"Canary {kind} sunrise" in unlocked.get(f"/record/{kind}", params={"q": "SUNRISE"}).text
    assert "Nothing matched" in unlocked.get(f"/record/{kind}", params={"q": "moonset"}).text

    edit = unlocked.get(where + "/edit")
    assert html.escape(f"Canary {kind} sunrise", quote=True) in edit.text
    changed = unlocked.post(
        where + "/edit",
        data={**data, main: "Changed words", "csrf_token": token_in(edit.text), "form_id": "e1"},
    )
    assert changed.status_code == 303
    assert entries(unlocked, kind)[0]["fields"][main] == "Changed words"  # type: ignore[index]

    confirm = unlocked.get(where + "/delete")
    assert "cannot be brought back" in confirm.text
    assert len(entries(unlocked, kind)) == 1  # asking is not deleting
    gone = unlocked.post(where + "/delete", data={"csrf_token": token_in(confirm.text)})
    assert gone.status_code == 303
    assert entries(unlocked, kind) == []


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_empty_required_field_keeps_the_rest(unlocked: httpx.Client, kind: str) -> None:
    spec = KINDS[kind]
    others = [f for f in spec.fields if f.type in ("text", "longtext") and not f.required]
    data = {f.name: f"kept {f.name} words" for f in others}
    response = unlocked.post(
        f"/record/{kind}/new", data={**new_form(unlocked, kind), **data, spec.main_field.name: " "}
    )
    assert response.status_code == 400
    assert "Nothing was saved yet" in response.text
    assert "Please write something for" in response.text
    for value in data.values():
        assert value in response.text
    assert entries(unlocked, kind) == []


@pytest.mark.parametrize(
    ("kind", "field", "value", "words"),
    [
        ("journal", "occurred_on", "2025-02-30", "needs a real date"),
        ("journal", "occurred_on", "last tuesday", "needs a real date"),
        ("conversation", "rating", "9", "from 1 to 5"),
        ("conversation", "rating", "three", "whole number"),
        ("conversation", "stance", "hostile", "please pick one of"),
        ("agreement", "revisit_on", "14/03/2025", "needs a real date"),
        ("journal", "trigger", "x" * 10_001, "please keep it under 10,000"),
    ],
)
def test_bad_values_get_a_plain_message_and_nothing_is_saved(
    unlocked: httpx.Client, kind: str, field: str, value: str, words: str
) -> None:
    spec = KINDS[kind]
    main = spec.main_field.name
    data = {main: "typed words stay", field: value}
    if field == main:
        data = {field: value}
    response = unlocked.post(f"/record/{kind}/new", data={**new_form(unlocked, kind), **data})
    assert response.status_code == 400
    assert words in response.text
    assert 'aria-invalid="true"' in response.text
    if field != main:
        assert "typed words stay" in response.text
    if field != "stance":
        assert html.escape(value[:50]) in response.text  # what was typed is still there
    assert entries(unlocked, kind) == []


def test_double_submit_saves_once(unlocked: httpx.Client) -> None:
    form = {**new_form(unlocked, "win"), "what": "We laughed at breakfast"}
    first = unlocked.post("/record/win/new", data=form)
    second = unlocked.post("/record/win/new", data=form)
    assert first.status_code == second.status_code == 303
    assert second.headers["location"].endswith("?done=already")
    assert first.headers["location"].split("?")[0] == second.headers["location"].split("?")[0]
    assert "already saved" in unlocked.get(second.headers["location"]).text
    assert len(entries(unlocked, "win")) == 1


def test_failed_edit_changes_nothing(unlocked: httpx.Client) -> None:
    added = unlocked.post(
        "/api/record/conversation", json={"fields": {"topic": "weekend plans", "rating": 4}}
    ).json()
    where = f"/record/conversation/{added['id']}"
    token = token_in(unlocked.get(where + "/edit").text)
    response = unlocked.post(
        where + "/edit",
        data={"csrf_token": token, "topic": "a new topic", "rating": "12", "form_id": "f"},
    )
    assert response.status_code == 400
    assert "a new topic" in response.text
    stored = unlocked.get(f"/api/record/conversation/{added['id']}").json()
    assert stored["fields"] == {**added["fields"], "topic": "weekend plans", "rating": 4}


def test_expired_session_keeps_the_words_and_saves_nothing(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    form = {**new_form(unlocked, "journal"), "situation": "Words typed before a restart"}
    with httpx.Client(base_url=server.url) as stale:  # no cookie: as after a server restart
        response = stale.post("/record/journal/new", data=form)
    assert response.status_code == 403
    assert "nothing was saved yet" in response.text
    assert "Words typed before a restart" in response.text
    assert entries(unlocked, "journal") == []


def test_locked_record_asks_for_the_passphrase_in_the_form(unlocked: httpx.Client) -> None:
    form = {**new_form(unlocked, "journal"), "situation": "Written while it locked"}
    unlocked.post("/lock")
    locked = unlocked.post("/record/journal/new", data=form)
    assert locked.status_code == 401
    assert "locked itself" in locked.text
    assert "Written while it locked" in locked.text
    assert 'name="passphrase"' in locked.text

    wrong = unlocked.post("/record/journal/new", data={**form, "passphrase": "not it at all"})
    assert wrong.status_code == 401
    assert "does not open this record" in wrong.text
    assert "Written while it locked" in wrong.text

    saved = unlocked.post("/record/journal/new", data={**form, "passphrase": TEST_PASSPHRASE})
    assert saved.status_code == 303
    assert [e["fields"]["situation"] for e in entries(unlocked, "journal")] == [  # type: ignore[index]
        "Written while it locked"
    ]


def test_delete_without_token_keeps_the_entry(unlocked: httpx.Client) -> None:
    added = unlocked.post("/api/record/goal", json={"fields": {"goal": "calm Sundays"}}).json()
    response = unlocked.post(f"/record/goal/{added['id']}/delete", data={"csrf_token": "old"})
    assert response.status_code == 403
    assert len(entries(unlocked, "goal")) == 1


@pytest.mark.parametrize(
    ("first", "second", "words"),
    [
        ("", "", "Please choose a passphrase"),
        ("short", "short", "at least 8 characters"),
        ("long enough one", "long enough two", "not the same"),
        ("p" * 1_100, "p" * 1_100, "under 1,024"),
    ],
)
def test_setup_form_explains_what_to_fix(
    server: LiveServer, client: httpx.Client, first: str, second: str, words: str
) -> None:
    token = csrf_of(client)
    response = client.post(
        "/setup", data={"csrf_token": token, "passphrase": first, "confirm": second}
    )
    assert response.status_code == 400
    assert words in response.text
    assert first not in response.text or not first  # a passphrase is never echoed back
    assert not (server.settings.home / "vault.db").exists()


def test_wrong_passphrase_gets_a_clear_sentence(unlocked: httpx.Client) -> None:
    unlocked.post("/lock")
    token = csrf_of(unlocked)
    response = unlocked.post("/unlock", data={"csrf_token": token, "passphrase": "nope nope"})
    assert response.status_code == 400
    assert "does not open this record. Nothing was changed" in response.text
    empty = unlocked.post("/unlock", data={"csrf_token": token, "passphrase": ""})
    assert "Please enter your passphrase" in empty.text
    assert unlocked.get("/api/record/journal").status_code == 401


def test_index_lists_every_kind_and_saved_messages_hide_raw_findings(
    unlocked: httpx.Client,
) -> None:
    index = unlocked.get("/record")
    for spec in KINDS.values():
        assert f'href="/record/{spec.name}"' in index.text
    saved = unlocked.post(
        "/api/record/message",
        json={"fields": {"text": "You never listen.", "findings": '{"raw": 1}', "pushing": 1}},
    ).json()
    page = unlocked.get(f"/record/message/{saved['id']}")
    assert "You never listen." in page.text
    assert "raw" not in page.text and "What the coach found" not in page.text


def test_a_journal_entry_about_danger_is_kept_and_help_is_shown(unlocked: httpx.Client) -> None:
    form = {**new_form(unlocked, "journal"), "situation": "He pushed me into the door last night."}
    added = unlocked.post("/record/journal/new", data=form)
    assert added.status_code == 303
    assert added.headers["location"].endswith("?done=added&safety=1")
    page = unlocked.get(added.headers["location"])
    assert "Your safety comes first" in page.text
    assert "What you wrote is kept safe in your record" in page.text
    assert "In danger right now" in page.text
    assert len(entries(unlocked, "journal")) == 1
    calm = unlocked.post(
        "/record/journal/new", data={**new_form(unlocked, "journal"), "situation": "A calm walk."}
    )
    assert "safety=1" not in calm.headers["location"]
    assert "Your safety comes first" not in unlocked.get(calm.headers["location"]).text
