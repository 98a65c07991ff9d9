"""Shared fixtures: every test gets its own temp home; `cli` runs the command in-process,
`installed_cli` runs the real installed command."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

CLI = Path(sys.executable).with_name("alongside")
TEST_PASSPHRASE = "correct horse battery staple"

RunCli = Callable[..., subprocess.CompletedProcess[str]]


def check_says(cli: RunCli, text: str) -> str:
    """What `alongside check TEXT` prints, its whitespace folded to single spaces."""
    result = cli("check", text)
    assert result.returncode == 0, result.stderr
    return " ".join(result.stdout.split())


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point ALONGSIDE_HOME at a fresh temp folder so no test touches a real home."""
    home = tmp_path / "home"
    monkeypatch.setenv("ALONGSIDE_HOME", str(home))
    monkeypatch.setenv("ALONGSIDE_KDF_PROFILE", "test")  # cheap Argon2id for speed
    monkeypatch.delenv("ALONGSIDE_PASSPHRASE", raising=False)
    monkeypatch.delenv("ALONGSIDE_PORT", raising=False)
    monkeypatch.delenv("ALONGSIDE_TZ", raising=False)
    yield home


@pytest.fixture
def cli(app_home: Path) -> RunCli:
    """Run `alongside` in-process (Typer's CliRunner through the real `main`, see
    tests/cli/inprocess.py) against the temp home; the result reads like a subprocess's.

    An exception that is not turned into a sentence escapes and fails the test with its
    traceback. For what needs a real process (signals, a terminal, an editor, another
    process holding the vault) use `installed_cli`.
    """
    from tests.cli.inprocess import run as run_in_process

    def run(
        *args: str,
        input: str | bytes | None = None,
        passphrase: str | None = None,
        env: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess[str]:
        full_env = dict(env or {})
        if passphrase is not None:
            full_env["ALONGSIDE_PASSPHRASE"] = passphrase
        ran = run_in_process(*args, input=input, env=full_env)
        return subprocess.CompletedProcess(["alongside", *args], ran.code, ran.out, ran.err)

    return run


@pytest.fixture
def installed_cli(app_home: Path) -> RunCli:
    """Run the installed `alongside` command as a real subprocess against the temp home."""

    def run(
        *args: str,
        input: str | None = None,
        passphrase: str | None = None,
        env: dict[str, str] | None = None,
        timeout: float = 60,
    ) -> subprocess.CompletedProcess[str]:
        full_env = dict(os.environ)
        full_env["COLUMNS"] = "120"
        full_env["NO_COLOR"] = "1"
        if passphrase is not None:
            full_env["ALONGSIDE_PASSPHRASE"] = passphrase
        full_env.update(env or {})
        return subprocess.run(
            [str(CLI), *args],
            input=input,
            capture_output=True,
            text=True,
            env=full_env,
            timeout=timeout,
            check=False,
        )

    return run
