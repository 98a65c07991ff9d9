"""`alongside serve` as a real process: it prints a local address and serves the app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx

from tests.conftest import CLI, RunCli


def test_serve_help_says_why_it_is_local(cli: RunCli) -> None:
    result = cli("serve", "--help")
    assert result.returncode == 0
    assert "127.0.0.1" in result.stdout
    assert "Example: alongside serve" in result.stdout


def test_serve_starts_on_a_free_local_port_with_no_vault_yet(app_home: Path) -> None:
    env = {**os.environ, "NO_COLOR": "1"}
    with subprocess.Popen(
        [str(CLI), "serve", "--no-browser", "--lock-after", "5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    ) as process:
        try:
            assert process.stdout is not None
            url = process.stdout.readline().strip()
            assert url.startswith("http://127.0.0.1:"), url
            response = httpx.get(url, timeout=10)
            assert response.status_code == 303
            assert response.headers["location"] == "/setup"
            page = httpx.get(url + "setup", timeout=10)
            assert "cannot be recovered" in page.text
            assert 'content="5"' in page.text  # --lock-after reached the app
        finally:
            process.terminate()
            process.communicate(timeout=15)
    assert not (app_home / "vault.db").exists()


def test_a_busy_port_gets_a_plain_message(cli: RunCli) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        result = cli("serve", "--no-browser", "--port", str(port))
    assert result.returncode != 0
    assert f"Port {port}" in result.stderr
    assert "Traceback" not in result.stderr
    assert sys.executable  # the CLI ran from this environment
