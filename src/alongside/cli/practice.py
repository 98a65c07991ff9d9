"""Safety, readiness, questions and rehearsal commands (issue 3; PRODUCT.md capabilities 2, 3, 7).

Thin over `alongside.safety` and `alongside.coach.{readiness,questions,mi,rehearsal}`:
read flags or ask on a terminal, call the library, print. Heavy imports stay inside commands.
"""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.safety import Screening

CountryOption = Annotated[
    str | None,
    typer.Option(
        "--country",
        "-c",
        help="Two-letter country code (US, UK, CA, AU, IE, NZ, DE, FR, IN, EU). "
        "Default: $ALONGSIDE_COUNTRY, else US.",
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]


def register(app: typer.Typer) -> None:
    """Add this domain's commands to `app`."""
    from alongside.cli import practice_questions, practice_ready, practice_rehearse

    app.command("safety")(safety)
    app.command("resources")(resources)
    app.command("ready")(practice_ready.ready)
    app.command("breathe")(practice_ready.breathe)
    app.command("questions")(practice_questions.questions)
    app.command("reflect")(practice_questions.reflect)
    app.command("rehearse")(practice_rehearse.rehearse)


def make_console() -> Console:
    from rich.console import Console

    return Console(highlight=False, soft_wrap=True)


def _country(country: str | None) -> str:
    if country is not None:
        return country
    from alongside.settings import Settings

    return Settings.from_env().country


def print_safety(
    screening: Screening | None = None,
    *,
    country: str | None = None,
    console: Console | None = None,
) -> None:
    """Show the safety message (when a screening fired) and the help for `country`.

    Other commands that take text call this when `screen(text).flagged`, instead of going on.
    """
    from rich.markup import escape

    from alongside.safety import country_code, country_name, resources_for
    from alongside.safety.resources import KIND_TITLES, unknown_country_sentence

    out = console or make_console()
    chosen = _country(country)
    if screening is not None and screening.flagged:
        out.print(f"[bold]{escape(screening.message)}[/bold]\n")
    else:
        out.print(
            "[bold]Your safety comes first.[/bold] If you are ever afraid, hurt or thinking about "
            "ending your life, it is not your fault and you don't have to face it alone. "
            "These people listen without judging; calls are confidential.\n"
        )
    found = resources_for(chosen)
    if country_code(chosen) is None:
        out.print(escape(unknown_country_sentence(chosen)) + "\n")
    else:
        out.print(f"Help in {escape(country_name(chosen) or chosen)}:\n")
    kind = ""
    for resource in found:
        if resource.kind != kind:
            kind = resource.kind
            out.print(f"[bold]{KIND_TITLES.get(kind, kind)}[/bold]")
        out.print(f"  {escape(resource.name)}: {escape(resource.contact)}")
        out.print(f"    [dim]source: {escape(resource.source)}[/dim]")
    if found:
        out.print(f"\n[dim]{escape(found[0].note)}[/dim]")
    out.print(
        "[dim]Other countries: alongside safety --country XX "
        "(US, UK, CA, AU, IE, NZ, DE, FR, IN, EU).[/dim]"
    )


def screen_and_show(*texts: str | None, country: str | None = None) -> bool:
    """Screen what a person typed; when it touches on danger, show safety help on stderr.

    For any command that takes text (journal, record entries). Call it after saving, so
    nothing is lost; stdout stays clean for --json. Returns True when it fired.
    """
    from rich.console import Console

    from alongside.safety import screen

    screening = screen("\n".join(t for t in texts if t))
    if screening.flagged:
        print_safety(screening, country=country, console=Console(stderr=True, highlight=False))
    return screening.flagged


def safety(country: CountryOption = None, as_json: JsonOption = False) -> None:
    """Who can help, right now: emergency numbers, crisis and domestic-abuse lines.

    Safety comes before any conversation about therapy. The list is offline and shown
    from this device; nothing is looked up or sent anywhere.

    Example: alongside safety --country UK
    """
    from alongside.safety import country_code, resources_for

    chosen = _country(country)
    if as_json:
        payload = {
            "country": country_code(chosen) or "INTL",
            "known_country": country_code(chosen) is not None,
            "resources": [r.to_json() for r in resources_for(chosen)],
        }
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    print_safety(country=chosen)


def resources(country: CountryOption = None, as_json: JsonOption = False) -> None:
    """The same list as `alongside safety`: helplines and emergency numbers.

    Example: alongside resources --country AU
    """
    safety(country=country, as_json=as_json)


def interactive() -> bool:
    """True when a person is at a terminal (both stdin and stdout)."""
    return sys.stdin.isatty() and sys.stdout.isatty()
