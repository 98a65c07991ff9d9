from __future__ import annotations

from pathlib import Path

from tests.conftest import RunCli


def test_alone_greets_a_new_user_and_names_first_steps(cli: RunCli) -> None:
    result = cli()
    assert result.returncode == 0, result.stderr
    assert "don't have a private record yet" in result.stdout
    assert "alongside init" in result.stdout


def test_greeting_notices_an_existing_vault(cli: RunCli, app_home: Path) -> None:
    app_home.mkdir(parents=True)
    (app_home / "vault.db").write_bytes(b"")
    result = cli()
    assert result.returncode == 0, result.stderr
    assert "Your private record is at" in result.stdout


def test_unknown_command_is_a_clear_message_not_a_traceback(cli: RunCli) -> None:
    result = cli("no-such-command")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "No such command" in result.stderr
