"""One command group per kind of entry, generated from `KINDS`.

`alongside journal add "I felt unheard at dinner" --trigger "phone at the table"`: the first
argument fills the kind's main field, every other field is an option named after it.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import typer

from alongside.cli.options import AsJson, PassphraseFile, say
from alongside.cli.record import (
    confirm,
    on_terminal,
    open_vault_for_cli,
)
from alongside.cli.record_view import print_entries, print_entry
from alongside.cli.safety_view import show_help_if_needed
from alongside.cli.words import ask_words, note_words_as_arguments, nothing_written
from alongside.errors import InvalidFields, InvalidInput
from alongside.messages import Msg
from alongside.vault.kinds import KINDS, RECORD_KINDS, FieldSpec, KindSpec

if TYPE_CHECKING:
    from alongside.app.record import FieldErrors

T = TypeVar("T")
DEFAULT_LIMIT = 20
MAX_LIMIT = 10_000_000  # a bigger --limit means "all" (SQLite's integers end at 2**63)
EXAMPLES = {
    "journal": 'alongside journal add "I felt unheard at dinner" --trigger "phone at the table"',
    "conversation": 'alongside conversation add "therapy, gently" --rating 3 --stance considering',
    "win": 'alongside win add "We had a calm morning"',
    "setback": 'alongside setback add "We argued about money" --learned "pause sooner"',
    "boundary": 'alongside boundary add "No shouting" --tolerance cannot',
    "agreement": 'alongside agreement add "Therapy talk only when both calm" '
    "--revisit-on 2025-01-31",
    "goal": 'alongside goal add "Feel safe with each other"',
    "selfcare": 'alongside selfcare add "Walk with Sam" --type support',
    "therapist": 'alongside therapist add "Dr. Rivera" --approach Gottman',
    "resource": 'alongside resource add "Hold Me Tight" --type book --status want',
}


def register(app: typer.Typer) -> None:
    for name in RECORD_KINDS:
        spec = KINDS[name]
        app.add_typer(kind_app(spec), name=name, rich_help_panel="Your private record")


def kind_app(spec: KindSpec) -> typer.Typer:
    example = EXAMPLES.get(spec.name, f"alongside {spec.name} list")
    sub = typer.Typer(
        help=f"{spec.title}: {spec.prompt}\n\nExample: {example}",
        no_args_is_help=True,
        add_completion=False,
    )
    entry_commands(sub, spec, ("add", "list", "show", "edit", "delete", "search"))
    return sub


# Kinds whose commands live elsewhere (cli/plan.py) under another name and "add" verb; they
# borrow the commands below for what they lack.
ELSEWHERE = {"invitation": ("invite", "add"), "checkin": ("checkin", "record")}


def _cmd(spec: KindSpec) -> str:
    return ELSEWHERE.get(spec.name, (spec.name, "add"))[0]


def entry_commands(sub: typer.Typer, spec: KindSpec, names: tuple[str, ...]) -> None:
    """Add the record's commands `names` (add, list, show, edit, delete, search) for `spec`."""
    example = EXAMPLES.get(spec.name, f"alongside {spec.name} list")
    main = spec.main_field
    cmd = _cmd(spec)
    commands: dict[str, tuple[str, Callable[[KindSpec], Callable[..., None]]]] = {
        "add": (
            f"Write down a new {spec.singular}.\n\n"
            f"Leave the words out to write them privately: alongside {cmd} add opens your "
            f"editor ($VISUAL or $EDITOR) or asks, and alongside {cmd} add < words.txt "
            "reads a file. Words typed on the command line can be seen by other programs "
            f"while it runs and stay in your shell's history.\n\nExample: {example}",
            _add_command,
        ),
        "list": (
            f"Your {spec.title.lower()}, newest first.\n\nExample: alongside {cmd} list --limit 5",
            _list_command,
        ),
        "show": (
            f"Everything in one {spec.singular}.\n\nExample: alongside {cmd} show 01a2267723",
            _show_command,
        ),
        "edit": (
            f'Change fields of {spec.a_singular} ("" clears one).\n\n'
            f'Example: alongside {cmd} edit 01a2267723 --{_opt(main)} "..."',
            _edit_command,
        ),
        "delete": (
            f"Delete {spec.a_singular} (asks first).\n\n"
            f"Example: alongside {cmd} delete 01a2267723 --yes",
            _delete_command,
        ),
        "search": (
            f"Find {spec.title.lower()} containing every word given.\n\n"
            f"Example: alongside {cmd} search unheard",
            _search_command,
        ),
    }
    for name in names:
        words, make = commands[name]
        sub.command(name, help=words)(make(spec))


def _opt(f: FieldSpec) -> str:
    return f.name.replace("_", "-")


def _field_help(f: FieldSpec) -> str:
    words = f.label
    if f.help:
        words += f" ({f.help})"
    if f.choices:
        words += ": " + ", ".join(stored for stored, _ in f.choices)
    if f.minimum is not None and f.maximum is not None:
        words += f" ({f.minimum}-{f.maximum})"
    return words


def _common(json_flag: bool = True) -> list[inspect.Parameter]:
    params = [
        inspect.Parameter(
            "passphrase_file",
            inspect.Parameter.KEYWORD_ONLY,
            default=None,
            annotation=PassphraseFile,
        )
    ]
    if json_flag:
        params.append(
            inspect.Parameter(
                "as_json",
                inspect.Parameter.KEYWORD_ONLY,
                default=False,
                annotation=AsJson,
            )
        )
    return params


def _field_options(spec: KindSpec, *, skip: str | None) -> list[inspect.Parameter]:
    return [
        inspect.Parameter(
            f.name,
            inspect.Parameter.KEYWORD_ONLY,
            default=typer.Option(None, f"--{_opt(f)}", help=_field_help(f), show_default=False),
            annotation=str | None,
        )
        for f in spec.fields
        if f.name != skip
    ]


def _build(func: Callable[..., None], params: list[inspect.Parameter]) -> Callable[..., None]:
    """Give `func(**kwargs)` the signature Typer reads its arguments and options from."""
    func.__signature__ = inspect.Signature(params)  # type: ignore[attr-defined]
    func.__annotations__ = {p.name: p.annotation for p in params}
    return func


def _entry_id_param() -> inspect.Parameter:
    return inspect.Parameter(
        "entry_id",
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        default=typer.Argument(..., help="The entry's id (the start of it is enough)."),
        annotation=str,
    )


def _add_command(spec: KindSpec) -> Callable[..., None]:
    main = spec.main_field

    def add(**kwargs: Any) -> None:
        from alongside.app.record import check_entry, save_entry

        values = {k: v for k, v in kwargs.items() if k in _names(spec) and v is not None}
        # left out (not given as ""): the main words are asked for privately, below
        missing = [f for f in spec.fields if f.required and kwargs.get(f.name) is None]
        for f in missing:
            if f is not main and not on_terminal():
                raise InvalidInput(Msg.GIVE_FIELD.format(label=f.label, option=_opt(f)))
        # a bad --rating or date: said before unlocking, every one at once
        _refuse_errors(check_entry(spec.name, values, partial=bool(missing)))
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            for f in missing:
                values[f.name] = _ask(spec, f) if f is main else typer.prompt(f.label, err=True)
            saved = _refuse_errors(save_entry(vault, spec.name, values))
            shown_id = vault.short_id(saved.entry.id)
        say(Msg.ENTRY_SAVED.format(singular=spec.singular, shown_id=shown_id))
        print_entry(saved.entry, as_json=kwargs["as_json"], shown_id=shown_id)
        show_help_if_needed(saved.screening)
        _note_if_words_were_arguments(spec, kwargs, "add")

    main_arg = inspect.Parameter(
        main.name,
        inspect.Parameter.POSITIONAL_OR_KEYWORD,
        default=typer.Argument(
            None,
            help=_field_help(main) + " (leave out to use your editor, a prompt or stdin)",
            show_default=False,
        ),
        annotation=str | None,
    )
    return _build(add, [main_arg, *_field_options(spec, skip=main.name), *_common()])


def _refuse_errors(outcome: T | FieldErrors) -> T:
    """The outcome, unless it is field errors: then every sentence, and exit 2."""
    from alongside.app.record import FieldErrors

    if isinstance(outcome, FieldErrors):
        raise InvalidFields(outcome.errors)
    return outcome


def _names(spec: KindSpec) -> set[str]:
    return {f.name for f in spec.fields}


def _list_command(spec: KindSpec) -> Callable[..., None]:
    def list_(**kwargs: Any) -> None:
        limit = None if kwargs["show_all"] else kwargs["limit"]
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            entries = vault.list(spec.name, limit=limit, with_damaged=True)
            total = vault.count(spec.name)
            check = vault.check_entries()
            shown_ids = vault.short_ids(e.id for e in entries)
        if not check.ok:
            say(check.message)
        print_entries(
            entries,
            shown_ids=shown_ids,
            as_json=kwargs["as_json"],
            title=f"{spec.title} ({len(entries)} of {total})",
            empty=f"No {spec.title.lower()} yet. Add one with: alongside {_cmd(spec)} "
            f"{ELSEWHERE.get(spec.name, (spec.name, 'add'))[1]}",
        )

    params = [
        inspect.Parameter(
            "limit",
            inspect.Parameter.KEYWORD_ONLY,
            default=typer.Option(
                DEFAULT_LIMIT, "--limit", min=1, max=MAX_LIMIT, clamp=True, help="How many to show."
            ),
            annotation=int,
        ),
        inspect.Parameter(
            "show_all",
            inspect.Parameter.KEYWORD_ONLY,
            default=typer.Option(False, "--all", help="Show every one."),
            annotation=bool,
        ),
    ]
    return _build(list_, [*params, *_common()])


def _find(vault: Any, spec: KindSpec, entry_id: str) -> Any:
    from alongside.errors import EntryNotFound

    entry = vault.get(vault.find_id(entry_id))
    if entry.kind != spec.name:
        raise EntryNotFound(
            Msg.ENTRY_OTHER_KIND.format(
                entry_id=entry_id,
                actual=KINDS[entry.kind].a_singular,
                wanted=spec.a_singular,
                kind=entry.kind,
            )
        )
    return entry


def _show_command(spec: KindSpec) -> Callable[..., None]:
    def show(**kwargs: Any) -> None:
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            entry = _find(vault, spec, kwargs["entry_id"])
            shown_id = vault.short_id(entry.id)
        print_entry(entry, as_json=kwargs["as_json"], shown_id=shown_id)

    return _build(show, [_entry_id_param(), *_common()])


def _edit_command(spec: KindSpec) -> Callable[..., None]:
    main = spec.main_field

    def edit(**kwargs: Any) -> None:
        from alongside.app.record import edit_entry

        values = {k: v for k, v in kwargs.items() if k in _names(spec) and v is not None}
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            entry = _find(vault, spec, kwargs["entry_id"])
            if not values:  # no field given: the main words, asked for privately
                current = str(entry.fields.get(main.name, ""))
                words = ask_words(main.label, command=f"{_cmd(spec)} edit ID", current=current)
                if not words or words == current:
                    raise InvalidInput(
                        Msg.NOTHING_TO_CHANGE.format(
                            command=_cmd(spec), entry_id=kwargs["entry_id"], option=_opt(main)
                        )
                    )
                values[main.name] = words
            saved = _refuse_errors(edit_entry(vault, entry.id, values, partial=True))
            shown_id = vault.short_id(entry.id)
        say(Msg.ENTRY_CHANGED.format(singular=spec.singular, shown_id=shown_id))
        print_entry(saved.entry, as_json=kwargs["as_json"], shown_id=shown_id)
        show_help_if_needed(saved.screening)
        _note_if_words_were_arguments(spec, kwargs, "edit ID")

    return _build(edit, [_entry_id_param(), *_field_options(spec, skip=None), *_common()])


def _ask(spec: KindSpec, f: FieldSpec) -> str:
    """The main words of a new entry, from the editor, a prompt or stdin (never lost)."""
    words = ask_words(f.label, command=f"{spec.name} add", hint=spec.prompt)
    if not words:
        where = nothing_written(f"{spec.name} add")
        raise InvalidInput(Msg.NOTHING_SAVED_GIVE.format(where=where, label=f.label))
    return words


def _note_if_words_were_arguments(spec: KindSpec, kwargs: dict[str, Any], verb: str) -> None:
    """The one-time note, when any private (encrypted) words came on the command line."""
    if any(f.encrypted and kwargs.get(f.name) for f in spec.fields):
        note_words_as_arguments(f"{spec.name} {verb}")


def _delete_command(spec: KindSpec) -> Callable[..., None]:
    def delete(**kwargs: Any) -> None:
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            entry = _find(vault, spec, kwargs["entry_id"])
            shown_id = vault.short_id(entry.id)
            if entry.damaged:
                confirm(f"Delete the damaged {spec.singular} ({shown_id})?", kwargs["yes"])
            else:
                confirm(f'Delete the {spec.singular} "{entry.title[:50]}"?', kwargs["yes"])
            vault.delete(entry.id)
        say(Msg.ENTRY_DELETED.format(singular=spec.singular, shown_id=shown_id))

    yes = inspect.Parameter(
        "yes",
        inspect.Parameter.KEYWORD_ONLY,
        default=typer.Option(False, "--yes", "-y", help="Don't ask first."),
        annotation=bool,
    )
    return _build(delete, [_entry_id_param(), yes, *_common(json_flag=False)])


def _search_command(spec: KindSpec) -> Callable[..., None]:
    def search(**kwargs: Any) -> None:
        with open_vault_for_cli(kwargs["passphrase_file"]) as vault:
            entries = vault.search(kwargs["text"], spec.name, limit=kwargs["limit"])
            shown_ids = vault.short_ids(e.id for e in entries)
        print_entries(
            entries,
            shown_ids=shown_ids,
            as_json=kwargs["as_json"],
            title=f'{spec.title} with "{kwargs["text"]}"',
            empty=f'No {spec.title.lower()} contain "{kwargs["text"]}".',
        )

    params = [
        inspect.Parameter(
            "text",
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
            default=typer.Argument(..., help="Words to look for (all must appear)."),
            annotation=str,
        ),
        inspect.Parameter(
            "limit",
            inspect.Parameter.KEYWORD_ONLY,
            default=typer.Option(
                None, "--limit", min=1, max=MAX_LIMIT, clamp=True, help="Show at most this many."
            ),
            annotation=int | None,
        ),
    ]
    return _build(search, [*params, *_common()])
