"""What a sentence the learned layer leans on may read as (issue 12).

Where no rule and no finding head names a push but the lean head reads a sentence as likely
to push (`learned.leaning`), the coach used to say only that it might have an edge (blind
round 11: 2 of 5, "a veiled threat gets 'nothing here is a clear push'", "a generic hint
only"). `suspicion` names what the words may sound like (a threat, a dig, a judgement, blame,
pressure, shutting them out) from `data/suspicions.toml`: a shape of words first, else the
learned layer's own highest pushing head for the sentence. It stays a "may": no finding, no
count, no rewrite; `Msg.LEANS_AS` and `Msg.TIP_LEAN_AS` say it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from alongside import tomlcache
from alongside.errors import AlongsideError

DATA_FILE = Path(__file__).with_name("data") / "suspicions.toml"
UNNAMED = "edge"  # what nothing else names


class SuspicionFileError(AlongsideError):
    """data/suspicions.toml is malformed; the message names the entry."""


@dataclass(frozen=True)
class Suspicion:
    """One [[suspicion]] entry."""

    id: str
    pattern: re.Pattern[str] | None
    heads: frozenset[str]
    within: float  # named when its best head has at least this share of the top head's chance
    floor: float  # ... and at least this chance
    examples: tuple[str, ...]
    not_examples: tuple[str, ...]


@cache
def suspicions() -> tuple[Suspicion, ...]:
    """The entries of `data/suspicions.toml`, in order (read on first use)."""
    import tomllib

    text = DATA_FILE.read_text(encoding="utf-8")
    try:
        data = tomlcache.loads(text, DATA_FILE)
    except tomllib.TOMLDecodeError as err:
        raise SuspicionFileError(f"{DATA_FILE.name} is not valid TOML ({err})") from err
    floor = float(data.get("floor", 0.0))
    out: list[Suspicion] = []
    for n, raw in enumerate(data.get("suspicion", []), 1):
        try:
            pattern = raw.get("pattern")
            out.append(
                Suspicion(
                    id=str(raw["id"]),
                    pattern=re.compile(pattern) if pattern else None,
                    heads=frozenset(str(h) for h in raw.get("heads", [])),
                    within=float(raw.get("within", 1.0)),
                    floor=floor,
                    examples=tuple(str(x) for x in raw.get("examples", [])),
                    not_examples=tuple(str(x) for x in raw.get("not_examples", [])),
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError, re.error) as err:
            raise SuspicionFileError(
                f"{DATA_FILE.name}: suspicion {n} is malformed ({err})"
            ) from err
    if not out or out[-1].pattern is not None or out[-1].heads:
        raise SuspicionFileError(f"{DATA_FILE.name}: the last entry must name what is left")
    return tuple(out)


@cache
def _pushing_ids() -> frozenset[str]:
    from alongside.coach.rules import rules

    return frozenset(rule.id for rule in rules() if rule.polarity == "pushing")


def pushing_chances(sentence: str) -> dict[str, float]:
    """The learned layer's chance of each pushing finding in `sentence` (lower case)."""
    from alongside.coach.learned import model, with_cues, words_of

    m = model()
    pushing = _pushing_ids()
    scores = m.scores(with_cues(words_of(sentence)))
    return {
        head: 1.0 / (1.0 + math.exp(-scores[i]))
        for i, head in enumerate(m.heads)
        if head in pushing
    }


def suspicion(sentence: str) -> str:
    """What `sentence` may read as: the id of the first entry of `suspicions()` that fits."""
    low = sentence.lower()
    entries = suspicions()
    chances: dict[str, float] | None = None
    for entry in entries[:-1]:
        if entry.pattern is not None and entry.pattern.search(low):
            return entry.id
        if entry.heads:
            if chances is None:
                chances = pushing_chances(low)
            top = max(chances.values(), default=0.0)
            best = max((chances.get(h, 0.0) for h in entry.heads), default=0.0)
            if best >= max(entry.floor, entry.within * top):
                return entry.id
    return entries[-1].id
