"""A step the writer has taken for themselves is theirs, not a hint (issue 12).

Blind round 11: a note that the writer has started seeing a counsellor on their own, "for me,
not a hint", was told to add "I feel hurt" or "I feel worried" ("would add the hint the person
ruled out"). A started step reads as a decision (`rewrite._DECIDES`): nothing to soften, no
feeling to add. The messages are the team's own, written for this test.
"""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse

OWN_STEPS = [
    "Heads up, I've started going to a therapist by myself on Thursdays. It's just for me, "
    "nothing you need to do.",
    "I have started seeing someone at the community clinic for my anxiety. Wanted you to hear "
    "it from me.",
    "fyi i've started counselling through work, it's been helping me sleep",
]


@pytest.mark.parametrize("text", OWN_STEPS)
def test_a_step_of_ones_own_is_backed_as_a_decision(text: str) -> None:
    a = analyse(text)
    assert not any(f.polarity == "pushing" for f in a.findings)
    assert (a.tip or "").startswith("Nothing to soften")  # Msg.TIP_DECISION or a variant
    assert "I feel" not in (a.tip or "")


def test_a_step_asked_of_them_is_not_ones_own() -> None:
    a = analyse("You've started seeing a counsellor, so now you can stop blaming me.")
    assert not (a.tip or "").startswith("Nothing to soften")
