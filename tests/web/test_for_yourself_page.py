"""The web coach answers words meant for the app as `alongside check` does (context12g): over
real HTTP, a coach's answer and nothing to copy and send; words to the partner are coached."""

from __future__ import annotations

import httpx
from markupsafe import escape

from alongside.app.coach import for_yourself
from alongside.coach import analyse
from alongside.messages import Msg
from tests.web.conftest import coach_says


def test_the_web_coach_answers_a_question_for_the_coach(unlocked: httpx.Client) -> None:
    for text, note in [
        ("how do i get him to open up about the drinking", Msg.FOR_YOU_REACH),
        ("Am I too intense about this?", Msg.FOR_YOU_DOUBT),
        ("he just doesn't care, I've tried everything", Msg.FOR_YOU_VENT),
    ]:
        page = coach_says(unlocked, text)
        answer = for_yourself(analyse(text))
        assert answer is not None and note[-40:] in answer
        assert str(escape(" ".join(answer.split()))) in page
        assert "suggestion-text" not in page  # nothing to copy and send
        assert "send it as it is" not in page.lower()
        assert "Might push" not in page


def test_the_web_coach_still_coaches_words_to_the_partner(unlocked: httpx.Client) -> None:
    page = coach_says(unlocked, "Why won't you just see someone?")
    assert "for-you-h" not in page
