"""What the local server keeps in memory: the unlocked vault (one local user) and sessions.

One `WebState` lives on `app.state.web`, built by `create_app`; nothing here is global.
The vault's key exists only while the vault is unlocked: `lock()` closes the vault, which
drops the key, and marks every browser session as locked.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from alongside.errors import VaultLocked, VaultReplaced
from alongside.paths import vault_path
from alongside.vault.lock import REPLACED_MESSAGE

if TYPE_CHECKING:
    from pathlib import Path

    from alongside.settings import Settings
    from alongside.vault import Vault

MAX_SESSIONS = 64  # one person, a few tabs and browsers; the oldest locked ones go first
MAX_REMEMBERED_FORMS = 256  # per session: form ids already saved (double-submit guard)
LOCKED_MESSAGE = "Your private record is locked. Enter your passphrase to open it again."


@dataclass
class Session:
    """One browser's session: its CSRF token and whether it may use the unlocked vault."""

    sid: str
    csrf: str
    unlocked: bool = False
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

    def create(self, session: Session, passphrase: str) -> None:
        """Create the vault (first visit) and unlock it for this session."""
        from alongside.vault import create_vault

        self.home_ready()
        vault = create_vault(self.vault_path, passphrase)
        self._hold(vault)
        session.unlocked = True
        self.touch()

    def unlock(self, session: Session, passphrase: str) -> None:
        """Open the vault with `passphrase` (checked every time) for this session."""
        from alongside.vault import open_vault

        vault = open_vault(self.vault_path, passphrase)  # raises WrongPassphrase etc.
        if self.vault is None:
            self.vault = vault
        else:
            vault.close()  # already open for another tab: the passphrase was still checked
        session.unlocked = True
        self.touch()

    def lock(self) -> None:
        """Close the vault (dropping its key) and lock every session."""
        vault, self.vault = self.vault, None
        for each in self.sessions.values():
            each.unlocked = False
            each.rehearsal = None
        if vault is not None:
            vault.close()

    def vault_for(self, session: Session | None) -> Vault:
        """The unlocked vault, if this session unlocked it; else `VaultLocked`."""
        if self.vault is None or session is None or not session.unlocked:
            raise VaultLocked(LOCKED_MESSAGE)
        if self.vault.replaced():
            # Something that ignores the lock swapped or removed the file: lock every session
            # before the next write can land in a file this key doesn't belong to.
            self.lock()
            raise VaultReplaced(REPLACED_MESSAGE)
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

    def _hold(self, vault: Vault) -> None:
        if self.vault is not None:
            self.vault.close()
        self.vault = vault
