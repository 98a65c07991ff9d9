"""The web coach says the same as `alongside check` when no whole message is written
(issue 12): over real HTTP, our own examples."""

from __future__ import annotations

import httpx
from markupsafe import escape

from tests.web.conftest import coach_says


def test_the_web_coach_fits_its_feedback_to_the_message(unlocked: httpx.Client) -> None:
    proxy = coach_says(unlocked, "My brother reckons you're an alcoholic, and so does his wife.")
    assert "Might push" in proxy
    assert str(escape("someone else's words; they can stay exactly")) not in proxy

    condition = coach_says(unlocked, "Your anxiety isn't an excuse for skipping my dad's wake.")
    assert "reads like a diagnosis" not in condition
    assert "is a real hurt" in condition
    assert str(escape("I was so hurt about you skipping my dad's wake")) in condition

    feeling = coach_says(unlocked, "i feel hopeless when the bills come in and we don't talk")
    assert "About you" not in feeling and "define you" not in feeling

    demand = coach_says(unlocked, "We need to sort the money out. Tonight. No excuses.")
    assert "leave it for tonight" not in demand


def test_the_web_coach_reads_appeasing_for_care(unlocked: httpx.Client) -> None:
    page = coach_says(
        unlocked,
        "sorry i made u so upset, ill try harder not to upset u and i wont see my friends again",
    )
    assert "Lovely" not in page
    assert "owning your part" not in page.lower()
    assert "keeping the peace" in page


def test_the_web_coach_hedges_words_that_may_land_hard(unlocked: httpx.Client) -> None:
    """A push no rule names, read by the learned layer's lean head (tests/coach/test_leaning.py):
    the page says so plainly, as `alongside check` does, and never "Lovely"."""
    page = coach_says(unlocked, "guess the dishes will just wash themselves again")
    assert "Some words may land harder than you mean" in page
    assert "may read as a dig, even if you mean it lightly" in page  # what it may read as
    assert "say it straight instead" in page  # and an idea that fits
    assert "Lovely" not in page
