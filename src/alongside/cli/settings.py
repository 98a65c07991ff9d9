"""`alongside settings`: the few choices kept in the small settings file (not private text).

The country whose helplines every surface shows (`check`, the record, rehearsal, `safety`,
`ready`, the web app; `ALONGSIDE_COUNTRY` overrides it) and the time zone check-ins are
planned in (`ALONGSIDE_TZ` overrides it). Both are asked once at `alongside init`.
"""

from __future__ import annotations

from typing import Annotated

import typer

from alongside.cli.options import say
from alongside.errors import InvalidInput
from alongside.messages import Msg

COUNTRY_HELP = (
    "Choose the country whose helplines are shown everywhere (saved on this device).\n\n"
    "Without a code, shows the country chosen now.\n\n"
    "Example: alongside settings country GB"
)
TIMEZONE_HELP = (
    "Choose your time zone, for check-ins and dates (saved on this device).\n\n"
    "Without a name, shows the time zone used now.\n\n"
    "Example: alongside settings timezone Europe/Berlin"
)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        help="Your settings: which country's helplines to show, and your time zone.\n\n"
        "Example: alongside settings country GB",
        no_args_is_help=False,
        invoke_without_command=True,
    )
    group.callback(invoke_without_command=True)(show)
    group.command("country", help=COUNTRY_HELP)(country)
    group.command("timezone", help=TIMEZONE_HELP)(timezone)
    app.add_typer(group, name="settings")


def show(ctx: typer.Context) -> None:
    """Show your settings."""
    if ctx.invoked_subcommand is None:
        typer.echo(describe_country())
        typer.echo(describe_timezone())


def timezone(
    name: Annotated[
        str | None,
        typer.Argument(help="A time zone name, e.g. Europe/Berlin or America/New_York."),
    ] = None,
) -> None:
    """Show or save the time zone (see TIMEZONE_HELP)."""
    if name is None:
        typer.echo(describe_timezone())
        return
    from alongside.settings import TZ_ENV, env_timezone, save_timezone

    typer.echo(Msg.TIME_ZONE_SAVED.format(zone=save_timezone(name)))
    if env_timezone():
        typer.echo(Msg.ENV_COMES_FIRST.format(env=TZ_ENV, value=env_timezone()))


def describe_timezone() -> str:
    from alongside.settings import TZ_ENV, device_timezone, env_timezone, saved_timezone

    env, saved = env_timezone(), saved_timezone()
    if env:
        return f"Time zone: {env}, from {TZ_ENV}."
    if saved:
        return f"Time zone: {saved}. To change it: alongside settings timezone Area/City."
    device = device_timezone()
    if device:
        return (
            f"Time zone: {device}, this device's. To choose another: "
            "alongside settings timezone Area/City."
        )
    return (
        "Time zone: UTC, as this device doesn't say. To choose yours: "
        "alongside settings timezone Area/City."
    )


def ask_timezone_at_setup(given: str | None) -> str:
    """At `alongside init`: the time zone from `--timezone`, else asked once on a terminal
    (Enter keeps this device's). Returns the sentence to show."""
    from alongside.cli.output import interactive
    from alongside.settings import (
        FALLBACK_TIMEZONE,
        device_timezone,
        env_timezone,
        save_timezone,
        saved_timezone,
    )

    if given is not None:
        return f"Time zone: {save_timezone(given)}."
    if env_timezone() or saved_timezone() or not interactive():
        return describe_timezone()
    usual = device_timezone() or FALLBACK_TIMEZONE
    while True:
        try:
            answer = str(
                typer.prompt(
                    f"Your time zone, for check-ins (press Enter for {usual})",
                    default="",
                    show_default=False,
                )
            ).strip()
        except typer.Abort:  # input ended: the record is made; keep the device's for now
            return describe_timezone()
        try:
            return f"Time zone: {save_timezone(answer or usual)}."
        except InvalidInput as problem:
            say(str(problem))


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
        typer.echo(Msg.ENV_COMES_FIRST.format(env=COUNTRY_ENV, value=env_country()))


def save_country_choice(code: str) -> str:
    """Save `code` as the country (raises InvalidInput, listing ours, when we don't know it)."""
    from alongside.app.settings import choose_country

    return choose_country(code)


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
    from alongside.cli.output import interactive
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

    typer.echo(Msg.ASK_COUNTRY.format(countries=country_list(supported_countries())))
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
