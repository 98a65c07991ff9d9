"""The terminal the CLI writes to: a rich console, and whether a person is at a terminal.

Kept light (rich is imported only when a console is made), so any command module can use it.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def make_console() -> Console:
    """A rich console on stdout that prints text as given (no guessed highlighting), with
    long lines left for the terminal to wrap."""
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def interactive() -> bool:
    """True when a person is at a terminal (both stdin and stdout)."""
    return sys.stdin.isatty() and sys.stdout.isatty()
