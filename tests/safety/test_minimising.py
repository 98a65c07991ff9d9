"""Minimising is not denying: a negated violence word that is played down still flags.

Two fresh sets of messages nobody here wrote showed help for only 8 and 7 of 12 disclosures;
one family of misses was violence mentioned and then excused ("he didn't mean to hurt me",
"she didn't hit me that hard"). The pattern layer's negation rule dropped those hits; it must
keep them, while "he's never hit me" alone stays a negative (`screen.MINIMISED`).
"""

from __future__ import annotations

import pytest

from alongside.safety.screen import screen, screen_with

PLAYED_DOWN = [
    "he didn't mean to hurt me",
    "she didn't mean to hit me",
    "he never meant to hurt me",
    "he doesn't usually hit me",
    "he doesn't hit me that often",
    "he didn't hit me hard",
    "she didn't hit me that hard",
    "he didn't hit me in front of the kids",
    "he never hits me when the kids are around",
    "he doesn't hit me much",
    "he doesn't hit me every day",
    "he doesn't hurt me on purpose",
    "he never hurts me unless I provoke him",
    "he can't help hitting me when he's drunk",
    "he didn't strangle me for long",
    "I'm not scared of him when he's sober",
    "I'm not scared of him most of the time",
    "he'd never normally lay a finger on me",
]

DENIED = [
    "he's never hit me",
    "He has never hurt me, he's just distant.",
    "he's never hit me and never would",
    "he's never hit me even when he's furious",
    "My husband hasn't hit me or anything like that, he just ignores me for days.",
    "I'm not scared of him, I'm just fed up",
]


@pytest.mark.parametrize("text", PLAYED_DOWN)
def test_a_played_down_hit_keeps_the_pattern_layer(text: str) -> None:
    found = screen_with(text, gated=True, learned=False)
    assert found.flagged, text
    assert {"physical_violence", "fear_of_partner"} & set(found.kinds)


@pytest.mark.parametrize("text", DENIED)
def test_a_plain_denial_is_still_not_a_pattern_hit(text: str) -> None:
    assert not screen_with(text, gated=True, learned=False).flagged


@pytest.mark.parametrize(
    "text",
    [
        "It was only a push, he didn't even leave a mark",
        "the shove wasn't that bad honestly, I'm probably overreacting",
        "I'm not bringing it up again, the shove thing, he gets upset",
        "You're scaring me, why are you saying goodbye like that",
        "He's been putting his affairs in order and he's only 34",
        "I'll do whatever you want, just please don't be angry",
        "I rehearse what I'm going to say so he won't explode",
    ],
)
def test_the_three_families_of_misses_show_help(text: str) -> None:
    assert screen(text).flagged
