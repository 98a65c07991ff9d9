"""Private words need not go on the command line (issue 13 item 7).

`alongside journal add` with no words reads stdin off a terminal, and on a terminal opens
$VISUAL/$EDITOR (else asks). Words given as arguments still work, with a note shown once.
In-process through the real `main` with Typer's CliRunner; one real subprocess shows the
words never need to be in the process's arguments.
"""

from __future__ import annotations

import json
import os
import pty
import select
import stat
import subprocess
import time
from pathlib import Path

import pytest

from alongside.cli import words
from alongside.paths import vault_path
from alongside.settings import save_country, settings_path
from alongside.vault import create_vault, open_vault
from alongside.vault.kinds import KINDS, RECORD_KINDS
from tests.cli.inprocess import Ran, run
from tests.conftest import CLI, TEST_PASSPHRASE

PW = {"ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}
NOTE = "A note, shown once"


@pytest.fixture
def record(app_home: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    app_home.mkdir(parents=True, exist_ok=True)
    create_vault(vault_path(), TEST_PASSPHRASE).close()
    return vault_path()


def entries(kind: str | None = None) -> list[dict[str, object]]:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        return [dict(e.fields) for e in vault.list(kind)]


def ok(ran: Ran) -> Ran:
    assert ran.code == 0, ran.err
    return ran


def test_journal_add_reads_the_words_from_stdin(record: Path) -> None:
    ran = ok(run("journal", "add", "--trigger", "", input="I felt unheard at dinner\n", env=PW))
    assert "Saved your journal entry" in ran.err
    assert [e["situation"] for e in entries("journal")] == ["I felt unheard at dinner"]
    assert NOTE not in ran.err  # nothing private came as an argument


@pytest.mark.parametrize("kind", RECORD_KINDS)
def test_every_kind_takes_its_main_words_from_stdin(record: Path, kind: str) -> None:
    ok(run(kind, "add", input=f"Words for a {kind}\nand a second line\n", env=PW))
    main = KINDS[kind].main_field.name
    [saved] = entries(kind)
    assert saved[main] == f"Words for a {kind}\nand a second line" or saved[main] == (
        f"Words for a {kind} and a second line"  # one-line fields keep one line
    )


def test_empty_stdin_saves_nothing_and_says_so(record: Path) -> None:
    ran = run("journal", "add", input="  \n\n", env=PW)
    assert ran.code == 2
    assert "nothing was saved" in ran.err and "Please give 'What happened'" in ran.err
    assert entries() == []


def test_stdin_that_is_not_text_saves_nothing_and_says_so(record: Path) -> None:
    ran = run("win", "add", input=b"\xff\xfe\x00binary", env=PW)
    assert ran.code == 2
    assert "isn't UTF-8 text, so nothing was saved" in ran.err
    assert entries() == []


def test_a_bad_option_is_said_before_any_words_are_read(record: Path) -> None:
    ran = run("conversation", "add", "--rating", "9", input="the words", env=PW)
    assert ran.code == 2 and "from 1 to 5" in ran.err
    ran = run("invite", "add", "--stance-after", "maybe", input="the words", env=PW)
    assert ran.code == 2 and "one of" in ran.err
    ran = run("checkin", "record", "--rating", "0", input="the words", env=PW)
    assert ran.code == 2 and "from 1 to 5" in ran.err
    assert entries() == []


def test_words_as_an_argument_work_and_the_note_comes_once(record: Path, app_home: Path) -> None:
    first = ok(run("journal", "add", "I felt unheard at dinner", env=PW))
    assert NOTE in first.err and "shell may keep them in its history" in first.err
    assert "alongside journal add < words.txt" in first.err
    again = ok(run("win", "add", "A calm morning", env=PW))
    assert NOTE not in again.err
    assert len(entries()) == 2
    remembered = settings_path()
    assert json.loads(remembered.read_text()) == {words.ARGUMENT_NOTE_KEY: True}  # no words
    assert stat.S_IMODE(remembered.stat().st_mode) == 0o600
    assert sorted(p.name for p in app_home.iterdir()) == ["settings.json", "vault.db"]


def test_private_words_in_an_option_count_as_arguments(record: Path) -> None:
    ran = ok(run("journal", "add", "--trigger", "phone at the table", input="words", env=PW))
    assert NOTE in ran.err


def test_only_plain_options_bring_no_note(record: Path) -> None:
    ran = ok(
        run("conversation", "add", "--rating", "4", "--stance", "considering", input="t", env=PW)
    )
    assert NOTE not in ran.err


def test_a_damaged_notes_file_only_means_the_note_comes_again(record: Path, app_home: Path) -> None:
    settings_path().write_text("[not, json")
    assert NOTE in ok(run("win", "add", "one", env=PW)).err
    assert NOTE not in ok(run("win", "add", "two", env=PW)).err


def test_edit_without_fields_reads_the_new_words_from_stdin(record: Path) -> None:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        entry_id = vault.add("journal", {"situation": "before"}).id
    ok(run("journal", "edit", entry_id[:8], input="after, in my own words\n", env=PW))
    assert entries("journal")[0]["situation"] == "after, in my own words"
    nothing = run("journal", "edit", entry_id[:8], input="", env=PW)
    assert nothing.code == 2 and "nothing was changed" in nothing.err
    assert entries("journal")[0]["situation"] == "after, in my own words"


def test_invite_and_checkin_read_their_words_from_stdin(record: Path) -> None:
    ok(run("invite", "add", "--stance-after", "considering", input="Over coffee\n", env=PW))
    ok(run("checkin", "record", "--rating", "4", input="The weekend plan\n", env=PW))
    assert entries("invitation")[0]["how"] == "Over coffee"
    assert entries("checkin")[0]["notes"] == "The weekend plan"
    empty = run("invite", "add", input="", env=PW)
    assert empty.code == 2 and "Nothing was saved" in empty.err
    empty = run("checkin", "record", input="\n", env=PW)
    assert empty.code == 2 and "Nothing was saved" in empty.err
    assert len(entries()) == 2


def test_check_saves_from_stdin_and_notes_arguments_only_when_saved(record: Path) -> None:
    ok(run("check", "--save", input="I miss our evenings together.", env=PW))
    assert entries("message")[0]["text"] == "I miss our evenings together."
    assert NOTE not in ok(run("check", "I miss our evenings.")).err  # not kept: no note
    assert NOTE in ok(run("check", "--save", "I miss our evenings.", env=PW)).err


# On a terminal: the editor, else a prompt ------------------------------------------


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """As if stdin were a terminal (the runner's stdin still supplies what is typed)."""
    monkeypatch.setattr(words, "on_terminal", lambda: True)


def editor(tmp_path: Path, script: str) -> str:
    path = tmp_path / "editor.sh"
    path.write_text("#!/bin/sh\n" + script + "\n")
    path.chmod(0o700)
    return str(path)


def test_the_editor_opens_and_its_hint_lines_are_left_out(
    record: Path, terminal: None, tmp_path: Path
) -> None:
    seen = tmp_path / "seen.txt"
    prepend = editor(
        tmp_path,
        f'cp "$1" {seen}; {{ printf "Written in my editor\\n# my own hash line\\n"; cat "$1"; }}'
        ' > "$1.new" && mv "$1.new" "$1"',
    )
    ok(run("journal", "add", env={**PW, "EDITOR": prepend}))
    assert entries("journal")[0]["situation"] == "Written in my editor\n# my own hash line"
    assert "# What happened" in seen.read_text()  # the hint the person saw


def test_visual_wins_over_editor_and_edit_starts_from_the_current_words(
    record: Path, terminal: None, tmp_path: Path
) -> None:
    with open_vault(vault_path(), TEST_PASSPHRASE) as vault:
        entry_id = vault.add("win", {"what": "calm morning"}).id
    swap = editor(tmp_path, "sed -i 's/calm morning/calm, slow morning/' \"$1\"")
    ran = run("win", "edit", entry_id[:8], env={**PW, "VISUAL": swap, "EDITOR": "false"})
    ok(ran)
    assert entries("win")[0]["what"] == "calm, slow morning"


def test_closing_the_editor_without_saving_saves_nothing(
    record: Path, terminal: None, tmp_path: Path
) -> None:
    ran = run("journal", "add", env={**PW, "EDITOR": editor(tmp_path, "true")})
    assert ran.code == 2 and "Nothing was written, so nothing was saved" in ran.err
    assert entries() == []


def test_an_editor_that_cannot_start_falls_back_to_a_prompt(
    record: Path, terminal: None, tmp_path: Path
) -> None:
    missing = str(tmp_path / "no-such-editor")
    ran = ok(run("win", "add", input="typed at the prompt\n", env={**PW, "EDITOR": missing}))
    assert "couldn't open your editor" in ran.err
    assert entries("win")[0]["what"] == "typed at the prompt"


def test_without_an_editor_the_terminal_asks(record: Path, terminal: None) -> None:
    ran = ok(run("setback", "add", input="We argued about money\n", env=PW))
    assert "What was hard" in ran.err  # the prompt
    assert entries("setback")[0]["what"] == "We argued about money"


def test_check_on_a_terminal_opens_the_editor_too(
    record: Path, terminal: None, tmp_path: Path
) -> None:
    write = editor(tmp_path, 'printf "You never listen to me.\\n" > "$1"')
    ran = ok(run("check", env={"EDITOR": write}))
    assert "You never listen to me." in ran.out and "What might push" in ran.out


# A real process ----------------------------------------------------------------------


def test_the_words_never_need_to_be_in_the_process_arguments(record: Path, app_home: Path) -> None:
    secret = "Private words that must not show in the process list"
    child = subprocess.Popen(
        [str(CLI), "journal", "add"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={
            "PATH": "/usr/bin:/bin",
            "ALONGSIDE_HOME": str(app_home),
            "ALONGSIDE_KDF_PROFILE": "test",
            "ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE,
        },
    )
    cmdline = _cmdline_once_started(child.pid)
    _, err = child.communicate(secret.encode() + b"\n", timeout=60)
    assert child.returncode == 0, err.decode()
    assert b"journal\x00add" in cmdline and secret.encode() not in cmdline
    assert [e["situation"] for e in entries("journal")] == [secret]
    assert NOTE not in err.decode()


def _cmdline_once_started(pid: int) -> bytes:
    """The child's arguments as the system shows them, once it runs `alongside` (it then
    waits for its words on stdin, which are written only after this is read)."""
    deadline = time.monotonic() + 30
    cmdline = b""
    while b"journal" not in cmdline and time.monotonic() < deadline:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
        os.sched_yield()
    return cmdline


def test_a_person_watching_is_told_stdin_is_being_read(record: Path, app_home: Path) -> None:
    """stdin a pipe, stderr a terminal (e.g. a pipe that never ends): the wait is explained."""
    master, slave = pty.openpty()
    child = subprocess.Popen(
        [str(CLI), "win", "add"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env={
            "PATH": "/usr/bin:/bin",
            "ALONGSIDE_HOME": str(app_home),
            "ALONGSIDE_KDF_PROFILE": "test",
            "ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE,
        },
    )
    os.close(slave)
    seen = b""
    while b"Ctrl-D" not in seen:  # the child is now waiting for its words
        ready, _, _ = select.select([master], [], [], 30)
        assert ready, seen
        seen += os.read(master, 4096)
    assert b"Reading 'What went well' from stdin" in seen
    child.communicate(b"A calm morning\n", timeout=60)
    os.close(master)
    assert child.returncode == 0
    assert [e["what"] for e in entries("win")] == ["A calm morning"]


def test_the_note_keeps_the_other_settings(record: Path) -> None:
    save_country("UK")
    ok(run("win", "add", "one", env=PW))
    assert json.loads(settings_path().read_text()) == {
        "country": "UK",
        words.ARGUMENT_NOTE_KEY: True,
    }
