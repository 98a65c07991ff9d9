"""The private record on the command line: `init`, one command group per kind, and the
housekeeping commands (search, export, import, backup, restore, passphrase, wipe).

The passphrase comes from `--passphrase-file`, else `ALONGSIDE_PASSPHRASE`, else a hidden
prompt on a terminal. Heavy modules (SQLAlchemy, cryptography) load inside the commands.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from alongside.cli.options import say
from alongside.errors import InvalidInput, VaultNotFound, WrongPassphrase
from alongside.messages import Msg

if TYPE_CHECKING:
    from alongside.vault import Vault

PASSPHRASE_ENV = "ALONGSIDE_PASSPHRASE"  # noqa: S105 (a variable name)
NEW_PASSPHRASE_ENV = "ALONGSIDE_NEW_PASSPHRASE"  # noqa: S105 (a variable name)
PROMPT_TRIES = 3


def on_terminal() -> bool:
    return sys.stdin.isatty()


def read_passphrase_file(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InvalidInput(
            Msg.PASSPHRASE_FILE_UNREADABLE.format(path=path, why=error.strerror)
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise InvalidInput(Msg.PASSPHRASE_FILE_NOT_UTF8.format(path=path)) from None
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise InvalidInput(Msg.PASSPHRASE_FILE_EMPTY.format(path=path))
    return lines[0]


def given_passphrase(passphrase_file: Path | None, env: str = PASSPHRASE_ENV) -> str | None:
    """The passphrase from the file or the environment, if either was given."""
    if passphrase_file is not None:
        return read_passphrase_file(passphrase_file)
    return os.environ.get(env) or None


def ask_passphrase(prompt: str = "Passphrase") -> str:
    if not on_terminal():
        raise InvalidInput(Msg.PASSPHRASE_NOT_GIVEN.format(env=PASSPHRASE_ENV))
    value: str = typer.prompt(prompt, hide_input=True, err=True)
    return value


def ask_new_passphrase(passphrase_file: Path | None = None, env: str = PASSPHRASE_ENV) -> str:
    """A new passphrase: from the file or environment, else asked twice (hidden)."""
    from alongside.vault import check_new_passphrase

    passphrase = given_passphrase(passphrase_file, env)
    if passphrase is None:
        if not on_terminal():
            raise InvalidInput(Msg.PASSPHRASE_NOT_GIVEN.format(env=env))
        return _choose_passphrase()
    check_new_passphrase(passphrase)
    return passphrase


def _choose_passphrase() -> str:
    """Asked on a terminal: one too short is said at once and asked again, before the
    second entry; two that differ are asked for again."""
    from alongside.vault.store import MIN_PASSPHRASE_CHARS, check_new_passphrase

    while True:
        first: str = typer.prompt(
            f"Choose a passphrase (at least {MIN_PASSPHRASE_CHARS} characters)",
            hide_input=True,
            err=True,
        )
        try:
            check_new_passphrase(first)
        except InvalidInput as too_short:
            say(str(too_short))
            continue
        again: str = typer.prompt("Type it again to be sure", hide_input=True, err=True)
        if again == first:
            return first
        say(Msg.PASSPHRASE_MISMATCH)


def open_vault_for_cli(passphrase_file: Path | None = None) -> Vault:
    """Unlock the vault for a command: passphrase from file, env, or a hidden prompt."""
    from alongside.paths import vault_path
    from alongside.vault import open_vault

    path = vault_path()
    if not path.exists():
        raise VaultNotFound(Msg.NO_RECORD)
    passphrase = given_passphrase(passphrase_file)
    if passphrase is not None:
        return open_vault(path, passphrase)
    for attempt in range(1, PROMPT_TRIES + 1):
        try:
            return open_vault(path, ask_passphrase())
        except WrongPassphrase as wrong:
            if attempt == PROMPT_TRIES:
                raise
            say(str(wrong))
    raise WrongPassphrase(Msg.WRONG_PASSPHRASE)


def confirm(question: str, yes: bool) -> None:
    """Go ahead only with --yes or a 'yes' typed on a terminal."""
    if yes:
        return
    if not on_terminal():
        raise InvalidInput(Msg.NOTHING_CHANGED_ADD_YES)
    if not typer.confirm(question, default=False, err=True):
        raise InvalidInput(Msg.NOTHING_CHANGED)
