"""Which kinds the learned layer may name for a sentence: each kind's cues (`data/kind_cues.toml`).

The learned layer (`model.py`) decides whether a sentence flags; its kind heads then say which
kind, and the kind decides which helpline comes first. The heads sometimes name a kind the
sentence has nothing of ("I had to ask you for money for tampons" read as sexual violence), so
a learned kind is named only when its sentence carries a cue of that kind: a broad list of
words per kind, written from the kinds' definitions. A sentence that loses every kind the heads
chose still flags, under the best scored kind whose cue it carries, or else the best scored of
the file's `fallback` kinds (`name`). Read on first use (when the learned layer first fires),
never at import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from alongside import precompiled, tomlcache
from alongside.lazyre import lazy

CUES_FILE = "kind_cues.toml"
QUIET_FILE = "quiet.toml"
APOSTROPHES = lazy(r"['\u2019\u2018`]")


@dataclass(frozen=True)
class KindCues:
    """One kind's cues (compiled on first use: all ten at once cost ~90 ms) and examples."""

    kind: str
    cues: tuple[str, ...]
    positive: tuple[str, ...]
    negative: tuple[str, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return compile_cues(self.cues)


@dataclass(frozen=True)
class Cues:
    kinds: dict[str, KindCues]
    fallback: tuple[str, ...]

    def carries(self, kind: str, text: str) -> bool:
        """Does `text` carry a cue of `kind`? A kind without cues is always carried."""
        return self._carried(kind, normal(text))

    def _carried(self, kind: str, plain: str) -> bool:
        found = self.kinds.get(kind)
        return found is None or found.pattern.search(plain) is not None

    def name(
        self,
        text: str,
        chosen: Sequence[str],
        ranked: Sequence[str],
        also: Sequence[str] = (),
    ) -> tuple[str, ...]:
        """The kinds to name for a sentence the learned layer flagged.

        `chosen`: the kinds the heads named (strongest first); `ranked`: every kind, strongest
        first; `also`: kinds the heads lean to less, named only when cued. Keeps the chosen
        kinds (then `also`) whose cue `text` carries; with none, the strongest ranked kind it
        carries a cue of, else the strongest of `fallback`.
        """
        plain = normal(text)
        kept = tuple(k for k in (*chosen, *also) if self._carried(k, plain))
        if kept:
            return kept
        cued = next((k for k in ranked if self._carried(k, plain)), None)
        if cued is not None:
            return (cued,)
        fallback = [k for k in ranked if k in self.fallback]
        return tuple((fallback or list(ranked))[:1])


def normal(text: str) -> str:
    """Text as cues read it: lower case, apostrophes dropped ("Mum's" is "mums")."""
    return APOSTROPHES.sub("", text.lower())


def cues_path() -> Path:
    return Path(__file__).with_name("data") / CUES_FILE


def compile_cues(cues: Sequence[str]) -> re.Pattern[str]:
    return precompiled.compile(r"\b(?:" + "|".join(f"(?:{c})" for c in cues) + ")")


def parse(raw: dict[str, object]) -> Cues:
    table = raw.get("kind", {})
    if not isinstance(table, dict):
        raise ValueError("kind_cues.toml: [kind.<id>] tables expected")
    kinds = {
        str(kind): KindCues(
            kind=str(kind),
            cues=tuple(str(c) for c in body["cues"]),
            positive=tuple(str(t) for t in body.get("positive", ())),
            negative=tuple(str(t) for t in body.get("negative", ())),
        )
        for kind, body in table.items()
    }
    fallback = raw.get("fallback", ())
    if not isinstance(fallback, list):
        raise ValueError("kind_cues.toml: fallback must be a list of kinds")
    return Cues(kinds=kinds, fallback=tuple(str(k) for k in fallback))


@cache
def cues() -> Cues:
    """The shipped cues, read once per process on first use."""
    path = cues_path()
    return parse(tomlcache.loads(path.read_bytes().decode(), path))


@dataclass(frozen=True)
class QuietPhrase:
    """A phrase of ordinary talk the learned layer may not flag on alone (`data/quiet.toml`)."""

    pattern: str
    quiet: tuple[str, ...]
    kept: tuple[str, ...]


@dataclass(frozen=True)
class Quiet:
    phrases: tuple[QuietPhrase, ...]

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        return precompiled.compile(
            r"\b(?:" + "|".join(f"(?:{p.pattern})" for p in self.phrases) + r")\b"
        )

    def rest(self, words: Sequence[str]) -> list[str] | None:
        """`words` (as the model reads them) without those of every quiet phrase in them; None
        when they hold none."""
        joined = " ".join(words)
        spans = [m.span() for m in self.pattern.finditer(joined) if m.end() > m.start()]
        if not spans:
            return None
        out: list[str] = []
        at = 0
        for word in words:
            end = at + len(word)
            if not any(s < end and at < e for s, e in spans):
                out.append(word)
            at = end + 1
        return out


def parse_quiet(raw: dict[str, object]) -> Quiet:
    table = raw.get("phrase", [])
    if not isinstance(table, list):
        raise ValueError("quiet.toml: [[phrase]] tables expected")
    return Quiet(
        phrases=tuple(
            QuietPhrase(
                pattern=str(body["pattern"]),
                quiet=tuple(str(t) for t in body.get("quiet", ())),
                kept=tuple(str(t) for t in body.get("kept", ())),
            )
            for body in table
        )
    )


@cache
def quiet() -> Quiet:
    """The shipped quiet phrases, read once per process when the learned layer first fires."""
    path = Path(__file__).with_name("data") / QUIET_FILE
    return parse_quiet(tomlcache.loads(path.read_bytes().decode(), path))
