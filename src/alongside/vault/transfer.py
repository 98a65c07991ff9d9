"""Export, import, backup, restore and wipe.

Export format (version 1): one UTF-8 JSON object, decrypted::

    {"format": "alongside-export", "version": 1, "exported_at": "<ISO 8601 UTC>",
     "warning": "...", "entries": [
        {"id": "<32 hex>", "kind": "journal", "created_at": "<ISO 8601 with offset>",
         "updated_at": "...", "fields": {"situation": "...", "tags": ["a", "b"],
                                         "occurred_on": "2024-05-31", "rating": 4}}]}

Entries are oldest first; fields that are not set are left out. Dates are `YYYY-MM-DD`,
datetimes ISO 8601 with offset, tags a list of strings, ints numbers, everything else strings.
`import_data` accepts exactly this and round-trips it: ids, timestamps and fields.

Import is one SQLite transaction, so it is safe beside other processes like any save. Restore
and wipe replace or remove the file itself: they take the vault's lock alone (`vault.lock`)
and are refused while anyone else has the vault open.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from alongside.errors import (
    AlongsideError,
    CorruptData,
    DiskFull,
    ImportFormatError,
    VaultBusy,
)
from alongside.fileio import atomic_path, temp_prefix, write_atomic
from alongside.messages import Msg
from alongside.vault import crypto, db
from alongside.vault.fields import to_json_value
from alongside.vault.kinds import KINDS
from alongside.vault.lifecycle import unlock_header
from alongside.vault.lock import VaultLock
from alongside.vault.models import ENTRIES
from alongside.vault.store import Entry, Vault

EXPORT_FORMAT = "alongside-export"
EXPORT_VERSION = 1
ENTRY_KEYS = ("id", "kind", "created_at", "updated_at", "fields")
BACKUPS_DIR = "backups"
WIPE_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped: int  # already in the vault (same id): left as they are
    repaired: int = 0  # were damaged in the vault: put back whole from the export


def export_data(vault: Vault) -> dict[str, Any]:
    """Everything readable; the ids of damaged entries (which can't be read, so can't be
    exported) are listed under "skipped_damaged" so nothing is left out silently."""
    everything = sorted(vault.list(with_damaged=True), key=lambda e: (e.created_at, e.id))
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": datetime.now(UTC).isoformat(),
        "warning": Msg.EXPORT_WARNING,
        "entries": [entry_to_json(e) for e in everything if not e.damaged],
        "skipped_damaged": [e.id for e in everything if e.damaged],
    }


def damaged_note(count: int, *, backup: bool = False) -> str:
    """The sentence after an export or backup when some entries could not be read."""
    one = count == 1
    head = (
        "1 entry could not be read (it may be damaged)"
        if one
        else f"{count} entries could not be read (they may be damaged)"
    )
    if backup:
        middle = (
            "; the backup keeps it just as it is" if one else "; the backup keeps them as they are"
        )
    else:
        middle = (
            ", so it was left out of the export" if one else ", so they were left out of the export"
        )
    return f"{head}{middle}. You can delete {'it' if one else 'them'} from the list."


def entry_to_json(entry: Entry) -> dict[str, Any]:
    if entry.damaged:
        return {
            "id": entry.id,
            "kind": entry.kind,
            "created_at": entry.created_at.isoformat(),
            "updated_at": entry.updated_at.isoformat(),
            "damaged": True,
            "fields": {},
        }
    spec = KINDS[entry.kind]
    return {
        "id": entry.id,
        "kind": entry.kind,
        "created_at": entry.created_at.isoformat(),
        "updated_at": entry.updated_at.isoformat(),
        "fields": {
            f.name: to_json_value(f, entry.fields[f.name])
            for f in spec.fields
            if f.name in entry.fields
        },
    }


def read_export(raw: bytes) -> list[dict[str, Any]]:
    """The entries of an export file, checked for shape; raises ImportFormatError."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ImportFormatError(Msg.IMPORT_NOT_UTF8.format(position=error.start)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFormatError(
            Msg.IMPORT_NOT_JSON.format(line=error.lineno, column=error.colno, why=error.msg)
        ) from None
    except (ValueError, RecursionError):  # absurdly nested, or a number thousands of digits long
        raise ImportFormatError(Msg.IMPORT_TOO_DEEP) from None
    if not isinstance(doc, dict) or doc.get("format") != EXPORT_FORMAT:
        raise ImportFormatError(Msg.IMPORT_NOT_OURS.format(format=EXPORT_FORMAT))
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportFormatError(Msg.IMPORT_NO_VERSION)
    if version > EXPORT_VERSION:
        raise ImportFormatError(Msg.IMPORT_TOO_NEW.format(version=version, known=EXPORT_VERSION))
    entries = doc.get("entries")
    if not isinstance(entries, list):
        raise ImportFormatError(Msg.IMPORT_NO_ENTRIES)
    for number, item in enumerate(entries, start=1):
        if not isinstance(item, dict):
            raise ImportFormatError(Msg.IMPORT_NOT_OBJECT.format(number=number))
        missing = [k for k in ENTRY_KEYS if k not in item]
        if missing:
            keys = ", ".join(repr(m) for m in missing)
            raise ImportFormatError(Msg.IMPORT_MISSING.format(number=number, keys=keys))
        if not isinstance(item["fields"], dict):
            raise ImportFormatError(Msg.IMPORT_FIELDS_NOT_OBJECT.format(number=number))
    return entries


def import_data(vault: Vault, raw: bytes) -> ImportResult:
    """Add every entry of an export not already present, in one transaction (all or nothing)."""
    items = read_export(raw)
    prepared: list[Entry] = []
    seen: set[str] = set()
    for number, item in enumerate(items, start=1):
        entry_id = item["id"]
        if not (isinstance(entry_id, str) and len(entry_id) == 32 and _is_hex(entry_id)):
            raise ImportFormatError(Msg.IMPORT_BAD_ID.format(number=number))
        if entry_id in seen:
            raise ImportFormatError(Msg.IMPORT_REPEATED_ID.format(number=number, entry_id=entry_id))
        seen.add(entry_id)
        try:
            prepared.append(
                vault.prepare(
                    str(item["kind"]),
                    item["fields"],
                    entry_id=entry_id,
                    created_at=_timestamp(item["created_at"], number, "created_at"),
                    updated_at=_timestamp(item["updated_at"], number, "updated_at"),
                )
            )
        except ImportFormatError:
            raise
        except AlongsideError as error:
            raise ImportFormatError(
                Msg.IMPORT_BAD_ENTRY.format(number=number, entry_id=entry_id, why=error)
            ) from None
    existing = _existing_ids(vault, [e.id for e in prepared])
    damaged = set(vault.damaged_ids()) & existing if existing else set()
    new = [e for e in prepared if e.id not in existing]
    repaired = [e for e in prepared if e.id in damaged]
    vault.insert_many([*new, *repaired], replacing=[e.id for e in repaired])
    return ImportResult(
        added=len(new), skipped=len(prepared) - len(new) - len(repaired), repaired=len(repaired)
    )


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _timestamp(value: object, number: int, key: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        moment = None
    if not isinstance(value, str) or moment is None or moment.tzinfo is None:
        raise ImportFormatError(
            Msg.IMPORT_BAD_TIME.format(number=number, key=key, value=str(value)[:40])
        )
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # e.g. 0001-01-01T00:00:00+01:00 is still year 0 in UTC
        raise ImportFormatError(
            Msg.IMPORT_TIME_RANGE.format(number=number, key=key, value=value[:40])
        ) from None


def _existing_ids(vault: Vault, ids: list[str]) -> set[str]:
    found: set[str] = set()
    with db.reading(vault.engine) as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            found.update(
                str(r[0]) for r in conn.execute(select(ENTRIES.c.id).where(ENTRIES.c.id.in_(chunk)))
            )
    return found


# Files ---------------------------------------------------------------------------------


def default_backup_path(vault_path: Path, label: str = "backup") -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return vault_path.parent / BACKUPS_DIR / f"alongside-{label}-{stamp}.db"


def backup_vault(vault: Vault, dest: Path) -> Path:
    """An encrypted copy of the vault (SQLite backup API), written atomically to `dest`."""
    try:
        with atomic_path(dest) as tmp:
            target = sqlite3.connect(tmp)
            try:
                source = sqlite3.connect(vault.path, timeout=5)
                try:
                    source.backup(target)
                finally:
                    source.close()
                target.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                target.close()
    except (sqlite3.Error, OSError) as error:
        if db.disk_full(error, dest.parent) is None:
            raise
        for leftover in dest.parent.glob(f"{temp_prefix(dest)}*"):
            leftover.unlink(missing_ok=True)  # the temp file's journal, if SQLite left one
        raise DiskFull(Msg.BACKUP_DISK_FULL.format(dest=dest)) from None
    return dest


def restore_vault(backup: Path, path: Path, passphrase: str) -> Path | None:
    """Replace the vault at `path` with `backup` after checking format and passphrase.

    The vault being replaced is kept in the backups folder; its path is returned. Refused
    with `VaultInUse` (nothing changed) while another process has the vault open: swapping the
    file under its open connections would lose what it saves next, or corrupt the file.
    """
    if not backup.is_file():
        raise ImportFormatError(Msg.NO_BACKUP_FILE.format(path=backup))
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with VaultLock.only(path):
        header = db.peek_header(backup, what="backup")
        crypto.wipe(unlock_header(header, passphrase))  # only checked, never kept
        kept: Path | None = None
        with atomic_path(path) as tmp:
            shutil.copyfile(backup, tmp)
            _check_integrity(tmp)
            if path.exists():
                _quiesce(path)
                kept = default_backup_path(path, "before-restore")
                write_atomic(kept, path.read_bytes())
        return kept


def _check_integrity(file: Path) -> None:
    conn = sqlite3.connect(file)
    try:
        ok = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.Error as error:
        raise CorruptData(Msg.BACKUP_DAMAGED.format(why=error)) from error
    finally:
        conn.close()
    if not ok or ok[0] != "ok":
        raise CorruptData(Msg.BACKUP_FAILED_CHECK)


def _quiesce(path: Path) -> None:
    """Fold the WAL into `path` and make sure nobody else is writing to it."""
    conn = sqlite3.connect(path, timeout=2)
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as error:
        raise VaultBusy(Msg.RECORD_BUSY) from error
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise VaultBusy(Msg.RECORD_BUSY)


def wipe_vault(path: Path, *, include_backups: bool = True) -> list[Path]:
    """Overwrite with zeros, then delete, the vault, its WAL/SHM/journal and (by default) the
    backups folder next to it. Returns what was removed. See docs/privacy-and-security.md for
    what this cannot guarantee on SSDs and copy-on-write file systems.

    Refused with `VaultInUse` (nothing removed) while another process has the vault open."""
    if not path.parent.is_dir():
        return []
    with VaultLock.only(path):
        return _wipe(path, include_backups)


def _wipe(path: Path, include_backups: bool) -> list[Path]:
    targets = [path.with_name(path.name + s) for s in ("", "-wal", "-shm", "-journal")]
    folder = path.parent / BACKUPS_DIR
    if include_backups and folder.is_dir():
        targets += sorted(p for p in folder.iterdir() if p.is_file())
    removed: list[Path] = []
    for target in targets:
        if not target.exists():
            continue
        size = target.stat().st_size
        with open(target, "r+b") as handle:
            for start in range(0, size, WIPE_CHUNK):
                handle.write(b"\0" * min(WIPE_CHUNK, size - start))
            handle.flush()
            os.fsync(handle.fileno())
        target.unlink()
        removed.append(target)
    if include_backups and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return removed
