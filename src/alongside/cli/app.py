"""The `alongside` command: one entry point, one place where errors become plain sentences.

Each domain registers its commands from its own module (`record`, `coach`, `practice`,
`plan`, `serve`); this module only assembles them and turns `AlongsideError` into a
message on stderr and an exit code. stdout is for data, stderr for messages.
"""

from __future__ import annotations

import io
import os
import sys

# Typer parses options through pydantic; pydantic would scan every installed package for
# plugins at start-up (~10-15 ms of every command). Alongside uses no pydantic plugins.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

import typer  # after the setting above, which pydantic reads when typer imports it

from alongside.cli.options import say
from alongside.errors import AlongsideError
from alongside.messages import Msg

HELP = (
    "Alongside: a private, local-first companion for when your partner resists therapy.\n\n"
    "Everything stays on this device, encrypted. Nothing is ever sent anywhere."
)


def build_app(only: str | None = None) -> typer.Typer:
    """Assemble the CLI from each domain's `register(app)`.

    `only="check"` registers just `check` (beside the greeting that makes the app a group):
    `alongside check "..."` then neither imports nor builds the other ~90 commands (about a
    fifth of its cold start). The command, its options and its messages are the same objects.
    """
    from alongside.cli import greet

    app = typer.Typer(
        help=HELP,
        no_args_is_help=False,
        add_completion=False,
        pretty_exceptions_enable=False,
        rich_markup_mode="rich",
    )
    greet.register(app)
    if only == "check":
        from alongside.cli import coach

        coach.register(app)
        return app
    from alongside.cli import (
        coach,
        plan,
        practice,
        practice_questions,
        practice_ready,
        practice_rehearse,
        record_admin,
        record_kinds,
        serve,
        settings,
    )

    # In this order: `alongside --help` lists the commands as they are registered.
    for module in (
        record_admin,  # init and the housekeeping commands
        record_kinds,  # a group per kind of entry
        coach,
        practice,
        practice_ready,
        practice_questions,
        practice_rehearse,
        plan,
        serve,
        settings,
    ):
        module.register(app)
    return app


def _only(args: list[str]) -> str | None:
    """The one command a command line runs, when only that one needs building (else None)."""
    return "check" if args[:1] == ["check"] else None


def main(argv: list[str] | None = None) -> None:
    """Run the CLI; the only place that catches `AlongsideError`.

    Typer's standalone mode already turns usage errors and Ctrl-C into short messages
    and exit codes; everything the library raises is caught here.
    """
    args = sys.argv[1:] if argv is None else argv
    _never_fail_to_print()
    try:
        build_app(_only(args))(args=args, prog_name="alongside")
    except AlongsideError as error:
        say(str(error))
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        say(Msg.STOPPED)
        sys.exit(130)


def _never_fail_to_print() -> None:
    """Print what cannot be encoded as "?" rather than stopping with a traceback.

    An argument with bytes that aren't UTF-8 arrives as lone surrogates; repeated back in a
    message (e.g. an unknown --country), it would otherwise fail to print.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")
