"""The coach: what a message does, and gentler words (PRODUCT.md capability 1).

    from alongside.coach import analyse, Analysis, Finding
    analyse("You never listen.").findings

Rules live in `data/rules*.toml` and compile on first use, not at import.
"""

from alongside.coach.analyse import analyse, find_patterns
from alongside.coach.model import Analysis, Finding

# Both faces say this when asked to check an empty message (each adds where to write it).
EMPTY_MESSAGE = "The message is empty. Write what you'd like to say, and I'll look at it with you"

__all__ = ["EMPTY_MESSAGE", "Analysis", "Finding", "analyse", "find_patterns"]
