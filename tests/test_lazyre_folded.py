"""A folded pattern (`lazyre.folded`, issue 15) answers exactly as the pattern it stands for.

`Folded.found(text)` reads ASCII text lower-cased with a twin program (letters in lower case,
one boundary a run of alternatives, no IGNORECASE) and any other text with the pattern as it
is. Checked for every folded pattern the coach reads, on the rules' examples in four casings
and with the letters Unicode folds differently.
"""

from __future__ import annotations

import re

import pytest

import alongside.coach.compose
import alongside.coach.rewrite  # noqa: F401 - their folded patterns are made on import
from alongside import lazyre
from alongside.coach.rules import rules

# Letters a case-insensitive search matches though `str.lower` does not map them alike:
# the long s, the Kelvin sign, a dotted capital I, the sharp s.
_ODD = ("\u017f", "\u212a", "\u0130", "\u00df")

# Our own wordings for the patterns' upper-case letters and the shapes around them.
_OWN = [
    "I'm not angry, I'm just tired of asking.",
    "IM NOT MAD IM JUST DONE",
    "That's all I need to know.",
    "ok?",
    "fine, you know",
    "Thanks for NOTHING x",
    "I'd like you to call your mum back. I wish you would.",
    "Stop being so dramatic, it's FINE",
    "can u look at the links",
    "Happy now?",
]


def texts() -> list[str]:
    base = [*_OWN, *(t for r in rules() for t in (*r.positive, *r.negative))]
    out = []
    for text in base:
        out += [text, text.upper(), text.swapcase(), text.title()]
    for odd in _ODD:
        out += [t.replace("s", odd, 1).replace("k", odd, 1) for t in base[:300]]
    return out


def test_every_folded_pattern_answers_as_its_search() -> None:
    folded = list(lazyre.FOLDED)
    assert len(folded) > 30
    found = {True: 0, False: 0}
    for pattern in folded:
        plain = re.compile(*pattern.source)
        for text in texts()[:: 1 if pattern.source[0].count("|") < 40 else 2]:
            answer = pattern.found(text)
            assert answer == (plain.search(text) is not None), (pattern.source[0][:60], text)
            found[answer] += 1
    assert min(found.values()) > 1000


def test_letters_are_lowered_outside_escapes_and_each_run_has_one_boundary() -> None:
    pattern = lazyre.folded(r"\bI\s+\W[A-Z]+\U0001F600|x\B|\bWe\b", re.IGNORECASE)
    assert pattern.folded_source() == (
        r"\b(?:i\s+\W[a-z]+\U0001f600)|x\B|\b(?:we\b)",
        0,
    )  # (hex in either case)
    assert pattern.found("so I  !ZZ\U0001f600")
    assert not pattern.found("hi  !ZZ\U0001f600")


def test_text_unicode_folds_differently_reads_the_pattern_as_it_is() -> None:
    stop = lazyre.folded(r"\bstop\b", re.IGNORECASE)
    assert stop.found("\u017ftop it")  # the long s: as re.IGNORECASE reads it
    assert stop.found("STOP IT") and not stop.found("stopped")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bfoo(?-i:[a-z])", re.IGNORECASE),  # a part read with case
        (r"(?i)\bfoo", 0),
        (r"\bfoo", 0),  # not case-insensitive: nothing to fold
        ("\\bistanbul|\u0130stanbul", re.IGNORECASE),  # a cased letter beyond ASCII
        (r"\N{EM DASH}\s+you", re.IGNORECASE),
    ],
)
def test_a_pattern_folding_could_change_is_refused(
    pattern: str, flags: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazyre, "FOLDED", [])  # (not one of the coach's, checked above)
    with pytest.raises(ValueError):
        lazyre.folded(pattern, flags).found("the first use reads it")


def alternatives_by_letter(pattern: str) -> list[str] | None:
    """`lazyre.alternatives` as first written: letter by letter."""
    parts: list[str] = []
    cur: list[str] = []
    depth = 0
    j = 0
    in_set = False
    while j < len(pattern):
        c = pattern[j]
        if c == "\\":
            cur.append(pattern[j : j + 2])
            j += 2
            continue
        if in_set:
            in_set = c != "]"
        elif c == "[":
            in_set = True
            cur.append(c)
            j += 1
            for lead in "^]":
                if pattern[j : j + 1] == lead:
                    cur.append(lead)
                    j += 1
            continue
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth < 0:
                return None
        elif c == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            j += 1
            continue
        cur.append(c)
        j += 1
    parts.append("".join(cur))
    return parts


def test_alternatives_read_piece_by_piece_are_those_read_letter_by_letter() -> None:
    odd = [
        r"[|]\ba|\b[(]",
        r"a\|b|c",
        r"[]|]x|y",
        r"[^]|)]x|(y|z)",
        r"a)|b",
        "[\\]|]a|b\\",
        r"(?:a|b))|c",
        r"[a-z|",
        "",
    ]
    sources = [p for p, _ in lazyre.MADE] + [f.source[0] for f in lazyre.FOLDED] + odd
    sources += [p.source for r in rules() for p in r.patterns]
    assert len(sources) > 1000
    for pattern in sources:
        assert lazyre.alternatives(pattern) == alternatives_by_letter(pattern), pattern
