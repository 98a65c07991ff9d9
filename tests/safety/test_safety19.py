"""Disclosures the screen missed, caught without losing any (helper safety19).

Four families the lead saw missed or misread:

1. Placating to hide a breakage or damage from the partner, a sign of fear of their reaction
   ("just don't be mad when you get home, I'll fix the door before you see it"): no help was
   shown. An ordinary apology with a replacement promised stays quiet.
2. Dread of a partner's recurring outbursts ("please just don't start again", "please not
   tonight, I can't do another night of it"): missed.
3. A partner's location checked and a gap asked about ("why was your location off for 20
   minutes"): missed, while a plain text-speak check-in ("where r u??") must stay quiet, and
   one's own location off ("my phone died") had a stalking panel.
4. One's own name or self taken off a joint account: "taken myself off" had the suicide line,
   "removed my name from" a control panel; money control stays flagged.

The first three are lexicon patterns (`safety/data/lexicon.toml`, examples `*_untrained`: tests,
not training text, so the shipped learned model is unchanged); the rest are quiet phrases
(`safety/data/quiet.toml`). Every sentence here was written for this test, apart from the
lexicon's and the quiet phrases' examples, and is never training text. Each disclosure and each
line of EVERYDAY_FLAGGED_ON_MAIN failed on main (f11fe82); the quiet everyday lines and the
neighbours pass on main and must keep passing.
"""

from __future__ import annotations

import pytest

from alongside.safety import screen
from tests.safety.screen_why import assert_held_out, why

# (text, kind): each missed on main.
DISCLOSURES = [
    # placating to hide a breakage from the partner
    (
        "please don't be cross when you get in, I'll have the telly fixed before you see it",
        "fear_of_partner",
    ),
    (
        "I'll get the scratch on the car sorted before he notices, please don't tell him Mum",
        "fear_of_partner",
    ),
    ("sorry sorry sorry, I'll mop it all up, just don't get angry", "fear_of_partner"),
    ("I'll buy a new one before she sees it's gone, she can't find out", "fear_of_partner"),
    (
        "don't go mad when u get home, i'll have the cupboard door back on before u see it",
        "fear_of_partner",
    ),
    ("I'll replace the glass before he's back or he'll go mad", "fear_of_partner"),
    # dread of the next outburst
    ("pls dont start again tonight, i cant take another night of the screaming", "fear_of_partner"),
    ("please just don't start, I can't go through another evening of it", "fear_of_partner"),
    ("not again, please, not tonight, I can't do another night like last night", "fear_of_partner"),
    ("Please. Just don't start again. Not with the baby asleep.", "fear_of_partner"),
    ("I can't sit through another weekend of your shouting", "fear_of_partner"),
    # a partner's location gap or mismatch asked about
    ("Why did you switch your location off at lunchtime?", "stalking"),
    ("ur location was off for like 40 mins, where were u", "stalking"),
    ("why was your find my off between 2 and 3", "stalking"),
    ("your location was showing the pub when you said you were at work", "stalking"),
    ("Why has your Life360 been paused since this morning?", "stalking"),
]

# Each had no help shown on main and must stay so: an apology, a check-in, admin.
EVERYDAY_QUIET_ON_MAIN = [
    "Oops, I spilled wine on the rug. I'll get it cleaned tomorrow, sorry!",
    "don't be mad but I ate the last of the cheesecake",
    "I'll tidy the kitchen before you get home so you can relax",
    "I'll fix the shelf this weekend, promise",
    "sorry I dented the bumper, I'll ring the garage tomorrow",
    "I'll have dinner ready before you get home, don't be late",
    "I'll sort it before you get back, don't worry",
    "please don't start the washing machine again, it's already done",
    "not tonight, I'm shattered, can we do it tomorrow?",
    "I can't do another night of this teething, she's been up every hour",
    "please don't start again about the holiday, we agreed",
    "please don't start again without me, I'm nearly home",
    "where are u babe, dinner's ready",
    "hellooo where r u",
    "you home yet? x",
    "your location says you're 5 mins away, I'll put the kettle on",
    "I've had my name removed from the joint account",
    "we've both come off the overdraft",
]
# Each had a panel on main (the learned layer) and must not now.
EVERYDAY_FLAGGED_ON_MAIN = [
    "My location was off because my phone died, sorry",
    "I turned my location off to save battery",
    "I've taken myself off the joint account now",
    "I've removed my name from the joint account",
]

# The dangerous neighbours: the same words, and danger (flagged on main and now).
NEIGHBOURS = [
    ("she keeps my bank card and gives me £15 a week for the bus", "coercive_control"),
    ("he took my name off our account and I have to ask for money", "coercive_control"),
    ("he goes mad if my location is off and calls me forty times", "stalking"),
    ("I'm so sorry, I'll pay for it, just please don't be angry with me", "fear_of_partner"),
    (
        "I need to patch the hole in the plaster before he gets home or he'll kick off",
        "fear_of_partner",
    ),
]


@pytest.mark.parametrize(("text", "kind"), DISCLOSURES)
def test_the_disclosure_shows_help_with_its_kind(text: str, kind: str) -> None:
    found = screen(text)
    assert found.flagged, text
    assert kind in found.kinds, why(text)


@pytest.mark.parametrize("text", EVERYDAY_QUIET_ON_MAIN + EVERYDAY_FLAGGED_ON_MAIN)
def test_everyday_message_gets_no_panel(text: str) -> None:
    assert not screen(text).flagged, why(text)


@pytest.mark.parametrize(("text", "kind"), NEIGHBOURS)
def test_dangerous_neighbour_keeps_its_panel_and_kind(text: str, kind: str) -> None:
    assert kind in screen(text).kinds, why(text)


def test_none_of_these_sentences_is_training_text_or_a_lexicon_example() -> None:
    mine = {t for t, _ in DISCLOSURES} | {t for t, _ in NEIGHBOURS}
    assert_held_out(mine | set(EVERYDAY_QUIET_ON_MAIN) | set(EVERYDAY_FLAGGED_ON_MAIN))
