"""`alongside plan / invite / checkin / review / progress` as a person runs them (real vault)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from tests.conftest import TEST_PASSPHRASE, RunCli

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def record(app_home: Path) -> Path:
    """An empty vault at the temp home (as `alongside init` would make)."""
    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(vault_path(), TEST_PASSPHRASE).close()
    return vault_path()


def ok(result: object) -> str:
    import subprocess

    assert isinstance(result, subprocess.CompletedProcess)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return str(result.stdout)


def test_plan_on_an_empty_record_starts_small(cli: RunCli, record: Path) -> None:
    out = ok(cli("plan", passphrase=TEST_PASSPHRASE))
    assert "Next step: Start small" in out
    assert "For you:" in out
    assert "[first_week]" not in out and "(P8)" not in out and "Why:" not in out
    why = ok(cli("plan", "--why", passphrase=TEST_PASSPHRASE))
    assert "[first_week]" in why and "(P8)" in why and "Why: " in why


def test_after_a_refusal_the_plan_keeps_the_door_open(cli: RunCli, record: Path) -> None:
    added = cli(
        "invite",
        "add",
        "Over coffee, as something for both of us",
        "--response",
        "Not now, I don't need it",
        "--stance-after",
        "not considering",
        "--on",
        (date.today() - timedelta(days=3)).isoformat(),
        passphrase=TEST_PASSPHRASE,
    )
    ok(added)
    assert "keeps the door open" in added.stderr
    listed = ok(cli("invite", "list", passphrase=TEST_PASSPHRASE))
    assert "not considering it" in listed and "Over coffee" in listed
    plan = json.loads(ok(cli("plan", "--json", passphrase=TEST_PASSPHRASE)))
    assert plan["next_step"]["rule"] == "door_open_after_no"
    assert "3 days ago" in plan["next_step"]["text"]
    assert plan["stance"] == "not considering it"


def test_checkin_schedule_next_record_export_and_review(
    cli: RunCli, record: Path, tmp_path: Path
) -> None:
    scheduled = cli(
        "checkin",
        "schedule",
        "--weekday",
        "sun",
        "--time",
        "19:00",
        "--tz",
        "Europe/Berlin",
        "--start",
        "2020-01-05",
        passphrase=TEST_PASSPHRASE,
    )
    ok(scheduled)
    assert "2020-01-05 has already passed" in scheduled.stderr
    upcoming = json.loads(ok(cli("checkin", "next", "--json", passphrase=TEST_PASSPHRASE)))
    assert len(upcoming) == 4
    assert all(o["starts_at"][11:16] == "19:00" for o in upcoming)
    assert upcoming[0]["prompts"][0].startswith("Appreciations first:")
    assert upcoming[0]["prompts"] != upcoming[1]["prompts"]

    ics = tmp_path / "checkins.ics"
    ok(cli("checkin", "export", "--out", str(ics), passphrase=TEST_PASSPHRASE))
    calendar = Calendar.from_ical(ics.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == 4
    assert {str(e.decoded("dtstart").tzinfo) for e in events} == {"Europe/Berlin"}
    uids = {str(e["uid"]) for e in events}
    ok(cli("checkin", "export", "--out", str(ics), passphrase=TEST_PASSPHRASE))
    again = {str(e["uid"]) for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    assert again == uids  # importing again updates instead of duplicating

    # changing the time keeps the same schedule (and calendar ids)
    ok(
        cli(
            "checkin",
            "schedule",
            "--time",
            "18:30",
            "--tz",
            "Europe/Berlin",
            passphrase=TEST_PASSPHRASE,
        )
    )
    moved = json.loads(ok(cli("checkin", "next", "--json", passphrase=TEST_PASSPHRASE)))
    assert moved[0]["starts_at"][11:16] == "18:30"
    with open_vault(record, TEST_PASSPHRASE) as vault:
        assert vault.count("schedule") == 1

    ok(
        cli(
            "checkin",
            "record",
            "Appreciations, then the weekend",
            "--rating",
            "4",
            passphrase=TEST_PASSPHRASE,
        )
    )
    review = ok(cli("review", passphrase=TEST_PASSPHRASE))
    assert "1 check-in held" in review


def test_review_html_and_progress_plots_are_written(
    cli: RunCli, record: Path, tmp_path: Path
) -> None:
    with open_vault(record, TEST_PASSPHRASE) as vault:
        today = date.today()
        vault.add("win", {"what": "A calm <b>morning</b>", "occurred_on": today})
        vault.add(
            "setback",
            {
                "what": "A short row",
                "learned": "Pause sooner",
                "occurred_on": today - timedelta(days=9),
            },
        )
        vault.add(
            "conversation",
            {"topic": "Sleep", "rating": 4, "stance": "considering", "occurred_on": today},
        )
        vault.add(
            "message", {"text": "Could we talk?", "pushing": 0, "inviting": 2, "occurred_on": today}
        )
    page = tmp_path / "review.html"
    out = ok(cli("review", "--html", str(page), passphrase=TEST_PASSPHRASE))
    assert "A calm <b>morning</b>" in out
    html = page.read_text()
    assert "A calm &lt;b&gt;morning&lt;/b&gt;" in html and html.count("<svg ") == 4

    plots = tmp_path / "plots"
    listed = ok(cli("progress", "--out", str(plots), passphrase=TEST_PASSPHRASE)).split()
    assert len(listed) == 8
    for name in ("stance", "wins-setbacks", "messages", "checkins"):
        assert (plots / f"{name}.png").read_bytes().startswith(PNG_MAGIC)
        assert b"<svg" in (plots / f"{name}.svg").read_bytes()


def test_progress_on_an_empty_record_still_draws_and_says_so(
    cli: RunCli, record: Path, tmp_path: Path
) -> None:
    result = cli("progress", "--out", str(tmp_path / "p"), passphrase=TEST_PASSPHRASE)
    ok(result)
    assert "empty so far" in result.stderr
    assert "Nothing to show yet." in (tmp_path / "p" / "stance.svg").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("checkin", "schedule", "--tz", "Mars/Olympus"),
            '"Mars/Olympus" is not a time zone I know',
        ),
        (
            (
                "checkin",
                "schedule",
                "--time",
                "02:30",
                "--tz",
                "Europe/Berlin",
                "--start",
                "2030-03-31",
            ),
            "02:30 does not exist on Sunday 31 March 2030",
        ),
        (("checkin", "schedule", "--time", "7pm"), '"7pm" is not a time I can use'),
        (("checkin", "schedule", "--start", "next week"), '"next week" is not a date I can use'),
        (("checkin", "record", "   "), "Please write something for “What we talked about”"),
        (("checkin", "record", "ok", "--rating", "9"), "from 1 to 5"),
        (("checkin", "next"), "No check-in schedule yet"),
        (("checkin", "export"), "No check-in schedule to export yet"),
        (("invite", "add", ""), "Please write something for “How I raised it”"),
        (("invite", "add", "x", "--stance-after", "maybe"), "one of: not considering it"),
        (("review", "--week", "2026-W99"), '"2026-W99" is not a week I understand'),
    ],
)
def test_bad_input_gets_a_clear_sentence_and_changes_nothing(
    cli: RunCli, record: Path, args: tuple[str, ...], message: str
) -> None:
    before = record.read_bytes()
    result = cli(*args, passphrase=TEST_PASSPHRASE)
    assert result.returncode != 0
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    with open_vault(record, TEST_PASSPHRASE) as vault:
        assert vault.count() == 0
    assert len(record.read_bytes()) == len(before)


def test_wrong_or_missing_passphrase_is_a_clear_message(cli: RunCli, record: Path) -> None:
    wrong = cli("plan", passphrase="not the passphrase at all")
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    assert wrong.stderr.strip()
    locked = cli("plan")
    assert locked.returncode != 0 and "ALONGSIDE_PASSPHRASE" in locked.stderr
    assert "Traceback" not in locked.stderr


def test_passphrase_file_works_and_a_missing_file_is_explained(
    cli: RunCli, record: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(TEST_PASSPHRASE + "\n")
    ok(cli("plan", "--passphrase-file", str(secret)))
    missing = cli("plan", "--passphrase-file", str(tmp_path / "nope.txt"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr


def test_no_vault_yet_is_a_clear_message(cli: RunCli) -> None:
    result = cli("plan", passphrase=TEST_PASSPHRASE)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr and result.stderr.strip()


def test_every_plan_command_has_an_example(cli: RunCli) -> None:
    for args in (
        ("plan",),
        ("review",),
        ("progress",),
        ("invite", "add"),
        ("invite", "list"),
        ("checkin", "schedule"),
        ("checkin", "next"),
        ("checkin", "record"),
        ("checkin", "export"),
    ):
        result = cli(*args, "--help")
        assert result.returncode == 0, result.stderr
        assert "Example: alongside" in result.stdout, args


def test_end_to_end_from_init_to_plan_and_review(cli: RunCli) -> None:
    """Only real commands: create the record, write in it, then ask for the plan."""
    ok(cli("init", passphrase=TEST_PASSPHRASE))
    ok(cli("goal", "add", "Feel safe and heard", passphrase=TEST_PASSPHRASE))
    ok(cli("win", "add", "A calm morning", passphrase=TEST_PASSPHRASE))
    plan = json.loads(ok(cli("plan", "--json", passphrase=TEST_PASSPHRASE)))
    assert plan["facts"]["has_shared_goal"] is True
    assert plan["next_step"]["rule"] != "start_shared_goal"
    ok(
        cli(
            "setback",
            "add",
            "We argued about money",
            "--learned",
            "pause sooner",
            passphrase=TEST_PASSPHRASE,
        )
    )
    plan = json.loads(ok(cli("plan", "--json", passphrase=TEST_PASSPHRASE)))
    assert plan["next_step"]["rule"] == "cool_off_after_setback"
    review = ok(cli("review", passphrase=TEST_PASSPHRASE))
    assert "A calm morning" in review and "We argued about money" in review
    assert "pause sooner" in review


def test_words_about_danger_put_safety_before_any_plan(cli: RunCli) -> None:
    ok(cli("init", passphrase=TEST_PASSPHRASE))
    ok(cli("journal", "add", "He grabbed my arm and I was scared", passphrase=TEST_PASSPHRASE))
    plan = json.loads(ok(cli("plan", "--json", passphrase=TEST_PASSPHRASE)))
    assert plan["next_step"]["rule"] == "safety_first"
    assert plan["more"] == []
