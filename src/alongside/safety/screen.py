"""The safety screen: does a text touch on danger? (PRODUCT.md capability 2).

Every text a person gives Alongside passes `screen` before anything else. When it fires,
coaching stops and the person sees, warmly, that safety comes first and who can help.

The lexicon lives in `data/lexicon.toml` (patterns, narrow figurative exclusions and the
examples that are our tests). A pattern is searched only when the text has one of its anchors,
words read off the pattern itself (`gate.py`): most messages cost one scan of their words,
a few microseconds. Recall over precision: a long post that mentions a shove once is flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from alongside import precompiled
from alongside.lazyre import lazy
from alongside.safety.lexicon import KindRule, Lexicon
from alongside.safety.lexicon import expand as expand  # tests and tools read these from here
from alongside.safety.lexicon import kind_ids as kind_ids
from alongside.safety.lexicon import lexicon as lexicon
from alongside.safety.messages import named_kinds, safety_message

if TYPE_CHECKING:
    from alongside.safety.model import Model

PATTERN = "pattern"  # a lexicon pattern matched: the span is the words it matched
MODEL = "model"  # the learned layer (model.py) fired: the span is the clause


@dataclass(frozen=True)
class Hit:
    """One place the screen fired: which kind, the characters [start, end), and how.

    `layer` says which layer found it (PATTERN or MODEL); for MODEL, `why` holds the words of
    the clause that weighed most toward the kind.
    """

    kind: str
    start: int
    end: int
    layer: str = PATTERN
    why: tuple[str, ...] = ()


@dataclass(frozen=True)
class Screening:
    """What the screen found. `message` is empty when nothing was flagged."""

    flagged: bool
    kinds: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    message: str
    hits: tuple[Hit, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {"flagged": self.flagged, "kinds": list(self.kinds)}


PATTERN_CACHE = 2048  # single patterns compiled (each kind's patterns, in two case modes)


@lru_cache(maxsize=PATTERN_CACHE)
def _single_pattern(kind_id: str, index: int, flags: int) -> re.Pattern[str]:
    """One pattern of a kind, as one alternative of `combine` would run it, less the `\\b`
    that starts it (`_search` asks for that): a pattern that then starts with a letter or a
    set of words lets the engine skip to the places that letter is (~2x fewer steps)."""
    return precompiled.compile(f"(?:{lexicon().kind(kind_id).patterns[index]})(?!\\w)", flags)


_BOUNDARY = re.compile(r"\b")


def _search(pattern: re.Pattern[str], subject: str, pos: int = 0) -> re.Match[str] | None:
    """`\\b` then `pattern`, searched from `pos`: `pattern`'s first match at a word boundary.

    Exact: the boundary takes no characters and has no alternatives, so where it holds the
    two match alike, and where it does not the search goes on one place later.
    """
    found = pattern.search(subject, pos)
    while found is not None and _BOUNDARY.match(subject, found.start()) is None:
        found = pattern.search(subject, found.start() + 1)
    return found


def _plain_search(pattern: re.Pattern[str], subject: str, pos: int = 0) -> re.Match[str] | None:
    return pattern.search(subject, pos)


def _alternation_matches(
    patterns: list[re.Pattern[str]],
    subject: str,
    search: Callable[[re.Pattern[str], str, int], re.Match[str] | None] = _plain_search,
) -> Iterator[tuple[int, int]]:
    """The spans `finditer` of the alternation `p0|p1|...` finds, from each pattern alone.

    Exact: at each place the earliest start wins, and of several starting there the first
    pattern; the search goes on after the match. Compiling each subset of a kind's patterns
    as one alternation instead cost 1,572 compiles (at 5-10 ms) over the 4,869 dev messages.
    """
    found = [search(p, subject, 0) for p in patterns]
    while True:
        best: re.Match[str] | None = None
        for m in found:
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        start, end = best.span()
        yield start, end
        resume = max(end, start + 1)
        for i, m in enumerate(found):
            if m is not None and m.start() < resume:
                found[i] = search(patterns[i], subject, resume)


def _hits_for(
    rule: KindRule, text: str, lowered: str | None, allowed: tuple[int, ...] | None
) -> list[Hit]:
    """The hits of a kind: its combined pattern (`allowed` None) or only the patterns allowed."""
    flags = 0 if lowered is not None else re.IGNORECASE
    subject = lowered if lowered is not None else text
    if allowed is None:
        pattern = rule.pattern if lowered is not None else rule.pattern_any_case
        found = [Hit(rule.id, m.start(), m.end()) for m in pattern.finditer(subject)]
    else:
        singles = [_single_pattern(rule.id, i, flags) for i in allowed]
        found = [Hit(rule.id, s, e) for s, e in _alternation_matches(singles, subject, _search)]
    if found:
        found = [h for h in found if not _negated(rule, subject, h, flags)]
    exclude = rule.exclude if lowered is not None else rule.exclude_any_case
    if not found or exclude is None:
        return found
    excluded = [(m.start(), m.end()) for m in exclude.finditer(subject)]
    if not excluded:
        return found
    return [h for h in found if not any(s < h.end and h.start < e for s, e in excluded)]


# Negation: "he's never hit me" alone is not a disclosure. A hit is dropped when a negator
# stands right before it in its clause ("never hit me", "isn't scared of him"), or inside it
# where the pattern does not need it ("he never hurts me", but not "he won't let me"), unless
# the clause says it happened before ("he never hit me again", "doesn't hit me anymore").
# A contraction needs its apostrophe ("joint", "account", "payment" end in "nt" too), except
# the few that texting writes without one ("didnt", "wont").
NEGATOR = (
    r"(?:never|not|no longer|cannot|\w+n['\u2019]t"
    r"|(?:do|did|does|is|was|are|were|has|have|had|wo|ca|would|could|should|must|need|ai)nt)"
)
FILLER = r"(?:\s+(?:ever|once|actually|really|physically|even|yet|been|be|so much as))*"
NEGATED_BEFORE = lazy(rf"\b{NEGATOR}{FILLER}\s+$")
NEGATOR_INSIDE = lazy(rf"\b{NEGATOR}{FILLER}\s+")
CLAUSE_END = lazy(r"[.!?;,\n]|\bbut\b")
HAPPENED_BEFORE = lazy(
    r"\b(?:again|anymore|any more|since|until|till|before|used to|only|except|last|that time)\b"
)
# Minimising is not denying: "he didn't mean to hurt me", "he doesn't hit me that hard",
# "she never hits me when the kids are around", "he can't help hitting me", "he didn't really
# hit me" all say it happened. A negated hit stands when its clause (the words before it back
# to the negator's clause start, and after it to the clause end) holds one of these; "even when"
# and "even if" do not count ("he's never hit me even when he's furious" stays a negative).
MINIMISED = lazy(
    r"\b(?:mean|means|meant|intend|intended|intends|try|tries|trying|tried|help|helps"
    r"|usually|normally|really|always|often|sometimes|much|hard|harder|bad|badly|properly"
    r"|purpose|intentionally|deliberately|all the time|every|for long|most of the time"
    r"|in front of|enough|that many|as many"
    r"|(?<!even )(?:when|whenever|if|while|unless|after))\b"
)
NEGATION_WINDOW = 40  # characters before a hit searched for its negator


def _negated(rule: KindRule, subject: str, hit: Hit, flags: int) -> bool:
    """Does a negator scope over `hit` in `subject` (see NEGATOR)? Past abuse still counts."""
    before = subject[max(0, hit.start - NEGATION_WINDOW) : hit.start]
    cut = list(CLAUSE_END.finditer(before))
    if cut:
        before = before[cut[-1].end() :]
    after = subject[hit.end :]
    stop = CLAUSE_END.search(after)
    rest = after[: stop.start()] if stop else after
    if HAPPENED_BEFORE.search(rest) or HAPPENED_BEFORE.search(before):
        return False
    if MINIMISED.search(rest) or MINIMISED.search(before):
        return False
    inside = subject[hit.start : hit.end]
    if MINIMISED.search(inside):
        return False
    if NEGATED_BEFORE.search(before):
        return True
    negator = NEGATOR_INSIDE.search(inside)
    if negator is None or negator.start() == 0:
        return False
    without = inside[: negator.start()] + inside[negator.end() :]
    pattern = rule.pattern if flags == 0 else rule.pattern_any_case
    return pattern.search(without) is not None


def _merge(hits: list[Hit]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted((h.start, h.end) for h in hits):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def screen(text: str) -> Screening:
    """Screen `text` for danger with both layers. Never raises on a str; deterministic."""
    return screen_with(text, gated=True)


def screen_with(
    text: str, *, gated: bool, patterns: bool = True, learned: bool = True
) -> Screening:
    """`screen`, optionally without the word gate or without one of the two layers.

    The patterns: gated, a pattern is searched only when the text has one of its anchors
    (`gate.Gate.passing`, which never skips a pattern that could match), alone, as one
    alternative of its kind's alternation would run. Text whose lower-cased form has another
    length (a rare letter such as İ) is searched case-insensitively as written, ungated: the
    gate reads the lower-cased text, whose words may differ then.
    The learned layer (`model.py`) reads every sentence and clause; its hits span the clause.
    """
    hits = pattern_hits(text, gated=gated) if patterns else []
    if learned:
        hits += model_hits(text)
    if not hits:
        return NOT_FLAGGED
    order = {rule.id: i for i, rule in enumerate(lexicon().kinds)}
    kinds = tuple(sorted({h.kind for h in hits}, key=order.__getitem__))
    hits.sort(key=lambda h: (h.start, h.end, order[h.kind], h.layer))
    sure = tuple(k for k in kinds if any(h.kind == k and h.layer == PATTERN for h in hits))
    return Screening(
        flagged=True,
        kinds=kinds,
        spans=_merge(hits),
        message=safety_message(named_kinds(kinds, text, sure or None)),
        hits=tuple(hits),
    )


def pattern_hits(text: str, *, gated: bool = True) -> list[Hit]:
    """The lexicon patterns' hits in `text`."""
    lex = lexicon()
    lowered = text.lower()
    if len(lowered) != len(text):
        return _pattern_hits(lex, text, None, dict.fromkeys(range(len(lex.kinds))))
    if not gated:
        return _pattern_hits(lex, text, lowered, dict.fromkeys(range(len(lex.kinds))))
    passing = lex.gate.passing(lowered)
    if not passing:
        return []
    return _pattern_hits(lex, text, lowered, {i: passing[i] for i in sorted(passing)})


def model_hits(text: str) -> list[Hit]:
    """The learned layer's hits: one per kind of each clause that fires."""
    return [
        Hit(kind, f.start, f.end, MODEL, f.why) for f in _model().read(text) for kind in f.kinds
    ]


@cache
def _model() -> Model:
    """The learned layer, imported and loaded on first use (a `from ... import` in
    `model_hits` itself ran on every message)."""
    from alongside.safety.model import model

    return model()


def _pattern_hits(
    lex: Lexicon, text: str, lowered: str | None, allowed: Mapping[int, tuple[int, ...] | None]
) -> list[Hit]:
    hits: list[Hit] = []
    for i, patterns in allowed.items():
        hits.extend(_hits_for(lex.kinds[i], text, lowered, patterns))
    return hits


NOT_FLAGGED = Screening(flagged=False, kinds=(), spans=(), message="")
