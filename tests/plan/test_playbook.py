"""The guided plan: every rule's examples, and a dozen realistic records with expected steps."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

import pytest

from alongside.plan.facts import (
    CALM_WINDOW_DAYS,
    COOL_OFF_DAYS,
    FACT_NAMES,
    REINVITE_AFTER_DAYS,
    Fact,
)
from alongside.plan.playbook import (
    PlaybookError,
    load_playbook,
    make_plan,
    parse_condition,
    parse_playbook,
)
from tests.plan.records import Record, steady_basics

# Calm, neutral facts: a settled record where nothing in particular calls for attention.
NEUTRAL: Mapping[str, Fact] = {
    "safety_concern": False,
    "record_empty": False,
    "first_week": False,
    "days_using": 90,
    "has_shared_goal": True,
    "boundaries_defined": True,
    "agreements_defined": True,
    "agreements_due_for_revisit": False,
    "days_since_last_setback": None,
    "days_since_last_hard_talk": None,
    "recent_setback": False,
    "calm_window": True,
    "invitations_count": 0,
    "last_invitation_days_ago": None,
    "last_invitation_response_declined": False,
    "reinvite_interval_passed": True,
    "stance": None,
    "stance_rank": None,
    "days_at_current_stance": None,
    "had_first_session": False,
    "therapists_shortlisted": 0,
    "selfcare_logged_this_week": True,
    "selfcare_supports": 0,
    "conversations_last_14_days": 1,
    "average_rating_recent": 30,
    "rating_trend": "flat",
    "wins_last_14_days": 0,
    "setbacks_last_14_days": 0,
    "checkin_scheduled": True,
    "checkins_last_14_days": 1,
}

EXAMPLES = [
    pytest.param(rule, expected, facts, id=f"{rule.id}-{'match' if expected else 'miss'}-{i}")
    for rule in load_playbook().rules
    for i, (expected, facts) in enumerate(rule.examples)
]


def test_neutral_facts_name_every_fact() -> None:
    assert set(NEUTRAL) == set(FACT_NAMES)


@pytest.mark.parametrize(("rule", "expected", "facts"), EXAMPLES)
def test_rule_examples(rule: object, expected: bool, facts: Mapping[str, Fact]) -> None:
    from alongside.plan.playbook import Rule

    assert isinstance(rule, Rule)
    unknown = set(facts) - set(FACT_NAMES)
    assert not unknown, f"example names unknown facts {unknown}"
    assert rule.matches({**NEUTRAL, **facts}) is expected


def test_every_rule_has_a_match_and_traces_to_principles() -> None:
    for rule in load_playbook().rules:
        assert any(expected for expected, _ in rule.examples), rule.id
        assert rule.principles, rule.id
        assert all(p.startswith("P") and 1 <= int(p[1:]) <= 21 for p in rule.principles)
        numbers = [int(p[1:]) for p in rule.principles]
        assert numbers == sorted(numbers), rule.id


def test_condition_language_is_tiny_and_checked() -> None:
    cond = parse_condition("days_since_last_setback < 3")
    assert cond.holds({"days_since_last_setback": 1})
    assert not cond.holds({"days_since_last_setback": 3})
    assert not cond.holds({"days_since_last_setback": None})  # unknown never orders
    assert parse_condition("stance == preparing").holds({"stance": "preparing"})
    assert parse_condition("first_week != true").holds({"first_week": False})
    with pytest.raises(PlaybookError, match="not one I understand"):
        parse_condition("no_such_fact == true")
    with pytest.raises(PlaybookError, match="not one I understand"):
        parse_condition("first_week is true")


def test_a_playbook_without_a_fallback_rule_is_refused() -> None:
    text = (
        '[[rule]]\nid="a"\npriority=1\nwhen=["first_week == true"]\n'
        'title="t"\nstep="s"\nprinciples=["P1"]\n'
    )
    with pytest.raises(PlaybookError, match="always a step"):
        parse_playbook(text)


def empty(rec: Record) -> Record:
    return rec


def first_week(rec: Record) -> Record:
    rec.add("conversation", 2, topic="How work is going", rating=3, stance="not_considering")
    return rec.add("journal", 1, situation="I felt unheard at dinner")


def after_fight(rec: Record) -> Record:
    steady_basics(rec).add("conversation", 6, topic="Weekend plans", rating=4)
    return rec.add("setback", 1, what="Shouting about money", learned="We were both exhausted")


def after_refusal(rec: Record) -> Record:
    steady_basics(rec).add("conversation", 8, topic="Sleep", rating=4)
    return rec.add(
        "invitation", 5, how="Over coffee", response="Not now", stance_after="not_considering"
    )


def refusal_in_words_only(rec: Record) -> Record:
    steady_basics(rec).add("conversation", 8, topic="Sleep", rating=4)
    return rec.add("invitation", 9, how="On a walk", response="No, I don't need that")


def calm_after_old_refusal(rec: Record) -> Record:
    steady_basics(rec)
    rec.add("invitation", 30, how="At dinner", response="No", stance_after="not_considering")
    rec.add("conversation", 10, topic="Holiday", rating=4, stance="not_considering")
    return rec.add("conversation", 3, topic="Her sister", rating=4)


def after_first_session(rec: Record) -> Record:
    steady_basics(rec).add("therapist", 20, name="Dr. Rao", contact_status="seen")
    return rec.add("conversation", 2, topic="The first session", rating=4, stance="trying")


def months_without_change(rec: Record) -> Record:
    steady_basics(rec, days_ago=120)
    for days_ago in range(110, 0, -14):
        rec.add("conversation", days_ago, topic="Our week", rating=3, stance="not_considering")
    return rec


def no_selfcare_this_week(rec: Record) -> Record:
    steady_basics(rec).add("selfcare", 12, action="Yoga", type="action")
    rec.entries = [e for e in rec.entries if not (e.kind == "selfcare" and e.id == "e004")]
    return rec.add("conversation", 4, topic="Chores", rating=4)


def agreement_due(rec: Record) -> Record:
    steady_basics(rec).add(
        "agreement", 40, agreement="Big decisions wait", revisit_on=rec.today - timedelta(days=2)
    )
    return rec.add("conversation", 4, topic="Chores", rating=4)


def no_shared_goal(rec: Record) -> Record:
    steady_basics(rec).add("conversation", 4, topic="Chores", rating=4)
    rec.entries = [e for e in rec.entries if e.kind != "goal"]
    return rec


def talks_getting_harder(rec: Record) -> Record:
    steady_basics(rec)
    for days_ago, rating in ((25, 5), (20, 4), (9, 3), (5, 3)):
        rec.add("conversation", days_ago, topic="Evenings", rating=rating)
    return rec


def preparing(rec: Record) -> Record:
    steady_basics(rec)
    return rec.add("conversation", 3, topic="Maybe one session", rating=4, stance="preparing")


def considering(rec: Record) -> Record:
    steady_basics(rec)
    rec.add("invitation", 40, how="On a walk", response="Maybe", stance_after="considering")
    return rec.add("conversation", 5, topic="What therapy is like", rating=4)


def ready_for_first_invitation(rec: Record) -> Record:
    steady_basics(rec)
    for days_ago in (12, 7, 2):
        rec.add("conversation", days_ago, topic="Our evenings", rating=4)
    return rec


def no_boundaries(rec: Record) -> Record:
    no_shared_goal(rec).add("goal", 50, goal="Calmer evenings")
    rec.entries = [e for e in rec.entries if e.kind != "boundary"]
    return rec


def small_win(rec: Record) -> Record:
    steady_basics(rec).add("win", 3, what="A calm morning")
    return rec.add("conversation", 3, topic="Tea", rating=4)


def steady(rec: Record) -> Record:
    return steady_basics(rec).add("conversation", 3, topic="Tea", rating=3)


def unsafe(rec: Record) -> Record:
    calm_after_old_refusal(rec)
    return rec.add("journal", 5, situation="He shoved me against the wall when I mentioned it")


CASES: list[tuple[Callable[[Record], Record], str]] = [
    (unsafe, "safety_first"),
    (empty, "first_week"),
    (first_week, "first_week_listen"),
    (after_fight, "cool_off_after_setback"),
    (after_refusal, "door_open_after_no"),
    (refusal_in_words_only, "door_open_after_no"),
    (calm_after_old_refusal, "gentle_reinvite"),
    (after_first_session, "after_first_session"),
    (months_without_change, "long_plateau"),
    (no_selfcare_this_week, "selfcare_this_week"),
    (agreement_due, "revisit_agreements"),
    (no_shared_goal, "start_shared_goal"),
    (talks_getting_harder, "slow_down"),
    (preparing, "practical_support"),
    (considering, "open_questions"),
    (ready_for_first_invitation, "first_invitation"),
    (no_boundaries, "define_boundaries"),
    (small_win, "celebrate_wins"),
    (steady, "keep_rhythm"),
]


@pytest.mark.parametrize(("build", "expected"), CASES, ids=[c[0].__name__ for c in CASES])
def test_realistic_records_get_the_expected_next_step(
    build: Callable[[Record], Record], expected: str
) -> None:
    plan = make_plan(build(Record()).snapshot())
    assert plan.next_step.rule_id == expected, plan.facts
    assert "{" not in plan.next_step.text  # every placeholder was filled
    assert "P8" in plan.selfcare


@pytest.mark.parametrize("days_ago", range(CALM_WINDOW_DAYS))
def test_no_reinvite_is_ever_suggested_in_the_week_after_a_setback(days_ago: int) -> None:
    rec = calm_after_old_refusal(Record()).add("setback", days_ago, what="A fight")
    plan = make_plan(rec.snapshot())
    if days_ago < COOL_OFF_DAYS:
        assert plan.next_step.rule_id == "cool_off_after_setback"
    assert "gentle_reinvite" not in {s.rule_id for s in plan.steps}


def test_reinvite_waits_for_the_respectful_interval() -> None:
    rec = steady_basics(Record()).add("conversation", 3, topic="Tea", rating=4)
    rec.add("invitation", REINVITE_AFTER_DAYS - 1, how="Gently", stance_after="not_considering")
    plan = make_plan(rec.snapshot())
    assert plan.next_step.rule_id == "door_open_after_no"
    assert f"{REINVITE_AFTER_DAYS - 1} days ago" in plan.next_step.text


def test_plan_json_names_rule_principles_and_facts() -> None:
    plan = make_plan(after_refusal(Record()).snapshot())
    data = plan.to_json()
    assert data["stance"] == "not considering it"
    step = data["next_step"]
    assert isinstance(step, dict)
    assert step["principles"] == ["P6", "P9", "P13", "P19"]
    assert "reinvite_interval_passed == false" in step["because"]
    assert isinstance(data["facts"], dict)
    assert data["facts"]["last_invitation_days_ago"] == 5


def test_selfcare_reminder_offers_the_persons_own_supports() -> None:
    rec = Record().add("selfcare", 20, action="Call my sister Ana", type="support")
    plan = make_plan(rec.snapshot())
    assert plan.next_step.rule_id == "selfcare_this_week"
    assert plan.selfcare == "One idea: Call my sister Ana (P8)."
    after_fight = make_plan(rec.add("setback", 1, what="A row").snapshot())
    assert after_fight.next_step.rule_id == "cool_off_after_setback"
    assert "selfcare_this_week" not in {s.rule_id for s in after_fight.more}
    assert after_fight.selfcare.startswith("Nothing logged for yourself this week yet.")
    assert "Call my sister Ana" in after_fight.selfcare


def test_plan_text_reads_like_the_golden_text() -> None:
    import os
    from pathlib import Path

    golden = Path(__file__).parent / "golden" / "plan_after_refusal.txt"
    text = make_plan(after_refusal(Record()).snapshot()).text()
    if os.environ.get("ALONGSIDE_UPDATE_GOLDEN") == "1":
        golden.write_text(text)
    assert text == golden.read_text()
    assert all(len(line) <= 88 for line in text.splitlines() if "[" not in line)


def test_safety_comes_first_and_stands_alone() -> None:
    plan = make_plan(unsafe(Record()).snapshot())
    assert plan.next_step.rule_id == "safety_first"
    assert "alongside safety" in plan.next_step.text
    assert plan.more == ()
    assert "P8" in plan.selfcare


def test_older_words_about_danger_do_not_hide_todays_plan_for_ever() -> None:
    rec = calm_after_old_refusal(Record()).add("journal", 45, situation="He shoved me")
    plan = make_plan(rec.snapshot())
    assert plan.facts["safety_concern"] is False
    assert plan.next_step.rule_id == "gentle_reinvite"
