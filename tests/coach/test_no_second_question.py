"""A whole message that already ends in a question gets no second question bolted on after it."""

from __future__ import annotations

import pytest

from alongside.coach.analyse import analyse
from alongside.coach.compose import compose

TEXTS = [
    "You need to stop drinking before you lose everything. The job's already gone. "
    "What's next, us?",
    "You have to stop gambling before we lose the house. Then what, the car?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_question_after_their_question(text: str) -> None:
    found = analyse(text)
    whole = compose(text, found.findings, found.check).text
    if whole is None:
        return  # hints instead of a whole message: nothing bolted on either
    questions = [i for i, c in enumerate(whole) if c == "?"]
    assert len(questions) <= text.count("?"), whole
