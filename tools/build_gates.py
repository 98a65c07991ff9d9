"""`make gates`: read every coach and safety pattern's regex once, at build time, and write
the shortcuts the package ships (a test fails when they are stale: "run make gates").

    .venv/bin/python tools/build_gates.py           # write the three files
    .venv/bin/python tools/build_gates.py --check   # exit 1 and say which file is stale

Both readers walk the parse tree of CPython's private `re._parser`, which is why they run here
and never at run time (no `re._parser` import, and no ~2 s of reading, when Alongside starts).
At run time a pattern missing from a file (edited since the last `make gates`) is simply tried
everywhere: a coach pattern scans the whole text, a safety pattern is searched in every text.

1. The coach's word index (`src/alongside/coach/data/rules_keys.json`, pattern -> keys):
   `prefix_keys` reads each pattern's literal prefix, with its lexicons written out.
2. The safety screen's word gate (`src/alongside/safety/data/gate.json`, pattern -> anchors,
   and the regex that scans for them all): `requirement` reads what a pattern needs, and
   `conjunctions` / `choose_anchors` turn that into anchors.

## What a safety pattern needs (`requirement`)
Which words a safety pattern needs, read off its regex: the first step to `gate.py`'s anchors.

`requirement(pattern)` parses one pattern (as `screen._combine` wraps it) and returns a formula
over the words of the lower-cased text, true of every text the pattern can match. An atom is
"push" (some word starts with push), "me$" (some word is exactly me) or a phrase, "me against$"
(the word me, then only non-word characters, then the word against; "don t" stands for don't);
a word is a maximal run of `\\w` characters. Formulas are ("all", parts) and ("any", parts);
("all", ()) is true of any text.

Why it is exact (the formula is never false of a text the pattern matches):
- a run of literal word characters whose first one is read when the previous character is
  known not to be a word character (after `\\b`, whitespace, any other non-word character)
  starts a word, so that word starts with the run; when the next character is known not to
  be a word character (`(?!\\w)`, `\\b`, `$`, whitespace...) it is the whole word; words read
  one after another with only non-word characters between them (`\\s+`, an apostrophe, a
  hyphen) make a phrase;
- a sequence needs all of its parts, an alternation one of its branches, a repeat its body
  only when it must run at least once; anything else (a class that may hold word characters,
  `\\S`, a look-around, a construct not handled) needs nothing and only forgets what is known.
`gate_anchors` turns formulas into anchors.

## From requirements to anchors (`conjunctions`, `choose_anchors`)
From what a pattern needs (`gate_reader`) to its anchors, shipped in `data/gate.json`.

`conjunctions` rewrites a pattern's formula as "any of (all of these atoms)", weakened to stay
small: dropping a part of an "all" or an atom of a conjunction, or giving up on an "any" grown
too large, only ever weakens it, so it stays true of every text the pattern matches.
`choose_anchors` picks atoms covering every conjunction (an atom implied by one of a
conjunction's atoms covers it), by a rough guess of how often each occurs in everyday text
(`atom_cost`): only that choice, never a result, depends on the guess. Reading all patterns
costs ~2 s, so `write_gate()` ships the anchors, and the regex that scans for them.
"""

from __future__ import annotations

import json
import math
import pkgutil
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from functools import partial
from importlib import import_module
from pathlib import Path
from types import ModuleType
from typing import Any, TypeAlias

from alongside import lazyre, precompiled, tomlcache
from alongside.coach.rules import (
    BUILT_FILE,
    FLAGS,
    KEY_CHARS,
    KEYS_FILE,
    NEED,
    read_rule_file,
    rules,
    shipped_keys,
)
from alongside.coach.rules import DATA as COACH_DATA
from alongside.coach.rules import (
    built_text as rules_built_text,
)
from alongside.safety.gate import WHOLE, Gate, build_gate, gate_path, scan_regex

REGENERATE = "run make gates (or .venv/bin/python tools/build_gates.py)"


def _parser() -> ModuleType:
    """CPython's private regex parser (build time only)."""
    return import_module("re._parser")


# --- 1. The coach's word index ------------------------------------------------------------

KEY_MAX_CHARS = 40  # how far into a pattern's literal prefix keys are looked for
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_LETTERS = re.compile(r"[a-z]*")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")  # what WORD finds in lower-cased text
_WORD_AND_APOSTROPHE = re.compile(r"[a-z]{1,7}'")


def prefix_keys(pattern: str) -> frozenset[str]:
    """Where a match of `pattern` can start, as keys of the word index.

    A key is "word next " (two whole words), "word ne" (a whole word, then the first letters
    of the next, up to KEY_CHARS), "word " (one whole word, then whitespace) or up to
    KEY_CHARS letters (the start of a word), "word '" (a whole word, then a word that starts
    with an apostrophe: "you 've got"), read off the regex's literal prefix (with `\\s+`
    as one space).
    Empty when some match could start otherwise (a class, a dot, an empty alternative): the
    pattern then scans the whole text. On any surprise from the parser, it scans too.
    """
    parsed = _parser().parse(pattern)  # raises re.error for an invalid pattern
    try:
        found = _seq(parsed.data, "")
    except Exception:  # noqa: BLE001 - a parser change only costs speed: fall back to scanning
        return frozenset()
    keys = {key for text, _ in found for key in _keys(text)}
    if "" in keys:
        return frozenset()
    # "you " (the whole word) and "you'" add nothing to "you" (any word starting so)
    return frozenset(k for k in keys if k[-1:] not in (" ", "'") or k[:-1] not in keys)


# After letters, `\b` ends the word as the analyser reads it, or goes on with an apostrophe
# ("i" or "i'm" for `\bi\b`): the prefix carries this mark until what follows says which.
_ENDS = "\x00"


def _keys(text: str) -> set[str]:
    """The key (or, after a word-ending `\b`, the two keys) of one literal prefix."""
    if text.endswith(_ENDS):
        word = text[: -len(_ENDS)]
        return {_key(word + " "), _key(word + "'")}
    return {_key(text)}


def _key(text: str) -> str:
    if _WORD_AND_APOSTROPHE.fullmatch(text):
        return text  # "i'": a word that goes on with an apostrophe ("i'm", "i've")
    words = text.split(" ")
    if len(words) >= 3 and _TOKEN.fullmatch(words[0]) and _TOKEN.fullmatch(words[1]):
        return f"{words[0]} {words[1]} "
    if len(words) >= 2 and _TOKEN.fullmatch(words[0]) and words[1][:1] == "'":
        # "you 've got": the next word starts with an apostrophe (the analyser's `after`)
        return f"{words[0]} '"
    if len(words) >= 2 and _TOKEN.fullmatch(words[0]):
        # "you lazy": the next word starts with these letters (it may go on: "lazybones")
        start = _LETTERS.match(words[1][:KEY_CHARS]).group()  # type: ignore[union-attr]
        return f"{words[0]} {start}"
    return _LETTERS.match(text[:KEY_CHARS]).group()  # type: ignore[union-attr]


def _done(text: str) -> bool:
    return len(text) >= KEY_MAX_CHARS or text.count(" ") >= 2


def _seq(items: list[Any], prefix: str) -> set[tuple[str, bool]]:
    """Literal prefixes after a sequence: (text, open), open if the literal run may continue."""
    results = {(prefix, True)}
    for op, av in items:
        grown: set[tuple[str, bool]] = set()
        for text, is_open in results:
            if is_open and not _done(text):
                grown.update(_element(op.name, av, text))
            else:
                grown.add((text, False))
        results = grown
        if not any(o for _, o in results):
            break
    return results


def _element(op: str, av: Any, prefix: str) -> set[tuple[str, bool]]:
    if prefix.endswith(_ENDS):  # just after a word-ending `\b`
        word = prefix[: -len(_ENDS)]
        if op == "LITERAL":
            char = chr(av)
            return set() if _is_word_char(char) else {(word + char, True)}
        if op in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1 and _is_space(av[2]):
            return {(word + " ", True)}
    if op == "LITERAL":
        return {(prefix + chr(av), True)}
    if op == "AT" and str(av) == "AT_BOUNDARY" and prefix[-1:].isalpha():
        return {(prefix + _ENDS, True)}
    if op in _ZERO_WIDTH:
        return {(prefix, True)}
    if op == "SUBPATTERN":
        return _seq(av[3].data, prefix)
    if op == "BRANCH":
        return {x for alt in av[1] for x in _seq(alt.data, prefix)}
    if op in ("MAX_REPEAT", "MIN_REPEAT"):
        low, high, item = av
        if low >= 1 and _is_space(item):
            return {(prefix + " ", True)}
        if low >= 1 and len(item.data) == 1 and item.data[0][0].name == "LITERAL":
            # "a+w+": exactly `low` of the letter and then the rest, or one letter more
            run = prefix + chr(item.data[0][1]) * low
            more = {(run + chr(item.data[0][1]), False)} if high > low else set()
            return more | {(run, True)}
        once = {(t, o and high == 1) for t, o in _seq(item.data, prefix)}
        return once | {(prefix, True)} if low == 0 else once
    return {(prefix, False)}


def _is_space(item: Any) -> bool:
    """True for the `\\s` in `\\s+`."""
    parts = item.data
    return (
        len(parts) == 1
        and parts[0][0].name == "IN"
        and [(str(a), str(b)) for a, b in parts[0][1]] == [("CATEGORY", "CATEGORY_SPACE")]
    )


def key_patterns() -> list[str]:
    """Every pattern of the shipped rule files (lexicons written out), word and clause alike."""
    return [p.source for rule in rules() for p in rule.patterns]


def computed_keys() -> dict[str, list[str]]:
    """What KEYS_FILE should hold: `prefix_keys` of every shipped pattern, sorted, then its
    needs (`needs_of`), each marked NEED: every need of a pattern without keys, and those of
    a keyed pattern when they say more than its keys (`keyed_needs`)."""
    found = {}
    for p in sorted(set(key_patterns())):
        keys = prefix_keys(p)
        needs = keyed_needs(keys, needs_of(p)) if keys else needs_of(p)
        found[p] = sorted(keys) + sorted(NEED + n for n in needs)
    return found


KEYED_NEEDS_COST = 2.0  # `needs_cost` above which a keyed pattern's needs are not worth a test


def keyed_needs(keys: frozenset[str], needs: frozenset[str]) -> frozenset[str]:
    """The needs of a keyed pattern worth testing before trying it at a word: none when
    every key already holds one of them (a word so keyed holds the need too: "thank" for the
    key "thank you") or when they are common words, guessed (`needs_cost`). A word pattern
    keyed on a common word ("you ", "i ") that needs a rarer one further on ("lied",
    "whether") is then tried only in a text that holds it (the analyser tests it once per
    text)."""
    if not needs or needs_cost(needs) > KEYED_NEEDS_COST:
        return frozenset()
    if all(any(n in k for n in needs) for k in keys):
        return frozenset()
    return needs


def needs_of(pattern: str) -> frozenset[str]:
    """Texts one of which every text a coach pattern matches holds, as plain substrings.

    From the safety gate's reading of what a pattern needs (section 2): every word of every
    atom is a literal run of the pattern, so a text the pattern matches holds it as written,
    wherever the match starts (only that, not where words start or end, is used). Two
    readings, and the one guessed rarer (`needs_cost`) is kept:
    - by anchors (`anchors_of`): every match holds one anchor, so the longest word of each
      anchor (one already chosen when it can be);
    - by words (`_word_needs`): the formula read as words alone, so that a rare word the
      anchors left aside serves ("yeah, because you're so ..." needs "cause", not "you").
    A need that holds a shorter need is dropped (the shorter one is found whenever it is).
    Empty when the reading finds nothing every match needs: the pattern is then tried in
    every text.
    """
    try:
        formula = requirement(pattern)
        anchors = choose_anchors(conjunctions(formula), set())
        by_words = _word_needs(formula)
    except Exception:  # noqa: BLE001 - a parser surprise only costs speed: no needs
        return frozenset()
    needs: set[str] = set()
    for words in sorted((a.rstrip(WHOLE).split(" ") for a in anchors), key=len):
        if needs.isdisjoint(words):  # "be really good for" after "be good for": "good" serves
            needs.add(max(words, key=len))
    found = _shortest(needs)
    if by_words and (not found or needs_cost(by_words) < needs_cost(found)):
        return by_words
    return found


def _shortest(needs: set[str]) -> frozenset[str]:
    """`needs` without those that hold a shorter one (empty when one is empty)."""
    if "" in needs:
        return frozenset()
    return frozenset(n for n in needs if not any(m != n and m in n for m in needs))


def _as_words(formula: Formula) -> Formula:
    """`formula` with each atom written as all of its words, each a plain substring."""
    if isinstance(formula, str):
        return _all(w for w in formula.rstrip(WHOLE).split(" ") if w)
    op, parts = formula
    return (_all if op == "all" else _any)(_as_words(p) for p in parts)


def _word_needs(formula: Formula) -> frozenset[str]:
    """Words one of which every text `formula` is true of holds (empty: none found)."""
    conjs = conjunctions(_as_words(formula))
    return _shortest(set(choose_anchors(conjs, set()))) if conjs else frozenset()


def needs_cost(needs: frozenset[str]) -> float:
    """A rough guess of the share of messages that hold one of `needs` (only the choice of
    needs, never a result, depends on it)."""
    # fsum: exact, so the order a frozenset yields its words in (which PYTHONHASHSEED sets)
    # never decides between two equally rare choices ("mental" or "health")
    return math.fsum(_word_cost(n, False) for n in needs)


# --- 2. The safety screen's word gate: what a pattern needs --------------------------------

Formula: TypeAlias = "str | tuple[str, tuple[Formula, ...]]"
TRUE: Formula = ("all", ())
PHRASES_MAX = 64  # alternative literal texts followed through a sequence


class Unsupported(Exception):
    """A regex construct the reader does not know: the pattern then needs nothing."""


def requirement(pattern: str) -> Formula:
    """A formula over the words of a lower-cased text, true whenever `pattern` matches it."""
    parsed = _parser().parse(r"\b(?:" + f"(?:{pattern})(?!\\w)" + ")")
    try:
        formula, _ = _Reader().sequence(list(parsed.data), sep=False, follow=False)
    except Unsupported:
        return TRUE
    return formula


class _Reader:
    """Reads a parsed regex left to right, tracking the word being read (see module doc)."""

    def sequence(
        self, items: list[Any], *, sep: bool, follow: bool, run: str | None = None
    ) -> tuple[Formula, bool]:
        """(formula, sep after): `sep` says "a word character read next starts a word";
        `follow` says "after these items comes a non-word character or the end"; `run` is
        the literal start of the word being read, when known (it ends inside these items).
        """
        parts: list[Formula] = []
        phrases: list[str] | None = None  # the literal texts read since a word started

        def close(whole: bool) -> None:
            nonlocal run
            if run is not None:
                parts.append(run + WHOLE if whole else run)
                run = None

        def end_phrases(whole: bool) -> None:
            nonlocal phrases
            if phrases is not None and any(" " in p.strip() for p in phrases):
                parts.append(_any(_phrase_atom(p, whole) for p in phrases))
            phrases = None

        for i, (op, av) in enumerate(items):
            name = str(op)
            rest = items[i + 1 :]
            step = _literal_texts([(op, av)])
            if step is None or (phrases is None and not _starts_words(step, sep)):
                end_phrases(_leads_non_word(items[i:], follow))
            elif phrases is None:
                phrases = step
            elif len(phrases) * len(step) <= PHRASES_MAX:
                phrases = [p + t for p in phrases for t in step]
            else:
                end_phrases(_leads_non_word(items[i:], follow))
            if name == "LITERAL" and _is_word_char(chr(av)):
                run = run + chr(av) if run is not None else (chr(av) if sep else None)
                sep = False
                continue
            if _is_whitespace_run(name, av):
                close(True)
                sep = True
                continue
            if name == "LITERAL":
                close(True)
                sep = True
            elif name in ("ANY", "NOT_LITERAL", "IN"):
                if name == "IN" and _class_is_non_word(av):
                    close(True)
                    sep = True
                else:
                    close(False)
                    sep = False
            elif name == "AT":
                sep = self.at(str(av), close, sep)
            elif name == "ASSERT_NOT" and av[0] == 1 and _is_word_class(av[1]):
                close(True)  # (?!\w): the word ends here
                sep = True
            elif name in ("ASSERT", "ASSERT_NOT"):
                pass  # zero width: says nothing we rely on
            elif name in ("SUBPATTERN", "BRANCH"):
                if name == "SUBPATTERN" and (av[1] or av[2]):
                    raise Unsupported("inline flags")
                alternatives = [av[3].data] if name == "SUBPATTERN" else [a.data for a in av[1]]
                sep = self.group(alternatives, sep, run, _leads_non_word(rest, follow), parts)
                run = None  # each alternative ends the word it was reading
            elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
                low, high, body = av
                if high == 0:
                    continue
                if high == 1:  # X? is (?:X|), X{1} is (?:X)
                    options = [body.data, []] if low == 0 else [body.data]
                    sep = self.group(options, sep, run, _leads_non_word(rest, follow), parts)
                    run = None
                    continue
                starts_non_word = _leads_non_word(list(body.data), False)
                close(low >= 1 and starts_non_word)
                sep = self.repeat(low, high, list(body.data), sep, rest, follow, parts)
            else:
                raise Unsupported(name)
        close(follow)
        end_phrases(follow)
        return _all(parts), sep

    def group(
        self, alternatives: list[Any], sep: bool, run: str | None, after: bool, parts: list[Formula]
    ) -> bool:
        """Read alternatives, each going on with the word being read; append what one needs."""
        read = [self.sequence(list(a), sep=sep, follow=after, run=run) for a in alternatives]
        parts.append(_any(f for f, _ in read))
        return all(s for _, s in read)

    def at(self, code: str, close: Any, sep: bool) -> bool:
        if code in ("AT_BOUNDARY", "AT_END", "AT_END_STRING"):
            close(True)  # after a word character, \b and $ mean the word ends here
            return True
        if code in ("AT_BEGINNING", "AT_BEGINNING_STRING"):
            close(False)
            return True
        if code == "AT_NON_BOUNDARY":
            return False
        raise Unsupported(code)

    def repeat(
        self,
        low: int,
        high: int,
        body: list[Any],
        sep: bool,
        rest: list[Any],
        follow: bool,
        parts: list[Formula],
    ) -> bool:
        """Read a repeat; append what its first pass needs when it must run; the sep after."""
        after_rest = _leads_non_word(rest, follow)
        after = after_rest if high == 1 else after_rest and _leads_non_word(body, after_rest)
        first, sep_first = self.sequence(body, sep=sep, follow=after)
        if low >= 1:
            parts.append(first)
        seps = []
        if low == 0:
            seps.append(sep)
        if low <= 1:
            seps.append(sep_first)
        if high > 1:  # the last pass may start anywhere
            seps.append(self.sequence(body, sep=False, follow=after)[1])
        return all(seps)


def _leads_non_word(items: list[Any], follow: bool) -> bool:
    """True if what `items` reads next (after a word character) is a non-word char or the end."""
    for i, (op, av) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            return not _is_word_char(chr(av))
        if name == "IN":
            return _class_is_non_word(av)
        if name == "AT":
            return str(av) in ("AT_BOUNDARY", "AT_END", "AT_END_STRING")
        if name == "ASSERT_NOT" and av[0] == 1 and _is_word_class(av[1]):
            return True
        if name in ("ASSERT", "ASSERT_NOT"):
            continue
        rest = _leads_non_word(items[i + 1 :], follow)
        if name == "SUBPATTERN":
            return _leads_non_word(list(av[3].data), rest)
        if name == "BRANCH":
            return all(_leads_non_word(list(a.data), rest) for a in av[1])
        if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            low, high, body = av
            if high == 0:
                continue
            first = _leads_non_word(list(body.data), rest)
            return first and (low >= 1 or rest)
        return False
    return follow


_WORD_CHAR = re.compile(r"\w")


def _is_word_char(char: str) -> bool:
    return _WORD_CHAR.match(char) is not None


def _class_is_non_word(items: Any) -> bool:
    """A character class none of whose characters is a word character (\\s, [.!;], [- ])."""
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and not _is_word_char(chr(av)):
            continue
        if name == "CATEGORY" and str(av) in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"):
            continue
        return False
    return True


def _literal_texts(items: list[Any]) -> list[str] | None:
    """The texts `items` can read, if only literal word characters and non-word characters
    (each run of those as " "), else None; None too beyond PHRASES_MAX texts."""
    texts = [""]
    for op, av in items:
        name = str(op)
        if name == "LITERAL" and _is_word_char(chr(av)):
            step: list[str] | None = [chr(av)]
        elif _reads_non_word(name, av):
            step = [" "]
        elif name == "SUBPATTERN" and not (av[1] or av[2]):
            step = _literal_texts(list(av[3].data))
        elif name == "BRANCH":
            found = [_literal_texts(list(a.data)) for a in av[1]]
            step = None if any(f is None for f in found) else [t for f in found if f for t in f]
        elif name in ("MAX_REPEAT", "MIN_REPEAT") and av[1] >= 1:
            low, high, body = av
            inner = list(body.data)
            if high == 1:
                step = _literal_texts(inner)
            elif len(inner) == 1 and _reads_non_word(str(inner[0][0]), inner[0][1]):
                step = [" "]  # a run of non-word characters (\s+, [- ]+)
            else:
                return None
            if step is not None and low == 0:
                step = [*step, ""]
        else:
            return None
        if step is None or len(texts) * len(step) > PHRASES_MAX:
            return None
        texts = [t + u for t in texts for u in step]
    return texts


def _reads_non_word(name: str, av: Any) -> bool:
    """One character that is not a word character: a literal, or a class of such."""
    if name == "LITERAL":
        return not _is_word_char(chr(av))
    return name == "IN" and _class_is_non_word(av)


def _starts_words(texts: list[str], sep: bool) -> bool:
    """Each text starts a word (read where a word character would start one)."""
    return sep and all(t[:1] and _is_word_char(t[0]) for t in texts)


def _phrase_atom(text: str, whole: bool) -> str:
    """The atom of a literal text: whole at its end if `whole` or followed by whitespace."""
    return " ".join(text.split()) + (WHOLE if whole or text.endswith(" ") else "")


def _is_whitespace_run(name: str, av: Any) -> bool:
    """`\\s+` (or `\\s{1,n}`): whitespace, all of it up to the next word (which follows)."""
    if name != "MAX_REPEAT" or av[0] < 1:
        return False
    data = list(av[2].data)
    return (
        len(data) == 1
        and str(data[0][0]) == "IN"
        and [(str(a), str(b)) for a, b in data[0][1]] == [("CATEGORY", "CATEGORY_SPACE")]
    )


def _is_word_class(pattern: Any) -> bool:
    """The look-ahead body is exactly `\\w`."""
    data = list(pattern.data)
    return (
        len(data) == 1
        and str(data[0][0]) == "IN"
        and [(str(a), str(b)) for a, b in data[0][1]] == [("CATEGORY", "CATEGORY_WORD")]
    )


def _all(parts: Iterable[Formula]) -> Formula:
    flat: list[Formula] = []
    for part in parts:
        if isinstance(part, tuple) and part[0] == "all":
            flat.extend(part[1])
        elif part not in flat:
            flat.append(part)
    return flat[0] if len(flat) == 1 else ("all", tuple(flat))


def _any(parts: Iterable[Formula]) -> Formula:
    flat: list[Formula] = []
    for part in parts:
        if part == TRUE:
            return TRUE
        if isinstance(part, tuple) and part[0] == "any":
            flat.extend(p for p in part[1] if p not in flat)
        elif part not in flat:
            flat.append(part)
    return flat[0] if len(flat) == 1 else ("any", tuple(flat))


# --- 3. ... and its anchors ------------------------------------------------------------------

CONJ_MAX = 64  # a pattern's condition is "any of at most this many conjunctions"
ANY_MAX = 256  # ... or of at most this many single atoms
CONJ_ATOMS = 3  # each of at most this many atoms (the rarest are kept)
COMMON_COST = 1.0  # the guessed share of messages with one of COMMON_WORDS
PHRASE_FACTOR = 0.1  # a guess: a word follows another in one text in ten where both occur


# Words in nearly every message: the most frequent words of everyday English and of talk about
# a couple's day. A poor anchor; only the choice of anchors (never a result) depends on this.
_COMMON = """
    a about after again all also always am an and any are around as ask asked at away back be
    because been before being better bit both but by call called can come could day did
    do does done down even ever every feel feeling felt find for from get
    gets getting give go going gone good got had has have he help her here him his home how i
    if in into is it its just keep kids know last let life like little long look love
    made make many me more most much mum my need never new night no not now of off on one only
    or our out over put really right said say see she should so some something sorry still stop
    take talk tell than thank thanks that the their them then there they thing things think this
    time to told too try trying two up us very want was way we week well went were what when
    where which while who why will with work would yes yet you your
    afraid alone angry anyone anything anymore bad bed call calls car care cares check feels
    everyone everything family friend friends hand hands happy hard head house job
    keeps kid left listen lot makes making mean message messages mind money move nobody notice
    okay phone quiet read safe scared shout shouting sleep someone stay talking text texts
    thinking tired told upset wait wants whatever whenever worried worry wrong yourself
    aren can couldn d didn doesn don hadn hasn haven isn ll m re s shouldn t ve wasn weren won
    wouldn dont cant wont im
"""
COMMON_WORDS = frozenset(_COMMON.split())


def conjunctions(formula: Formula) -> tuple[tuple[str, ...], ...]:
    """`formula` as "any of these all-of-these" (weakened to stay small), rarest atom first.

    () means the formula needs nothing (every text passes). Weakening drops atoms from a
    conjunction or parts from an "all", or gives up (()) on an "any" grown too large.
    """
    found = _dnf(formula)
    if not found or frozenset() in found:
        return ()
    return tuple(sorted(tuple(sorted(c, key=_rank)) for c in found))


def _rank(atom: str) -> tuple[float, str]:
    return atom_cost(atom), atom


def _dnf(formula: Formula) -> set[frozenset[str]]:
    if isinstance(formula, str):
        return {frozenset({formula})}
    op, parts = formula
    if op == "any":
        union: set[frozenset[str]] = set()
        for part in parts:
            found = _dnf(part)
            if frozenset() in found:
                return {frozenset()}
            union |= found
        if len(union) > CONJ_MAX:  # keep one atom of each: weaker, but still a condition
            union = {frozenset({min(c, key=_rank)}) for c in union}
        return _absorbed(union) if len(union) <= ANY_MAX else {frozenset()}
    product: set[frozenset[str]] = {frozenset()}
    for found in sorted((_dnf(p) for p in parts), key=_chance):  # rarest parts first
        if len(product) * len(found) > CONJ_MAX * CONJ_MAX:
            continue  # leave this part out: a weaker condition
        grown = {_cheapest(a | b) for a in product for b in found}
        if len(grown) <= CONJ_MAX:  # else leave this part out too
            product = _absorbed(grown)
    return product


def _chance(conjs: set[frozenset[str]]) -> float:
    """A rough guess of the share of everyday messages where one of `conjs` holds."""
    return math.fsum(min((atom_cost(a) for a in c), default=1.0) for c in conjs)


def _cheapest(conj: frozenset[str]) -> frozenset[str]:
    """`conj` without atoms implied by its others, then only its CONJ_ATOMS rarest."""
    kept = [a for a in conj if not any(b != a and implies(b, a) for b in conj)]
    return frozenset(sorted(kept, key=_rank)[:CONJ_ATOMS])


def _absorbed(conjs: set[frozenset[str]]) -> set[frozenset[str]]:
    """Drop each conjunction that needs all another needs (A or (A and B) is A)."""
    return {c for c in conjs if not any(o < c for o in conjs)}


def implies(atom: str, other: str) -> bool:
    """Every text with `atom` has `other` ("pushed me$" has "pushed$", "me$" and "push")."""
    have, want = _words(atom), _words(other)
    for k in range(len(have) - len(want) + 1):
        if all(_word_implies(have[k + j], w) for j, w in enumerate(want)):
            return True
    return False


def _words(atom: str) -> list[tuple[str, bool]]:
    """An atom's words, each with "whole" (a phrase's inner words always are)."""
    words = atom.rstrip(WHOLE).split(" ")
    return [(w, i < len(words) - 1 or atom.endswith(WHOLE)) for i, w in enumerate(words)]


def _word_implies(have: tuple[str, bool], want: tuple[str, bool]) -> bool:
    if want[1]:
        return have == want
    return have[0].startswith(want[0])


def atom_cost(atom: str) -> float:
    """A rough guess of the share of everyday messages with this atom (lower is rarer)."""
    whole = atom.endswith(WHOLE)
    *before, last = atom.rstrip(WHOLE).split(" ")
    cost = 1.0
    for word in before:  # a phrase: all its words, one after another (much rarer)
        cost *= _word_cost(word, True) * PHRASE_FACTOR
    return cost * _word_cost(last, whole)


def _word_cost(word: str, whole: bool) -> float:
    if len(word) <= 2 and not whole:
        return 1.0
    if word in COMMON_WORDS or (not whole and any(w.startswith(word) for w in COMMON_WORDS)):
        return COMMON_COST
    return min(0.5, 0.4 / len(word) ** 2 * (1 if whole else 2))


ANCHOR_PENALTY = 0.03  # what one more anchor in the scan costs, in the units of atom_cost


def choose_anchors(conjs: tuple[tuple[str, ...], ...], chosen: set[str]) -> tuple[str, ...]:
    """Atoms, one of which each conjunction needs: a greedy cover, rarest guess first.

    An atom covers a conjunction when it is one of its atoms or implied by one ("me against$"
    by "pushed me against$"). An anchor costs its guessed share of messages, plus
    ANCHOR_PENALTY unless already `chosen` (for another pattern): the scan's own cost.
    """
    covers: dict[str, set[int]] = {}
    for i, conj in enumerate(conjs):
        for atom in conj:
            for a in _sub_atoms(atom):
                covers.setdefault(a, set()).add(i)
    left = set(range(len(conjs)))
    picked: list[str] = []
    while left:
        best, best_score = "", float("inf")
        for atom in sorted(covers):
            n = len(covers[atom] & left)
            cost = atom_cost(atom) + (0 if atom in chosen else ANCHOR_PENALTY)
            if n and cost / n < best_score:
                best, best_score = atom, cost / n
        picked.append(best)
        chosen.add(best)
        left -= covers[best]
    return tuple(sorted(picked))


def _sub_atoms(atom: str) -> list[str]:
    """The atom and what it implies: each run of its words (inner words whole)."""
    words = _words(atom)
    found = []
    for size in range(1, len(words) + 1):
        for k in range(len(words) - size + 1):
            run = words[k : k + size]
            found.append(" ".join(w for w, _ in run) + (WHOLE if run[-1][1] else ""))
    return found


def anchors_of(pattern: str) -> tuple[str, ...]:
    """The anchors of one pattern on its own (for a pattern not in the shipped file)."""
    return choose_anchors(conjunctions(requirement(pattern)), set())


def computed_gate(patterns: Sequence[str]) -> dict[str, Any]:
    """What `write_gate` ships: each pattern's anchors, and the scan regex of them all."""
    chosen: set[str] = set()
    anchors = {p: list(choose_anchors(conjunctions(requirement(p)), chosen)) for p in patterns}
    return {"scan": scan_regex(a for v in anchors.values() for a in v), "anchors": anchors}


def gate_for(patterns: Sequence[Sequence[str]]) -> Gate:
    """The gate these patterns get once `make gates` has read them (tests build small ones)."""
    table = computed_gate([p for kind in patterns for p in kind])
    anchors = {p: tuple(a) for p, a in table["anchors"].items()}
    return build_gate(patterns, (anchors, table["scan"]))


def safety_patterns() -> list[str]:
    """Every pattern of the safety lexicon, kind by kind."""
    from alongside.safety.screen import lexicon

    return [p for rule in lexicon().kinds for p in rule.patterns]


def gate_text() -> str:
    """What GATE_FILE should hold (one line per pattern)."""
    table = computed_gate(safety_patterns())
    lines = [
        json.dumps(p, ensure_ascii=True) + ": " + json.dumps(a, ensure_ascii=True)
        for p, a in sorted(table["anchors"].items())
    ]
    scan = json.dumps(table["scan"], ensure_ascii=True)
    return '{\n"scan": ' + scan + ',\n"anchors": {\n' + ",\n".join(lines) + "\n}\n}\n"


def keys_text() -> str:
    """What KEYS_FILE should hold."""
    return json.dumps(computed_keys(), indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def built_text() -> str:
    """What BUILT_FILE should hold: every shipped rule file read from its TOML, with the keys
    of the keys file as it stands (`main` writes that one first)."""
    shipped_keys.cache_clear()
    keys = (COACH_DATA / KEYS_FILE).read_bytes()
    files = {}
    for path in sorted(COACH_DATA.glob("rules*.toml")):
        text = path.read_text(encoding="utf-8")
        files[path.name] = (read_rule_file(text, path.name), text)
    return rules_built_text(files, keys)


# Texts the analysis, the rewrites and the whole-message suggestion are run over, so that the
# patterns they build at run time (from data files) are compiled and shipped too.
REGEX_TEXTS = (
    "You never listen. You need therapy.",
    "I feel hurt when you walk away. Could we try one session together, just to see?",
    "If you don't go to counselling we're done. Honestly you have issues.",
    "I'm scared of him. He said nobody would find my body.",
)


def regex_patterns() -> list[tuple[str, int]]:
    """Every pattern Alongside compiles through `precompiled`: every module's lazy patterns
    (each module imported), every rule's, and those the analysis builds as it runs."""
    import alongside
    from alongside.coach import analyse

    for info in pkgutil.walk_packages(alongside.__path__, "alongside."):
        if not info.name.endswith("__main__") and ".migrations" not in info.name:
            import_module(info.name)  # (alembic's migration scripts run only under alembic)
    found = set(lazyre.MADE)
    for twin in lazyre.FOLDED:  # a folded pattern's twin, and itself for other text
        found.update((twin.folded_source(), twin.source))
    for rule in rules():
        found.update((p.source, FLAGS) for p in rule.patterns)
        if rule.unless_source:
            found.add((rule.unless_source, FLAGS))
        for pattern, _ in rule.subs_source:
            found.update({(pattern, FLAGS), (pattern, int(re.IGNORECASE))})
    texts = [*REGEX_TEXTS, *(t for r in rules() for t in (*r.positive, *r.negative))]
    precompiled.RECORDED = set()
    try:
        for text in texts:
            result = analyse(text)
            for finding in result.findings:
                _ = finding.rewrite, finding.hint
            result.compose(None)
            result.compose("hurt")
        found |= precompiled.RECORDED
    finally:
        precompiled.RECORDED = None
    return sorted(found)


def regex_code() -> bytes:
    """What precompiled.CODE_FILE should hold."""
    return precompiled.encode(regex_patterns())


def outputs() -> dict[Path, Callable[[], str | bytes]]:
    """Each generated file and how to make what it should hold, in the order to write them
    (the built rules carry the keys of the keys file)."""
    made: dict[Path, Callable[[], str | bytes]] = {
        COACH_DATA / KEYS_FILE: keys_text,
        gate_path(): gate_text,
        COACH_DATA / BUILT_FILE: built_text,
        precompiled.CODE_FILE: regex_code,
    }
    made.update(toml_copies())
    return made


# The data files read through `tomlcache.loads` (the rule files ship built: BUILT_FILE).
TOML_COPIED = (
    "coach/data/compose.toml",
    "coach/data/feelings.toml",
    "coach/data/suspicions.toml",
    "coach/data/texting.toml",
    "coach/data/variety.toml",
    "safety/data/kind_cues.toml",
    "safety/data/lexicon.toml",
    "safety/data/quiet.toml",
)


def toml_copies() -> dict[Path, Callable[[], str]]:
    """The JSON copy of each data TOML file that `tomlcache.loads` reads."""
    out: dict[Path, Callable[[], str]] = {}
    for name in TOML_COPIED:
        path = tomlcache.PACKAGE / name
        text = tomlcache.copy_text(path)
        if text is not None:
            out[tomlcache.copy_path(path)] = partial(str, text)
    return out


def stale() -> list[Path]:
    """The generated files whose text differs from what the patterns give now."""
    found = []
    for path, make in outputs().items():
        try:
            current = path.read_bytes()
        except OSError:
            current = b""
        made = make()
        if current != (made if isinstance(made, bytes) else made.encode("utf-8")):
            found.append(path)
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        old = stale()
        for path in old:
            print(f"{path} is stale: {REGENERATE}")
        return 1 if old else 0
    for path, make in outputs().items():
        made = make()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(made if isinstance(made, bytes) else made.encode("utf-8"))
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
