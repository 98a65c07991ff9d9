"""Safety, readiness, questions and rehearsal commands (issue 3; PRODUCT.md capabilities 2, 3, 7).

Thin over `alongside.safety` and `alongside.coach.{readiness,questions,mi,rehearsal}`:
read flags or ask on a terminal, call the library, print. Heavy imports stay inside commands.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import typer

from alongside.cli.options import AsJson, Country, print_json

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.safety import Screening


def register(app: typer.Typer) -> None:
    """Add `safety` and `resources` to `app` (ready, breathe, questions, reflect and rehearse
    register from their own modules, which use the helpers here)."""
    app.command("safety")(safety)
    app.command("resources")(resources)


def make_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


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
    codes = ", ".join(c for c in found.countries if c != "INTL")
    out.print(
        f"[dim]Other countries: alongside safety --country XX ({codes}). "
        f"To save yours: {CHOOSE_COUNTRY_CLI}.[/dim]"
    )


def show_help_if_needed(screening: Screening | None, *, country: str | None = None) -> bool:
    """When a screen (`alongside.app.record.Saved.screening`) fired, show safety help on
    stderr, so stdout stays clean for --json. Returns True when it fired."""
    if screening is None or not screening.flagged:
        return False
    from rich.console import Console

    print_safety(screening, country=country, console=Console(stderr=True, highlight=False))
    return True


def safety(country: Country = None, as_json: AsJson = False) -> None:
    """Who can help, right now: emergency numbers, crisis and domestic-abuse lines.

    Safety comes before any conversation about therapy. The list is offline and shown
    from this device; nothing is looked up or sent anywhere.

    Example: alongside safety --country UK
    """
    from alongside.safety import country_code, resources_for

    place = chosen(country)
    if as_json:
        payload = {
            "country": country_code(place) or "INTL",
            "known_country": country_code(place) is not None,
            "chosen": place,
            "resources": [r.to_json() for r in resources_for(place)],
        }
        print_json(payload)
        return
    print_safety(country=place)


def resources(country: Country = None, as_json: AsJson = False) -> None:
    """The same list as `alongside safety`: helplines and emergency numbers.

    Example: alongside resources --country AU
    """
    safety(country=country, as_json=as_json)


def interactive() -> bool:
    """True when a person is at a terminal (both stdin and stdout)."""
    return sys.stdin.isatty() and sys.stdout.isatty()
