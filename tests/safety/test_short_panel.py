"""The short safety panel (issue 12, blind round 5): what was seen in one sentence, the one or
two services that fit first for the kind and the country, device safety first where being
watched is likely, and everything else one step away.

Raters said the panel was a wall of up to eight services, showed UK numbers beside dollar
amounts, had nothing for stalking and buried device safety at the end. The messages here are
our own, written for this test.
"""

from __future__ import annotations

import re

import pytest

from alongside.app.safety import MAX_FIRST_SERVICES, Panel, panel, safety_help, sure_kinds
from alongside.safety import kind_ids, screen
from alongside.safety.messages import (
    DEVICE_CLI,
    DEVICE_LINES,
    EMERGENCY_VARIES,
    SEEN,
    URGENT_KINDS,
    seen,
)
from alongside.safety.resources import (
    country_from_timezone,
    country_hinted_by,
    resource_book,
    resources_for,
)
from tests.conftest import RunCli

COUNTRIES = ["UK", "IE", "US", "CA", "AU", "NZ"]
HOW = "alongside settings country XX"
MAX_PANEL_LINES = 8  # seen + up to 3 lines of help + the danger line, device lines aside


def short(kinds: tuple[str, ...], country: str, text: str = "") -> Panel:
    return panel(kinds, safety_help(country, "", kinds, how_to_choose=HOW), text=text)


@pytest.mark.parametrize("kind", sorted(kind_ids()))
@pytest.mark.parametrize("country", COUNTRIES)
def test_each_kind_gets_one_sentence_and_one_or_two_services_for_its_country(
    kind: str, country: str
) -> None:
    shown = short((kind,), country)
    assert shown.seen == SEEN[kind]
    assert shown.seen.count(". ") == 0, "one sentence"
    services = [r for r in shown.first if r.kind != "emergency"]
    assert 1 <= len(services) <= MAX_FIRST_SERVICES
    assert all(r.country == country and not r.secondary for r in shown.first)
    assert len([*shown.lines()]) - (len(shown.device) if shown.device_first else 0) <= (
        MAX_PANEL_LINES
    )
    if kind in URGENT_KINDS:  # someone may be in danger now: the emergency number first
        assert shown.first[0].kind == "emergency"
        assert not shown.danger_line
    else:
        assert all(r.kind != "emergency" for r in shown.first)
        emergency = next(r for r in resources_for(country) if r.kind == "emergency")
        number = re.search(r"\d+", emergency.contact)
        assert number and number.group() in shown.danger_line
    # nothing lost: every other line for the country is under "more help"
    held = {r.name for r in resources_for(country) if r.kind != "device"}
    assert {r.name for r in (*shown.first, *shown.more)} == held


@pytest.mark.parametrize("country", COUNTRIES)
def test_self_harm_puts_the_emergency_number_then_a_crisis_line_first(country: str) -> None:
    shown = short(("self_harm",), country)
    assert [r.kind for r in shown.first][:2] == ["emergency", "crisis"]


@pytest.mark.parametrize("country", COUNTRIES)
def test_violence_puts_the_emergency_number_then_an_abuse_line(country: str) -> None:
    shown = short(("physical_violence",), country)
    assert [r.kind for r in shown.first][:2] == ["emergency", "domestic_violence"]


@pytest.mark.parametrize("country", COUNTRIES)
def test_control_and_fear_put_an_abuse_line_first_and_no_crisis_line(country: str) -> None:
    for kind in ("coercive_control", "fear_of_partner"):
        shown = short((kind,), country)
        assert shown.first[0].kind == "domestic_violence"
        assert all(r.kind != "crisis" for r in shown.first)


@pytest.mark.parametrize("country", COUNTRIES)
def test_harm_to_children_shows_a_child_line_in_the_first_two(country: str) -> None:
    shown = short(("harm_to_children",), country)
    assert "children" in [r.kind for r in shown.first]


def test_stalking_shows_the_stalking_line_and_device_safety_first() -> None:
    uk = short(("stalking",), "UK")
    assert uk.device_first
    assert [r.kind for r in uk.first] == ["stalking", "domestic_violence"]
    assert "0808 802 0300" in uk.first[0].contact
    assert "refugetechsafety.org" in " ".join(r.contact for r in uk.device_services)
    us = short(("stalking",), "US")
    assert "1-855-484-2846" in us.first[0].contact
    assert "techsafety.org" in " ".join(r.contact for r in us.device_services)
    lines = uk.lines()
    assert lines.index(DEVICE_LINES[0]) < lines.index(f"{uk.first[0].name}: {uk.first[0].line}")


def test_device_safety_comes_first_for_control_with_a_watched_phone_only() -> None:
    text = "He checks my phone every night and has my location on all the time."
    assert short(("coercive_control",), "UK", text).device_first
    money = "He takes my whole paycheck and gives me forty a week."
    assert not short(("coercive_control",), "UK", money).device_first
    # device safety is still reachable: in every panel's words for its face
    assert DEVICE_CLI in short(("coercive_control",), "UK", money).device


def test_a_kind_only_the_learned_layer_found_does_not_name_what_was_seen() -> None:
    found = screen("He calls me an ugly fat pig when he's angry.")
    assert found.flagged and "coercive_control" in found.kinds
    sure = sure_kinds(found)
    assert sure is not None and "coercive_control" in sure
    shown = panel(
        found.kinds, safety_help("UK", "", found.kinds, how_to_choose=HOW), text="", sure=sure
    )
    assert shown.seen == SEEN["coercive_control"]
    assert not shown.device_first


def test_an_unknown_country_says_the_emergency_number_varies_and_gives_the_world_lines() -> None:
    shown = short(("physical_violence",), "")
    assert shown.emergency_varies == EMERGENCY_VARIES
    for number in ("911", "999", "112", "000", "111"):
        assert number in shown.emergency_varies
    assert all(r.country == "INTL" for r in shown.first)
    assert not shown.hinted


def test_a_currency_is_only_a_hint_and_only_without_a_country() -> None:
    pounds = "He took my card and left me twenty £ for the week, and he hit me."
    hinted = short(("physical_violence",), "", pounds)
    assert hinted.hinted_place == "the United Kingdom"
    assert [r.kind for r in hinted.hinted] == ["emergency", "domestic_violence"]
    assert "999" in hinted.hinted[0].contact
    # a chosen country always wins over a currency
    chosen = short(("physical_violence",), "US", pounds)
    assert not chosen.hinted and chosen.first[0].contact == "Call 911"
    # a plain "$" names no country: too many use it
    dollars = short(("coercive_control",), "", "He gives me $40 a week for groceries.")
    assert not dollars.hinted
    assert country_hinted_by("$40") is None
    assert country_hinted_by("A$40") == "AU" and country_hinted_by("NZ$ 40") == "NZ"
    assert country_hinted_by("€40") == "EU" and country_hinted_by("CA$40") == "CA"


def test_the_time_zone_is_the_offline_first_guess_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert country_from_timezone("Europe/London") == "UK"
    assert country_from_timezone("Pacific/Auckland") == "NZ"
    assert country_from_timezone("America/Toronto") == "CA"
    assert country_from_timezone("Asia/Tokyo") is None
    monkeypatch.setenv("TZ", "Australia/Sydney")
    found = safety_help("", "", ("physical_violence",), how_to_choose=HOW)
    assert found.code == "AU" and found.notice and "time zone" in found.notice
    assert HOW in found.notice
    monkeypatch.setenv("TZ", "UTC")
    assert safety_help("", "", (), how_to_choose=HOW).code is None
    monkeypatch.setenv("TZ", "Australia/Sydney")
    assert safety_help("", "NZ", (), how_to_choose=HOW).code == "NZ"  # a choice wins


def test_every_line_for_the_six_countries_has_hours_and_the_data_says_when_checked() -> None:
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", resource_book().checked)
    for country in COUNTRIES:
        for resource in resources_for(country):
            assert resource.hours.strip(), resource.name
            assert resource.contact.strip() and resource.source.strip()
            assert "24/7" not in resource.contact  # hours live in `hours`, said in words


def test_every_sentence_is_warm_and_never_a_diagnosis() -> None:
    words = [*SEEN.values(), *DEVICE_LINES, seen(())]
    for sentence in words:
        lowered = sentence.lower()
        for cold in (
            "you are abused",
            "victim",
            "disorder",
            "should have",
            "why didn't",
            "you must",
        ):
            assert cold not in lowered, sentence
        assert "therapy" not in lowered


@pytest.mark.parametrize(
    ("text", "country", "first", "not_first"),
    [
        (
            "He checks my phone every night and has my location on all the time.",
            "UK",
            ["Keeping this private", "0808 2000 247"],
            ["116 123", "0808 800 5000"],
        ),
        (
            "some nights i think everyone would be better off without me",
            "IE",
            ["Call 112 or 999", "116 123"],
            ["1800 341 900", "1800 66 66 66"],
        ),
        ("He punched me in the face last night.", "AU", ["Call 000", "1800 737 732"], ["13 11 14"]),
        (
            "She said she'd hurt the kids if I left.",
            "NZ",
            ["0800 733 843", "0508 326 459"],
            ["1737"],
        ),
    ],
)
def test_check_shows_the_short_panel_and_the_rest_one_command_away(
    cli: RunCli, text: str, country: str, first: list[str], not_first: list[str]
) -> None:
    result = cli("check", "--country", country, text, env={"COLUMNS": "100"})
    assert result.returncode == 0, result.stderr
    out = " ".join(result.stdout.split())
    head, _, tail = out.partition("More help (")
    assert tail and "alongside safety" in tail  # how to see all: one short line
    for words in first:
        assert words in head, (words, head)
    for words in not_first:
        assert words not in head, (words, head)
    assert "source:" not in head  # provenance is under `alongside safety`
    lines = [x for x in result.stdout.splitlines() if x.strip()]
    assert len(lines) <= 30, result.stdout
    everything = cli("safety", "--country", country, env={"COLUMNS": "100"}).stdout
    for words in not_first:
        assert words in " ".join(everything.split())
    assert "Keeping this private" in everything  # device safety: always reachable


def test_check_save_keeps_the_words_in_the_record_beside_the_panel(cli: RunCli) -> None:
    from tests.conftest import TEST_PASSPHRASE

    env = {"ALONGSIDE_COUNTRY": "UK"}
    assert cli("init", env={**env, "ALONGSIDE_PASSPHRASE": TEST_PASSPHRASE}).returncode == 0
    text = "He hit me again last night and took my phone."
    saved = cli("check", "--save", text, passphrase=TEST_PASSPHRASE, env=env)
    assert saved.returncode == 0, saved.stderr
    assert "Your safety comes first" in saved.stdout
    assert "Saved to your private record" in saved.stdout
    listed = cli("export", passphrase=TEST_PASSPHRASE, env=env)
    assert text in listed.stdout, listed.stdout + listed.stderr


def test_a_watched_phone_is_named_as_being_watched() -> None:
    text = "He checks my phone every night and has my location on all the time."
    shown = short(("stalking", "coercive_control"), "UK", text)
    assert shown.seen == SEEN["stalking"] and shown.device_first
    kinds = ("stalking", "coercive_control")
    found = safety_help("UK", "", kinds, how_to_choose=HOW)
    put_down = panel(kinds, found, text="He calls me a fat pig.", sure=("coercive_control",))
    assert put_down.seen == SEEN["coercive_control"]  # no watched phone: control leads
