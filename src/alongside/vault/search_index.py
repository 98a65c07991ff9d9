"""The decrypted search index: held in memory only while the vault is unlocked.

`Vault.search` used to decrypt every encrypted field on every query (about 0.1 s at 10k
entries, 1 s at 100k). This index decrypts each field once, on the first search after
unlock, and keeps the casefolded texts in memory; nothing new is written to disk.

It never answers from stale text:

- Before every search it asks its own read-only SQLite connection for `PRAGMA data_version`,
  which changes whenever any *other* connection commits: this vault's own writes (they go
  through the engine's connections), a second window, another process. It also checks that
  the file at the path is still the one the vault opened (if it was swapped, the vault
  locks itself: see `lock.py`).
- When anything changed it re-reads the entry order with each entry's `updated_at` (one
  cheap query on an index) and decrypts again only the entries that are new or whose
  `updated_at` moved: every write through `Vault`, in any process, moves it. This vault's
  own writes also tell the index which entries they touched.
- The matching entries are then loaded through `Vault` as before. One that turns out
  damaged (its bytes changed on disk without going through `Vault`) is read again and the
  search is run again, so it is left out exactly as the uncached search leaves it out.

Locking the vault (`Vault.close`) clears the index and closes its connection. Python cannot
wipe a `str` in place: the texts become garbage for the allocator to reuse, like every other
decrypted value the app has shown.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from alongside.errors import CorruptData, VaultReplaced
from alongside.messages import Msg

ORDER_SQL = "SELECT id, kind, updated_at FROM entries ORDER BY created_at DESC, id DESC"
FIELDS_SQL = "SELECT entry_id, name, ciphertext FROM entry_fields"
BATCH = 500  # ids per IN (...) query
# What the uncached search treats as "this entry can't be read" (see `store.UNREADABLE`).
UNREADABLE = (CorruptData, ValueError, TypeError, KeyError, AttributeError)

Decrypt = Callable[[str, str, bytes], bytes]


@dataclass(frozen=True)
class Texts:
    """One entry's searchable text, casefolded. `raw` joins the decrypted fields as stored,
    the other fields first, then the tags fields (JSON lists, which hold no raw newline)
    from offset `tags_at` on (-1: none; -2: see `eager`). None: it can't be read, so it
    matches nothing (as in the uncached search). `seen` is the `updated_at` it was read at."""

    seen: object
    fields: int
    raw: str | None
    tags_at: int = -1
    eager: str | None = None  # decoded at once: tags JSON with a raw newline (not ours)

    def decoded(self) -> str | None:
        """Tags one per line instead of as JSON (for words with quotes or backslashes, which
        the uncached search looks for in the decoded tags; rare, so worked out on demand).
        Decoding the casefolded JSON gives the casefolded tags: case never touches JSON's
        punctuation or escapes."""
        if self.tags_at == -2:
            return self.eager
        if self.raw is None or self.tags_at == -1:
            return self.raw
        try:
            tags = ["\n".join(json.loads(text)) for text in self.raw[self.tags_at :].split("\n")]
        except UNREADABLE:
            return None
        return "\n".join([self.raw[: self.tags_at], *tags])


class SearchIndex:
    """Decrypted, casefolded texts of every entry, in the vault's newest-first order."""

    def __init__(
        self,
        path: Path,
        identity: tuple[int, int],
        decrypt: Decrypt,
        tag_fields: frozenset[str],
    ) -> None:
        self._path = path
        self._identity = identity
        self._decrypt = decrypt
        self._tag_fields = tag_fields
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._order: list[tuple[str, str, object]] = []
        self._texts: dict[str, Texts] = {}
        self._ids: list[str] = []
        self._kinds: list[str] = []
        self._raw: list[str | None] = []
        self._listed: list[Texts] = []
        self._decoded: list[str | None] | None = None  # worked out on the first such query
        self.rebuilds = 0  # how many times it re-read the file (for tests and the bench)
        self.decrypted = 0  # how many fields it decrypted in all

    def __len__(self) -> int:
        return len(self._texts)

    def match(
        self, terms: Sequence[str], kind: str | None, limit: int | None, raw: bool
    ) -> list[str]:
        """The ids of the entries holding every term, newest first, at most `limit`."""
        with self._lock:
            self._refresh()
            if raw:
                texts = self._raw
            else:
                if self._decoded is None:
                    self._decoded = [t.decoded() for t in self._listed]
                texts = self._decoded
            first, rest = terms[0], terms[1:]
            found: list[str] = []
            for i in [i for i, text in enumerate(texts) if text is not None and first in text]:
                if kind is not None and self._kinds[i] != kind:
                    continue
                text = texts[i]
                if text is not None and all(t in text for t in rest):
                    found.append(self._ids[i])
                    if limit is not None and len(found) >= limit:
                        break
            return found

    def forget(self, entry_ids: Sequence[str]) -> None:
        """This vault wrote these entries: read them again before the next answer."""
        with self._lock:
            for entry_id in entry_ids:
                self._texts.pop(entry_id, None)
            self._version = None

    def recheck(self, entry_ids: Sequence[str]) -> bool:
        """Read these entries again (they loaded damaged or had gone); True if any changed."""
        with self._lock:
            if self._conn is None:
                return False
            before = {i: self._texts.get(i) for i in entry_ids}
            for entry_id in entry_ids:
                self._texts.pop(entry_id, None)
            self._fill(self._conn, self._order)
            return any(self._texts.get(i) != text for i, text in before.items())

    def clear(self) -> None:
        """Drop every decrypted text and close the connection (on lock)."""
        with self._lock:
            self._texts = {}
            self._order = []
            self._ids, self._kinds, self._raw, self._listed = [], [], [], []
            self._decoded = None
            self._version = None
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # Keeping it right ------------------------------------------------------------------

    def _refresh(self) -> None:
        try:
            stat = os.stat(self._path)
            same = (stat.st_dev, stat.st_ino) == self._identity
        except OSError:
            same = False
        if not same:
            self._texts, self._order = {}, []
            self._ids, self._kinds, self._raw, self._listed = [], [], [], []
            self._decoded = None
            raise VaultReplaced(Msg.RECORD_REPLACED)
        if self._conn is None:
            self._conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA query_only=ON")
            self._version = None
        conn = self._conn
        # Read the version before the snapshot: a commit in between only costs a re-read.
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        if version == self._version:
            return
        conn.execute("BEGIN")
        try:
            order = conn.execute(ORDER_SQL).fetchall()
            self._fill(conn, order)
        finally:
            conn.execute("COMMIT")
        self._version = version
        self.rebuilds += 1

    def _fill(self, conn: sqlite3.Connection, order: list[tuple[str, str, object]]) -> None:
        """Keep the texts of entries whose `updated_at` is unchanged; read the rest."""
        old = self._texts
        stale = [i for i, _, seen in order if (known := old.get(i)) is None or known.seen != seen]
        blobs: dict[str, list[tuple[str, bytes]]] = {}
        if len(stale) > len(order) // 4:
            rows: list[tuple[str, str, bytes]] = conn.execute(FIELDS_SQL).fetchall()
        else:
            rows = []
            for start in range(0, len(stale), BATCH):
                chunk = stale[start : start + BATCH]
                marks = ",".join("?" * len(chunk))
                rows += conn.execute(f"{FIELDS_SQL} WHERE entry_id IN ({marks})", chunk)
        wanted = set(stale)
        for entry_id, name, blob in rows:
            if entry_id in wanted:
                blobs.setdefault(entry_id, []).append((name, blob))
        texts: dict[str, Texts] = {}
        ids: list[str] = []
        kinds: list[str] = []
        raws: list[str | None] = []
        listed: list[Texts] = []
        for entry_id, kind, seen in order:
            known = old.get(entry_id) if entry_id not in wanted else None
            if known is None:
                known = self._read(entry_id, seen, blobs.get(entry_id, []))
            texts[entry_id] = known
            if known.fields:  # nothing encrypted: the uncached search never sees it either
                ids.append(entry_id)
                kinds.append(kind)
                raws.append(known.raw)
                listed.append(known)
        self._order = order
        self._texts = texts
        self._ids, self._kinds, self._raw, self._listed = ids, kinds, raws, listed
        self._decoded = None

    def _read(self, entry_id: str, seen: object, blobs: list[tuple[str, bytes]]) -> Texts:
        """Decrypt one entry's fields the way the uncached search does."""
        decrypt = self._decrypt
        self.decrypted += len(blobs)
        try:
            texts = [decrypt(entry_id, name, blob).decode("utf-8") for name, blob in blobs]
        except UNREADABLE:
            return Texts(seen, len(blobs), None)
        tags = self._tag_fields
        if tags.isdisjoint(name for name, _ in blobs):
            return Texts(seen, len(blobs), "\n".join(texts).casefold())
        # Field order never matters (no word holds a newline), so the tags go last.
        pairs = list(zip(blobs, texts, strict=True))
        others = [text for (name, _), text in pairs if name not in tags]
        tagged = [text for (name, _), text in pairs if name in tags]
        if any("\n" in text for text in tagged):  # never so as Alongside writes JSON
            return Texts(seen, len(blobs), "\n".join(texts).casefold(), -2, self._eager(pairs))
        head = "\n".join(others).casefold() + "\n"
        return Texts(seen, len(blobs), head + "\n".join(tagged).casefold(), len(head))

    def _eager(self, pairs: list[tuple[tuple[str, bytes], str]]) -> str | None:
        try:
            parts = [
                "\n".join(json.loads(text)) if name in self._tag_fields else text
                for (name, _), text in pairs
            ]
        except UNREADABLE:
            return None
        return "\n".join(parts).casefold()
