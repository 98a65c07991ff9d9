"""The safety lexicon (`data/lexicon.toml`): each kind of danger, its patterns and examples.

Read once, on first use; patterns compile when first needed. The screen (`screen.py`) runs
them, the messages (`messages.py`) name each kind by its `label`; neither imports the other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from alongside import precompiled, tomlcache
from alongside.safety.gate import Gate, build_gate

LEXICON_FILE = "lexicon.toml"
MACRO_PASSES = 4  # macros may mention macros (WHO mentions NOUN); four passes are plenty
APOSTROPHE = "['\u2019]?"  # an apostrophe in a pattern is optional and may be curly
WHITESPACE = r"\s+"  # a space in a pattern is any run of whitespace (line breaks included)


@dataclass(frozen=True)
class KindRule:
    """One kind of danger: its combined patterns, exclusions and examples.

    `pattern` runs on lower-cased text; `pattern_any_case` (case-insensitive) is used only for
    the rare text whose lower-cased form has a different length (so spans stay exact).
    """

    id: str
    label: str
    patterns: tuple[str, ...]
    excludes: tuple[str, ...]
    positive: tuple[str, ...]
    negative: tuple[str, ...]
    # Examples that are tests but not yet training data (`positive_untrained` in the file):
    # a pattern added between retrains keeps the learned layer's training text, and so the
    # shipped model, as it was; the next retrain moves them to `positive` / `negative`.
    positive_untrained: tuple[str, ...] = ()
    negative_untrained: tuple[str, ...] = ()

    @property
    def all_positive(self) -> tuple[str, ...]:
        return self.positive + self.positive_untrained

    @property
    def all_negative(self) -> tuple[str, ...]:
        return self.negative + self.negative_untrained

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return combine(self.patterns, 0)

    @cached_property
    def pattern_any_case(self) -> re.Pattern[str]:
        return combine(self.patterns, re.IGNORECASE)

    @cached_property
    def exclude(self) -> re.Pattern[str] | None:
        return combine(self.excludes, 0) if self.excludes else None

    @cached_property
    def exclude_any_case(self) -> re.Pattern[str] | None:
        return combine(self.excludes, re.IGNORECASE) if self.excludes else None


@dataclass(frozen=True)
class Lexicon:
    kinds: tuple[KindRule, ...]
    everyday_negative: tuple[str, ...]
    disclosures: tuple[str, ...]

    def kind(self, kind_id: str) -> KindRule:
        for rule in self.kinds:
            if rule.id == kind_id:
                return rule
        raise KeyError(kind_id)

    @cached_property
    def gate(self) -> Gate:
        """The anchors of every pattern (`gate.py`), read from its data file on first use."""
        return build_gate([rule.patterns for rule in self.kinds])


def expand(pattern: str, macros: Mapping[str, str]) -> str:
    """Turn the readable pattern notation of lexicon.toml into a regular expression."""
    for _ in range(MACRO_PASSES):
        if "%" not in pattern:
            break
        for name, value in macros.items():
            pattern = pattern.replace(f"%{name}%", value)
    return pattern.replace("'", APOSTROPHE).replace(" ", WHITESPACE)


def combine(patterns: tuple[str, ...], flags: int) -> re.Pattern[str]:
    return precompiled.compile(
        r"\b(?:" + "|".join(f"(?:{p})(?!\\w)" for p in patterns) + ")", flags
    )


def _rule(raw: Mapping[str, Any], macros: Mapping[str, str]) -> KindRule:
    patterns = tuple(expand(str(p), macros) for p in raw["patterns"])
    if not patterns:
        raise ValueError(f"safety kind {raw['id']!r} has no patterns")
    return KindRule(
        id=str(raw["id"]),
        label=str(raw["label"]),
        patterns=patterns,
        excludes=tuple(expand(str(p), macros) for p in raw.get("exclude", ())),
        positive=tuple(raw.get("positive", ())),
        negative=tuple(raw.get("negative", ())),
        positive_untrained=tuple(raw.get("positive_untrained", ())),
        negative_untrained=tuple(raw.get("negative_untrained", ())),
    )


@cache
def lexicon() -> Lexicon:
    """Load the lexicon once per process (patterns compile on first use)."""
    # A plain path next to this file: importing importlib.resources costs every start ~5 ms.
    path = Path(__file__).with_name("data") / LEXICON_FILE
    data = tomlcache.loads(path.read_text(encoding="utf-8"), path)
    macros = {str(k): str(v) for k, v in data.get("macros", {}).items()}
    kinds = tuple(_rule(raw, macros) for raw in data["kind"])
    return Lexicon(
        kinds=kinds,
        everyday_negative=tuple(data.get("everyday", {}).get("negative", ())),
        disclosures=tuple(data.get("disclosures", {}).get("positive", ())),
    )


def kind_ids() -> tuple[str, ...]:
    return tuple(rule.id for rule in lexicon().kinds)
