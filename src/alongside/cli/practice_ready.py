"""`alongside ready` and `alongside breathe` (PRODUCT.md capability 3; P7, P12, P18, P19)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alongside.cli.options import AsJson, PassphraseFile, ShowWhy, print_json, say
from alongside.cli.output import interactive, make_console
from alongside.messages import Msg, plain

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from rich.console import Console

    from alongside.coach.readiness import BreathingPattern, Readiness
    from alongside.vault import Vault


def _ask_calm(value: int | None, question: str, flag: str) -> int:
    if value is not None:
        return value
    if not interactive():
        from alongside.errors import InvalidInput

        raise InvalidInput(Msg.CALM_FLAG.format(question=question, flag=flag))
    while True:
        answer = str(typer.prompt(f"{question[0].upper()}{question[1:]} (0-10)")).strip()
        if answer.isdigit() and 0 <= int(answer) <= 10:
            return int(answer)
        say(Msg.CALM_TYPE_NUMBER)


def _ask_since(value: int | None) -> int | None:
    if value is not None or not interactive():
        return value
    answer = typer.prompt(
        "Minutes since your last argument (press Enter if there wasn't one today)",
        default="",
        show_default=False,
    ).strip()
    if not answer:
        return None
    if not answer.isdigit():
        from alongside.errors import InvalidInput

        raise InvalidInput(Msg.NOT_MINUTES.format(answer=answer))
    return int(answer)


def _open_for_ready(passphrase_file: Path | None) -> AbstractContextManager[Vault | None]:
    """The record, to read agreements and what was written lately; None when there is none."""
    from contextlib import nullcontext

    from alongside.paths import vault_path

    if not vault_path().exists():
        return nullcontext(None)
    import os

    from alongside.cli.record import open_vault_for_cli
    from alongside.errors import VaultLocked

    if (
        passphrase_file is None
        and not os.environ.get("ALONGSIDE_PASSPHRASE")
        and not (interactive())
    ):
        raise VaultLocked(Msg.READY_LOCKED)
    return open_vault_for_cli(passphrase_file)


def _parse_at(at: str | None) -> datetime:
    if at is None:
        return datetime.now()
    try:
        return datetime.strptime(at.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        from alongside.errors import InvalidInput

        raise InvalidInput(Msg.NOT_A_MOMENT.format(at=at)) from None


MARKS = {
    "ok": "[green]ok  [/green]",
    "wait": "[yellow]wait[/yellow]",
    "reminder": "[cyan]note[/cyan]",
}


def _print_readiness(result: Readiness, why: bool = False) -> None:
    from rich.markup import escape

    out = make_console()
    colour = "green" if result.ready else "yellow"
    out.print(f"[bold {colour}]{escape(result.answer)}[/bold {colour}]\n")
    out.print("Why:")
    for reason in result.reasons:
        principles = f" [dim]({', '.join(reason.principles)})[/dim]" if why else ""
        out.print(f"  {MARKS[reason.kind]} {escape(reason.text)}{principles}")
    if result.safety_first:
        from alongside.cli.safety_view import print_safety
        from alongside.safety import Screening, safety_message

        out.print()
        kinds = result.safety_first
        found = Screening(flagged=True, kinds=kinds, spans=(), message=safety_message(kinds))
        print_safety(found, console=out)
        return
    out.print(f"\n{escape(result.pause if why else plain(result.pause)[0])}")
    out.print(f"[dim]{Msg.GUIDED_PAUSE}[/dim]")


def ready(
    me: Annotated[
        int | None, typer.Option("--me", min=0, max=10, help="How calm you feel, 0-10.")
    ] = None,
    partner: Annotated[
        int | None,
        typer.Option("--partner", min=0, max=10, help="How calm your partner seems, 0-10."),
    ] = None,
    since_argument: Annotated[
        int | None,
        typer.Option("--since-argument", min=0, help="Minutes since your last argument, if any."),
    ] = None,
    agreement: Annotated[
        list[str] | None,
        typer.Option("--agreement", "-a", help="An agreement to respect (repeatable)."),
    ] = None,
    no_vault: Annotated[
        bool, typer.Option("--no-vault", help="Don't read agreements from your private record.")
    ] = False,
    passphrase_file: PassphraseFile = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help='Check another moment, e.g. "2026-11-27 19:30" (local time).'),
    ] = None,
    as_json: AsJson = False,
    why: ShowWhy = False,
) -> None:
    """Is now a good moment for a hard talk? "Now" or "wait until …", with the reasons.

    Never sooner than 20 minutes after an argument, never against an agreement you
    recorded (read from your private record when it exists; --no-vault to skip).

    Example: alongside ready --me 7 --partner 4 --since-argument 10
    """
    from contextlib import nullcontext

    from alongside.app.practice import readiness

    when = _parse_at(at)
    my_calm = _ask_calm(me, "how calm you feel", "--me")
    their_calm = _ask_calm(partner, "how calm your partner seems", "--partner")
    since = _ask_since(since_argument)
    with nullcontext(None) if no_vault else _open_for_ready(passphrase_file) as vault:
        result = readiness(
            vault,
            my_calm,
            their_calm,
            now=when,
            minutes_since_argument=since,
            agreements=agreement or [],
        )
    if as_json:
        payload = {
            "ready": result.ready,
            "answer": result.answer,
            "wait_until": result.wait_until.isoformat() if result.wait_until else None,
            "conditions": list(result.conditions),
            "safety_first": list(result.safety_first),
            "cool_off_end": result.cool_off_end.isoformat() if result.cool_off_end else None,
            "reasons": [
                {"text": r.text, "principles": list(r.principles), "kind": r.kind}
                for r in result.reasons
            ],
        }
        print_json(payload)
        return
    _print_readiness(result, why)


def breathe(
    pattern: Annotated[
        str, typer.Option("--pattern", "-p", help="478 (4-7-8 breathing) or box (4-4-4-4).")
    ] = "478",
    rounds: Annotated[
        int | None,
        typer.Option(
            "--rounds", "-r", min=0, max=20, help="How many rounds (0: just show the steps)."
        ),
    ] = None,
) -> None:
    """A guided breathing pause in the terminal.

    On a terminal it counts each step in real time; with --rounds 0, or when not on a
    terminal, it prints the steps so you can follow them at your own pace.

    Example: alongside breathe --pattern box --rounds 3
    """
    from rich.markup import escape

    from alongside.coach.readiness import breathing_pattern

    chosen = breathing_pattern(pattern.strip().lower().replace("-", ""))
    count = chosen.rounds if rounds is None else rounds
    out = make_console()
    out.print(f"[bold]{escape(chosen.name)}[/bold] [dim]({escape(chosen.source)})[/dim]")
    for step in chosen.steps:
        out.print(f"  {escape(step.label)}: {step.seconds} seconds")
    if count == 0 or not interactive():
        total = chosen.round_seconds * (count or chosen.rounds)
        out.print(Msg.BREATHE_REPEAT.format(count=count or chosen.rounds, total=total))
        return
    _guide(chosen, count, out)
    out.print(Msg.BREATHE_DONE)


def wait(seconds: float) -> None:
    """Really wait, once per second of a breathing step (tests replace it to count instead)."""
    import time

    time.sleep(seconds)


def _guide(chosen: BreathingPattern, count: int, out: Console) -> None:
    from rich.live import Live

    with Live(console=out, refresh_per_second=4, transient=True) as live:
        for number in range(1, count + 1):
            for step in chosen.steps:
                for left in range(step.seconds, 0, -1):
                    live.update(f"Round {number} of {count}   {step.label} ... {left}")
                    wait(1)


def register(app: typer.Typer) -> None:
    """Add `ready`, `breathe` to `app`."""
    app.command("ready")(ready)
    app.command("breathe")(breathe)
