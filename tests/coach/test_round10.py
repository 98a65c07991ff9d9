"""What blind round 10 (session 13) rated 1, fixed at the cause, in wordings of our own.

- "maybe you should have …" is a jibe in hindsight: no "Maybe I wish you had …" line;
- a bare "Promise." after the writer's own plan is their promise, not an order;
- the quiet phrases for going to counselling oneself, how long to wait before asking again and
  "warned me and I didn't listen" live in safety/data/quiet.toml, each example a test there.
"""

from __future__ import annotations

import pytest

from alongside.coach import analyse
from alongside.safety import screen


@pytest.mark.parametrize(
    "text",
    [
        "maybe you should have moved in with your brother then, you two never stop texting",
        "Perhaps you should have married your job.",
        "maybe u should have stayed at the pub since ur having so much fun",
    ],
)
def test_a_jibe_in_hindsight_is_not_turned_into_a_broken_wish(text: str) -> None:
    a = analyse(text)
    shown = [f.rewrite or "" for f in a.findings] + [a.suggestion or ""]
    for line in shown:
        assert "Maybe I wish" not in line and "Perhaps I wish" not in line, line


@pytest.mark.parametrize(
    "text",
    [
        "No arguing about it tonight, we'll sit down on Sunday and sort it. Promise.",
        "I'll ring the school myself in the morning. Promise x",
    ],
)
def test_the_writers_own_promise_is_no_order(text: str) -> None:
    assert "pressure" not in {f.id for f in analyse(text).findings if f.polarity == "pushing"}


def test_promise_me_is_still_an_order() -> None:
    assert "pressure" in {f.id for f in analyse("Promise me you'll stop tonight.").findings}


@pytest.mark.parametrize(
    "text",
    [
        "I've stopped asking you about couples counselling. I'm going to go myself though, "
        "my choice.",
        "How long should I leave it before asking again? It's been two months since I "
        "mentioned it.",
        "you're turning into exactly what your mum said you would. she warned me and i didn't "
        "listen",
    ],
)
def test_no_panel_over_these(text: str) -> None:
    assert not screen(text).flagged, text


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to go myself and end it all, it's my decision.",
        "she warned me he follows her home and watches the house",
    ],
)
def test_their_dangerous_neighbours_still_show_help(text: str) -> None:
    assert screen(text).flagged, text
