"""On a terminal the CLI asks for what is missing: hidden passphrase twice, required fields."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from pathlib import Path

from alongside.vault import open_vault
from tests.conftest import CLI, TEST_PASSPHRASE


def run_on_terminal(args: list[str], answers: list[str], env: dict[str, str]) -> tuple[int, str]:
    """Run the real command on a pseudo-terminal, typing each answer after its prompt."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [str(CLI), *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
    )
    os.close(slave)
    seen = b""
    pending = list(answers)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(master, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if pending and seen.endswith(b": "):  # a prompt waiting for its answer
                os.write(master, pending.pop(0).encode() + b"\n")
        elif child.poll() is not None:
            break
    code = child.wait(timeout=10)
    os.close(master)
    return code, seen.decode("utf-8", "replace")


def base_env(app_home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "ALONGSIDE_PASSPHRASE"}
    env.update({"ALONGSIDE_HOME": str(app_home), "NO_COLOR": "1", "COLUMNS": "100"})
    return env


def test_init_asks_twice_hidden_then_add_prompts_for_the_main_field(app_home: Path) -> None:
    env = base_env(app_home)
    code, screen = run_on_terminal(["init"], [TEST_PASSPHRASE, TEST_PASSPHRASE], env)
    assert code == 0, screen
    assert "Type it again" in screen
    assert TEST_PASSPHRASE not in screen  # hidden while typed
    code, screen = run_on_terminal(["win", "add"], ["We had a calm morning", TEST_PASSPHRASE], env)
    assert code == 0, screen
    assert "What went well" in screen
    with open_vault(app_home / "vault.db", TEST_PASSPHRASE) as vault:
        assert [e.title for e in vault.list()] == ["We had a calm morning"]


def test_a_wrong_passphrase_on_a_terminal_can_be_retyped(app_home: Path) -> None:
    env = base_env(app_home)
    assert run_on_terminal(["init"], [TEST_PASSPHRASE, TEST_PASSPHRASE], env)[0] == 0
    code, screen = run_on_terminal(["win", "list"], ["wrong one", TEST_PASSPHRASE], env)
    assert code == 0, screen
    assert "didn't unlock it" in screen
