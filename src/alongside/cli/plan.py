"""Rhythm and progress: `plan`, `invite`, `checkin`, `review`, `progress`.

Thin over `alongside.plan`: read the record into a snapshot, call a pure function,
print the result. stdout carries the result; short confirmations go to stderr.
Heavy imports (the vault, icalendar, matplotlib) happen inside the commands.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alongside.cli.options import AsJson, PassphraseFile, ShowWhy, print_json, say
from alongside.errors import AlongsideError, InvalidFields, InvalidInput
from alongside.messages import Msg

if TYPE_CHECKING:
    from alongside.app.record import Saved
    from alongside.plan.snapshot import RecordSnapshot
    from alongside.vault import Entry, Vault

WIDTH = 88
UPCOMING = 4  # check-ins shown by `checkin next`: a month ahead


class NoSchedule(AlongsideError):
    """There is no check-in schedule yet."""


def register(app: typer.Typer) -> None:
    """Add this domain's commands to `app`."""
    app.command("plan")(plan_command)
    app.command("review")(review_command)
    app.command("progress")(progress_command)
    invite = typer.Typer(
        help="Each time therapy came up: how, the response, where things stood after.\n\n"
        'Example: alongside invite add "Over coffee, as something for us both" '
        '--response "Not now" --stance-after "not considering"',
        no_args_is_help=True,
    )
    invite.command("add")(invite_add)
    invite.command("list")(invite_list)
    from alongside.cli.record_kinds import entry_commands
    from alongside.vault.kinds import KINDS

    entry_commands(invite, KINDS["invitation"], ("show", "edit", "delete", "search"))
    app.add_typer(invite, name="invite")
    checkin = typer.Typer(
        help="A regular check-in with rotating prompts, exported to your calendar.\n\n"
        "Example: alongside checkin schedule --weekday sun --time 19:00 --tz Europe/Berlin",
        no_args_is_help=True,
    )
    checkin.command("schedule")(checkin_schedule)
    checkin.command("next")(checkin_next)
    checkin.command("record")(checkin_record)
    checkin.command("export")(checkin_export)
    entry_commands(checkin, KINDS["checkin"], ("list", "show", "edit", "delete"))
    app.add_typer(checkin, name="checkin")


# Opening the record -----------------------------------------------------------------


def _open_vault(passphrase_file: Path | None) -> Vault:
    """The same unlock as every record command: file, ALONGSIDE_PASSPHRASE, or a prompt."""
    from alongside.cli.record import open_vault_for_cli

    return open_vault_for_cli(passphrase_file)


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeDecodeError):
        return "it isn't plain text"
    return str(getattr(error, "strerror", None) or error).lower()


def _snapshot(passphrase_file: Path | None) -> RecordSnapshot:
    from alongside.plan.snapshot import snapshot_from_vault

    with _open_vault(passphrase_file) as vault:
        return snapshot_from_vault(vault, date.today())


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def _warn_not_encrypted() -> None:
    """The sentence `export` says before writing the record out in plain text."""

    say(f"Warning: {Msg.EXPORT_WARNING}")


def _write_unencrypted(path: Path, data: bytes) -> None:
    """Write words from the record as `export` does: with its warning, atomically, 0600."""
    from alongside.fileio import write_atomic

    if path.is_dir():
        raise InvalidInput(Msg.OUT_IS_FOLDER_FILE.format(path=path, example=path / "file"))
    _warn_not_encrypted()
    try:
        write_atomic(path, data)
    except OSError as error:
        raise InvalidInput(Msg.COULD_NOT_WRITE.format(path=path, why=_reason(error))) from error


# plan -------------------------------------------------------------------------------


def plan_command(
    passphrase_file: PassphraseFile = None, as_json: AsJson = False, why: ShowWhy = False
) -> None:
    """Where things stand, and one small next step, from your record.

    Example: alongside plan
    """
    from alongside.plan.playbook import make_plan

    plan = make_plan(_snapshot(passphrase_file))
    if as_json:
        print_json(plan.to_json())
        return
    typer.echo(plan.text(why=why), nl=False)


# When, named as for every other kind; `--on` (the old name) still works, unlisted.
OccurredOn = Annotated[
    str, typer.Option("--occurred-on", help="When (YYYY-MM-DD); today if left out.")
]
OnAlias = Annotated[str, typer.Option("--on", hidden=True)]


# invite -----------------------------------------------------------------------------


def invite_add(
    how: Annotated[
        str | None,
        typer.Argument(
            help="How you raised it, in your words (leave out to use your editor, a prompt "
            "or stdin).",
            show_default=False,
        ),
    ] = None,
    response: Annotated[str, typer.Option(help="How they responded.")] = "",
    stance_after: Annotated[
        str,
        typer.Option(
            help="Where they seemed to be after: not considering, considering, preparing, "
            "trying, continuing."
        ),
    ] = "",
    occurred_on: OccurredOn = "",
    on: OnAlias = "",
    notes: Annotated[str, typer.Option(help="Anything else worth remembering.")] = "",
    passphrase_file: PassphraseFile = None,
) -> None:
    """Note a time therapy came up: how, their response, where things stood after.

    Example: alongside invite add "On a walk, as something for us both" --response "Maybe later" --stance-after considering
    """  # noqa: E501
    from alongside.cli.safety_view import show_help_if_needed
    from alongside.cli.words import ask_words, note_words_as_arguments
    from alongside.plan.facts import REINVITE_AFTER_DAYS

    values: dict[str, object] = {"how": how, "response": response, "stance_after": stance_after}
    values.update(notes=notes, occurred_on=occurred_on or on)
    _check_before_asking("invitation", values)
    with _open_vault(passphrase_file) as vault:
        if how is None:
            values["how"] = ask_words("How I raised it", command="invite add")
            if not values["how"]:
                raise InvalidInput(Msg.NOTHING_SAVED.format(why=Msg.INVITE_GIVE_HOW))
        saved = _save(vault, "invitation", values)
        shown_id = vault.short_id(saved.entry.id)
    entry = saved.entry
    say(Msg.INVITE_SAVED.format(shown_id=shown_id))
    if how or response.strip() or notes.strip():
        note_words_as_arguments("invite add")
    if entry.fields.get("stance_after") == "not_considering":
        say(Msg.INVITE_DOOR_OPEN.format(days=REINVITE_AFTER_DAYS))
    show_help_if_needed(saved.screening)


def invite_list(passphrase_file: PassphraseFile = None, as_json: AsJson = False) -> None:
    """The invitations you noted, newest first.

    Example: alongside invite list
    """
    from alongside.plan.snapshot import STANCE_WORDS

    with _open_vault(passphrase_file) as vault:
        entries = vault.list("invitation")
        shown_ids = vault.short_ids(e.id for e in entries)
    entries.sort(key=lambda e: (e.occurred_on, e.created_at), reverse=True)
    if as_json:
        print_json([{"id": e.id, "on": e.occurred_on, **dict(e.fields)} for e in entries])
        return
    if not entries:
        typer.echo(Msg.NO_INVITATIONS)
        return
    for e in entries:
        stance = STANCE_WORDS.get(str(e.fields.get("stance_after", "")), "stance not noted")
        typer.echo(f"{e.occurred_on.isoformat()}  {shown_ids[e.id]}  {stance}")
        typer.echo(_wrap(f"How: {e.fields.get('how', '')}", "    "))
        if e.fields.get("response"):
            typer.echo(_wrap(f"Response: {e.fields['response']}", "    "))


def _check_before_asking(kind: str, values: Mapping[str, object]) -> None:
    """Say what is wrong with the fields given before anyone writes words that would be lost."""
    from alongside.app.record import FieldErrors, check_entry

    given = {k: v for k, v in values.items() if v is not None}  # None: still to be asked
    checked = check_entry(kind, given, partial=True)
    if isinstance(checked, FieldErrors):
        raise InvalidFields(checked.errors)


def _save(vault: Vault, kind: str, values: Mapping[str, object]) -> Saved:
    """Save through the use case: every field checked, the words screened."""
    from alongside.app.record import FieldErrors, save_entry

    saved = save_entry(vault, kind, values)
    if isinstance(saved, FieldErrors):
        raise InvalidFields(saved.errors)
    return saved


# checkin ----------------------------------------------------------------------------


def _latest_schedule(vault: Vault) -> Entry | None:
    found = vault.list("schedule", limit=1)
    return found[0] if found else None


def checkin_schedule(
    weekday: Annotated[str, typer.Option(help="Day of the week, e.g. sun.")] = "sun",
    at: Annotated[str, typer.Option("--time", help="Local time, 24-hour, e.g. 19:00.")] = "19:00",
    tz: Annotated[
        str | None,
        typer.Option(
            "--tz",
            help="Time zone, e.g. Europe/Berlin (default: yours, alongside settings timezone).",
            show_default=False,
        ),
    ] = None,
    start: Annotated[str, typer.Option(help="First possible date, YYYY-MM-DD.")] = "",
    every: Annotated[int, typer.Option(help="Every how many weeks (1-4).")] = 1,
    title: Annotated[str, typer.Option(help="What to call it.")] = "Our check-in",
    passphrase_file: PassphraseFile = None,
) -> None:
    """Set (or change) when your regular check-in happens.

    Example: alongside checkin schedule --weekday sun --time 19:00 --tz Europe/Berlin
    """
    from alongside.plan.checkins import make_schedule, occurrences
    from alongside.plan.snapshot import shown
    from alongside.settings import chosen_timezone

    try:
        first = date.fromisoformat(start.strip()) if start.strip() else None
    except ValueError as error:
        raise InvalidInput(Msg.START_NOT_A_DATE.format(text=shown(start))) from error
    schedule, notes = make_schedule(
        weekday=weekday,
        at=at,
        timezone=tz if tz is not None else chosen_timezone(),
        today=date.today(),
        start=first,
        every_weeks=every,
        title=title,
        now=datetime.now(UTC),
    )
    with _open_vault(passphrase_file) as vault:
        existing = _latest_schedule(vault)
        if existing is None:
            vault.add("schedule", schedule.fields())
        else:
            vault.update(existing.id, schedule.fields())
    for note in notes:
        say(note)
    say(Msg.SCHEDULE_SAVED)
    for occurrence in occurrences(schedule, schedule.starts_at, 1):
        typer.echo(occurrence.text(WIDTH))


def checkin_next(
    count: Annotated[int, typer.Option(help="How many to show.", min=1, max=52)] = UPCOMING,
    passphrase_file: PassphraseFile = None,
    as_json: AsJson = False,
) -> None:
    """The next check-ins and what to talk about in each.

    Example: alongside checkin next --count 2
    """
    from alongside.plan.checkins import occurrences, schedule_from_entry

    with _open_vault(passphrase_file) as vault:
        entry = _latest_schedule(vault)
    if entry is None:
        raise NoSchedule(Msg.NO_SCHEDULE)
    schedule = schedule_from_entry(entry)
    upcoming = occurrences(schedule, datetime.now(schedule.zone), count)
    if as_json:
        print_json(
            [
                {
                    "index": o.index,
                    "starts_at": o.starts_at.isoformat(),
                    "note": o.note,
                    "prompts": list(o.prompts.lines()),
                }
                for o in upcoming
            ]
        )
        return
    typer.echo(f"{schedule.title} ({schedule.timezone})")
    for occurrence in upcoming:
        typer.echo("")
        typer.echo(occurrence.text(WIDTH))


def checkin_record(
    notes: Annotated[
        str | None,
        typer.Argument(
            help="What you talked about (leave out to use your editor, a prompt or stdin).",
            show_default=False,
        ),
    ] = None,
    rating: Annotated[str | None, typer.Option(help="How it felt, 1-5.")] = None,
    occurred_on: OccurredOn = "",
    on: OnAlias = "",
    passphrase_file: PassphraseFile = None,
) -> None:
    """Note a check-in you held.

    Example: alongside checkin record "Appreciations, then the weekend plan" --rating 4
    """
    from alongside.cli.safety_view import show_help_if_needed
    from alongside.cli.words import ask_words, note_words_as_arguments

    values: dict[str, object] = {"notes": notes}
    if rating is not None:
        values["rating"] = rating
    if (occurred_on or on).strip():
        values["occurred_on"] = occurred_on or on
    _check_before_asking("checkin", values)
    with _open_vault(passphrase_file) as vault:
        if notes is None:
            values["notes"] = ask_words("What we talked about", command="checkin record")
            if not values["notes"]:
                raise InvalidInput(Msg.NOTHING_SAVED.format(why=Msg.CHECKIN_GIVE_NOTES))
        saved = _save(vault, "checkin", values)
        shown_id = vault.short_id(saved.entry.id)
    say(Msg.CHECKIN_SAVED.format(shown_id=shown_id))
    show_help_if_needed(saved.screening)
    if notes:
        note_words_as_arguments("checkin record")


def checkin_export(
    out: Annotated[
        Path | None, typer.Option(help="Write the calendar file here (else print it).")
    ] = None,
    passphrase_file: PassphraseFile = None,
) -> None:
    """Export the check-ins as a calendar file (.ics) for your phone or desktop calendar.

    Example: alongside checkin export --out checkins.ics
    """
    from alongside.plan.calendar import calendar_ics
    from alongside.plan.checkins import schedule_from_entry

    with _open_vault(passphrase_file) as vault:
        entry = _latest_schedule(vault)
    if entry is None:
        raise NoSchedule(Msg.NO_SCHEDULE_TO_EXPORT)
    data = calendar_ics(schedule_from_entry(entry), dtstamp=datetime.now(UTC))
    if out is None:
        _warn_not_encrypted()
        sys.stdout.write(data.decode("utf-8"))
        return
    _write_unencrypted(out, data)
    say(Msg.CALENDAR_SAVED.format(path=out))


# review and progress ----------------------------------------------------------------


def review_command(
    week: Annotated[
        str | None, typer.Option(help='Which week: YYYY-Www (e.g. 2026-W11) or "last".')
    ] = None,
    html: Annotated[Path | None, typer.Option(help="Also save a printable page here.")] = None,
    passphrase_file: PassphraseFile = None,
    as_json: AsJson = False,
    why: ShowWhy = False,
) -> None:
    """A short review of a week: what improved, what was hard, what you learned.

    Example: alongside review --week last
    """
    from alongside.plan.review import parse_week, weekly_review

    first, _ = parse_week(week, date.today())
    snapshot = _snapshot(passphrase_file)
    review = weekly_review(snapshot, first)
    if html is not None:
        from alongside.plan.report import review_html

        _write_unencrypted(html, review_html(review, snapshot).encode("utf-8"))
        say(Msg.REVIEW_SAVED.format(path=html))
    if as_json:
        print_json(review.to_json())
    else:
        typer.echo(review.text(why=why), nl=False)


def progress_command(
    out: Annotated[Path, typer.Option(help="Folder for the plot files.", file_okay=False)],
    passphrase_file: PassphraseFile = None,
) -> None:
    """Save plots of your progress (SVG and PNG): stance, wins and setbacks, your words, check-ins.

    Example: alongside progress --out ~/alongside-plots
    """
    from alongside.plan.progress import write_plots

    snapshot = _snapshot(passphrase_file)
    _warn_not_encrypted()
    try:
        written = write_plots(snapshot, out)
    except OSError as error:
        raise InvalidInput(
            Msg.COULD_NOT_WRITE_PLOTS.format(path=out, why=_reason(error))
        ) from error
    for path in written:
        typer.echo(str(path))
    if snapshot.is_empty:
        say(Msg.PLOTS_EMPTY)
