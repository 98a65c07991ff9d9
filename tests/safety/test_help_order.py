"""What the person sees depends on what was found: the right line first, for every country."""

from __future__ import annotations

import pytest

from alongside.safety import help_order, kind_ids, resources_for, safety_message
from alongside.safety.messages import ABUSE_KINDS, SEEN, after_help
from alongside.safety.resources import INTERNATIONAL, KIND_ORDER, resource_book

COUNTRIES = ["US", "UK", "CA", "AU", "IE", "NZ", "DE", "FR", "IN", "EU"]
ABUSE_FIRST = [
    "physical_violence",
    "threats",
    "fear_of_partner",
    "coercive_control",
    "harm_to_animals",
]


def first_contact(country: str, kinds: tuple[str, ...]) -> str:
    return resources_for(country, kinds)[0].contact


@pytest.mark.parametrize("danger", ["self_harm", "harm_to_others"])
def test_self_harm_and_urges_to_harm_put_the_crisis_line_first(danger: str) -> None:
    assert "988" in first_contact("US", (danger,))
    assert "116 123" in first_contact("UK", (danger,))  # Samaritans
    assert "13 11 14" in first_contact("AU", (danger,))  # Lifeline
    for country in COUNTRIES:
        assert resources_for(country, (danger,))[0].kind == "crisis", country


def test_sexual_violence_puts_the_sexual_assault_line_first() -> None:
    assert "1-800-656-4673" in first_contact("US", ("sexual_violence",))  # RAINN
    assert "0808 500 2222" in first_contact("UK", ("sexual_violence",))  # Rape Crisis
    assert "1800 77 8888" in first_contact("IE", ("sexual_violence",))
    assert "0800 044 334" in first_contact("NZ", ("sexual_violence",))
    assert "1800 737 732" in first_contact("AU", ("sexual_violence",))  # 1800RESPECT
    assert "116 016" in first_contact("DE", ("sexual_violence",))
    for country in COUNTRIES:
        if country == "CA":  # no national sexual-assault line: the abuse line comes first
            assert resources_for(country, ("sexual_violence",))[0].kind == "domestic_violence"
        else:
            assert resources_for(country, ("sexual_violence",))[0].kind == "sexual_violence"


@pytest.mark.parametrize("danger", ABUSE_FIRST)
def test_violence_threats_fear_and_control_put_the_abuse_line_first(danger: str) -> None:
    assert "1-800-799-7233" in first_contact("US", (danger,))
    assert "0808 2000 247" in first_contact("UK", (danger,))
    for country in COUNTRIES:
        assert resources_for(country, (danger,))[0].kind == "domestic_violence", country


def test_stalking_puts_a_stalking_line_first_where_there_is_one_else_the_abuse_line() -> None:
    assert "0808 802 0300" in first_contact("UK", ("stalking",))  # National Stalking Helpline
    assert "1-855-484-2846" in first_contact("US", ("stalking",))  # VictimConnect
    for country in COUNTRIES:
        kinds = [r.kind for r in resources_for(country, ("stalking",))]
        assert kinds[0] in ("stalking", "domestic_violence"), country
        if "stalking" not in kinds:
            assert kinds[0] == "domestic_violence", country


def test_harm_to_children_puts_the_abuse_line_then_the_child_line_first() -> None:
    for country in COUNTRIES:
        kinds = [r.kind for r in resources_for(country, ("harm_to_children",))]
        assert kinds[0] == "domestic_violence", country
        first_other = next(k for k in kinds if k != "domestic_violence")
        assert first_other == "children", country


def test_nothing_found_keeps_the_emergency_number_first() -> None:
    for country in [*COUNTRIES, INTERNATIONAL]:
        assert resources_for(country)[0].kind == "emergency"
    assert help_order() == KIND_ORDER


def test_several_kinds_found_put_each_fitting_line_before_the_emergency_number() -> None:
    order = help_order(["physical_violence", "self_harm"])
    assert order[:3] == ("crisis", "domestic_violence", "emergency")
    shown = [r.kind for r in resources_for("US", ("physical_violence", "self_harm"))]
    assert shown[0] == "crisis" and shown.index("domestic_violence") < shown.index("emergency")


def test_the_international_list_leads_with_the_fitting_directory() -> None:
    assert "hotpeachpages" in first_contact("", ("physical_violence",))
    assert "findahelpline" in first_contact("", ("self_harm",))
    assert "Narnia" not in first_contact("Narnia", ("self_harm",))


@pytest.mark.parametrize("kinds", [(), ("self_harm",), ("sexual_violence", "threats")])
def test_ordering_shows_every_line_once_and_loses_none(kinds: tuple[str, ...]) -> None:
    for country in [*COUNTRIES, INTERNATIONAL]:
        shown = [r.name for r in resources_for(country, kinds)]
        held = [r.name for r in resource_book().resources if r.country == country]
        assert sorted(shown) == sorted(held)


def test_every_kind_the_screen_finds_has_its_help_named_in_the_data() -> None:
    named = {k for rule in resource_book().first for k in rule.found}
    assert set(kind_ids()) <= named
    assert {k for rule in resource_book().first for k in rule.help} <= set(KIND_ORDER)
    assert {k for r in resource_book().resources for k in r.kinds} <= set(KIND_ORDER)


@pytest.mark.parametrize("country", COUNTRIES)
def test_each_country_has_crisis_and_abuse_lines_and_most_a_sexual_assault_line(
    country: str,
) -> None:
    kinds = {k for r in resources_for(country) for k in r.kinds}
    assert {"emergency", "crisis", "domestic_violence", "children"} <= kinds
    assert ("sexual_violence" in kinds) is (country != "CA")


@pytest.mark.parametrize("danger", sorted(ABUSE_KINDS))
def test_abuse_gets_words_about_safety_and_support_never_working_on_it_together(
    danger: str,
) -> None:
    message = safety_message((danger,))
    assert message == SEEN[danger]
    for words in (message, after_help((danger,))):
        lowered = words.lower()
        assert "work through" not in lowered and "working through" not in lowered
        assert "together" not in lowered
        assert "coach" not in lowered
        assert "therapy" not in lowered  # an ex, a stalker: couples therapy is not the frame


def test_self_harm_alone_keeps_the_door_to_the_coach_open() -> None:
    assert "coach" in after_help(("self_harm",))
    assert "suicide" in safety_message(("self_harm",)) or "live" in safety_message(("self_harm",))
    assert "hurt someone" in safety_message(("harm_to_others",))
