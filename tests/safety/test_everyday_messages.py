"""Plain everyday sentences to a partner must not bring up the safety panel (issue 10).

Blind raters rated a wall of helplines over an ordinary message as worse than nothing: "I wish
you had told me." was read as a threat ('told'), a chores-and-phone complaint as fear of the
partner ('tired', 'around', 'while'). `everyday_messages.txt` holds 234 team-written short
sentences of that kind (complaints, wishes, chores, phones, tiredness, kids, money, plans),
one a line, written for this test and never trained on.

`KNOWN` lists the ones the screen still flags: they are reported, not hidden. When a
retraining stops flagging one, its test below fails so the list is kept honest.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from alongside.safety import screen

MESSAGES = Path(__file__).with_name("everyday_messages.txt")

# Still flagged by the shipped model (none since the safety10c retraining; before it, 8:
# "I wish you had told me." as threats on 'told', "I'm so tired of doing everything around here
# while you sit on your phone." as fear on 'tired', 'around', 'while', ...).
KNOWN: set[str] = set()


@cache
def messages() -> list[str]:
    lines = MESSAGES.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip()]


def test_the_set_is_large_and_the_known_ones_are_in_it() -> None:
    assert len(messages()) >= 200
    assert len(set(messages())) == len(messages())
    assert KNOWN.issubset(messages())


@pytest.mark.parametrize("text", [m for m in messages() if m not in KNOWN])
def test_everyday_message_is_not_flagged(text: str) -> None:
    found = screen(text)
    assert not found.flagged, [(h.kind, text[h.start : h.end], h.why) for h in found.hits]


def test_known_false_alarms_are_still_flagged_so_the_list_stays_honest() -> None:
    cleared = [text for text in sorted(KNOWN) if not screen(text).flagged]
    assert not cleared, f"no longer flagged, remove them from KNOWN: {cleared}"
