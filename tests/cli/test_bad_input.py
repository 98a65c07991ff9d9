"""Odd and extreme input gets a plain sentence or is handled, never a traceback (issue 13).

In-process through the real `main` (see tests/cli/inprocess.py): an uncaught exception
escapes the runner and fails the test with its traceback.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from tests.cli.inprocess import Ran, run
from tests.conftest import TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}


@pytest.fixture
def record(app_home: Path) -> Path:
    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(vault_path(), TEST_PASSPHRASE).close()
    return vault_path()


def add(kind: str, values: dict[str, object]) -> str:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        return vault.add(kind, values).id


def count(kind: str) -> int:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        return vault.count(kind)


def sentence(ran: Ran, code: int = 2) -> str:
    assert ran.code == code, (ran.code, ran.err)
    assert "Traceback" not in ran.err and "Error:" not in ran.err
    return ran.err


def test_a_time_zone_name_too_long_for_a_file_name_is_a_sentence(record: Path) -> None:
    ran = run("checkin", "schedule", "--tz", "A" * 300, env=PW)
    assert "is not a time zone I know" in sentence(ran)
    assert count("schedule") == 0


@pytest.mark.parametrize("name", ["Europe/../../etc/passwd", "a\x00b", "/etc/localtime", ""])
def test_other_impossible_time_zone_names_are_sentences(record: Path, name: str) -> None:
    ran = run("checkin", "schedule", "--tz", name, env=PW)
    assert "is not a time zone I know" in sentence(ran)


def test_a_title_with_a_newline_exports_as_one_line(record: Path, tmp_path: Path) -> None:
    made = run("checkin", "schedule", "--title", "Us\ntwo", env=PW)
    assert made.code == 0, made.err
    # a title stored earlier (or imported) with a line break must export too
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        schedule = vault.list("schedule")[0]
        vault.update(schedule.id, {"title": "Sunday\r\ncheck-in\n"})
    out = tmp_path / "c.ics"
    ran = run("checkin", "export", "--out", str(out), env=PW)
    assert ran.code == 0, ran.err
    calendar = Calendar.from_ical(out.read_bytes())
    summaries = {str(e["summary"]) for e in calendar.walk("VEVENT")}
    assert summaries == {"Sunday check-in"}
    assert str(calendar["x-wr-calname"]) == "Sunday check-in"


def test_a_schedule_title_is_saved_on_one_line(record: Path) -> None:
    assert run("checkin", "schedule", "--title", " Our\n  talk ", env=PW).code == 0
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        assert vault.list("schedule")[0].fields["title"] == "Our talk"


@pytest.mark.parametrize("start", ["9999-12-31", "9999-12-25", "3000-01-01", "2099-01-01"])
def test_a_start_date_far_ahead_is_a_sentence(record: Path, start: str) -> None:
    ran = run("checkin", "schedule", "--start", start, env=PW)
    assert "years away" in sentence(ran)
    assert count("schedule") == 0


def test_a_stored_schedule_near_the_end_of_the_calendar_still_exports(
    record: Path, tmp_path: Path
) -> None:
    add(
        "schedule",
        {
            "title": "Far",
            "starts_at": datetime(9999, 12, 26, 19, 0, tzinfo=UTC),
            "timezone": "UTC",
            "rule": "FREQ=WEEKLY;BYDAY=SU",
        },
    )
    out = tmp_path / "far.ics"
    ran = run("checkin", "export", "--out", str(out), env=PW)
    assert ran.code == 0, ran.err
    assert Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert run("checkin", "next", env=PW).code == 0


@pytest.mark.parametrize("kind", ["conversation", "invitation"])
def test_progress_draws_with_an_entry_dated_year_one(
    record: Path, tmp_path: Path, kind: str
) -> None:
    stance = "stance" if kind == "conversation" else "stance_after"
    main = "topic" if kind == "conversation" else "how"
    add(kind, {main: "long ago", stance: "considering", "occurred_on": date(1, 1, 1)})
    add("win", {"what": "first day", "occurred_on": date(1, 1, 2)})
    add("checkin", {"notes": "first", "occurred_on": date(1, 1, 3)})
    ran = run("progress", "--out", str(tmp_path / "plots"), env=PW)
    assert ran.code == 0, ran.err
    assert (tmp_path / "plots" / "stance.svg").read_text().startswith("<?xml")
    assert run("plan", env=PW).code == 0
    assert run("review", "--week", "last", env=PW).code == 0


def test_progress_with_the_last_day_of_the_calendar(record: Path, tmp_path: Path) -> None:
    add("conversation", {"topic": "far", "stance": "trying", "occurred_on": date(9999, 12, 31)})
    add("conversation", {"topic": "now", "stance": "considering"})
    ran = run("progress", "--out", str(tmp_path / "plots"), env=PW)
    assert ran.code == 0, ran.err
    assert run("plan", env=PW).code == 0


def test_today_minus_a_few_weeks_is_the_usual_window(record: Path, tmp_path: Path) -> None:
    """The fix for year one keeps ordinary records as they were (a sanity check)."""
    add("conversation", {"topic": "x", "stance": "trying", "occurred_on": date.today()})
    add(
        "conversation",
        {"topic": "y", "stance": "considering", "occurred_on": date.today() - timedelta(days=3)},
    )
    ran = run("progress", "--out", str(tmp_path / "plots"), env=PW)
    assert ran.code == 0, ran.err


# Found by trying odd input across the commands -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("journal", "list", "--limit", "99999999999999999999"),
        ("journal", "search", "calm", "--limit", "99999999999999999999"),
        ("search", "calm", "--limit", "99999999999999999999"),
    ],
)
def test_a_huge_limit_means_all(record: Path, args: tuple[str, ...]) -> None:
    add("journal", {"situation": "a calm evening"})
    ran = run(*args, env=PW)
    assert ran.code == 0, ran.err
    assert "a calm evening" in ran.out


@pytest.mark.parametrize("week", ["9999-W52", "0001-W01", "1000-W10"])
def test_a_week_at_the_ends_of_the_calendar_is_a_sentence(record: Path, week: str) -> None:
    ran = run("review", "--week", week, env=PW)
    assert "too far from today for a review" in sentence(ran)


def test_a_backup_where_nothing_can_be_written_is_a_sentence(record: Path) -> None:
    ran = run("backup", "--out", "/proc/no-such-folder/backup.db", env=PW)
    assert "Can't write to /proc/no-such-folder/backup.db" in sentence(ran)
    assert "Nothing was written there" in ran.err


def test_an_argument_that_is_not_utf8_is_printed_back_without_failing(record: Path) -> None:
    # what Python makes of a shell argument holding the byte 0xff
    ran = run("check", "--country", "\udcff", "I'm scared he will hurt me")
    assert ran.code == 0
    assert "People you can reach" in ran.out


BAD = "/dev/null/nothing"


@pytest.mark.parametrize(
    "args",
    [
        ("journal", "add", "x", "--occurred-on", "10000-01-01"),
        ("journal", "add", "x", "--occurred-on", "-1"),
        ("journal", "add", "\udcff"),
        ("conversation", "add", "t", "--rating", "-1"),
        ("conversation", "add", "t", "--rating", "99999999999999999999999"),
        ("conversation", "add", "t", "--rating", "1e3"),
        ("checkin", "record", "n", "--rating", "-5"),
        ("checkin", "record", "n", "--on", "0000-00-00"),
        ("journal", "show", ""),
        ("journal", "delete", "%", "--yes"),
        ("search", ""),
        ("checkin", "schedule", "--every", "99999999999999999999"),
        ("checkin", "schedule", "--time", "99:99"),
        ("checkin", "schedule", "--weekday", ""),
        ("checkin", "schedule", "--tz", "\udcff"),
        ("checkin", "next", "--count", "0"),
        ("review", "--week", "2026-W00"),
        ("review", "--html", "/proc/nope/x.html"),
        ("progress", "--out", BAD),
        ("export", "--out", BAD),
        ("checkin", "export", "--out", BAD),
        ("import", "/dev/null"),
        ("restore", "/dev/null", "--yes"),
        ("reflect", "/dev/null"),
        ("check", ""),
    ],
)
def test_odd_input_is_refused_with_a_sentence(record: Path, args: tuple[str, ...]) -> None:
    ran = run(*args, env=PW)  # a traceback escapes run() and fails the test
    assert ran.code != 0
    assert "Traceback" not in ran.err
    assert count("journal") == 0


def test_binary_files_for_import_and_reflect_are_sentences(record: Path, tmp_path: Path) -> None:
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\xff\xfe" * 100)
    imported = run("import", str(binary), env=PW)
    assert "isn't UTF-8 text" in sentence(imported)
    reflected = run("reflect", str(binary))
    assert "binary file" in sentence(reflected)


def test_rehearse_replies_that_are_not_utf8_are_read_as_best_can_be() -> None:
    ran = run("rehearse", "--rounds", "1", input=b"\xff\xfe I hear you, \xe9 that sounds hard\n")
    assert ran.code == 0, ran.err
    assert "I hear you" in ran.out
