"""`alongside safety` / `alongside resources` in-process (see the `cli` fixture)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import RunCli


def test_safety_for_the_uk_lists_999_samaritans_and_the_abuse_helpline(cli: RunCli) -> None:
    result = cli("safety", "--country", "UK")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Help in the United Kingdom" in out
    assert "999" in out and "116 123" in out and "0808 2000 247" in out
    assert "source: samaritans.org" in out
    assert "Numbers can change" in out
    assert "not your fault" in out


def test_safety_uses_the_country_from_the_environment(cli: RunCli) -> None:
    result = cli("safety", env={"ALONGSIDE_COUNTRY": "au"})
    assert result.returncode == 0, result.stderr
    assert "1800 737 732" in result.stdout


def test_unknown_country_says_so_plainly_and_shows_the_international_list(cli: RunCli) -> None:
    result = cli("safety", "--country", "Atlantis")
    assert result.returncode == 0, result.stderr
    assert "We don't have a list of helplines for Atlantis yet" in result.stdout
    assert "findahelpline.com" in result.stdout
    assert "Traceback" not in result.stderr


def test_resources_alias_prints_json_for_scripts(cli: RunCli) -> None:
    result = cli("resources", "--country", "NZ", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["country"] == "NZ" and data["known_country"] is True
    assert any(r["contact"].startswith("Call 111") for r in data["resources"])


def test_safety_help_has_an_example(cli: RunCli) -> None:
    result = cli("safety", "--help")
    assert result.returncode == 0
    assert "Example: alongside safety --country UK" in result.stdout


def test_safety_help_is_printed_on_stderr_only_when_the_screen_fires(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from alongside.cli.safety_view import show_help_if_needed
    from alongside.safety import screen

    assert show_help_if_needed(None, country="UK") is False
    assert show_help_if_needed(screen("we argued about the dishes"), country="UK") is False
    quiet = capsys.readouterr()
    assert quiet.out == "" and quiet.err == ""
    fired = screen("Dinner was tense.\nhe grabbed my wrist")
    assert show_help_if_needed(fired, country="UK") is True
    shown = capsys.readouterr()
    assert shown.out == ""
    assert "being hurt physically" in shown.err and "0808 2000 247" in shown.err
    assert "0808 2000 247" in shown.err
