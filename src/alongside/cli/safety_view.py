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

    from alongside.app.safety import SafetyHelp
    from alongside.safety import Screening
    from alongside.safety.resources import Resource


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
    text: str = "",
    saved: bool = False,
) -> None:
    """The one way the CLI shows safety help.

    When the screen fired (`screening.flagged`): the short panel (`app.safety.panel`): one
    sentence naming what was seen, device safety first where being watched is likely, the one
    or two services that fit (the emergency number before them where someone may be in danger
    now), and one line saying how to see all the rest (`alongside safety`). Otherwise (the
    `safety` command itself): every line for the country, with device safety.
    `text`: what was written (only read for the panel's two hints); `saved`: it was kept in
    the record.
    """
    from alongside.app.safety import safety_help, sure_kinds

    out = console or make_console()
    flagged = screening is not None and screening.flagged
    kinds = screening.kinds if screening is not None and flagged else ()
    found = safety_help(chosen(country), "", kinds, how_to_choose=_how())
    if flagged:
        sure = sure_kinds(screening) if screening is not None else None
        _print_panel(
            out, kinds, found, heading=heading, note=note, text=text, saved=saved, sure=sure
        )
    else:
        _print_all(out, found)


def _how() -> str:
    from alongside.safety.messages import CHOOSE_COUNTRY_CLI

    return CHOOSE_COUNTRY_CLI


def _print_panel(
    out: Console,
    kinds: tuple[str, ...],
    found: SafetyHelp,
    *,
    heading: bool,
    note: str,
    text: str,
    saved: bool,
    sure: tuple[str, ...] | None,
) -> None:
    from rich.markup import escape

    from alongside.app.safety import panel
    from alongside.messages import Msg
    from alongside.safety.messages import (
        DEVICE_HEADING,
        FIRST_HELP,
        FIRST_HELP_PLACE,
        HINTED,
        PANEL_HEADING,
        YOU_DECIDE,
    )

    shown = panel(kinds, found, text=text, face="cli", sure=sure)
    if heading:
        out.print(f"[bold]{escape(PANEL_HEADING)}[/bold]")
    out.print(escape(shown.seen) + "\n")
    if shown.their_threat:  # someone else's threat to hurt themselves: what to do
        out.print(escape(shown.their_threat) + "\n")
    if shown.device_first:
        _print_device(out, shown.device, shown.device_services, DEVICE_HEADING)
    if note:  # a word for this surface, read before the list (the coach: before sending)
        out.print(f"{escape(note)}\n")
    if shown.hinted:
        out.print(f"[bold]{escape(HINTED.format(place=shown.hinted_place))}[/bold]")
        for resource in shown.hinted:
            out.print(f"  {escape(resource.name)}: {escape(resource.line)}")
    if shown.emergency_varies:
        out.print(escape(shown.emergency_varies))
    place = shown.first_place
    title = FIRST_HELP_PLACE.format(place=place) if place else FIRST_HELP
    out.print(f"[bold]{escape(title)}[/bold]")
    for resource in shown.first:
        out.print(f"  {escape(resource.name)}: {escape(resource.line)}")
    if shown.danger_line:
        out.print(escape(shown.danger_line))
    out.print(escape(YOU_DECIDE))
    if found.notice:
        out.print(f"\n[dim]{escape(found.notice)}[/dim]")
    out.print(f"\n{escape(shown.words['more'])}")
    if saved:
        out.print(f"[dim]{escape(Msg.SAVED_TO_RECORD)}[/dim]")


def _print_device(
    out: Console, lines: tuple[str, ...], services: tuple[Resource, ...], title: str
) -> None:
    from rich.markup import escape

    out.print(f"[bold]{escape(title)}[/bold]")
    for line in lines:
        out.print(f"  - {escape(line)}")
    for resource in services:
        out.print(f"  - {escape(resource.name)}: {escape(resource.line)}")
    out.print()


def _print_all(out: Console, found: SafetyHelp) -> None:
    """Everything for the country (`alongside safety`): the general words, every line in
    order with its source, device safety, and how to choose another country."""
    from rich.markup import escape

    from alongside.safety.messages import (
        CHOOSE_COUNTRY_CLI,
        DEVICE_CLI,
        DEVICE_HEADING,
        DEVICE_LINES,
        GENERAL,
    )

    out.print(f"{escape(GENERAL)}\n")
    if found.notice:
        out.print(escape(found.notice) + "\n")
    if found.code is None:
        out.print("[bold]People you can reach anywhere:[/bold]")
    else:
        out.print(f"[bold]Help in {escape(found.name)}:[/bold]")
    device_lines = (*DEVICE_LINES, DEVICE_CLI)
    said_device = False
    for title, resources in found.groups.items():
        out.print(f"[bold]{escape(title)}[/bold]")
        if all(r.kind == "device" for r in resources):  # the sentences, then who can help
            said_device = True
            for line in device_lines:
                out.print(f"  - {escape(line)}")
        for resource in resources:
            out.print(f"  {escape(resource.name)}: {escape(resource.line)}")
            out.print(f"    [dim]source: {escape(resource.source)}[/dim]")
    if not said_device:
        out.print()
        _print_device(out, device_lines, (), DEVICE_HEADING)
    if found.resources:
        out.print(f"\n[dim]{escape(found.resources[0].note)}[/dim]\n")
    if found.after:
        out.print(escape(found.after))
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
