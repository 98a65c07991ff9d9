"""Who has the vault open: an advisory lock file beside it, honoured by every Alongside process.

`vault.db.lock` (empty) sits next to `vault.db`. A process that has the vault open holds a
*shared* lock on it for as long as it does: the web app while unlocked, a command for its run.
Replacing or removing the vault (restore, wipe), creating it, and changing the passphrase take
the *exclusive* lock without waiting; when someone else holds the vault they are refused with
`VaultInUse` and change nothing. This is `flock(2)` (Linux, macOS, the BSDs): the kernel drops
the lock when the process ends, even by SIGKILL, so a crash never leaves the vault stuck.
Where `fcntl` is missing (Windows) the lock does nothing and the file-identity check in
`Vault` remains the only guard.

A shared lock waits up to the busy timeout for an exclusive holder (a restore takes a moment),
then gives up with `VaultBusy`. The last holder to let go removes the lock file (so a closed
vault leaves nothing beside it) while holding it exclusively; every taker checks, once it
holds the lock, that the file it locked is still the one at the path, and starts again if not.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alongside.errors import VaultBusy, VaultInUse
from alongside.messages import Msg

fcntl: Any
try:
    import fcntl
except ImportError:  # pragma: no cover (Windows: no advisory locks, see the module doc)
    fcntl = None

SUFFIX = ".lock"
NO_LOCK = -1  # locking is not possible here: holds nothing, refuses nobody
POLL_S = 0.02


def lock_path(vault: Path) -> Path:
    return vault.with_name(vault.name + SUFFIX)


class VaultLock:
    """One hold on a vault's lock file: shared or exclusive, released by `release()`."""

    def __init__(self, vault: Path, fd: int, exclusive: bool) -> None:
        self.vault = vault
        self._fd: int | None = fd
        self.exclusive = exclusive

    @classmethod
    def shared(cls, vault: Path, *, wait_s: float) -> VaultLock:
        """Hold the vault as one of its users; waits up to `wait_s` for a restore or wipe."""
        deadline = time.monotonic() + wait_s
        while True:
            fd = _take(vault, exclusive=False)
            if fd is not None:
                return cls(vault, fd, exclusive=False)
            if time.monotonic() >= deadline:
                raise VaultBusy(Msg.RECORD_BEING_REPLACED)
            time.sleep(POLL_S)

    @classmethod
    def only(cls, vault: Path) -> VaultLock:
        """Hold the vault alone, or raise `VaultInUse` at once (nothing waits)."""
        fd = _take(vault, exclusive=True)
        if fd is None:
            raise VaultInUse(Msg.RECORD_IN_USE)
        return cls(vault, fd, exclusive=True)

    @contextmanager
    def alone(self) -> Iterator[None]:
        """Turn this shared hold into the only one for the block, or raise `VaultInUse`."""
        fd = self._fd
        if fd is None or fd == NO_LOCK or fcntl is None or self.exclusive:
            yield
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # A failed conversion may have dropped the shared hold: take it back.
            fcntl.flock(fd, fcntl.LOCK_SH)
            raise VaultInUse(Msg.RECORD_IN_USE) from None
        self.exclusive = True
        try:
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_SH)  # a downgrade never waits
            self.exclusive = False

    def downgrade(self) -> None:
        """From the only hold to a shared one (after creating the vault), without a gap."""
        fd = self._fd
        if fd is not None and fd != NO_LOCK and fcntl is not None and self.exclusive:
            fcntl.flock(fd, fcntl.LOCK_SH)
        self.exclusive = False

    def release(self) -> None:
        """Let go; the last holder removes the lock file, so a closed vault leaves no trace."""
        fd, self._fd = self._fd, None
        if fd is None or fd == NO_LOCK:
            return
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    pass  # someone else still holds it: they remove it when they let go
                else:
                    if _still_there(fd, lock_path(self.vault)):
                        lock_path(self.vault).unlink(missing_ok=True)
        finally:
            os.close(fd)  # closing the descriptor drops the flock

    def __enter__(self) -> VaultLock:
        return self

    def __exit__(self, *_: object) -> None:
        self.release()


def _take(vault: Path, *, exclusive: bool) -> int | None:
    """A descriptor of the lock file holding the lock, or None when someone else has it."""
    target = lock_path(vault)
    while True:
        try:
            fd = os.open(target, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o600)
        except OSError:
            return NO_LOCK  # a folder we can't write to: nothing can be replaced there either
        if fcntl is None:
            return fd
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except OSError:  # a file system without locks (some network shares): go on without
            os.close(fd)
            return NO_LOCK
        if _still_there(fd, target):
            return fd
        os.close(fd)  # a wipe removed the file we locked: lock the new one


def _still_there(fd: int, target: Path) -> bool:
    try:
        now = target.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)


def in_use(vault: Path) -> bool:
    """True when another process holds the vault (checked without keeping any lock)."""
    if fcntl is None or not lock_path(vault).exists():
        return False
    fd = _take(vault, exclusive=True)
    if fd is None:
        return True
    VaultLock(vault, fd, exclusive=True).release()
    return False


def check_not_in_use(vault: Path) -> None:
    """Refuse early (before asking for anything) when another process holds the vault."""
    if in_use(vault):
        raise VaultInUse(Msg.RECORD_IN_USE)
