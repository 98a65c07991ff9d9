"""The coach's learned layer: a small linear model that adds findings the rules miss.

The rules (`analyse.find_patterns`) give exact spans and say which pattern fired; people
also say "you're turning into your father" or "honestly a professional could sort you out"
in words no rule foresees. This layer reads each sentence as a bag of words and word pairs
(with its first word and a closing "?" marked) through one logistic head per finding, and
adds a finding only where no rule already found that finding in that sentence. Its span is
the clause that scores highest, its `rule` is "model:<finding>", and its `why` is the
finding's own line from the rule files.

Trained by `tools/train_meaning.py` on team-written text only (`training/meaning/*.jsonl`
and the rules' own examples; never ../shared/eval-data) and shipped as
`data/meaning_model.json`. Pure Python at run time (no numpy); the weights load on first
use, never at import. The file keeps each word's weights, and those of the word pairs it
starts, as one short string (`encode_records`): loading is one `json.loads` of a few thousand
strings, and a word's string is read into numbers when a message first holds that word. A
word's weights are summed once and remembered, so a sentence costs a dictionary look-up per
word and one per word pair.

Speaker scope as the rules have it: a pushing finding is added only to words the writer says
to the partner (a sentence with "you" in it; self-talk and stories about others are left)
(not inside quotes, not after someone else's speech verb in the same clause, not after the
partner's reading said back: "you might think I'm saying you always mess up").
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path

from alongside import asciiwords
from alongside.coach.edge import has_edge
from alongside.coach.model import Finding
from alongside.coach.rewrite import Check, read_doubt_with
from alongside.coach.rules import Rule, rules
from alongside.lazyre import lazy

MODEL_FILE = "meaning_model.json"
# One head over every pushing finding ("does anything in this sentence push?"), trained on the
# same units as the others (tools/train_meaning.py). It adds no finding: where the rules and
# the finding heads find nothing pushing, it keeps the coach from praising words that may land
# hard, and says so plainly (`leaning`, issue 12).
LEAN_HEAD = "leans_pushing"
# 0.75: chosen in session 12 on the team's probes. Session 13 tried 0.65 (with the valence
# cues and writer13's text: pushing found or hedged on the blind probe12 70 -> 73 of 110, kind
# neighbours hedged 6 -> 8 of 80) and blind round 10 rated the hedge 1.87 on pushing messages
# (1.47 for "Nothing here looks pushing") but 2.0 on a gentle or neutral one (4.67-5.0 without
# it): a hedge on a kind message costs more than seven on pushes gain, so the cut went back.
# Session 14 trained the lean head with a third of the others' weight penalty
# (`train_meaning.L2_FOR`): surer where it has seen the like, so a higher cut keeps kind
# messages as they were and still hedges more pushes (six probes, four written blind: pushes
# found or hedged 310 -> 331 of 517, kind messages found or hedged 42 -> 42 of 359; at 0.75
# 349 and 48).
LEAN_PROBABILITY = 0.8
# A sentence not said to them ("bins go out thursday", "i think i might have a problem") must
# be surer: the lean head read arrangements and self-talk at 0.80-0.85 (at 0.8 it hedged a
# basketball score, a meme link and "Start without me").
LEAN_PROBABILITY_NOT_TO_THEM = 0.9
FORMAT = 2  # 2: a record string per first word (`encode_records`); 1: a JSON table
MEMO_LIMIT = 50_000

APOSTROPHES = lazy(r"['\u2019\u2018`]")
WORD = lazy(r"[^\W_]+|\?")
SENTENCE = lazy(r"[^.!?\n\u2026]+[.!?\u2026]*")
CLAUSE = lazy(r"[^,;:()\u2013\u2014]+")
TRIM = lazy(r"[^\W_](?:.*[^\W_])?", re.DOTALL)
START = "^"


NEGATORS = frozenset(
    {
        *("not", "no", "never", "nobody", "nothing", "cannot", "without", "aint"),
        *("dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt"),
        *("shouldnt", "couldnt", "cant", "havent", "hasnt", "hadnt"),
    }
)
SECOND_PERSON = frozenset(
    {"you", "your", "youre", "yourself", "u", "ur", "ya", "youve", "youll", "youd"}
)
NEGATED_WORDS = 3  # the words after a negator that read as denied ("not ~lazy")

# A sentence with a word rated clearly negative or clearly positive in VADER's lexicon
# (`data/valence.txt`, tools/write_valence.py; MIT, docs/data.md) has one more word,
# `NEG_CUE` or `POS_CUE` (`valence_words`): the model learns what "a scornful word said to you"
# or "glowing words about a chore" weigh from the words it has seen, and reads the lexicon's
# other 4,000 words the same way ("ur actually pathetic" without "pathetic" in training). A
# denied word ("not ~lazy") is not in the lexicon. No word the model reads has "_" in it.
NEG_CUE = "_neg_"
POS_CUE = "_pos_"
VALENCE_FILE = "valence.txt"


@cache
def _valence() -> tuple[frozenset[str], frozenset[str]]:
    """The negative and the positive words of `data/valence.txt` (read on first use)."""
    neg: set[str] = set()
    pos: set[str] = set()
    path = Path(__file__).with_name("data") / VALENCE_FILE
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("- "):
            neg.add(line[2:])
        elif line.startswith("+ "):
            pos.add(line[2:])
    return frozenset(neg), frozenset(pos)


def valence_words(words: Sequence[str]) -> list[str]:
    """`NEG_CUE` when a word of `words` is clearly negative, `POS_CUE` when one is clearly
    positive (both, or neither)."""
    neg, pos = _valence()
    out = []
    if not neg.isdisjoint(words):
        out.append(NEG_CUE)
    if not pos.isdisjoint(words):
        out.append(POS_CUE)
    return out


def with_cues(words: list[str]) -> list[str]:
    """A sentence's words as the model reads them: its words, then its `valence_words`."""
    cues = valence_words(words)
    return words + cues if cues else words


def words_of(text: str) -> list[str]:
    """The words as the model reads them: lower case, apostrophes dropped, "?" kept.

    The few words after a negator are marked ("you're not ~lazy", "don't ~have ~to"), so a
    denied label or order does not weigh like a said one.
    """
    return _mark(WORD.findall(APOSTROPHES.sub("", text.lower())))


def _lower_words(low: str) -> list[str]:
    """`words_of` for text already lower-cased: without a regex for an ASCII sentence.

    In a sentence (`SENTENCE`) every "?" stands in the run of stops that ends it, after every
    word: the words are then the ASCII words and one "?" for each.
    """
    if low.isascii():
        if "?" not in low:
            return _mark(asciiwords.words(low))
        if "?" not in low.rstrip(".!?"):
            return _mark(asciiwords.words(low) + ["?"] * low.count("?"))
    part = low.replace("'", "")
    if "`" in part or "\u2019" in part or "\u2018" in part:
        part = APOSTROPHES.sub("", part)
    return _mark(WORD.findall(part))


# ASCII text marked for `ascii_sentences`: letters, digits, "?", line breaks and apostrophes
# stay ("`" is one), "." and "!" are ".", the rest is " " (every character keeps its place).
_MARKS = bytes(
    c
    if c < 128 and (chr(c).isalnum() or chr(c) in "?\n'")
    else ord(".")
    if chr(c) in ".!"
    else ord("'")
    if chr(c) == "`"
    else ord(" ")
    for c in range(256)
)


def ascii_sentences(low: str) -> list[tuple[int, int, list[str]]]:
    """Each sentence of lower-case ASCII `low` that `learned_findings` reads, as SENTENCE
    finds it, without a regex: (start, end, its words as `_lower_words` reads them).

    A sentence is a run without stops or line breaks (its body) and the stops after it: a
    line break always ends one, and stops at the start of a line belong to no sentence. Its
    words are its body's and one "?" for each "?" among the stops after it.
    """
    out: list[tuple[int, int, list[str]]] = []
    marked = low.encode().translate(_MARKS).decode()
    base = 0
    for line in marked.split("\n") if "\n" in marked else (marked,):
        asking = "?" in line
        pieces = (line.replace("?", ".") if asking else line).split(".")
        at = base
        start = -1
        body: list[str] = []
        for piece in pieces:
            if piece:
                if start >= 0 and (body or asking):
                    _add(out, body, line, base, start, at, asking)
                start = at
                body = (piece.replace("'", "") if "'" in piece else piece).split()
            at += len(piece) + 1
        if start >= 0 and (body or asking):
            _add(out, body, line, base, start, base + len(line), asking)
        base += len(line) + 1
    return out


def _add(
    out: list[tuple[int, int, list[str]]],
    body: list[str],
    line: str,
    base: int,
    start: int,
    end: int,
    asking: bool,
) -> None:
    """Add the sentence [start, end) of `line` (which starts at `base`) with its body's words
    and a "?" for each in it (`asking`: the line has one)."""
    if asking:
        asks = line.count("?", start - base, end - base)
        if asks:
            body = body + ["?"] * asks
        if not body or body == ["?"]:
            return  # no words, or a lone "?": not read
    out.append((start, end, body if NEGATORS.isdisjoint(body) else _mark(body)))


def _mark(words: list[str]) -> list[str]:
    if NEGATORS.isdisjoint(words):
        return words
    left = 0
    for i, w in enumerate(words):
        if w in NEGATORS:
            left = NEGATED_WORDS
        elif left:
            words[i] = "~" + w
            left -= 1
    return words


def unit_features(words: Sequence[str]) -> list[str]:
    """Every feature of a sentence or clause (the trainer's view; run time sums per word)."""
    feats = list(words)
    feats.append(f"{START} {words[0]}" if words else START)
    feats.extend(f"{a} {b}" for a, b in pairwise(words))
    return feats


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    words: list[str]


def _sentences(low: str) -> Iterator[tuple[int, int, list[str]]]:
    """`ascii_sentences` for any lower-cased text, through SENTENCE."""
    for sm in SENTENCE.finditer(low):
        words = _lower_words(sm.group())
        if words and words != ["?"]:
            yield sm.start(), sm.end(), words


def sentences(text: str) -> Iterator[Sentence]:
    for m in SENTENCE.finditer(text):
        words = words_of(m.group())
        if words and words != ["?"]:
            yield Sentence(m.start(), m.end(), with_cues(words))


Weights = dict[int, float]
Row = tuple[tuple[int, float], ...]
NO_PAIRS: dict[str, Row] = {}
NO_PACKED: dict[str, int] = {}
OFF = 50.0  # a threshold (log-odds) at or above this: the head is trained but not shipped
SCALE = 1000  # weights are shipped in thousandths
SLOT = 32  # bits per head in a packed sum
TOP = 1 << (SLOT - 1)
MASK = (1 << SLOT) - 1
MAX_PACKED_WORDS = 1000  # a unit of more words is summed head by head (`scores`)


@dataclass
class Model:
    """Sparse weights: feature -> {head: weight}; a bias and a threshold per head.

    The weights come as a table (`weights`: the trainer's view, and small test models) or,
    for the shipped model, as each first word's record string (`records`, `encode_records`),
    read into numbers on a word's first use. Either way each word has its own row and the
    rows of the pairs it starts (`"^"` starts the sentence), so a unit costs a dictionary
    look-up per word and per pair, and no feature string is built. `heaviest`: the largest
    absolute weight (the file says it; a table's is computed).
    """

    heads: tuple[str, ...]
    bias: tuple[float, ...]
    thresholds: tuple[float, ...]  # log-odds a head must reach
    weights: dict[str, Weights] = field(default_factory=dict)
    records: dict[str, str] = field(default_factory=dict, repr=False)
    heaviest: float | None = None
    _rows: dict[str, tuple[Row, dict[str, Row]]] = field(default_factory=dict, repr=False)
    _packed: dict[str, tuple[int, dict[str, int]]] = field(default_factory=dict, repr=False)
    _live: tuple[int, ...] = ()
    # One test of every live head at once (`fired`): added to a unit's packed sum, each head's
    # field reaches its top bit only when the head may fire (a cut two thousandths below the
    # exact one); most units then end with one `&`.
    _cuts: int = 0
    _tops: int = 0
    _max_words: int = MAX_PACKED_WORDS

    def __post_init__(self) -> None:
        if self.weights and self.records:
            raise ValueError("a meaning model has a weights table or records, not both")
        own: dict[str, Row] = {}
        pairs: dict[str, dict[str, Row]] = {}
        for feature, weights in self.weights.items():
            row = tuple(weights.items())
            first, _, second = feature.partition(" ")
            if second:
                pairs.setdefault(first, {})[second] = row
            else:
                own[feature] = row
        self._live = tuple(h for h, t in enumerate(self.thresholds) if t < OFF)
        cuts = []
        for j, h in enumerate(self._live):
            cut = math.floor((self.thresholds[h] - self.bias[h]) * SCALE) - 2
            cuts.append(cut)
            self._cuts += (TOP - cut) << (SLOT * j)
            self._tops |= TOP << (SLOT * j)
        for word in own.keys() | pairs.keys():
            self._rows[word] = (own.get(word, ()), pairs.get(word, NO_PAIRS))
        # A packed field holds a head's sum in [-2**31, 2**31) once its cut is added: a unit
        # of `_max_words` words (two features each) stays inside (`fired`).
        heaviest = self.heaviest
        if heaviest is None:
            heaviest = max((abs(x) for r in self.weights.values() for x in r.values()), default=0.0)
        room = TOP - 1 - max((abs(c) for c in cuts), default=0)
        per_word = 2 * (round(heaviest * SCALE) + 1)
        self._max_words = max(0, min(MAX_PACKED_WORDS, room // per_word))

    def _row(self, word: str) -> tuple[Row, dict[str, Row]] | None:
        """A word's own row and its pairs' rows (None: the model has no feature it starts)."""
        found = self._rows.get(word)
        if found is None:
            record = self.records.get(word)
            if record is None:
                return None
            found = self._rows[word] = decode_record(record)
        return found

    def table(self) -> dict[str, Weights]:
        """Every feature's weights (the trainer's view): the table, or every record read."""
        if not self.records:
            return self.weights
        out: dict[str, Weights] = {}
        for word, record in self.records.items():
            mine, after = decode_record(record)
            if mine:
                out[word] = dict(mine)
            for second, row in after.items():
                out[f"{word} {second}"] = dict(row)
        return out

    def _packed_word(self, word: str) -> tuple[int, dict[str, int]]:
        """A word's packed row and its pairs' (packed when first met, then remembered)."""
        if len(self._packed) >= MEMO_LIMIT:
            self._packed.clear()
        mine, after = self._row(word) or ((), NO_PAIRS)
        found = self._packed[word] = (
            self._pack(mine),
            {w: self._pack(r) for w, r in after.items()} if after else NO_PACKED,
        )
        return found

    def _pack(self, row: Row) -> int:
        """A row's live weights in thousandths, head j's in bits [SLOT*j, SLOT*(j+1)) of one
        integer, each signed: the integers' sum is every head's sum at once."""
        if not row:
            return 0
        by_head = dict(row)
        total = 0
        for j, h in enumerate(self._live):
            total += round(by_head.get(h, 0.0) * SCALE) << (SLOT * j)
        return total

    def scores(self, words: Sequence[str]) -> list[float]:
        """Each head's log-odds for a unit: its words, its pairs and its first word."""
        sums = list(self.bias)
        row = self._row
        after = (row(START) or ((), NO_PAIRS))[1]
        for w in words:
            found = row(w)
            if after:
                pair = after.get(w)
                if pair:
                    for h, x in pair:
                        sums[h] += x
            if found is None:
                after = NO_PAIRS
                continue
            for h, x in found[0]:
                sums[h] += x
            after = found[1]
        return sums

    def fired(self, words: Sequence[str]) -> list[tuple[int, float]]:
        """The live heads that reach their threshold on a unit, with their log-odds.

        Every head's sum at once: a feature's live weights are packed into one integer
        (`_pack`), so a unit costs one integer addition per feature, not one per head.
        """
        if len(words) > self._max_words:  # so many that a field could overflow
            sums = self.scores(words)
            return [(h, sums[h]) for h in self._live if sums[h] >= self.thresholds[h]]
        packed = self._packed
        total = 0
        after = (packed.get(START) or self._packed_word(START))[1]
        for w in words:
            if after:
                total += after.get(w, 0)
            found = packed.get(w) or self._packed_word(w)
            total += found[0]
            after = found[1]
        if not (total + self._cuts) & self._tops:
            return []  # no live head comes near its threshold: the common case
        out: list[tuple[int, float]] = []
        for h in self._live:
            score = total & MASK
            if score >= TOP:
                score -= 1 << SLOT
            total = (total - score) >> SLOT
            logit = score / SCALE + self.bias[h]
            if logit >= self.thresholds[h]:
                out.append((h, logit))
        return out


def model_path() -> Path:
    return Path(__file__).with_name("data") / MODEL_FILE


def _read_row(text: str) -> Row:
    """ "2:-0.258,13:0.5" -> ((2, -0.258), (13, 0.5)) (float() reads what repr() wrote)."""
    if not text:
        return ()
    return tuple((int(h), float(x)) for h, _, x in (i.partition(":") for i in text.split(",")))


def decode_record(record: str) -> tuple[Row, dict[str, Row]]:
    """A first word's record: its own row, then a tab and "second row" for each pair."""
    mine, *pairs = record.split("\t")
    after: dict[str, Row] = {}
    for pair in pairs:
        second, _, row = pair.partition(" ")
        after[second] = _read_row(row)
    return _read_row(mine), after or NO_PAIRS


def encode_records(weights: dict[str, Weights]) -> dict[str, str]:
    """The records of a weights table, by first word (the trainer writes them; `decode_record`
    reads one back). A row is "head:weight" pairs, heads in the order given."""

    def row(w: Weights) -> str:
        return ",".join(f"{h}:{x!r}" for h, x in w.items())

    own: dict[str, str] = {}
    pairs: dict[str, list[str]] = {}
    for feature, w in weights.items():
        first, _, second = feature.partition(" ")
        if second:
            pairs.setdefault(first, []).append(f"{second} {row(w)}")
        else:
            own[first] = row(w)
    return {
        word: "\t".join([own.get(word, ""), *pairs.get(word, [])])
        for word in sorted(own.keys() | pairs.keys())
    }


def decode(raw: dict[str, object]) -> Model:
    if raw.get("format") != FORMAT:
        raise ValueError(f"meaning model format {raw.get('format')!r}, expected {FORMAT}")
    heads = tuple(str(h) for h in raw["heads"])  # type: ignore[attr-defined]
    records = raw["records"]
    if not isinstance(records, dict):
        raise ValueError("meaning model records are not a table")
    return Model(
        heads=heads,
        bias=tuple(float(b) for b in raw["bias"]),  # type: ignore[attr-defined]
        thresholds=tuple(float(t) for t in raw["thresholds"]),  # type: ignore[attr-defined]
        records=records,
        heaviest=float(raw["heaviest"]),  # type: ignore[arg-type]
    )


@cache
def model() -> Model:
    """The shipped model, read once per process on first use."""
    return decode(json.loads(model_path().read_text(encoding="utf-8")))


@dataclass(frozen=True)
class Scope:
    """The analyser's scope checks, handed in (so this module never imports the analyser).

    `quoted_spans(low)`: the quoted passages; `not_said(low, end)`: words before `end` that
    are someone else's (reported speech) or the partner's reading said back; `check`: what
    the rewriter re-checks its words with (`rewrite.Check`).
    """

    quoted_spans: Callable[[str], list[tuple[int, int]]]
    not_said: Callable[[str, int], bool]
    check: Check


@cache
def _rule_for() -> dict[str, Rule]:
    """Each finding id's first rule: its `why`, principles and polarity speak for the model."""
    out: dict[str, Rule] = {}
    for rule in rules():
        out.setdefault(rule.id, rule)
    return out


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


def _best_clause(model: Model, text: str, start: int, end: int, head: int) -> tuple[int, int]:
    """The clause of text[start:end] that scores highest for `head`, trimmed to its words."""
    best: tuple[float, int, int] | None = None
    for m in CLAUSE.finditer(text, start, end):
        words = words_of(m.group())
        if len(words) < 2:
            continue
        words = with_cues(words)
        score = model.scores(words)[head]
        if best is None or score > best[0]:
            best = (score, m.start(), m.end())
    s, e = (start, end) if best is None else (best[1], best[2])
    found = TRIM.search(text, s, e)
    return (found.start(), found.end()) if found else (s, e)


def learned_findings(
    text: str,
    low: str,
    found: Sequence[Finding],
    scope: Scope,
    model: Model | None = None,
    leans: list[tuple[int, int]] | None = None,
) -> list[Finding]:
    """Findings the model adds to `found` (the rules' findings for `text`).

    A head adds its finding to a sentence where no rule found that finding; pushing findings
    only where the writer says the words to the partner (not quoted, not reported speech).
    `low` is `text` lower-cased with the same offsets. When `leans` is given, the first
    sentence the lean head reads as likely to push is appended to it (`leaning`, the same
    answer without a second walk over the sentences).
    """
    m = model if model is not None else globals()["model"]()
    by_rule = _rule_for()
    out: list[Finding] = []
    quotes: list[tuple[int, int]] | None = None
    lean = _lean_reader(m) if leans is not None else None
    walked: list[tuple[int, int, list[str]]] = []  # every sentence, for the whole message
    for start, end, words in ascii_sentences(low) if low.isascii() else _sentences(low):
        words = with_cues(words)
        if lean is not None:
            walked.append((start, end, words))
        fired = m.fired(words)
        if not fired:
            continue
        if lean is not None and leans is not None and not leans:
            span = lean(low, start, end, words, fired)
            if span is not None:
                leans.append(span)
        sent = Sentence(start, end, words)
        for head, _ in fired:
            fid = m.heads[head]
            rule = by_rule.get(fid)
            if rule is None:
                continue
            if any(f.id == fid and f.start < sent.end and sent.start < f.end for f in found):
                continue
            start, end = _best_clause(m, text, sent.start, sent.end, head)
            if rule.polarity == "pushing":
                if any(
                    f.polarity != "inviting" and f.start < sent.end and sent.start < f.end
                    for f in found
                ):
                    continue  # the rules coach (or note: a story, self-talk) this sentence
                if not SECOND_PERSON.intersection(sent.words):
                    continue  # coached as pushing only when said to the partner
                if quotes is None:
                    quotes = scope.quoted_spans(low)
                if any(qs <= start and end <= qe for qs, qe in quotes):
                    continue
                if scope.not_said(low, end):
                    continue
            out.append(
                Finding(
                    fid,
                    start,
                    end,
                    rule.principles,
                    rule.why,
                    rule.polarity,
                    f"model:{fid}",
                    (rule, text, scope.check),
                )
            )
    if leans is not None and not leans and len(walked) > 1:
        span = _whole_lean(m, low, walked)
        if span is not None:
            leans.append(span)
    return out


def _whole_lean(
    m: Model, low: str, walked: list[tuple[int, int, list[str]]]
) -> tuple[int, int] | None:
    """Where no one sentence leans, the whole message may (the lean head learned from whole
    messages too, `train_meaning.MESSAGE_FILES`): said to them, the lean head firing on all its
    words at once. The span is the sentence said to them that it reads highest."""
    if LEAN_HEAD not in m.heads:
        return None
    head = m.heads.index(LEAN_HEAD)
    every = [w for _, _, words in walked for w in words]
    if not SECOND_PERSON.intersection(every) or not any(h == head for h, _ in m.fired(every)):
        return None
    to_them = [(s, e, w) for s, e, w in walked if SECOND_PERSON.intersection(w)]
    start, end, _ = max(to_them, key=lambda x: m.scores(x[2])[head])
    found = TRIM.search(low, start, end)
    return (found.start(), found.end()) if found else (start, end)


# Praise only when sure (issue 12). An inviting finding that only the learned layer read
# ("model:validation" on a jab it has never seen the shape of) is withheld when the same
# message leans scornful: a learned contempt or invalidation score of at least this
# probability in any of its sentences, well below the score at which those heads add a
# finding of their own. A sarcastic observation reads like a reflection word for word ("oh
# you're tired, must be exhausting being you"); the doubting heads read the rest of it.
DOUBT_HEADS = ("contempt", "invalidation")
# 0.3 with the contempt head firing at 0.75; 0.45 since it fires at 0.85 (the retrained head
# gave a counsellor's "You're really tired of feeling like this." 0.41). Over the fresh sets,
# the rewrite corpus and the look split it changes nothing else.
DOUBT_PROBABILITY = 0.45


def learned_doubt(low: str, with_model: Model | None = None) -> bool:
    """True when the learned layer reads `low` (the message lower-cased) as possibly
    scornful: a doubting head (`DOUBT_HEADS`) reaches `DOUBT_PROBABILITY` in a sentence."""
    m = with_model if with_model is not None else model()
    heads = [m.heads.index(h) for h in DOUBT_HEADS if h in m.heads]
    if not heads:
        return False
    cut = math.log(DOUBT_PROBABILITY / (1 - DOUBT_PROBABILITY))
    read = ascii_sentences if low.isascii() else _sentences
    for _, _, words in read(low):
        scores = m.scores(with_cues(words))
        if any(scores[h] >= cut for h in heads):
            return True
    return False


def withhold_learned_praise(
    text: str, low: str, findings: tuple[Finding, ...], with_model: Model | None = None
) -> tuple[tuple[Finding, ...], bool]:
    """`findings` without the kind words only the learned layer read when the message may
    mean them unkindly (an edge cue, `has_edge`, or a scornful learned reading,
    `learned_doubt`), and whether any were withheld. Praise a rule found stays: the rules
    read its exact words."""
    by_model = [f for f in findings if f.polarity == "inviting" and f.rule.startswith("model:")]
    if not by_model:
        return findings, False
    if any(f.polarity == "inviting" and not f.rule.startswith("model:") for f in findings):
        return findings, False
    if not (has_edge(text) or learned_doubt(low, with_model)):
        return findings, False
    return tuple(f for f in findings if f not in by_model), True


read_doubt_with(learned_doubt)  # the composer asks it through rewrite.leans_scornful


LeanReader = Callable[
    [str, int, int, Sequence[str], list[tuple[int, float]]], "tuple[int, int] | None"
]


def _lean_reader(m: Model) -> LeanReader | None:
    """How a sentence's fired heads say it leans pushing (`leaning`): the lean head fired,
    at LEAN_PROBABILITY where it speaks to them, LEAN_PROBABILITY_NOT_TO_THEM elsewhere;
    None when the model has no lean head."""
    if LEAN_HEAD not in m.heads:
        return None
    head = m.heads.index(LEAN_HEAD)
    surer = _logit(LEAN_PROBABILITY_NOT_TO_THEM)

    def read(
        low: str, start: int, end: int, words: Sequence[str], fired: list[tuple[int, float]]
    ) -> tuple[int, int] | None:
        for h, score in fired:
            if h == head and (score >= surer or SECOND_PERSON.intersection(words)):
                found = TRIM.search(low, start, end)
                return (found.start(), found.end()) if found else (start, end)
        return None

    return read


def leaning(low: str, with_model: Model | None = None) -> tuple[int, int] | None:
    """The first sentence of `low` (the message lower-cased) that the lean head
    (`LEAN_HEAD`) reads as likely to push, as (start, end) trimmed to its words, else the
    sentence said to them it reads highest where it reads the whole message so
    (`_whole_lean`); None when neither or the model has no such head. `analyse.analyse`
    has the same answer from `learned_findings`'s walk (its `leans`)."""
    m = with_model if with_model is not None else model()
    read = _lean_reader(m)
    if read is None:
        return None
    walked: list[tuple[int, int, list[str]]] = []
    for start, end, words in ascii_sentences(low) if low.isascii() else _sentences(low):
        words = with_cues(words)
        walked.append((start, end, words))
        span = read(low, start, end, words, m.fired(words))
        if span is not None:
            return span
    return _whole_lean(m, low, walked) if len(walked) > 1 else None
