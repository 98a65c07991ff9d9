"""A regular expression matching any of many word sequences, factored as a prefix trie.

Python's regex engine tries the alternatives of `a|b|c` one by one; factoring shared prefixes
(`ab(?:c|d)`) makes a 200-word list cost a few character tests instead of 200 comparisons.
Used by the coach's lexicons and the safety screen's anchor scan.
"""

from __future__ import annotations

import re
from typing import Any


def trie_regex(entries: list[list[str]]) -> str:
    """A regex matching any entry (a list of words, joined by whitespace), as a prefix trie.

    Python's regex engine tries alternatives one by one; factoring shared prefixes makes a
    200-word lexicon cost a few character tests instead of 200 string comparisons.
    """
    trie: dict[str, Any] = {}
    for words in entries:
        node = trie
        for ch in "\x00".join(words):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_to_regex(trie)


def _trie_to_regex(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [
        (r"\s+" if ch == "\x00" else re.escape(ch)) + _trie_to_regex(child)
        for ch, child in sorted(node.items())
        if ch
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body
