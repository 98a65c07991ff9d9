"""One saved country, asked at setup, changeable, overridden by ALONGSIDE_COUNTRY (issue 10).

In-process through Typer's CliRunner; one real subprocess checks the exit code and stderr.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from alongside.cli.app import build_app
from alongside.errors import InvalidInput
from alongside.settings import saved_country, settings_path
from tests.conftest import TEST_PASSPHRASE, RunCli

DANGER = "He shoved me into the wall and I'm scared of what he'll do tonight."


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(build_app(), list(args), env=env, input=input)


@pytest.fixture(autouse=True)
def no_country_in_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALONGSIDE_COUNTRY", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("TZ", "UTC")  # no time-zone guess at the country (app.safety)


def test_saving_a_country_writes_a_small_private_file(app_home: Path) -> None:
    result = run("settings", "country", "gb")
    assert result.exit_code == 0, result.output
    assert "the United Kingdom" in result.output
    path = settings_path(app_home)
    assert json.loads(path.read_text(encoding="utf-8")) == {"country": "UK"}
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(app_home.stat().st_mode) == 0o700  # made here first, as for the vault
    assert "the United Kingdom" in run("settings").output
    assert "the United Kingdom" in run("settings", "country").output


def test_a_country_we_do_not_know_gets_a_sentence_listing_ours(app_home: Path) -> None:
    run("settings", "country", "AU")
    result = run("settings", "country", "Narnia")
    assert isinstance(result.exception, InvalidInput)
    words = str(result.exception)
    assert 'I don\'t know the country "Narnia"' in words
    for code in ("US", "UK", "CA", "AU", "IE", "NZ", "DE", "FR", "IN", "EU"):
        assert f"{code} (" in words
    assert "Nothing was changed" in words
    assert saved_country(app_home) == "AU"


def test_a_bad_country_is_a_plain_sentence_and_exit_2_from_the_real_command(
    installed_cli: RunCli,
) -> None:
    result = installed_cli("settings", "country", "Atlantis")
    assert result.returncode == 2
    assert "I hold helplines for: US (the United States)" in result.stderr
    assert "Traceback" not in result.stderr


def test_with_no_country_every_surface_says_how_to_choose_and_gives_the_world_lists() -> None:
    for args in (("safety",), ("check", DANGER)):
        out = run(*args).output
        assert "You haven't chosen your country yet" in out
        assert "alongside settings country XX" in out
        assert "findahelpline.com" in out and "hotpeachpages.net" in out


def test_the_saved_country_is_used_by_check_safety_and_rehearse() -> None:
    run("settings", "country", "UK")
    assert "0808 2000 247" in run("check", DANGER).output
    assert "Help in the United Kingdom" in run("safety").output
    rehearsal = run("rehearse", "--objection", "broken", "--rounds", "1", input=DANGER + "\n")
    assert "0808 2000 247" in rehearsal.output
    assert "You haven't chosen" not in rehearsal.output


def test_the_environment_overrides_the_saved_country_and_a_flag_overrides_both() -> None:
    run("settings", "country", "UK")
    australia = run("check", DANGER, env={"ALONGSIDE_COUNTRY": "AU"}).output
    assert "1800 737 732" in australia and "0808 2000 247" not in australia
    assert "from ALONGSIDE_COUNTRY" in run("settings", env={"ALONGSIDE_COUNTRY": "AU"}).output
    flagged = run("check", "--country", "NZ", DANGER, env={"ALONGSIDE_COUNTRY": "AU"}).output
    assert "0800 733 843" in flagged and "1800 737 732" not in flagged


def test_the_record_shows_help_for_the_saved_country_after_saving(app_home: Path) -> None:
    run("settings", "country", "IE")
    env = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
    assert run("init", env=env).exit_code == 0
    added = run("journal", "add", DANGER, env=env)
    assert added.exit_code == 0, added.output
    assert "1800 341 900" in added.output  # Women's Aid, Ireland


def test_init_takes_the_country_as_an_option(app_home: Path) -> None:
    env = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
    result = run("init", "--country", "nz", env=env)
    assert result.exit_code == 0, result.output
    assert "New Zealand" in result.output
    assert saved_country(app_home) == "NZ"


def test_init_with_an_unknown_country_creates_nothing(app_home: Path) -> None:
    result = run("init", "--country", "Mordor", env={"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE})
    assert isinstance(result.exception, InvalidInput)
    assert not (app_home / "vault.db").exists()


def test_init_asks_for_the_country_on_a_terminal(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("alongside.cli.output.interactive", lambda: True)
    env = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
    result = run("init", env=env, input="Atlantis\nde\n")
    assert result.exit_code == 0, result.output
    assert "Which country's helplines" in result.output
    assert 'I don\'t know the country "Atlantis"' in result.output
    assert saved_country(app_home) == "DE"


def test_init_off_a_terminal_says_how_to_choose_later(app_home: Path) -> None:
    result = run("init", env={"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE})
    assert result.exit_code == 0, result.output
    assert "alongside settings country XX" in result.output
    assert saved_country(app_home) == ""


def test_a_damaged_settings_file_is_treated_as_no_choice(app_home: Path) -> None:
    app_home.mkdir(parents=True, exist_ok=True)
    settings_path(app_home).write_text("{not json", encoding="utf-8")
    assert "You haven't chosen your country yet" in run("safety").output
    assert run("settings", "country", "FR").exit_code == 0
    assert saved_country(app_home) == "FR"
