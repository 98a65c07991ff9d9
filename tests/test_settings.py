"""Settings read in one place (settings.py): the home folder, the country, the time zone;
a bad value gets one plain sentence, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from alongside.errors import InvalidInput
from alongside.paths import home_dir
from alongside.settings import (
    Settings,
    chosen_timezone,
    device_timezone,
    save_timezone,
    saved_settings,
    saved_timezone,
    timezone_problem,
)
from tests.cli.inprocess import run
from tests.conftest import TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}


@pytest.mark.parametrize("name", ["Europe/Berlin", "America/New_York", "UTC", "Asia/Kolkata"])
def test_known_time_zones_are_accepted(name: str) -> None:
    assert timezone_problem(name) == ""


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "Europe/", "../../etc/passwd", "x" * 300])
def test_an_unknown_time_zone_gets_a_plain_sentence(name: str) -> None:
    said = timezone_problem(name)
    assert said.startswith("I don't know the time zone") and "Europe/Berlin" in said


def test_the_time_zone_is_saved_and_the_environment_comes_first(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert device_timezone() == "Asia/Tokyo"
    assert chosen_timezone() == "Asia/Tokyo"  # nothing chosen: this device's, not UTC
    assert save_timezone(" Europe/Berlin ") == "Europe/Berlin"
    assert saved_timezone() == "Europe/Berlin" == chosen_timezone()
    assert Settings.from_env().timezone == "Europe/Berlin"
    monkeypatch.setenv("ALONGSIDE_TZ", "America/Chicago")
    assert chosen_timezone() == "America/Chicago" == Settings.from_env().timezone
    with pytest.raises(InvalidInput, match="I don't know the time zone"):
        save_timezone("Mars/Olympus")
    assert saved_timezone() == "Europe/Berlin"  # nothing saved


def test_a_bad_alongside_tz_is_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALONGSIDE_TZ", "Mars/Olympus")
    with pytest.raises(InvalidInput, match="ALONGSIDE_TZ is set: I don't know the time zone"):
        Settings.from_env()
    ran = run("settings", "timezone")
    assert ran.code == 2 and "ALONGSIDE_TZ is set: I don't know" in ran.err
    assert "Traceback" not in ran.err


def test_a_home_that_is_a_file_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a_file = tmp_path / "not-a-folder"
    a_file.write_text("x", encoding="utf-8")
    monkeypatch.setenv("ALONGSIDE_HOME", str(a_file))
    with pytest.raises(InvalidInput, match="which is a file, not a folder"):
        home_dir()
    assert saved_settings() == {}  # reading settings never fails
    for args in (["settings", "country", "GB"], ["init"], ["journal", "list"], ["serve"]):
        ran = run(*args, env=PW)
        assert ran.code == 2, (args, ran.err)
        assert "ALONGSIDE_HOME is set to" in ran.err and "not a folder" in ran.err
        assert "Traceback" not in ran.err
    safety = run("safety")  # help is shown whatever else is wrong
    assert safety.code == 0 and "Traceback" not in safety.err


def test_settings_timezone_shows_saves_and_refuses(app_home: Path) -> None:
    saved = run("settings", "timezone", "Europe/Berlin")
    assert saved.code == 0 and "Europe/Berlin" in saved.out
    assert saved_timezone(app_home) == "Europe/Berlin"
    shown = run("settings")
    assert "Time zone: Europe/Berlin" in shown.out and "country" in shown.out
    bad = run("settings", "timezone", "Mars/Olympus")
    assert bad.code == 2 and "I don't know the time zone 'Mars/Olympus'" in bad.err
    assert saved_timezone(app_home) == "Europe/Berlin"


def test_init_asks_the_time_zone_once_and_keeps_the_devices_on_enter(
    app_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alongside.cli import output
    from alongside.cli import record as cli_record

    monkeypatch.setattr(cli_record, "on_terminal", lambda: True)
    monkeypatch.setattr(output, "interactive", lambda: True)
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    pw = "longer words here"
    # passphrase twice, the country, then a time zone we don't know, then Enter
    made = run("init", input=f"{pw}\n{pw}\nGB\nMars/Olympus\n\n")
    assert made.code == 0, made.err
    assert "I don't know the time zone 'Mars/Olympus'" in made.err
    assert "Time zone: Asia/Tokyo." in made.err
    assert saved_timezone(app_home) == "Asia/Tokyo"


def test_init_takes_the_time_zone_as_an_option_and_refuses_a_bad_one_first(
    app_home: Path,
) -> None:
    bad = run("init", "--timezone", "Mars/Olympus", env=PW)
    assert bad.code == 2 and "I don't know the time zone" in bad.err
    assert not (app_home / "vault.db").exists()  # nothing made
    made = run("init", "--timezone", "Europe/Paris", env=PW)
    assert made.code == 0, made.err
    assert saved_timezone(app_home) == "Europe/Paris"


def test_a_checkin_schedule_uses_the_chosen_time_zone_not_utc(app_home: Path) -> None:
    assert run("init", "--timezone", "Europe/Berlin", env=PW).code == 0
    made = run("checkin", "schedule", "--weekday", "sun", "--time", "19:00", env=PW)
    assert made.code == 0, made.err
    listed = run("checkin", "next", env=PW)
    assert listed.code == 0, listed.err
    assert "(Europe/Berlin)" in listed.out


@pytest.mark.parametrize("bad", ["soon", "0", "99999"])
def test_a_bad_lock_period_is_one_sentence(monkeypatch: pytest.MonkeyPatch, bad: str) -> None:
    ran = run("serve", "--no-browser", env={"ALONGSIDE_LOCK_MINUTES": bad})
    assert ran.code == 2 and "ALONGSIDE_LOCK_MINUTES is set to" in ran.err
    assert "Traceback" not in ran.err
    monkeypatch.setenv("ALONGSIDE_LOCK_MINUTES", "30")
    assert Settings.from_env().lock_after_minutes == 30
