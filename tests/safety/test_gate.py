"""The word gate never skips a pattern that could match, and its shipped anchors are not stale."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.safety.gate import Gate, build_gate, gate_path, shipped_gate
from alongside.safety.screen import expand, lexicon, screen_with

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from build_gates import (
    REGENERATE,
    Formula,
    anchors_of,
    conjunctions,
    gate_for,
    gate_text,
    implies,
    requirement,
)

LEX = lexicon()
PATTERNS = [(k, i, p) for k, rule in enumerate(LEX.kinds) for i, p in enumerate(rule.patterns)]
COMPILED = [(k, i, re.compile(rf"\b(?:(?:{p})(?!\w))")) for k, i, p in PATTERNS]
EXAMPLES = [t for rule in LEX.kinds for t in (*rule.positive, *rule.negative)]
EXAMPLES += [*LEX.everyday_negative, *LEX.disclosures]


def _missed(gate: Gate, text: str) -> list[str]:
    """The patterns that match `text` (lower-cased, as the screen runs them) yet were skipped."""
    lowered = text.lower()
    passing = gate.passing(lowered)
    return [
        PATTERNS[n][2]
        for n, (k, i, regex) in enumerate(COMPILED)
        if regex.search(lowered) and i not in passing.get(k, ())
    ]


def test_shipped_anchors_equal_what_the_reader_computes() -> None:
    shipped = gate_path().read_text(encoding="utf-8")
    assert shipped == gate_text(), f"{gate_path().name} is stale: {REGENERATE}"


def test_a_pattern_missing_from_the_file_is_searched_in_every_text() -> None:
    """The run-time fallback: a pattern edited since `make gates` is never skipped."""
    anchors, scan = shipped_gate()
    new = "gr[ao]bbed me by the (?:throat|neck) again"
    assert new not in anchors
    gate = build_gate([[new, *LEX.kinds[0].patterns]], (anchors, scan))
    assert gate.passing("nothing dangerous here")[0] == (0,)
    stale = {p: a for p, a in anchors.items() if p != LEX.kinds[0].patterns[0]}
    gate = build_gate([rule.patterns for rule in LEX.kinds], (stale, scan))
    assert (0, 0) in gate.always
    for text in EXAMPLES:
        assert _missed(gate, text) == []


def test_every_pattern_has_anchors_so_none_runs_on_every_text() -> None:
    assert all(shipped_gate()[0][p] for _, _, p in PATTERNS)
    assert not LEX.gate.always


@pytest.mark.parametrize("text", EXAMPLES)
def test_no_pattern_matching_an_example_is_skipped(text: str) -> None:
    assert _missed(LEX.gate, text) == []


def _pieces() -> list[str]:
    """Words and phrases of the lexicon: its examples' words and the patterns' literal runs."""
    words = {w for t in EXAMPLES for w in re.findall(r"[\w'\u2019-]+", t)}
    for _, _, p in PATTERNS:
        words |= set(re.findall(r"[a-z']{2,}", p.replace("\\s+", " ")))
    return sorted(words)


PIECES = _pieces()
GLUE = [" ", "  ", "\n", "\t", ", ", ". ", "-", "'", "\u2019", "", " — ", "!\n"]


def _shout(text: str, how: int) -> str:
    return [text, text.upper(), text.title(), text.replace("'", "\u2019")][how]


@given(
    st.lists(
        st.one_of(
            st.sampled_from(PIECES),
            st.sampled_from(EXAMPLES),
            st.text(max_size=6),
            st.sampled_from(["911", "3", "x", "é", "İ", "ß", "don't", "wont", "self-harm"]),
        ),
        min_size=1,
        max_size=14,
    ),
    st.lists(st.sampled_from(GLUE), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=3),
)
@settings(max_examples=400, deadline=None)
def test_no_pattern_matching_a_mixture_of_lexicon_pieces_is_skipped(
    parts: list[str], glue: list[str], how: int
) -> None:
    text = "".join(p + glue[n % len(glue)] for n, p in enumerate(parts))
    text = _shout(text, how)
    assert _missed(LEX.gate, text) == []
    assert screen_with(text, gated=True) == screen_with(text, gated=False)


# A pattern and a text it matches (after lower-casing): the gate of that pattern alone must
# pass the text. Each case is something the regex allows that a set of words might not see.
EDGES = [
    ("don't want", "i dont want"),
    ("don't want", "i don\u2019t want"),
    ("don't want", "i don't\n\nwant"),
    ("kill myself", "kill\tmyself"),
    ("self[- ]?harm\\w*", "self-harming"),
    ("self[- ]?harm\\w*", "selfharm"),
    ("(?:call|ring) (?:the )?(?:police|911)", "call 911"),
    ("strangl\\w*", "strangled"),
    ("car", "the car."),
    ("my (?:\\w+ )?%NOUN% hit me", "my ex-husband hit me"),
    ("my (?:\\w+ )?%NOUN% hit me", "my lovely fiancée hit me"),
    ("push(?:ed|es)? me(?=\\s*(?:[.!;]|$|and (?:i|then)))", "pushed me!"),
    ("push(?:ed|es)? me(?=\\s*(?:[.!;]|$|and (?:i|then)))", "pushes me"),
    ("(?:threat|thret)(?:en|n)(?:ed|d)", "threatnd"),
    ("i'm (?:being )?abused", "im being abused"),
    ("i'm (?:being )?abused", "i\u2019m abused"),
    ("(?:\\S+ ){0,2}?at me", "threw it at me"),
    ("beat(?:s|en)? (?:me|us)(?! at)", "beaten us"),
    ("take (?:my|his) (?:own )?life", "take his own life"),
    ("cut(?:s|ting)?,? ", "cutting, "),
]


@pytest.mark.parametrize(("notation", "text"), EDGES)
def test_a_pattern_alone_passes_a_text_it_matches(notation: str, text: str) -> None:
    pattern = expand(notation, {"NOUN": "(?:husband|ex|fianc[eé]e?|(?:ex[- ]?)?husband)"})
    assert re.search(rf"\b(?:(?:{pattern})(?!\w))", text), "the case itself is wrong"
    gate = gate_for([[pattern]])
    assert gate.passing(text) == {0: (0,)}
    assert anchors_of(pattern)


def test_a_pattern_the_reader_cannot_read_needs_nothing() -> None:
    assert requirement("(?i:hit) me") == ("all", ())
    gate = gate_for([["(?i:hit) me"]])
    assert gate.passing("nothing here") == {0: (0,)}


@pytest.mark.parametrize(
    ("notation", "text"),
    [("strangl\\w*", "he is strange"), ("kill myself", "kill my self"), ("black eye", "eye black")],
)
def test_text_without_the_anchors_is_not_searched(notation: str, text: str) -> None:
    gate = gate_for([[expand(notation, {})]])
    assert gate.passing(text) == {}


def _holds(formula: Formula, lowered: str) -> bool:
    """Does `formula` hold of `lowered`? Each atom checked with a regex of its own meaning."""
    if isinstance(formula, str):
        words = formula.rstrip("$").split(" ")
        tail = r"(?!\w)" if formula.endswith("$") else ""
        atom = r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + tail
        return re.search(atom, lowered) is not None
    op, parts = formula
    found = (_holds(p, lowered) for p in parts)
    return all(found) if op == "all" else any(found)


@pytest.mark.parametrize(("k", "i", "pattern"), PATTERNS)
def test_what_a_pattern_needs_holds_of_every_example_it_matches(
    k: int, i: int, pattern: str
) -> None:
    formula = requirement(pattern)
    assert formula != ("all", ()), "the reader learnt nothing from this pattern"
    regex = COMPILED[PATTERNS.index((k, i, pattern))][2]
    for text in EXAMPLES:
        lowered = text.lower()
        if regex.search(lowered):
            assert _holds(formula, lowered), text


@pytest.mark.parametrize(("k", "i", "pattern"), PATTERNS)
def test_the_shipped_anchors_cover_every_conjunction(k: int, i: int, pattern: str) -> None:
    anchors = shipped_gate()[0][pattern]
    for conj in conjunctions(requirement(pattern)):
        assert any(implies(atom, a) for atom in conj for a in anchors), conj


@pytest.mark.parametrize(
    ("atom", "other", "expected"),
    [
        ("pushed me against$", "me$", True),
        ("pushed me against$", "push", True),
        ("pushed me against$", "me against$", True),
        ("pushed me against$", "pushed me$", True),
        ("pushed me", "me$", False),  # "pushed meant" has no word me
        ("pushed me", "pushed me", True),
        ("strangled$", "strangl", True),
        ("strangl", "strangled$", False),
        ("me against$", "pushed me$", False),
        ("don t want$", "don t$", True),
    ],
)
def test_one_atom_implies_another_only_when_every_text_with_it_has_the_other(
    atom: str, other: str, expected: bool
) -> None:
    assert implies(atom, other) is expected
