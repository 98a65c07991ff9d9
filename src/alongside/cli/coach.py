"""`alongside check`: coach a message before it is sent (PRODUCT.md capability 1).

Thin over `alongside.coach.analyse`. Heavy imports (rich, the rules, the vault) happen inside
the command, so `alongside check "..."` starts fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, BinaryIO, TextIO

import typer

from alongside.cli.options import AsJson, Country, PassphraseFile, print_json
from alongside.errors import InvalidInput

if TYPE_CHECKING:
    from rich.console import Console

    from alongside.coach.model import Analysis, Finding
    from alongside.coach.rewrite import LeftForYou

EMPTY_RESULT: dict[str, object] = {
    "categories": [],
    "findings": [],
    "safety": {"flagged": False, "kinds": []},
}

CHECK_HELP = (
    "Coach a message before you send it: what might push, what already invites, and gentler"
    " words. Safety comes first: if the message mentions danger, you get support resources"
    " instead.\n\n"
    'Example: alongside check "You never listen. You need therapy or we\'re done."\n\n'
    "Leave the message out to write it in your editor or at a prompt (alongside check), or"
    " send a file in (alongside check < message.txt).\n"
)


def register(app: typer.Typer) -> None:
    """Add `check` to the app."""
    app.command("check", help=CHECK_HELP)(check)


def check(
    message: Annotated[
        str | None, typer.Argument(help="The message (or pipe it in on stdin).", show_default=False)
    ] = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="Batch: one message per stdin line, one JSON per line.")
    ] = False,
    as_json: AsJson = False,
    country: Country = None,
    save: Annotated[
        bool, typer.Option("--save", help="Keep the message and what was found in your record.")
    ] = False,
    passphrase_file: PassphraseFile = None,
    feel: Annotated[
        str | None,
        typer.Option(
            "--feel",
            help="The feeling to name in the gentler message, in your words, e.g. hurt, "
            "worried, lonely. The coach never picks one for you.",
            show_default=False,
        ),
    ] = None,
    why: Annotated[
        bool, typer.Option("--why", help="Also show the principles and rules behind each note.")
    ] = False,
) -> None:
    """Coach a message (see CHECK_HELP)."""
    if jsonl:
        if message is not None or save:
            from alongside.messages import Msg

            raise InvalidInput(Msg.JSONL_ALONE)
        run_jsonl(sys.stdin.buffer, sys.stdout)
        return
    text = _message_text(message)
    feel = _feeling(feel)
    from alongside.coach import analyse
    from alongside.coach.language import is_english

    analysis = analyse(text)
    if save:
        _save(analysis, passphrase_file)
        if message is not None:  # kept in the record: say once where typed words also end up
            from alongside.cli.words import note_words_as_arguments

            note_words_as_arguments("check --save")
    composed = analysis.compose(feel)
    if as_json:
        from alongside.app.coach import for_yourself

        out = analysis.to_json()
        # words meant for the coach: nothing to send, a coach's answer instead
        note = for_yourself(analysis)
        out["suggestion"] = None if note else composed.text
        out["left_for_you"] = (
            [] if note else [{"sentence": x.sentence, "hint": x.hint} for x in composed.left]
        )
        out["feelings"] = [] if note else list(composed.feelings)
        out["tip"] = None if note else analysis.tip
        out["support"] = composed.support
        out["for_yourself"] = note
        from alongside.app.coach import leaning_note

        out["may_land_hard"] = None if note else leaning_note(analysis)
        out["safety"] = {
            "flagged": analysis.safety.flagged,
            "kinds": list(analysis.safety.kinds),
            "message": analysis.safety.message if analysis.safety.flagged else "",
        }
        out["english"] = is_english(text)
        print_json(out, one_line=True)
        return
    _show(analysis, country=country, saved=save, feel=feel, why=why)


FEEL_QUOTE_MAX = 80  # a message this short is written out in the command to copy


def feel_command(text: str, feelings: tuple[str, ...], *, short: bool = False) -> str:
    """How to say a feeling, as a plain sentence with the command to copy (issue 12); only
    the command when the idea shown already suggests a feeling (`short`)."""
    words = ", ".join(feelings[:5])
    said = " ".join(text.split())
    shown = said if len(said) <= FEEL_QUOTE_MAX and not set(said) & set('"$`\\!') else "…"
    if short:
        return f'To have the coach add it for you: alongside check --feel {feelings[0]} "{shown}"'
    return (
        f"To say how this is for you, pick your own word ({words}, or another) and run "
        f'the check again with it, for example: alongside check --feel {feelings[0]} "{shown}"'
    )


def _feeling(feel: str | None) -> str | None:
    """The feeling given with --feel, tidied; a clear sentence when it cannot be used."""
    from alongside.app.coach import clean_feeling
    from alongside.messages import Msg

    if feel is None:
        return None
    words = clean_feeling(feel)
    if words is None:
        raise InvalidInput(f"--feel: {Msg.FEELING_UNCLEAR}")
    return words or None


def run_jsonl(stdin: BinaryIO, stdout: TextIO) -> None:
    """One JSON object per input line, always; invalid UTF-8 is replaced, never fatal."""
    from alongside.coach import analyse

    empty = json.dumps(EMPTY_RESULT)
    out: list[str] = []
    for raw in stdin:
        line = raw.decode("utf-8", errors="replace").rstrip("\r\n")
        out.append(json.dumps(analyse(line).to_json()) if line.strip() else empty)
        if len(out) >= 512:
            stdout.write("\n".join(out) + "\n")
            out.clear()
    if out:
        stdout.write("\n".join(out) + "\n")
    stdout.flush()


def _message_text(message: str | None) -> str:
    from alongside.app.coach import check_message
    from alongside.cli.words import MAX_STDIN_BYTES
    from alongside.messages import Msg

    if message is None:
        from alongside.cli import words

        if words.on_terminal():  # the editor or a prompt, as for the record's words
            message = words.ask_words("Your message", command="check")
        else:
            message = sys.stdin.buffer.read(MAX_STDIN_BYTES + 1).decode("utf-8", "replace")
    problem = check_message(message)
    if problem == Msg.MESSAGE_EMPTY:  # and how to give it here
        problem += " alongside check opens your editor or asks, or: alongside check < message.txt"
    if problem:
        raise InvalidInput(problem)
    return message


def printable(text: str) -> str:
    """`text` with control characters (terminal escapes) shown as spaces; offsets unchanged."""
    return "".join(c if c.isprintable() or c in "\n\t" else " " for c in text)


def _save(analysis: Analysis, passphrase_file: Path | None) -> None:
    """Keep the message and its findings in the vault (kind "message")."""
    from alongside.app.coach import save_message
    from alongside.app.record import FieldErrors
    from alongside.cli.record import open_vault_for_cli
    from alongside.errors import InvalidFields

    with open_vault_for_cli(passphrase_file) as vault:
        saved = save_message(vault, analysis)
    if isinstance(saved, FieldErrors):
        raise InvalidFields(saved.errors)


PUSH_STYLE = "bold underline red"
INVITE_STYLE = "bold green"
LISTED_MAX = 12  # findings explained one by one per section; the rest are counted by kind


def _more(findings: list[Finding]) -> str:
    """One line for the findings not listed: how many of each kind (all stay highlighted)."""
    from collections import Counter

    from alongside.coach.model import finding_name

    counts = Counter(f.id for f in findings).most_common()
    kinds = "; ".join(f"{finding_name(i)}: {n:,}" for i, n in counts)
    return f"…and {len(findings):,} more, highlighted above — {kinds}"


def _show(
    analysis: Analysis,
    *,
    country: str | None,
    saved: bool,
    feel: str | None = None,
    why: bool = False,
) -> None:
    """Print the message with each finding's words highlighted, then what they mean."""
    from rich.console import Console
    from rich.padding import Padding
    from rich.text import Text

    from alongside.coach.model import finding_name
    from alongside.messages import Msg

    console = Console(highlight=False, soft_wrap=False)
    if analysis.safety.flagged:
        _show_safety(console, analysis, country, saved=saved)
        return
    from alongside.coach.language import is_english

    if not is_english(analysis.text):
        from alongside.safety.messages import WHERE_CLI, not_english

        console.print(Text(not_english(WHERE_CLI)))
        if saved:
            console.print(Text(Msg.SAVED_TO_RECORD, style="dim"))
        return
    shown = printable(analysis.text)
    from alongside.app.coach import for_yourself

    if for_you := for_yourself(analysis):
        # words meant for the coach, not the partner: nothing to send, a coach's answer (what
        # is noted about them or about you stays listed, for the record)
        console.print(Text("Your message", style="bold"))
        console.print(Text(shown), markup=False)
        console.print()
        _show_noted(console, analysis, shown)
        console.print(Text(for_you))
        if saved:
            console.print(Text(Msg.SAVED_TO_RECORD, style="dim"))
        return
    from alongside.coach.rewrite import kept_in_view

    marked = Text(shown)
    for f in analysis.findings:
        if f.polarity == "pushing" and kept_in_view(f):
            marked.stylize("bold", f.start, f.end)  # theirs, kept: not marked as pushing
        elif f.polarity not in ("self", "other"):
            marked.stylize(PUSH_STYLE if f.polarity == "pushing" else INVITE_STYLE, f.start, f.end)
    console.print(Text("Your message", style="bold"))
    console.print(marked, markup=False)
    found = [f for f in analysis.findings if f.polarity == "pushing"]
    theirs = [f for f in found if kept_in_view(f)]  # a kind limit, their own need ...
    pushing = [f for f in found if not kept_in_view(f)]
    from alongside.app.coach import praise_hidden

    hidden = praise_hidden(analysis)  # one point said once; kind words a "but" takes back
    inviting = [
        f
        for f in analysis.findings
        if f.polarity == "inviting" and (f.id, analysis.text[f.start : f.end]) not in hidden
    ]
    console.print()
    notes = group_notes(pushing[:LISTED_MAX])
    if pushing:
        # one count per note listed: findings on the same words are one point
        console.print(Text(f"What might push ({len(group_notes(pushing))})", style="bold red"))
        for n, note in enumerate(notes, 1):
            quoted: list[str | tuple[str, str]] = [f"{n}. "]
            last = ""
            for k, f in enumerate(note):
                words = quoted_words(shown, f, always=False)
                if k:
                    quoted.append(" · ")
                if words != last:  # the same words quoted once, with each name after them
                    quoted.append(("“" + words + "”", PUSH_STYLE))
                    quoted.append(" — ")
                last = words
                quoted.append(finding_name(f.id))
            console.print(Text.assemble(*quoted))
            console.print(Padding(Text(f"Why: {note_why(note)}"), (0, 0, 0, 3), expand=False))
            if why:
                for f in note:
                    console.print(
                        Padding(Text(_behind(f), style="dim"), (0, 0, 0, 3), expand=False)
                    )
            rewrite = note[0].rewrite
            if rewrite:
                console.print(
                    Padding(
                        Text.assemble("Gentler: ", (printable(rewrite), "green")),
                        (0, 0, 0, 3),
                        expand=False,
                    )
                )
            elif hint := note_hint(note):
                # one hint a note: findings on the same words make one point
                console.print(
                    Padding(Text(f"Over to you: {printable(hint)}"), (0, 0, 0, 3), expand=False)
                )
        if len(pushing) > LISTED_MAX:
            console.print(Text(_more(pushing[LISTED_MAX:])))
    elif any(left_shown(x.hint, set(), False) for x in analysis.compose(feel).left):
        # no note, but sentences left below: say so, so the page does not open on a gap
        console.print(Text(Msg.SOME_WORDS_LEFT, style="bold red"))
    elif not analysis.compose(feel).text:
        # else the whole message says what may land hard
        from alongside.app.coach import leaning_note, sounds_warm

        if leans := leaning_note(analysis):
            console.print(Text(leans, style="bold red"))
        else:
            quiet = Msg.NOTHING_PUSHES_WARM if sounds_warm(analysis) else Msg.NOTHING_PUSHES
            console.print(Text(quiet, style="green"))
    if theirs:
        console.print()
        console.print(Text("Yours, kept as it is", style="bold"))
        for group in same_point(theirs[:LISTED_MAX], lambda f: f.hint or ""):
            console.print(Text.assemble("• ", *_quotes(group, shown, "bold")))
            if hint := group[0].hint:
                console.print(Padding(Text(printable(hint)), (0, 0, 0, 3), expand=False))
    console.print()
    if inviting:
        points = same_point(inviting, lambda f: f.why)  # one count per bullet shown
        console.print(Text(f"What already invites ({len(points)})", style="bold green"))
        for group in points[:LISTED_MAX]:
            f = group[0]
            console.print(
                Text.assemble(
                    "• ", *_quotes(group, shown, INVITE_STYLE), f" — {finding_name(f.id)}"
                )
            )
            console.print(Padding(Text(f.why), (0, 0, 0, 3), expand=False))
            if why:
                console.print(Padding(Text(_behind(f), style="dim"), (0, 0, 0, 3), expand=False))
        if len(points) > LISTED_MAX:
            console.print(Text(_more([f for group in points[LISTED_MAX:] for f in group])))
        console.print()
    _show_noted(console, analysis, shown)
    composed = analysis.compose(feel)
    if composed.text:
        console.print(Text("A gentler whole message", style="bold"))
        console.print(Text(printable(composed.text)))
    if composed.feelings and not feel and not composed.left:
        # said once: where the idea below already suggests a feeling, only how to add it
        # (raters: "gives the add-a-feeling idea twice, once as a CLI command")
        short = analysis.tip is not None and "I feel" in analysis.tip
        if not short:  # else said after the idea it belongs to
            console.print(Text(feel_command(analysis.text, composed.feelings), style="dim"))
    # a sentence a note above already speaks for is not listed again (blind raters: "the
    # second section only repeats 'See note 1'"): each point is made once, where it is found
    # every point already made above, under "What might push" or "Yours, kept as it is"
    said = {note_hint(note) for note in notes} | {f.hint for f in theirs}
    left = [
        item
        for item in composed.left
        if left_shown(item.hint, said, bool(notes_in(notes, item.start, item.end)))
    ]
    if left:
        console.print()
        console.print(Text("Left for you to put in your own words", style="bold"))
        for sentences, hint in left_grouped(left):
            said_here = " ".join("“" + printable(x) + "”" for x in sentences)
            console.print(Text.assemble("• ", (said_here, PUSH_STYLE)))
            console.print(Padding(Text(printable(hint)), (0, 0, 0, 3), expand=False))
    from alongside.app.coach import care_note

    if support := care_note(analysis) or composed.support:
        console.print()
        console.print(Text(support))
    if (idea := analysis.tip) is not None:
        console.print(Text.assemble(("A small idea: ", "bold"), idea))
        if composed.feelings and not feel and not composed.left and "I feel" in idea:
            command = feel_command(analysis.text, composed.feelings, short=True)
            console.print(Text(command, style="dim"))
    if saved:
        console.print(Text(Msg.SAVED_TO_RECORD, style="dim"))


def _show_noted(console: Console, analysis: Analysis, shown: str) -> None:
    """What is noted about the writer and about someone else: listed, not coached."""
    from rich.padding import Padding
    from rich.text import Text

    for title, noted in (
        ("About you", analysis.about_you),
        ("About them, for the record", analysis.about_them),
    ):
        if noted:
            console.print(Text(title, style="bold"))
            for f in noted:
                console.print(Text.assemble("• ", "“" + shown[f.start : f.end] + "”"))
                console.print(Padding(Text(f.why), (0, 0, 0, 3), expand=False))
            console.print()


def left_shown(hint: str, said: set[str | None], noted: bool) -> bool:
    """Whether a sentence left for the person is listed: when no note above is about it (the
    note speaks for it) and it has a hint of its own, to reword it, that no note gives."""
    from alongside.coach.hints import keeps_as_is, left_hint_shown

    # "it can stay as it is" is no sentence left to reword: not listed under "Left for you"
    return bool(hint) and not noted and not keeps_as_is(hint) and left_hint_shown(hint, said, noted)


def left_grouped(left: Sequence[LeftForYou]) -> list[tuple[list[str], str]]:
    """Sentences left for the person with the same hint, as one bullet: the hint said once."""
    grouped: dict[str, list[str]] = {}
    for item in left:
        grouped.setdefault(item.hint, []).append(item.sentence)
    return [(sentences, hint) for hint, sentences in grouped.items()]


def same_point(findings: list[Finding], says: Callable[[Finding], str]) -> list[list[Finding]]:
    """Findings of one kind that would say the same words, as one bullet ("We can" twice is
    one shared goal, said once; blind raters: "the same explanation printed twice")."""
    groups: list[list[Finding]] = []
    for f in findings:
        for group in groups:
            if group[0].id == f.id and says(group[0]) == says(f):
                group.append(f)
                break
        else:
            groups.append([f])
    return groups


_FUNCTION_WORDS = frozenset(
    [
        "or",
        "i",
        "to",
        "and",
        "the",
        "a",
        "an",
        "you",
        "u",
        "we",
        "don't",
        "dont",
        "please",
        "can",
        "if",
        "but",
        "so",
        "of",
        "for",
        "with",
        "my",
        "your",
    ]
)


def quoted_words(shown: str, f: Finding, *, always: bool = True) -> str:
    """The words a note quotes: a finding of one or two words with the clause around it
    ("Please don't" -> "Please don't text me tonight"; raters: "a bare fragment", "cut off
    mid-sentence ('or I')"); `always=False` only when the words end on a little word."""
    from alongside.coach.hints import phrase
    from alongside.coach.rewrite import sentence_bounds

    words = shown[f.start : f.end]
    bare = words.split()
    if not bare:
        return words
    a, b = sentence_bounds(shown, f.start, f.end)
    if bare[-1].lower().strip(".,!?") in _FUNCTION_WORDS and len(bare) > 2:
        whole = shown[f.start : b].strip().rstrip(".!?")  # "... or I" -> to the sentence end
        return whole if len(whole.split()) <= 25 else words
    if len(bare) > 2 or (not always and bare[-1].lower().strip(".,!?") not in _FUNCTION_WORDS):
        return words
    return phrase(words, shown[a:b]) or words


def _quotes(group: list[Finding], shown: str, style: str) -> list[str | tuple[str, str]]:
    """The quoted words of a group of findings, each once, joined with " · "."""
    out: list[str | tuple[str, str]] = []
    seen: set[str] = set()
    for f in group:
        words = quoted_words(shown, f)
        if words.lower() in seen:
            continue
        seen.add(words.lower())
        if out:
            out.append(" · ")
        out.append(("“" + words + "”", style))
    return out


def group_notes(pushing: list[Finding]) -> list[list[Finding]]:
    """Pushing findings as notes: findings on overlapping words, or that would say the same
    thing, share one note, so a person reads each point once."""
    from alongside.coach.rewrite import sentence_bounds

    notes: list[list[Finding]] = []
    for f in pushing:
        text = f.source[1] if f.source is not None else ""
        for note in notes:
            first = note[0]
            overlap = any(f.start < g.end and g.start < f.end for g in note)
            # findings in one sentence with no gentler words make one note (blind raters:
            # "a wall of overlapping notes"); the most specific hint speaks for it
            same = (
                f.rewrite is None
                and first.rewrite is None
                and sentence_bounds(text, f.start, f.end)
                == sentence_bounds(text, first.start, first.end)
            )
            if overlap or same:
                note.append(f)
                break
        else:
            notes.append([f])
    return notes


# Whose hint a note shows when findings share words: the most specific kind first.
HINT_ORDER = ("invalidation", "contempt", "label", "blame", "therapy_as_fix", "absolute")


def _ranked(note: list[Finding]) -> list[Finding]:
    """A note's findings, the most specific first; a verdict passed on from someone else
    ("My sister thinks you're depressed") speaks for the words inside it."""
    return sorted(
        note,
        key=lambda f: (
            -1 if "by_proxy" in f.rule else (HINT_ORDER.index(f.id) if f.id in HINT_ORDER else 99)
        ),
    )


def note_hint(note: list[Finding]) -> str | None:
    """The one hint a note shows: its most specific finding's."""
    from alongside.coach.hints import SAME_WORDS

    return next((h for f in _ranked(note) if (h := f.hint) and h != SAME_WORDS), None)


def note_why(note: list[Finding]) -> str:
    """The one Why a note shows: the reason of the finding whose hint it shows, so the Why
    fits the words (blind raters: "a wall of repeated Whys")."""
    from alongside.coach.hints import SAME_WORDS, threatens
    from alongside.coach.rewrite import sentence_bounds
    from alongside.messages import Msg

    ranked = _ranked(note)
    first = ranked[0]
    if first.source is not None and first.id != "ultimatum":
        a, b = sentence_bounds(first.source[1], first.start, first.end)
        if threatens(first.source[1][a:b]):
            return Msg.WHY_THREAT  # the note speaks of the threat, so does its Why
    return next((f.why for f in ranked if f.hint and f.hint != SAME_WORDS), first.why)


def notes_in(notes: list[list[Finding]], start: int, end: int) -> list[int]:
    """The note numbers (1-based) whose findings sit in text[start:end]."""
    return [n for n, note in enumerate(notes, 1) if any(start <= f.start < end for f in note)]


def _behind(finding: Finding) -> str:
    """The principles and the rule behind a note (shown with --why)."""
    return f"Principles: {', '.join(finding.principles)} · rule: {finding.rule}"


def _show_safety(
    console: Console, analysis: Analysis, country: str | None, *, saved: bool = False
) -> None:
    """Safety before coaching: the warm message and who can help, nothing about the wording."""

    from alongside.cli.safety_view import print_safety
    from alongside.safety.messages import before_sending

    caution = before_sending(analysis.safety.kinds)
    print_safety(
        analysis.safety,
        country=country,
        console=console,
        heading=True,
        note=caution,
        text=analysis.text,
        saved=saved,
    )
