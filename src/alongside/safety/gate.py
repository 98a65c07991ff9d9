"""The safety screen's word gate: which patterns a text may match, from one scan of its words.

Each lexicon pattern has anchors, atoms one of which every text it matches has: "strangl"
(some word starts with strangl), "abused$" (some word is abused), "feel safe$" (the word feel,
then only non-word characters, then the word safe). They are read off each regex at build
time (`make gates`: tools/build_gates.py, which says why that is exact) and shipped in
`data/gate.json` with the regex that scans for them all (a test says when it is stale).
`Gate.passing` finds the anchors present in one pass of the regex engine; a pattern none of
whose anchors is present cannot match, so the screen does not search it. A pattern missing
from the file (edited since `make gates`) has no anchors: it is searched in every text.
Words are the maximal runs of `\\w` in the lower-cased text the screen searches.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import islice
from pathlib import Path
from typing import TypeAlias

from alongside.lazyre import lazy
from alongside.wordtrie import trie_regex

WHOLE = "$"  # an atom ending in $ is a whole word ("me$"), not a word start
GATE_FILE = "gate.json"
WORDS = lazy(r"\w+")
PRESENT_CACHE = 4096  # anchor texts met, with the patterns they stand for
WARM_TEXTS = 8  # texts a process reads word by word before it compiles the scan regex
WARM_CHARS = 2_000  # longer texts always use the scan regex


@dataclass(frozen=True)
class Gate:
    """The patterns a text may match, from its words: one scan of the engine for most texts.

    Each pattern has anchors (chosen at build time, `make gates`): atoms one of which every text
    it matches has. `anchor_words` finds, after each non-word character, the longest anchor
    text starting there and the rest of its last word; every anchor starting there is a start
    of that one (the trie's branches start with different characters: one path per text).
    """

    by_anchor: Mapping[str, tuple[tuple[int, int], ...]]
    always: frozenset[tuple[int, int]]  # patterns without anchors: always searched
    anchor_words: re.Pattern[str]
    _present: dict[tuple[str, bool], frozenset[tuple[int, int]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _warm: list[int] = field(default_factory=lambda: [0], compare=False, repr=False)

    def passing(self, lowered: str) -> dict[int, tuple[int, ...]]:
        """For each kind, its patterns that `lowered` may match, in order (none: absent).

        The first few short texts of a process are read word by word (`words_present`), so
        that a single `alongside check` never compiles the scan regex (~15 ms); later texts
        use the regex, one pass of the engine. Both find the same patterns (a test says so).
        """
        warm = self._warm
        if warm[0] < WARM_TEXTS and len(lowered) <= WARM_CHARS:
            warm[0] += 1
            hits = self.words_present(lowered)
        else:
            found = self.anchor_words.findall(" " + lowered)
            if not found and not self.always:
                return {}  # the common case: one scan in C, no Python loop
            hits = self._scan_present(found)
        return _by_kind(hits)

    def _scan_present(self, found: list[tuple[str, str]]) -> set[tuple[int, int]]:
        hits = set(self.always)
        for text, tail in found:
            hits |= self.present(text, not tail)
        return hits

    def scan_present(self, lowered: str) -> set[tuple[int, int]]:
        """The patterns `passing` finds with the scan regex (for tests and tools)."""
        return self._scan_present(self.anchor_words.findall(" " + lowered))

    def words_present(self, lowered: str) -> set[tuple[int, int]]:
        """The patterns of the anchors present, found word by word without the scan regex.

        At each word, the anchors starting there: each first letters of the word, the whole
        word, and (while the words so far begin some phrase anchor) the same for the next
        word after them, as `present` reads them along the longest anchor text there.
        """
        by_anchor, phrases = self.by_anchor, self._phrase_starts
        hits = set(self.always)
        words = WORDS.findall(lowered)
        for i in range(len(words)):
            before = ""
            for word in islice(words, i, None):
                for n in range(1, len(word) + 1):
                    hits.update(by_anchor.get(before + word[:n], ()))
                hits.update(by_anchor.get(before + word + WHOLE, ()))
                before += word + " "
                if before not in phrases:
                    break
        return hits

    @cached_property
    def _phrase_starts(self) -> frozenset[str]:
        """Every run of whole first words of a phrase anchor, each with a space after."""
        starts: set[str] = set()
        for anchor in self.by_anchor:
            words = anchor.rstrip(WHOLE).split(" ")
            for k in range(1, len(words)):
                starts.add(" ".join(words[:k]) + " ")
        return frozenset(starts)

    def present(self, text: str, ends: bool) -> frozenset[tuple[int, int]]:
        """The patterns of the anchors that start where `text` was found.

        `text` is the longest anchor text found there (words with non-word characters
        between), `ends` says whether its last word ends there too.
        """
        key = (text, ends)
        found = self._present.get(key)
        if found is None:
            if len(self._present) >= PRESENT_CACHE:
                self._present.clear()
            found = self._present[key] = self._anchored(WORDS.findall(text), ends)
        return found

    def _anchored(self, words: list[str], ends: bool) -> frozenset[tuple[int, int]]:
        patterns: set[tuple[int, int]] = set()
        for k, word in enumerate(words):
            before = " ".join(words[:k]) + " " if k else ""
            for n in range(1, len(word) + 1):
                patterns.update(self.by_anchor.get(before + word[:n], ()))
            if k < len(words) - 1 or ends:
                patterns.update(self.by_anchor.get(before + word + WHOLE, ()))
        return frozenset(patterns)


def _by_kind(hits: set[tuple[int, int]]) -> dict[int, tuple[int, ...]]:
    passing: dict[int, list[int]] = {}
    for kind, index in sorted(hits):
        passing.setdefault(kind, []).append(index)
    return {k: tuple(v) for k, v in passing.items()}


Shipped: TypeAlias = tuple[Mapping[str, Sequence[str]], str]  # pattern -> anchors, scan regex


def build_gate(patterns: Sequence[Sequence[str]], shipped: Shipped | None = None) -> Gate:
    """The gate of each kind's patterns, from GATE_FILE (or `shipped`, as the file holds it).

    A pattern missing from the file (new or edited since `make gates`) gets no anchors, so it
    is searched in every text: the same hits, only slower.
    """
    anchors_by_pattern, scan = shipped_gate() if shipped is None else shipped
    by_anchor: dict[str, list[tuple[int, int]]] = {}
    always: set[tuple[int, int]] = set()
    for k, kind_patterns in enumerate(patterns):
        for i, pattern in enumerate(kind_patterns):
            anchors = anchors_by_pattern.get(pattern, ())
            if not anchors:
                always.add((k, i))
            for anchor in anchors:
                by_anchor.setdefault(anchor, []).append((k, i))
    return Gate(
        by_anchor={a: tuple(v) for a, v in by_anchor.items()},
        always=frozenset(always),
        anchor_words=lazy(scan or scan_regex(by_anchor)),
    )


def scan_regex(anchors: Iterable[str]) -> str:
    """The regex finding, after a non-word character, the longest anchor text starting there.

    A trie of the anchors' letters (building it costs ~5 ms: GATE_FILE ships it); the trie's
    word separator \\s+ becomes \\W+, since a phrase's words have non-word characters between.
    Starting on a non-word character (the text gets a leading space) lets the engine skip
    straight to where words start.
    """
    texts = sorted({a.rstrip(WHOLE) for a in anchors})
    trie = trie_regex([t.split(" ") for t in texts]).replace(r"\s+", r"\W+")
    return r"[^\w](?=(" + trie + r")(\w*))"


@cache
def shipped_gate() -> tuple[dict[str, tuple[str, ...]], str]:
    """GATE_FILE read: each pattern's anchors and the scan regex of them all (a missing or
    unreadable file only costs the work it saves)."""
    try:
        raw = json.loads(gate_path().read_text(encoding="utf-8"))
        anchors = {str(p): tuple(str(a) for a in v) for p, v in raw["anchors"].items()}
        return anchors, str(raw["scan"])
    except (OSError, ValueError, TypeError, AttributeError, KeyError):
        return {}, ""


def gate_path() -> Path:
    return Path(__file__).with_name("data") / GATE_FILE
