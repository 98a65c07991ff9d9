"""Before we talk, questions and rehearsal, over real HTTP."""

from __future__ import annotations

import re

import httpx
import pytest

from alongside.coach.questions import questions_for
from alongside.coach.rehearsal import objection_book
from tests.web.server import csrf_of

HTMX = {"HX-Request": "true"}


def ready(client: httpx.Client, **values: str) -> httpx.Response:
    return client.post("/ready", data={"csrf_token": csrf_of(client), **values})


def test_ready_says_now_when_both_are_calm(unlocked: httpx.Client) -> None:
    response = ready(unlocked, me="8", partner="8", minutes="")
    assert response.status_code == 200
    assert "Now looks like a good moment" in response.text
    assert "Cooling off" not in response.text


def test_ready_says_wait_and_counts_down_after_an_argument(unlocked: httpx.Client) -> None:
    response = ready(unlocked, me="8", partner="8", minutes="5")
    assert "Not just yet" in response.text
    assert "The argument was 5 minutes ago" in response.text
    assert "data-countdown-until=" in response.text
    assert re.search(r'<progress class="countdown-bar" max="1200" value="300"', response.text)


def test_ready_reads_our_agreements_from_the_record(unlocked: httpx.Client) -> None:
    unlocked.post(
        "/api/record/agreement", json={"fields": {"agreement": "No hard talks after 9pm."}}
    )
    response = ready(unlocked, me="9", partner="9", minutes="")
    assert "You agreed: &#34;No hard talks after 9pm.&#34;" in response.text


def test_ready_offers_breathing_patterns(unlocked: httpx.Client) -> None:
    page = unlocked.get("/ready")
    steps = re.findall(r'data-breath-steps="([^"]+)"', page.text)
    assert steps and all(re.fullmatch(r"([^:|]+:\d+\|?)+", s) for s in steps)
    assert "breath-start" in page.text


@pytest.mark.parametrize(
    ("values", "words"),
    [
        ({"me": "", "partner": "5", "minutes": ""}, "how calm you feel, from 0 to 10"),
        ({"me": "5", "partner": "11", "minutes": ""}, "how calm your partner seems"),
        ({"me": "5", "partner": "5", "minutes": "ten"}, "as a whole number"),
        ({"me": "5", "partner": "5", "minutes": "-3"}, "as a whole number"),
    ],
)
def test_ready_bad_input_is_explained_and_kept(
    unlocked: httpx.Client, values: dict[str, str], words: str
) -> None:
    response = ready(unlocked, **values)
    assert response.status_code == 400
    assert words in response.text
    assert f'value="{values["minutes"]}"' in response.text


def test_ready_with_a_stale_page_does_nothing(unlocked: httpx.Client) -> None:
    response = unlocked.post("/ready", data={"csrf_token": "old", "me": "8", "partner": "8"})
    assert response.status_code == 403
    assert "nothing was done yet" in response.text


def test_questions_by_topic_and_stage(unlocked: httpx.Client) -> None:
    page = unlocked.get("/practice", params={"topic": "fears", "stage": "considering"})
    expected = questions_for("fears", "considering")
    assert expected
    for question in expected:
        assert str(question.text).replace("'", "&#39;") in page.text
    others = [q for q in questions_for("cost") if q not in expected]
    assert others and others[0].text.replace("'", "&#39;") not in page.text


def test_unknown_topic_shows_everything(unlocked: httpx.Client) -> None:
    page = unlocked.get("/practice", params={"topic": "<script>"})
    assert page.status_code == 200
    assert "<script>" not in page.text.split("<main")[1]


def test_rehearsal_is_a_chat_one_objection_at_a_time(unlocked: httpx.Client) -> None:
    first = objection_book().objections[0]
    started = unlocked.post(
        "/practice/rehearse", data={"csrf_token": csrf_of(unlocked), "objection": first.id}
    )
    assert started.status_code == 303
    page = unlocked.get("/practice")
    assert "round 1 of 3" in page.text
    reply = unlocked.post(
        "/practice/reply",
        data={"reply": "You should just go, you obviously need it."},
        headers=HTMX,
    )
    assert reply.status_code == 200
    assert "You should just go" in reply.text
    assert "Try:" in reply.text and "Gentler:" in reply.text
    assert "round 2 of 3" in reply.text
    for answer in ("That sounds scary. What worries you most?", "I hear you."):
        done = unlocked.post("/practice/reply", data={"reply": answer}, headers=HTMX)
    assert "Well practised" in done.text
    again = unlocked.post("/practice/reply", data={"reply": "one more"}, headers=HTMX)
    assert again.status_code == 400
    assert "This practice has finished" in again.text


def test_rehearsal_stops_for_safety(unlocked: httpx.Client) -> None:
    unlocked.post("/practice/rehearse", data={"csrf_token": csrf_of(unlocked)})
    reply = unlocked.post(
        "/practice/reply", data={"reply": "He hits me when I bring it up."}, headers=HTMX
    )
    assert "Your safety comes first" in reply.text
    assert "Paused for your safety" in reply.text


def test_reply_without_a_rehearsal_or_too_long(unlocked: httpx.Client) -> None:
    none = unlocked.post("/practice/reply", data={"reply": "hello"}, headers=HTMX)
    assert none.status_code == 400
    unlocked.post("/practice/rehearse", data={"csrf_token": csrf_of(unlocked)})
    long = unlocked.post("/practice/reply", data={"reply": "x" * 20_001}, headers=HTMX)
    assert long.status_code == 400
    assert "under 20,000 characters" in long.text


def test_locking_forgets_the_rehearsal(unlocked: httpx.Client) -> None:
    unlocked.post("/practice/rehearse", data={"csrf_token": csrf_of(unlocked)})
    unlocked.post("/lock")
    assert unlocked.get("/practice").status_code == 303
