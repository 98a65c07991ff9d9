"""Sarcasm, mock praise and mock thanks read as what they are (issues 11, 12; sarcasm18).

Blind raters gave 1/5 each time the coach praised sarcasm as thanks or reassurance, or passed
it with "Nothing here looks pushing". Here: the shapes `data/rules_sarcasm.toml` reads (joy
about a chore done for them, their ailment doubted, "I'm not counting" with the count, praise
for a trifle with disbelief, thanks for a slight, "for the tenth time"), and the rule that kind
words in a sentence read as sarcasm are never praised (`analyse.praise_read_as_sarcasm`,
`app.coach.praise_hidden`). Sincere neighbours keep their praise and stay unflagged.

Every sentence is the team's own, written for this file (none in the training text, the
probes, the rated rounds or the eval data). Every sarcastic case fails on the main of
2026-12-07 (fc25c97), where each was praised or passed; the sincere ones pass there too.
"""

from __future__ import annotations

import importlib
import json
import random
from pathlib import Path

import pytest

from alongside.app.coach import praise_hidden, sounds_warm
from alongside.coach import analyse
from alongside.coach.analyse import praise_read_as_sarcasm
from alongside.coach.model import Analysis, Finding
from alongside.messages import Msg

# Sarcasm a rule now reads: a pushing finding, and nothing praised.
SARCASTIC = [
    "I adore scrubbing your rugby socks by hand on a Sunday night.",
    "My favourite pastime is emptying your ashtray off the balcony.",
    "i just love being ur personal alarm clock at 6am",
    "Nothing makes me happier than untangling your Christmas lights every year.",
    "Your sore ankle was absolutely fine at the salsa night.",
    "Funny how your headache lifted when the pub quiz started.",
    "Your bad wrist didn't stop you on the PlayStation all weekend.",
    "Don't worry, I'm not counting, but that's your third takeaway this week.",
    "Take your time, it's only our son's graduation.",
    "No rush, I only asked you twice last week about the boiler.",
    "Thanks a lot for eating the last of my birthday chocolates.",
    "Cheers for wrecking the car I had just had valeted, really.",
    "Thank you so much for spoiling the surprise for my sister.",
    "Did you actually wipe the kitchen counter? Who even are you.",
    "How chivalrous, letting me carry the paddling pool on my own.",
    "I'm so lucky to have a wife who can't find the recycling bin.",
    "You're exhausted? From what, exactly?",
    "Asking you for the fiftieth time to cancel that gym membership.",
]

# Sincere neighbours with the same surface: no pushing finding, and kind words still praised.
SINCERE = [
    "Thanks a lot for picking up my mum from the station.",
    "Thank you so much for ringing when you knew you'd be late, it helped.",
    "Thanks for keeping the scan to yourself until we were ready.",
    "Cheers for telling me about the parking fine before I found it.",
    "Don't worry, I'm not cross about the scratch on the car.",
    "Take your time with the tax return, there's no deadline till January.",
    "Glad your ankle held up at the salsa night, you looked so happy.",
    "I love baking with the kids on a rainy Saturday.",
    "Thank you for the birthday chocolates, they were gorgeous.",
]


def praised(analysis: Analysis) -> bool:
    """True when the faces list kind words under "What already invites" or say "Lovely"."""
    hidden = praise_hidden(analysis)
    shown = [
        f
        for f in analysis.findings
        if f.polarity == "inviting" and (f.id, analysis.text[f.start : f.end]) not in hidden
    ]
    pushing = any(f.polarity == "pushing" for f in analysis.findings)
    return bool(shown) or (not pushing and sounds_warm(analysis))


@pytest.mark.parametrize("text", SARCASTIC)
def test_sarcasm_is_read_as_pushing(text: str) -> None:
    analysis = analyse(text)
    assert any(f.polarity == "pushing" for f in analysis.findings), text


@pytest.mark.parametrize("text", SARCASTIC)
def test_sarcasm_is_never_praised(text: str) -> None:
    assert not praised(analyse(text)), text


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_neighbours_keep_their_praise(text: str) -> None:
    analysis = analyse(text)
    assert not [f.id for f in analysis.findings if f.polarity == "pushing"], text
    assert praised(analysis), text


# Thanks or reassurance in the very sentence a sarcasm rule reads: the kind words are not
# listed, and the idea shown is not a praise tip.
THANKS_IN_SARCASM = [
    "Thanks so much for leaving your socks everywhere for me to find, truly.",
    "Really appreciate you finishing the last of the milk before my coffee.",
    "Don't worry, I'm not counting, that's only your fifth cigarette today.",
]


@pytest.mark.parametrize("text", THANKS_IN_SARCASM)
def test_thanks_inside_a_sarcastic_sentence_is_hidden(text: str) -> None:
    analysis = analyse(text)
    assert not praised(analysis), text
    assert analysis.tip != Msg.TIP_APPRECIATION, text


def _finding(fid: str, polarity: str, start: int, end: int) -> Finding:
    return Finding(fid, start, end, ("P1",), "why", polarity, f"model:{fid}")  # type: ignore[arg-type]


def test_a_contempt_finding_in_the_same_sentence_marks_the_thanks_as_sarcasm() -> None:
    """Whoever read the contempt (a rule or the learned head): thanks in its sentence are
    sarcasm, thanks in another sentence are not."""
    text = "Thanks for the cup of tea. The landlord is useless."
    thanks = _finding("appreciation", "inviting", 0, 6)
    near = _finding("contempt", "pushing", 11, 25)
    far = _finding("contempt", "pushing", 27, 51)
    assert praise_read_as_sarcasm(text, (thanks, near))
    assert not praise_read_as_sarcasm(text, (thanks, far))
    assert not praise_read_as_sarcasm(text, (thanks,))


def test_the_faces_hide_every_kind_word_of_a_doubted_message() -> None:
    analysis = analyse("Thanks so much for leaving your socks everywhere for me to find, truly.")
    assert analysis.doubted or not [f for f in analysis.findings if f.polarity == "inviting"]
    assert not praised(analysis)


def _tools() -> None:
    import sys

    tools = str(Path(__file__).resolve().parents[2] / "tools")
    if tools not in sys.path:
        sys.path.insert(0, tools)


def test_the_sarcasm_text_is_what_the_writer_writes() -> None:
    _tools()
    writer = importlib.import_module("write_sarcasm18")
    rows = writer._rows(random.Random(writer.SEED))
    shipped = writer.OUT.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in shipped] == rows
    assert len(rows) >= 1200
    pushing = [r for r in rows if r["findings"]]
    assert len(rows) - len(pushing) >= 0.45 * len(rows)  # as many sincere neighbours
