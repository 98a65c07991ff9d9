"""The safety screen's second layer: a small learned model that reads each clause.

The patterns (`screen.py`) catch explicit words and give exact spans; people also write "I'm
scared of what Sam will do when he gets home" or "I hid the knives", which no word list
foresees. This layer is a linear model (one logistic head for "any danger", one per kind)
over a clause's words, word pairs and the letter runs inside words (so "strangeled" reads like
"strangled"). It is trained by `tools/train_safety.py` on team-written text only
(`training/safety/*.jsonl` and the lexicon's examples) and shipped as `data/safety_model.json`.

How a text is read: split into sentences, and sentences into clauses (at commas, "but",
semicolons, dashes); each sentence and each of its clauses is scored, so a long post with one
dangerous sentence fires on that sentence, and "he's never hit me, but he says nobody would
find my body" fires on its second clause while "he's never hit me" alone does not.

Cost: a word's weights (its own and its letter runs') are summed once and remembered, so a
clause costs about two dictionary look-ups per word for the "any danger" head; the kind heads
are summed only for a clause that fires. Pure Python, no numpy at run time; the weights load
on first use (~10 ms), never at import.
"""

from __future__ import annotations

import base64
import json
import math
import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, pairwise
from pathlib import Path

from alongside import asciiwords
from alongside.lazyre import lazy
from alongside.safety.cues import cues, quiet

MODEL_FILE = "safety_model.json"
FORMAT = 1
# The "any danger" head fires at this probability in a text of up to three sentences (for
# recall; 0.5 since the retrain with tools/write_safety.py's text: "I'm ready to end it with
# her", a lexicon negative, scores 0.496; "she smashes his stuff" 0.591; see docs/safety.md).
THRESHOLD = 0.5
# A clause alone (part of a sentence) must be surer: short clauses ("It would mean the world",
# "I've packed your stuff") carry few words, and so most of the learned layer's false alarms.
CLAUSE_THRESHOLD = 0.8
# A text of more than LONG_FROM sentences asks each unit for LENGTH_SLOPE more log-odds per
# e-fold of its length beyond that (`Model.raise_for`): a post's stray sentences rarely fire.
# Besides, two sentences of a long text fire together when the stronger reaches PAIR_FIRST and
# the other PAIR_SECOND (`Model.pair`, no length rule): a danger post often leans to danger more
# than once, a stray false alarm of an ordinary post is one sentence. Both chosen together on a
# held-out fold of the training posts (`tools/eval_safety.py --holdout`, never on evalsets/):
# the most recall with at most 11 % false alarms on ordinary posts and at least 88 % recall on
# posts whose danger is one sentence (slope 2.5, no pair: recall 80.6 %, false alarms 13.2 %;
# slope 4, pair 0.8 / 0.5: 82.8 %, 10.8 %).
LONG_FROM = 3
LENGTH_SLOPE = 4.0
PAIR_FIRST = 0.8
PAIR_SECOND = 0.5
# A firing clause names every kind whose head reaches this probability, and at least its top one.
KIND_THRESHOLD = 0.35
# ... but only a kind whose cue its sentence carries (`cues.py`, data/kind_cues.toml); and a
# kind whose cue it carries is named from this lower probability too.
# (1.0: no cues, every kind the heads choose is named; `tools/eval_safety.py --kind-sweep`).
CUED_KIND_THRESHOLD = 0.35
# Per kind, a higher cut for a finding whose every named kind is listed (the probability a
# sentence needs; a clause or a long text's unit needs as much more log-odds over its own cut).
# Chosen on the tune split of evalsets/safety only (`tools/eval_safety.py --kind-cuts`): the
# fewest false alarms with no tune disclosure lost. A kind not listed keeps THRESHOLD. Empty:
# the one cut tune chose (physical_violence 0.85, tune false alarms 20 -> 18 at equal recall)
# dropped an abuse message of a fresh rating set ("it wasn't that bad" after a push), so it
# is not shipped (docs/safety.md, session 11).
KIND_CUTS: dict[str, float] = {}
# Per kind, the probability its head needs to be named BESIDE a stronger kind of the same
# finding (the strongest is named from KIND_THRESHOLD). The heads lean to name a second kind
# near every cue: a slapped child also as physical harm, a car driven past a house also as fear.
# Chosen on the tune split of evalsets/safety only (`tools/eval_safety.py --name-cuts`): per
# kind, the lowest cut of 0.35-0.95 that names it wrongly least often without naming it less
# often where it belongs (helper safety18). A kind not listed keeps KIND_THRESHOLD.
NAME_CUTS: dict[str, float] = {}
CHAR_NGRAMS = (3, 4)
MIN_CLAUSE_WORDS = 2  # a one-word clause ("Anyway,") is read only within its sentence
WHY_WORDS = 3  # the words that weighed most, named in a model hit
LENGTHS = (1, 2, 3, 4, 6, 9, 14, 20)  # the length buckets' upper ends, in words
MEMO_LIMIT = 50_000  # words remembered with their summed weights

APOSTROPHES = lazy(r"['\u2019\u2018`]")
# An apostrophe right before a word CLAUSE_BREAK splits before ("x'but"): TOKEN splits there,
# the ASCII words (`asciiwords.words`) would not.
APOSTROPHE_BREAK = lazy(r"['`](?:but|although|though|except|however|whereas)")
WORD = lazy(r"[^\W_]+")
TOKEN = lazy(r"[^\W_]+(?:['\u2019\u2018`][^\W_]+)*")  # a word as written, for `why`
SENTENCE = lazy(r"[^.!?;\n\u2026]+")
# Where a clause ends inside a sentence: punctuation, a spaced dash, or before "but" & co.
CLAUSE_BREAK = lazy(
    r"[,:()\u2013\u2014\"]|\s-+\s|(?=\b(?:but|although|though|except|however|whereas)\b)",
    re.IGNORECASE,
)
# Words too common to explain anything: never named as why a clause fired.
PLAIN = (
    "a an the and or to of in on at for with is was be been being am are were it its this "
    "that i im ive id me my he hes him his she shes her they them their we us our you your "
    "just so do did does have has had will would can could"
)
PLAIN_WORDS = frozenset(PLAIN.split())


def words_of(text: str) -> list[str]:
    """The words as the model reads them: lower case, apostrophes dropped ("he's" is "hes")."""
    return WORD.findall(APOSTROPHES.sub("", text.lower()))


def word_features(word: str) -> list[str]:
    """The features a word brings on its own: itself and the letter runs of "<word>"."""
    feats = [word]
    marked = f"<{word}>"
    for n in CHAR_NGRAMS:
        feats.extend("#" + marked[i : i + n] for i in range(len(marked) - n + 1))
    return feats


def pair_feature(first: str, second: str) -> str:
    return f"{first} {second}"


def length_feature(count: int) -> str:
    """How long a unit is, in buckets: "I'm sorry" and "he said" are not a long disclosure."""
    return "@" + next(str(b) for b in LENGTHS if count <= b) if count <= LENGTHS[-1] else "@long"


def unit_features(words: Sequence[str]) -> list[str]:
    """Every feature of a clause (the trainer's view; run time sums them per word)."""
    feats: list[str] = [length_feature(len(words))]
    for w in words:
        feats.extend(word_features(w))
    feats.extend(pair_feature(a, b) for a, b in pairwise(words))
    return feats


@dataclass(frozen=True)
class Unit:
    """A sentence, or a clause of a sentence that has several: characters [start, end)."""

    start: int
    end: int
    words: list[str]
    clause: bool


def pieces(
    part: str, find_words: Callable[[str], list[str]] = words_of
) -> list[tuple[int, int, list[str]]]:
    """The clauses of one sentence that have words: offsets in `part`, and the words."""
    return split_at(part, [m.span() for m in CLAUSE_BREAK.finditer(part)], find_words)


def split_at(
    part: str, breaks: list[tuple[int, int]], find_words: Callable[[str], list[str]]
) -> list[tuple[int, int, list[str]]]:
    """`pieces` of `part`, given its CLAUSE_BREAK spans (none: the whole sentence)."""
    out: list[tuple[int, int, list[str]]] = []
    at = 0
    for start, end in breaks:
        if start == end and start <= at:
            continue
        words = find_words(part[at:start])
        if words:
            out.append((at, start, words))
        at = end
    words = find_words(part[at:])
    if words:
        out.append((at, len(part), words))
    return out


def sentence_parts(lowered: str, ascii_text: bool) -> list[tuple[int, str]]:
    """What `SENTENCE.finditer(lowered)` finds, as (start, text), without its search.

    Each stop becomes "." and the text is split there: the runs between stops, in order,
    each starting one character after the last one's end (a stop is one character).
    """
    marked = lowered.replace("!", ".").replace("?", ".").replace(";", ".").replace("\n", ".")
    if not ascii_text:
        marked = marked.replace("\u2026", ".")
    out: list[tuple[int, str]] = []
    at = 0
    for piece in marked.split("."):
        if piece:
            out.append((at, piece))
        at += len(piece) + 1
    return out


# `Model._quiet`'s marks: letters and digits stay, a stop is ".", a clause-breaking character
# ",", any other byte a space (apostrophes are deleted by the translation itself).
_MARKS = bytes(
    c
    if c < 128 and chr(c).isalnum()
    else ord(".")
    if chr(c) in ".!?;\n"
    else ord(",")
    if chr(c) in ',:()"'
    else ord(" ")
    for c in range(256)
)
CLAUSE_WORDS = frozenset({"but", "although", "though", "except", "however", "whereas"})
# What `_quiet` reads in place of a character beyond ASCII (`asciiwords.stand_in`; any other
# that is not a letter or digit is a space): the same stops, clause breaks and apostrophes as
# SENTENCE, CLAUSE_BREAK and TOKEN read in the text itself.
STAND_INS = {"\u2019": "'", "\u2018": "'", "\u2026": ".", "\u2013": ",", "\u2014": ","}
# A clause word next to an apostrophe ("but's", "x'though"): its word runs differ once the
# apostrophe is dropped.
APOSTROPHE_BY_BREAK = lazy(
    r"['`](?:but|although|though|except|however|whereas)|"
    r"(?:but|although|though|except|however|whereas)['`]"
)


def _has_clause_word(lowered: str) -> bool:
    """Might a clause break before a word of `lowered` (CLAUSE_WORDS)?"""
    return (
        "but" in lowered
        or "though" in lowered
        or "except" in lowered
        or "however" in lowered
        or "whereas" in lowered
    )


def _marks_apply(lowered: str, breaking: bool) -> bool:
    """Does `Model._quiet` read lower-case ASCII `lowered` as `read` does? Not with a dash
    (a spaced dash breaks a clause: the search decides), an underscore (a word character to
    `\\b`, not to the words), two apostrophes together or a backquote ("a''b" is two words to
    TOKEN), or an apostrophe beside a clause word (`breaking`: `_has_clause_word`)."""
    if "-" in lowered or "_" in lowered or "`" in lowered:
        return False
    if "'" not in lowered:
        return True
    if "''" in lowered:
        return False
    return not breaking or not APOSTROPHE_BY_BREAK.search(lowered)


def _clauses(sentence: str, breaking: bool) -> list[list[str]]:
    """The words of each clause of a marked sentence (`_MARKS`) that has words."""
    clauses = [words for part in sentence.split(",") if (words := part.split())]
    if not breaking:
        return clauses
    out: list[list[str]] = []
    for words in clauses:
        current: list[str] = []
        for w in words:
            if w in CLAUSE_WORDS and current:
                out.append(current)
                current = []
            current.append(w)
        out.append(current)
    return out


def _plain_apostrophes(lowered: str) -> bool:
    """Do `asciiwords.words` find in `lowered`'s ASCII parts what TOKEN finds, once each word
    is in its normal form (apostrophes dropped)? Not when two apostrophes stand together
    ("a''b": TOKEN reads two words), a backquote does, or an apostrophe stands right before a
    word a clause breaks at (`APOSTROPHE_BREAK`)."""
    if "`" in lowered:
        return False
    return "'" not in lowered or ("''" not in lowered and not APOSTROPHE_BREAK.search(lowered))


# CLAUSE_BREAK in three parts, for `ascii_breaks`.
BREAK_CHARS = (",", ":", "(", ")", '"')
DASH_BREAK = lazy(r"\s-+\s")
WORD_BREAK = lazy(r"(?:but|although|though|except|however|whereas)\b")


def ascii_breaks(part: str) -> list[tuple[int, int]]:
    """The spans of CLAUSE_BREAK's matches in lower-case ASCII `part`, without its search.

    The regex tries its three alternatives at every character (~15 µs a sentence); here the
    break characters are found by `str.find`, and the dash and the words are searched only
    when the sentence has them. The three kinds never overlap (a break character is neither
    a space nor a dash, a break word starts with a letter), so together, in order, they are
    the matches the one search finds. A word breaks where a word starts (`\b` before it).
    """
    spans: list[tuple[int, int]] = []
    for char in BREAK_CHARS:
        i = part.find(char)
        while i >= 0:
            spans.append((i, i + 1))
            i = part.find(char, i + 1)
    if "-" in part:
        spans += [m.span() for m in DASH_BREAK.finditer(part)]
    if (
        "but" in part
        or "though" in part
        or "except" in part
        or "however" in part
        or "whereas" in part
    ):
        for m in WORD_BREAK.finditer(part):
            at = m.start()
            if at == 0 or not (part[at - 1].isalnum() or part[at - 1] == "_"):
                spans.append((at, at))
    if len(spans) > 1:
        spans.sort()
    return spans


def may_break(part: str) -> bool:
    """False when an ASCII `part` surely has no CLAUSE_BREAK: none of its characters and
    none of its words is in it (a few substring tests, ~6x cheaper than the search)."""
    return (
        "," in part
        or "-" in part
        or ":" in part
        or "(" in part
        or ")" in part
        or '"' in part
        or "but" in part
        or "though" in part
        or "except" in part
        or "however" in part
        or "whereas" in part
    )


def units(text: str) -> Iterator[Unit]:
    """The sentences of `text`, each followed by its clauses when it has more than one.

    A clause of one word ("Anyway,") is read only within its sentence. Spans may carry the
    spaces and punctuation around the words (`trim` takes them off).
    """
    for sentence in SENTENCE.finditer(text):
        clauses = pieces(sentence.group())
        if not clauses:
            continue
        base = sentence.start()
        yield Unit(base, sentence.end(), [w for c in clauses for w in c[2]], False)
        if len(clauses) > 1:
            for start, end, words in clauses:
                if len(words) >= MIN_CLAUSE_WORDS:
                    yield Unit(base + start, base + end, words, True)


def units_text(text: str) -> Iterator[list[str]]:
    """The words of each unit of `text` (what the trainer learns from)."""
    for unit in units(text):
        yield unit.words


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) narrowed to its first and last word characters."""
    found = list(TOKEN.finditer(text, start, end))
    return (found[0].start(), found[-1].end()) if found else (start, end)


@dataclass(frozen=True)
class Finding:
    """One unit that fired: its characters, kinds (strongest first) and weightiest words."""

    start: int
    end: int
    kinds: tuple[str, ...]
    why: tuple[str, ...]
    probability: float


# A word as written (lower case) -> its own "any" weight, its pairs' by next word, its normal
# form; weights in whole units of the "any" head's scale (summed exactly, scaled once a unit).
Entry = tuple[int, dict[str, int], str]


@dataclass
class Model:
    """The weights: one row per feature, one column per head (head 0 is "any danger").

    `features` is sorted: a feature's row is found by bisection, so loading builds no index;
    each word met is looked up once and remembered with the weights of the pairs it starts,
    as whole numbers (the int8 weights summed; one multiplication by the scale per unit).
    """

    heads: tuple[str, ...]
    features: list[str]
    weights: array[int]  # int8, row-major (feature, head)
    scales: tuple[float, ...]
    bias: tuple[float, ...]
    threshold: float = THRESHOLD
    clause_threshold: float = CLAUSE_THRESHOLD
    kind_threshold: float = KIND_THRESHOLD
    cued_kind_threshold: float = CUED_KIND_THRESHOLD
    length_slope: float = LENGTH_SLOPE
    long_from: int = LONG_FROM
    pair_first: float = PAIR_FIRST
    pair_second: float = PAIR_SECOND
    kind_cuts: dict[str, float] = field(default_factory=lambda: dict(KIND_CUTS))
    name_cuts: dict[str, float] = field(default_factory=lambda: dict(NAME_CUTS))
    _memo: dict[str, Entry] = field(default_factory=dict, repr=False)
    _lengths: dict[int, float] = field(default_factory=dict, repr=False)
    _heads_memo: dict[str, tuple[tuple[int, ...], dict[str, tuple[int, ...]]]] = field(
        default_factory=dict, repr=False
    )

    @property
    def kinds(self) -> tuple[str, ...]:
        return self.heads[1:]

    def row(self, feature: str) -> int | None:
        i = bisect_left(self.features, feature)
        return i if i < len(self.features) and self.features[i] == feature else None

    def entry(self, word: str) -> Entry:
        """A word's own "any danger" weight and those of the pairs it starts (remembered).

        `word` is lower case and may hold apostrophes ("he's"): its normal form ("hes") is
        what the weights know. Weights stay whole numbers (units of the head's scale).
        """
        found = self._memo.get(word)
        if found is not None:
            return found
        if len(self._memo) >= MEMO_LIMIT:
            self._memo.clear()
        norm = APOSTROPHES.sub("", word)
        if norm != word:
            found = self._memo[word] = self.entry(norm)
            return found
        width, weights, features = len(self.heads), self.weights, self.features
        total = 0
        for feat in word_features(word):
            i = self.row(feat)
            if i is not None:
                total += weights[i * width]
        pairs: dict[str, int] = {}
        prefix = word + " "
        i = bisect_left(features, prefix)
        while i < len(features) and features[i].startswith(prefix):
            pairs[features[i][len(prefix) :]] = weights[i * width]
            i += 1
        found = self._memo[word] = (total, pairs, word)
        return found

    def any_logit(self, words: Sequence[str]) -> float:
        """The "any danger" head's log-odds for a unit: a look-up or two per word."""
        inner = self._sum(words, None)[0]
        return self.bias[0] + self.length_any(len(words)) + inner * self.scales[0]

    def length_any(self, count: int) -> float:
        """The "any danger" weight of a unit's length bucket (remembered)."""
        found = self._lengths.get(count)
        if found is None:
            i = self.row(length_feature(count))
            weight = self.weights[i * len(self.heads)] * self.scales[0] if i is not None else 0.0
            found = self._lengths[count] = weight
        return found

    def _sum(
        self, words: Sequence[str], after: dict[str, int] | None
    ) -> tuple[int, int, dict[str, int] | None]:
        """Words' and inner pairs' "any" weights; the pair across from the word before them
        (whose pairs are `after`); and the pairs of the last word. Words may be as written."""
        memo, entry = self._memo, self.entry
        total = across = 0
        nxt = after
        first = True
        for w in words:
            own, pairs, norm = memo.get(w) or entry(w)
            total += own
            if nxt:
                if first:
                    across = nxt.get(norm, 0)
                else:
                    total += nxt.get(norm, 0)
            first = False
            nxt = pairs
        return total, across, nxt

    def heads_of(self, word: str) -> tuple[tuple[int, ...], dict[str, tuple[int, ...]]]:
        """A word's own weights for every head (the word and its letter runs, summed as whole
        numbers) and those of the pairs it starts, by next word (remembered).

        Exactly what `logits` and `contributions` would sum feature by feature: one bisection
        per feature costs ~1 ms for a sentence that fires; the word's sums cost one look-up.
        `word` is used as it is (the caller's words are in their normal form).
        """
        found = self._heads_memo.get(word)
        if found is not None:
            return found
        if len(self._heads_memo) >= MEMO_LIMIT:
            self._heads_memo.clear()
        width, weights, features = len(self.heads), self.weights, self.features
        sums = [0] * width
        for feat in word_features(word):
            i = self.row(feat)
            if i is not None:
                row = i * width
                for h in range(width):
                    sums[h] += weights[row + h]
        pairs: dict[str, tuple[int, ...]] = {}
        prefix = word + " "
        i = bisect_left(features, prefix)
        while i < len(features) and features[i].startswith(prefix):
            row = i * width
            pairs[features[i][len(prefix) :]] = tuple(weights[row : row + width])
            i += 1
        found = self._heads_memo[word] = (tuple(sums), pairs)
        return found

    def contributions(self, words: Sequence[str], head: int) -> list[float]:
        """Each word's share of a head's score (a pair's weight is split between its words)."""
        scale = self.scales[head]
        entries = [self.heads_of(w) for w in words]
        shares = [own[head] * scale for own, _ in entries]
        for k in range(len(words) - 1):
            pair = entries[k][1].get(words[k + 1])
            if pair is not None:
                half = pair[head] * scale / 2
                shares[k] += half
                shares[k + 1] += half
        return shares

    def logits(self, words: Sequence[str]) -> list[float]:
        """Every head's log-odds for a unit (`unit_features`' weights, summed per word)."""
        width = len(self.heads)
        sums = [0] * width
        i = self.row(length_feature(len(words)))
        if i is not None:
            row = i * width
            for h in range(width):
                sums[h] += self.weights[row + h]
        after: dict[str, tuple[int, ...]] | None = None
        for w in words:
            own, pairs = self.heads_of(w)
            if after:
                pair = after.get(w)
                if pair is not None:
                    for h in range(width):
                        sums[h] += pair[h]
            for h in range(width):
                sums[h] += own[h]
            after = pairs
        return [b + s * c for b, s, c in zip(self.bias, sums, self.scales, strict=True)]

    def peak(self, text: str) -> float:
        """The highest "any danger" probability of any unit of `text` (0 for no words)."""
        scores = [self.any_logit(u.words) for u in units(text)]
        return _sigmoid(max(scores)) if scores else 0.0

    def raise_for(self, sentences: int) -> float:
        """How much surer (in log-odds) a unit must be in a text of this many sentences.

        Every sentence of a long post is one more chance of a stray false alarm ("My wife
        checks her emails in bed"), so past `long_from` sentences the cuts rise with the log of
        the length; a post's one dangerous sentence still stands far above them.
        """
        if sentences <= self.long_from:
            return 0.0
        return self.length_slope * math.log(sentences / self.long_from)

    def read(self, text: str) -> list[Finding]:
        """The units of `text` that fire, the smallest ones: a clause rather than its sentence.

        The same units and scores as `units` (what the trainer reads), in one pass over the
        lower-cased text: a sentence's sum is its clauses' sums and the pairs across their
        borders. A long text's cuts are higher (`raise_for`). Text whose lower case has
        another length is read through `units` itself.
        """
        lowered = text.lower()
        if len(lowered) != len(text):
            return self._read_units(text)
        plain = lowered if lowered.isascii() else asciiwords.stand_in(lowered, STAND_INS)
        if plain is not None:  # an emoji or a curly apostrophe reads as its ASCII stand-in
            breaking = _has_clause_word(plain)
            if _marks_apply(plain, breaking) and self._quiet(plain, breaking):
                return []
        # Per sentence: its span and score, and its clauses' spans and scores (as sums
        # without the bias, compared with the cuts once the number of sentences is known).
        scale = self.scales[0]
        add, length_any = self._sum, self.length_any
        ascii_text = lowered.isascii()
        fast = _plain_apostrophes(lowered)
        read: list[tuple[int, int, float, list[tuple[int, int, float]]]] = []
        top = top_clause = -math.inf  # the highest sentence and clause scores so far
        for base, part in sentence_parts(lowered, ascii_text):
            if ascii_text or part.isascii():
                find = asciiwords.words if fast else TOKEN.findall
                breaks = ascii_breaks(part) if may_break(part) else None
            else:
                find = TOKEN.findall
                breaks = [m.span() for m in CLAUSE_BREAK.finditer(part)]
            if not breaks:
                words = find(part)
                if words:
                    score = add(words, None)[0] * scale + length_any(len(words))
                    read.append((base, base + len(part), score, []))
                    if score > top:
                        top = score
                continue
            clauses = split_at(part, breaks, find)
            if not clauses:
                continue
            total = count = 0
            after: dict[str, int] | None = None
            scored: list[tuple[int, int, float]] = []
            for start, end, words in clauses:
                inner, across, after = add(words, after)
                total += inner + across
                count += len(words)
                if len(clauses) > 1 and len(words) >= MIN_CLAUSE_WORDS:
                    score = inner * scale + length_any(len(words))
                    scored.append((base + start, base + end, score))
                    if score > top_clause:
                        top_clause = score
            score = total * scale + length_any(count)
            read.append((base, base + len(part), score, scored))
            if score > top:
                top = score
        bias = self.bias[0]
        more = self.raise_for(len(read))
        cut = _logit(self.threshold) - bias + more
        clause_cut = _logit(self.clause_threshold) - bias + more
        if top < cut and top_clause < clause_cut and len(read) <= self.long_from:
            return []  # nothing fires and no pair is asked for: the common case
        # A clause that fires stands for its sentence; one quieted (`quieted`) leaves the
        # sentence to be read as a whole.
        out: list[Finding] = []
        fired = False
        for start, end, score, scored in read:
            found = [
                self._unit_finding(text, s, e, True, x + bias, x - clause_cut)
                for s, e, x in scored
                if x >= clause_cut
            ]
            kept = [f for f in found if f is not None]
            out += kept
            fired = fired or bool(found)
            if score >= cut and not kept:
                fired = True
                sentence = self._unit_finding(text, start, end, False, score + bias, score - cut)
                if sentence is not None:
                    out.append(sentence)
        if not fired and len(read) > self.long_from:
            pair = self.pair([(start, end, score + bias) for start, end, score, _ in read])
            paired = (self._unit_finding(text, s, e, False, x, math.inf) for s, e, x in pair)
            out = [f for f in paired if f is not None]
        return out

    def quieted(self, words: Sequence[str], cut: float) -> bool:
        """Does a unit whose words fired (at log-odds `cut`, the bias included) hold a quiet
        phrase without which it would not fire?"""
        rest = quiet().rest(words)
        if rest is None:
            return False
        return not rest or self.any_logit(rest) < cut

    def kind_margin(self, named: Sequence[str]) -> float:
        """How far past its cut a unit naming `named` must score (`KIND_CUTS`): the least
        any of its kinds asks (0 when one of them keeps the shared threshold)."""
        base = _logit(self.threshold)
        return min(_logit(max(self.kind_cuts.get(k, self.threshold), 1e-6)) - base for k in named)

    def _unit_finding(
        self, text: str, start: int, end: int, clause: bool, score: float, margin: float
    ) -> Finding | None:
        unit = Unit(start, end, words_of(text[start:end]), clause)
        return self._finding(text, unit, score, margin)

    def _quiet(self, lowered: str, breaking: bool) -> bool:
        """True when no unit of `lowered` fires: `read`'s sums and cuts, without spans.

        For lower-case ASCII text that `_marks_apply` to: one byte translation marks each
        stop "." and each clause-breaking character ",", and the text is split there; a clause
        also breaks before a word of CLAUSE_WORDS. The same sentences, clauses, words and whole-
        number sums as `read` (which finds the spans when something fires); most texts end
        here, without a regular expression.
        """
        marked = lowered.encode().translate(_MARKS, b"'").decode()
        memo, entry, length_any = self._memo, self.entry, self.length_any
        lengths = self._lengths
        scale = self.scales[0]
        scores: list[float] = []
        top_clause = -math.inf
        for sentence in marked.split("."):
            if "," not in sentence and not breaking:
                words = sentence.split()
                if not words:
                    continue
                total = 0
                nxt: dict[str, int] | None = None
                for w in words:
                    if nxt:
                        total += nxt.get(w, 0)
                    found = memo.get(w) or entry(w)
                    total += found[0]
                    nxt = found[1]
                count = len(words)
                scores.append(total * scale + (lengths.get(count) or length_any(count)))
                continue
            clauses = _clauses(sentence, breaking)
            if not clauses:
                continue
            several = len(clauses) > 1
            total = count = 0
            nxt = None
            for clause in clauses:
                # the pair across from the clause before counts for the sentence only
                head = clause[0]
                if nxt:
                    total += nxt.get(head, 0)
                found = memo.get(head) or entry(head)
                inner = found[0]
                nxt = found[1]
                for w in islice(clause, 1, None):
                    if nxt:
                        inner += nxt.get(w, 0)
                    found = memo.get(w) or entry(w)
                    inner += found[0]
                    nxt = found[1]
                total += inner
                n = len(clause)
                count += n
                if several and n >= MIN_CLAUSE_WORDS:
                    score = inner * scale + (lengths.get(n) or length_any(n))
                    if score > top_clause:
                        top_clause = score
            scores.append(total * scale + (lengths.get(count) or length_any(count)))
        if not scores:
            return True
        bias = self.bias[0]
        more = self.raise_for(len(scores)) if len(scores) > self.long_from else 0.0
        if max(scores) >= _logit(self.threshold) - bias + more:
            return False
        if top_clause >= _logit(self.clause_threshold) - bias + more:
            return False
        if len(scores) <= self.long_from or self.pair_first >= 1.0:
            return True
        lower, higher = sorted(scores)[-2:]  # `pair`'s test on the two highest
        return not (
            higher + bias >= _logit(self.pair_first) and lower + bias >= _logit(self.pair_second)
        )

    def pair(self, sentences: Sequence[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
        """The two sentences of a long text that fire together: (start, end, log-odds) each.

        In a long post one sentence alone must clear the raised cut (`raise_for`); two
        sentences that both lean to danger ("I'm scared to go home", "I hid his car keys")
        fire together when the stronger reaches `pair_first` and the other `pair_second`.
        Stray false alarms of ordinary posts are one sentence each.
        """
        if len(sentences) < 2 or self.pair_first >= 1.0:
            return []
        top = sorted(sentences, key=lambda s: -s[2])[:2]
        if top[0][2] >= _logit(self.pair_first) and top[1][2] >= _logit(self.pair_second):
            return sorted(top)
        return []

    def _read_units(self, text: str) -> list[Finding]:
        """`read` through `units`, for text whose lower case has another length."""
        scored = [(u, self.any_logit(u.words)) for u in units(text)]
        sentences = sum(not u.clause for u, _ in scored)
        more = self.raise_for(sentences)
        cuts = {False: _logit(self.threshold) + more, True: _logit(self.clause_threshold) + more}
        fired = [(u, s, s - cuts[u.clause]) for u, s in scored if s >= cuts[u.clause]]
        if not fired and sentences > self.long_from:
            whole = {(u.start, u.end): u for u, _ in scored if not u.clause}
            pair = self.pair([(u.start, u.end, s) for u, s in scored if not u.clause])
            fired = [(whole[start, end], score, math.inf) for start, end, score in pair]
        kept = [
            (u, f)
            for u, s, margin in fired
            if u.clause and (f := self._finding(text, u, s, margin))
        ]
        out = [f for _, f in kept]
        for u, s, margin in fired:
            if not u.clause and not any(u.start <= v.start < u.end for v, _ in kept):
                found = self._finding(text, u, s, margin)
                if found is not None:
                    out.append(found)
        out.sort(key=lambda f: f.start)
        return out

    def _finding(
        self, text: str, unit: Unit, score: float, margin: float = math.inf
    ) -> Finding | None:
        """What a firing unit names and why. None for a unit that fires only on a phrase of
        ordinary talk (`cues.quiet`, data/quiet.toml): scored again without the phrase's words,
        it no longer reaches its cut (`score` less `margin`, how far past the cut it was)."""
        words = unit.words
        if margin != math.inf and self.quieted(words, score - margin):
            return None
        # A quiet phrase's words do not choose the kind either: "He doesn't hit me, he just
        # never lets me see my friends" is named by what is left (control), not by "hit".
        rest = quiet().rest(words) if margin != math.inf else None
        kind_logits = self.logits(rest or words)[1:]
        order = sorted(range(len(kind_logits)), key=lambda k: -kind_logits[k])
        kinds = self.heads[1:]
        cut = _logit(self.kind_threshold)
        second = {
            k: _logit(max(self.name_cuts.get(kinds[k], 0.0), self.kind_threshold))
            for k in order[1:]
        }
        chosen = [k for k in order if kind_logits[k] >= second.get(k, cut)] or order[:1]
        named = tuple(kinds[k] for k in chosen)
        if self.cued_kind_threshold < 1.0:
            cued_cut = _logit(self.cued_kind_threshold)
            named = cues().name(
                sentence_around(text, unit.start, unit.end),
                named,
                [kinds[k] for k in order],
                [
                    kinds[k]
                    for k in order
                    if k not in chosen and kind_logits[k] >= max(cued_cut, second.get(k, cued_cut))
                ],
            )
        if margin != math.inf and self.kind_cuts and margin < self.kind_margin(named):
            return None
        shares = self.contributions(words, self.heads.index(named[0]))
        written = [m.group() for m in TOKEN.finditer(text, unit.start, unit.end)]
        if len(written) != len(words):  # a rare letter whose lower case splits differently
            written = list(words)
        telling = [k for k in range(len(words)) if words[k] not in PLAIN_WORDS]
        top = sorted(telling, key=lambda k: -shares[k])[:WHY_WORDS]
        why = tuple(written[k] for k in sorted(top) if shares[k] > 0) or tuple(written[:1])
        start, end = trim(text, unit.start, unit.end)
        return Finding(
            start=start,
            end=end,
            kinds=named,
            why=why,
            probability=_sigmoid(score),
        )


SENTENCE_END = lazy(r"[.!?;\n\u2026]")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (as `SENTENCE` splits) that holds the unit [start, end) of `text`."""
    before = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    after = SENTENCE_END.search(text, max(start, end - 1))
    return text[before : after.start() if after else len(text)]


@cache
def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-max(-60.0, min(60.0, x))))


def model_path() -> Path:
    return Path(__file__).with_name("data") / MODEL_FILE


def decode(raw: dict[str, object]) -> Model:
    """A Model from the shipped JSON (see `encode` in tools/train_safety.py)."""
    if raw.get("format") != FORMAT:
        raise ValueError(f"safety model format {raw.get('format')!r}, expected {FORMAT}")
    heads = tuple(str(h) for h in raw["heads"])  # type: ignore[attr-defined]
    features = str(raw["features"]).split("\n")
    weights = array("b", base64.b64decode(str(raw["weights"])))
    if len(weights) != len(features) * len(heads):
        raise ValueError("safety model weights do not match its features")
    return Model(
        heads=heads,
        features=features,
        weights=weights,
        scales=tuple(float(s) for s in raw["scales"]),  # type: ignore[attr-defined]
        bias=tuple(float(b) for b in raw["bias"]),  # type: ignore[attr-defined]
    )


@cache
def model() -> Model:
    """The shipped model, read once per process on first use."""
    return decode(json.loads(model_path().read_text(encoding="utf-8")))
