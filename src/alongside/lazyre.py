"""Regular expressions compiled on first use, not at import.

A module-level `re.compile` costs every process that imports the module, whether or not it
ever runs the pattern (`alongside check` imports the rewriter's ~20 patterns and uses a few).
`lazy(pattern, flags)` returns an object that compiles on the first attribute read and then
keeps the compiled pattern's methods as its own attributes, so later calls cost the same
attribute look-up as on a compiled pattern.
"""

from __future__ import annotations

import re
from typing import cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _Lazy:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> object:
        # Only reached for attributes not set yet: the first use compiles, then binds.
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        for field in ("pattern", "flags", "groups", "groupindex"):
            setattr(self, field, getattr(compiled, field))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles when first used (typed as the compiled pattern it stands for)."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
