"""How entry ids are shown: the shortest start of each that no other id shares, never under 8.

An id is 12 hex digits of its creation time (milliseconds) then 20 random ones, so entries
made within a minute share their first 8 characters, and within a quarter second their first
10: a fixed length would show two of them alike. Any start that only one id has is accepted
back (`Vault.find_id`), so what a list shows can always be typed in again.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

MIN_CHARS = 8  # the shortest id shown


def shortest_unique(
    ids: Iterable[str], among: Iterable[str] = (), *, min_chars: int = MIN_CHARS
) -> dict[str, str]:
    """For each of `ids`, its shortest start (at least `min_chars`) that none of the other
    `ids` nor any of `among` starts with."""
    wanted = list(dict.fromkeys(ids))
    pool = sorted(set(wanted).union(among))
    shown: dict[str, str] = {}
    for entry_id in wanted:
        at = bisect_left(pool, entry_id)
        need = min_chars
        for other in pool[max(at - 1, 0) : at] + pool[at + 1 : at + 2]:  # sorted: neighbours
            need = max(need, _shared(entry_id, other) + 1)
        shown[entry_id] = entry_id[:need]
    return shown


def _shared(a: str, b: str) -> int:
    """How many characters `a` and `b` start with in common."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
