"""The coach's text is about to go to the partner: where it touches on abuse or control, both
faces say what sending it could do, before the list of help (raters: the most useful line
was at the very bottom); never for other kinds or plain words."""

from __future__ import annotations

import httpx
import pytest
from markupsafe import escape

from alongside.safety.messages import BEFORE_SENDING
from tests.conftest import RunCli

HTMX = {"HX-Request": "true"}
ABUSE = (
    "You pinned me against the fridge. I'm staying at Mum's with the girls until I know I'm safe.",
    "I've called the helpline about the way you control the money.",
)
NOT_ABUSE = (
    "Sometimes I feel like everyone would be better off without me.",  # crisis line, no abuse
    "You never listen. You need therapy or we're done.",  # pushing, no danger
)


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("text", ABUSE)
def test_cli_check_says_what_sending_could_do(cli: RunCli, text: str) -> None:
    result = cli("check", text, env={"ALONGSIDE_COUNTRY": "GB", "COLUMNS": "100"})
    out = words(result.stdout)
    assert result.returncode == 0, result.stderr
    assert "Your safety comes first" in out
    assert BEFORE_SENDING in out
    assert out.index(BEFORE_SENDING) < out.index("Who can help first")  # read before the list


@pytest.mark.parametrize("text", NOT_ABUSE)
def test_cli_check_says_nothing_of_the_kind_otherwise(cli: RunCli, text: str) -> None:
    result = cli("check", text, env={"ALONGSIDE_COUNTRY": "GB", "COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    assert BEFORE_SENDING not in words(result.stdout)


@pytest.mark.parametrize("text", ABUSE)
def test_web_coach_says_what_sending_could_do(unlocked: httpx.Client, text: str) -> None:
    response = unlocked.post("/coach", data={"text": text}, headers=HTMX)
    assert response.status_code == 200
    assert "Your safety comes first" in response.text
    assert str(escape(BEFORE_SENDING)) in response.text


@pytest.mark.parametrize("text", NOT_ABUSE)
def test_web_coach_says_nothing_of_the_kind_otherwise(unlocked: httpx.Client, text: str) -> None:
    response = unlocked.post("/coach", data={"text": text}, headers=HTMX)
    assert response.status_code == 200
    assert str(escape(BEFORE_SENDING)) not in response.text
