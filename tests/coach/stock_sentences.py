"""Sentences the coach shows again and again, over the rewrite corpus (issue 12, blind round 8:
"Would you be willing to try that?" and "I need to be able to count on it" in many notes).

Each sentence the coach shows for a corpus message (the whole message, its notes, the hints
left for the person, the tip, and what `alongside check` prints) is counted once per message
in which it is not the message's own words. Safety panels are not counted: the same helpline
words on every flagged message are the point of them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

_SENTENCE = re.compile(r"[^.!?\u201c\u201d]+[.!?]+")
_QUOTED = re.compile(r"\u201c([^\u201d]+)\u201d")
# Safety words, and the check's own headings, are not the coach's advice.
_SAFETY = re.compile(
    r"\b(?:helpline|samaritans|999|911|112|emergency|refuge|domestic|abuse|safe|danger|crisis"
    r"|text\s+shout|lifeline|hotline|safety|country|helplines|website|what\s+happens\s+next)\b",
    re.IGNORECASE,
)
_MIN_WORDS = 4
# The check's own structure, not advice: its headings, and each finding's "Why:" (the
# definition of that kind of push, the same for every note of the kind).
_HEADINGS = re.compile(
    r"^(?:Your message|What might push.*|What already invites.*|Left for you to put in your own"
    r" words|Yours, kept as it is.*|A gentler whole message|One way to say it|Nothing here looks"
    r" pushing\.(?: Lovely\.)?|Some words may land harder than you mean\.)$"
)
_LABEL = re.compile(r"^\s*(?:\d+\.|•)\s+“[^”]*”(?:\s+·\s+“[^”]*”)*\s+—\s")


def advice_of(printed: str) -> str:
    """What `alongside check` printed, without its headings and, for each finding, the line
    naming its kind and the definition of that kind (a pushing finding's "Why:", an inviting
    one's explanation): the advice and the examples."""
    keep: list[str] = []
    skip = False
    for line in printed.splitlines():
        bare = line.strip()
        if not bare:
            skip = False
            continue
        if bare.startswith("Why:"):
            skip = True  # the definition runs on until the next labelled line
            continue
        if bare.startswith(("Gentler:", "Over to you:", "A small idea:")) or _LABEL.match(line):
            skip = False
        if _LABEL.match(line):
            skip = True  # the kind named, then its definition: not advice
            continue
        if skip or _HEADINGS.match(bare):
            continue
        for lead in ("Gentler:", "Over to you:", "A small idea:"):
            bare = bare.removeprefix(lead).strip()
        keep.append(bare)
    return " ".join(keep)


def sentences_of(said: str) -> list[str]:
    """The sentences of `said`, the quoted examples as sentences of their own."""
    out: list[str] = []
    for part in [said, *_QUOTED.findall(said)]:
        flat = _QUOTED.sub(" ", part) if part is said else part
        out += [" ".join(m.group().split()) for m in _SENTENCE.finditer(flat)]
    return [s for s in out if len(s.split()) >= _MIN_WORDS]


def shown(row: dict[str, Any], printed: str = "") -> list[str]:
    """Everything the coach shows for one row of the rated output file, and what the check
    printed for it (`printed`), as text."""
    out: list[str] = [row.get("suggestion") or "", row.get("tip") or "", row.get("support") or ""]
    out += [x["hint"] or "" for x in row["left_for_you"]]
    out += [f["hint"] or "" for f in row["findings"]]
    out += [f["rewrite"] or "" for f in row["findings"]]
    if printed:
        out.append(printed)
    return out


def shares(rows: Iterable[tuple[str, Iterable[str]]]) -> tuple[int, Counter[str]]:
    """How many messages, and on how many of them each sentence is shown (not the message's own
    words, not a safety line)."""
    count: Counter[str] = Counter()
    n = 0
    for text, said in rows:
        n += 1
        own = " ".join(text.lower().split())
        seen: set[str] = set()
        for part in said:
            for s in sentences_of(part):
                key = s.lower()
                if key in seen or key.rstrip(".!?") in own or _SAFETY.search(s):
                    continue
                seen.add(key)
                count[s] += 1
    return n, count
