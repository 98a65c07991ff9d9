"""`Vault.cached`: a read is computed once while nothing changes, and again after any write,
by this vault, a second connection or bytes changed on disk; locking drops every value."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from alongside.errors import VaultLocked
from alongside.paths import vault_path
from alongside.vault import Vault, open_vault
from alongside.vault.readcache import MAX_KEYS
from tests.conftest import TEST_PASSPHRASE


def titles(vault: Vault) -> list[str]:
    return vault.cached(("titles",), lambda: [e.title for e in vault.list("journal")])


def computed(vault: Vault) -> int:
    reads = vault._reads
    assert reads is not None
    return reads.computed


def test_the_same_read_is_computed_once_until_something_is_written(vault: Vault) -> None:
    vault.add("journal", {"situation": "first"})
    assert titles(vault) == ["first"]
    assert titles(vault) == ["first"]
    assert computed(vault) == 1
    vault.add("journal", {"situation": "second"})
    assert titles(vault) == ["second", "first"]
    assert computed(vault) == 2
    entry = vault.list("journal")[0]
    vault.update(entry.id, {"situation": "second, edited"})
    assert titles(vault) == ["second, edited", "first"]
    vault.delete(entry.id)
    assert titles(vault) == ["first"]
    assert computed(vault) == 4


def test_a_second_connection_writing_is_seen_at_once(vault: Vault) -> None:
    first = vault.add("journal", {"situation": "first"})
    assert titles(vault) == ["first"]
    with open_vault(vault_path(), TEST_PASSPHRASE) as other:
        other.add("journal", {"situation": "from the other window"})
        assert titles(vault) == ["from the other window", "first"]
        other.update(first.id, {"situation": "edited elsewhere"})
        assert titles(vault) == ["from the other window", "edited elsewhere"]


def test_bytes_changed_on_disk_are_seen_at_once(vault: Vault) -> None:
    entry = vault.add("journal", {"situation": "first"})
    assert titles(vault) == ["first"]
    conn = sqlite3.connect(vault_path())
    conn.execute(
        "UPDATE entry_fields SET ciphertext = zeroblob(40) WHERE entry_id = ?", (entry.id,)
    )
    conn.commit()
    conn.close()
    assert vault.cached(
        ("damaged",), lambda: [e.damaged for e in vault.list(with_damaged=True)]
    ) == [True]


def test_locking_drops_every_value(vault: Vault) -> None:
    vault.add("journal", {"situation": "a secret sentence"})
    assert titles(vault) == ["a secret sentence"]
    reads = vault._reads
    assert reads is not None and reads._values
    vault.close()
    assert vault._reads is None
    assert reads._values == {} and reads._conn is None
    with pytest.raises(VaultLocked):
        titles(vault)


def test_requests_arriving_while_a_value_is_computed_wait_for_it(vault: Vault) -> None:
    """A second (already warm) thread asks for the same key while the first computes: it
    must not compute too. The first waits up to 0.5 s for the second to start computing,
    which with one computation per key never happens: a window for the failure, not a
    clock."""
    vault.add("journal", {"situation": "first"})
    warmed, go, second_computed = threading.Event(), threading.Event(), threading.Event()
    answers: list[list[str]] = []

    def compute_again() -> list[str]:
        second_computed.set()
        return [e.title for e in vault.list()]

    def second() -> None:
        vault.cached(("warm",), lambda: 1)  # a thread's first look counts as a change
        warmed.set()
        go.wait(timeout=30)
        answers.append(vault.cached(("t",), compute_again))

    other = threading.Thread(target=second)
    other.start()
    assert warmed.wait(timeout=30)

    def first() -> list[str]:
        go.set()
        assert not second_computed.wait(timeout=0.5)
        return [e.title for e in vault.list()]

    assert vault.cached(("t",), first) == ["first"]
    other.join(timeout=30)
    assert answers == [["first"]]
    assert computed(vault) == 2  # the warm-up and "t", once


def test_every_thread_sees_a_write_made_after_it_last_looked(vault: Vault) -> None:
    vault.add("journal", {"situation": "first"})
    seen: list[list[str]] = []
    looked, written = threading.Event(), threading.Event()

    def worker() -> None:
        seen.append(titles(vault))
        looked.set()
        written.wait(timeout=30)
        seen.append(titles(vault))

    other = threading.Thread(target=worker)
    other.start()
    assert looked.wait(timeout=30)
    assert titles(vault) == ["first"]
    with open_vault(vault_path(), TEST_PASSPHRASE) as elsewhere:
        elsewhere.add("journal", {"situation": "second"})
    written.set()
    other.join(timeout=30)
    assert seen == [["first"], ["second", "first"]]
    assert titles(vault) == ["second", "first"]


def test_peek_answers_only_what_is_kept_and_never_computes(vault: Vault) -> None:
    vault.add("journal", {"situation": "first"})
    assert vault.peek_cached(("titles",)) == (False, None)
    assert computed(vault) == 0
    assert titles(vault) == ["first"]
    assert vault.peek_cached(("titles",)) == (True, ["first"])
    vault.add("journal", {"situation": "second"})
    assert vault.peek_cached(("titles",)) == (False, None)  # written since: not kept
    with open_vault(vault_path(), TEST_PASSPHRASE) as other:
        assert titles(vault) == ["second", "first"]
        other.add("journal", {"situation": "from the other window"})
        assert vault.peek_cached(("titles",)) == (False, None)
    assert computed(vault) == 2


def test_peek_never_waits_for_a_value_being_computed(vault: Vault) -> None:
    vault.add("journal", {"situation": "first"})
    vault.cached(("warm",), lambda: 1)
    started, finish = threading.Event(), threading.Event()

    def slow() -> list[str]:
        started.set()
        assert finish.wait(timeout=30)
        return ["slow"]

    other = threading.Thread(target=lambda: vault.cached(("t",), slow))
    other.start()
    assert started.wait(timeout=30)
    assert vault.peek_cached(("t",)) == (False, None)  # answered while "t" is computed
    finish.set()
    other.join(timeout=30)
    assert vault.peek_cached(("t",)) == (True, ["slow"])


def test_the_oldest_value_makes_room_for_a_new_one(vault: Vault) -> None:
    for n in range(MAX_KEYS + 1):
        vault.cached(("n", n), lambda n=n: n)  # type: ignore[misc]
    assert vault.peek_cached(("n", 0)) == (False, None)
    assert vault.peek_cached(("n", 1)) == (True, 1)
    assert vault.peek_cached(("n", MAX_KEYS)) == (True, MAX_KEYS)


def test_a_cleared_cache_answers_nothing_and_never_opens_the_file_again(vault: Vault) -> None:
    vault.add("journal", {"situation": "a secret sentence"})
    assert titles(vault) == ["a secret sentence"]
    reads = vault._reads
    assert reads is not None
    reads.clear()  # what Vault.close does: a thread still holding it gets VaultLocked
    with pytest.raises(VaultLocked):
        reads.peek(("titles",))
    with pytest.raises(VaultLocked):
        reads.get(("titles",), lambda: ["computed after the lock"])
    assert reads._conn is None and reads._values == {}
