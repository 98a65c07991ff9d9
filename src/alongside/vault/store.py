"""The private record: create, unlock, and read and write entries.

The data key stays in memory while a `Vault` is open; bulk reads are Core selects; search
decrypts only the encrypted fields of the kinds asked for and stops at `limit` matches.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import secrets
import sqlite3
import time
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import groupby
from operator import itemgetter
from pathlib import Path
from types import MappingProxyType, TracebackType
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    Row,
    Text,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    type_coerce,
    update,
)

from alongside.errors import (
    CorruptData,
    EntryDamaged,
    EntryNotFound,
    InvalidInput,
    VaultLocked,
    VaultReplaced,
    VaultTooNew,
)
from alongside.ids import MIN_CHARS as MIN_SHOWN_CHARS
from alongside.ids import shortest_unique
from alongside.messages import Msg
from alongside.vault import crypto, db, fields
from alongside.vault.kinds import KINDS, KindSpec
from alongside.vault.lock import VaultLock
from alongside.vault.models import ENTRIES, FIELDS, META
from alongside.vault.readcache import ReadCache
from alongside.vault.search_index import SearchIndex

T = TypeVar("T")
PASSPHRASE_ENV = "ALONGSIDE_PASSPHRASE"  # noqa: S105 (a variable name)
MIN_PASSPHRASE_CHARS = 8
MAX_PASSPHRASE_CHARS = 1_024  # a new one; longer is a pasted file, not something to type
AMBIGUOUS_SHOWN = 5  # ids named when a start given matches more than one
BATCH = 500  # ids per IN (...) query
TAG_FIELDS = frozenset(f.name for k in KINDS.values() for f in k.fields if f.type == "tags")
# What goes wrong when stored bytes were changed: a failed tag, bad UTF-8 or JSON, a plain
# value of the wrong type. Any of these marks that one entry damaged, never the whole record.
UNREADABLE = (CorruptData, ValueError, TypeError, KeyError, AttributeError)


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    created_at: datetime
    updated_at: datetime
    fields: Mapping[str, object]
    damaged: bool = False  # it failed its integrity check: no fields, it can only be deleted

    @property
    def occurred_on(self) -> date:
        when = self.fields.get("occurred_on")
        return when if isinstance(when, date) else self.created_at.date()

    @property
    def title(self) -> str:
        """The kind's main field: what names this entry in lists."""
        if self.damaged:
            return Msg.DAMAGED_TITLE
        value = self.fields.get(KINDS[self.kind].main_field.name, "")
        return str(value)


def _has_day(spec: KindSpec) -> bool:
    return any(f.name == "occurred_on" for f in spec.fields)


def damaged_error(entry: Entry, shown_id: str) -> EntryDamaged:
    """Why a damaged entry can't be changed; `shown_id` is `Vault.short_id(entry.id)`."""
    singular = KINDS[entry.kind].singular if entry.kind in KINDS else "entry"
    return EntryDamaged(Msg.ENTRY_DAMAGED.format(singular=singular, shown_id=shown_id))


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase too short to protect anything, or too long to be typed: the
    one rule for the CLI, the web and the API. (Unlocking takes any length as given: a
    passphrase chosen before there was a maximum still opens its record.)"""
    if not passphrase:
        raise InvalidInput(Msg.PASSPHRASE_EMPTY)
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(Msg.PASSPHRASE_TOO_SHORT.format(low=MIN_PASSPHRASE_CHARS))
    if len(passphrase) > MAX_PASSPHRASE_CHARS:
        raise InvalidInput(Msg.PASSPHRASE_TOO_LONG.format(high=MAX_PASSPHRASE_CHARS))


def _identity(path: Path) -> tuple[int, int]:
    found = path.stat()
    return found.st_dev, found.st_ino


def new_entry_id() -> str:
    """32 hex characters: milliseconds since 1970, then 80 random bits (sorts by creation)."""
    return f"{time.time_ns() // 1_000_000:012x}{secrets.token_hex(10)}"


class Vault:
    """An unlocked private record. Use as a context manager, or call `close()`."""

    def __init__(
        self,
        path: Path,
        data_key: bytes | bytearray,
        *,
        busy_timeout_ms: int,
        hold: VaultLock | None = None,
    ) -> None:
        """`hold`: the lock already taken on `path` (else a shared one is taken here); the
        vault keeps it until `close()`, so nobody replaces the file while it is open."""
        self.path = path
        self._hold = hold or VaultLock.shared(path, wait_s=busy_timeout_ms / 1000)
        try:
            self._identity = _identity(path)
            # Bound to this very file even if the path is later swapped: see `close()`.
            self._anchor = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error):
            self._hold.release()
            raise
        self.engine: Engine = db.make_engine(path, busy_timeout_ms=busy_timeout_ms)
        # The one copy of the data key this object keeps: a bytearray, overwritten on close.
        self._data_key = data_key if isinstance(data_key, bytearray) else bytearray(data_key)
        self.cipher = crypto.FieldCipher(self._data_key)
        self.sealer = crypto.Sealer(self._data_key)
        self._closed = False
        self._replaced = False
        self._search_index: SearchIndex | None = None  # built on the first search
        self._reads: ReadCache | None = None  # see `cached`

    def __enter__(self) -> Vault:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the database and drop the key and the search index from this object; later
        use raises VaultLocked."""
        if self._search_index is not None:
            self._search_index.clear()
            self._search_index = None
        if self._reads is not None:
            self._reads.clear()
            self._reads = None
        if not self._closed and self.replaced():
            # SQLite leaves the WAL of a moved file behind, and the next opener of the new
            # file would replay those pages into it (corruption): fold them into our own,
            # old file through the anchor connection, which still points at it.
            with contextlib.suppress(sqlite3.Error):
                self._anchor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        self.engine.dispose()
        self._anchor.close()
        self.sealer.wipe()
        crypto.wipe(self._data_key)  # zeros in place: the cipher's key is this very buffer
        self.cipher = crypto.FieldCipher(bytes(crypto.KEY_BYTES))  # a key that opens nothing
        self.sealer = crypto.Sealer(bytes(crypto.KEY_BYTES))
        self._closed = True
        self._hold.release()

    def replaced(self) -> bool:
        """True when the file at `path` is no longer the one this vault opened (something
        that ignores the lock replaced or removed it); the vault then refuses to go on."""
        if self._replaced:
            return True
        try:
            self._replaced = _identity(self.path) != self._identity
        except OSError:
            self._replaced = True
        return self._replaced

    def check_alone(self) -> None:
        """Raise `VaultInUse` (changing nothing) when another process has this vault open."""
        with self._hold.alone():
            pass

    def _check_open(self) -> None:
        if self._closed and not self._replaced:
            raise VaultLocked(Msg.RECORD_LOCKED)
        if self.replaced():  # one stat per transaction: never write into a swapped file
            self.close()
            raise VaultReplaced(Msg.RECORD_REPLACED)

    def _read(self) -> AbstractContextManager[Connection]:
        self._check_open()
        return db.reading(self.engine)

    def _write(self) -> AbstractContextManager[Connection]:
        self._check_open()
        return db.writing(self.engine)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Rewrap the data key under a new passphrase (new salt, current KDF profile)."""
        check_new_passphrase(new_passphrase)
        self._check_open()
        with self._hold.alone():  # never while another process has it open (VaultInUse)
            self.rewrap(new_passphrase)

    def rewrap(self, passphrase: str) -> None:
        """Wrap the data key again with fresh salt and the current profile's parameters."""
        params = crypto.new_kdf_params()
        wrapped = crypto.wrap_key(self._data_key, passphrase, params)
        with self._write() as conn:
            for key, value in (("kdf", params.to_json()), ("wrapped_key", wrapped)):
                conn.execute(update(META).where(META.c.key == key).values(value=value))
        db.checkpoint(self.engine)

    @property
    def kdf(self) -> crypto.KdfParams:
        with self._read() as conn:
            return crypto.KdfParams.from_json(db.read_meta(conn)["kdf"])

    # Writing -------------------------------------------------------------------------

    def add(
        self,
        kind: str,
        values: Mapping[str, object],
        *,
        entry_id: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> Entry:
        """Validate and store a new entry in one transaction."""
        entry = self.prepare(
            kind, values, entry_id=entry_id, created_at=created_at, updated_at=updated_at
        )
        self.insert_many([entry])
        return entry

    def prepare(
        self,
        kind: str,
        values: Mapping[str, object],
        *,
        entry_id: str | None = None,
        created_at: datetime | None = None,
        updated_at: datetime | None = None,
    ) -> Entry:
        """A validated `Entry` not yet stored (for `insert_many`)."""
        spec = fields.kind_spec(kind)
        parsed = fields.parse_fields(spec, values)
        if created_at is None and _has_day(spec) and parsed.get("occurred_on") is None:
            parsed["occurred_on"] = date.today()  # "today if left empty": this device's day
        now = datetime.now(UTC)
        created = created_at or now
        kept = {k: v for k, v in parsed.items() if v is not None}
        return Entry(
            id=entry_id or new_entry_id(),
            kind=kind,
            created_at=created,
            updated_at=updated_at or created,
            fields=MappingProxyType({f.name: kept[f.name] for f in spec.fields if f.name in kept}),
        )

    def insert_many(self, entries: Sequence[Entry], *, replacing: Sequence[str] = ()) -> None:
        """Store prepared entries in one transaction (all or nothing). `replacing`: ids of
        entries removed first, in the same transaction (import puts a damaged entry back
        from an export this way)."""
        entry_rows: list[dict[str, Any]] = []
        field_rows: list[dict[str, Any]] = []
        for entry in entries:
            row, secret_rows = self._rows(entry)
            entry_rows.append(row)
            field_rows.extend(secret_rows)
        with self._write() as conn:
            for start in range(0, len(replacing), BATCH):
                chunk = replacing[start : start + BATCH]
                conn.execute(delete(FIELDS).where(FIELDS.c.entry_id.in_(chunk)))
                gone = conn.execute(delete(ENTRIES).where(ENTRIES.c.id.in_(chunk)))
                if gone.rowcount != len(chunk):
                    raise self._not_found(chunk[0])
            if replacing:
                self._adjust_set(conn, removed=replacing)
            if entry_rows:
                conn.execute(insert(ENTRIES), entry_rows)
            if field_rows:
                conn.execute(insert(FIELDS), field_rows)
            self._adjust_set(conn, added=[r["id"] for r in entry_rows])
        self._wrote([e.id for e in entries])

    def _rows(self, entry: Entry) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        spec = KINDS[entry.kind]
        plain: dict[str, Any] = {}
        secret_rows: list[dict[str, Any]] = []
        for f in spec.fields:
            value = entry.fields.get(f.name)
            if value is None:
                continue
            if f.encrypted:
                blob = self.cipher.encrypt(entry.id, f.name, fields.secret_bytes(f, value))
                secret_rows.append({"entry_id": entry.id, "name": f.name, "ciphertext": blob})
            else:
                plain[f.name] = fields.to_json_value(f, value)
        when = entry.fields.get("occurred_on")
        row = {
            "id": entry.id,
            "kind": entry.kind,
            "created_at": entry.created_at,
            "updated_at": entry.updated_at,
            "occurred_on": when if isinstance(when, date) else None,
            "plain": plain,
        }
        blobs = {r["name"]: r["ciphertext"] for r in secret_rows}
        row["seal"] = self.sealer.entry(_canonical_of(row, blobs))
        return row, secret_rows

    def update(self, entry_id: str, values: Mapping[str, object]) -> Entry:
        """Change only the fields given (None or "" clears a field)."""
        current = self.get(entry_id)
        if current.damaged:
            raise damaged_error(current, self.short_id(current.id))
        spec = KINDS[current.kind]
        zone = current.fields.get("timezone")
        parsed = fields.parse_fields(
            spec, values, partial=True, zone=zone if isinstance(zone, str) else None
        )
        merged: dict[str, object | None] = {**current.fields, **parsed}
        if _has_day(spec) and merged.get("occurred_on") is None:
            merged["occurred_on"] = current.occurred_on  # a cleared day keeps the entry's own
        kept = {k: v for k, v in merged.items() if v is not None}
        entry = Entry(
            id=current.id,
            kind=current.kind,
            created_at=current.created_at,
            updated_at=datetime.now(UTC),
            fields=MappingProxyType({f.name: kept[f.name] for f in spec.fields if f.name in kept}),
        )
        row, secret_rows = self._rows(entry)
        with self._write() as conn:
            # Only the encrypted fields named in this update are rewritten; the seal covers
            # the ones kept as they were too, so it is made from what is stored afterwards.
            touched = [n for n in parsed if spec.field(n).encrypted]
            if touched:
                conn.execute(
                    delete(FIELDS).where(FIELDS.c.entry_id == entry.id, FIELDS.c.name.in_(touched))
                )
            changed = [r for r in secret_rows if r["name"] in touched]
            if changed:
                conn.execute(insert(FIELDS), changed)
            blobs = {
                str(name): bytes(blob)
                for name, blob in conn.execute(
                    select(FIELDS.c.name, FIELDS.c.ciphertext).where(FIELDS.c.entry_id == entry.id)
                )
            }
            found = conn.execute(
                update(ENTRIES)
                .where(ENTRIES.c.id == entry.id)
                .values(
                    updated_at=row["updated_at"],
                    occurred_on=row["occurred_on"],
                    plain=row["plain"],
                    seal=self.sealer.entry(_canonical_of(row, blobs)),
                )
            )
            if found.rowcount != 1:
                raise self._not_found(entry_id)
        self._wrote([entry.id])
        return entry

    def delete(self, entry_id: str) -> None:
        with self._write() as conn:
            conn.execute(delete(FIELDS).where(FIELDS.c.entry_id == entry_id))
            gone = conn.execute(delete(ENTRIES).where(ENTRIES.c.id == entry_id))
            if gone.rowcount != 1:
                raise self._not_found(entry_id)
            self._adjust_set(conn, removed=[entry_id])
        self._wrote([entry_id])

    def cached(self, key: Hashable, compute: Callable[[], T]) -> T:
        """`compute()` (a read of this vault), or its value from the last time it was asked
        for with `key` if nothing was written since, by anyone (see `readcache.py`)."""
        return self._read_cache().get(key, compute)

    def peek_cached(self, key: Hashable) -> tuple[bool, object]:
        """(True, what `cached` keeps for `key`) if nothing was written since, by anyone;
        else (False, None). Never computes, never waits for a thread computing it: cheap
        enough for the web app's event loop."""
        return self._read_cache().peek(key)

    def _read_cache(self) -> ReadCache:
        self._check_open()
        reads = self._reads
        if reads is None:
            reads = self._reads = ReadCache(self.path, self._identity)
        return reads

    def _wrote(self, entry_ids: Sequence[str]) -> None:
        """Tell the search index which entries this vault just wrote, and the read cache
        that something was (it would see it in `PRAGMA data_version` too)."""
        if self._search_index is not None:
            self._search_index.forget(entry_ids)
        reads = self._reads
        if reads is not None:
            reads.wrote()

    # Reading -------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        found = self._load(_entry_select().where(ENTRIES.c.id == entry_id))
        if not found:
            raise self._not_found(entry_id)
        return found[0]

    def find_id(self, prefix: str) -> str:
        """The full id of the one entry whose id starts with `prefix` (as shown in lists).

        When more than one does, says so and names them (as lists show them), so the person
        can pick one; nothing is guessed."""
        clean = prefix.strip().lower()
        if not clean or not all(c in "0123456789abcdef" for c in clean):
            raise self._not_found(prefix)
        query = (
            select(ENTRIES.c.id)
            .where(ENTRIES.c.id >= clean, ENTRIES.c.id < clean + "g")  # starts with (indexed)
            .order_by(ENTRIES.c.id)
            .limit(AMBIGUOUS_SHOWN + 1)
        )
        with self._read() as conn:
            ids = [str(r[0]) for r in conn.execute(query)]
        if not ids:
            raise self._not_found(prefix)
        if len(ids) > 1:
            shown = list(shortest_unique(ids[:AMBIGUOUS_SHOWN]).values())
            more = " and others" if len(ids) > AMBIGUOUS_SHOWN else ""
            raise InvalidInput(
                Msg.ID_AMBIGUOUS.format(prefix=prefix[:40], shown=", ".join(shown), more=more)
            )
        return ids[0]

    def short_ids(self, entry_ids: Iterable[str]) -> dict[str, str]:
        """How lists show each of `entry_ids`: its shortest start (at least 8 characters) that
        no other entry in the record shares, so it can be typed back (`find_id`)."""
        wanted = list(dict.fromkeys(entry_ids))
        starts = sorted({i[:MIN_SHOWN_CHARS] for i in wanted})
        neighbours: list[str] = []
        with self._read() as conn:
            for at in range(0, len(starts), 200):
                ranges = [
                    and_(ENTRIES.c.id >= s, ENTRIES.c.id < s + "g") for s in starts[at : at + 200]
                ]
                query = select(ENTRIES.c.id).where(or_(*ranges))
                neighbours.extend(str(r[0]) for r in conn.execute(query))
        return shortest_unique(wanted, neighbours)

    def short_id(self, entry_id: str) -> str:
        """`entry_id` as lists show it (see `short_ids`)."""
        return self.short_ids([entry_id])[entry_id]

    def list(
        self,
        kind: str | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        with_damaged: bool = False,
    ) -> builtins.list[Entry]:
        """Entries, newest first. Damaged entries (see `Entry.damaged`) are left out unless
        `with_damaged`: lists show them marked, while plans, plots and exports read only
        what is whole (so with a limit, fewer than `limit` may come back)."""
        query = _entry_select()
        if kind is not None:
            fields.kind_spec(kind)
            query = query.where(ENTRIES.c.kind == kind)
        # Newest by the day it happened (the day it was written down when it has none), as
        # lists show that day; written later first within a day.
        day = func.coalesce(
            type_coerce(ENTRIES.c.occurred_on, Text), func.substr(ENTRIES.c.created_at, 1, 10)
        )
        query = query.order_by(day.desc(), ENTRIES.c.created_at.desc(), ENTRIES.c.id.desc()).offset(
            offset
        )
        if limit is not None:
            query = query.limit(limit)
        found = self._load(query)
        return found if with_damaged else [e for e in found if not e.damaged]

    def damaged_ids(self) -> builtins.list[str]:
        """The ids of every entry that fails its integrity check, oldest first."""
        everything = sorted(self.list(with_damaged=True), key=lambda e: (e.created_at, e.id))
        return [e.id for e in everything if e.damaged]

    def count(self, kind: str | None = None) -> int:
        query = select(func.count()).select_from(ENTRIES)
        if kind is not None:
            query = query.where(ENTRIES.c.kind == kind)
        with self._read() as conn:
            return int(conn.execute(query).scalar_one())

    def search(
        self, query: str, kind: str | None = None, *, limit: int | None = None
    ) -> builtins.list[Entry]:
        """Entries whose text holds every word of `query` (case-insensitive), newest first.

        Answered from the in-memory index (see `search_index.py`): built on the first search
        after unlock, checked against the file before every search, dropped on `close()`."""
        terms = query.casefold().split()
        if not terms:
            raise InvalidInput(Msg.SEARCH_EMPTY)
        if kind is not None:
            fields.kind_spec(kind)
        self._check_open()
        if self._search_index is None:
            self._search_index = SearchIndex(
                self.path, self._identity, self.cipher.decrypt, TAG_FIELDS
            )
        raw_ok = all(t.isprintable() and '"' not in t and "\\" not in t for t in terms)
        index = self._search_index
        while True:
            matched = index.match(terms, kind, limit, raw_ok)
            found = self._by_ids(matched)
            whole = [e for e in found if not e.damaged]
            if len(whole) == len(matched):
                return whole
            # Changed on disk behind the vault's back: read those again and ask again.
            kept = {e.id for e in whole}
            if not index.recheck([i for i in matched if i not in kept]):
                return whole

    def search_uncached(
        self, query: str, kind: str | None = None, *, limit: int | None = None
    ) -> builtins.list[Entry]:
        """`search` decrypting every field again (the reference the index is tested against)."""
        terms = query.casefold().split()
        if not terms:
            raise InvalidInput(Msg.SEARCH_EMPTY)
        if kind is not None:
            fields.kind_spec(kind)
        sel = select(FIELDS.c.entry_id, FIELDS.c.ciphertext, FIELDS.c.name).join(
            ENTRIES, FIELDS.c.entry_id == ENTRIES.c.id
        )
        if kind is not None:
            sel = sel.where(ENTRIES.c.kind == kind)
        sel = sel.order_by(ENTRIES.c.created_at.desc(), ENTRIES.c.id.desc())
        # Only raw (entry id, ciphertext, field) rows are read and decrypted here; entries are
        # built only for matches. Tags are JSON: an escaped term needs the decoded form.
        raw_ok = all(t.isprintable() and '"' not in t and "\\" not in t for t in terms)
        matched: builtins.list[str] = []
        with self._read() as conn:
            rows = conn.execute(sel).yield_per(2000)
            for entry_id, group in groupby(rows, key=itemgetter(0)):
                try:
                    haystack = self._haystack(entry_id, group, raw_ok)
                except UNREADABLE:
                    continue  # a damaged entry matches nothing; lists show it marked
                if all(t in haystack for t in terms):
                    matched.append(entry_id)
                    if limit is not None and len(matched) >= limit:
                        break
        return [e for e in self._by_ids(matched) if not e.damaged]

    def _haystack(self, entry_id: str, group: Iterable[tuple[str, bytes, str]], raw: bool) -> str:
        parts = []
        for _, blob, name in group:
            text = self.cipher.decrypt(entry_id, name, blob).decode("utf-8")
            if not raw and name in TAG_FIELDS:  # a JSON list
                text = "\n".join(json.loads(text))
            parts.append(text)
        return "\n".join(parts).casefold()

    def _by_ids(self, ids: Sequence[str]) -> builtins.list[Entry]:
        """The entries with these ids, in the order given (one deleted meanwhile is left out)."""
        found: dict[str, Entry] = {}
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            found.update(
                (e.id, e) for e in self._load(_entry_select().where(ENTRIES.c.id.in_(chunk)))
            )
        return [found[i] for i in ids if i in found]

    def _load(self, entry_query: Any) -> builtins.list[Entry]:
        """Entries selected by `entry_query`, in its order: one query for the plain columns,
        one for the ciphertexts of just those entries."""
        sub = entry_query.subquery()
        fields_sel = select(FIELDS.c.entry_id, FIELDS.c.name, FIELDS.c.ciphertext).where(
            FIELDS.c.entry_id.in_(select(sub.c.id))
        )
        with self._read() as conn:
            rows = conn.execute(entry_query).all()
            secret: dict[str, dict[str, bytes]] = {}
            for entry_id, name, blob in conn.execute(fields_sel):
                secret.setdefault(entry_id, {})[name] = blob
        return [self._entry(row, secret.get(row.id, {})) for row in rows]

    def _entry(self, row: Row[Any], blobs: Mapping[str, bytes]) -> Entry:
        """The entry of one row; marked damaged (with no fields) when any part of it fails
        its check, so one damaged entry never hides the others."""
        entry_id, kind, created_raw, updated_raw, occurred_raw, plain_raw, seal = tuple(row)
        spec = KINDS.get(kind)
        if spec is None and not self._sealed_ok(row, blobs):
            return Entry(entry_id, kind, UNKNOWN_TIME, UNKNOWN_TIME, MappingProxyType({}), True)
        if spec is None:
            raise VaultTooNew(Msg.KIND_TOO_NEW.format(kind=kind))
        created = _moment(created_raw)
        updated = _moment(updated_raw) or created
        if created is None or updated is None:
            return Entry(entry_id, kind, UNKNOWN_TIME, UNKNOWN_TIME, MappingProxyType({}), True)
        try:
            plain = json.loads(plain_raw) if plain_raw else {}
            if not isinstance(plain, dict):
                raise TypeError("the plain fields are not an object")
            canonical = _canonical(entry_id, kind, created, updated, occurred_raw, plain, blobs)
            if not self.sealer.entry_ok(canonical, seal):
                raise CorruptData("the entry's seal does not match")
            values: dict[str, object] = {}
            decrypt = self.cipher.decrypt
            for f in spec.fields:
                name = f.name
                if name in blobs:
                    values[name] = fields.secret_value(f, decrypt(entry_id, name, blobs[name]))
                elif name in plain:
                    values[name] = fields.from_plain(f, plain[name])
        except UNREADABLE:
            return Entry(entry_id, kind, created, updated, MappingProxyType({}), True)
        return Entry(entry_id, kind, created, updated, MappingProxyType(values))

    def _sealed_ok(self, row: Row[Any], blobs: Mapping[str, bytes]) -> bool:
        """Whether a row's seal matches (used before trusting an unknown kind)."""
        created, updated = _moment(row.created_at), _moment(row.updated_at)
        try:
            plain = json.loads(row.plain) if row.plain else {}
        except ValueError:
            return False
        if created is None or updated is None or not isinstance(plain, dict):
            return False
        canonical = _canonical(row.id, row.kind, created, updated, row.occurred_on, plain, blobs)
        return self.sealer.entry_ok(canonical, row.seal)

    # The set of entries ---------------------------------------------------------------

    def _adjust_set(
        self,
        conn: Connection,
        *,
        added: Sequence[str] = (),
        removed: Sequence[str] = (),
    ) -> None:
        """Keep the sealed set digest in step, inside the caller's write transaction. A
        digest that already fails its check is left failing (never sealed over)."""
        stored = _stored_set(conn)
        if stored is None or stored[2] != self.sealer.set_mac(stored[0], stored[1]):
            return
        count, digest, _ = stored
        for entry_id in (*added, *removed):
            digest ^= self.sealer.id_term(entry_id)
        count += len(added) - len(removed)
        _write_set(conn, count, digest, self.sealer.set_mac(count, digest))

    def accept_entries(self) -> int:
        """Seal the set of entries the file holds now as the one to expect (after the person
        has seen what `check_entries` found); returns how many there are."""
        with self._write() as conn:
            ids = [str(r[0]) for r in conn.execute(select(ENTRIES.c.id))]
            digest = 0
            for entry_id in ids:
                digest ^= self.sealer.id_term(entry_id)
            _write_set(conn, len(ids), digest, self.sealer.set_mac(len(ids), digest))
        return len(ids)

    def check_entries(self) -> EntryCheck:
        """Compare the entries in the file with the sealed set kept in the header."""
        with self._read() as conn:
            ids = [str(r[0]) for r in conn.execute(select(ENTRIES.c.id))]
            stored = _stored_set(conn)
        digest = 0
        for entry_id in ids:
            digest ^= self.sealer.id_term(entry_id)
        if stored is None or stored[2] != self.sealer.set_mac(stored[0], stored[1]):
            return EntryCheck(ok=False, missing=0)
        count, expected, _ = stored
        if count == len(ids) and expected == digest:
            return EntryCheck(ok=True, missing=0)
        return EntryCheck(ok=False, missing=max(count - len(ids), 0))

    def seal_format_1(self, passphrase: str) -> None:
        """Bring a format-1 vault to format 2 in one transaction: seal every entry as it is
        now, seal the set of ids, and wrap the key again naming format 2 (so the header
        cannot be set back to format 1 to skip the seals). Needs the key, so it runs on the
        first unlock; if anything fails, nothing is changed and the next unlock tries again."""
        with self._write() as conn:
            rows = conn.execute(_entry_select()).all()
            blobs: dict[str, dict[str, bytes]] = {}
            for entry_id, name, blob in conn.execute(
                select(FIELDS.c.entry_id, FIELDS.c.name, FIELDS.c.ciphertext)
            ):
                blobs.setdefault(str(entry_id), {})[str(name)] = bytes(blob)
            digest = 0
            for row in rows:
                digest ^= self.sealer.id_term(row.id)
                seal = self._seal_as_stored(row, blobs.get(row.id, {}))
                conn.execute(update(ENTRIES).where(ENTRIES.c.id == row.id).values(seal=seal))
            count = len(rows)
            _write_set(conn, count, digest, self.sealer.set_mac(count, digest))
            params = crypto.new_kdf_params()
            wrapped = crypto.wrap_key(self._data_key, passphrase, params)
            for key, value in (
                ("kdf", params.to_json()),
                ("wrapped_key", wrapped),
                ("format_version", str(crypto.FORMAT_VERSION)),
            ):
                conn.execute(update(META).where(META.c.key == key).values(value=value))
        db.checkpoint(self.engine)

    def _seal_as_stored(self, row: Row[Any], blobs: Mapping[str, bytes]) -> bytes | None:
        """The seal of a row as it is in the file (None, so it reads as damaged, when its
        timestamps or plain fields can't even be read)."""
        created, updated = _moment(row.created_at), _moment(row.updated_at)
        try:
            plain = json.loads(row.plain) if row.plain else {}
        except ValueError:
            return None
        if created is None or updated is None or not isinstance(plain, dict):
            return None
        canonical = _canonical(row.id, row.kind, created, updated, row.occurred_on, plain, blobs)
        return self.sealer.entry(canonical)

    def _not_found(self, entry_id: str) -> EntryNotFound:
        return EntryNotFound(Msg.NO_SUCH_ENTRY.format(entry_id=entry_id))


UNKNOWN_TIME = datetime(
    1970, 1, 1, tzinfo=UTC
)  # shown for a damaged entry whose time is unreadable


def _entry_select() -> Any:
    """The entry columns as stored (text), parsed per row in `_entry`: a value changed on
    disk then damages only its own entry instead of failing the whole query."""
    return select(
        ENTRIES.c.id,
        ENTRIES.c.kind,
        type_coerce(ENTRIES.c.created_at, Text).label("created_at"),
        type_coerce(ENTRIES.c.updated_at, Text).label("updated_at"),
        type_coerce(ENTRIES.c.occurred_on, Text).label("occurred_on"),
        type_coerce(ENTRIES.c.plain, Text).label("plain"),
        ENTRIES.c.seal,
    )


SEAL_LABEL = b"alongside|v2|entry"
NO_VALUE = b"\xff\xff\xff\xff"  # in place of a length: the value is absent (None)


def _canonical(
    entry_id: str,
    kind: str,
    created: datetime,
    updated: datetime,
    occurred_on: str | None,
    plain: Mapping[str, Any],
    blobs: Mapping[str, bytes],
) -> bytes:
    """What an entry's seal covers, each part length-prefixed: every column of its row, and
    per encrypted field its name with the nonce and GCM tag of its ciphertext (the tag
    already vouches for the ciphertext, so a removed field, or an older ciphertext put back,
    fails too)."""
    created_utc = created if created.tzinfo is UTC else created.astimezone(UTC)
    updated_utc = updated if updated.tzinfo is UTC else updated.astimezone(UTC)
    plain_text = json.dumps(plain, sort_keys=True, separators=(",", ":")) if plain else "{}"
    out = bytearray(SEAL_LABEL)
    for part in (
        entry_id,
        kind,
        created_utc.isoformat(),
        updated_utc.isoformat(),
        occurred_on,
        plain_text,
    ):
        if part is None:
            out += NO_VALUE
            continue
        data = part.encode("utf-8", "surrogatepass")
        out += len(data).to_bytes(4, "big")
        out += data
    for name in sorted(blobs):
        blob = bytes(blobs[name])
        data = name.encode("utf-8", "surrogatepass")
        out += len(data).to_bytes(4, "big")
        out += data
        out += blob[: crypto.NONCE_BYTES].ljust(crypto.NONCE_BYTES, b"\0")
        out += blob[-crypto.TAG_BYTES :].rjust(crypto.TAG_BYTES, b"\0")
    return bytes(out)


def _canonical_of(row: Mapping[str, Any], blobs: Mapping[str, bytes]) -> bytes:
    when = row["occurred_on"]
    return _canonical(
        row["id"],
        row["kind"],
        row["created_at"],
        row["updated_at"],
        when.isoformat() if isinstance(when, date) else None,
        row["plain"],
        blobs,
    )


SET_KEY = "entry_set"  # vault_meta: {"count": n, "digest": hex, "mac": hex}


def _stored_set(conn: Connection) -> tuple[int, int, str] | None:
    raw = conn.execute(select(META.c.value).where(META.c.key == SET_KEY)).scalar()
    try:
        data = json.loads(str(raw))
        return int(data["count"]), int(str(data["digest"]), 16), str(data["mac"])
    except (ValueError, TypeError, KeyError):
        return None


def _write_set(conn: Connection, count: int, digest: int, mac: str) -> None:
    value = json.dumps({"count": count, "digest": f"{digest:064x}", "mac": mac})
    done = conn.execute(update(META).where(META.c.key == SET_KEY).values(value=value))
    if done.rowcount == 0:
        conn.execute(insert(META).values(key=SET_KEY, value=value))


@dataclass(frozen=True)
class EntryCheck:
    """Whether the entries in the file are the ones Alongside last saved."""

    ok: bool
    missing: int  # how many fewer entries there are than Alongside last saved

    @property
    def message(self) -> str:
        if self.ok:
            return ""
        if self.missing:
            one = self.missing == 1
            what = "1 entry" if one else f"{self.missing} entries"
            return Msg.ENTRIES_MISSING.format(
                what=what, verb="is" if one else "are", hint=Msg.ACCEPT_HINT
            )
        return Msg.ENTRIES_MISMATCH.format(hint=Msg.ACCEPT_HINT)


def _moment(raw: object) -> datetime | None:
    """A stored UTC timestamp (naive text), or None when it can't be read."""
    try:
        moment = datetime.fromisoformat(str(raw))
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else None
