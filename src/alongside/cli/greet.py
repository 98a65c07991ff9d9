"""`alongside` alone: greet a person, say what this is for and what to try first."""

from __future__ import annotations

import typer

from alongside.messages import Msg
from alongside.paths import vault_path

WIDTH = 80  # at most: longer lines are hard to read


def register(app: typer.Typer) -> None:
    app.callback(invoke_without_command=True)(greet)


def greet(ctx: typer.Context) -> None:
    """Alongside: a private, local-first companion for when your partner resists therapy.

    Example: alongside
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.console import Console, Group
    from rich.panel import Panel
    from rich.text import Text

    console = Console(stderr=False)
    path = vault_path()
    if path.exists():
        state = Msg.GREET_RECORD_AT.format(path=path)
        first: tuple[tuple[str, str], ...] = (
            ('alongside check "what I\'m about to say"', "coach a message before you send it"),
            ("alongside journal add", "write down what happened"),
            ("alongside ready", "is now a good moment to talk?"),
            ("alongside serve", "open Alongside in your browser"),
        )
    else:
        state = Msg.GREET_NO_RECORD
        first = (
            ("alongside init", "create your encrypted private record"),
            ('alongside check "what I\'m about to say"', "coach a message (no record needed)"),
            ("alongside serve", "open Alongside in your browser"),
        )
    # Paragraphs are single lines that rich fills to the width, and each first step's words
    # go under its command: nothing breaks raggedly at 80 columns (or fewer).
    steps = "\n".join(f"  {command}\n    {what}" for command, what in first)
    console.print(
        Panel(
            Group(
                Text(
                    "When someone you love resists therapy, pushing tends to backfire. Alongside "
                    "helps you find gentler words, pick calmer moments, keep a private record "
                    "of what helps, and look after yourself along the way. Everything stays on "
                    "this device, encrypted.\n"
                ),
                Text(f"{state}\n", overflow="fold"),
                Text("First steps:"),
                Text(steps, overflow="fold"),
                Text("\nEvery command has --help with an example."),
            ),
            title="Alongside",
            width=min(console.width, WIDTH),
        )
    )
