"""`alongside rehearse` driven in-process, one reply per line on stdin."""

from __future__ import annotations

import re

from tests.conftest import RunCli


def test_rehearse_coaches_each_reply_and_sums_up(cli: RunCli) -> None:
    replies = (
        "You need therapy, you're the one with the problem.\n"
        "It sounds like it feels like a label. What would make it feel safer?\n"
    )
    result = cli("rehearse", "--rounds", "2", input=replies)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert 'Your partner: "I don\'t need therapy."' in out
    assert 'Your partner: "Therapy is for broken people."' in out
    assert 'Something to try: "You need therapy"' in out
    assert "Gentler:" in out or "Over to you:" in out
    assert "Went well: You reflected their feeling back" in out
    assert "Summary of 2 rounds" in out and "One thing to try:" in out


def test_rehearse_stops_for_safety_and_shows_help(cli: RunCli) -> None:
    result = cli(
        "rehearse",
        "--objection",
        "afford",
        "--rounds",
        "3",
        "--country",
        "AU",
        input="I don't want to be here anymore\nsecond reply\n",
    )
    assert result.returncode == 0, result.stderr
    assert "you deserve support with it right now" in " ".join(result.stdout.split())
    assert "13 11 14" in result.stdout
    assert "Round 2" not in result.stdout
    assert "Summary" not in result.stdout


def test_rehearse_ends_gracefully_when_replies_run_out(cli: RunCli) -> None:
    result = cli("rehearse", "--rounds", "3", input="I hear you.\n")
    assert result.returncode == 0, result.stderr
    assert "No more replies given" in result.stdout
    assert "Summary of 1 round" in result.stdout


def test_rehearse_list_and_unknown_objection(cli: RunCli) -> None:
    listed = cli("rehearse", "--list")
    assert "stranger_judging" in listed.stdout and "change_subject" in listed.stdout
    unknown = cli("rehearse", "--objection", "nope", input="")
    assert unknown.returncode == 2
    assert "Try one of" in unknown.stderr and "Traceback" not in unknown.stderr


def test_rehearse_help_has_an_example(cli: RunCli) -> None:
    assert "Example: alongside rehearse" in cli("rehearse", "--help").stdout


def test_rehearse_keeps_principle_codes_one_step_away(cli: RunCli) -> None:
    reply = "It sounds like it feels like a label. What would make it feel safer?\n"
    plain = cli("rehearse", "--rounds", "1", input=reply)
    assert plain.returncode == 0, plain.stderr
    assert "Went well: You reflected their feeling back" in plain.stdout
    assert not re.search(r"\bP\d{1,2}\b", plain.stdout), plain.stdout
    why = cli("rehearse", "--rounds", "1", "--why", input=reply)
    assert re.search(r"Principles: P\d", why.stdout), why.stdout
