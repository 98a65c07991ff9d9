"""`init`, `search`, `export`, `import`, `backup`, `restore`, `passphrase change`, `wipe`."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from alongside.cli.options import AsJson, Country, PassphraseFile, say
from alongside.cli.record import (
    NEW_PASSPHRASE_ENV,
    ask_new_passphrase,
    ask_passphrase,
    confirm,
    given_passphrase,
    on_terminal,
    open_vault_for_cli,
)
from alongside.cli.record_kinds import MAX_LIMIT
from alongside.cli.record_view import print_entries
from alongside.errors import ImportFormatError, InvalidInput, VaultExists
from alongside.messages import Msg
from alongside.paths import vault_path

PANEL = "Your private record"
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # refuse absurd files before reading them into memory


def register(app: typer.Typer) -> None:
    app.command("init", rich_help_panel=PANEL)(init)
    app.command("search", rich_help_panel=PANEL)(search)
    app.command("export", rich_help_panel=PANEL)(export)
    app.command("import", rich_help_panel=PANEL)(import_)
    app.command("backup", rich_help_panel=PANEL)(backup)
    app.command("restore", rich_help_panel=PANEL)(restore)
    passphrase = typer.Typer(
        help="Change the passphrase of your private record.\n\n"
        "Example: alongside passphrase change",
        no_args_is_help=True,
    )
    passphrase.command("change")(change)
    app.add_typer(passphrase, name="passphrase", rich_help_panel=PANEL)
    app.command("wipe", rich_help_panel=PANEL)(wipe)
    app.command("verify", rich_help_panel=PANEL)(verify)


def init(
    passphrase_file: PassphraseFile = None,
    country: Country = None,
    timezone: Annotated[
        str | None,
        typer.Option(
            "--timezone",
            help="Your time zone, e.g. Europe/Berlin (asked if left out; else this device's).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Create your encrypted private record (asks for a passphrase twice, your country and
    your time zone, unless --country and --timezone give them).

    The passphrase cannot be recovered if you forget it: keep it somewhere safe.

    Example: alongside init --country GB
    """
    from alongside.vault import create_vault

    path = vault_path()
    if path.exists():
        raise VaultExists(Msg.RECORD_EXISTS.format(path=path))
    from alongside.app.access import setup_problem

    # a country or time zone we don't know stops here, before anything is asked or made
    problem = setup_problem(None, country=country, timezone=timezone)
    if problem:
        raise InvalidInput(problem)
    passphrase = ask_new_passphrase(passphrase_file)
    create_vault(path, passphrase).close()
    from alongside.vault.crypto import KDF_PROFILE_ENV  # lazy: cryptography is slow to import

    if os.environ.get(KDF_PROFILE_ENV) == "test":
        say(Msg.TEST_KDF_NOTE.format(env=KDF_PROFILE_ENV))
    say(Msg.RECORD_READY.format(path=path))
    from alongside.cli.settings import ask_country_at_setup, ask_timezone_at_setup

    say(ask_country_at_setup(country))
    say(ask_timezone_at_setup(timezone))


def search(
    text: Annotated[str, typer.Argument(help="Words to look for (all must appear).")],
    kind: Annotated[str | None, typer.Option("--kind", help="Only this kind.")] = None,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, max=MAX_LIMIT, clamp=True, help="At most this many."),
    ] = None,
    passphrase_file: PassphraseFile = None,
    as_json: AsJson = False,
) -> None:
    """Search everything in your private record (every word must appear).

    Example: alongside search unheard
    """
    with open_vault_for_cli(passphrase_file) as vault:
        entries = vault.search(text, kind, limit=limit)
        shown_ids = vault.short_ids(e.id for e in entries)
    print_entries(
        entries,
        shown_ids=shown_ids,
        as_json=as_json,
        title=f'Entries with "{text}"',
        empty=f'Nothing contains "{text}".',
    )


def export(
    out: Annotated[
        Path | None, typer.Option("--out", help="Write to this file (default: the screen).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing file.")] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Export everything as JSON, decrypted (NOT encrypted: keep the file safe).

    Example: alongside export --out my-record.json
    """
    import json

    from alongside.fileio import write_atomic
    from alongside.vault.transfer import damaged_note, export_data

    if out is not None:
        _check_out(out, force)
    with open_vault_for_cli(passphrase_file) as vault:
        data = export_data(vault)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    say(f"Warning: {Msg.EXPORT_WARNING}")
    skipped = len(data["skipped_damaged"])
    if out is None:
        sys.stdout.write(text)
    else:
        with _writing_to(out):
            write_atomic(out, text.encode("utf-8"))
        say(Msg.EXPORTED.format(count=len(data["entries"]), path=out))
    if skipped:
        say(damaged_note(skipped))


@contextmanager
def _writing_to(path: Path) -> Iterator[None]:
    """Turn a failed file write (no permission, a folder, a full disk) into a sentence."""
    import sqlite3

    try:
        yield
    except (OSError, sqlite3.OperationalError) as error:  # sqlite3: a backup it can't open
        reason = getattr(error, "strerror", None) or error
        raise InvalidInput(Msg.CANT_WRITE_TO.format(path=path, why=reason)) from None


def _check_out(out: Path, force: bool) -> None:
    if out.is_dir():
        raise InvalidInput(Msg.OUT_IS_FOLDER.format(path=out))
    if out.resolve() == vault_path().resolve():
        raise InvalidInput(Msg.OUT_IS_RECORD)
    if out.exists() and not force:
        raise InvalidInput(Msg.OUT_EXISTS.format(path=out))


def import_(
    file: Annotated[Path, typer.Argument(help="A JSON file made by alongside export.")],
    passphrase_file: PassphraseFile = None,
) -> None:
    """Add the entries of an export file (entries already present are left as they are).

    Example: alongside import my-record.json
    """
    from alongside.vault import import_data

    raw = _read_import(file)
    from alongside.vault.transfer import read_export

    read_export(raw)  # a malformed file is refused before the passphrase is asked
    with open_vault_for_cli(passphrase_file) as vault:
        result = import_data(vault, raw)
    say(Msg.IMPORTED.format(added=result.added, skipped=result.skipped))
    if result.repaired:
        say(
            Msg.IMPORT_REPAIRED.format(count=result.repaired)
            if result.repaired > 1
            else Msg.IMPORT_REPAIRED_ONE
        )


def _read_import(file: Path) -> bytes:
    if not file.is_file():
        raise ImportFormatError(Msg.NO_IMPORT_FILE.format(path=file))
    if file.stat().st_size > MAX_IMPORT_BYTES:
        raise ImportFormatError(Msg.IMPORT_TOO_LARGE.format(path=file))
    return file.read_bytes()


def backup(
    out: Annotated[
        Path | None, typer.Option("--out", help="Where to write it (default: backups folder).")
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Save an encrypted copy of your private record (same passphrase).

    Example: alongside backup --out /media/usb/alongside.db
    """
    from alongside.vault.transfer import backup_vault, damaged_note, default_backup_path

    with open_vault_for_cli(passphrase_file) as vault:
        dest = out if out is not None else default_backup_path(vault.path)
        if dest.resolve() == vault.path.resolve():
            raise InvalidInput(Msg.OUT_IS_RECORD)
        if dest.is_dir():
            dest = dest / default_backup_path(vault.path).name
        with _writing_to(dest):
            backup_vault(vault, dest)
        damaged = len(vault.damaged_ids())
    say(Msg.BACKED_UP.format(path=dest))
    if damaged:
        say(damaged_note(damaged, backup=True))


def restore(
    file: Annotated[Path, typer.Argument(help="A backup made by alongside backup.")],
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask first.")] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Replace your private record with a backup (the current one is kept in backups/).

    Asks for the backup's passphrase, and checks it and the file before changing anything.

    Example: alongside restore ~/alongside-backup.db
    """
    from alongside.vault import restore_vault
    from alongside.vault.db import peek_header
    from alongside.vault.lock import check_not_in_use

    if not file.is_file():
        raise ImportFormatError(Msg.NO_BACKUP_FILE.format(path=file))
    peek_header(file, what="backup")
    path = vault_path()
    check_not_in_use(path)  # before asking anything: the web app may still have it open
    if path.exists():
        confirm(Msg.RESTORE_ASK, yes)
    passphrase = given_passphrase(passphrase_file) or ask_passphrase("Passphrase of the backup")
    kept = restore_vault(file, path, passphrase)
    say(Msg.RESTORED)
    if kept is not None:
        say(Msg.RESTORE_KEPT.format(path=kept))


def change(
    passphrase_file: PassphraseFile = None,
    new_passphrase_file: Annotated[
        Path | None,
        typer.Option("--new-passphrase-file", help="Read the new passphrase from this file."),
    ] = None,
) -> None:
    """Change your passphrase (only the key is re-wrapped; entries stay as they are).

    The new one comes from --new-passphrase-file, ALONGSIDE_NEW_PASSPHRASE, or is asked twice.

    Example: alongside passphrase change
    """
    with open_vault_for_cli(passphrase_file) as vault:
        vault.check_alone()  # before asking: refused while the web app has it open
        new = ask_new_passphrase(new_passphrase_file, env=NEW_PASSPHRASE_ENV)
        vault.change_passphrase(new)
    say(Msg.PASSPHRASE_CHANGED)


def wipe(
    yes: Annotated[bool, typer.Option("--yes", help="Don't ask first.")] = False,
    keep_backups: Annotated[
        bool, typer.Option("--keep-backups", help="Keep the files in the backups folder.")
    ] = False,
) -> None:
    """Remove your private record (and its backups folder) from this device, for good.

    No passphrase is needed, so someone who forgot theirs can start again.

    Example: alongside wipe
    """
    from alongside.vault import wipe_vault
    from alongside.vault.lock import check_not_in_use

    path = vault_path()
    backups = path.parent / "backups"
    if not path.exists() and not (backups.is_dir() and not keep_backups):
        raise InvalidInput(Msg.NOTHING_TO_WIPE)
    check_not_in_use(path)  # before asking: refused while the web app has it open
    if not yes:
        if not on_terminal():
            raise InvalidInput(Msg.NOTHING_CHANGED_WIPE_YES)
        typed = typer.prompt(
            Msg.WIPE_ASK,
            default="",
            show_default=False,
            err=True,
        )
        if typed.strip() != "WIPE":
            raise InvalidInput(Msg.NOTHING_CHANGED)
    removed = wipe_vault(path, include_backups=not keep_backups)
    say(Msg.WIPED.format(count=len(removed)))


def verify(
    accept: Annotated[
        bool,
        typer.Option(
            "--accept", help="Expect the entries the file holds now (after a note of missing ones)."
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Don't ask first.")] = False,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Check every entry of your private record, and that none are missing.

    Exits with 1 when something is wrong, so scripts can notice.

    Example: alongside verify
    """
    from alongside.vault.kinds import KINDS

    with open_vault_for_cli(passphrase_file) as vault:
        total = vault.count()
        damaged = [vault.get(i) for i in vault.damaged_ids()]
        check = vault.check_entries()
        if accept and not check.ok:
            confirm(Msg.VERIFY_ACCEPT_ASK, yes)
            total = vault.accept_entries()
            say(Msg.VERIFY_ACCEPTED.format(count=total))
            check = vault.check_entries()
    if not damaged and check.ok:
        if total == 0:
            say(Msg.VERIFY_EMPTY)
        elif total == 1:
            say(Msg.VERIFY_ONE)
        else:
            say(Msg.VERIFY_ALL.format(count=total))
        return
    if damaged:
        say(
            Msg.VERIFY_DAMAGED.format(count=len(damaged), total=total)
            if len(damaged) > 1
            else Msg.VERIFY_DAMAGED_ONE.format(total=total)
        )
        for entry in damaged:
            kind = entry.kind if entry.kind in KINDS else "journal"
            say(f"  alongside {kind} delete {entry.id}")
    if not check.ok:
        say(check.message)
    raise typer.Exit(1)
