"""`alongside rehearse`: practise replies to objections, coached as you go (capability 7)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from alongside.cli.options import Country
from alongside.cli.output import interactive, make_console
from alongside.cli.safety_view import print_safety
from alongside.messages import Msg

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.coach.rehearsal import Coaching, Summary


def rehearse(
    objection: Annotated[
        str | None,
        typer.Option("--objection", "-o", help="Practise one objection (see --list)."),
    ] = None,
    rounds: Annotated[
        int | None,
        typer.Option("--rounds", "-n", min=1, max=20, help="How many replies to practise."),
    ] = None,
    show_list: Annotated[
        bool, typer.Option("--list", help="List the objections you can practise.")
    ] = False,
    country: Country = None,
    why: Annotated[
        bool, typer.Option("--why", help="Also show the principles behind each note.")
    ] = False,
) -> None:
    """Practise answering the objections partners really raise, and get coached on each reply.

    On a terminal it asks for each reply; otherwise it reads one reply per line from stdin.
    Every reply passes the safety screen first.

    Example: alongside rehearse --objection broken --rounds 2
    """
    from rich.markup import escape

    from alongside.app.coach import check_reply
    from alongside.coach.rehearsal import objection_book, start

    out = make_console()
    if show_list:
        for item in objection_book().objections:
            out.print(f"  {item.id:18} {escape(item.says)}")
        return
    session = start(objection, rounds if rounds is not None else (3 if objection is None else 1))
    asking = interactive()
    if asking:
        out.print(f"[dim]{Msg.REHEARSAL_HOW}[/dim]")
    while (current := session.current) is not None:
        out.print(f"\n[bold]Round {session.round_number} of {len(session.plan)}[/bold]")
        out.print(f'Your partner: [italic]"{escape(current.says)}"[/italic]')
        reply = _read_reply(asking)
        if reply is None:
            out.print("[dim](No more replies given.)[/dim]")
            break
        if problem := check_reply(reply):  # said, and the same round asked again
            out.print(f"  {escape(problem)}")
            continue
        if not asking:
            out.print(f"You: {escape(reply)}")
        session, coaching = session.answer(reply)
        if coaching.stopped_for_safety:
            out.print()
            print_safety(coaching.safety, country=country, console=out)
            out.print(f"\n[dim]{Msg.REHEARSAL_STOPPED}[/dim]")
            return
        if coaching.not_english:
            from alongside.safety.messages import WHERE_CLI, not_english

            out.print(f"  {escape(not_english(WHERE_CLI))}")
            continue
        _print_coaching(coaching, out, why=why)
    if session.done:
        _print_summary(session.summary(), out, why=why)


def _read_reply(asking: bool) -> str | None:
    if asking:
        reply: str = typer.prompt("Your reply", default="", show_default=False)
        return reply
    raw = sys.stdin.buffer.readline()  # bytes that aren't UTF-8 are replaced, never fatal
    return None if raw == b"" else raw.decode("utf-8", "replace").rstrip("\r\n")


def _print_coaching(coaching: Coaching, out: Console, *, why: bool = False) -> None:
    from rich.markup import escape

    for n, good in enumerate(coaching.went_well):
        out.print(f"  [green]Went well:[/green] {escape(good)}")
        if why and n < len(coaching.why) and coaching.why[n]:
            out.print(f"    [dim]Principles: {escape(coaching.why[n])}[/dim]")
    for tip in coaching.tips:
        out.print(f'  [yellow]Something to try:[/yellow] "{escape(tip.words)}": {escape(tip.why)}')
        if tip.rewrite:
            out.print(f'    [dim]Gentler:[/dim] "{escape(tip.rewrite)}"')
        elif tip.hint:
            out.print(f"    [dim]Over to you:[/dim] {escape(tip.hint)}")
    if not coaching.went_well and not coaching.tips:
        out.print(f"  [yellow]Something to try:[/yellow] {escape(coaching.objection.guidance)}")
        if why and coaching.objection.why:
            out.print(f"    [dim]Principles: {escape(coaching.objection.why)}[/dim]")
    out.print(f"  [dim]What may be underneath:[/dim] {escape(coaching.objection.fear)}")
    out.print(f'  [dim]A reply that often helps:[/dim] "{escape(coaching.example)}"')


def _print_summary(summary: Summary, out: Console, *, why: bool = False) -> None:
    from rich.markup import escape

    out.print(
        f"\n[bold]Summary of {summary.rounds} round{'s' if summary.rounds != 1 else ''}[/bold]"
    )
    out.print(f"  Inviting patterns: {summary.inviting}   pushing patterns: {summary.pushing}")
    out.print(f"  [green]What went well:[/green] {escape(summary.went_well)}")
    out.print(f"  [yellow]One thing to try:[/yellow] {escape(summary.try_next)}")
    if why and summary.why:
        out.print(f"  [dim]Principles: {escape(summary.why)}[/dim]")


def register(app: typer.Typer) -> None:
    """Add `rehearse` to `app`."""
    app.command("rehearse")(rehearse)
