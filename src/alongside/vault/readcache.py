"""Results of reads, kept in memory until the record changes (for pages asked for often).

A page such as the record list reads the same entries, count and integrity check on every
request; between two writes they cannot change. `ReadCache.get(key, compute)` returns the
value computed since the last change, or computes it again.

"Changed" is `PRAGMA data_version` on the cache's own read-only connection: it moves on
every commit made by any other connection (this vault's writes, another window, another
process), so a cached value is never older than the file; the vault's own writes also drop
every value at once (`wrote`). A value computed while a commit landed is stored under the
version read *before* computing, so it is dropped at the next look. The version is read
without holding the cache's lock (SQLite serializes the shared connection itself), so
threads do not queue behind one another's call into SQLite. One value is computed by one
thread at a time: requests that arrive meanwhile wait for it instead of all reading the
record at once. Like the search index, the cache lives on the `Vault` and is cleared when
it locks; once cleared it answers nothing again (it never reconnects), so a thread still
holding it after a lock gets `VaultLocked`.

`peek(key)` is the look without computing and without waiting for another thread's
computation: the web app's event loop answers a page kept since the last write with it and
hands only a miss to a worker thread. When MAX_KEYS values are kept, the oldest kept is
dropped for a new one.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TypeVar

from alongside.errors import VaultLocked, VaultReplaced
from alongside.messages import Msg

T = TypeVar("T")
MAX_KEYS = 256  # pages of a few kinds: far more than one person opens between two saves


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


class ReadCache:
    def __init__(self, path: Path, identity: tuple[int, int]) -> None:
        self._path = path
        self._identity = identity
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._values: dict[Hashable, object] = {}
        self._computing: dict[Hashable, threading.Lock] = {}
        self._cleared = False
        self.computed = 0  # how many values were computed (for tests)

    def peek(self, key: Hashable) -> tuple[bool, object]:
        """(True, the value kept for `key`) when nothing was written since it was computed;
        else (False, None). Never computes and never waits for a computation."""
        hit, found, _ = self._look(key)
        return hit, found

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        hit, found, _ = self._look(key)
        if hit:
            return found  # type: ignore[return-value]
        with self._lock:
            computing = self._computing.setdefault(key, threading.Lock())
        with computing:  # one thread computes; the others wait, then find its value
            hit, found, version = self._look(key)
            if hit:
                return found  # type: ignore[return-value]
            value = compute()
            with self._lock:
                if self._version == version and not self._cleared:
                    while len(self._values) >= MAX_KEYS:  # the oldest kept goes first
                        del self._values[next(iter(self._values))]
                    self._values[key] = value
                self.computed += 1
        return value

    def _look(self, key: Hashable) -> tuple[bool, object, int]:
        version = self._current()
        with self._lock:
            if self._cleared:  # locked while the version was read
                raise VaultLocked(Msg.RECORD_LOCKED)
            if version != self._version:
                self._values = {}
                self._version = version
                return False, None, version
            if key in self._values:
                return True, self._values[key], version
            return False, None, version

    def wrote(self) -> None:
        """The vault wrote through its own connections: drop every value now (belt and
        braces: the next `PRAGMA data_version` says so as well)."""
        with self._lock:
            self._values = {}
            self._version = None

    def clear(self) -> None:
        with self._lock:
            self._cleared = True
            self._values = {}
            self._computing = {}
            self._version = None
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def _current(self) -> int:
        conn = self._conn
        if conn is None:
            with self._lock:
                if self._cleared:  # the vault locked: never open the file again
                    raise VaultLocked(Msg.RECORD_LOCKED)
                conn = self._conn = self._conn or self._connect()
        try:
            return int(conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.ProgrammingError as error:  # closed by `clear()`: the vault locked
            raise VaultLocked(Msg.RECORD_LOCKED) from error

    def _connect(self) -> sqlite3.Connection:
        # `Vault.cached` has just checked the file is the one it opened (one stat per
        # request is enough); the connection is bound to that file from now on.
        if _identity(self._path) != self._identity:
            raise VaultReplaced(Msg.RECORD_REPLACED)
        # Shared by the server's worker threads: sqlite3.threadsafety is 3 (serialized).
        conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        return conn
