"""What the local server keeps in memory: the unlocked vault (one local user) and sessions.

One `WebState` lives on `app.state.web`, built by `create_app`; nothing here is global.
The vault's key exists only while the vault is unlocked: `lock()` closes the vault, which
drops the key, and marks every browser session as locked.
"""

from __future__ import annotations

import gc
import math
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alongside.errors import AlongsideError, VaultLocked, VaultReplaced
from alongside.messages import Msg
from alongside.paths import vault_path

if TYPE_CHECKING:
    from pathlib import Path

    from alongside.settings import Settings
    from alongside.vault import Vault

MAX_SESSIONS = 64  # one person, a few tabs and browsers; the oldest locked ones go first
MAX_REMEMBERED_FORMS = 256  # per session: form ids already saved (double-submit guard)
FREE_TRIES = 3  # wrong passphrases in a row before Alongside pauses between tries
FIRST_PAUSE_S = 2.0  # then 2 s, 4 s, 8 s ... up to LONGEST_PAUSE_S
LONGEST_PAUSE_S = 60.0


class TryLater(AlongsideError):
    """Too many wrong passphrases in a row: the next try must wait `seconds`."""

    def __init__(self, seconds: float) -> None:
        self.seconds = max(1, math.ceil(seconds))
        unit = "second" if self.seconds == 1 else "seconds"
        super().__init__(Msg.PASSPHRASE_PAUSE.format(seconds=self.seconds, unit=unit))


@dataclass
class Session:
    """One browser's session.

    `csrf` guards the forms of a locked session (create, unlock). `key` is made when the
    session first unlocks and is handed only to a request that proved the passphrase or
    brought the key: only this site's own pages hold it (in the tab's sessionStorage) and
    send it as a header or form field. While unlocked, the cookie alone, which a browser
    also sends to every other server on 127.0.0.1, opens nothing.
    """

    sid: str
    csrf: str
    unlocked: bool = False
    key: str | None = None
    saved_forms: OrderedDict[str, str] = field(default_factory=OrderedDict)
    rehearsal: object | None = None  # an `alongside.coach.rehearsal.Session` in progress

    def remember_form(self, form_id: str, where: str) -> None:
        """Note that the form `form_id` was saved, and where its result can be seen."""
        if not form_id:
            return
        self.saved_forms[form_id] = where
        while len(self.saved_forms) > MAX_REMEMBERED_FORMS:
            self.saved_forms.popitem(last=False)


class WebState:
    """The server's memory: settings, the vault while unlocked, the sessions."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.vault: Vault | None = None
        self.sessions: OrderedDict[str, Session] = OrderedDict()
        self.last_activity = time.monotonic()
        self.clock: Callable[[], float] = time.monotonic  # for the pause after wrong tries
        self.wrong_tries = 0
        self.next_try_at = 0.0
        self.locks = 0  # counts lock(): an unlock that began before a lock is discarded
        self._opening = threading.Lock()  # one passphrase check at a time (each uses 256 MiB)

    @property
    def vault_path(self) -> Path:
        return vault_path(self.settings.home)

    def vault_exists(self) -> bool:
        return self.vault_path.exists()

    # sessions -------------------------------------------------------------------------

    def session(self, sid: str | None) -> Session | None:
        if sid is None:
            return None
        found = self.sessions.get(sid)
        if found is not None:
            self.sessions.move_to_end(sid)
        return found

    def new_session(self) -> Session:
        created = Session(sid=secrets.token_urlsafe(32), csrf=secrets.token_urlsafe(32))
        self.sessions[created.sid] = created
        self._forget_oldest_locked()
        return created

    @staticmethod
    def stranger() -> Session:
        """A locked session kept nowhere: what a request gets that brings an unlocked
        session's cookie without its key (for instance, a cookie replayed by another
        server on this device). Its token works for nothing."""
        return Session(sid="", csrf=secrets.token_urlsafe(32))

    def _forget_oldest_locked(self) -> None:
        """Keep the table at MAX_SESSIONS by forgetting the least recently used *locked*
        sessions: a flood of anonymous requests never logs out a person who unlocked."""
        excess = len(self.sessions) - MAX_SESSIONS
        if excess <= 0:
            return
        locked = [sid for sid, each in self.sessions.items() if not each.unlocked]
        for sid in locked[:excess]:
            del self.sessions[sid]

    # the vault --------------------------------------------------------------------------

    # create and unlock take a second of Argon2id: call them in a worker thread, never on
    # the event loop (the web handlers use run_in_threadpool).

    def create(self, session: Session, passphrase: str) -> None:
        """Create the vault (first visit) and unlock it for this session."""
        from alongside.vault import create_vault

        began = self.locks  # a Lock from now on wins, even while this waits its turn
        with self._opening:
            self.home_ready()
            vault = create_vault(self.vault_path, passphrase)
            self._keep_if_not_locked(vault, began, session)

    def unlock(self, session: Session, passphrase: str) -> None:
        """Open the vault with `passphrase` (checked every time) for this session.

        After FREE_TRIES wrong passphrases in a row, each further try must wait (2 s, 4 s,
        ... up to a minute): `TryLater` says how long, without checking the passphrase."""
        from alongside.errors import WrongPassphrase
        from alongside.vault import lifecycle

        self._refuse_while_paused()
        began = self.locks  # a Lock from now on wins, even while this waits its turn
        with self._opening:
            self._refuse_while_paused()  # another try may have failed while this one waited
            try:
                vault = lifecycle.open_vault(self.vault_path, passphrase)
            except WrongPassphrase:
                self._count_wrong_try()
                raise
            self.wrong_tries = 0
            self.next_try_at = 0.0
            self._keep_if_not_locked(vault, began, session)

    def seconds_until_next_try(self) -> float:
        return max(0.0, self.next_try_at - self.clock())

    def _refuse_while_paused(self) -> None:
        wait = self.seconds_until_next_try()
        if wait > 0:
            raise TryLater(wait)

    def _count_wrong_try(self) -> None:
        self.wrong_tries += 1
        if self.wrong_tries >= FREE_TRIES:
            pause = FIRST_PAUSE_S * 2 ** (self.wrong_tries - FREE_TRIES)
            self.next_try_at = self.clock() + min(LONGEST_PAUSE_S, pause)

    def _keep_if_not_locked(self, vault: Vault, began: int, session: Session) -> None:
        """Hold `vault` for `session`, unless Lock or Quick exit came while it opened."""
        if self.locks != began:
            vault.close()
            raise VaultLocked(Msg.LOCKED_WHILE_OPENING)
        if self.vault is None:
            self.vault = vault
        else:
            vault.close()  # already open for another tab: the passphrase was still checked
        session.unlocked = True
        if session.key is None:
            session.key = secrets.token_urlsafe(32)
        self.touch()

    def lock(self) -> None:
        """Close the vault (overwriting its key) and lock every session."""
        self.close_detached(self.lock_at_once())

    def lock_at_once(self) -> Vault | None:
        """Lock every session now and take the vault away from everyone; the caller closes
        it with `close_detached` (Quick exit does that just after answering)."""
        self.locks += 1
        vault, self.vault = self.vault, None
        for each in self.sessions.values():
            each.unlocked = False
            each.rehearsal = None
        return vault

    @staticmethod
    def close_detached(vault: Vault | None) -> None:
        if vault is not None:
            vault.close()  # overwrites the data key and drops the caches of decrypted text
            gc.collect()  # free what held decrypted text now (freed memory keeps its bytes)

    def vault_for(self, session: Session | None) -> Vault:
        """The unlocked vault, if this session unlocked it; else `VaultLocked`."""
        if self.vault is None or session is None or not session.unlocked:
            raise VaultLocked(Msg.RECORD_LOCKED_WEB)
        if self.vault.replaced():
            # Something that ignores the lock swapped or removed the file: lock every session
            # before the next write can land in a file this key doesn't belong to.
            self.lock()
            raise VaultReplaced(Msg.RECORD_REPLACED)
        return self.vault

    def is_unlocked(self, session: Session | None) -> bool:
        return self.vault is not None and session is not None and session.unlocked

    # the quiet period -------------------------------------------------------------------

    def touch(self) -> None:
        self.last_activity = time.monotonic()

    def seconds_until_idle_lock(self) -> float:
        quiet = max(1, self.settings.lock_after_minutes) * 60.0
        return quiet - (time.monotonic() - self.last_activity)

    def lock_if_idle(self) -> bool:
        """Lock when nothing happened for `settings.lock_after_minutes`; True if it locked."""
        if self.vault is not None and self.seconds_until_idle_lock() <= 0:
            self.lock()
            return True
        return False

    def home_ready(self) -> None:
        """The home folder, made private to this user (0700) as the CLI makes it."""
        self.settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
