"""Keep the server's memory out of files: no core dumps, and not dumpable or traceable.

A core dump of the web server while (or after) the record was unlocked could hold the data
key, the passphrase and decrypted text, written to disk in plaintext where a crash handler
or a later reader finds them. `harden_process()` runs first thing in `alongside serve`:

- RLIMIT_CORE = 0 (soft and hard): the kernel writes no core file for this process.
- Linux: prctl(PR_SET_DUMPABLE, 0): no core dump even through a core-pattern pipe
  (systemd-coredump, apport), /proc/<pid>/mem and ptrace closed to other processes of the
  same user (only an administrator can still read its memory).

Both are best effort: where the platform has neither, nothing changes and the app runs.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps of this process; on Linux, mark it non-dumpable too."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        libc = _libc()
        if libc is not None:
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux: whether this process may be core-dumped or traced (None elsewhere)."""
    libc = _libc() if sys.platform.startswith("linux") else None
    if libc is None:
        return None
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    except OSError:
        return None
