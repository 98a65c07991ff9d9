"""Where Alongside keeps its files: one override (`ALONGSIDE_HOME`), else the platform data dir."""

from __future__ import annotations

import os
from pathlib import Path

from alongside.errors import InvalidInput
from alongside.messages import Msg

HOME_ENV = "ALONGSIDE_HOME"
VAULT_FILENAME = "vault.db"


def home_dir() -> Path:
    """The folder holding the vault and settings (not created here); `InvalidInput` with a
    plain sentence when `ALONGSIDE_HOME` names something that is not a folder."""
    override = os.environ.get(HOME_ENV, "").strip()
    if override:
        home = Path(override).expanduser()
        if home.exists() and not home.is_dir():
            raise InvalidInput(Msg.HOME_IS_FILE.format(env=HOME_ENV, home=home))
        return home
    from platformdirs import user_data_dir

    return Path(user_data_dir("alongside", appauthor=False))


def vault_path(home: Path | None = None) -> Path:
    """The vault's SQLite file inside `home` (default: `home_dir()`)."""
    return (home if home is not None else home_dir()) / VAULT_FILENAME
