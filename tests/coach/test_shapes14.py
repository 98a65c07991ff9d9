"""Held-out wordings of the session 14 shape rules (rules_shapes.toml 7-10): pushes that name
a penalty, shame them through the children or family, answer a question with a mocking guess,
or lay guilt for later; and their kind neighbours. None of these sentences is a rule example."""

from __future__ import annotations

import pytest

from alongside.coach import analyse

PUSHES = [
    ("Either we're booked in with a counsellor by March or I'm calling a lawyer.", "ultimatum"),
    ("Either we sort this by the weekend or I'm moving back to my mum's.", "ultimatum"),
    ("Pay me back by the 1st or I'm telling your sister what you did.", "ultimatum"),
    ("I'll make sure Josh knows exactly why you missed his match.", "ultimatum"),
    ("Pity if your boss ever found out where you were on Friday.", "ultimatum"),
    ("So who's doing the school run, the tooth fairy?", "contempt"),
    ("What did you contribute this month, the Spotify?", "contempt"),
    ("Is it physically impossible to put the lid back on the milk?", "contempt"),
    ("One day you'll realise what you did to this family.", "pressure"),
    ("Whatever, I'm used to doing the holidays on my own anyway.", "pressure"),
]
KIND = [
    "Either we leave at six or we'll hit the traffic, your call.",
    "Text me when you land or I'll worry, love you.",
    "I'll make sure Josh knows where to meet you after his match.",
    "Who's picking the film tonight, you or me?",
    "What are we getting your dad for his birthday, the whisky or the book?",
    "It's physically impossible to get there by nine, shall we say half past?",
    "One day you'll see how good you are at this, honestly.",
    "I'm used to doing the long run on my own, have a great time at the match.",
]


@pytest.mark.parametrize(("text", "kind"), PUSHES)
def test_the_push_is_found(text: str, kind: str) -> None:
    found = {f.id for f in analyse(text).findings if f.polarity == "pushing"}
    assert kind in found, (text, found)


@pytest.mark.parametrize("text", KIND)
def test_the_kind_neighbour_is_not_read_as_pushing(text: str) -> None:
    found = [f.id for f in analyse(text).findings if f.polarity == "pushing"]
    assert not found, (text, found)
