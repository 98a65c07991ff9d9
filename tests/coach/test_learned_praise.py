"""Praise only when sure (issue 12, edge16).

An inviting finding that only the learned layer read is not praised ("Lovely", "send it as
it is") when the same message may mean it unkindly: the learned contempt or invalidation
score of a sentence reaches a modest probability (`learned.DOUBT_PROBABILITY`, below the score
at which those heads add a finding of their own), or an edge cue is present. The hedged note
is shown instead. Praise a rule read stays. A small hand-made model makes each case exact;
the sentences are the team's own, none from the rated rounds or the eval data.
"""

from __future__ import annotations

import math

import pytest

from alongside.app.coach import sounds_warm
from alongside.coach import analyse, learned
from alongside.coach.learned import DOUBT_PROBABILITY, Model, learned_doubt, withhold_learned_praise
from alongside.messages import Msg

HEADS = ("validation", "contempt", "invalidation")
BIAS = -3.0
FIRE = math.log(3)  # p = 0.75, as the shipped heads


def _logit(p: float) -> float:
    return math.log(p / (1 - p))


# `evening` reads as a reflection to the toy validation head (no rule reads these sentences
# as inviting); `sofa` and `sulking` lean scornful to its contempt and invalidation heads,
# above DOUBT_PROBABILITY and below the score at which those heads fire.
LEAN = _logit(0.6) - BIAS
assert _logit(DOUBT_PROBABILITY) < _logit(0.6) < FIRE
TOY = Model(
    heads=HEADS,
    bias=(BIAS, BIAS, BIAS),
    thresholds=(FIRE, FIRE, FIRE),
    weights={
        "evening": {0: 6.0},
        "sofa": {1: LEAN},
        "sulking": {2: LEAN},
        "concert": {1: -1.0},
    },
)


@pytest.fixture
def toy(monkeypatch: pytest.MonkeyPatch) -> Model:
    monkeypatch.setattr(learned, "model", lambda: TOY)
    return TOY


SCORNFUL = [
    "You had quite the evening on the sofa",
    "quite an evening of sulking you had",
    "Another evening on the sofa then",
    "an evening well spent on the sofa",
]
SINCERE = [
    "You had quite the evening at the concert",
    "an evening with your old friends from school",
    "that was a big evening for you at the match",
    "your evening with the kids looked fun",
]


@pytest.mark.parametrize("text", SCORNFUL)
def test_learned_praise_is_withheld_when_the_message_leans_scornful(toy: Model, text: str) -> None:
    a = analyse(text)
    assert not any(f.polarity == "inviting" for f in a.findings), a.findings
    assert a.doubted
    assert a.tip == Msg.TIP_EDGE
    assert not sounds_warm(a)


@pytest.mark.parametrize("text", SINCERE)
def test_learned_praise_stays_when_the_message_is_kind(toy: Model, text: str) -> None:
    a = analyse(text)
    assert any(f.rule == "model:validation" for f in a.findings), a.findings
    assert not a.doubted
    assert a.tip != Msg.TIP_EDGE


def test_an_edge_cue_withholds_learned_praise_without_any_scornful_score(toy: Model) -> None:
    text = "lovely evening, I guess"
    assert not learned_doubt(text.lower(), TOY)
    a = analyse(text)
    assert not any(f.polarity == "inviting" for f in a.findings), a.findings
    assert a.doubted
    assert a.tip == Msg.TIP_EDGE


def test_praise_a_rule_read_is_kept_beside_a_scornful_learned_score(toy: Model) -> None:
    text = "It sounds like your evening on the sofa was what you needed"
    low = text.lower()
    assert learned_doubt(low, TOY)
    a = analyse(text)
    assert any(f.id == "validation" and not f.rule.startswith("model:") for f in a.findings)
    assert not a.doubted


def test_withhold_leaves_findings_without_learned_praise_alone() -> None:
    text = "evening on the sofa"
    assert withhold_learned_praise(text, text, ()) == ((), False)


def test_the_doubt_reads_every_sentence() -> None:
    assert learned_doubt("what an evening. the sofa again.", TOY)
    assert not learned_doubt("what an evening. the concert was great.", TOY)
    assert learned_doubt("what an evening… the sofa again", TOY)  # not ASCII


# With the shipped model: sincere kind words, written for this test, are still praised.
SHIPPED_SINCERE = [
    "Thank you for cooking tonight, it was delicious.",
    "You seem really low lately, I'm worried about you.",
    "It sounds like work has been really hard this week.",
    "I'm so proud of you for going to the appointment.",
    "Thanks for taking the kids to the park, they loved it.",
    "That must have been such a hard call to make.",
]


@pytest.mark.parametrize("text", SHIPPED_SINCERE)
def test_sincere_kind_words_are_still_praised(text: str) -> None:
    a = analyse(text)
    assert a.inviting, a.findings
    assert not a.doubted
    assert a.tip != Msg.TIP_EDGE
    assert sounds_warm(a)
