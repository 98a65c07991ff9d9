"""Safety misses and wrong panels left from session 14, fixed without a retrain (helper safety21).

1. A suicide threat used as control was missed or named short: "you leave and I swear I'll
   end it" had no panel, "leave me and you'll find me dead" was named a threat, "if you go I
   don't know what I'll do to myself" had none. Said by the writer or reported of the partner,
   tied to leaving or to not doing as asked, it now names self-harm (which leads the panel)
   and control. A break-up ("I'm going to end it with Sam"), an account ended ("ending it all
   with the gym lol") and hyperbole about chores stay quiet.
2. A hangover read as the suicide line ("... a repeat of last time's hangover"): "time's" reads
   as "times", which leans to danger, and "hangover" too. A quiet phrase; hurting oneself last
   time still flags.
3. Bare numbers read as danger ("20" +1.49, "5" +1.76, "12" +1.40 log-odds toward any danger):
   a time, a wait, a price or a count ("5 mins and I'm out the door", "gonna be home at 12")
   had a panel. A quiet phrase drops the number and its unit; what is left is still read.

Patterns (`safety/data/lexicon.toml`, examples `*_untrained`, so the shipped learned model is
unchanged) and quiet phrases (`data/quiet.toml`). Every sentence here was written for this test
and is never training text nor a lexicon example. Each disclosure and each line of
EVERYDAY_FLAGGED_ON_MAIN failed on main (8d771e6); the quiet lines and the neighbours pass on
main and must keep passing.
"""

from __future__ import annotations

import pytest

from alongside.safety import screen
from alongside.safety.messages import lead_kind
from tests.safety.screen_why import assert_held_out, why

BOTH = ("self_harm", "coercive_control")

# Each had no panel on main, or lacked self-harm or control.
DISCLOSURES = [
    # the writer's own threat against leaving
    "you leave and I swear I'll end it",
    "u walk out now and i swear to god i'll end it",
    "if you leave tonight I'm going to end it, I mean it",
    "Go on then, leave. I'll end it before you reach the car.",
    "if you go i dont know what i'd do to myself",
    "dump me and you'll find me dead in the morning",
    # ... or against not doing as asked
    "pick up the phone or I swear I'll kill myself",
    "Stay, or I'll end it all. I'm not joking.",
    "if you don't come home tonight I'll end it all",
    # the partner's threat, reported
    "he says if I move out he'll end it",
    "my wife told me she'd take an overdose unless I stay",
    "she texted that if I didn't come back she'd hurt herself",
    "he said I'd come home to find him dead if I left",
]

# Each had a panel on main and must not now: an account ended, a hangover, a number.
EVERYDAY_FLAGGED_ON_MAIN = [
    "I'm ending it all with the gym lol, never went once",
    "no shots tonight, I'm not having a repeat of last time's hangover",
    "last time's hangover lasted two days",
    "never again, worst hangover of my life",
    "I can't face another hangover like last time",
    "5 mins and I'm out the door",
    "20 minutes and I'm out the door",
    "train gets in at 5 past 12",
    "gonna be 5 min late",
    "gonna be home at 12",
    "give me 20 mins and I'm out",
    "told you 5 times already",
]

# Each had no panel on main and must stay so: a break-up, hyperbole, errands, times, prices.
EVERYDAY_QUIET_ON_MAIN = [
    "I'm going to end it with Sam on Friday, I've decided",
    "if u leave ur socks on the floor one more time i'll die 😂",
    "if you leave now you'll end up stuck in traffic",
    "leave it with me and I'll sort it",
    "I don't want a repeat of last Christmas's hangover",
    "meet you at 20 to 6 outside boots",
    "bus is at 10 past 8, don't miss it",
    "it's 12 quid a month, bargain",
    "lend me 20 till friday x",
    "be 10 mins, start without me x",
]

# The dangerous neighbours: the same words, and danger (flagged on main and now).
NEIGHBOURS = [
    ("I want to end it all with the pills I've saved", "self_harm"),
    ("I don't want a repeat of last time when I cut myself", "self_harm"),
    ("he slapped me at 5 past 9 this morning", "physical_violence"),
    ("she had her hands round my neck for 20 secs", "physical_violence"),
    ("start without me, everyone's better off without me", "self_harm"),
    ("she says she'll kill herself if I go to my sister's", "self_harm"),
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_the_threat_shows_the_suicide_help_and_control(text: str) -> None:
    found = screen(text)
    assert found.flagged, text
    assert set(BOTH) <= set(found.kinds), why(text)


@pytest.mark.parametrize("text", DISCLOSURES)
def test_self_harm_leads_the_panel(text: str) -> None:
    assert lead_kind(screen(text).kinds) == "self_harm", why(text)


@pytest.mark.parametrize("text", EVERYDAY_FLAGGED_ON_MAIN + EVERYDAY_QUIET_ON_MAIN)
def test_everyday_message_gets_no_panel(text: str) -> None:
    assert not screen(text).flagged, why(text)


@pytest.mark.parametrize(("text", "kind"), NEIGHBOURS)
def test_dangerous_neighbour_keeps_its_panel_and_kind(text: str, kind: str) -> None:
    assert kind in screen(text).kinds, why(text)


def test_none_of_these_sentences_is_training_text_or_a_lexicon_example() -> None:
    mine = set(DISCLOSURES) | {t for t, _ in NEIGHBOURS}
    assert_held_out(mine | set(EVERYDAY_FLAGGED_ON_MAIN) | set(EVERYDAY_QUIET_ON_MAIN))
