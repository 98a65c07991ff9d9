"""Making and unlocking a vault: create, open (read-only check first), unlock from the env."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import insert

from alongside.errors import InvalidInput, VaultExists, VaultLocked, VaultNotFound
from alongside.fileio import atomic_path
from alongside.messages import Msg
from alongside.vault import crypto, db
from alongside.vault.lock import VaultLock
from alongside.vault.models import META
from alongside.vault.store import PASSPHRASE_ENV, Vault, check_new_passphrase

__all__ = ["check_new_passphrase", "create_vault", "open_vault", "unlock_from_env", "unlock_header"]


def create_vault(
    path: Path, passphrase: str, *, busy_timeout_ms: int = db.BUSY_TIMEOUT_MS
) -> Vault:
    """A new, empty vault at `path` (built in a temp file, then moved into place)."""
    if not passphrase:
        raise InvalidInput(Msg.PASSPHRASE_EMPTY)
    _check_absent(path)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    hold = VaultLock.only(path)  # two first visits at once: one creates, one is refused
    try:
        _check_absent(path)
        data_key = crypto.new_data_key()
        _build(path, passphrase, data_key, busy_timeout_ms)
        hold.downgrade()
        return Vault(path, data_key, busy_timeout_ms=busy_timeout_ms, hold=hold)
    except BaseException:
        hold.release()
        raise


def _check_absent(path: Path) -> None:
    if path.exists():
        raise VaultExists(Msg.RECORD_EXISTS.format(path=path))


def _build(path: Path, passphrase: str, data_key: bytes, busy_timeout_ms: int) -> None:
    """Write a new vault in a temp file, then move it to `path` (under the exclusive lock)."""
    params = crypto.new_kdf_params()
    meta = {
        "magic": crypto.MAGIC,
        "format_version": str(crypto.FORMAT_VERSION),
        "kdf": params.to_json(),
        "wrapped_key": crypto.wrap_key(data_key, passphrase, params),
        "created_at": datetime.now(UTC).isoformat(),
        "entry_set": empty_entry_set(data_key),
    }
    with atomic_path(path) as tmp:  # owner-only from the start; fsynced, moved, folder fsynced
        engine = db.make_engine(tmp, busy_timeout_ms=busy_timeout_ms)
        try:
            db.set_wal(engine)
            db.migrate(engine)
            with db.writing(engine) as conn:
                conn.execute(insert(META), [{"key": k, "value": v} for k, v in meta.items()])
        except BaseException:
            engine.dispose()
            for leftover in (tmp.with_name(tmp.name + s) for s in ("-wal", "-shm")):
                leftover.unlink(missing_ok=True)
            raise
        engine.dispose()  # the last connection closes: WAL folded in and removed


def open_vault(path: Path, passphrase: str, *, busy_timeout_ms: int = db.BUSY_TIMEOUT_MS) -> Vault:
    """Unlock the vault at `path`. The file is only opened for writing once the key unwraps."""
    if not path.exists():
        raise VaultNotFound(Msg.NO_RECORD)
    # Held from before the header is read, so the key and the file always belong together.
    hold = VaultLock.shared(path, wait_s=busy_timeout_ms / 1000)
    try:
        if not path.exists():  # wiped while we waited
            raise VaultNotFound(Msg.NO_RECORD)
        header = db.peek_header(path)
        data_key = unlock_header(header, passphrase)
        vault = Vault(path, data_key, busy_timeout_ms=busy_timeout_ms, hold=hold)
    except BaseException:
        hold.release()
        raise
    try:
        db.set_wal(vault.engine)
        db.migrate(vault.engine)
        if header.format_version < crypto.SEALED_FROM:
            vault.seal_format_1(passphrase)  # one transaction; see docs/privacy-and-security.md
            return vault
        if crypto.below_profile(crypto.KdfParams.from_json(header.meta.get("kdf", ""))):
            vault.rewrap(passphrase)  # parameters raised since it was made: raise them now
    except BaseException:
        vault.close()
        raise
    return vault


def empty_entry_set(data_key: bytes) -> str:
    """The sealed set of entry ids of a new, empty vault."""
    sealer = crypto.Sealer(data_key)
    return json.dumps({"count": 0, "digest": f"{0:064x}", "mac": sealer.set_mac(0, 0)})


def unlock_header(header: db.Header, passphrase: str) -> bytearray:
    params = crypto.KdfParams.from_json(header.meta.get("kdf", ""))
    return crypto.unwrap_key(
        header.meta.get("wrapped_key", ""), passphrase, params, header.format_version
    )


def unlock_from_env(path: Path | None = None) -> Vault:
    """Open the vault with the passphrase in ALONGSIDE_PASSPHRASE (for scripts and the CLI)."""
    from alongside.paths import vault_path

    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        raise VaultLocked(Msg.RECORD_LOCKED_ENV.format(env=PASSPHRASE_ENV))
    return open_vault(path if path is not None else vault_path(), passphrase)
