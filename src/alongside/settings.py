"""Run-time settings: the environment, and one small saved settings file in the home folder.

The saved file (`settings.json`, mode 0600) holds only choices that are not private text:
the country whose helplines are shown, the time zone, and which one-time notes were shown.
`ALONGSIDE_COUNTRY` overrides the saved country; with neither, no country is chosen and
every surface shows the international lists and says how to choose one. `ALONGSIDE_TZ`
overrides the saved time zone (asked once at `init`); with neither, this device's own time
zone is used, and UTC only when the device does not say.

Every setting is read here, and a bad value gets one plain sentence (`InvalidInput`).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from alongside.errors import InvalidInput
from alongside.fileio import write_atomic
from alongside.messages import Msg
from alongside.paths import home_dir

DEFAULT_LOCK_AFTER_MINUTES = 15  # the web app locks itself after this quiet period
MAX_LOCK_MINUTES = 24 * 60
LOCK_ENV = "ALONGSIDE_LOCK_MINUTES"
COUNTRY_ENV = "ALONGSIDE_COUNTRY"
SETTINGS_FILENAME = "settings.json"
MAX_SETTINGS_BYTES = 64 * 1024  # a few choices; anything bigger is not ours
MAX_COUNTRY_CHARS = 60
DEFAULT_PORT = 8765  # `alongside serve` listens here, so its address can be bookmarked
PORT_ENV = "ALONGSIDE_PORT"
TZ_ENV = "ALONGSIDE_TZ"
FALLBACK_TIMEZONE = "UTC"  # only when neither the person nor the device names one
MAX_TIMEZONE_CHARS = 60


def settings_path(home: Path | None = None) -> Path:
    return (home if home is not None else home_dir()) / SETTINGS_FILENAME


def saved_settings(home: Path | None = None) -> dict[str, object]:
    """What the settings file holds; {} when it is missing or unreadable (never raises)."""
    try:
        path = settings_path(home)
    except InvalidInput:  # a bad ALONGSIDE_HOME: said wherever something is written
        return {}
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
            Msg.PORT_NOT_A_NUMBER.format(env=PORT_ENV, raw=raw[:20], default=DEFAULT_PORT)
        )
    return int(raw)


def env_lock_minutes() -> int:
    """`ALONGSIDE_LOCK_MINUTES` (1 to a day), else DEFAULT_LOCK_AFTER_MINUTES."""
    raw = os.environ.get(LOCK_ENV, "").strip()
    if not raw:
        return DEFAULT_LOCK_AFTER_MINUTES
    if not raw.isdigit() or not 1 <= int(raw) <= MAX_LOCK_MINUTES:
        raise InvalidInput(
            Msg.LOCK_NOT_MINUTES.format(
                env=LOCK_ENV,
                raw=raw[:20],
                most=MAX_LOCK_MINUTES,
                default=DEFAULT_LOCK_AFTER_MINUTES,
            )
        )
    return int(raw)


def env_country() -> str:
    """`ALONGSIDE_COUNTRY`, or "" when it is not set."""
    return os.environ.get(COUNTRY_ENV, "").strip()[:MAX_COUNTRY_CHARS]


def chosen_country(home: Path | None = None) -> str:
    """The country to show help for: `ALONGSIDE_COUNTRY`, else the saved one, else ""."""
    return env_country() or saved_country(home)


def timezone_problem(name: str) -> str:
    """ "" when `name` is a time zone we know (an IANA name such as Europe/Berlin); else the
    plain sentence saying so."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    clean = name.strip()
    if clean and len(clean) <= MAX_TIMEZONE_CHARS and "\x00" not in clean:
        try:
            ZoneInfo(clean)
            return ""
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    shown = clean[:MAX_TIMEZONE_CHARS] or "(empty)"
    return (
        f"I don't know the time zone '{shown}'. Please give its name as your computer's clock "
        "settings show it, such as Europe/Berlin, America/New_York or Asia/Kolkata."
    )


def check_timezone(name: str, *, where: str = "") -> str:
    """`name` tidied, or `InvalidInput` with the sentence (`where` says where it came from)."""
    problem = timezone_problem(name)
    if problem:
        raise InvalidInput(f"{where}: {problem}" if where else problem)
    return name.strip()


def env_timezone() -> str:
    """`ALONGSIDE_TZ` ("" when it is not set); a sentence when it is not a time zone."""
    value = os.environ.get(TZ_ENV, "").strip()
    return check_timezone(value, where=f"{TZ_ENV} is set") if value else ""


def saved_timezone(home: Path | None = None) -> str:
    """The time zone saved with `save_timezone`, or "" (none, or no longer a known one)."""
    value = saved_settings(home).get("timezone")
    if not isinstance(value, str) or timezone_problem(value):
        return ""
    return value.strip()


def save_timezone(name: str, home: Path | None = None) -> str:
    """Save a time zone (a sentence, and nothing saved, when it is not one); returns it."""
    zone = check_timezone(name)
    save_setting("timezone", zone, home)
    return zone


def device_timezone() -> str:
    """This device's own time zone name (TZ, else /etc/localtime), or "" if it doesn't say."""
    named = os.environ.get("TZ", "").strip().lstrip(":")
    if named and not timezone_problem(named):
        return named
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:  # pragma: no cover - no such file on this system
        return ""
    marker = "zoneinfo" + os.sep
    if marker in target:
        name = target.split(marker, 1)[1]
        if not timezone_problem(name):
            return name
    return ""


def chosen_timezone(home: Path | None = None) -> str:
    """The time zone to use: `ALONGSIDE_TZ`, else the saved one, else the device's, else UTC."""
    return env_timezone() or saved_timezone(home) or device_timezone() or FALLBACK_TIMEZONE


@dataclass(frozen=True)
class Settings:
    home: Path
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    country_override: str = ""  # ALONGSIDE_COUNTRY when the app started, else ""
    timezone_override: str = ""  # ALONGSIDE_TZ when the app started, else ""

    @property
    def timezone(self) -> str:
        """The time zone: the override, else the saved one (read each time), else the
        device's, else UTC."""
        return (
            self.timezone_override
            or saved_timezone(self.home)
            or device_timezone()
            or FALLBACK_TIMEZONE
        )

    @property
    def country(self) -> str:
        """Whose helplines to show: the override, else the saved choice (read each time, so
        a change made in the web app or the CLI shows at once), else "" (none chosen)."""
        return self.country_override or saved_country(self.home)

    @classmethod
    def from_env(cls) -> Settings:
        return cls(
            home=home_dir(),
            lock_after_minutes=env_lock_minutes(),
            country_override=env_country(),
            timezone_override=env_timezone(),
        )
