"""`alongside check` and `alongside rehearse` with text the coach cannot read (issue 10)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner, Result

from alongside.cli.app import build_app

ENV = {"ALONGSIDE_COUNTRY": "US", "COLUMNS": "200"}
NOT_ENGLISH = {
    "es": "Mi pareja no quiere ir a terapia y cada vez que lo menciono se enfada conmigo.",
    "de": "Ich wünsche mir, dass wir heute Abend in Ruhe reden können.",
    "zh": "我希望我们今晚可以好好谈谈。",
    "ru": "Я хочу, чтобы мы спокойно поговорили сегодня вечером.",
}


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(build_app(), list(args), env=ENV, input=input)


@pytest.mark.parametrize("text", NOT_ENGLISH.values(), ids=NOT_ENGLISH.keys())
def test_check_says_plainly_it_reads_english_only_and_never_praises(text: str) -> None:
    result = run("check", text)
    assert result.exit_code == 0, result.output
    assert "I can only read English for now" in result.output
    assert "alongside safety" in result.output
    assert "Lovely" not in result.output and "Nothing here looks pushing" not in result.output
    data = json.loads(run("check", "--json", text).output)
    assert data["english"] is False


@pytest.mark.parametrize("text", ["ok", "Fine. Whatever.", "u never listen lol", "Sam"])
def test_short_english_is_still_coached(text: str) -> None:
    result = run("check", text)
    assert "I can only read English" not in result.output
    assert "Your message" in result.output
    assert json.loads(run("check", "--json", text).output)["english"] is True


def test_danger_in_english_still_comes_first_whatever_else_is_written() -> None:
    result = run("check", "Tengo miedo. He hit me last night.")
    assert "Your safety comes first" in result.output
    assert "I can only read English" not in result.output


def test_rehearse_does_not_coach_or_praise_a_reply_it_cannot_read() -> None:
    result = run("rehearse", "--objection", "broken", "--rounds", "1", input=NOT_ENGLISH["es"])
    assert result.exit_code == 0, result.output
    assert "I can only read English for now" in result.output
    assert "Went well" not in result.output and "Something to try" not in result.output
