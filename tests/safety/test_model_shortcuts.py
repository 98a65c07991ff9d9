"""The learned layer's shortcuts read exactly what the plain way reads (timing is in bench/).

`Model.read` settles most ASCII texts in `_quiet` (one byte translation, no regex, no spans)
and finds sentences, clause breaks and words without regular expressions. Each shortcut is
checked against the computation it stands for on the lexicon's examples, the safety training
text and edge cases built to reach its limits.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from alongside import asciiwords
from alongside.coach.rules import rules
from alongside.safety.cues import quiet as quiet_phrases
from alongside.safety.lexicon import lexicon
from alongside.safety.model import (
    APOSTROPHES,
    CLAUSE_BREAK,
    SENTENCE,
    STAND_INS,
    WORD,
    _has_clause_word,
    _marks_apply,
    ascii_breaks,
    model,
    sentence_parts,
    words_of,
)

ROOT = Path(__file__).resolve().parents[2]

EDGES = [
    "he is kind - but - not always",
    "a -b c- d -- e",
    "but",
    "BUT no, but though",
    "rebut that, although",
    'though: (yes) "no"',
    "whereas however except",
    "butter and nuts, butbut",
    "I'm fine, but he's not. He said 'but' twice; but's and x'but and though'",
    "it's fine\u2014really",
    "so\u2013so",
    "a\tb\rc\x0bd\x1ce",
    "a''b, c``d, he`s",
    "snake_case but_not here",
    "...!!!???;;;\n\n",
    "Why?? Really?! No. OK... fine\n\nnext",
    "I'm scared of him. He hit me last night. I hid the knives. I'm scared to go home.",
    "He's never hit me, but he says nobody would find my body.",
    "We went out. It was nice. Then home. Then bed. Then he grabbed my neck, and I froze.",
    "I hid his car keys. I'm scared to go home. We had pasta. The dog barked. It rained.",
]


def _texts() -> list[str]:
    texts = list(EDGES)
    for kind in lexicon().kinds:
        texts += [*kind.positive, *kind.negative]
    for path in sorted((ROOT / "training" / "safety").glob("*.jsonl"))[:6]:
        for line in path.read_text(encoding="utf-8").splitlines()[:300]:
            if line.strip():
                texts.append(str(json.loads(line)["text"]))
    everyday = ROOT / "tests" / "safety" / "everyday_messages.txt"
    texts += [line for line in everyday.read_text(encoding="utf-8").splitlines() if line.strip()]
    for rule in rules():
        texts += [*rule.positive, *rule.negative]
    return texts


TEXTS = _texts()


def test_sentence_parts_are_the_sentence_search() -> None:
    for text in TEXTS:
        low = text.lower()
        expected = [(m.start(), m.group()) for m in SENTENCE.finditer(low)]
        assert sentence_parts(low, low.isascii()) == expected, text


def test_ascii_breaks_are_the_clause_break_search() -> None:
    checked = 0
    for text in TEXTS:
        for part in SENTENCE.findall(text.lower()):
            if part.isascii():
                assert ascii_breaks(part) == [m.span() for m in CLAUSE_BREAK.finditer(part)]
                checked += bool(ascii_breaks(part))
    assert checked > 100  # sentences with breaks were met often enough to mean something


def test_ascii_words_are_the_regex_words() -> None:
    for text in TEXTS:
        if text.isascii():
            assert asciiwords.words(text) == WORD.findall(APOSTROPHES.sub("", text)), text
    assert asciiwords.words("He's OK, isn`t he?") == ["Hes", "OK", "isnt", "he"]


def test_quiet_says_nothing_fires_exactly_where_the_plain_units_fire_nothing() -> None:
    learned = model()
    quiet = loud = 0
    for text in TEXTS:
        low = text.lower()
        breaking = _has_clause_word(low)
        if not (low.isascii() and len(low) == len(text) and _marks_apply(low, breaking)):
            continue
        plain = learned._read_units(text)
        if learned._quiet(low, breaking):
            assert plain == [], text
        elif not plain:  # it fires, and a quiet phrase (data/quiet.toml) is what silenced it
            assert quiet_phrases().pattern.search(" ".join(words_of(text))), text
        quiet += not plain
        loud += bool(plain)
    assert quiet > 500 and loud > 500  # both answers were given often enough


@pytest.mark.parametrize(
    "text",
    ["a''b but", "x'but so", "but's fine", "well-known", "snake_case", "it`s"],
)
def test_the_marks_are_not_used_where_they_would_read_other_words(text: str) -> None:
    low = text.lower()
    assert not _marks_apply(low, _has_clause_word(low))
    found = [(f.start, f.end, f.kinds) for f in model().read(text)]
    assert found == [(f.start, f.end, f.kinds) for f in model()._read_units(text)]


def test_read_matches_the_plain_units_on_every_text() -> None:
    learned = model()
    for text in TEXTS:
        got = [(f.start, f.end, f.kinds, f.why) for f in learned.read(text)]
        plain = [(f.start, f.end, f.kinds, f.why) for f in learned._read_units(text)]
        if re.search(r"['`]{2}", text):  # TOKEN and the trainer's words differ here
            continue
        assert got == plain, text


# Characters beyond ASCII that are not letters or digits: `read` settles a text holding them
# in `_quiet` through its ASCII stand-in (`asciiwords.stand_in`, STAND_INS).
BEYOND_ASCII = [
    "\u2019", "\u2018", "\u2026", "\u2013", "\u2014", "\U0001f600", "\u00a0", "\u201c",
    "\u2028", "\u0301", "\u2009", "\u00e9", "\u00bd", "\u017f",
]  # fmt: skip


def _with_marks(texts: list[str]) -> list[str]:
    """Each text with one to four characters beyond ASCII put in at places a seed picks."""
    rng = random.Random(20261206)
    out = []
    for text in texts:
        chars = list(text)
        for _ in range(rng.randint(1, 4)):
            chars.insert(rng.randint(0, len(chars)), rng.choice(BEYOND_ASCII))
        out.append("".join(chars))
    return out


MARKED = [
    *_with_marks(TEXTS[::3]),
    "I'm scared of him \U0001f622 He hit me\u2026 I hid the knives \u2014 really",
    "he\u2019s fine \u2013 but he\u2019s not, though\u2026 \U0001f600",
    "x\u2019but so \u201cno\u201d",
]


def test_the_ascii_stand_in_reads_as_the_text_does_in_quiet() -> None:
    learned = model()
    quiet = loud = 0
    missed: list[str] = []  # a shortcut not taken: the full read runs and answers the same
    for text in MARKED:
        low = text.lower()
        if len(low) != len(text) or low.isascii():
            continue
        plain = asciiwords.stand_in(low, STAND_INS)
        if plain is None:
            assert any(c.isalnum() and not c.isascii() for c in low), text
            continue
        breaking = _has_clause_word(plain)
        if _marks_apply(plain, breaking):
            units = learned._read_units(text)
            said_quiet = learned._quiet(plain, breaking)
            assert not (said_quiet and units), text  # never quiet where the text has a finding
            if not said_quiet and not units:
                missed.append(text)  # e.g. a no-break space beside a space: "pretend\xa0 to"
            quiet += not units
            loud += bool(units)
        found = [(f.start, f.end, f.kinds, f.why) for f in learned.read(text)]
        if not re.search(r"['`\u2019\u2018]{2}", text):
            assert found == [(f.start, f.end, f.kinds, f.why) for f in learned._read_units(text)]
    assert quiet > 300 and loud > 100  # both answers were given often enough
    assert len(missed) <= (quiet + loud) // 100, missed  # the shortcut is taken almost always
