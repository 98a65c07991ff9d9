"""The learned layer names a kind only when its sentence carries a cue of it (safety/cues.py).

Blind raters found the screen flagging well but naming the wrong kind, which changes which
helpline is listed first: money control read as sexual violence (Rape Crisis first), a partner
pinning someone to the fridge read as self-harm too (suicide lines added). The examples below
were written for these tests from the kinds' definitions, never from evalsets/ or the eval data.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from alongside.safety import resources_for
from alongside.safety.cues import Cues, cues, parse
from alongside.safety.model import model, sentence_around
from alongside.safety.screen import MODEL, kind_ids, screen, screen_with

ROOT = Path(__file__).resolve().parents[2]

CARD = (
    "You take my card and decide what I'm allowed to buy. I had to ask you for money for tampons."
)
FRIDGE = (
    "You pinned me against the fridge. I'm staying at Mum's with the girls until I know I'm safe."
)

# (text, a kind it must name, kinds it must not name): each was misnamed before the cues
# (the kind in brackets was named) and must still flag.
MISNAMED = [
    (CARD, "coercive_control", {"sexual_violence", "self_harm"}),  # [sexual_violence]
    (FRIDGE, "physical_violence", {"self_harm", "sexual_violence"}),  # [self_harm]
    (
        "She threw my phone at the wall. I'm at my sister's until things calm down.",
        "fear_of_partner",
        {"harm_to_animals", "self_harm"},  # [harm_to_animals]
    ),
    (
        "He grabbed my wrist so hard it bruised. I'm at my brother's now.",
        "physical_violence",
        {"stalking", "self_harm"},  # [stalking]
    ),
    (
        "He kept me awake all night shouting, I'm exhausted and I just want it to stop.",
        "fear_of_partner",
        {"sexual_violence", "self_harm"},  # [sexual_violence]
    ),
    (
        "He makes me ask permission to leave the house.",
        "coercive_control",
        {"stalking", "sexual_violence"},  # [stalking]
    ),
]

# Named right before and after: the cues must not take a right kind away.
NAMED_RIGHT = [
    ("He decides what I eat and weighs me on Sundays.", "coercive_control"),
    ("You took my passport and said I can't visit my family.", "coercive_control"),
    ("I'm scared of what he'll do when he finds out I told my mum.", "fear_of_partner"),
    ("He tracks my phone and turns up wherever I go.", "stalking"),
    ("You said you'd take the kids and I'd never see them again.", "threats"),
    ("He kicked the dog across the kitchen.", "harm_to_animals"),
    ("He shook our son until he cried.", "harm_to_children"),
    ("I want to disappear.", "self_harm"),
    ("He forced me to have sex when I said no.", "sexual_violence"),
    ("I packed a bag and left it at work in case I need to leave fast.", "fear_of_partner"),
]


@pytest.mark.parametrize(("text", "kind", "wrong"), MISNAMED)
def test_a_learned_kind_without_its_cue_is_not_named(text: str, kind: str, wrong: set[str]) -> None:
    found = screen(text)
    assert found.flagged
    assert kind in found.kinds, found.kinds
    assert not wrong & set(found.kinds), found.kinds


@pytest.mark.parametrize(("text", "kind"), NAMED_RIGHT)
def test_a_kind_with_its_cue_is_still_named(text: str, kind: str) -> None:
    found = screen(text)
    assert kind in found.kinds, found.kinds


def test_money_control_shows_the_abuse_line_first_not_the_sexual_assault_line() -> None:
    found = screen(CARD)
    assert resources_for("UK", found.kinds)[0].kind == "domestic_violence"
    assert "Rape Crisis" not in resources_for("UK", found.kinds)[0].name


def test_a_partner_pinning_someone_puts_the_abuse_line_first_not_the_crisis_line() -> None:
    kinds = screen(FRIDGE).kinds
    assert resources_for("US", kinds)[0].kind == "domestic_violence", kinds
    assert "suicide" not in screen(FRIDGE).message.lower()


@pytest.mark.parametrize("kind", sorted(cues().kinds))
def test_every_cue_example_is_a_test(kind: str) -> None:
    rule = cues().kinds[kind]
    assert rule.positive, f"{kind} needs examples that carry its cue"
    for text in rule.positive:
        assert cues().carries(kind, text), (kind, text)
    for text in rule.negative:
        assert not cues().carries(kind, text), (kind, text)


def test_every_kind_has_cues_and_the_fallback_kinds_exist() -> None:
    assert set(cues().kinds) == set(kind_ids())
    assert cues().fallback and set(cues().fallback) <= set(kind_ids())


def test_a_cue_is_a_prefix_at_a_word_start_unless_it_ends_at_a_boundary() -> None:
    found = cues()
    assert found.carries("physical_violence", "he strangled me")
    assert not found.carries("harm_to_animals", "a category error")
    assert found.carries("harm_to_animals", "the cat hid")
    assert found.carries("fear_of_partner", "I'm at Mum\u2019s")  # read "mums", as written
    assert not found.carries("fear_of_partner", "I'm at Mum")


def test_a_kind_that_loses_its_cue_gives_way_to_the_best_cued_kind() -> None:
    ranked = ["sexual_violence", "coercive_control", "threats", "self_harm"]
    named = cues().name("I had to ask you for money.", ["sexual_violence"], ranked)
    assert named == ("coercive_control",)


def test_with_no_cue_at_all_the_sentence_flags_under_the_best_fallback_kind() -> None:
    bare = parse(
        {
            "fallback": ["fear_of_partner", "threats"],
            "kind": {k: {"cues": ["zzzq"]} for k in ("self_harm", "threats", "fear_of_partner")},
        }
    )
    ranked = ["self_harm", "threats", "fear_of_partner"]
    assert bare.name("nothing here", ["self_harm"], ranked) == ("threats",)
    assert bare.name("zzzq", ["self_harm"], ranked) == ("self_harm",)


def test_a_weaker_kind_is_named_only_with_its_cue() -> None:
    found = cues()
    ranked = ["coercive_control", "harm_to_children", "sexual_violence"]
    named = found.name(
        "He takes my wages and hits the kids.",
        ["coercive_control"],
        ranked,
        ["harm_to_children", "sexual_violence"],
    )
    assert named == ("coercive_control", "harm_to_children")


def test_a_kind_missing_from_the_file_is_never_filtered() -> None:
    none = Cues(kinds={}, fallback=())
    assert none.name("anything", ["self_harm"], ["self_harm"]) == ("self_harm",)


def test_the_cues_read_the_sentence_that_holds_the_clause() -> None:
    text = "We argued. He took my card, and I had to ask for money! Then dinner."
    start = text.index("and I")
    assert (
        sentence_around(text, start, text.index("!"))
        == " He took my card, and I had to ask for money"
    )
    assert sentence_around(text, 0, 3) == "We argued"


def test_the_cues_change_names_never_whether_a_text_flags() -> None:
    learned = model()
    texts = [t for t, *_ in MISNAMED] + [t for t, _ in NAMED_RIGHT]
    for text in texts:
        findings = learned.read(text)
        assert findings and all(f.kinds for f in findings), text
        hits = [h for h in screen_with(text, gated=True, patterns=False).hits if h.layer == MODEL]
        assert {(h.start, h.end) for h in hits} == {(f.start, f.end) for f in findings}


def test_the_cues_load_only_when_the_learned_layer_fires() -> None:
    code = (
        "import sys; from alongside.safety import screen; screen('we had a nice walk'); "
        "import alongside.safety.cues as c; print(c.cues.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert out.stdout.strip() == "0"
