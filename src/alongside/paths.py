"""Where Alongside keeps its files: one override (`ALONGSIDE_HOME`), else the platform data dir."""

from __future__ import annotations

import os
from pathlib import Path

from alongside.errors import InvalidInput

HOME_ENV = "ALONGSIDE_HOME"
VAULT_FILENAME = "vault.db"


def home_dir() -> Path:
    """The folder holding the vault and settings (not created here); `InvalidInput` with a
    plain sentence when `ALONGSIDE_HOME` names something that is not a folder."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        home = Path(override).expanduser()
        if home.exists() and not home.is_dir():
            raise InvalidInput(
                f"{HOME_ENV} is set to {home}, which is a file, not a folder. Please set it to "
                "a folder (it is made if missing), or unset it to use the usual place. "
                "Nothing was changed."
            )
        return home
    from platformdirs import user_data_dir

    return Path(user_data_dir("alongside", appauthor=False))


def vault_path(home: Path | None = None) -> Path:
    """The vault's SQLite file inside `home` (default: `home_dir()`)."""
    return (home if home is not None else home_dir()) / VAULT_FILENAME
