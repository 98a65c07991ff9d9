"""Taking the blame for the partner's anger, or giving up friends to keep the peace, is not
praised as owning one's part; a gentle word for the person is shown instead (issue 12)."""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.coach.rewrite import appeases
from alongside.messages import Msg
from tests.cli.inprocess import run

APPEASING = [
    "so sorry i made you mad on saturday. ill try harder not to annoy you",
    "I'm sorry I made you lose your temper. I won't go out with the lads again.",
    "Its my fault you got angry, I'll stop seeing my mates.",
]
OWNING = [
    "I'm sorry I raised my voice, that wasn't fair.",
    "Sorry I made you wait at the station, the train was cancelled.",
    "I won't see that film again, once was plenty!",
]


@pytest.mark.parametrize("text", APPEASING)
def test_appeasing_is_read_for_care_not_praised(text: str) -> None:
    assert appeases(text)
    analysis = analyse(text)
    assert "apology" not in {f.id for f in analysis.findings}
    assert analysis.tip is None  # no "send it as it is"


@pytest.mark.parametrize("text", OWNING)
def test_an_ordinary_apology_or_plan_is_not_appeasing(text: str) -> None:
    assert not appeases(text)


def test_the_cli_shows_the_care_note_and_no_lovely() -> None:
    ran = run("check", APPEASING[0])
    assert ran.code == 0, ran.err
    assert "Lovely" not in ran.out
    assert "owning your part" not in ran.out
    assert "keeping the peace" in " ".join(ran.out.split())


def test_a_real_apology_is_still_praised() -> None:
    ran = run("check", OWNING[0])
    assert "owning your part" in ran.out
    assert Msg.APPEASING_NOTE[:30] not in " ".join(ran.out.split())
