"""The shared options are one definition: every command offers them with the same words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from alongside.cli.app import build_app
from tests.cli.inprocess import run

CLI_SOURCE = Path(__file__).parents[2] / "src" / "alongside" / "cli"


def commands(group: Any, path: str = "alongside") -> Iterator[tuple[str, Any]]:
    """Every command under `group` (Typer's own click: duck-typed)."""
    if hasattr(group, "commands"):
        for name, sub in group.commands.items():
            yield from commands(sub, f"{path} {name}")
    else:
        yield path, group


def option_described(param: Any) -> tuple[object, ...]:
    kind = param.type
    return (tuple(param.opts), param.help, param.default, kind.name, getattr(kind, "dir_okay", 0))


@pytest.mark.parametrize("flag", ["--passphrase-file", "--json", "--country"])
def test_each_shared_option_reads_the_same_in_every_command(flag: str) -> None:
    found: dict[str, tuple[object, ...]] = {}
    for path, command in commands(typer.main.get_command(build_app())):
        for param in command.params:
            if flag in getattr(param, "opts", ()) and param.param_type_name == "option":
                found[path] = option_described(param)
    assert len(found) >= 3, found  # it is shared by several commands
    assert len(set(found.values())) == 1, found


@pytest.mark.parametrize(
    "written", ['"--passphrase-file"', '"--json"', '"--country"', "def say(", "def _say("]
)
def test_shared_options_and_the_output_helper_are_written_once(written: str) -> None:
    where = [p.name for p in sorted(CLI_SOURCE.glob("*.py")) if written in p.read_text("utf-8")]
    assert where == (["options.py"] if written != "def _say(" else []), where


def test_a_passphrase_file_option_is_refused_as_a_folder_everywhere(tmp_path: Path) -> None:
    for args in (["plan"], ["journal", "list"], ["export"]):
        ran = run(*args, "--passphrase-file", str(tmp_path))
        assert ran.code == 2 and "Invalid value for '--passphrase-file'" in ran.err, ran.err
        assert "Traceback" not in ran.err
