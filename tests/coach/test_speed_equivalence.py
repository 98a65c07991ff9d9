"""The analyser's shortcuts find exactly what the plain way finds (no timing here: bench/).

Each shortcut is checked against the plain computation it stands for, on the texts the rules
and the lexicon carry as examples, plus cases built to reach the shortcut's edges.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from alongside.coach.rules import rules
from alongside.safety.lexicon import lexicon
from alongside.safety.model import CLAUSE_BREAK, SENTENCE, may_break, model

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from build_gates import Formula, requirement

EDGES = [
    "he is kind - but - not always",
    "a -b c- d -- e",
    "but",
    "BUT no",
    "rebut that, although",
    'though: (yes) "no"',
    "whereas however except",
    "butter and nuts",
    "it's fine\u2014really",
    "so\u2013so",
    "a\tb",
]


def example_texts() -> list[str]:
    texts = list(EDGES)
    for rule in rules():
        texts += [*rule.positive, *rule.negative]
    for kind in lexicon().kinds:
        texts += [*kind.positive, *kind.negative]
    return texts


def test_may_break_is_false_only_where_no_clause_break_is() -> None:
    checked = 0
    for text in example_texts():
        for sentence in SENTENCE.finditer(text.lower()):
            part = sentence.group()
            if part.isascii() and not may_break(part):
                assert CLAUSE_BREAK.search(part) is None, part
                checked += 1
    assert checked > 100  # the shortcut was taken often enough to mean something


@pytest.mark.parametrize(
    "text",
    [
        "He's kind, but\u2026 I hid the knives; anyway \u2014 it's fine: really. But he said so",
        "He told me he'd kill me if I left, and I believe him",
        "I hid the knives. He is kind, but he scares me. Anyway.",
        "STRA\u00dfE, he hit me",
    ],
)
def test_whole_number_sums_read_what_the_units_read(text: str) -> None:
    learned = model()
    found = [(f.start, f.end, f.kinds, f.why) for f in learned.read(text)]
    plain = [(f.start, f.end, f.kinds, f.why) for f in learned._read_units(text)]
    assert found == plain


def test_the_learned_layers_one_test_of_all_heads_drops_no_head_that_fires() -> None:
    """`fired` settles most sentences with one `&` (`_cuts`); the plain sums say the same."""
    from alongside.coach.learned import model as meaning_model
    from alongside.coach.learned import words_of as meaning_words

    learned = meaning_model()
    live = [h for h, t in enumerate(learned.thresholds) if t < 50]
    fired = 0
    for text in example_texts():
        words = meaning_words(text)
        sums = learned.scores(words)
        expected = [h for h in live if sums[h] >= learned.thresholds[h]]
        assert [h for h, _ in learned.fired(words)] == expected, text
        fired += bool(expected)
    assert fired > 50  # the heads fire often enough on the examples to mean something


MEANING_EDGES = [
    "ok?\n?? hi",
    "?? you",
    "a.? b",
    "why?? really?! no. ok... fine\n\nnext",
    "? ?",
    "hi. ?? there",
    "hi. ? there",
    "you're\nnot ok?",
    "x ? y",
    "it's ok?.. yes?",
    "\n\na. b\n",
    "don't you dare. not ~ now",
    "isn`t it, you're 'not' lazy?!",
    "",
    "   ",
]


def test_the_learned_layers_ascii_sentences_are_the_sentence_search() -> None:
    """`ascii_sentences` (no regex) finds the spans and words SENTENCE and `_lower_words` do."""
    from alongside.coach.learned import _sentences, ascii_sentences

    checked = 0
    for text in [*MEANING_EDGES, *example_texts()]:
        low = text.lower()
        if low.isascii():
            assert ascii_sentences(low) == list(_sentences(low)), text
            checked += 1
    assert checked > 1000


def _plain_has_edge(text: str) -> bool:
    """`edge.has_edge` as first written: the patterns as in the file, warmth read first, no
    needs tested."""
    import re

    from alongside.coach import edge

    low = text.lower()
    surface, assent, cue, alone, flat, warm = (
        re.compile(p)
        for p in (edge._SURFACE, edge._ASSENT, edge._CUE, edge._ALONE, edge._FLAT_FACE, edge._WARM)
    )
    if warm.search(low):
        return False
    if alone.search(low):
        return True
    praise = surface.search(low)
    if praise is not None:
        for m in cue.finditer(low):
            if m.start() >= praise.end() or m.end() <= praise.start():
                return True
    return bool(flat.search(low) and assent.search(low))


EDGE_TEXTS = [
    "Thanks for the help... not",
    "thanks, not",
    "Great, you came home for once x",
    "great. again.",
    "Lovely 🙃",
    "Lovely ❤ 🙃",
    "sure 👍",
    "sure 👍 love you",
    "Cool cool cool",
    "Wow, a whole hour. I'm so touched",
    "thanks a lot…",
    "thanks..",
    "Thank you so much for the flowers, they made my day",
    "Nice for some",
    "yeah right, thanks",
    "what an honour",
    "not that you care, thanks",
    "Enjoy your night out, xx",
    "Thanks for nothing",
]


def test_has_edge_reads_what_the_plain_patterns_read() -> None:
    from alongside.coach.edge import has_edge

    texts = [*EDGE_TEXTS, *example_texts()]
    texts += [t.upper() for t in texts]
    found = 0
    for text in texts:
        assert has_edge(text) == _plain_has_edge(text), text
        found += has_edge(text)
    assert found > 50  # both answers were given, often


def _implies(formula: Formula, needs: tuple[str, ...]) -> bool:
    """Whether a text that `formula` (tools/build_gates.py `requirement`) is true of holds
    one of `needs` as written."""
    if isinstance(formula, str):
        return any(n in formula for n in needs)
    op, parts = formula
    return (any if op == "all" else all)(_implies(p, needs) for p in parts)


# alternatives the reader cannot read (sets of emoji, end of text), checked here by hand
READ_BY_HAND = {
    "(?:\\.{2,}|…)\\s*$": ("..", "…"),
    "[🙃🙄😒😑]": ("🙃", "🙄", "😒", "😑"),
}


@pytest.mark.parametrize("name", ["_CUE", "_ALONE"])
def test_every_alternative_holds_one_of_its_needs(name: str) -> None:
    from alongside.coach import edge

    needs = edge.CUE_NEEDS if name == "_CUE" else edge.ALONE_NEEDS
    parts = edge.alternatives(getattr(edge, name))
    assert parts is not None and len(parts) > 10
    for part in parts:
        if part in READ_BY_HAND:
            assert set(READ_BY_HAND[part]) <= set(needs), part
        else:
            assert _implies(requirement(part), needs), part


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\ba|\bb|c|\bd", r"\b(?:a|b)|c|\b(?:d)"),
        (r"(?:\ba|\bb)", r"(?:\b(?:a|b))"),
        (r"(?:\ba)|(?:\bb)", r"(?:\ba)|(?:\bb)"),
        (r"(?:a)(?:\bb|\bc)", r"(?:a)(?:\bb|\bc)"),
        (r"[|]\ba|\b[(]", r"[|]\ba|\b(?:[(])"),
        (r"\ba\|b", r"\ba\|b"),
    ],
)
def test_one_boundary_keeps_the_alternatives_in_order(pattern: str, expected: str) -> None:
    from alongside.coach.edge import one_boundary

    assert one_boundary(pattern) == expected
