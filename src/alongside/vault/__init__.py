"""The encrypted private record.

    from alongside.vault import Vault, Entry, create_vault, open_vault, unlock_from_env

Exports load lazily, so importing `alongside.vault.kinds` (as the CLI does at start-up)
does not pull in SQLAlchemy or cryptography.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from alongside.vault.lifecycle import (
        check_new_passphrase,
        create_vault,
        open_vault,
        unlock_from_env,
    )
    from alongside.vault.store import Entry, Vault
    from alongside.vault.transfer import (
        ImportResult,
        export_data,
        import_data,
        read_export,
        restore_vault,
        wipe_vault,
    )

_EXPORTS = {
    "Entry": "store",
    "Vault": "store",
    "check_new_passphrase": "lifecycle",
    "create_vault": "lifecycle",
    "open_vault": "lifecycle",
    "unlock_from_env": "lifecycle",
    "ImportResult": "transfer",
    "export_data": "transfer",
    "import_data": "transfer",
    "read_export": "transfer",
    "restore_vault": "transfer",
    "wipe_vault": "transfer",
}

__all__ = [
    "Entry",
    "ImportResult",
    "Vault",
    "check_new_passphrase",
    "create_vault",
    "export_data",
    "import_data",
    "open_vault",
    "read_export",
    "restore_vault",
    "unlock_from_env",
    "wipe_vault",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'alongside.vault' has no attribute {name!r}")
    return getattr(import_module(f"alongside.vault.{module}"), name)
