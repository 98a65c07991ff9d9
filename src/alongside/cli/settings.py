"""`alongside settings`: the few choices kept in the small settings file (not private text).

Today one: the country whose helplines every surface shows (`check`, the record, rehearsal,
`safety`, `ready`, the web app). `ALONGSIDE_COUNTRY` overrides the saved choice.
"""

from __future__ import annotations

from typing import Annotated

import typer

from alongside.cli.options import say
from alongside.errors import InvalidInput

COUNTRY_HELP = (
    "Choose the country whose helplines are shown everywhere (saved on this device).\n\n"
    "Without a code, shows the country chosen now.\n\n"
    "Example: alongside settings country GB"
)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Your settings: which country's helplines to show.\n\n"
        "Example: alongside settings country GB",
        no_args_is_help=False,
        invoke_without_command=True,
    )
    group.callback(invoke_without_command=True)(show)
    group.command("country", help=COUNTRY_HELP)(country)
    app.add_typer(group, name="settings")


def show(ctx: typer.Context) -> None:
    """Show your settings."""
    if ctx.invoked_subcommand is None:
        typer.echo(describe_country())


def country(
    code: Annotated[
        str | None,
        typer.Argument(help="A country code: US, UK (or GB), CA, AU, IE, NZ, DE, FR, IN, EU."),
    ] = None,
) -> None:
    """Show or save the country (see COUNTRY_HELP)."""
    if code is None:
        typer.echo(describe_country())
        return
    name = save_country_choice(code)
    from alongside.safety.messages import country_saved
    from alongside.settings import COUNTRY_ENV, env_country

    typer.echo(country_saved(name))
    if env_country():
        typer.echo(
            f"Note: {COUNTRY_ENV} is set to {env_country()!r}, and it comes first while it is set."
        )


def save_country_choice(code: str) -> str:
    """Save `code` as the country (raises InvalidInput, listing ours, when we don't know it)."""
    from alongside.safety import country_code, country_name, supported_countries
    from alongside.safety.messages import bad_country
    from alongside.settings import save_country

    known = country_code(code)
    if known is None:
        raise InvalidInput(bad_country(code, supported_countries()))
    save_country(known)
    return country_name(known) or known


def describe_country() -> str:
    from alongside.safety import country_name
    from alongside.safety.messages import CHOOSE_COUNTRY_CLI
    from alongside.settings import COUNTRY_ENV, env_country, saved_country

    env, saved = env_country(), saved_country()
    if env:
        name = country_name(env) or f"{env!r} (not one we hold helplines for)"
        return f"Country: {name}, from {COUNTRY_ENV}."
    if saved:
        name = country_name(saved) or saved
        return f"Country: {name}. To change it: {CHOOSE_COUNTRY_CLI}."
    return f"No country chosen yet. To choose one: {CHOOSE_COUNTRY_CLI}."


def ask_country_at_setup(given: str | None) -> str:
    """At `alongside init`: the country from `--country`, else asked on a terminal.

    Returns the sentence to show. Off a terminal with no `--country`, says how to choose.
    """
    from alongside.cli.practice import interactive
    from alongside.safety.messages import CHOOSE_COUNTRY_CLI, country_saved

    if given is not None:
        return country_saved(save_country_choice(given))
    from alongside.settings import saved_country

    if saved_country():
        return describe_country()
    if not interactive():
        return f"To see the helplines where you live: {CHOOSE_COUNTRY_CLI}."
    from alongside.safety import supported_countries
    from alongside.safety.messages import country_list

    typer.echo(
        "Which country's helplines should Alongside show, if you ever need them? "
        f"We hold: {country_list(supported_countries())}."
    )
    while True:
        answer = str(
            typer.prompt(
                "Country code (press Enter to choose later)", default="", show_default=False
            )
        ).strip()
        if not answer:
            return f"No country chosen yet. Whenever you like: {CHOOSE_COUNTRY_CLI}."
        try:
            return country_saved(save_country_choice(answer))
        except InvalidInput as problem:
            say(str(problem))
