"""Texting spellings are read as standard English, and every span maps back (issues 11, 12).

Every example and `keep` text in `coach/data/texting.toml` is a test case here.
"""

from __future__ import annotations

import pytest

from alongside.coach.texting import (
    DATA_FILE,
    TextingFileError,
    casual,
    gate_words,
    normalise,
    parse,
    table,
)


def _read(text: str) -> str:
    found = normalise(text.lower())
    return text.lower() if found is None else found.text


def _examples() -> list[tuple[str, str]]:
    return [pair for entry in table().entries for pair in entry.examples]


def _keeps() -> list[tuple[tuple[str, ...], str]]:
    return [(entry.words, k) for entry in table().entries for k in entry.keep]


@pytest.mark.parametrize(("typed", "read"), _examples(), ids=[p[0] for p in _examples()])
def test_each_example_reads_as_written_out(typed: str, read: str) -> None:
    assert _read(typed) == read


@pytest.mark.parametrize(("words", "text"), _keeps(), ids=[k for _, k in _keeps()])
def test_each_real_word_is_kept(words: tuple[str, ...], text: str) -> None:
    """The entry's words in a `keep` text stay as typed (other words may be written out)."""
    low = text.lower()
    found = normalise(low)
    changed = [] if found is None else [low[e[2] : e[3]] for e in found.edits]
    assert not set(changed) & set(words), _read(text)


def test_standard_spelling_is_left_alone() -> None:
    for text in (
        "I'm sorry I shouted last night, that was unfair of me.",
        "We were going to the cinema, but it's raining, so we'll stay in.",
        "Well, I'll cook and you can choose the film.",
        "The cat hurt its paw and I feel ill.",
        "What the hell happened to the shell you found?",
    ):
        assert normalise(text.lower()) is None, _read(text)


def test_spans_map_back_to_the_words_typed() -> None:
    typed = "Babe I luv u but your honestly the laziest persn I've ever met."
    found = normalise(typed.lower())
    assert found is not None
    assert found.text == "babe i love you but you're honestly the laziest person i've ever met."
    for phrase, original in (
        ("love you", "luv u"),
        ("you're honestly the laziest person", "your honestly the laziest persn"),
        ("i've ever met", "I've ever met"),
        ("babe", "Babe"),
    ):
        s = found.text.index(phrase)
        e = s + len(phrase)
        assert typed[found.start(s) : found.end(e)] == original
    # a span that starts or ends inside a written-out word covers the whole word typed
    s = found.text.index("ou're")
    assert typed[found.start(s) : found.end(s + 2)] == "your"


def test_is_read_once_written_out() -> None:
    for typed, _ in _examples():
        once = _read(typed)
        assert _read(once) == once, typed


def test_casual_spots_texting_spelling_only() -> None:
    assert casual("Am I that disgusting to u")
    assert casual("Im not doing this")
    assert casual("thats not fair")
    assert not casual("I'm not doing this.")
    assert not casual("The dog hurt its paw.")


def test_a_malformed_file_is_named() -> None:
    with pytest.raises(TextingFileError, match="spelling 1: to"):
        parse('[[spelling]]\nwords = ["u"]\n')
    with pytest.raises(TextingFileError, match="unknown key"):
        parse('[[spelling]]\nwords = ["u"]\nto = "you"\nbefor = "x"\n')
    with pytest.raises(TextingFileError, match="spelling 1: before"):
        parse('[[spelling]]\nwords = ["u"]\nto = "you"\nbefore = "(("\n')
    assert DATA_FILE.exists()


def test_the_gate_reads_the_same_words_as_the_table() -> None:
    assert gate_words()[0] == table().words
