"""The SQLite file under the vault: engine, pragmas, read-only header peek, migrations.

Pragmas (per connection, SQLite only):
- `journal_mode=WAL`: readers never block the writer, and a crash leaves the last committed
  state intact (the WAL is replayed or ignored on next open).
- `synchronous=FULL`: with WAL, NORMAL is corruption-safe but may drop the newest commits on a
  power cut; an entry someone just saw "saved" must survive that, and one fsync per save is
  cheap at human typing speed.
- `foreign_keys=ON`, `secure_delete=ON` (deleted ciphertext is zeroed in the file),
  `temp_store=MEMORY`, and a busy timeout after which a second writer gets `VaultBusy`.
Writes start with `BEGIN IMMEDIATE` so a second writer waits for the lock up front instead of
failing half-way; reads use a deferred `BEGIN` and never wait on a writer (WAL).
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.exc import OperationalError

from alongside.errors import CorruptData, DiskFull, VaultBusy, VaultTooNew
from alongside.messages import Msg
from alongside.vault.crypto import FORMAT_VERSION, MAGIC
from alongside.vault.models import META, SCHEMA_HEAD, SCHEMA_REVISIONS

BUSY_TIMEOUT_MS = 5000  # how long a second writer waits before `VaultBusy`
WRITE = "alongside_write"
MIGRATIONS = Path(__file__).with_name("migrations")
LOW_SPACE_BYTES = 1024 * 1024  # an I/O error with less than this free is a full disk


@dataclass(frozen=True)
class Header:
    """What the file says about itself, read without unlocking and without writing."""

    meta: dict[str, str]
    revision: str | None

    @property
    def format_version(self) -> int:
        return int(self.meta.get("format_version", "0"))


def peek_header(path: Path, *, what: str = "private record") -> Header:
    """Read the header without changing a byte: read-only, and `immutable` unless a WAL exists.

    Raises CorruptData when the file is not an Alongside vault, VaultTooNew when a newer
    version wrote it.
    """
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    # With a WAL beside it (a crash, or another window has it open), even a read-only SQLite
    # connection writes to the `-shm` index; so the header is read from a private copy of
    # the file and its WAL instead, and nothing beside the vault changes.
    # (Should a writer keep tearing the copy, a live read-only look is the last resort.)
    readers = [_from_copy, _from_copy, _read_only] if has_wal else [_immutable, _read_only]
    for number, reader in enumerate(readers, start=1):
        try:
            rows, found = reader(path)
            break
        except (sqlite3.Error, OSError) as error:
            # `immutable` trusts the file not to change, and a copy can catch a writer
            # mid-checkpoint; either way, try once more.
            if number == len(readers):
                raise CorruptData(Msg.NOT_OURS_OR_DAMAGED.format(path=path, what=what)) from error
    header = Header({str(k): str(v) for k, v in rows}, str(found[0][0]) if found else None)
    if header.meta.get("magic") != MAGIC:
        raise CorruptData(Msg.NOT_OURS.format(path=path, what=what))
    check_not_too_new(header)
    return header


def _immutable(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str]]]:
    return _read_header(f"{path.resolve().as_uri()}?mode=ro&immutable=1")


def _read_only(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str]]]:
    return _read_header(f"{path.resolve().as_uri()}?mode=ro")


def _from_copy(path: Path) -> tuple[list[tuple[str, str]], list[tuple[str]]]:
    """The header as the file and its WAL hold it, read from a copy in a private temp folder
    (ciphertext only, removed at once)."""
    with tempfile.TemporaryDirectory(prefix="alongside-peek-") as folder:
        copy = Path(folder) / "peek.db"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        return _read_header(f"{copy.as_uri()}?mode=rw")


def _read_header(uri: str) -> tuple[list[tuple[str, str]], list[tuple[str]]]:
    conn = sqlite3.connect(uri, uri=True)
    try:
        rows = conn.execute("SELECT key, value FROM vault_meta").fetchall()
        try:
            found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.Error:
            found = []
    finally:
        conn.close()
    return rows, found


def check_not_too_new(header: Header) -> None:
    if header.format_version > FORMAT_VERSION or (
        header.revision is not None and header.revision not in SCHEMA_REVISIONS
    ):
        raise VaultTooNew(Msg.RECORD_TOO_NEW)


def make_engine(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}", connect_args={"timeout": busy_timeout_ms / 1000}, future=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        for pragma in (
            f"PRAGMA busy_timeout={int(busy_timeout_ms)}",
            "PRAGMA foreign_keys=ON",
            "PRAGMA synchronous=FULL",
            "PRAGMA secure_delete=ON",
            "PRAGMA temp_store=MEMORY",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(WRITE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def set_wal(engine: Engine) -> None:
    """Switch the file to WAL (persistent; a no-op when it already is)."""
    _pragma(engine, "PRAGMA journal_mode=WAL")


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the main file (before backups and after header changes)."""
    _pragma(engine, "PRAGMA wal_checkpoint(TRUNCATE)")


def _pragma(engine: Engine, statement: str) -> None:
    """A pragma outside any transaction (SQLAlchemy would otherwise BEGIN first)."""
    with _busy(engine):
        raw = engine.raw_connection()
    try:
        raw.driver_connection.execute(statement).fetchall()  # type: ignore[union-attr]
    except sqlite3.OperationalError as error:
        text = str(error).lower()
        if "locked" in text or "busy" in text:
            raise VaultBusy(Msg.RECORD_BUSY) from error
        full = disk_full(error, _folder(engine))
        if full is not None:
            raise full from error
        raise
    finally:
        raw.close()


def _folder(engine: Engine) -> Path:
    return Path(engine.url.database or ".").parent


def disk_full(error: BaseException, folder: Path) -> DiskFull | None:
    """A `DiskFull` when `error` came from a disk with no room left (SQLite says "full", or
    an I/O error on a disk with almost nothing free), else None."""
    text = str(getattr(error, "orig", None) or error).lower()
    full = "full" in text or getattr(error, "errno", None) == errno.ENOSPC
    if not full and ("disk i/o" in text or isinstance(error, OSError)):
        try:
            full = shutil.disk_usage(folder).free < LOW_SPACE_BYTES
        except OSError:
            full = False
    return DiskFull(Msg.DISK_FULL) if full else None


@contextmanager
def _busy(engine: Engine) -> Iterator[None]:
    try:
        yield
    except OperationalError as error:
        text = str(error.orig).lower()
        if "locked" in text or "busy" in text:
            raise VaultBusy(Msg.RECORD_BUSY) from error
        full = disk_full(error, _folder(engine))
        if full is not None:
            raise full from error
        raise


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One atomic write transaction (BEGIN IMMEDIATE ... COMMIT, or rolled back)."""
    with _busy(engine), engine.connect() as conn:
        conn.execution_options(**{WRITE: True})
        with conn.begin():
            yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    with _busy(engine), engine.connect() as conn, conn.begin():
        yield conn


def read_meta(conn: Connection) -> dict[str, str]:
    return {str(k): str(v) for k, v in conn.execute(select(META.c.key, META.c.value))}


def migrate(engine: Engine) -> None:
    """Bring the schema to head with Alembic (skipped cheaply when already at head)."""
    with reading(engine) as conn:
        current = _current_revision(conn)
    if current == SCHEMA_HEAD:
        return
    from alembic import command

    with writing(engine) as conn:
        command.upgrade(alembic_config(conn), "head")


def _current_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect

    if not inspect(conn).has_table("alembic_version"):
        return None
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def alembic_config(conn: Connection | None = None) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg
