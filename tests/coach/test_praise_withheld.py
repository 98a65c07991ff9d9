"""Kind words that the same message may take back are never praised (issue 12, sarcasm13).

Blind raters gave 1/5 each time sarcasm was praised ("Lovely", "appreciation", "asks for
their side"). Where a message's praise, thanks or assent comes with a cue that takes it back,
and no pushing rule reads it, the coach withholds the praise (no appreciation, open question,
validation or reassurance listed, no "Lovely.", no "send it as it is") and shows a hedged note
instead. Sincere thanks and congratulations, with their warmth said or with no cue, keep it.
The sentences are the team's own, none from the rated rounds or the eval data.
"""

from __future__ import annotations

import pytest

from alongside.app.coach import sounds_warm
from alongside.coach import analyse
from alongside.coach.edge import PRAISE_IDS, has_edge
from alongside.messages import Msg
from tests.cli.inprocess import run

# A praise or assent word with a cue that may take it back; read whether or not a pushing
# rule also fires (a hedge where none does).
EDGED = [
    "Thanks for finally fixing the shelf.",
    "Thank you for the flowers. Eventually.",
    "Cheers for texting back at last.",
    "Lovely dinner, as usual.",
    "Thanks…",
    "great, thanks 🙄",
    "Brilliant news 😒",
    "Thanks for the lift. Oh wait.",
    "So grateful you could squeeze me in.",
    "wow, thank u for ringing for a change",
    "Nice to see you. Yeah right.",
    "Thanks, I guess.",
    "cool cool cool",
    "It's fine 🙂",
    "sure 👍",
    "enjoy ur lie in 🙂",
    "What's it like being right? What does that make me?",
    "Congrats. Must be nice.",
]
# Sincere kind words: the praise stays.
SINCERE = [
    "Thanks for fixing the shelf, you're a star.",
    "Thank you for the flowers, they made my day.",
    "Finally got the job! Thanks for believing in me.",
    "Well done for finally finishing the marathon, I know how hard you trained.",
    "Lovely dinner, thank you x",
    "Thanks again for dinner, let's go there again soon.",
    "Congrats on the promotion, so deserved.",
    "I'm fine, thanks for asking.",
    "Good to know, thanks for telling me.",
    "Great job on the garden, it looks lovely.",
    "Thanks for listening last night. I know it wasn't easy.",
    "What are you thinking?",
    "How was your day?",
    "Enjoy the match 👍 love you",
    "Thanks so much for picking the kids up 😊",
    "Cheers for the lift, legend.",
]


@pytest.mark.parametrize("text", EDGED)
def test_kind_words_taken_back_are_not_praised(text: str) -> None:
    assert has_edge(text)
    a = analyse(text)
    praised = [f.id for f in a.findings if f.polarity == "inviting" and f.id in PRAISE_IDS]
    assert not praised, f"{text!r} praised as {praised}"
    assert not sounds_warm(a)
    if not a.pushing:
        assert a.tip in (None, Msg.TIP_EDGE)  # never "send it as it is"


@pytest.mark.parametrize("text", SINCERE)
def test_sincere_kind_words_keep_their_praise(text: str) -> None:
    assert not has_edge(text), text
    assert analyse(text).tip != Msg.TIP_EDGE


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for the help with the shopping.",
        "Thank you for remembering the bins.",
        "Congratulations on the new job!",
        "What would help you feel more rested?",
    ],
)
def test_praise_given_without_a_cue(text: str) -> None:
    # the praise the withholding takes away is there without a cue: the test can fail
    a = analyse(text)
    assert any(f.polarity == "inviting" and f.id in PRAISE_IDS for f in a.findings)


def test_the_command_line_says_no_lovely_over_an_edge() -> None:
    edged = run("check", "Thanks for finally fixing the shelf.")
    assert edged.code == 0
    assert "Lovely" not in edged.out
    assert "appreciation" not in edged.out
    assert "If this is meant warmly" in " ".join(edged.out.split())
    sincere = run("check", "Thank you for the flowers, they made my day.")
    assert "Lovely" in sincere.out
