"""The options many commands share, defined once, and the one way the CLI speaks.

Every command that reads the record takes `PassphraseFile`; every command with output for
scripts takes `AsJson`; every command that shows helplines takes `Country`. `say` is for the
person (stderr), `print_json` for scripts (stdout), so stdout stays clean for `--json`.
Kept light: imported when the app is built, before any command runs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

PassphraseFile = Annotated[
    Path | None,
    typer.Option(
        "--passphrase-file",
        help="Read the passphrase from the first line of this file (for scripts; else "
        "ALONGSIDE_PASSPHRASE, else you are asked).",
        dir_okay=False,
        show_default=False,
    ),
]

AsJson = Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")]

ShowWhy = Annotated[
    bool, typer.Option("--why", help="Also show the principles and rules behind each point.")
]

Country = Annotated[
    str | None,
    typer.Option(
        "--country",
        "-c",
        help="Whose helplines to show: a country code such as GB, US or DE. Default: "
        "ALONGSIDE_COUNTRY, else the one you saved (alongside settings country XX).",
        show_default=False,
    ),
]


def say(message: str) -> None:
    """A sentence for the person: on stderr, so stdout stays for data."""
    typer.echo(message.rstrip(), err=True)


def print_json(data: Any, *, one_line: bool = False) -> None:
    """`data` as JSON on stdout (dates and other values as text); one line for streams."""
    indent = None if one_line else 2
    typer.echo(json.dumps(data, ensure_ascii=False, indent=indent, default=str))
