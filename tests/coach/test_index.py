"""The word index only ever skips a pattern that cannot match where it is skipped.

`_candidates` tries a word pattern only at words whose keys it has, and a clause pattern only
at clause starts whose first words carry its keys. The reference below tries every word
pattern at every word and every clause pattern at every clause start: both must find the same.
"""

from __future__ import annotations

import importlib

from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.coach.rewrite import sentence_bounds
from alongside.coach.rules import WORD, rules

analyse_module = importlib.import_module("alongside.coach.analyse")


def reference(low: str) -> list[tuple[int, int, int, str, int]]:
    hits = []
    starts = [0, *(m.end() for m in analyse_module._CLAUSE_START.finditer(low))]
    for order, rule, pattern in analyse_module._entries():
        if pattern.mode == "word":
            places = [m.start() for m in WORD.finditer(low)]
        elif pattern.mode == "clause":
            places = starts
        else:
            places = list(range(len(low) + 1))
        for pos in places:
            m = pattern.regex.match(low, pos)
            if m is not None:
                hits.append((order, *pattern.span(m), rule.name, pattern.index))
    return sorted(set(hits))


def indexed(low: str) -> list[tuple[int, int, int, str, int]]:
    found = analyse_module._candidates(low)
    return sorted({(order, s, e, rule.name, i) for order, s, e, rule, i in found})


EXAMPLES = [text for rule in rules() for text in (*rule.positive, *rule.negative)]


def test_the_index_finds_what_trying_everywhere_finds_on_every_example() -> None:
    checked = 0
    for text in EXAMPLES:
        for variant in (text, f"Well, {text}", f"{text} and {text}", text.replace(" ", "\n")):
            low = analyse_module.lower_same_length(variant)
            assert indexed(low) == reference(low), variant
            checked += 1
    assert checked > 1000


WORDS = sorted({w for text in EXAMPLES for w in WORD.findall(text.lower())})
GLUE = [" ", "  ", ", ", ". ", "\n", "? ", "'", " - ", "...", " (", ") ", '"', ":"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(GLUE)), max_size=30))
def test_the_index_finds_what_trying_everywhere_finds_on_word_salad(
    parts: list[tuple[str, str]],
) -> None:
    low = "".join(word + glue for word, glue in parts)
    assert indexed(low) == reference(low)


CLAUSE_GLUE = [" ", "\n", " \n ", "\t", "\u00a0", "\u2003", ",", ". ", "(", '"', "—", "…", "-"]
CLAUSE_GLUE += ["'", "x", "", "1"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["you", "a", "so"]), st.sampled_from(CLAUSE_GLUE))))
def test_a_word_starts_a_clause_exactly_where_a_clause_break_ends(
    parts: list[tuple[str, str]],
) -> None:
    """`_starts_clause` walks back from one word; it agrees with every _CLAUSE_START end."""
    low = "".join(glue + word for word, glue in parts)
    ends = {0, *(m.end() for m in analyse_module._CLAUSE_START.finditer(low))}
    for m in WORD.finditer(low):
        assert analyse_module._starts_clause(low, m.start()) == (m.start() in ends), low


SENTENCE_GLUE = [" ", ".", "!", "?", "\n", "x" * 150, "y" * 450, "..", ""]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_GLUE), max_size=12), st.data())
def test_the_sentence_around_a_finding_is_what_rewrite_finds(
    parts: list[str], data: st.DataObject
) -> None:
    """`_sentence_around` is `rewrite.sentence_bounds` with its loops written out."""
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    expected = sentence_bounds(text, start, end)
    assert analyse_module._sentence_around(text, start, end) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SENTENCE_GLUE), max_size=12), st.data())
def test_the_sentence_from_the_ends_found_once_is_the_sentence_around(
    parts: list[str], data: st.DataObject
) -> None:
    """`_sentence_in` (the text's sentence ends found once, then bisected) is
    `_sentence_around` (four searches each way), at any place and on long sentences too."""
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    ends = analyse_module._ends(text)
    found = analyse_module._sentence_in(ends, len(text), start, end)
    assert found == analyse_module._sentence_around(text, start, end)
