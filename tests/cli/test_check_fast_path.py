"""`alongside check` builds only its own command (a faster cold start): what a person sees
must be exactly what the full app shows, for help, usage errors, bad input and results."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from alongside.cli.app import _only, build_app

ENV = {"COLUMNS": "100", "NO_COLOR": "1", "ALONGSIDE_COUNTRY": "GB"}
CASES = [
    ["check", "--help"],
    ["check", "--bogus"],
    ["check"],
    ["check", "--json", "You never listen. You need therapy."],
    ["check", "You never listen. You need therapy."],
    ["check", "--why", "I feel lonely when we don't talk. Could we walk tonight?"],
    ["check", "He hit me last night."],
    ["check", "one", "two"],
    ["check", "--feel", "x" * 50, "Hi"],
    ["check", "--jsonl", "x"],
]


@pytest.mark.parametrize("args", CASES, ids=[" ".join(c)[:40] for c in CASES])
def test_check_alone_says_what_the_whole_app_says(args: list[str]) -> None:
    whole = CliRunner().invoke(build_app(), args, input="", env=ENV)
    alone = CliRunner().invoke(build_app(_only(args)), args, input="", env=ENV)
    assert (alone.exit_code, alone.output) == (whole.exit_code, whole.output)


def test_only_check_takes_the_short_path() -> None:
    assert _only(["check", "hi"]) == "check"
    assert _only(["journal", "list"]) is None
    assert _only(["--help"]) is None
    assert _only([]) is None
    names = {c.name for c in build_app("check").registered_commands}
    assert names == {"check"}
    assert len(build_app().registered_commands) > 10
