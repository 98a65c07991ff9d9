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


# An inline flag group ("(?-i:...)", "(?i)") or a named escape: folding could change them.
_NOT_FOLDABLE = lazy(r"\(\?[aiLmsux]*-?[aiLmsux]+[:)]|\\N")
_ESCAPE_OR_UPPER = lazy(r"\\.|[A-Z]", re.DOTALL)
_LETTER_UPPER = lazy(r"(?<!\\)[A-Z]")  # a capital not right after a backslash
FOLDED: list[Folded] = []  # every folded pattern made, for `make gates` to ship


class Folded:
    """A case-insensitive pattern asked only whether it matches, read on lower-cased text.

    `found(text)` is `pattern.search(text) is not None`, the same answer for every text. On
    ASCII text (nearly every message) it runs a twin program: the source with its letters in
    lower case and each run of alternatives that start with `\\b` written `\\b(?:a|b)`
    (`one_boundary`), compiled without IGNORECASE and searched in `text.lower()`. The engine
    then skips an alternative on its first letter and tests the boundary once a place: 3-6x
    fewer instructions for the long lists of phrases the composer reads (`compose.hedges`).
    Lower-casing ASCII keeps every place, and an ASCII letter matches without case exactly
    where its lower case matches the text's lower case. Any other text (a Turkish dotted I,
    the long s, the Kelvin sign: Unicode folds them differently) reads the pattern as it is.
    Only a match's existence is given: its text would be lower case.
    """

    __slots__ = ("_folded", "_plain", "_source")

    def __init__(self, pattern: str, flags: int) -> None:
        if not flags & re.IGNORECASE:
            raise ValueError("only a case-insensitive pattern is folded")
        self._source = (pattern, int(flags))
        self._plain: re.Pattern[str] | None = None
        self._folded: re.Pattern[str] | None = None
        FOLDED.append(self)

    @property
    def source(self) -> tuple[str, int]:
        """The pattern's own source and flags."""
        return self._source

    def folded_source(self) -> tuple[str, int]:
        """The twin program's source and flags (lower case, one boundary a run)."""
        pattern, flags = self._source
        # (read here, on first use, not on import: `alongside check` starts without them)
        if _NOT_FOLDABLE.search(pattern) or any(
            not c.isascii() and (c.lower() != c or c.upper() != c) for c in pattern
        ):
            raise ValueError(f"folding could change what this pattern matches: {pattern[:60]}")
        low = pattern  # most are written in lower case: only escapes hold capitals (`\W`)
        if "\\\\" in pattern or _LETTER_UPPER.search(pattern):
            low = _ESCAPE_OR_UPPER.sub(
                lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), pattern
            )
        return one_boundary(low), int(flags) & ~int(re.IGNORECASE)

    def found(self, text: str) -> bool:
        """Whether the pattern matches anywhere in `text` (`search(text) is not None`)."""
        if text.isascii():
            folded = self._folded
            if folded is None:
                folded = self._folded = precompiled.compile(*self.folded_source())
            return folded.search(text.lower()) is not None
        plain = self._plain
        if plain is None:
            plain = self._plain = precompiled.compile(*self._source)
        return plain.search(text) is not None


def folded(pattern: str, flags: int) -> Folded:
    """A case-insensitive pattern asked only whether it matches (`Folded`)."""
    return Folded(pattern, flags)


# A pattern's pieces for `alternatives`: a bracket or a bar, or a run of anything else (each
# escape whole, each set to its closing "]": "[^]...]" and "[]...]" hold the "]").
_PIECE = lazy(r"[()|]|(?:\\.?|\[\^?\]?(?:\\.?|[^\]\\])*\]?|[^\\\[()|])+", re.DOTALL)


def alternatives(pattern: str) -> list[str] | None:
    """The top-level alternatives of `pattern` (split at each `|` outside groups and sets);
    None when a `)` closes a group opened before `pattern` starts.

    Read piece by piece, not letter by letter: a folded pattern's twin is made on its first
    use (`Folded`), in the first messages a person checks."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    for piece in _PIECE.findall(pattern):
        if piece == "(":
            depth += 1
        elif piece == ")":
            depth -= 1
            if depth < 0:
                return None
        elif piece == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            continue
        cur.append(piece)
    parts.append("".join(cur))
    return parts


def one_boundary(pattern: str) -> str:
    r"""`pattern` with each run of alternatives that start with `\b` written `\b(?:a|b)`.

    The same matches in the same order (an alternative is still tried where the one before
    it failed, the boundary tested once for the run), but the regex engine tests the
    boundary once per place instead of once per alternative, and skips an alternative on its
    first letter: the searches below read a whole message, ~4x faster so. A pattern that is
    one group `(?:...)` is rewritten inside it.
    """
    parts = alternatives(pattern)
    if parts is None:
        return pattern
    if len(parts) == 1:
        inner = alternatives(pattern[3:-1]) if pattern.startswith("(?:") else None
        if pattern.endswith(")") and inner is not None and len(inner) > 1:
            return "(?:" + one_boundary(pattern[3:-1]) + ")"
        return pattern
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        if part.startswith("\\b"):
            run.append(part[2:])
            continue
        if run:
            out.append("\\b(?:" + "|".join(run) + ")")
            run = []
        out.append(part)
    if run:
        out.append("\\b(?:" + "|".join(run) + ")")
    return "|".join(out)
