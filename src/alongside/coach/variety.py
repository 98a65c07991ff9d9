"""Lines the coach would say word for word on many messages, said in varied words (issue 12).

Blind round 8: raters marked a note down when it repeated a stock phrase. The stock lines and
their variants live in `data/variety.toml`; `vary` swaps each stock line found in what the
coach shows for the variant that fits what the message is about, chosen by the message itself
(the same message always reads the same).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import cache

from alongside import tomlcache
from alongside.coach.rules import DATA

VARIETY_FILE = "variety.toml"


@dataclass(frozen=True, slots=True)
class Line:
    stock: str
    variants: tuple[str, ...]
    topics: dict[str, tuple[str, ...]]
    sendable: bool = False  # said in an example the person may send


@cache
def lines() -> tuple[Line, ...]:
    """The stock lines and their variants, read on first use (longest stock line first)."""
    path = DATA / VARIETY_FILE
    data = tomlcache.loads(path.read_text(encoding="utf-8"), path)
    out = [
        Line(
            str(x["stock"]),
            tuple(str(v) for v in x["variants"]),
            {str(k): tuple(str(v) for v in vs) for k, vs in dict(x.get("topics", {})).items()},
            bool(x.get("sendable", False)),
        )
        for x in data["line"]
    ]
    return tuple(sorted(out, key=lambda x: -len(x.stock)))


def variants_of(stock: str) -> tuple[str, ...]:
    """Every way `stock` may be said (itself among them)."""
    for x in lines():
        if x.stock == stock:
            return tuple(dict.fromkeys((*x.variants, *(v for vs in x.topics.values() for v in vs))))
    return (stock,)


def _topic(text: str) -> str:
    from alongside.coach.compose import _topic as topic_of

    return topic_of(text)


def vary(said: str | None, text: str) -> str | None:
    """`said` with each stock line in it said as the variant for this message."""
    if not said:
        return said
    found = [x for x in lines() if x.stock in said]
    if not found:
        return said
    topic = _topic(text)
    for x in found:
        options = x.topics.get(topic) or x.variants
        pick = options[zlib.crc32(f"{x.stock}\x00{text}".encode()) % len(options)]
        said = said.replace(x.stock, pick)
    return said
