"""Offline help resources: every country has emergency, crisis and abuse help, with sources."""

from __future__ import annotations

import re

import pytest

from alongside.safety import (
    country_code,
    country_name,
    resources_for,
    supported_countries,
    unknown_country_sentence,
)
from alongside.safety.resources import KIND_ORDER, resource_book

COUNTRIES = ["US", "UK", "CA", "AU", "IE", "NZ", "DE", "FR", "IN", "EU"]


@pytest.mark.parametrize("code", COUNTRIES)
def test_each_country_has_emergency_crisis_and_abuse_help(code: str) -> None:
    found = resources_for(code)
    kinds = {r.kind for r in found}
    assert {"emergency", "crisis", "domestic_violence"} <= kinds
    assert found[0].kind == "emergency"
    assert all(r.country == code for r in found)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("US", ["911", "988", "1-800-799-7233"]),
        ("UK", ["999", "116 123", "0808 2000 247"]),
        ("AU", ["000", "13 11 14", "1800 737 732"]),
        ("CA", ["911", "988"]),
        ("IE", ["112", "116 123", "1800 341 900"]),
        ("NZ", ["111", "1737", "0800 733 843"]),
        ("DE", ["110", "112", "116 016"]),
        ("FR", ["17", "112", "3919", "3114"]),
        ("IN", ["112", "181", "14416"]),
        ("EU", ["112", "116 123"]),
    ],
)
def test_well_known_numbers_are_listed(code: str, expected: list[str]) -> None:
    contacts = " | ".join(r.contact for r in resources_for(code))
    for number in expected:
        assert number in contacts


def test_every_resource_has_a_source_a_note_and_a_known_kind() -> None:
    for resource in resource_book().resources:
        assert resource.source.strip()
        assert "can change" in resource.note
        assert resource.kind in KIND_ORDER
        assert resource.country in supported_countries()
        assert not re.search(r"https?://", resource.source), (
            "provenance text, never a link to fetch"
        )


@pytest.mark.parametrize(
    ("spelling", "code"),
    [
        ("uk", "UK"),
        ("GB", "UK"),
        ("United Kingdom", "UK"),
        (" us ", "US"),
        ("U.S.A.", "US"),
        ("new   zealand", "NZ"),
        ("Deutschland", "DE"),
        ("ie", "IE"),
    ],
)
def test_countries_are_recognised_in_common_spellings(spelling: str, code: str) -> None:
    assert country_code(spelling) == code


@pytest.mark.parametrize("country", ["Narnia", "", "  ", "ZZ", "\x00"])
def test_an_unknown_country_gets_the_international_list_and_a_plain_sentence(country: str) -> None:
    found = resources_for(country)
    assert found and all(r.country == "INTL" for r in found)
    assert any("findahelpline.com" in r.contact for r in found)
    assert country_code(country) is None and country_name(country) is None
    assert "don't have a list" in unknown_country_sentence(country)
