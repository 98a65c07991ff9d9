"""The notes name the right thing (issue 12, blind round 4): someone else's "always" is not
the writer's absolute, sarcasm and put-downs are not advice, forcing the partner is not a
limit to keep, the feeling line is a command to copy, and one point is praised once."""

from __future__ import annotations

import pytest

from alongside.coach.analyse import find_patterns
from tests.cli.inprocess import run


def _ids(text: str) -> set[str]:
    return {f.id for f in find_patterns(text) if f.polarity == "pushing"}


@pytest.mark.parametrize(
    "text",
    [
        "My mum always told me you were trouble, and I stood up for you for years.",
        "Your sister always says we'll never last.",
        "His boss never says thank you to anyone, apparently.",
    ],
)
def test_someone_elses_always_is_not_the_writers_absolute(text: str) -> None:
    assert "absolute" not in _ids(text)


def test_the_writers_own_always_still_counts() -> None:
    assert "absolute" in _ids("You always say you'll ring and you never do.")


@pytest.mark.parametrize(
    "text",
    [
        "You spend every weekend at your mum's. Maybe you should just marry her.",
        "You need to grow up and sort your own washing.",
        "why dont u just move in with your mates then",
    ],
)
def test_sarcasm_and_put_downs_are_not_advice(text: str) -> None:
    ids = _ids(text)
    assert "contempt" in ids, ids
    assert "unsolicited_advice" not in ids, ids


def test_forcing_the_partner_is_not_a_limit_to_keep() -> None:
    ran = run(
        "check",
        "I've told the counsellor we'll both be there Monday. You're coming, like it or lump it.",
    )
    flat = " ".join(ran.out.split())
    assert ran.code == 0, ran.err
    assert "is your limit, keep it" not in flat
    assert "isn't a limit of yours to keep" in flat
    forced = run("check", "You're coming to my sister's wedding whether you like it or not.")
    assert "isn't a limit of yours to keep" in " ".join(forced.out.split())


def test_the_feeling_line_is_a_sentence_with_a_command_to_copy() -> None:
    text = "You never text me when you're running late from football."
    ran = run("check", text)
    flat = " ".join(ran.out.split())
    assert "add --feel" not in flat
    assert f'run the check again with it, for example: alongside check --feel hurt "{text}"' in flat


def test_one_point_is_praised_once_and_a_but_takes_kind_words_back() -> None:
    ran = run(
        "check",
        "I get that you're worn out and I want to help, but you're behaving like a toddler.",
    )
    flat = " ".join(ran.out.split())
    assert "What already invites" not in flat
    same = run("check", "I know you're stressed at work and I want to help you.")
    assert same.out.count("“I know you're stressed at work and I want to help you”") <= 1


def test_the_country_line_is_a_plain_sentence() -> None:
    ran = run("safety", "--country", "UK")
    flat = " ".join((ran.out + ran.err).split())
    assert "Other countries: alongside safety --country XX" not in flat
    assert "run, for example: alongside safety --country" in flat
