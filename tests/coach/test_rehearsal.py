"""Rehearsal (capability 7): objections as data, coached replies, safety first, a summary."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.coach import analyse
from alongside.coach.rehearsal import (
    Objection,
    coach_reply,
    objection_book,
    start,
    summarise,
)
from alongside.errors import InvalidInput
from alongside.safety import screen

BOOK = objection_book()
GOOD = [(o, reply) for o in BOOK.objections for reply in o.good_replies]
REQUIRED = {
    "dont_need",
    "broken",
    "your_problem",
    "afford",
    "tried_useless",
    "stranger_judging",
    "silence",
    "change_subject",
    "take_sides",  # the worry partners raise most about counsellors
}


def test_the_objections_partners_really_raise_are_all_there() -> None:
    assert {o.id for o in BOOK.objections} >= REQUIRED
    for objection in BOOK.objections:
        assert objection.fear and objection.guidance and len(objection.good_replies) >= 2
        assert objection.principles and all(p.startswith("P") for p in objection.principles)


@pytest.mark.parametrize(("objection", "reply"), GOOD, ids=[r for _, r in GOOD])
def test_every_good_reply_is_inviting_and_never_pushing(objection: Objection, reply: str) -> None:
    analysis = analyse(reply)
    assert analysis.pushing == 0, [reply[f.start : f.end] for f in analysis.findings]
    assert analysis.inviting >= 1
    assert not screen(reply).flagged
    coaching = coach_reply(objection, reply)
    assert coaching.went_well and not coaching.tips


def test_a_pushing_reply_gets_concrete_tips_with_gentler_words() -> None:
    objection = BOOK.get("dont_need")
    reply = "You need therapy, you're the one with the problem."
    coaching = coach_reply(objection, reply)
    assert {t.finding for t in coaching.tips} == {"therapy_as_fix", "blame"}
    for tip in coaching.tips:
        assert tip.words in reply and tip.why and (tip.rewrite or tip.hint)
    assert coaching.pushing == 2


def test_counter_blame_is_never_praised_as_a_reflection() -> None:
    for reply in ("You're the one with the problem.", "No, you are the problem here."):
        coaching = coach_reply(BOOK.get("your_problem"), reply)
        assert not coaching.reflected
        assert BOOK.praise["reflection"] not in coaching.went_well


def test_the_partner_rephrases_a_repeated_objection_round_by_round() -> None:
    for objection in BOOK.objections:
        assert objection.also_says, objection.id
        session = start(objection.id, rounds=3)
        heard = []
        for _ in range(3):
            assert session.current is not None
            heard.append(session.current.says)
            session, coaching = session.answer("It sounds like this worries you.")
            assert coaching.objection.says == heard[-1]
        assert len(set(heard)) == 3, heard


def test_a_reflection_is_named_as_what_went_well() -> None:
    coaching = coach_reply(BOOK.get("afford"), "You're worried about the money.")
    assert any("said back what you heard" in w or "reflected" in w for w in coaching.went_well)
    assert coaching.reflected


def test_safety_comes_first_and_stops_the_rehearsal() -> None:
    session = start(rounds=3)
    session, coaching = session.answer("Last time I said that he pushed me against the wall.")
    assert coaching.stopped_for_safety
    assert "physical_violence" in coaching.safety.kinds
    assert not coaching.tips and not coaching.went_well
    assert session.finished and session.current is None
    assert session.summary().stopped_for_safety
    with pytest.raises(InvalidInput, match="finished"):
        session.answer("anything")


def test_a_session_goes_round_by_round_and_sums_up() -> None:
    session = start(rounds=3)
    assert [session.plan[i] for i in range(3)] == [o.id for o in BOOK.objections[:3]]
    replies = [
        "You need to stop being so stubborn.",
        "It sounds like it feels like a label. What would make it feel safer?",
        "",
    ]
    for reply in replies:
        before = session.current
        assert before is not None
        session, coaching = session.answer(reply)
        assert coaching.objection == before
    assert session.finished and len(session.done) == 3
    summary = session.summary()
    assert summary.rounds == 3
    assert summary.pushing >= 1 and summary.inviting >= 2
    assert summary.went_well and summary.try_next.startswith("Watch for")


def test_one_objection_repeated_and_rounds_are_checked() -> None:
    assert start("Broken", rounds=2).plan == ("broken", "broken")
    with pytest.raises(InvalidInput, match="Try one of"):
        start("nope")
    with pytest.raises(InvalidInput, match="Rounds"):
        start(rounds=0)


def test_an_empty_summary_is_still_kind() -> None:
    summary = summarise(())
    assert summary.rounds == 0 and "practise" in summary.went_well
    assert "reflection" in summary.try_next


@given(st.text(max_size=300))
@settings(max_examples=100, deadline=None)
def test_any_reply_is_coached_without_error(reply: str) -> None:
    session, coaching = start(rounds=1).answer(reply)
    assert session.finished
    assert coaching.example in coaching.objection.good_replies


@pytest.mark.parametrize(
    "reply", ["You're going to the gym later.", "You've got work tomorrow anyway."]
)
def test_a_you_sentence_that_says_back_nothing_they_said_is_no_reflection(reply: str) -> None:
    objection = objection_book().get("dont_need")  # "I don't need therapy."
    coaching = coach_reply(objection, reply)
    assert not coaching.reflected, reply


@pytest.mark.parametrize(
    "reply",
    ["You don't feel you need therapy.", "You're not sure it would help.", "It sounds hard."],
)
def test_a_reply_that_picks_up_their_words_or_feeling_is_a_reflection(reply: str) -> None:
    coaching = coach_reply(objection_book().get("dont_need"), reply)
    assert coaching.reflected, reply
