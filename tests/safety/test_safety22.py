"""What blind round 12's raters marked down on safety, fixed without a retrain (helper safety22).

1. Economic control missed: an allowance set by the partner ("I know I'm only meant to have the
   £30"), having to ask before spending anything, a card handed back, an apology for ordinary
   spending with going without ("I'll walk", "I'll go without lunch") had no panel or was named
   as something else. It now names control (P-safety: a missed disclosure costs more than a
   false alarm). A budget agreed together, a gift limit and a joke stay quiet.
2. The wrong kind named for isolation: a friend or family kept away was headed "being hurt
   physically", "being watched" or an animal hurt. The cause: `Screening.message` was chosen
   from every kind found (the learned layer's too) while the panel named from the kinds a
   pattern found; both now name from `messages.named_kinds`, and patterns find the shapes
   ("you said I'm not to see Hannah anymore", "he deleted my brother's number").
3. Someone else's threat to kill or hurt themselves (a partner's, often against leaving) had
   two crisis lines and no abuse line, or no crisis line at all ("when I said I wanted to
   separate he said he'd swallow every pill in the house": a threat only). The crisis line now
   sits beside the abuse line, with a short word on what to do if they may act on it.

Patterns (`safety/data/lexicon.toml`, examples `*_untrained`, so the shipped learned model is
unchanged), `messages.named_kinds` / `their_threat` and the panel (`app/safety.py`). Every
sentence here was written for this test and is neither training text nor a lexicon example;
each in a `*_ON_MAIN` list failed on main (c558a03).
"""

from __future__ import annotations

import pytest

from alongside.app.safety import Panel, panel, safety_help, sure_kinds
from alongside.safety import screen
from alongside.safety.messages import SEEN, lead_kind, named_kinds
from tests.safety.screen_why import assert_held_out, why

# 1. Each had no panel on main, or a panel not naming control first.
ECONOMIC_ON_MAIN = [
    "I know I'm only meant to have the £30, I'll give you the change tonight",
    "im only supposed to take 20 quid out a week, sorry",
    "She only gives me $40 a week, I can't even get a haircut",
    "gave your card back, I know I'm not supposed to touch it",
    "Sorry for the coffee earlier. I'll go without lunch tomorrow.",
    "so sorry about the diesel, I'll walk to the station till payday",
]
# ... and these named control on main and must keep it.
ECONOMIC_KEPT = [
    "he gives me £60 a week for everything and I have to make it stretch",
    "I have to ask him before I buy anything, even shampoo",
    "I have to ask first before I spend any money",
]
# A budget of their own, a gift limit, a joke, a doctor's limit, a card lent: quiet on main too.
ECONOMIC_QUIET = [
    "we agreed £40 each for fun money this month",
    "sorry I blew the petrol money on chips lol",
    "I'm only meant to spend £20 on the office secret santa",
    "I'm only meant to have one coffee a day, doctor's orders",
    "put your card back in your purse, thanks for paying",
]

# 2. A friend or family kept away: each was headed by another kind on main (an animal, fear,
# being watched, being hurt), in the panel or in `Screening.message`, or had no panel.
ISOLATION_ON_MAIN = [
    "you said I'm not to see Hannah anymore, so I've told her I'm busy",
    "he deleted my brother's number and I don't know it by heart",
    "you blocked my mum on my phone while I was asleep",
    "she made me unfriend my best mate",
    "you deleted Amira's number off my phone, why",
    "he locked me out of my facebook so I can't talk to my friends",
]
# Not a friend kept away: a call at work, a film, the plumber.
ISOLATION_QUIET = [
    "she says I'm not to ring her while she's in meetings",
    "you said I'm not to watch the finale without you!!",
]

# 3. Someone else's threat to hurt or kill themselves: on main no crisis line, or two crisis
# lines and no abuse line, and no word on what to do if they may act on it.
THEIR_THREATS_ON_MAIN = [
    "when I said I wanted to separate he said he'd swallow every pill in the house",
    "the minute I mention divorce she says she'll hang herself",
    "he says he'll kill himself if I go to my sister's for the weekend",
    "my boyfriend keeps telling me he'll end his life if I break up with him",
    "she texted that she'd take all her tablets if I didn't come back",
]
# The writer's own threat: the crisis line beside the abuse line (two crisis lines on main), no
# word about "them".
OWN_THREAT = "if you leave me I swear I'll hurt myself"
# The writer's own wish to die, no control: two crisis services, as before.
OWN_WISH = "honestly I just want to die tonight"


def _panel(text: str, country: str = "GB") -> Panel:
    found = screen(text)
    return panel(
        found.kinds,
        safety_help(country, "", found.kinds, how_to_choose="x"),
        text=text,
        sure=sure_kinds(found),
    )


@pytest.mark.parametrize("text", ECONOMIC_ON_MAIN + ECONOMIC_KEPT)
def test_economic_control_names_control(text: str) -> None:
    found = screen(text)
    assert "coercive_control" in found.kinds, why(text)
    assert lead_kind(named_kinds(found.kinds, text, sure_kinds(found))) == "coercive_control"
    assert found.message == SEEN["coercive_control"], why(text)


@pytest.mark.parametrize("text", ECONOMIC_QUIET + ISOLATION_QUIET)
def test_everyday_money_and_plans_stay_quiet(text: str) -> None:
    assert not screen(text).flagged, why(text)


@pytest.mark.parametrize("text", ISOLATION_ON_MAIN)
def test_a_friend_or_family_kept_away_is_named_as_control(text: str) -> None:
    found = screen(text)
    assert found.message == SEEN["coercive_control"], why(text)
    shown = _panel(text)
    assert shown.seen == SEEN["coercive_control"], why(text)


@pytest.mark.parametrize("text", THEIR_THREATS_ON_MAIN)
@pytest.mark.parametrize("country", ["GB", "US", "AU"])
def test_their_threat_shows_the_crisis_line_beside_the_abuse_line(text: str, country: str) -> None:
    found = screen(text)
    assert {"self_harm", "coercive_control"} <= set(found.kinds), why(text)
    shown = _panel(text, country)
    kinds = [r.kind for r in shown.first]
    assert "crisis" in kinds and "domestic_violence" in kinds, (country, kinds)
    assert kinds.index("crisis") < kinds.index("domestic_violence")
    assert shown.seen == SEEN["self_harm"]
    said = shown.their_threat
    assert "act on it" in said and "not your fault" in said
    emergency = next(r for r in shown.help.resources if r.kind == "emergency")
    assert emergency.contact.split(".")[0].split()[-1] in said, said


def test_their_threat_without_a_country_says_the_local_emergency_number() -> None:
    shown = _panel(THEIR_THREATS_ON_MAIN[0], "")
    assert "local emergency number" in shown.their_threat


def test_the_writers_own_threat_shows_both_lines_and_no_word_about_them() -> None:
    shown = _panel(OWN_THREAT)
    kinds = [r.kind for r in shown.first]
    assert "crisis" in kinds and "domestic_violence" in kinds, kinds
    assert shown.their_threat == ""


def test_a_wish_to_die_alone_keeps_two_crisis_lines() -> None:
    shown = _panel(OWN_WISH)
    kinds = [r.kind for r in shown.first]
    assert kinds == ["emergency", "crisis", "crisis"], kinds
    assert shown.their_threat == ""


def test_none_of_these_sentences_is_training_text_or_a_lexicon_example() -> None:
    assert_held_out(
        [
            *ECONOMIC_ON_MAIN,
            *ECONOMIC_KEPT,
            *ECONOMIC_QUIET,
            *ISOLATION_ON_MAIN,
            *ISOLATION_QUIET,
            *THEIR_THREATS_ON_MAIN,
            OWN_THREAT,
            OWN_WISH,
        ]
    )
