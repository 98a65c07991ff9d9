"""Which words a safety pattern needs, read off its regex: the first step to `gate.py`'s anchors.

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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import import_module
from typing import Any, TypeAlias

from alongside.safety.gate import WHOLE

Formula: TypeAlias = "str | tuple[str, tuple[Formula, ...]]"
TRUE: Formula = ("all", ())
PHRASES_MAX = 64  # alternative literal texts followed through a sequence


class Unsupported(Exception):
    """A regex construct the reader does not know: the pattern then needs nothing."""


def requirement(pattern: str) -> Formula:
    """A formula over the words of a lower-cased text, true whenever `pattern` matches it."""
    parser = import_module("re._parser")
    parsed = parser.parse(r"\b(?:" + f"(?:{pattern})(?!\\w)" + ")")
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
