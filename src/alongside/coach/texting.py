"""Texting spellings read as standard English, with every place mapped back (issues 11, 12).

"could u BE any more selfish", "your honestly the laziest persn", "either the xbox goes or i
do. ur choice.": the coach's rules are written in standard spelling, so a message written as
people text is first read as if spelled out (`normalise`), the rules run on that reading,
and each finding's span is mapped back to the characters the person typed (`Normalised.start`
and `Normalised.end`), so a finding still quotes their own words.

The spellings live in `data/texting.toml`, each with the context where its reading is clear
("your" is "you're" only before "the", "so", "not" and the like; "ill" is "I'll" only before
a verb and never after "feel"; "wont", "cant" and "its" only where they cannot be the real
words). The composer's check for texting spelling (`casual`) reads the same file.

Cost: a text in standard spelling costs one byte translation and a set look-up (`may_hold`);
the file is parsed only when a text first holds a texting word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alongside import precompiled, tomlcache
from alongside.errors import AlongsideError

DATA_FILE = Path(__file__).with_name("data") / "texting.toml"
ENTRY_KEYS = frozenset(
    {
        "words",
        "to",
        "before",
        "not_before",
        "after",
        "not_after",
        "clause_start",
        "examples",
        "keep",
    }
)
LOOK_BACK_CHARS = 40  # how far `after` and `not_after` read before a word
_CLAUSE_BREAKS = frozenset('.!?,;:…-—"(\n')


class TextingFileError(AlongsideError):
    """The texting spellings file is malformed; the message names the entry and the key."""


@dataclass(frozen=True)
class Spelling:
    """One [[spelling]] entry: what some texting words stand for, and where."""

    words: tuple[str, ...]
    to: str
    before: re.Pattern[str] | None
    not_before: re.Pattern[str] | None
    after: re.Pattern[str] | None  # searched in the text before the word, anchored at its end
    not_after: re.Pattern[str] | None
    clause_start: bool
    examples: tuple[tuple[str, str], ...]
    keep: tuple[str, ...]

    def applies(self, low: str, start: int, end: int) -> bool:
        """True when the word at `start:end` of `low` is read as `to` here."""
        if self.before is not None and self.before.match(low, end) is None:
            return False
        if self.not_before is not None and self.not_before.match(low, end) is not None:
            return False
        if self.after is not None or self.not_after is not None:
            window = low[max(0, start - LOOK_BACK_CHARS) : start]
            if self.after is not None and self.after.search(window) is None:
                return False
            if self.not_after is not None and self.not_after.search(window) is not None:
                return False
        return not self.clause_start or _starts_clause(low, start)


def _starts_clause(low: str, pos: int) -> bool:
    """True when only spaces come between `pos` and the text start or a clause break."""
    at = pos - 1
    while at >= 0 and low[at] in " \t":
        at -= 1
    return at < 0 or low[at] in _CLAUSE_BREAKS


def _regex(entry: int, key: str, source: object, *, tail: bool) -> re.Pattern[str] | None:
    if source is None:
        return None
    if not isinstance(source, str):
        raise TextingFileError(f"{DATA_FILE.name}: spelling {entry}: {key} must be a string")
    try:
        return precompiled.compile(f"(?:{source})\\Z" if tail else source)
    except re.error as exc:
        raise TextingFileError(f"{DATA_FILE.name}: spelling {entry}: {key}: {exc}") from exc


def _pairs(entry: int, raw: object) -> tuple[tuple[str, str], ...]:
    if not isinstance(raw, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in raw
    ):
        raise TextingFileError(f"{DATA_FILE.name}: spelling {entry}: examples must be pairs")
    return tuple((p[0], p[1]) for p in raw)


def parse(text: str, path: Path = DATA_FILE) -> tuple[Spelling, ...]:
    """The entries of a texting spellings file (its text), checked."""
    try:
        data = tomlcache.loads(text, path)
    except ValueError as exc:  # tomllib.TOMLDecodeError (not imported unless parsing)
        raise TextingFileError(f"{DATA_FILE.name}: {exc}") from exc
    out: list[Spelling] = []
    for n, raw in enumerate(data.get("spelling", []), 1):
        unknown = set(raw) - ENTRY_KEYS
        if unknown:
            raise TextingFileError(f"{DATA_FILE.name}: spelling {n}: unknown key {sorted(unknown)}")
        words, to = raw.get("words"), raw.get("to")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise TextingFileError(f"{DATA_FILE.name}: spelling {n}: words must be a list")
        if not isinstance(to, str) or not to:
            raise TextingFileError(f"{DATA_FILE.name}: spelling {n}: to must be a string")
        if any(w != w.lower() for w in words):
            raise TextingFileError(f"{DATA_FILE.name}: spelling {n}: words must be lower case")
        keep = raw.get("keep", [])
        if not isinstance(keep, list) or not all(isinstance(k, str) for k in keep):
            raise TextingFileError(f"{DATA_FILE.name}: spelling {n}: keep must be a list")
        out.append(
            Spelling(
                words=tuple(words),
                to=to,
                before=_regex(n, "before", raw.get("before"), tail=False),
                not_before=_regex(n, "not_before", raw.get("not_before"), tail=False),
                after=_regex(n, "after", raw.get("after"), tail=True),
                not_after=_regex(n, "not_after", raw.get("not_after"), tail=True),
                clause_start=bool(raw.get("clause_start", False)),
                examples=_pairs(n, raw.get("examples", [])),
                keep=tuple(keep),
            )
        )
    return tuple(out)


class _Table:
    """The spellings by word (as `str` and, for the ASCII gate, as `bytes`)."""

    def __init__(self, entries: tuple[Spelling, ...]) -> None:
        self.entries = entries
        self.by_word: dict[str, list[Spelling]] = {}
        for entry in entries:
            for word in entry.words:
                if _TOKEN.fullmatch(word) is None:
                    raise TextingFileError(
                        f"{DATA_FILE.name}: {word!r} is not one word of letters, digits and '/'"
                    )
                self.by_word.setdefault(word, []).append(entry)
        self.words = frozenset(self.by_word)


# A word as the spellings name one: letters and digits, with a "/" ("w/o", "b/c").
_TOKEN = re.compile(r"[a-z0-9]+(?:/[a-z0-9]*)?")
# `_TOKEN`'s characters stay, every other byte is a space (so "don't" is "don t": no word).
_KEEP = bytes(c if c < 128 and (chr(c).isalnum() or chr(c) == "/") else 32 for c in range(256))
_GLUED = frozenset("'-/_")  # a word right after one of these is part of another word


@cache
def table() -> _Table:
    """The spellings, read from DATA_FILE when a text first holds a texting word."""
    return _Table(parse(DATA_FILE.read_text(encoding="utf-8")))


# The `words = [...]` lines of DATA_FILE: read without parsing the TOML (~10 ms at cold start,
# paid only when a text holds one of the words; a test checks both read the same words).
_WORDS_LINE = re.compile(r"^words\s*=\s*\[([^\]\n]*)\]", re.MULTILINE)
_QUOTED_WORD = re.compile(r'"([^"]*)"')


@cache
def gate_words() -> tuple[frozenset[str], frozenset[bytes]]:
    """Every texting word of DATA_FILE (as `str`, and as `bytes` for ASCII text)."""
    text = DATA_FILE.read_text(encoding="utf-8")
    words = frozenset(
        w for line in _WORDS_LINE.finditer(text) for w in _QUOTED_WORD.findall(line.group(1))
    )
    return words, frozenset(w.encode() for w in words)


def may_hold(low: str) -> bool:
    """False when no word of `low` is a texting word (the common case, ~2.5 µs)."""
    words, ascii_words = gate_words()
    if low.isascii():
        return not ascii_words.isdisjoint(low.encode().translate(_KEEP).split())
    return not words.isdisjoint(_TOKEN.findall(low))


@dataclass(frozen=True)
class Normalised:
    """A text as read with its texting spellings written out, and how places map back.

    `edits` holds (start, end) in `text` and (start, end) in the original for each word
    written out, in order.
    """

    text: str
    edits: tuple[tuple[int, int, int, int], ...]

    def _starts(self) -> list[int]:
        return [e[0] for e in self.edits]

    def start(self, pos: int) -> int:
        """Where a span starting at `pos` of `text` starts in the original."""
        i = bisect_right(self._starts(), pos) - 1
        if i < 0:
            return pos
        _, ne, os_, oe = self.edits[i]
        return os_ if pos < ne else pos - ne + oe

    def end(self, pos: int) -> int:
        """Where a span ending at `pos` of `text` ends in the original."""
        i = bisect_left(self._starts(), pos) - 1
        if i < 0:
            return pos
        _, ne, _, oe = self.edits[i]
        return oe if pos <= ne else pos - ne + oe


def _present(low: str) -> frozenset[str]:
    """The texting words among `low`'s words, as `may_hold` reads them (empty: none)."""
    words, ascii_words = gate_words()
    if low.isascii():
        found = ascii_words.intersection(low.encode().translate(_KEEP).split())
        return frozenset(w.decode() for w in found) if found else frozenset()
    return words.intersection(_TOKEN.findall(low))


def _candidates(low: str, present: frozenset[str]) -> list[tuple[int, int, str]]:
    """Each word of `low` (a `_TOKEN` match) that is one of the texting words `present` and
    not inside another word on its left: (start, end, word), in order.

    The words `normalise` would read, found with `str.find` instead of matching every word
    of the text: a place where a present word starts after a character that is neither a
    letter, a digit nor one of `_GLUED` (or at the start) is where a `_TOKEN` match starts,
    since no match holds such a character; the match there must be the word itself.
    """
    out: list[tuple[int, int, str]] = []
    match = _TOKEN.match
    for word in present:
        size = len(word)
        i = low.find(word)
        while i >= 0:
            if i == 0 or not (low[i - 1].isalnum() or low[i - 1] in _GLUED):
                m = match(low, i)
                if m is not None and m.end() == i + size:
                    out.append((i, i + size, word))
            i = low.find(word, i + 1)
    if len(out) > 1:
        out.sort()
    return out


def normalise(low: str) -> Normalised | None:
    """`low` (lower-cased) with its texting spellings written out; None when it has none."""
    present = _present(low)
    if not present:
        return None  # the common case
    t = table()
    if low.isascii() and low.count("/") > 1:
        # a run of letters, digits and slashes with two slashes ("u/s/x") may hold a `_TOKEN`
        # word ("u/s") that `_present` does not see: every word of the text is read
        found = [
            (m.start(), m.end(), m.group())
            for m in _TOKEN.finditer(low)
            if m.group() in t.by_word
            and not (m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] in _GLUED))
        ]
    else:
        found = _candidates(low, present)
    parts: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    at = 0  # in `low`
    length = 0  # of what `parts` holds
    for start, end, word in found:
        spellings = t.by_word.get(word)
        if spellings is None:
            continue
        if end < len(low) and (low[end].isalnum() or low[end] == "-"):
            continue  # "u-turn"
        for entry in spellings:
            if entry.applies(low, start, end):
                break
        else:
            continue
        parts.append(low[at:start])
        length += start - at
        parts.append(entry.to)
        edits.append((length, length + len(entry.to), start, end))
        length += len(entry.to)
        at = end
    if not edits:
        return None
    parts.append(low[at:])
    return Normalised("".join(parts), tuple(edits))


def casual(text: str) -> bool:
    """True when `text` holds a texting spelling ("u", "ur", "dont", "im", ...)."""
    return normalise(text.lower()) is not None
