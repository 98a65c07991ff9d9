"""alongside.safety: the safety screen and offline help resources (PRODUCT.md capability 2).

from alongside.safety import screen, Screening, resources_for
"""

from __future__ import annotations

from alongside.safety.screen import Hit, Screening, kind_ids, safety_message, screen

__all__ = ["Hit", "Screening", "kind_ids", "safety_message", "screen"]
