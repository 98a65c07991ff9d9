"""The record list and progress pages are kept between writes (their HTML, per session, in the
vault's read cache), yet every write shows at once: through the web app, from a second
connection to the file and from another process; and a kept page is never served after the
record locks, nor to another session. A real server on 127.0.0.1 and a real SQLite file."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import Response

from alongside.paths import vault_path
from alongside.vault import Vault, open_vault
from alongside.vault.kinds import KindSpec
from alongside.web import progress_pages, record_pages
from tests.conftest import TEST_PASSPHRASE, RunCli
from tests.web.server import LiveServer, csrf_of, token_in

ENTRY_LINK = re.compile(r'href="/record/journal/([0-9a-f]{32})"')
JOURNAL_COUNT = re.compile(r'<a href="/record/journal">[^<]*</a> <span class="count">(\d+)</span>')
PRIVATE_HEADERS = (
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "cross-origin-opener-policy",
    "cross-origin-resource-policy",
    "permissions-policy",
    "cache-control",
    "content-type",
)


def add(client: httpx.Client, situation: str) -> str:
    made = client.post(
        "/api/record/journal",
        json={"fields": {"situation": situation}},
        headers={"X-CSRF-Token": csrf_of(client)},
    )
    made.raise_for_status()
    return str(made.json()["id"])


def journal_count(client: httpx.Client) -> str:
    """How many journal entries the record's front page says there are."""
    found = JOURNAL_COUNT.search(client.get("/record").text)
    assert found
    return found.group(1)


def the_vault(server: LiveServer) -> Vault:
    vault = server.app.state.web.vault
    assert vault is not None
    return vault  # type: ignore[no-any-return]


def computed(server: LiveServer) -> int:
    reads = the_vault(server)._reads
    assert reads is not None
    return reads.computed


def unlock_as(other: httpx.Client) -> None:
    """Another browser: its own session, unlocked with the passphrase (the page key in its
    X-CSRF-Token header from then on)."""
    token = csrf_of(other)
    opened = other.post("/unlock", data={"csrf_token": token, "passphrase": TEST_PASSPHRASE})
    assert opened.status_code == 303, opened.text
    other.headers["X-CSRF-Token"] = opened.headers["x-csrf-token"]


def test_the_record_list_shows_every_write_at_once(unlocked: httpx.Client) -> None:
    add(unlocked, "Dinner felt quiet")
    assert "Dinner felt quiet" in unlocked.get("/record/journal").text
    assert "Dinner felt quiet" in unlocked.get("/record/journal").text
    second = add(unlocked, "A walk after work")
    assert "A walk after work" in unlocked.get("/record/journal").text
    with open_vault(vault_path(), TEST_PASSPHRASE) as other:
        other.add("journal", {"situation": "Written in another window"})
        other.update(second, {"situation": "A long walk after work"})
    page = unlocked.get("/record/journal").text
    assert "Written in another window" in page
    assert "A long walk after work" in page


def test_the_progress_page_follows_the_record(unlocked: httpx.Client) -> None:
    empty = unlocked.get("/progress").text
    assert unlocked.get("/progress").text == empty
    made = unlocked.post(
        "/api/record/win",
        json={"fields": {"what": "We laughed at dinner"}},
        headers={"X-CSRF-Token": csrf_of(unlocked)},
    )
    made.raise_for_status()
    assert unlocked.get("/progress").text != empty


@pytest.mark.parametrize(
    ("path", "module", "builder"),
    [
        ("/record/journal", record_pages, "_list_page"),
        ("/progress", progress_pages, "_progress_page"),
        ("/record", record_pages, "_index"),
    ],
)
def test_a_kept_page_is_answered_again_without_building_it(
    server: LiveServer,
    unlocked: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    module: ModuleType,
    builder: str,
) -> None:
    builds: list[str] = []
    real = getattr(module, builder)

    def counted(*args: Any) -> Response:
        builds.append(path)
        return real(*args)  # type: ignore[no-any-return]

    monkeypatch.setattr(module, builder, counted)
    add(unlocked, "Tea on the balcony")
    first = unlocked.get(path)
    assert first.status_code == 200
    built = computed(server)
    again = unlocked.get(path)
    assert builds == [path]  # kept: not rendered again
    assert computed(server) == built  # nor read again
    assert again.status_code == 200
    assert again.text == first.text
    for name in PRIVATE_HEADERS:  # the same headers as a page just rendered
        assert again.headers[name] == first.headers[name], name
    assert again.headers["cache-control"] == "no-store"
    assert "unsafe-inline" not in again.headers["content-security-policy"]
    assert "Quick exit" in again.text and 'name="away" value="1"' in again.text


def test_own_writes_through_the_forms_show_at_once(unlocked: httpx.Client) -> None:
    add(unlocked, "The first evening")
    assert "The first evening" in unlocked.get("/record/journal").text  # kept from now on

    new = unlocked.get("/record/journal/new").text
    form_id = re.search(r'name="form_id" value="([^"]+)"', new)
    assert form_id
    made = unlocked.post(
        "/record/journal/new",
        data={"csrf_token": token_in(new), "form_id": form_id.group(1), "situation": "Added"},
    )
    assert made.status_code == 303
    listing = unlocked.get("/record/journal?done=added").text
    assert "Added" in listing and "2 in all" in listing

    where = made.headers["location"].split("?")[0]
    edit = unlocked.get(where + "/edit").text
    changed = unlocked.post(
        where + "/edit",
        data={"csrf_token": token_in(edit), "form_id": "e1", "situation": "Changed in the form"},
    )
    assert changed.status_code == 303
    assert "Changed in the form" in unlocked.get("/record/journal").text

    confirm = unlocked.get(where + "/delete").text
    gone = unlocked.post(where + "/delete", data={"csrf_token": token_in(confirm)})
    assert gone.status_code == 303
    listing = unlocked.get("/record/journal").text
    assert "Changed in the form" not in listing and "1 in all" in listing


def test_writes_by_another_process_show_at_once(
    unlocked: httpx.Client, installed_cli: RunCli
) -> None:
    add(unlocked, "Written in the browser")
    before = unlocked.get("/record/journal").text
    progress = unlocked.get("/progress").text
    assert unlocked.get("/record/journal").text == before  # kept
    assert journal_count(unlocked) == journal_count(unlocked) == "1"

    made = installed_cli("journal", "add", "Written in a terminal", passphrase=TEST_PASSPHRASE)
    assert made.returncode == 0, made.stderr
    page = unlocked.get("/record/journal").text
    assert "Written in a terminal" in page and "2 in all" in page
    assert journal_count(unlocked) == "2"
    (newest,) = [i for i in ENTRY_LINK.findall(page) if i not in before]

    edited = installed_cli(
        "journal", "edit", newest, "--situation", "Edited in a terminal", passphrase=TEST_PASSPHRASE
    )
    assert edited.returncode == 0, edited.stderr
    page = unlocked.get("/record/journal").text
    assert "Edited in a terminal" in page and "Written in a terminal" not in page

    won = installed_cli("win", "add", "We laughed at dinner", passphrase=TEST_PASSPHRASE)
    assert won.returncode == 0, won.stderr
    assert unlocked.get("/progress").text != progress

    deleted = installed_cli("journal", "delete", newest, "--yes", passphrase=TEST_PASSPHRASE)
    assert deleted.returncode == 0, deleted.stderr
    page = unlocked.get("/record/journal").text
    assert "Edited in a terminal" not in page and "1 in all" in page
    assert journal_count(unlocked) == "1"


@pytest.mark.parametrize("how", [{}, {"away": "1"}], ids=["lock", "quick exit"])
@pytest.mark.parametrize("path", ["/record/journal", "/progress", "/record"])
def test_a_kept_page_is_never_served_after_lock(
    server: LiveServer,
    unlocked: httpx.Client,
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    how: dict[str, str],
) -> None:
    add(unlocked, "A private sentence")
    assert unlocked.get(path).status_code == 200
    assert unlocked.get(path).status_code == 200  # kept now
    vault = the_vault(server)
    reads = vault._reads
    assert reads is not None and reads._values
    state = server.app.state.web
    closed = threading.Event()
    close = state.close_detached

    def closing(detached: Vault | None) -> None:
        close(detached)
        closed.set()

    # Quick exit closes the vault just after it answers: the test waits for that, not a clock
    monkeypatch.setattr(state, "close_detached", closing)

    assert unlocked.post("/lock", data=how).status_code == 303
    after = unlocked.get(path)  # the same cookie and the same page key, at once
    assert after.status_code == 303
    assert after.headers["location"].startswith("/unlock")
    assert "A private sentence" not in after.text
    assert closed.wait(timeout=30)
    assert reads._values == {} and reads._conn is None  # dropped with the key
    assert vault._reads is None

    again = unlocked.post("/unlock", data={"csrf_token": csrf_of(unlocked), "passphrase": "x"})
    assert again.status_code == 400  # a wrong passphrase opens nothing, kept or not
    assert unlocked.get(path).status_code == 303


def test_a_page_built_while_the_record_locks_is_not_sent(
    server: LiveServer, unlocked: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list is read and rendered, then the record locks before it is sent: the answer
    is the locked one, never the page (events, not a clock, order the two)."""
    add(unlocked, "A sentence read just before the lock")
    built, locked = threading.Event(), threading.Event()
    real: Callable[[Request, KindSpec], Response] = record_pages._list_page

    def slow(request: Request, spec: KindSpec) -> Response:
        page = real(request, spec)
        built.set()
        assert locked.wait(timeout=30)
        return page

    monkeypatch.setattr(record_pages, "_list_page", slow)
    answers: list[httpx.Response] = []
    reader = threading.Thread(target=lambda: answers.append(unlocked.get("/record/journal")))
    reader.start()
    assert built.wait(timeout=30)
    with httpx.Client(base_url=unlocked.base_url, cookies=unlocked.cookies) as leaver:
        assert leaver.post("/lock", data={"away": "1"}).status_code == 303
    locked.set()
    reader.join(timeout=30)
    (answer,) = answers
    assert answer.status_code == 401
    assert "A sentence read just before the lock" not in answer.text


def test_kept_pages_are_never_shared_across_sessions(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    add(unlocked, "Shared record, separate pages")
    mine = unlocked.get("/record/journal")
    my_key = unlocked.headers["X-CSRF-Token"]
    assert token_in(mine.text) == my_key
    with httpx.Client(base_url=server.url, timeout=30) as other:
        unlock_as(other)
        theirs = other.get("/record/journal")
        their_key = other.headers["X-CSRF-Token"]
        assert their_key != my_key
        assert token_in(theirs.text) == their_key
        assert my_key not in theirs.text
        assert "Shared record, separate pages" in theirs.text
        assert token_in(other.get("/progress").text) == their_key
    assert token_in(unlocked.get("/record/journal").text) == my_key
    assert token_in(unlocked.get("/progress").text) == my_key


def test_a_page_with_other_words_is_kept_apart(unlocked: httpx.Client) -> None:
    add(unlocked, "Kept apart")
    plain = unlocked.get("/record/journal").text
    noted = unlocked.get("/record/journal?done=deleted").text
    assert "Deleted." not in plain
    assert noted != plain and "Kept apart" in noted
    found = unlocked.get("/record/journal", params={"q": "apart"}).text
    assert "1 found" in found
    assert "Nothing matched" in unlocked.get("/record/journal", params={"q": "moon"}).text
    assert unlocked.get("/record/journal").text == plain
