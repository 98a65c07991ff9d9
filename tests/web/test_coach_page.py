"""The coach page and `POST /api/coach` over real HTTP."""

from __future__ import annotations

import re

import httpx
import pytest
from markupsafe import escape

from alongside.coach import analyse
from tests.web.server import LiveServer, csrf_of

PUSHY = "You never listen. You need therapy or we're done."
HARMED = "He pushed me against the wall last night and I'm scared to go home."
HTMX = {"HX-Request": "true"}


def coach(client: httpx.Client, text: str, **extra: str) -> httpx.Response:
    return client.post("/coach", data={"text": text, **extra}, headers=HTMX)


def test_typing_shows_marked_words_why_and_a_gentler_rewrite(unlocked: httpx.Client) -> None:
    response = coach(unlocked, PUSHY)
    assert response.status_code == 200
    assert "<html" not in response.text  # a fragment for htmx, not a page
    assert '<mark class="pushing">never</mark>' in response.text
    assert '<mark class="pushing">You need therapy</mark>' in response.text
    expected = analyse(PUSHY)
    assert expected.findings
    for finding in expected.findings:
        assert str(escape(finding.why)) in response.text
        if finding.rewrite:
            assert str(escape(finding.rewrite)) in response.text
    rewrites = sum(1 for f in expected.findings if f.rewrite)
    whole = 1 if expected.suggestion else 0
    assert rewrites >= 1
    assert response.text.count('class="copy"') == rewrites + whole
    assert "Keep this message in my record" in response.text


def test_the_page_works_without_javascript(unlocked: httpx.Client) -> None:
    token = csrf_of(unlocked)
    response = unlocked.post(
        "/coach", data={"text": PUSHY, "csrf_token": token}, headers={"X-CSRF-Token": ""}
    )
    assert response.status_code == 200
    assert "<html" in response.text and 'aria-live="polite"' in response.text
    assert '<mark class="pushing">never</mark>' in response.text
    assert "We&#39;re done" in response.text or "we&#39;re done" in response.text


def test_safety_comes_before_coaching(unlocked: httpx.Client) -> None:
    response = coach(unlocked, HARMED)
    assert "Your safety comes first" in response.text
    assert "In danger right now" in response.text
    assert "Might push" not in response.text
    assert "<mark" not in response.text
    assert "Keep this message" not in response.text


def test_too_long_keeps_the_words_and_says_why(unlocked: httpx.Client) -> None:
    token = csrf_of(unlocked)
    text = "I feel tired. " * 2_000
    response = unlocked.post(
        "/coach", data={"text": text, "csrf_token": token}, headers={"X-CSRF-Token": ""}
    )
    assert response.status_code == 400
    assert "please try one part first" in response.text
    assert text.strip() in response.text


def test_a_stale_page_keeps_the_words(server: LiveServer, client: httpx.Client) -> None:
    token = csrf_of(client)  # a page from before the record was created
    response = client.post("/coach", data={"text": "my words", "csrf_token": "old"})
    assert response.status_code in (400, 401)
    assert ">my words</textarea>" in response.text
    response = client.post("/coach", data={"text": "my words", "csrf_token": token})
    assert ">my words</textarea>" in response.text


def test_a_page_without_the_key_keeps_the_words_and_reads_nothing(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    response = unlocked.post(
        "/coach", data={"text": "my words", "csrf_token": "old"}, headers={"X-CSRF-Token": ""}
    )
    assert response.status_code == 401
    assert ">my words</textarea>" in response.text
    assert "locked" in response.text


def test_keeping_a_message_saves_it_once(unlocked: httpx.Client) -> None:
    result = coach(unlocked, PUSHY)
    form_id = re.search(r'name="form_id" value="([^"]+)"', result.text)
    assert form_id
    data = {"text": PUSHY, "form_id": form_id.group(1)}
    first = unlocked.post("/coach/save", data=data, headers=HTMX)
    second = unlocked.post("/coach/save", data=data, headers=HTMX)
    assert "Kept in your record" in first.text and "Kept in your record" in second.text
    saved = unlocked.get("/api/record/message").json()
    assert saved["total"] == 1
    fields = saved["entries"][0]["fields"]
    assert fields["text"] == PUSHY
    assert fields["pushing"] == analyse(PUSHY).pushing
    assert '"absolute"' in fields["findings"]


def test_keeping_an_empty_message_says_so(unlocked: httpx.Client) -> None:
    response = unlocked.post("/coach/save", data={"text": "  ", "form_id": "x"}, headers=HTMX)
    assert response.status_code == 400
    assert "The message is empty" in response.text
    assert unlocked.get("/api/record/message").json()["total"] == 0


def test_coach_page_asks_to_unlock_first(client: httpx.Client) -> None:
    assert client.get("/coach").status_code == 303


def test_coaching_while_locked_says_so_and_keeps_the_words(unlocked: httpx.Client) -> None:
    unlocked.post("/lock")
    partial = unlocked.post("/coach", data={"text": PUSHY}, headers=HTMX)
    assert partial.status_code == 401
    assert "locked itself after a quiet period" in partial.text
    assert "<mark" not in partial.text
    token = csrf_of(unlocked)
    page = unlocked.post(
        "/coach", data={"text": PUSHY, "csrf_token": token}, headers={"X-CSRF-Token": ""}
    )
    assert page.status_code == 401
    assert str(escape(PUSHY)) + "</textarea>" in page.text


@pytest.mark.parametrize(
    "text", [PUSHY, HARMED, "", "Could we try one session together, just to see?", "🙂\u0000\u202e"]
)
def test_api_coach_matches_the_batch_format(unlocked: httpx.Client, text: str) -> None:
    response = unlocked.post("/api/coach", json={"text": text})
    assert response.status_code == 200
    analysis = analyse(text)
    assert response.json() == {**analysis.to_json(), "suggestion": analysis.suggestion}


def test_api_coach_refuses_without_token_when_locked_or_too_long(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    assert (
        unlocked.post("/api/coach", json={"text": "x"}, headers={"X-CSRF-Token": ""}).status_code
        == 403
    )
    too_long = unlocked.post("/api/coach", json={"text": "a" * 20_001})
    assert too_long.status_code == 422
    assert "long message (20,001 characters)" in too_long.json()["detail"]
    unlocked.post("/lock")
    assert unlocked.post("/api/coach", json={"text": "x"}).status_code == 401


def test_principles_are_one_tap_away_and_left_sentences_get_a_hint(unlocked: httpx.Client) -> None:
    response = coach(unlocked, PUSHY)
    assert response.status_code == 200
    outside = re.sub(r"<details class=\"why\">.*?</details>", "", response.text, flags=re.S)
    assert not re.search(r"\bP\d{1,2}\b|PIUS|rules_pushing", outside)
    assert '<details class="why"><summary>why?</summary>' in response.text
    assert "Principles: P6, P19, P1" in response.text
    assert "Over to you:" in response.text
    assert "either way" not in response.text
    # a sentence with a fact the composer cannot use is left for the person: its note says
    # what to do, once; it is not listed again with "See note 1 above" (blind raters)
    left = coach(unlocked, "You're so selfish. You never help with the kids since 2021.")
    assert 'id="suggestion-text"' not in left.text
    assert left.text.count("Over to you:") + left.text.count("Gentler:") == 2
    assert "Left for you to put in your own words" not in left.text
    assert "See note" not in left.text and "as in note" not in left.text


def test_the_feeling_picker_names_only_the_feeling_picked(unlocked: httpx.Client) -> None:
    text = "Every time I bring it up, you walk away."
    response = coach(unlocked, text)
    assert 'name="feel" value="hurt"' in response.text
    assert 'id="suggestion-text"' not in response.text  # only the person's own words again
    picked = coach(unlocked, text, feel="hurt")
    suggestion = picked.text.split('id="suggestion-text">', 1)[1].split("</p>")[0]
    assert str(escape("Every time I bring it up, you walk away. I feel hurt.")) in suggestion
    assert 'value="hurt" class="feel picked" aria-pressed="true"' in picked.text
    odd = coach(unlocked, text, feel="<script>")
    assert "I feel" not in odd.text and "<script>" not in odd.text


def test_a_limit_said_kindly_is_the_persons_own_not_pushing(unlocked: httpx.Client) -> None:
    response = coach(unlocked, "I'm not ready to talk about it yet. Please don't push me on it.")
    assert response.status_code == 200
    assert "Yours, kept as it is" in response.text
    assert "This is your limit, said kindly" in response.text
    assert "<h2>Might push</h2>" not in response.text
    assert '<mark class="pushing">' not in response.text


def test_a_label_in_a_story_about_them_is_kept_for_the_record(unlocked: httpx.Client) -> None:
    response = coach(unlocked, "He's such a slob, honestly.")
    assert response.status_code == 200
    assert "About them, for the record" in response.text
    assert '<mark class="pushing">' not in response.text
    assert "story about them" in response.text


def test_each_point_reads_once_and_fits_on_the_page(unlocked: httpx.Client) -> None:
    """Blind round 4b, on the page as in the CLI: the same praise once, an "every time" they
    report kept as theirs, no cross-reference, and the money note instead of praise."""
    shared = coach(unlocked, "We can try again tomorrow. We can also ask your sister to help.")
    assert shared.text.count("A shared goal") == 1
    counted = coach(
        unlocked, "Every single time your brother visits, the fridge is empty by Sunday."
    )
    assert "Yours, kept as it is" in counted.text and "You counted" not in counted.text
    assert "as in note" not in counted.text and "See note" not in counted.text
    money = coach(
        unlocked,
        "I've forwarded you my statements for March. The £30 was for Mum's present, sorry.",
    )
    assert "keeping the peace about money" in money.text
    assert "Owning your part" not in money.text and "owning your part" not in money.text
