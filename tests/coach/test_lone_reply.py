"""A lone short reply ("ok", "sure") is a message as it is: nothing is left for the person to
reword, while the same word as an edge on something else still gets its note."""

from __future__ import annotations

import pytest

from alongside.coach import analyse


@pytest.mark.parametrize("text", ["ok", "Ok.", "okay", "sure", "Sure!"])
def test_a_lone_reply_is_left_as_it_is(text: str) -> None:
    result = analyse(text)
    assert result.left_for_you == ()
    assert result.suggestion is None
    assert not result.pushing


@pytest.mark.parametrize("text", ["Fine. Whatever.", "ok. whatever you say"])
def test_a_dismissal_still_pushes(text: str) -> None:
    assert analyse(text).pushing
