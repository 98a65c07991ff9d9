"""Rules and lexicons, read from `data/rules*.toml` and compiled once, lazily.

A rule file holds a `[lexicon]` table (named word lists, used in patterns as `<<name>>` and
expanded into prefix-trie regexes) and `[[rule]]` entries. Each rule says which finding it
produces (`id`, and a unique `name`), its polarity, the principles it touches (P1-P21), a
one-line `why`, its lower-case regex `patterns` (the span is the group `t` when a pattern has
one, else the whole match) and `clause_patterns` (tried only where a clause starts), optional
`unless` patterns (searched in the same sentence; any hit cancels the finding) and
`cancelled_by` finding ids, a `rewrite` for pushing rules (and `subs`, sentence rewrites tried
first), and `positive` / `negative` examples that the tests run one by one. Each finding id
has one `[finding.<id>]` table: how a person reads it (`name`), for pushing findings the
`hint` shown when the coach leaves a sentence with it for the person, and optionally the
small `edit` that rewrites it (`FindingSpec`). Each pattern's literal prefix becomes its keys
in the word index; they are read at build time (`make gates`) and shipped in KEYS_FILE.
Nothing here runs at import time: `rules()` parses on first use and each regex compiles when
first needed. Everything is checked at load; an error names the file, the rule or finding,
and the key.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import Any, Literal, cast

from alongside import precompiled, tomlcache
from alongside.errors import AlongsideError
from alongside.lazyre import lazy
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
        "about",
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
    # Texts it can match hold one of these (none: any text may match). A pattern without keys
    # is tried only in such a text; a keyed one at its keys only in such a text, when its
    # needs say more than its keys (`make gates` decides: tools/build_gates.py keyed_needs).
    needs: frozenset[str] = frozenset()

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return precompiled.compile(self.source, FLAGS)

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
    about_self: bool  # said about the writer (self-criticism): noted, never coached as pushing
    about_other: bool  # a story about someone else: kept for the record, not coached
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
        return precompiled.compile(self.unless_source, FLAGS) if self.unless_source else None

    @cached_property
    def subs(self) -> tuple[tuple[re.Pattern[str], str], ...]:
        """Sentence rewrites (case-insensitive, on the original text), compiled on first use."""
        return tuple((precompiled.compile(p, re.IGNORECASE), r) for p, r in self.subs_source)

    @cached_property
    def subs_lower(self) -> tuple[re.Pattern[str], ...]:
        """The `subs` patterns for lower-cased text (case-sensitive, so they fail fast)."""
        return tuple(precompiled.compile(p, FLAGS) for p, _ in self.subs_source)

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


# Generated by `make gates` (tools/build_gates.py) from the rule files; a test says when it is
# stale.
KEYS_FILE = "rules_keys.json"
# In KEYS_FILE, "~help" is not a key but a need: a pattern can only match a text that holds
# "help" (one of its needs), so in any other text it is not tried at all.
NEED = "~"


@cache
def shipped_keys() -> dict[str, frozenset[str]]:
    """The keys of every shipped pattern, read off its regex at build time (`make gates`).

    Reading them needs CPython's private regex parser and ~40 ms, so it happens in
    tools/build_gates.py, never at run time; a test checks the file is current.
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


def pattern_keys(pattern: str) -> frozenset[str] | None:
    """The shipped keys of `pattern`, or None for a pattern the file does not have yet.

    A pattern missing from the file (a rule edited since `make gates`) gets no keys: it is
    tried everywhere (a word pattern scans the whole text, a clause pattern every clause
    start), which finds the same matches, only slower.
    """
    found = shipped_keys().get(pattern)
    # keys are ASCII letters, spaces and apostrophes: a NEED entry, if any, is the largest
    if not found or not max(found).startswith(NEED):
        return found  # the common case, at start-up for every pattern: no copy
    return frozenset(k for k in found if not k.startswith(NEED))


def pattern_needs(pattern: str) -> frozenset[str]:
    """The shipped needs of a pattern (empty: it may match any text, or a keyed pattern whose
    needs say no more than its keys)."""
    found = shipped_keys().get(pattern, frozenset())
    return frozenset(k[len(NEED) :] for k in found if k.startswith(NEED))


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


_ESCAPES = lazy(r"\\[A-Z]|\(\?P<")


def _check_case(pattern: str, where: str) -> None:
    bare = _ESCAPES.sub("", pattern)
    # In ASCII, a letter is upper case exactly when lower() changes it: one call, not a loop.
    if bare.lower() != bare if bare.isascii() else any(c.isupper() for c in bare):
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


def _about(raw: dict[str, object], where: str) -> str:
    about = _text(raw, "about", where, "partner")
    if about not in ("partner", "self", "other"):
        raise RuleFileError(
            f"{where}: 'about' must be 'partner', 'self' or 'other', not {about!r}."
        )
    return about


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
        # Keys come from the pattern with its lexicons written out, so "you <<labels>>" is
        # keyed "you lazy", "you selfish"...; they are shipped precomputed (KEYS_FILE).
        keys = pattern_keys(expanded)
        if keys is None:  # new or edited since `make gates`: check it, then try it everywhere
            try:
                re.compile(expanded, FLAGS)
            except re.error as error:
                raise RuleFileError(
                    f"{where}: the pattern {text!r} is not a valid regex ({error})."
                ) from error
            keys = frozenset()
        mode: Mode = "clause" if at_clause else ("word" if keys else "scan")
        needs = pattern_needs(expanded)  # a keyed pattern has some when worth a test
        patterns.append(Pattern(expanded, index, mode, keys, needs))
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
        about_self=_about(raw, where) == "self",
        about_other=_about(raw, where) == "other",
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
    import tomllib  # here: the shipped files are mostly read as built (`built_reader`)

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


def load_rules(
    folder: Path = DATA, built: Callable[[str, str], RuleFile | None] | None = None
) -> RuleSet:
    """Read and check every `rules*.toml` in `folder` (sorted by name).

    Each finding id has exactly one `[finding.<id>]` table, in any of the files; every rule's
    id has one, every table has a rule, a finding's rules share one polarity, and a pushing
    finding has a `hint`, an inviting one no `hint` or `edit`. `built(name, text)` may give a
    file as `make gates` built it from this very text (`built_reader`), instead of parsing.
    """
    files = []
    for path in sorted(folder.glob("rules*.toml")):
        text = path.read_text(encoding="utf-8")
        parsed = built(path.name, text) if built is not None else None
        files.append((path.name, parsed or read_rule_file(text, path.name)))
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
    """The shipped rules and findings, read and checked once (as `make gates` built them when
    a file is unchanged since: `built_reader`)."""
    return load_rules(DATA, built_reader())


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
        data = tomlcache.loads(text, DATA / source)
    except ValueError as error:  # tomllib.TOMLDecodeError (not imported unless parsing)
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


# --- The rule files as `make gates` built them --------------------------------------------
# `data/rules_built.json` holds each rule file's rules and findings exactly as
# `read_rule_file` builds them (lexicons written out as tries, each pattern's keys from
# KEYS_FILE), with a stamp of the texts they were built from: the rule file's and the keys
# file's. `rule_set()` takes a file from there when its stamp matches, which costs about 2 ms
# instead of about 30 ms of TOML parsing, trie building and key look-ups; a file edited since
# `make gates` is read from its TOML as before, so a stale entry costs time, never a different
# result. `tools/build_gates.py` writes it; a test says when it is stale.

BUILT_FILE = "rules_built.json"
BUILT_FORMAT = 1


def built_stamp(text: str, keys: bytes) -> str:
    """What a built rule file was made from: its text and the keys file (length, CRC-32)."""
    mine = text.encode("utf-8")
    return f"{len(mine)}:{zlib.crc32(mine):08x}:{len(keys)}:{zlib.crc32(keys):08x}"


def _built_plain(value: object) -> Any:
    """A field's value as JSON holds it: tuples as lists, sets sorted, patterns as objects."""
    if isinstance(value, Pattern):
        return {f.name: _built_plain(getattr(value, f.name)) for f in fields(Pattern)}
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_built_plain(v) for v in value]
    return value


def _built_converter(annotation: str) -> Callable[[Any], Any] | None:
    """How to undo `_built_plain` for a field of this annotation (None: JSON has it right)."""
    if annotation.startswith("tuple[Pattern"):
        return lambda value: tuple([_built_pattern(p) for p in value])
    if annotation.startswith("tuple[tuple"):
        return lambda value: tuple([tuple(v) for v in value])
    if annotation.startswith("tuple"):
        return tuple
    if annotation.startswith("frozenset"):
        return frozenset
    return None


def _built_converters(cls: type) -> dict[str, Callable[[Any], Any]]:
    """Each field of a dataclass that needs converting back, by name (from its annotation)."""
    found = {f.name: _built_converter(str(f.type)) for f in fields(cls)}
    return {name: convert for name, convert in found.items() if convert is not None}


_PATTERN_FIELDS = frozenset(f.name for f in fields(Pattern))
_RULE_FIELDS = frozenset(f.name for f in fields(Rule))
_PATTERN_CONVERT = _built_converters(Pattern)
_RULE_CONVERT = _built_converters(Rule)


def _built_pattern(raw: dict[str, Any]) -> Pattern:
    for name, convert in _PATTERN_CONVERT.items():
        raw[name] = convert(raw[name])
    return Pattern(**raw)


def encode_built(parsed: RuleFile, text: str, keys: bytes) -> dict[str, Any]:
    """One rule file's entry: its stamp, its rules and its findings."""
    return {
        "stamp": built_stamp(text, keys),
        "rules": [
            {f.name: _built_plain(getattr(r, f.name)) for f in fields(Rule)} for r in parsed.rules
        ],
        "findings": [
            {f.name: getattr(s, f.name) for f in fields(FindingSpec)} for s in parsed.findings
        ],
    }


def decode_built(entry: dict[str, Any]) -> RuleFile:
    """A rule file from its entry (raises KeyError, TypeError or ValueError when malformed).

    The entry's lists are converted in place: it is read once."""
    rules = []
    for raw in entry["rules"]:
        if raw.keys() != _RULE_FIELDS or any(p.keys() != _PATTERN_FIELDS for p in raw["patterns"]):
            raise ValueError("the built rule's fields are not the Rule's")
        for name, convert in _RULE_CONVERT.items():
            raw[name] = convert(raw[name])
        rules.append(Rule(**raw))
    return RuleFile(tuple(rules), tuple(FindingSpec(**s) for s in entry["findings"]))


def built_text(files: dict[str, tuple[RuleFile, str]], keys: bytes) -> str:
    """What BUILT_FILE holds for these rule files (name -> the file built, and its text), built
    with the keys file `keys`."""
    entries = {name: encode_built(parsed, text, keys) for name, (parsed, text) in files.items()}
    raw = {"format": BUILT_FORMAT, "files": entries}
    # ASCII (other letters escaped): a str of ASCII only reads ~3x faster (`built_reader`)
    return json.dumps(raw, ensure_ascii=True, sort_keys=True, separators=(",", ":")) + "\n"


def built_reader() -> Callable[[str, str], RuleFile | None]:
    """For `load_rules`: a rule file's name and text -> the built file when its stamp matches
    (None: read the TOML). Any problem with BUILT_FILE only means reading the TOML."""
    try:
        raw = json.loads((DATA / BUILT_FILE).read_text(encoding="utf-8"))
        keys = (DATA / KEYS_FILE).read_bytes()
        entries = raw["files"] if raw.get("format") == BUILT_FORMAT else {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        entries, keys = {}, b""

    def read(name: str, text: str) -> RuleFile | None:
        entry = entries.get(name) if isinstance(entries, dict) else None
        if not isinstance(entry, dict) or entry.get("stamp") != built_stamp(text, keys):
            return None
        try:
            return decode_built(entry)
        except (KeyError, TypeError, ValueError):
            return None

    return read
