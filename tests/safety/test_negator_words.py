"""A word that ends in "nt" is not a negation: "joint", "account", "payment" never silence a hit."""

from __future__ import annotations

import re

import pytest

from alongside.safety import screen
from alongside.safety.screen import NEGATOR

WHOLE = re.compile(rf"\b{NEGATOR}\b")


@pytest.mark.parametrize(
    "word",
    ["don't", "didn't", "won't", "can't", "isn\u2019t", "didnt", "dont", "wont", "cant", "aint"],
)
def test_contractions_negate(word: str) -> None:
    assert WHOLE.fullmatch(word)


@pytest.mark.parametrize(
    "word", ["joint", "account", "payment", "parent", "violent", "agent", "went", "sent", "want"]
)
def test_words_ending_in_nt_do_not(word: str) -> None:
    assert WHOLE.fullmatch(word) is None


def test_a_hit_after_joint_is_kept() -> None:
    # the money-control pattern's hit starts at "account": "joint " before it was read as "don't"
    found = screen("he changed the password on the joint account")
    assert found is not None and "coercive_control" in found.kinds
