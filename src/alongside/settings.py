"""Run-time settings: the environment, and one small saved settings file in the home folder.

The saved file (`settings.json`, mode 0600) holds only choices that are not private text:
today the country whose helplines are shown, and which one-time notes were shown.
`ALONGSIDE_COUNTRY` overrides the saved country; with neither, no country is chosen and
every surface shows the international lists and says how to choose one.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from alongside.errors import InvalidInput
from alongside.fileio import write_atomic
from alongside.paths import home_dir

DEFAULT_LOCK_AFTER_MINUTES = 15  # the web app locks itself after this quiet period
COUNTRY_ENV = "ALONGSIDE_COUNTRY"
SETTINGS_FILENAME = "settings.json"
MAX_SETTINGS_BYTES = 64 * 1024  # a few choices; anything bigger is not ours
MAX_COUNTRY_CHARS = 60
DEFAULT_PORT = 8765  # `alongside serve` listens here, so its address can be bookmarked
PORT_ENV = "ALONGSIDE_PORT"


def settings_path(home: Path | None = None) -> Path:
    return (home if home is not None else home_dir()) / SETTINGS_FILENAME


def saved_settings(home: Path | None = None) -> dict[str, object]:
    """What the settings file holds; {} when it is missing or unreadable (never raises)."""
    path = settings_path(home)
    try:
        with path.open("rb") as file:
            raw = file.read(MAX_SETTINGS_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_SETTINGS_BYTES else None
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def saved_country(home: Path | None = None) -> str:
    """The country saved with `save_country`, or "" when none was chosen."""
    value = saved_settings(home).get("country")
    return value.strip()[:MAX_COUNTRY_CHARS] if isinstance(value, str) else ""


def save_country(code: str, home: Path | None = None) -> None:
    """Save the chosen country (a code `alongside.safety.country_code` returned)."""
    save_setting("country", code, home)


def save_setting(key: str, value: str | bool, home: Path | None = None) -> None:
    """Save one choice (never private text).

    Written whole (`write_atomic`, mode 0600), so the file is never half-written; other
    settings in it are kept.
    """
    folder = home if home is not None else home_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # as the vault's folder
    data = saved_settings(folder)
    data[key] = value
    write_atomic(settings_path(folder), json.dumps(data, indent=2, sort_keys=True) + "\n")


def default_port() -> int:
    """The port `alongside serve` uses without --port: `ALONGSIDE_PORT`, else DEFAULT_PORT."""
    raw = os.environ.get(PORT_ENV, "").strip()
    if not raw:
        return DEFAULT_PORT
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise InvalidInput(
            f"{PORT_ENV} is set to '{raw[:20]}', which is not a port number. Please set it to "
            f"a number from 1 to 65535, or unset it to use {DEFAULT_PORT}."
        )
    return int(raw)


def env_country() -> str:
    """`ALONGSIDE_COUNTRY`, or "" when it is not set."""
    return os.environ.get(COUNTRY_ENV, "").strip()[:MAX_COUNTRY_CHARS]


def chosen_country(home: Path | None = None) -> str:
    """The country to show help for: `ALONGSIDE_COUNTRY`, else the saved one, else ""."""
    return env_country() or saved_country(home)


@dataclass(frozen=True)
class Settings:
    home: Path
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    country_override: str = ""  # ALONGSIDE_COUNTRY when the app started, else ""

    @property
    def country(self) -> str:
        """Whose helplines to show: the override, else the saved choice (read each time, so
        a change made in the web app or the CLI shows at once), else "" (none chosen)."""
        return self.country_override or saved_country(self.home)

    @classmethod
    def from_env(cls) -> Settings:
        lock = os.environ.get("ALONGSIDE_LOCK_MINUTES", "")
        return cls(
            home=home_dir(),
            lock_after_minutes=int(lock) if lock.isdigit() else DEFAULT_LOCK_AFTER_MINUTES,
            country_override=env_country(),
        )
