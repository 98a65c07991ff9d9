"""`alongside` alone: greet a person, say what this is for and what to try first."""

from __future__ import annotations

import typer

from alongside.paths import vault_path


def register(app: typer.Typer) -> None:
    app.callback(invoke_without_command=True)(greet)


def greet(ctx: typer.Context) -> None:
    """Alongside: a private, local-first companion for when your partner resists therapy.

    Example: alongside
    """
    if ctx.invoked_subcommand is not None:
        return
    from rich.console import Console
    from rich.panel import Panel

    path = vault_path()
    if path.exists():
        state = f"Your private record is at {path}."
        first = (
            '  alongside check "what I\'m about to say"   coach a message before you send it\n'
            "  alongside journal add                     write down what happened\n"
            "  alongside ready                           is now a good moment to talk?\n"
            "  alongside serve                           open Alongside in your browser"
        )
    else:
        state = "You don't have a private record yet. Creating one takes a minute."
        first = (
            "  alongside init                            create your encrypted private record\n"
            '  alongside check "what I\'m about to say"   coach a message (no record needed)\n'
            "  alongside serve                           open Alongside in your browser"
        )
    Console(stderr=False).print(
        Panel(
            "When someone you love resists therapy, pushing tends to backfire. Alongside helps\n"
            "you find gentler words, pick calmer moments, keep a private record of what helps,\n"
            "and look after yourself along the way. Everything stays on this device, encrypted.\n\n"
            f"{state}\n\nFirst steps:\n{first}\n\nEvery command has --help with an example.",
            title="Alongside",
            expand=False,
        )
    )
