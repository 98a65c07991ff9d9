"""alongside.safety: the safety screen and offline help resources (PRODUCT.md capability 2).

from alongside.safety import screen, Screening, resources_for
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from alongside.safety.messages import safety_message
from alongside.safety.screen import Hit, Screening, kind_ids, screen

if TYPE_CHECKING:
    from alongside.safety.resources import (
        Resource,
        country_code,
        country_name,
        help_order,
        resources_for,
        supported_countries,
        unknown_country_sentence,
    )

__all__ = [
    "Hit",
    "Resource",
    "Screening",
    "country_code",
    "country_name",
    "help_order",
    "kind_ids",
    "resources_for",
    "safety_message",
    "screen",
    "supported_countries",
    "unknown_country_sentence",
]

# The resources load on first use: screening a message (the coach's path) does not need them.
_LAZY = frozenset(
    {
        "Resource",
        "country_code",
        "country_name",
        "help_order",
        "resources_for",
        "supported_countries",
        "unknown_country_sentence",
    }
)


def __getattr__(name: str) -> object:
    if name not in _LAZY:
        raise AttributeError(f"module 'alongside.safety' has no attribute {name!r}")
    return getattr(import_module("alongside.safety.resources"), name)
