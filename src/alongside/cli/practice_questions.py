"""`alongside questions` and `alongside reflect` (P12, P14, P17)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from alongside.cli.options import AsJson, print_json
from alongside.cli.output import make_console
from alongside.messages import Msg

if TYPE_CHECKING:
    from alongside.coach.mi import MiCounts


def questions(
    topic: Annotated[
        str | None,
        typer.Option(
            "--topic",
            "-t",
            help="daily-life, values, drinking, medication, grief, anger, fears, cost, "
            "format, stigma or past.",
        ),
    ] = None,
    stage: Annotated[
        str | None,
        typer.Option(
            "--stage",
            "-s",
            help="Where your partner seems to be: not_considering, considering, preparing, "
            "trying or continuing.",
        ),
    ] = None,
    score: Annotated[
        Path | None,
        typer.Option(
            "--score", help="Count questions and reflections in a transcript file (- for stdin)."
        ),
    ] = None,
    as_json: AsJson = False,
    why: Annotated[
        bool, typer.Option("--why", help="Also show the principles behind each question.")
    ] = False,
) -> None:
    """Open, curious questions to ask your partner, by topic and stage.

    With --score FILE, counts the open and closed questions and the reflections in your
    lines of a conversation ("me:" / "partner:" prefixes optional).

    Example: alongside questions --topic fears --stage considering
    """
    if score is not None:
        reflect(score, as_json=as_json)
        return
    from rich.markup import escape

    from alongside.coach.questions import STAGE_WORDS, question_bank, questions_for, stage_id

    found = questions_for(topic, stage)
    if as_json:
        rows = [
            {
                "text": q.text,
                "topic": q.topic,
                "stages": list(q.stages),
                "principles": list(q.principles),
            }
            for q in found
        ]
        print_json(rows)
        return
    out = make_console()
    titles = question_bank().topics
    if stage:
        out.print(f"For a partner who is {STAGE_WORDS[stage_id(stage)]}:\n")
    current = ""
    for q in found:
        if q.topic != current:
            current = q.topic
            out.print(f"[bold]{escape(titles[current])}[/bold]")
        codes = f" [dim]({', '.join(q.principles)})[/dim]" if why else ""
        out.print(f"  {escape(q.text)}{codes}")
    out.print(f"\n[dim]{Msg.ASK_THEN_LISTEN}[/dim]")


def reflect(
    file: Annotated[
        Path,
        typer.Argument(help="A transcript: one line per turn, or just your lines (- for stdin)."),
    ],
    as_json: AsJson = False,
    me: Annotated[
        str | None,
        typer.Option("--me", help="Your name in the transcript, when turns start with names."),
    ] = None,
) -> None:
    """How much did you reflect, and how open were your questions?

    Turns may start with "me:" / "partner:" or with names ("Sam:"); say which name is yours
    with --me.

    Example: alongside reflect talk.txt --me Alex
    """
    from alongside.coach.mi import count_text, decode_transcript, read_transcript

    if str(file) == "-":
        text = decode_transcript(sys.stdin.buffer.read(), "The text on stdin")
    else:
        text = read_transcript(file)
    counts = count_text(text, me)
    if as_json:
        print_json(counts.to_json())
        return
    _print_counts(counts)


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def _print_counts(counts: MiCounts) -> None:
    from rich.markup import escape

    out = make_console()
    ratio = "-" if counts.ratio is None else f"{counts.ratio:.1f} : 1"
    level = f" ({counts.ratio_level})" if counts.ratio_level else ""
    out.print(f"Your lines: {counts.my_lines}  (partner's lines: {counts.partner_lines})")
    out.print(f"  Open questions:       {counts.count('open')}")
    out.print(f"  Closed questions:     {counts.count('closed')}")
    out.print(f"  Simple reflections:   {counts.count('simple')}")
    out.print(f"  Complex reflections:  {counts.count('complex')}")
    out.print(f"  Lines that pushed:    {counts.confrontations}")
    out.print(f"  Reflections per question: {ratio}{level}  [dim](guide: 1:1 fair, 2:1 good)[/dim]")
    out.print(
        f"  Open questions: {_percent(counts.percent_open)}  [dim](guide: 50% fair, 70% good)[/dim]"
    )
    out.print(
        f"  Complex reflections: {_percent(counts.percent_complex)}"
        "  [dim](guide: 40% fair, 50% good)[/dim]"
    )
    out.print(f"\n{escape(counts.comment)}")


def register(app: typer.Typer) -> None:
    """Add `questions`, `reflect` to `app`."""
    app.command("questions")(questions)
    app.command("reflect")(reflect)
