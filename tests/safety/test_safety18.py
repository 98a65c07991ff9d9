"""Ordinary messages with no panel, and the right kind named (helper safety18).

Blind raters and the last session saw a panel over everyday messages: a caring check-in about
getting home ("let me know when you're home safe") named fear of the partner, a sulk at being
left with the children ("fine. go to the match. don't worry about me and the kids.") given
the suicide line, and one's own name taken off a joint overdraft named control. Each is a
quiet phrase now (`safety/data/quiet.toml`): the learned layer may not flag on it alone, and
what is left of the sentence is still read. A plain denial ("He doesn't hit me.") is one too:
the patterns already read it as no danger, the learned layer read the verb.

Kinds named that a text lacks, at their cause in the patterns: "sexually abused" was also
physical harm, one's own arms scratched or cut was a partner's violence, and a child's pet
hurt ("my son's hamster") was harm to the child. And in the learned layer: a quiet phrase's
words chose the kind of the rest ("he's never hit me, he just ..." named physical harm).

Every sentence here was written for this test, after and apart from the quiet phrases'
examples, and is never training text: each failed on main (fc25c97). Their dangerous
neighbours, flagged on main, must stay flagged with their kind.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from alongside.safety import screen
from alongside.safety.model import model
from alongside.safety.screen import pattern_hits
from tests.safety.screen_why import why

TRAINING = Path(__file__).resolve().parents[2] / "training" / "safety"

CHECK_INS = [
    "Let me know when you're back safe, the roads are icy.",
    "message me once ur home safe x",
    "Drive safely, and text me when you land so I know you're safe!",
    "u get home safe?? x",
    "ring me when ur home safe babe",
]
SULKS = [
    "Fine, go to the football. Don't worry about me and the kids.",
    "Have fun at the golf. Don't worry about me and the children.",
    "Off you go to the pub then. Don't worry about me and the baby.",
    "fine whatever go. dont worry about me and the kids",
]
ACCOUNT_ADMIN = [
    "I've taken my name off the joint overdraft, it's all done.",
    "i took my name off the credit card so its all yours now",
    "I've got my name off the joint account at last, the bank was slow.",
]
DENIALS = [
    "He doesn't hit me.",
    "my husband has never touched me, he's a gentle soul",
]
EVERYDAY = CHECK_INS + SULKS + ACCOUNT_ADMIN + DENIALS

# The dangerous neighbours: the same words, and danger (flagged on main and now).
NEIGHBOURS = [
    ("don't worry about me anymore, I've made up my mind and it'll all be over soon", "self_harm"),
    ("you'd all be better off without me and the kids would get over it", "self_harm"),
    ("He makes me text him the minute I'm home safe, or he turns up at my work.", "stalking"),
    ("he took my name off the joint account and now I can't get at any money", "coercive_control"),
    ("He doesn't hit me that often, only when he's been drinking.", "physical_violence"),
    ("he never hit me again after the night he broke my wrist", "physical_violence"),
    ("She doesn't hurt me when the kids are in the house.", "physical_violence"),
]

# (text, its kind, a kind it lacks that main named)
RIGHT_KIND = [
    ("i scratch my arms till they bleed when things get bad", "self_harm", "physical_violence"),
    (
        "My sister was sexually abused by a neighbour when she was small.",
        "sexual_violence",
        "physical_violence",
    ),
    ("she burnt my son's hamster with a lighter", "harm_to_animals", "harm_to_children"),
    # the denial's words no longer choose the kind of what is left (model.py `_finding`)
    (
        "He doesn't hit me, he just never lets me see my friends.",
        "coercive_control",
        "physical_violence",
    ),
    ("he doesnt hit me he just wont let me see my family", "coercive_control", "physical_violence"),
]
# The patterns no longer name the child for a child's pet (the learned layer still does here).
PET_OF_A_CHILD = ["He threw my daughter's rabbit down the stairs."]


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_message_gets_no_panel(text: str) -> None:
    assert not screen(text).flagged, why(text)


@pytest.mark.parametrize(("text", "kind"), NEIGHBOURS)
def test_dangerous_neighbour_keeps_its_panel_and_kind(text: str, kind: str) -> None:
    assert kind in screen(text).kinds, text


@pytest.mark.parametrize(("text", "kind", "lacks"), RIGHT_KIND)
def test_the_kind_named_is_the_one_the_text_holds(text: str, kind: str, lacks: str) -> None:
    kinds = screen(text).kinds
    assert kind in kinds, text
    assert lacks not in kinds, why(text)


@pytest.mark.parametrize("text", PET_OF_A_CHILD)
def test_a_childs_pet_is_not_the_child_for_the_patterns(text: str) -> None:
    kinds = {hit.kind for hit in pattern_hits(text)}
    assert "harm_to_children" not in kinds
    assert "harm_to_animals" in screen(text).kinds


def test_a_name_cut_keeps_a_second_kind_from_being_named() -> None:
    text = "She hit my six year old so hard he fell over."
    shipped = model()
    found = shipped.read(text)
    assert found and "physical_violence" in found[0].kinds  # the heads name it beside
    strict = replace(shipped, name_cuts={"physical_violence": 0.999})
    named = strict.read(text)[0].kinds
    assert "physical_violence" not in named
    assert "harm_to_children" in named


def test_none_of_these_sentences_is_training_text() -> None:
    mine = {t for t in EVERYDAY + PET_OF_A_CHILD}
    mine |= {t for t, _ in NEIGHBOURS} | {t for t, _, _ in RIGHT_KIND}
    for path in sorted(TRAINING.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                assert json.loads(line)["text"] not in mine, path
