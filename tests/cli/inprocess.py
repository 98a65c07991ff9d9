"""Run the `alongside` command in-process with Typer's CliRunner, through the real `main`.

`main` is where errors become sentences, so tests call it (inside the runner's isolation:
stdin from `input`, stdout and stderr captured) rather than the bare Typer app. Anything
that is not a sentence, i.e. a traceback, escapes and fails the test.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping
from dataclasses import dataclass

from typer.testing import CliRunner

from alongside.cli.app import main


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def run(*args: str, input: str | bytes | None = None, env: Mapping[str, str] | None = None) -> Ran:
    """`alongside *args` in-process; `input` is what arrives on stdin (never a terminal)."""
    runner = CliRunner()
    full_env = {"COLUMNS": "120", "NO_COLOR": "1", **(env or {})}
    with runner.isolation(input=input, env=full_env) as (out, err, _):
        code = 0
        try:
            main(list(args))
        except SystemExit as stop:
            code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
        sys.stdout.flush()  # the runner's text wrappers buffer what was written
        sys.stderr.flush()
        said, written = out.getvalue(), err.getvalue()
    return Ran(code, said.decode("utf-8"), written.decode("utf-8"))
