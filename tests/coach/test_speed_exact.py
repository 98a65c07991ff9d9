"""Shortcuts taken for speed (issue 15) give the answers of the plain definitions they replace.

`_Index.pair` looks two-word keys up by what follows the word instead of building each key
string; `compose.hedges` composes the whole gentler message only when the idea without it
would be a general one. Both are checked against the definitions on the rules' examples.
"""

from __future__ import annotations

import importlib
import itertools

from alongside.coach.compose import _MAY_STING_OPENS, _OWN_WORD_TIPS, hedges, tip
from alongside.coach.rules import KEY_CHARS, WORD, rules

analyse_module = importlib.import_module("alongside.coach.analyse")


def pair_by_keys(index: object, word: str, after: str) -> tuple[int, ...]:
    """The patterns keyed by `word`'s keys or by a two-word key "word after " / "word af"."""
    keys = index._word_keys(word)  # type: ignore[attr-defined]
    keys.append(f"{word} {after} ")
    keys.extend(f"{word} {after[:n]}" for n in range(1, min(len(after), KEY_CHARS) + 1))
    return index._ids_for(keys)  # type: ignore[attr-defined,no-any-return]


def examples() -> list[str]:
    return [t for rule in rules() for t in (*rule.positive, *rule.negative)]


def test_a_word_and_the_next_start_the_patterns_their_keys_name() -> None:
    indexes = analyse_module._indexes()
    for index in (indexes.words, indexes.clauses):
        checked = 0
        for text in examples():
            words = [m.group() for m in WORD.finditer(text.lower())]
            for word, after in itertools.pairwise(words):
                if word in index.firsts:
                    assert index.pair(word, after) == pair_by_keys(index, word, after)
                    checked += 1
        # and every two-word key's own second word, and its first letters
        for key in index.by_key:
            if " " in key[:-1]:
                word, rest = key.split(" ", 1)
                for after in (rest.strip(), rest.strip() + "x", rest[:1]):
                    if after.isalpha():
                        assert index.pair(word, after) == pair_by_keys(index, word, after)
                        checked += 1
        assert checked > 1000


def test_hedges_is_tip_giving_a_general_idea() -> None:
    from alongside.coach.analyse import find_patterns, pushing_in

    seen = {True: 0, False: 0}
    for text in examples()[::3]:
        findings = find_patterns(text)
        said = tip(findings, text, pushing_in)
        general = (
            said is not None
            and said not in _OWN_WORD_TIPS
            and not said.startswith(_MAY_STING_OPENS)
        )
        assert hedges(findings, text, pushing_in) is general, text
        seen[general] += 1
    assert min(seen.values()) > 50
