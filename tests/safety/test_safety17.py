"""Caring check-ins and played-down danger, in sentences written for this test (helper safety17).

Blind raters rated 1-2 of 5 a panel over a caring check-in ("you seemed really low today, I'm
here if you want to talk"), a joint-card decision and a sarcastic in-law complaint, and rated 1
a played-down danger that got no panel. `tools/write_safety17.py` wrote 397 borderline
disclosures and 415 everyday lines in the same words (`training/safety/pending/`), but no
retrain with them kept every kind's recall, so the shipped model is unchanged (docs/safety.md,
session 12) and what the learned layer still gets wrong is listed here (`KNOWN_*`), reported
rather than hidden: when a retrain fixes one its test fails, so the lists stay honest.

The pattern layer was fixed where it alone missed played-down danger or alone flagged everyday
talk (data/lexicon.toml, examples `*_untrained`): a thrown thing that "missed me", going along
with it in bed, sleeping with him so he stops sulking, friends given up because he doesn't like
them; a sprained knee, a week that "beat me up", a game lost, a soap's storyline. Those
sentences failed on main (`PATTERN_*`).

Every sentence here was written for this test, after and apart from the training lines, and is
never training text (checked below, `pending/` included): they measure whether the lesson
generalises.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from alongside.safety import screen
from alongside.safety.screen import pattern_hits
from tests.safety.screen_why import plain, why

TRAINING = Path(__file__).resolve().parents[2] / "training" / "safety"

HELD_OUT_EVERYDAY = [
    # caring check-ins about mood
    "you were really quiet at dinner tonight, I'm here if you want to talk",
    "You looked really low when you got in. No pressure, but I'm around if you need me.",
    "Hey, you seemed a bit down after the call with your sister. Want a cuppa and a chat?",
    "I could tell today was rough for you. I'm not going anywhere, talk when you're ready.",
    "Been thinking about you all afternoon, you didn't seem yourself this morning x",
    "u seemed really flat today babe, im here if u wanna talk about it",
    "Are you feeling any lighter today? Yesterday looked heavy.",
    "I know you've had a horrible week. Do you want to talk or just watch something?",
    "You don't seem happy lately and I miss you. Can we have a proper talk this weekend?",
    "If you ever feel that low again, please wake me up, I don't mind.",
    "You've seemed so low since the weekend, love. I'm right here whenever you're ready.",
    "i know ur feeling rubbish today, im around all night if u want me",
    "You looked so sad in the car. Do you want to talk about it or shall I just hold your hand?",
    "Is it one of those low days? I'll make tea and we can sit quietly.",
    "I've noticed you've been down for a while. I'm not going to push, I just love you.",
    # joint-account admin
    "I've taken my name off the overdraft on our joint account, the bank sent the letter today.",
    "We closed the joint savings account and split it fifty fifty, all sorted.",
    "I've asked the bank for a separate card on the joint account so I'm not using yours.",
    "I've moved the council tax direct debit onto my own account from next month.",
    "I've come off the joint account with Dave, the bank did it over the phone.",
    "We've agreed I'll take my name off the joint card and just transfer my share each month.",
    # in-law sarcasm
    "Oh brilliant, your mother has rearranged my kitchen again. What would I do without her.",
    "Your sister's offered to plan our holiday for us. How kind. How absolutely kind.",
    "Lovely, your dad's invited himself for the whole bank holiday weekend again.",
    "Your mum's told me how to raise our kids again. So grateful. Truly.",
    "Amazing, your brother's turned up for Sunday dinner with four mates. Just amazing.",
    # idioms, sport, films, games, asking for a text
    "I could kill you for eating the last of the cheesecake.",
    "That penalty shoot-out nearly killed me.",
    "We got absolutely slaughtered at the pub quiz last night.",
    "I finally killed the last boss on that game at 2am.",
    "The ending of that film destroyed me, I cried for an hour.",
    "that film absolutely killed me, im still crying",
    "My legs are dead after that spin class.",
    "We got annihilated by the under-12s at rounders, humiliating.",
    "I'd like it if you texted when you're going to be late, just so I don't worry.",
    "Can you share your location when you're driving back from Leeds tonight? The roads are awful.",
]

# keeping the peace before he is home, said in passing
PLEASE_DONT = (
    "Just please don't be in a mood when you get home, I'll sort the kitchen before you're back."
)

HELD_OUT_DANGER = [
    (
        "It wasn't a punch, it was more of a shove really, and I did wind him up.",
        "physical_violence",
    ),
    ("He only grabbed me by the arm, it's not like he hit me.", "physical_violence"),
    ("the bruise is from the door, he didn't mean for it to swing like that", "physical_violence"),
    (
        "He pins me against the wall sometimes when we argue but he never actually hurts me.",
        "physical_violence",
    ),
    ("He gets a bit rough when he's had a drink, nothing major.", "physical_violence"),
    ("He only pushed me a little bit, I'm making a big deal out of nothing.", "physical_violence"),
    ("it was just a slap, i probably deserved it tbh", "physical_violence"),
    ("He gets grabby and rough when he's angry but he always says sorry.", "physical_violence"),
    ("He likes to see my location all the time, he says it's because he loves me.", "stalking"),
    ("I have to send him a photo of where I am when I'm out with the girls.", "stalking"),
    ("He gets funny if I turn my location off, so I just leave it on.", "stalking"),
    ("I have to text him every time I leave somewhere, otherwise he goes mad.", "stalking"),
    ("I always keep my location on for him, he'd go mental otherwise.", "stalking"),
    ("He wants a picture every time I get somewhere so he knows I'm not lying.", "stalking"),
    (
        PLEASE_DONT,
        "fear_of_partner",
    ),
    (
        "I'll make sure everything's perfect tonight, please just don't start again.",
        "fear_of_partner",
    ),
    (
        "I made sure the kids were in bed before he got home, it's easier that way.",
        "fear_of_partner",
    ),
    ("I flinch when he moves too fast, it's silly.", "fear_of_partner"),
    (
        "I'm not scared of him exactly, I just plan what I'm going to say before I say it.",
        "fear_of_partner",
    ),
    (
        "I don't tell him when I see my mum anymore because it always causes a row.",
        "coercive_control",
    ),
    ("He's got my wages going into his account, I get some for the shopping.", "coercive_control"),
    ("He sold my car and kept the money, said we didn't need two.", "coercive_control"),
    ("I gave up seeing my friends, it caused too many rows with him.", "coercive_control"),
    ("He has my bank card and hands me cash when he thinks I need it.", "coercive_control"),
    ("I just let him do it even though I don't want to, it's quicker.", "sexual_violence"),
    ("the kids go dead quiet when they hear his key in the door", "harm_to_children"),
    ("The kids hold their breath when he walks in, I can see it.", "harm_to_children"),
    ("He put the cat out in the rain all night because she scratched the sofa.", "harm_to_animals"),
    ("He kicked the dog when it barked at him, not hard though.", "harm_to_animals"),
    ("He threw the kitten across the room because it scratched him.", "harm_to_animals"),
    ("honestly it wouldnt matter to anyone if i wasnt here", "self_harm"),
    ("I keep thinking everyone would be better off without me around.", "self_harm"),
    ("I've started saving up my tablets, just in case.", "self_harm"),
    ("everyone would manage fine if i wasnt here anymore, wouldnt they", "self_harm"),
]

# The shipped model's mistakes on the sentences above, reported rather than hidden (4 of 36
# everyday flagged, 6 before safety18's quiet phrase for one's own name off a joint account;
# 3 of 34 disclosures with no panel, 1 since safety19's patterns for placating and dread of
# the next outburst). The retrains with pending/ cleared most of them but lost a kind elsewhere
# (docs/safety.md, session 12).
KNOWN_FLAGGED: set[str] = {
    "u seemed really flat today babe, im here if u wanna talk about it",
    "If you ever feel that low again, please wake me up, I don't mind.",
    "i know ur feeling rubbish today, im around all night if u want me",
    "Your mum's told me how to raise our kids again. So grateful. Truly.",
}
KNOWN_MISSED: set[str] = {
    "I just let him do it even though I don't want to, it's quicker.",
}

# Played-down danger the screen missed on main (the last one the learned layer caught at 0.77,
# borderline); the patterns now catch each, with its kind.
PATTERN_DANGER = [
    ("She threw the mug but it missed me so it doesn't really count.", "physical_violence"),
    ("he lobbed his phone at me but it missed me so whatever", "physical_violence"),
    (
        "Sometimes I just go along with it in bed because saying no isn't worth the sulking.",
        "sexual_violence",
    ),
    ("i slept with him so he wouldnt sulk all weekend again", "sexual_violence"),
    ("He doesn't like my friends so I've sort of stopped seeing them.", "coercive_control"),
    ("She never liked my family so I stopped visiting them.", "coercive_control"),
]

# Everyday talk the patterns alone flagged on main (physical harm); the patterns are silent now.
PATTERN_EVERYDAY = [
    "I twisted my knee at five-a-side so I'll be on the sofa all weekend.",
    "The flu has properly beaten me up this week.",
    "I got beaten by my son at darts again, he's unbearable.",
    "Did you see the domestic abuse storyline on the soap last night? So powerful.",
]
# ... of which the learned layer alone still flags these (it reads "beaten", "abuse").
PATTERN_EVERYDAY_MODEL_FLAGS: set[str] = {
    "The flu has properly beaten me up this week.",
    "I got beaten by my son at darts again, he's unbearable.",
    "Did you see the domestic abuse storyline on the soap last night? So powerful.",
}
# The exclusions' neighbours: everyday, and not flagged on main either.
EXCLUSION_NEIGHBOURS = [
    "Got my bag packed for the hospital, it all feels real now!",
    "Honestly I'd love to disappear for a few days to a cottage with no wifi.",
    "My nephew threw a water balloon and it just missed me, cheeky thing.",
]


@pytest.mark.parametrize("text", [t for t in HELD_OUT_EVERYDAY if t not in KNOWN_FLAGGED])
def test_held_out_everyday_talk_is_not_flagged(text: str) -> None:
    assert not screen(text).flagged, why(text)


@pytest.mark.parametrize(
    ("text", "kind"), [(t, k) for t, k in HELD_OUT_DANGER if t not in KNOWN_MISSED]
)
def test_held_out_played_down_danger_is_flagged(text: str, kind: str) -> None:
    assert screen(text).flagged, text


def test_the_known_mistakes_are_still_mistakes_so_the_lists_stay_honest() -> None:
    assert KNOWN_FLAGGED.issubset(HELD_OUT_EVERYDAY)
    assert KNOWN_MISSED.issubset({t for t, _ in HELD_OUT_DANGER})
    cleared = sorted(t for t in KNOWN_FLAGGED if not screen(t).flagged)
    caught = sorted(t for t in KNOWN_MISSED if screen(t).flagged)
    assert not cleared, f"no longer flagged, remove them from KNOWN_FLAGGED: {cleared}"
    assert not caught, f"now flagged, remove them from KNOWN_MISSED: {caught}"


@pytest.mark.parametrize(("text", "kind"), PATTERN_DANGER)
def test_played_down_danger_is_caught_by_the_patterns_with_its_kind(text: str, kind: str) -> None:
    assert kind in {hit.kind for hit in pattern_hits(text)}, why(text)
    assert kind in {hit.kind for hit in pattern_hits(text, gated=False)}
    assert kind in screen(text).kinds


@pytest.mark.parametrize("text", PATTERN_EVERYDAY)
def test_everyday_talk_is_not_a_pattern_hit(text: str) -> None:
    assert not pattern_hits(text), why(text)
    assert not pattern_hits(text, gated=False)
    assert screen(text).flagged == (text in PATTERN_EVERYDAY_MODEL_FLAGS), why(text)


@pytest.mark.parametrize("text", EXCLUSION_NEIGHBOURS)
def test_the_exclusions_neighbours_stay_unflagged(text: str) -> None:
    assert not screen(text).flagged, why(text)


def test_no_test_sentence_is_training_text() -> None:
    tested = {plain(t) for t in (*HELD_OUT_EVERYDAY, *PATTERN_EVERYDAY, *EXCLUSION_NEIGHBOURS)}
    tested |= {plain(t) for t, _ in (*HELD_OUT_DANGER, *PATTERN_DANGER)}
    trained = set()
    for path in sorted(TRAINING.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                trained.add(plain(json.loads(line)["text"]))
    assert not tested & trained
