"""`alongside ready` and `alongside breathe`, in-process (see the `cli` fixture)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import TEST_PASSPHRASE, RunCli


def test_ready_says_wait_after_a_recent_argument(cli: RunCli) -> None:
    result = cli(
        "ready",
        "--me",
        "7",
        "--partner",
        "4",
        "--since-argument",
        "10",
        "--at",
        "2026-11-27 19:00",
        "--no-vault",
    )
    assert result.returncode == 0, result.stderr
    assert "Wait until 19:10, and until your partner seems calmer (6/10 or more)." in result.stdout
    assert "4-7-8" in result.stdout
    # rule codes stay one step away: only with --why
    assert "(P19" not in result.stdout and "P18" not in result.stdout
    why = cli(*result.args[1:], "--why")
    assert why.returncode == 0, why.stderr
    assert "(P19)" in why.stdout and "(P18)" in why.stdout


def test_ready_says_now_when_calm_and_nothing_is_against_it(cli: RunCli) -> None:
    result = cli("ready", "--me", "8", "--partner", "7", "--at", "2026-11-28 11:00", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ready"] is True
    assert data["answer"] == "Now looks like a good moment."


def test_ready_respects_an_agreement_given_as_a_flag(cli: RunCli) -> None:
    result = cli(
        "ready",
        "--me",
        "8",
        "--partner",
        "8",
        "--agreement",
        "not after 10pm",
        "--at",
        "2026-11-28 22:30",
        "--json",
    )
    data = json.loads(result.stdout)
    assert data["ready"] is False
    assert data["wait_until"] == "2026-11-29T09:00:00"


def test_ready_without_calm_flags_off_a_terminal_is_a_clear_message(cli: RunCli) -> None:
    result = cli("ready", "--partner", "5")
    assert result.returncode == 2
    assert "--me" in result.stderr
    assert "Traceback" not in result.stderr


def test_ready_rejects_calm_outside_the_scale_and_a_bad_time(cli: RunCli) -> None:
    assert cli("ready", "--me", "11", "--partner", "5").returncode == 2
    bad_time = cli("ready", "--me", "5", "--partner", "5", "--at", "tomorrowish")
    assert bad_time.returncode == 2
    assert "is not a time like" in bad_time.stderr


def test_ready_reads_agreements_from_the_private_record(cli: RunCli, app_home: Path) -> None:
    from alongside.vault import create_vault

    app_home.mkdir(parents=True, exist_ok=True)
    with create_vault(app_home / "vault.db", TEST_PASSPHRASE) as vault:
        vault.add("agreement", {"agreement": "not on work nights"})
    args = ("ready", "--me", "8", "--partner", "8", "--at", "2026-11-24 20:00", "--json")
    result = cli(*args, passphrase=TEST_PASSPHRASE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["ready"] is False
    assert any("not on work nights" in r["text"] for r in data["reasons"])
    skipped = cli(*args, "--no-vault")
    assert json.loads(skipped.stdout)["ready"] is True


def test_ready_with_a_wrong_passphrase_is_a_clear_message(cli: RunCli, app_home: Path) -> None:
    from alongside.vault import create_vault

    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(app_home / "vault.db", TEST_PASSPHRASE).close()
    result = cli("ready", "--me", "8", "--partner", "8", passphrase="not it")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()


def test_breathe_prints_the_steps_without_waiting_off_a_terminal(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch
) -> None:
    waited: list[float] = []
    monkeypatch.setattr("alongside.cli.practice_ready.wait", waited.append)
    result = cli("breathe", "--pattern", "box", "--rounds", "3")
    assert waited == []
    assert result.returncode == 0, result.stderr
    assert "Box breathing" in result.stdout
    assert result.stdout.count("4 seconds") == 4
    assert "Repeat 3 times, about 48 seconds" in result.stdout


def test_breathe_478_and_an_unknown_pattern(cli: RunCli) -> None:
    result = cli("breathe", "--rounds", "0")
    assert "7 seconds" in result.stdout and "8 seconds" in result.stdout
    unknown = cli("breathe", "--pattern", "fast")
    assert unknown.returncode == 2
    assert "Try one of: 478, box." in unknown.stderr


def test_every_practice_command_has_an_example_in_its_help(cli: RunCli) -> None:
    for command in ("safety", "resources", "ready", "breathe", "questions", "reflect", "rehearse"):
        result = cli(command, "--help")
        assert result.returncode == 0
        assert f"Example: alongside {command}" in result.stdout


def test_ready_with_a_locked_record_off_a_terminal_says_how_to_go_on(
    cli: RunCli, app_home: Path
) -> None:
    from alongside.vault import create_vault

    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(app_home / "vault.db", TEST_PASSPHRASE).close()
    result = cli("ready", "--me", "8", "--partner", "8")
    assert result.returncode != 0
    assert "--no-vault" in result.stderr
    assert "Traceback" not in result.stderr
