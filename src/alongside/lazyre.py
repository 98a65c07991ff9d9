"""Regular expressions compiled on first use, not at import.

A module-level `re.compile` costs every process that imports the module, whether or not it
ever runs the pattern (`alongside check` imports the rewriter's ~20 patterns and uses a few).
`lazy(pattern, flags)` returns an object that compiles on the first attribute read and then
keeps the compiled pattern's methods as its own attributes, so later calls cost the same
attribute look-up as on a compiled pattern. The compiling itself mostly costs nothing either:
`precompiled.compile` takes the program `make gates` shipped. Every pattern made here is
listed in `MADE`, for `make gates` to ship.
"""

from __future__ import annotations

import re
from typing import cast

from alongside import precompiled

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")
MADE: list[tuple[str, int]] = []  # every lazy pattern's source and flags, in the order made


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        MADE.append(self._source)

    def __getattr__(self, name: str) -> object:
        # Only reached for attributes not set yet: the first use compiles, then binds.
        compiled = precompiled.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        for field in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, field, getattr(compiled, field))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles when first used (typed as the compiled pattern it stands for)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
