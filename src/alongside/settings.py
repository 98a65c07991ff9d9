"""Run-time settings, read once from the environment into a frozen value."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from alongside.paths import home_dir

DEFAULT_LOCK_AFTER_MINUTES = 15  # the web app locks itself after this quiet period


@dataclass(frozen=True)
class Settings:
    home: Path
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES
    country: str = "US"  # selects which safety resources are shown first

    @classmethod
    def from_env(cls) -> Settings:
        lock = os.environ.get("ALONGSIDE_LOCK_MINUTES", "")
        return cls(
            home=home_dir(),
            lock_after_minutes=int(lock) if lock.isdigit() else DEFAULT_LOCK_AFTER_MINUTES,
            country=os.environ.get("ALONGSIDE_COUNTRY", "US").upper(),
        )
