"""`alongside serve` as a real process: it prints a local address and serves the app."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from alongside.cli.serve import listen_on_default
from alongside.settings import DEFAULT_PORT, default_port
from tests.cli.inprocess import run
from tests.conftest import CLI, RunCli


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def taken_port() -> Iterator[int]:
    """A port something else is listening on, for as long as the block runs."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        yield int(taken.getsockname()[1])


@contextmanager
def serving(usual: int, *args: str) -> Iterator[subprocess.Popen[str]]:
    """`alongside serve --no-browser *args` as a real process, its usual port `usual`."""
    env = {**os.environ, "NO_COLOR": "1", "ALONGSIDE_PORT": str(usual)}
    command = [str(CLI), "serve", "--no-browser", *args]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        try:
            yield process
        finally:
            process.terminate()
            process.communicate(timeout=15)


def test_serve_help_says_why_it_is_local(cli: RunCli) -> None:
    result = cli("serve", "--help")
    assert result.returncode == 0
    assert "127.0.0.1" in result.stdout
    assert "Example: alongside serve" in result.stdout
    assert "8765" in result.stdout  # the usual port, to bookmark


def test_the_usual_port_is_fixed_and_can_be_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ALONGSIDE_PORT", raising=False)
    assert default_port() == DEFAULT_PORT == 8765
    monkeypatch.setenv("ALONGSIDE_PORT", "9123")
    assert default_port() == 9123


@pytest.mark.parametrize("bad", ["http", "0", "70000", "-1"])
def test_a_bad_alongside_port_gets_a_plain_sentence(bad: str) -> None:
    ran = run("serve", "--no-browser", env={"ALONGSIDE_PORT": bad})
    assert ran.code == 2
    assert "ALONGSIDE_PORT" in ran.err and "a number from 1 to 65535" in ran.err
    assert "Traceback" not in ran.err


def test_the_usual_port_is_used_when_free() -> None:
    usual = free_port()
    sock, note = listen_on_default(usual)
    with sock:
        assert sock.getsockname()[1] == usual and note == ""


def test_a_taken_usual_port_falls_back_to_a_free_one_and_says_so() -> None:
    with taken_port() as usual:
        sock, note = listen_on_default(usual)
        with sock:
            other = sock.getsockname()[1]
    assert other != usual
    assert f"Port {usual} is already in use" in note and f"uses port {other}" in note


def test_serve_falls_back_with_a_clear_line_when_its_port_is_taken(app_home: Path) -> None:
    with taken_port() as usual, serving(usual) as process:
        assert process.stdout is not None and process.stderr is not None
        url = process.stdout.readline().strip()
        line = process.stderr.readline()
        assert url.startswith("http://127.0.0.1:") and url != f"http://127.0.0.1:{usual}/"
        assert f"Port {usual} is already in use" in line
        assert httpx.get(url, timeout=10).status_code == 303


def test_serve_starts_on_its_usual_port_with_no_vault_yet(app_home: Path) -> None:
    usual = free_port()
    with serving(usual, "--lock-after", "5") as process:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url == f"http://127.0.0.1:{usual}/"  # the same address every time
        response = httpx.get(url, timeout=10)
        assert response.status_code == 303
        assert response.headers["location"] == "/setup"
        page = httpx.get(url + "setup", timeout=10)
        assert "cannot be recovered" in page.text
        assert 'content="5"' in page.text  # --lock-after reached the app
    assert not (app_home / "vault.db").exists()


def test_a_busy_port_given_with_port_gets_a_plain_message(installed_cli: RunCli) -> None:
    with taken_port() as port:
        result = installed_cli("serve", "--no-browser", "--port", str(port))
    assert result.returncode != 0
    assert f"Port {port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert sys.executable  # the CLI ran from this environment
