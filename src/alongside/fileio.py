"""Writing a file whole or not at all: the one atomic write every caller uses.

A file is written to a temporary file with a unique name in the same folder (so two writers
never share one), flushed to the disk (fsync), moved over the old one with `os.replace` (atomic
on POSIX and Windows), and then the folder itself is flushed so the move survives a power cut.
If anything fails on the way, the temporary file is removed and the old file is as it was.
Files are owner-only (0600) from the moment they exist: they may hold words from the record.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_MARK = ".tmp-"  # temporary files are named `.{name}.tmp-<random>` next to their target


def temp_prefix(dest: Path) -> str:
    """How the temporary files for `dest` start (to find leftovers a crash could leave)."""
    return f".{dest.name}{TEMP_MARK}"


@contextmanager
def atomic_path(dest: Path) -> Iterator[Path]:
    """A new, empty, owner-only temp file next to `dest`, moved over `dest` (with fsync of the
    file and of the folder) only if the block succeeds; removed if it fails."""
    dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor, name = tempfile.mkstemp(prefix=temp_prefix(dest), dir=dest.parent)
    os.close(descriptor)  # mkstemp: O_EXCL, mode 0600, a name no one else has
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)  # the block may have replaced the file (e.g. copyfile)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(dest: Path, data: bytes | str) -> None:
    """Write `data` (text is written as UTF-8) to `dest` whole, or leave `dest` as it was."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(dest) as tmp, open(tmp, "wb") as handle:
        handle.write(raw)
        handle.flush()


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename in it) to the disk; a no-op where folders can't be
    opened (Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except (PermissionError, IsADirectoryError):  # pragma: no cover - Windows
        return
    try:
        os.fsync(descriptor)
    except OSError as error:
        if error.errno not in (errno.EINVAL, errno.ENOTSUP):  # refused by some file systems
            raise
    finally:
        os.close(descriptor)
