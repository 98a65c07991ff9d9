"""alongside.safety: the safety screen and offline help resources (PRODUCT.md capability 2).

from alongside.safety import screen, Screening, resources_for
"""

from __future__ import annotations

from alongside.safety.resources import (
    Resource,
    country_code,
    country_name,
    resources_for,
    supported_countries,
    unknown_country_sentence,
)
from alongside.safety.screen import Hit, Screening, kind_ids, safety_message, screen

__all__ = [
    "Hit",
    "Resource",
    "Screening",
    "country_code",
    "country_name",
    "kind_ids",
    "resources_for",
    "safety_message",
    "screen",
    "supported_countries",
    "unknown_country_sentence",
]
