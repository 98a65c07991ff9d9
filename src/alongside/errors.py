"""One error hierarchy for the whole library.

Every error a person can meet is an `AlongsideError` whose message is a plain, warm
sentence that says what happened and what to do next. The CLI catches it in one place
(`alongside.cli.app.main`), the web app in one handler. Domain code raises; it never prints.
"""

from __future__ import annotations

from collections.abc import Mapping


class AlongsideError(Exception):
    """Base class. `str(error)` is the sentence shown to the person."""

    exit_code: int = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(AlongsideError):
    """Something the person typed or passed cannot be used as it is."""

    exit_code = 2


class InvalidFields(InvalidInput):
    """Fields of an entry can't be used: `errors` holds one sentence per field name."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        super().__init__("\n".join(errors.values()))
        self.errors = dict(errors)


class VaultError(AlongsideError):
    """Base for problems with the private record (the vault)."""


class VaultNotFound(VaultError):
    """No vault exists yet where we looked."""


class VaultExists(VaultError):
    """A vault already exists where a new one was to be created."""


class WrongPassphrase(VaultError):
    """The passphrase does not unlock this vault. Nothing was changed."""


class VaultTooNew(VaultError):
    """The vault was written by a newer version of Alongside."""


class VaultLocked(VaultError):
    """The vault is locked (for example after a quiet period)."""


class CorruptData(VaultError):
    """Stored data failed its integrity check (truncated or tampered)."""


class EntryDamaged(CorruptData):
    """One entry failed its integrity check: it is shown marked, and can only be deleted."""


class VaultBusy(VaultError):
    """Another Alongside process holds the vault for writing right now."""


class DiskFull(VaultError):
    """The disk has no room left for a write; the transaction was rolled back."""


class VaultInUse(VaultBusy):
    """Another Alongside process has the vault open, so it can't be replaced or rewrapped."""


class VaultReplaced(VaultLocked):
    """The vault file changed under an open vault (replaced or removed): it locked itself."""


class EntryNotFound(VaultError):
    """No entry with that id (or it was deleted)."""


class ImportFormatError(AlongsideError):
    """An import or backup file is malformed, of an unknown version, or not ours."""

    exit_code = 2
