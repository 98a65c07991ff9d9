"""On a terminal the CLI asks for what is missing: hidden passphrase twice, required fields."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import time
from pathlib import Path

from alongside.paths import vault_path
from alongside.vault import create_vault, open_vault
from tests.conftest import CLI, TEST_PASSPHRASE

# the passphrase twice, then Enter at the country question (choose later) and at the time
# zone question (this device's)
INIT_ANSWERS = [TEST_PASSPHRASE, TEST_PASSPHRASE, "", ""]


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
    hidden = {"ALONGSIDE_PASSPHRASE", "EDITOR", "VISUAL"}  # no editor: words are asked for
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env.update({"ALONGSIDE_HOME": str(app_home), "NO_COLOR": "1", "COLUMNS": "100"})
    return env


def made_in_process(app_home: Path) -> None:
    """A record as `init` makes it (`init` itself is driven on a terminal in the first test)."""
    app_home.mkdir(mode=0o700, parents=True, exist_ok=True)
    create_vault(vault_path(app_home), TEST_PASSPHRASE).close()


def test_init_asks_twice_hidden_then_add_asks_for_the_words(app_home: Path) -> None:
    env = base_env(app_home)
    code, screen = run_on_terminal(["init"], INIT_ANSWERS, env)
    assert code == 0, screen
    assert "Type it again" in screen
    assert "Your time zone" in screen  # asked once, at init
    assert TEST_PASSPHRASE not in screen  # hidden while typed
    # unlocked first, so words written are never lost to a mistyped passphrase
    code, screen = run_on_terminal(["win", "add"], [TEST_PASSPHRASE, "We had a calm morning"], env)
    assert code == 0, screen
    assert "What went well" in screen
    with open_vault(app_home / "vault.db", TEST_PASSPHRASE) as vault:
        assert [e.title for e in vault.list()] == ["We had a calm morning"]


def test_a_wrong_passphrase_on_a_terminal_can_be_retyped(app_home: Path) -> None:
    env = base_env(app_home)
    made_in_process(app_home)
    code, screen = run_on_terminal(["win", "list"], ["wrong one", TEST_PASSPHRASE], env)
    assert code == 0, screen
    assert "does not open this record" in screen


def test_on_a_terminal_add_opens_the_editor_and_keeps_what_was_written(
    app_home: Path, tmp_path: Path
) -> None:
    editor = tmp_path / "editor.sh"  # a real editor program: puts words above the hint lines
    editor.write_text(
        "#!/bin/sh\n"
        '{ printf "Written in my editor\\n"; cat "$1"; } > "$1.new" && mv "$1.new" "$1"\n'
    )
    editor.chmod(0o700)
    env = base_env(app_home)
    made_in_process(app_home)
    env["EDITOR"] = str(editor)
    code, screen = run_on_terminal(["journal", "add"], [TEST_PASSPHRASE], env)
    assert code == 0, screen
    with open_vault(app_home / "vault.db", TEST_PASSPHRASE) as vault:
        assert [e.fields["situation"] for e in vault.list()] == ["Written in my editor"]
