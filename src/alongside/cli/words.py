"""Private words come in through an editor, a prompt or stdin, not the command line.

Words typed after a command sit in the process's arguments while it runs (other programs on
the device can read `/proc/PID/cmdline`) and in the shell's history file afterwards. So a
command that saves words, given none, asks for them the way `git commit` does: on a
terminal it opens `$VISUAL` or `$EDITOR` (else asks on the terminal); off a terminal it
reads stdin (`alongside journal add < notes.txt`). Words given as arguments still work, and
the first time they are, a short note says where they end up. That the note was shown is
the only thing remembered (a flag in settings.json, never any words).
"""

from __future__ import annotations

import contextlib
import os
import sys

import typer

from alongside.cli.options import say
from alongside.cli.record import on_terminal as on_terminal  # re-exported: tests stand in for it
from alongside.errors import InvalidInput
from alongside.messages import Msg

MAX_STDIN_BYTES = 4 * 1024 * 1024  # beyond one field's 1 MiB, so the vault says "too long"
ARGUMENT_NOTE_KEY = "note_shown_words_as_arguments"  # in settings.json: a flag, no words
HINT_MARK = "# "


def argument_note(command: str) -> str:
    return (
        "A note, shown once: words typed on the command line can be seen by other programs on "
        "this device while the command runs, and your shell may keep them in its history. "
        f"To keep them out, leave the words off (alongside {command}): you'll get your editor "
        f"or a prompt, or you can send a file in (alongside {command} < words.txt)."
    )


def note_words_as_arguments(command: str) -> None:
    """Say `argument_note` the first time private words came as arguments, then never again."""
    from alongside.settings import save_setting, saved_settings

    if saved_settings().get(ARGUMENT_NOTE_KEY) is True:
        return
    say(argument_note(command))
    with contextlib.suppress(OSError):  # not remembered: the note comes again; harmless
        save_setting(ARGUMENT_NOTE_KEY, True)


def ask_words(label: str, *, command: str, current: str = "", hint: str = "") -> str:
    """The words for `label`, asked for privately; "" when nothing was written.

    On a terminal: `$VISUAL`/`$EDITOR` opened on `current` (plus hint lines, removed
    afterwards), else a prompt. Off a terminal: all of stdin.
    """
    if not on_terminal():
        return _read_stdin(label, command)
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if editor:
        import click  # only when an editor opens: it costs every command ~12 ms to import

        hints = _hints(label, hint, editing=bool(current))
        try:
            written = click.edit(
                current + "\n\n" + "\n".join(hints) + "\n", editor=editor, extension=".txt"
            )
        except click.ClickException:
            say(Msg.EDITOR_FAILED.format(editor=editor))
        else:
            if written is None:  # closed without saving
                return ""
            kept = [line for line in str(written).splitlines() if line not in hints]
            return "\n".join(kept).strip()
    if hint:
        say(hint)
    if current:
        say(Msg.KEEP_WORDS_HINT)
    value: str = typer.prompt(label, default="", show_default=False, err=True)
    return value.strip()


def nothing_written(command: str) -> str:
    """The start of the sentence for words that came back empty."""
    if on_terminal():
        return Msg.NOTHING_WRITTEN
    return Msg.NOTHING_ON_STDIN.format(command=command)


def _hints(label: str, hint: str, *, editing: bool) -> list[str]:
    lines = [f"{HINT_MARK}{label}" + (f": {hint}" if hint else "")]
    lines.append(
        f"{HINT_MARK}Write above these lines, then save and close. Lines like these are left out;"
    )
    lines.append(
        f"{HINT_MARK}closing without saving "
        + ("changes nothing." if editing else "saves nothing.")
    )
    return lines


def _read_stdin(label: str, command: str) -> str:
    if sys.stderr.isatty():  # a person may be watching a pipe that never ends: say so
        say(Msg.READING_STDIN.format(label=label))
    raw = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1)
    if len(raw) > MAX_STDIN_BYTES:
        raise InvalidInput(
            Msg.STDIN_TOO_LARGE.format(label=label, mib=MAX_STDIN_BYTES // (1024 * 1024))
        )
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        raise InvalidInput(Msg.STDIN_NOT_UTF8.format(label=label, command=command)) from None
