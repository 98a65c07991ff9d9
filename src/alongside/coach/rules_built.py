"""The shipped rule files as `make gates` built them, so start-up skips the TOML parser.

`data/rules_built.json` holds each rule file's rules and findings exactly as
`rules.read_rule_file` builds them (lexicons written out as tries, each pattern's keys from
`rules_keys.json`), with a stamp of the texts they were built from: the rule file's and the
keys file's. `rules.rule_set()` takes a file from here when its stamp matches, which costs
about 2 ms instead of about 30 ms of TOML parsing, trie building and key look-ups; a file
edited since `make gates` is read from its TOML as before, so a stale entry costs time,
never a different result. `tools/build_gates.py` writes it; a test says when it is stale.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from alongside.coach.rules import DATA, KEYS_FILE, FindingSpec, Pattern, Rule, RuleFile

BUILT_FILE = "rules_built.json"
FORMAT = 1


def stamp(text: str, keys: bytes) -> str:
    """What a built rule file was made from: its text and the keys file (length, CRC-32)."""
    mine = text.encode("utf-8")
    return f"{len(mine)}:{zlib.crc32(mine):08x}:{len(keys)}:{zlib.crc32(keys):08x}"


def _plain(value: object) -> Any:
    """A field's value as JSON holds it: tuples as lists, sets sorted, patterns as objects."""
    if isinstance(value, Pattern):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(Pattern)}
    if isinstance(value, frozenset):
        return sorted(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    return value


def _converter(annotation: str) -> Callable[[Any], Any] | None:
    """How to undo `_plain` for a field of this annotation (None: the value as JSON has it)."""
    if annotation.startswith("tuple[Pattern"):
        return lambda value: tuple([_pattern(p) for p in value])
    if annotation.startswith("tuple[tuple"):
        return lambda value: tuple([tuple(v) for v in value])
    if annotation.startswith("tuple"):
        return tuple
    if annotation.startswith("frozenset"):
        return frozenset
    return None


def _converters(cls: type) -> dict[str, Callable[[Any], Any]]:
    """Each field of a dataclass that needs converting back, by name (from its annotation)."""
    found = {f.name: _converter(str(f.type)) for f in fields(cls)}
    return {name: convert for name, convert in found.items() if convert is not None}


_PATTERN_FIELDS = frozenset(f.name for f in fields(Pattern))
_RULE_FIELDS = frozenset(f.name for f in fields(Rule))
_PATTERN_CONVERT = _converters(Pattern)
_RULE_CONVERT = _converters(Rule)


def _pattern(raw: dict[str, Any]) -> Pattern:
    for name, convert in _PATTERN_CONVERT.items():
        raw[name] = convert(raw[name])
    return Pattern(**raw)


def encode(parsed: RuleFile, text: str, keys: bytes) -> dict[str, Any]:
    """One rule file's entry: its stamp, its rules and its findings."""
    return {
        "stamp": stamp(text, keys),
        "rules": [{f.name: _plain(getattr(r, f.name)) for f in fields(Rule)} for r in parsed.rules],
        "findings": [
            {f.name: getattr(s, f.name) for f in fields(FindingSpec)} for s in parsed.findings
        ],
    }


def decode(entry: dict[str, Any]) -> RuleFile:
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
    entries = {name: encode(parsed, text, keys) for name, (parsed, text) in files.items()}
    raw = {"format": FORMAT, "files": entries}
    return json.dumps(raw, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def reader() -> Callable[[str, str], RuleFile | None]:
    """For `load_rules`: a rule file's name and text -> the built file when its stamp matches
    (None: read the TOML). Any problem with BUILT_FILE only means reading the TOML."""
    try:
        raw = json.loads((DATA / BUILT_FILE).read_text(encoding="utf-8"))
        keys = (DATA / KEYS_FILE).read_bytes()
        entries = raw["files"] if raw.get("format") == FORMAT else {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        entries, keys = {}, b""

    def read(name: str, text: str) -> RuleFile | None:
        entry = entries.get(name) if isinstance(entries, dict) else None
        if not isinstance(entry, dict) or entry.get("stamp") != stamp(text, keys):
            return None
        try:
            return decode(entry)
        except (KeyError, TypeError, ValueError):
            return None

    return read
