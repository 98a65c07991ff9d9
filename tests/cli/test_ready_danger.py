"""`alongside ready` respects a danger sign in the record (in-process, Typer's CliRunner)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner, Result

from alongside.cli.app import build_app
from tests.conftest import TEST_PASSPHRASE

ENV = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE, "ALONGSIDE_COUNTRY": "US", "COLUMNS": "200"}


def run(*args: str) -> Result:
    return CliRunner().invoke(build_app(), list(args), env=ENV)


def record_with_setback(days_ago: int, what: str) -> None:
    assert run("init").exit_code == 0
    on = (date.today() - timedelta(days=days_ago)).isoformat()
    added = run("setback", "add", what, "--occurred-on", on)
    assert added.exit_code == 0, added.output


@pytest.mark.parametrize("days_ago", [1, 29])
def test_ready_says_not_now_and_shows_help_after_a_danger_sign(days_ago: int) -> None:
    record_with_setback(days_ago, "He threw a plate at me during dinner")
    result = run("ready", "--me", "9", "--partner", "9")
    assert result.exit_code == 0, result.output
    assert "Now looks like a good moment" not in result.output
    assert "Not now: your safety comes first." in result.output
    assert "in the last 30 days" in result.output
    # someone was hurt: the emergency number first
    assert result.output.index("Call 911") < result.output.index("1-800-799-7233")
    data = json.loads(run("ready", "--me", "9", "--partner", "9", "--json").output)
    assert data["ready"] is False and "physical_violence" in data["safety_first"]


def test_ready_says_now_when_the_sign_is_older_than_30_days() -> None:
    record_with_setback(30, "He threw a plate at me during dinner")
    result = run("ready", "--me", "9", "--partner", "9")
    assert "Now looks like a good moment" in result.output


def test_ready_says_now_after_an_ordinary_setback() -> None:
    record_with_setback(1, "We argued about whose turn it was to cook")
    assert "Now looks like a good moment" in run("ready", "--me", "9", "--partner", "9").output
