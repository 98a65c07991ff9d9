"""Everyday couple talk the screen used to flag, and the danger beside it that it must keep.

Blind raters scored a safety screen over an ordinary message "worse than the original", so the
plainly ordinary messages of the rewrite corpus (tests/data/rewrite_corpus.jsonl, team-written)
must pass; the genuinely ambiguous ones (fear named, children scared, walking on eggshells,
unsafe driving) and the abuse the corpus marks must still show help: when in doubt, show help.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from alongside.safety import screen

CORPUS = Path(__file__).resolve().parents[1] / "data" / "rewrite_corpus.jsonl"

# Flagged before this change; plainly ordinary: an ultimatum about drinking, a grief group,
# new-baby sarcasm, laundry, a cleaner paid from one's own money, a rude stepson, a peer-group
# link, an agreed time-out plan. (Still flagged, left for later: m045 "I'm going to sleep at my
# sister's", m106 a mother-in-law's key.)
ORDINARY = ["m064", "m075", "m147", "m154", "m164", "m274", "m285", "m309"]
# Ambiguous enough to keep showing help.
AMBIGUOUS = ["m062", "m186", "m195", "m355"]
# Abuse or control the corpus marks, flagged before this change: must stay flagged.
ABUSE = [
    "m099", "m128", "m182", "m220", "m246", "m247", "m248",
    "m249", "m250", "m253", "m254", "m255", "m256", "m258",
]  # fmt: skip
# Missed before this change: money kept from the writer ("you give me £50 and keep the rest").
NEWLY_CAUGHT = ["m100"]


@cache
def corpus() -> dict[str, str]:
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    return {row["id"]: row["text"] for row in rows}


@pytest.mark.parametrize("message", ORDINARY)
def test_plainly_ordinary_corpus_messages_are_not_flagged(message: str) -> None:
    text = corpus()[message]
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]


@pytest.mark.parametrize("message", AMBIGUOUS + ABUSE + NEWLY_CAUGHT)
def test_ambiguous_and_abusive_corpus_messages_still_show_help(message: str) -> None:
    assert screen(corpus()[message]).flagged, corpus()[message]


# Everyday talk of the kinds the brief names, in words the training text does not use.
EVERYDAY = [
    "I could murder a burger and chips right now.",
    "This commute is killing me, two hours each way.",
    "Haha you think YOU'RE tired? I gave birth on Tuesday.",
    "The newborn fed every hour last night, I am a shell of a person.",
    "If we start shouting again, let's both take fifteen minutes apart and then try again.",
    "When it gets loud I'm going to go round the block on foot and come back calmer.",
    "My counsellor suggested we write down what we each need from the weekend.",
    "I'll drop you at the clinic and wait in the car park with a coffee.",
    "I'm paying for the new sofa out of my bonus, it's decided.",
]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_couple_talk_is_not_flagged(text: str) -> None:
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]
