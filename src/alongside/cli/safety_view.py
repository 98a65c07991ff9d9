"""The one way the CLI shows safety help (PRODUCT.md capability 2): the message for what the
screen found, then the helplines for the person's country, ordered for it.

Used by `safety`, by every command that takes text (when `screen(text).flagged`), by `ready`
and by rehearsal. The words come from `alongside.safety.messages` and `app.safety`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from alongside.cli.output import make_console

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.safety import Screening


def chosen(country: str | None) -> str:
    """The country to show help for: `--country`, else $ALONGSIDE_COUNTRY, else the saved
    one, else "" (none chosen: the international lists and how to choose)."""
    if country is not None and country.strip():
        return country.strip()
    from alongside.settings import chosen_country

    return chosen_country()


def print_safety(
    screening: Screening | None = None,
    *,
    country: str | None = None,
    console: Console | None = None,
    heading: bool = False,
    note: str = "",
) -> None:
    """The one way the CLI shows safety help: the message for what was found (if anything),
    then the help for the country, ordered for it (`resources_for(country, kinds)`).

    Every command that takes text calls this when `screen(text).flagged`, instead of going on.
    """
    from rich.markup import escape

    from alongside.app.safety import safety_help
    from alongside.safety.messages import CHOOSE_COUNTRY_CLI, GENERAL

    out = console or make_console()
    flagged = screening is not None and screening.flagged
    kinds = screening.kinds if screening is not None and flagged else ()
    found = safety_help(chosen(country), "", kinds, how_to_choose=CHOOSE_COUNTRY_CLI)
    if heading:
        out.print("[bold]Your safety comes first[/bold]")
    out.print(f"{escape(screening.message if screening is not None and flagged else GENERAL)}\n")
    if note:  # a word for this surface, read before the list (the coach: before sending)
        out.print(f"[bold]{escape(note)}[/bold]\n")
    if found.notice:
        out.print(escape(found.notice) + "\n")
    if found.code is None:
        out.print("[bold]People you can reach anywhere:[/bold]")
    else:
        out.print(f"[bold]Help in {escape(found.name)}:[/bold]")
    for title, resources in found.groups.items():
        out.print(f"[bold]{escape(title)}[/bold]")
        for resource in resources:
            out.print(f"  {escape(resource.name)}: {escape(resource.contact)}")
            out.print(f"    [dim]source: {escape(resource.source)}[/dim]")
    if found.resources:
        out.print(f"\n[dim]{escape(found.resources[0].note)}[/dim]")
    if found.after:
        out.print(f"\n{escape(found.after)}")
    codes = [c for c in found.countries if c != "INTL"]
    if codes:
        # plain sentences with a command to copy, not a flag to decipher (issue 12)
        out.print(
            f"[dim]For helplines in another country ({', '.join(codes)}), run, for example: "
            f"alongside safety --country {codes[0]}. To keep your country for next time, run: "
            f"{CHOOSE_COUNTRY_CLI}.[/dim]"
        )


def show_help_if_needed(screening: Screening | None, *, country: str | None = None) -> bool:
    """When a screen (`alongside.app.record.Saved.screening`) fired, show safety help on
    stderr, so stdout stays clean for --json. Returns True when it fired."""
    if screening is None or not screening.flagged:
        return False
    from rich.console import Console

    print_safety(screening, country=country, console=Console(stderr=True, highlight=False))
    return True
