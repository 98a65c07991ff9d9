"""Readiness (P7, P18, P19): every agreement example and every worked case in readiness.toml."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alongside.coach.readiness import (
    CALM_ENOUGH,
    COOL_OFF_MINUTES,
    breathing_pattern,
    check_readiness,
    read_agreement,
    read_agreements,
    readiness_data,
)
from alongside.errors import InvalidInput

RAW = readiness_data().raw
AGREEMENT_EXAMPLES = [(rule["id"], ex) for rule in RAW["agreement"] for ex in rule["examples"]]
CASES: list[dict[str, Any]] = list(RAW["case"])
WHOLE: list[dict[str, Any]] = list(RAW["whole"])
NOW = datetime(2026, 11, 28, 15, 0)  # a Saturday afternoon


def _at(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


@pytest.mark.parametrize(("rule_id", "example"), AGREEMENT_EXAMPLES)
def test_agreement_example_is_read_as_its_rule(rule_id: str, example: dict[str, Any]) -> None:
    reading = read_agreement(example["text"])
    assert reading.rule == rule_id
    if "calm" in example:
        assert reading.calm == example["calm"]
    if "time" in example:
        assert reading.clock == time.fromisoformat(example["time"])
    if "minutes" in example:
        assert reading.minutes == example["minutes"]


@pytest.mark.parametrize("example", WHOLE, ids=[w["text"] for w in WHOLE])
def test_every_part_of_an_agreement_is_read(example: dict[str, Any]) -> None:
    readings = read_agreements(example["text"])
    assert [r.rule or "" for r in readings] == example["rules"]
    clocks = [r for r in readings if r.clock is not None]
    if "days" in example:
        assert [r.days for r in clocks] == [frozenset(example["days"])]
    else:
        assert all(r.days is None for r in clocks)
    if len(readings) > 1:  # each part is shown in the user's own words
        assert all(r.text and r.text in example["text"] for r in readings)


@pytest.mark.parametrize("text", RAW["reminders"]["examples"])
def test_agreements_we_cannot_check_become_reminders(text: str) -> None:
    assert read_agreement(text).rule is None
    result = check_readiness(8, 8, now=NOW, agreements=[text])
    assert any(r.kind == "reminder" and text in r.text for r in result.reasons)


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_worked_case(case: dict[str, Any]) -> None:
    result = check_readiness(
        case["me"],
        case["partner"],
        now=_at(case["now"]),
        minutes_since_argument=case.get("since_argument"),
        agreements=case.get("agreements", []),
    )
    assert result.ready is case["ready"], result.answer
    if "wait_until" in case:
        assert result.wait_until == _at(case["wait_until"])
    for words in case.get("answer_contains", []):
        assert words in result.answer
    if "reminders" in case:
        assert sum(r.kind == "reminder" for r in result.reasons) == case["reminders"]
    expected_start = "Now looks like a good moment" if case["ready"] else "Wait until "
    assert result.answer.startswith(expected_start)


@given(
    me=st.integers(0, 10),
    partner=st.integers(0, 10),
    since=st.none() | st.integers(0, 10_000),
    minute_of_day=st.integers(0, 24 * 60 - 1),
)
@settings(max_examples=300, deadline=None)
def test_never_ready_within_the_cool_off_or_below_calm(
    me: int, partner: int, since: int | None, minute_of_day: int
) -> None:
    now = datetime(2026, 11, 25, minute_of_day // 60, minute_of_day % 60)
    result = check_readiness(me, partner, now=now, minutes_since_argument=since)
    if since is not None and since < COOL_OFF_MINUTES:
        assert not result.ready
        assert result.wait_until is not None
        assert (result.wait_until - now).total_seconds() == (COOL_OFF_MINUTES - since) * 60
    if min(me, partner) < CALM_ENOUGH:
        assert not result.ready and result.conditions
    assert all(r.principles for r in result.reasons)


@given(minute_of_day=st.integers(0, 24 * 60 - 1), weekday_offset=st.integers(0, 6))
@settings(max_examples=200, deadline=None)
def test_never_against_a_clock_agreement(minute_of_day: int, weekday_offset: int) -> None:
    now = datetime(2026, 11, 23 + weekday_offset, minute_of_day // 60, minute_of_day % 60)
    agreements = ["not after 10pm", "not on work nights", "not before 9am"]
    result = check_readiness(9, 9, now=now, agreements=agreements)
    late = now.time() >= time(22) or now.time() < time(9)
    work_night = now.weekday() in {6, 0, 1, 2, 3} and now.time() >= time(18)
    assert result.ready is not (late or work_night)
    if result.wait_until is not None:
        allowed_later = check_readiness(9, 9, now=result.wait_until, agreements=agreements)
        assert allowed_later.ready


def test_the_cool_off_constant_is_twenty_minutes() -> None:
    assert COOL_OFF_MINUTES == 20


@pytest.mark.parametrize(("me", "partner"), [(-1, 5), (11, 5), (5, -3), (5, 99)])
def test_calm_outside_the_scale_is_a_clear_error(me: int, partner: int) -> None:
    with pytest.raises(InvalidInput, match="from 0"):
        check_readiness(me, partner, now=NOW)


def test_negative_minutes_are_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        check_readiness(7, 7, now=NOW, minutes_since_argument=-5)


def test_the_pause_offers_both_breathing_patterns_with_timings() -> None:
    result = check_readiness(3, 3, now=NOW)
    assert "4-7-8" in result.pause and "Box breathing" in result.pause
    assert [s.seconds for s in breathing_pattern("478").steps] == [4, 7, 8]
    assert [s.seconds for s in breathing_pattern("box").steps] == [4, 4, 4, 4]
    with pytest.raises(InvalidInput, match="478, box"):
        breathing_pattern("square-ish")


def test_blank_agreements_are_ignored() -> None:
    assert check_readiness(8, 8, now=NOW, agreements=["", "   "]).agreements == ()
