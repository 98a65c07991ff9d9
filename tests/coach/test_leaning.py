"""Words the rules don't name but the learned layer reads as likely to push (issue 12).

A push no rule and no finding head reads with confidence used to be told "Nothing here looks
pushing" (blind raters: 1, "worse than saying nothing"), and kind words in it were praised.
The lean head (`learned.LEAN_HEAD`, one head over every pushing finding) now keeps the coach
from praising and says plainly that the sentence may land harder than meant. It adds no
finding. The messages are the team's own, written for this test.
"""

from __future__ import annotations

import pytest

from alongside.app.coach import leaning_note, sounds_warm
from alongside.coach.analyse import analyse
from alongside.coach.learned import LEAN_HEAD, Model, leaning
from alongside.messages import Msg
from tests.cli.inprocess import run

UNNAMED_PUSHES = [
    "must be lovely having a mother who does your washing at 35",
    "oh sorry, was I interrupting your very important scrolling",
    "guess the dishes will just wash themselves again",
]
KIND = [
    "Thank you for picking up the kids today, it really helped",
    "I loved our walk this morning, let's do it again Sunday",
    "Can you grab milk on the way home? x",
    "I'm sorry I snapped earlier, I was tired and it wasn't fair on you",
    "proud of you for going to the interview, whatever happens",
]


def _tiny(threshold: float = 0.0) -> Model:
    """A two-head model: 'scrolling' pushes (lean head), nothing else does."""
    return Model(
        heads=("label", LEAN_HEAD),
        bias=(-5.0, -1.0),
        thresholds=(99.0, threshold),
        weights={"scrolling": {1: 3.0}},
    )


def test_leaning_names_the_first_sentence_the_lean_head_reads() -> None:
    low = "thanks for the flowers. enjoy your scrolling. see you later"
    start, end = leaning(low, _tiny()) or (0, 0)
    assert low[start:end] == "enjoy your scrolling"
    assert leaning("thanks for the flowers. see you later", _tiny()) is None
    assert leaning(low, _tiny(threshold=5.0)) is None  # below its cut


def test_a_model_without_the_lean_head_leans_nowhere() -> None:
    m = Model(heads=("label",), bias=(0.0,), thresholds=(0.0,), weights={"scrolling": {0: 3.0}})
    assert leaning("enjoy your scrolling", m) is None


@pytest.mark.parametrize("text", UNNAMED_PUSHES)
def test_an_unnamed_push_is_hedged_not_praised(text: str) -> None:
    a = analyse(text)
    assert not any(f.polarity == "pushing" for f in a.findings)  # no rule names it
    assert a.leaning is not None
    assert not sounds_warm(a)
    assert a.tip in (Msg.TIP_LEAN, *Msg.TIP_LEAN_AS.values())
    note = leaning_note(a)
    assert note is not None and f"“{text}”" in note


@pytest.mark.parametrize("text", KIND)
def test_kind_words_do_not_lean(text: str) -> None:
    a = analyse(text)
    assert a.leaning is None
    assert leaning_note(a) is None


def test_a_found_push_or_a_safety_panel_leaves_no_lean() -> None:
    assert analyse("You never listen. Must be nice having a mother who cooks.").leaning is None
    flagged = analyse("he shoved me into the door again and I'm scared to go home")
    assert flagged.safety.flagged and flagged.leaning is None


def test_check_says_it_may_land_hard_instead_of_nothing_pushing() -> None:
    out = run("check", UNNAMED_PUSHES[1]).out
    assert "may read as" in out or "may land harder than you mean" in out
    assert Msg.NOTHING_PUSHES not in out and "Lovely" not in out
    kind = run("check", KIND[0]).out
    assert "may read as" not in kind and "may land harder" not in kind


def test_check_json_carries_the_note() -> None:
    import json

    out = json.loads(run("check", "--json", UNNAMED_PUSHES[0]).out)
    assert out["may_land_hard"] and UNNAMED_PUSHES[0] in out["may_land_hard"]
    assert json.loads(run("check", "--json", KIND[1]).out)["may_land_hard"] is None


def _whole() -> Model:
    """'scrolling' and 'again' each lean a little; together they reach the cut."""
    return Model(
        heads=("label", LEAN_HEAD),
        bias=(-5.0, -2.0),
        thresholds=(99.0, 0.5),
        weights={"scrolling": {1: 1.5}, "again": {1: 1.5}, "you": {1: 0.2}},
    )


def test_the_whole_message_leans_where_no_one_sentence_does() -> None:
    low = "thanks for dinner. you were scrolling. again."
    start, end = leaning(low, _whole()) or (0, 0)
    assert low[start:end] == "you were scrolling"  # the sentence said to them, read highest
    assert leaning("thanks for dinner. you were scrolling.", _whole()) is None
    assert (
        leaning("thanks for dinner. they were scrolling. again.", _whole()) is None
    )  # not to them
