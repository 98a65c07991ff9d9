"""The coach: what a message does, and gentler words (PRODUCT.md capability 1).

    from alongside.coach import analyse, Analysis, Finding
    analyse("You never listen.").findings

Rules live in `data/rules*.toml` and compile on first use, not at import.
"""

from alongside.coach.analyse import analyse, find_patterns
from alongside.coach.model import Analysis, Finding

__all__ = ["Analysis", "Finding", "analyse", "find_patterns"]
