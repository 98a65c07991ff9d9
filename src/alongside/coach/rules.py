"""Rules and lexicons, read from `data/rules*.toml` and compiled once, lazily.

A rule file holds a `[lexicon]` table (named word lists, used in patterns as `<<name>>` and
expanded into prefix-trie regexes) and `[[rule]]` entries. Each rule says which finding it
produces (`id`, and a unique `name`), its polarity, the principles it touches (P1-P21), a
one-line `why`, its lower-case regex `patterns` (the span is the group `t` when a pattern has
one, else the whole match) and `clause_patterns` (tried only where a clause starts), optional
`unless` patterns (searched in the same sentence; any hit cancels the finding) and
`cancelled_by` finding ids, a `rewrite` for pushing rules (and `subs`, sentence rewrites tried
first), and `positive` / `negative` examples that the tests run one by one. Each pattern's
literal prefix becomes its keys in the word index (`prefix_keys`). Each finding id has one
`[finding.<id>]` table: how a person reads it (`name`), for pushing findings the `hint` shown
when the coach leaves a sentence with it for the person, and optionally the small `edit` that
rewrites it (`FindingSpec`). Nothing here runs at import time: `rules()` parses on first use
and each regex compiles when first needed. Everything is checked at load; an error names the
file, the rule or finding, and the key.
"""

from __future__ import annotations

import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import import_module
from pathlib import Path
from typing import Any, Literal, cast

from alongside.errors import AlongsideError
from alongside.wordtrie import trie_regex

Polarity = Literal["pushing", "inviting"]
# Patterns match lower-cased text (see analyse.lower_same_length), so they are compiled
# without IGNORECASE (much faster) and must be written in lower case; `subs` keep the case.
FLAGS = 0
_LEXREF = re.compile(r"<<(\w+)>>")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
# Same-length normalisation: typographic quotes become plain ones, so offsets never move.
NORMALISE = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


class RuleFileError(AlongsideError):
    """A rule file is malformed; the message names the file, the rule and the key."""


DATA = Path(__file__).with_name("data")  # plain paths: importlib.resources costs 20 ms
# The keys a [[rule]] and a [finding.<id>] table may have (any other is a typo: an error).
RULE_KEYS = frozenset(
    {
        "id",
        "name",
        "polarity",
        "principles",
        "why",
        "patterns",
        "clause_patterns",
        "unless",
        "cancelled_by",
        "negatable",
        "quotable",
        "addressed",
        "rewrite",
        "subs",
        "positive",
        "negative",
    }
)
FINDING_KEYS = frozenset({"name", "hint", "edit"})
# The small edits `rewrite.py` knows how to make to a sentence (a finding's `edit`).
EDIT_NAMES = ("absolute", "blame", "pressure", "advice", "therapy")


@dataclass(frozen=True)
class FindingSpec:
    """What a finding id means to a person, from its `[finding.<id>]` table."""

    id: str
    name: str  # how it reads in a sentence ("an ultimatum"); the web capitalises it
    hint: str | None  # pushing: the hint for a sentence left for the person
    edit: str | None  # pushing: which small edit rewrites it (EDIT_NAMES); None: left
    source: str  # the rule file that defines it


Mode = Literal["word", "clause", "scan"]


@dataclass(frozen=True)
class Pattern:
    """One compiled pattern of a rule and where it may start.

    "word": only at a word that begins with one of `keys` (derived from the regex's literal
    prefix), so a message costs a dictionary look-up per word, not a scan per pattern.
    "clause": only where a clause starts (the `clause_patterns` of a rule file).
    "scan": anywhere (a pattern whose start has no literal prefix), a plain `finditer`.
    """

    source: str  # the regex, lexicons expanded; compiled on first use
    index: int
    mode: Mode
    keys: frozenset[str]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.source, FLAGS)

    @cached_property
    def trigger_group(self) -> int:
        """The number of the group `t` (0 when the pattern has none)."""
        return self.regex.groupindex.get("t", 0)

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """The trigger: the group `t` when the pattern has one, else the whole match."""
        group = self.trigger_group
        if group and match.start(group) != -1:
            return match.span(group)
        return match.span()


@dataclass(frozen=True)
class Rule:
    """One compiled rule."""

    id: str
    name: str  # unique in its file; several rules may share a finding id
    source: str  # file name, for explaining which rule fired
    polarity: Polarity
    principles: tuple[str, ...]
    why: str
    patterns: tuple[Pattern, ...]
    negatable: bool
    quotable: bool
    addressed: bool  # coached only when the writer says it to the partner (speaker scope)
    unless_source: str  # "" for none
    cancelled_by: frozenset[str]  # finding ids whose presence anywhere cancels this one
    rewrite: str | None
    subs_source: tuple[tuple[str, str], ...]
    positive: tuple[str, ...]
    negative: tuple[str, ...]

    @cached_property
    def labels(self) -> tuple[str, ...]:
        """How a finding names the rule and pattern that fired ("file:name#pattern")."""
        return tuple(f"{self.source}:{self.name}#{p.index}" for p in self.patterns)

    @cached_property
    def unless(self) -> re.Pattern[str] | None:
        """Same-sentence patterns that cancel a finding (compiled on first use)."""
        return re.compile(self.unless_source, FLAGS) if self.unless_source else None

    @cached_property
    def subs(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """Sentence rewrites (case-insensitive, on the original text), compiled on first use."""
        return tuple((re.compile(p, re.IGNORECASE), r) for p, r in self.subs_source)

    @cached_property
    def subs_lower(self) -> tuple[re.Pattern[str], ...]:
        """The `subs` patterns for lower-cased text (case-sensitive, so they fail fast)."""
        return tuple(re.compile(p, FLAGS) for p, _ in self.subs_source)

    def triggers(self, low: str) -> set[tuple[int, int]]:
        """Every trigger span any pattern of this rule can produce in `low` (for tests)."""
        spans: set[tuple[int, int]] = set()
        for pattern in self.patterns:
            for pos in range(len(low) + 1):
                m = pattern.regex.match(low, pos)
                if m is not None:
                    spans.add(pattern.span(m))
        return spans


KEY_CHARS = 8  # a partial key is at most this many letters of a pattern's literal prefix
KEY_MAX_CHARS = 40  # how far into a pattern's literal prefix keys are looked for
_ZERO_WIDTH = {"AT", "ASSERT", "ASSERT_NOT"}
_LETTERS = re.compile(r"[a-z]*")
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")  # what WORD finds in lower-cased text


def prefix_keys(pattern: str) -> frozenset[str]:
    """Where a match of `pattern` can start, as keys of the word index.

    A key is "word next " (two whole words), "word ne" (a whole word, then the first letters
    of the next, up to KEY_CHARS), "word " (one whole word, then whitespace) or up to
    KEY_CHARS letters (the start of a word), read off the regex's literal prefix (with `\\s+`
    as one space).
    Empty when some match could start otherwise (a class, a dot, an empty alternative): the
    pattern then scans the whole text. On any surprise from the parser, it scans too.
    """
    parser = import_module("re._parser")
    parsed = parser.parse(pattern)  # raises re.error for an invalid pattern
    try:
        found = _seq(parsed.data, "")
    except Exception:  # noqa: BLE001 - a parser change only costs speed: fall back to scanning
        return frozenset()
    keys = {_key(text) for text, _ in found}
    return frozenset() if "" in keys else frozenset(keys)


# Generated; regenerate after editing a rule file with
#   python -c "from alongside.coach.rules import write_keys; write_keys()"
KEYS_FILE = "rules_keys.json"


@cache
def shipped_keys() -> dict[str, frozenset[str]]:
    """The `prefix_keys` of every shipped pattern, precomputed (parsing them costs ~40 ms).

    A pattern missing from the file (a new or edited rule) is parsed as before; a test checks
    that the file equals what `prefix_keys` computes, so it cannot go stale silently.
    """
    path = DATA / KEYS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(raw, dict):
        return {}
    return {
        k: frozenset(v)
        for k, v in raw.items()
        if isinstance(v, list) and all(isinstance(x, str) for x in v)
    }


def cached_prefix_keys(pattern: str) -> frozenset[str]:
    """`prefix_keys(pattern)`, read from the shipped file when it has the pattern."""
    found = shipped_keys().get(pattern)
    return prefix_keys(pattern) if found is None else found


def _key(text: str) -> str:
    words = text.split(" ")
    if len(words) >= 3 and _TOKEN.fullmatch(words[0]) and _TOKEN.fullmatch(words[1]):
        return f"{words[0]} {words[1]} "
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
    if op == "LITERAL":
        return {(prefix + chr(av), True)}
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


def _expand(pattern: str, lexicon: dict[str, tuple[str, ...]], where: str) -> str:
    def one(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in lexicon:
            raise RuleFileError(f"{where}: unknown lexicon <<{name}>>.")
        return _lexicon_regex(lexicon[name])

    return _LEXREF.sub(one, pattern)


@lru_cache(maxsize=64)
def _lexicon_regex(entries: tuple[str, ...]) -> str:
    """A lexicon's trie regex, built once however many patterns use it (~1 ms each)."""
    return trie_regex([w.lower().split() for w in entries])


def _strings(raw: dict[str, object], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RuleFileError(f"{where}: '{key}' must be a list of strings.")
    return tuple(cast(list[str], value))


def _text(raw: dict[str, object], key: str, where: str, default: str | None = None) -> str:
    value = raw.get(key, default)
    if not isinstance(value, str):
        raise RuleFileError(f"{where}: '{key}' must be a string.")
    return value


_ESCAPES = re.compile(r"\\[A-Z]|\(\?P<")


def _check_case(pattern: str, where: str) -> None:
    if any(c.isupper() for c in _ESCAPES.sub("", pattern)):
        raise RuleFileError(f"{where}: write the pattern {pattern!r} in lower case.")


def _flag(raw: dict[str, object], key: str, where: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise RuleFileError(f"{where}: '{key}' must be true or false.")
    return value


def _unknown(raw: dict[str, object], known: frozenset[str], where: str) -> None:
    for key in raw:
        if key not in known:
            raise RuleFileError(
                f"{where}: unknown key '{key}' (known: {', '.join(sorted(known))})."
            )


def _build(raw: dict[str, object], source: str, lexicon: dict[str, tuple[str, ...]]) -> Rule:
    rule_id = _text(raw, "id", source)
    where = f"{source}, rule '{raw.get('name', rule_id)}'"
    _unknown(raw, RULE_KEYS, where)
    polarity = _text(raw, "polarity", where)
    if polarity not in ("pushing", "inviting"):
        raise RuleFileError(f"{where}: polarity must be 'pushing' or 'inviting', not {polarity!r}.")
    raw_patterns = [(p, False) for p in _strings(raw, "patterns", where)]
    raw_patterns += [(p, True) for p in _strings(raw, "clause_patterns", where)]
    if not raw_patterns:
        raise RuleFileError(f"{where}: needs at least one pattern.")
    patterns = []
    for index, (text, at_clause) in enumerate(raw_patterns):
        _check_case(text, where)
        expanded = _expand(text, lexicon, where)
        try:
            # Keys come from the pattern with its lexicons written out, so "you <<labels>>"
            # is keyed "you lazy", "you selfish"...; they are shipped precomputed (KEYS_FILE).
            keys = cached_prefix_keys(expanded)
        except re.error as error:
            raise RuleFileError(
                f"{where}: the pattern {text!r} is not a valid regex ({error})."
            ) from error
        mode: Mode = "clause" if at_clause else ("word" if keys else "scan")
        patterns.append(Pattern(expanded, index, mode, keys))
    unless = [_expand(u, lexicon, where) for u in _strings(raw, "unless", where)]
    subs_raw = raw.get("subs", [])
    if not isinstance(subs_raw, list) or not all(
        isinstance(s, list) and len(s) == 2 and all(isinstance(x, str) for x in s) for s in subs_raw
    ):
        raise RuleFileError(f"{where}: 'subs' must be a list of [pattern, replacement] pairs.")
    for sub_pattern, _ in subs_raw:
        _check_case(sub_pattern, where)
    pushing = polarity == "pushing"
    rewrite = raw.get("rewrite")
    if pushing and not isinstance(rewrite, str):
        raise RuleFileError(f"{where}: a pushing rule needs a 'rewrite'.")
    return Rule(
        id=rule_id,
        name=_text(raw, "name", where, rule_id),
        source=source,
        polarity=cast(Polarity, polarity),
        principles=_strings(raw, "principles", where),
        why=_text(raw, "why", where),
        patterns=tuple(patterns),
        negatable=_flag(raw, "negatable", where, pushing),
        quotable=_flag(raw, "quotable", where, pushing),
        addressed=_flag(raw, "addressed", where, pushing),
        unless_source="|".join(unless),
        cancelled_by=frozenset(_strings(raw, "cancelled_by", where)),
        rewrite=rewrite if isinstance(rewrite, str) else None,
        subs_source=tuple((_expand(p, lexicon, where), r) for p, r in subs_raw),
        positive=_strings(raw, "positive", where),
        negative=_strings(raw, "negative", where),
    )


def _finding(finding_id: str, raw: object, source: str) -> FindingSpec:
    where = f"{source}, [finding.{finding_id}]"
    if not isinstance(raw, dict):
        raise RuleFileError(f"{where}: must be a table with a 'name'.")
    _unknown(raw, FINDING_KEYS, where)
    name = _text(raw, "name", where)
    if not name.strip():
        raise RuleFileError(f"{where}: 'name' must not be empty.")
    hint = raw.get("hint")
    if hint is not None and (not isinstance(hint, str) or not hint.strip()):
        raise RuleFileError(f"{where}: 'hint' must be a sentence.")
    edit = raw.get("edit")
    if edit is not None and edit not in EDIT_NAMES:
        raise RuleFileError(
            f"{where}: 'edit' must be one of {', '.join(EDIT_NAMES)}, not {edit!r}."
        )
    return FindingSpec(finding_id, name, hint, edit, source)


@dataclass(frozen=True)
class RuleFile:
    """One rule file, parsed: its rules and the findings it defines."""

    rules: tuple[Rule, ...]
    findings: tuple[FindingSpec, ...]


def read_rule_file(text: str, source: str) -> RuleFile:
    """Parse one rule file's TOML text into compiled rules and finding specs."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{source} is not valid TOML ({error}).") from error
    _unknown(data, frozenset({"lexicon", "rule", "finding"}), source)
    lexicon_raw = data.get("lexicon", {})
    lexicon = {k: _strings(lexicon_raw, k, f"{source} [lexicon]") for k in lexicon_raw}
    rules = data.get("rule", [])
    if not isinstance(rules, list):
        raise RuleFileError(f"{source}: [[rule]] entries expected.")
    findings = data.get("finding", {})
    if not isinstance(findings, dict):
        raise RuleFileError(f"{source}: [finding.<id>] tables expected.")
    return RuleFile(
        tuple(_build(r, source, lexicon) for r in rules),
        tuple(_finding(k, v, source) for k, v in findings.items()),
    )


def parse_rule_file(text: str, source: str) -> tuple[Rule, ...]:
    """Parse one rule file's TOML text into compiled rules."""
    return read_rule_file(text, source).rules


@dataclass(frozen=True)
class RuleSet:
    """Every rule, in file order, and each finding id's spec."""

    rules: tuple[Rule, ...]
    findings: dict[str, FindingSpec]


def load_rules(folder: Path = DATA) -> RuleSet:
    """Read and check every `rules*.toml` in `folder` (sorted by name).

    Each finding id has exactly one `[finding.<id>]` table, in any of the files; every rule's
    id has one, every table has a rule, a finding's rules share one polarity, and a pushing
    finding has a `hint`, an inviting one no `hint` or `edit`.
    """
    files = [
        (path.name, read_rule_file(path.read_text(encoding="utf-8"), path.name))
        for path in sorted(folder.glob("rules*.toml"))
    ]
    specs: dict[str, FindingSpec] = {}
    for _, parsed in files:
        for spec in parsed.findings:
            if spec.id in specs:
                earlier = specs[spec.id].source
                raise RuleFileError(
                    f"{spec.source}, [finding.{spec.id}]: already defined in {earlier}."
                )
            specs[spec.id] = spec
    polarity: dict[str, Rule] = {}
    for name, parsed in files:
        for rule in parsed.rules:
            where = f"{name}, rule '{rule.name}'"
            if rule.id not in specs:
                raise RuleFileError(
                    f"{where}: the finding '{rule.id}' needs a [finding.{rule.id}] table with its "
                    "'name' (and, for a pushing finding, a 'hint'); see docs/coach.md."
                )
            first = polarity.setdefault(rule.id, rule)
            if first.polarity != rule.polarity:
                raise RuleFileError(
                    f"{where}: 'polarity' is {rule.polarity!r}, but the finding '{rule.id}' is "
                    f"{first.polarity!r} in {first.source}, rule '{first.name}'."
                )
    for spec in specs.values():
        where = f"{spec.source}, [finding.{spec.id}]"
        if spec.id not in polarity:
            raise RuleFileError(f"{where}: no rule has id '{spec.id}'.")
        first = polarity[spec.id]
        if first.polarity == "pushing" and spec.hint is None:
            raise RuleFileError(f"{where}: a pushing finding needs a 'hint'.")
        if first.polarity == "inviting" and (spec.hint is not None or spec.edit is not None):
            raise RuleFileError(f"{where}: an inviting finding has no 'hint' or 'edit'.")
    return RuleSet(tuple(r for _, parsed in files for r in parsed.rules), specs)


@cache
def rule_set() -> RuleSet:
    """The shipped rules and findings, read and checked once."""
    return load_rules(DATA)


def rules() -> tuple[Rule, ...]:
    """All rules of every `data/rules*.toml`, in file order, compiled once."""
    return rule_set().rules


def findings() -> dict[str, FindingSpec]:
    """Each finding id's spec (its name, hint and edit)."""
    return rule_set().findings


FEELINGS_FILE = "feelings.toml"


@dataclass(frozen=True)
class Feelings:
    """`data/feelings.toml`: the feelings offered to pick, and the words that name one."""

    choices: tuple[str, ...]  # offered when the person named none (never added for them)
    named: tuple[str, ...]  # a feeling the person named ("I feel hurt", "it made me sad")


def read_feelings(text: str, source: str = FEELINGS_FILE) -> Feelings:
    """Parse and check the feelings file; an error names the file and the key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleFileError(f"{source} is not valid TOML ({error}).") from error
    _unknown(data, frozenset({"choices", "named"}), source)
    found = {}
    for key in ("choices", "named"):
        words = _strings(data, key, source)
        if not words or any(not w.strip() or w != w.lower() for w in words):
            raise RuleFileError(f"{source}: '{key}' must be a list of lower-case words.")
        found[key] = words
    return Feelings(found["choices"], found["named"])


@cache
def feelings() -> Feelings:
    """The shipped feelings, read on first use."""
    return read_feelings((DATA / FEELINGS_FILE).read_text(encoding="utf-8"))


def key_patterns() -> list[str]:
    """Every pattern of the shipped rule files (lexicons written out), word and clause alike."""
    return [p.source for rule in rules() for p in rule.patterns]


def computed_keys() -> dict[str, list[str]]:
    """What KEYS_FILE should hold: `prefix_keys` of every shipped pattern, sorted."""
    return {p: sorted(prefix_keys(p)) for p in sorted(set(key_patterns()))}


def write_keys() -> Path:
    """Regenerate KEYS_FILE next to the rule files."""
    path = DATA / KEYS_FILE
    text = json.dumps(computed_keys(), indent=1, sort_keys=True, ensure_ascii=False)
    path.write_text(text + "\n", encoding="utf-8")
    return path


@cache
def rules_by_label() -> dict[str, Rule]:
    """Each rule by "file:name", as a finding's `rule` names it (before its "#pattern")."""
    return {f"{rule.source}:{rule.name}": rule for rule in rules()}


@cache
def rules_by_id() -> dict[str, tuple[Rule, ...]]:
    """The rules that produce each finding id."""
    found: dict[str, tuple[Rule, ...]] = {}
    for rule in rules():
        found[rule.id] = (*found.get(rule.id, ()), rule)
    return found
