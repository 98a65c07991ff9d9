"""Offline help resources by country (PRODUCT.md capability 2).

A small data file (`data/resources.toml`): emergency numbers, crisis lines and
domestic-violence lines for several countries plus an international fallback, each with
its source (shown as provenance; never fetched) and a note that numbers can change.

`resources_for(country, kinds)` is the one place that orders them for what the screen found:
the file's `[[first]]` tables say which kinds of help come first for which kinds of danger
(a crisis line for self-harm, a sexual-assault line for sexual violence, a domestic-abuse
line for violence, threats, fear and control). Every surface shows help through it.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from typing import Any

RESOURCES_FILE = "resources.toml"
INTERNATIONAL = "INTL"
KIND_ORDER = (
    "emergency",
    "domestic_violence",
    "stalking",
    "crisis",
    "sexual_violence",
    "directory",
    "children",
    "device",
)
KIND_TITLES = {
    "emergency": "In danger right now",
    "domestic_violence": "Domestic abuse support",
    "stalking": "Stalking, being followed or tracked",
    "crisis": "Crisis and suicide support",
    "sexual_violence": "Sexual assault support",
    "children": "If a child may be at risk",
    "directory": "Find help anywhere",
    "device": "Keeping this private",  # as messages.DEVICE_HEADING
}


@dataclass(frozen=True)
class Resource:
    """One line of help. `kind` is the heading it is shown under (in `resources_for`, the
    first of its kinds to come for what was found); `also`, other kinds of help it gives."""

    name: str
    contact: str
    kind: str
    country: str
    source: str
    note: str
    also: tuple[str, ...] = ()
    hours: str = ""  # plain words: "24 hours, every day", "see the website for times"
    secondary: bool = False  # for some people only: never among the first lines shown

    @property
    def kinds(self) -> tuple[str, ...]:
        return (self.kind, *(k for k in self.also if k != self.kind))

    def to_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "contact": self.contact,
            "kind": self.kind,
            "kinds": list(self.kinds),
            "country": self.country,
            "source": self.source,
            "note": self.note,
            "hours": self.hours,
        }

    @property
    def line(self) -> str:
        """The contact and its hours, as one plain line: "Call 116 123 (free); 24 hours,
        every day"."""
        if not self.hours or self.kind == "emergency":  # an emergency number never closes
            return self.contact
        return f"{self.contact}; {self.hours}"


@dataclass(frozen=True)
class FirstFor:
    """For these kinds of danger (`found`), these kinds of help come first (`help`)."""

    found: tuple[str, ...]
    help: tuple[str, ...]


@dataclass(frozen=True)
class ResourceBook:
    resources: tuple[Resource, ...]
    countries: dict[str, str]  # code -> name
    aliases: dict[str, str]  # other spelling -> code
    note: str
    first: tuple[FirstFor, ...] = ()
    timezones: dict[str, str] | None = None  # a device's time zone -> a country code
    currencies: dict[str, str] | None = None  # a currency sign -> a country code (a hint)
    checked: str = ""  # the date the numbers were last checked


@cache
def resource_book() -> ResourceBook:
    text = files("alongside.safety").joinpath("data", RESOURCES_FILE).read_text(encoding="utf-8")
    data: dict[str, Any] = tomllib.loads(text)
    note = str(data["note"])
    resources = tuple(
        Resource(
            name=str(r["name"]),
            contact=str(r["contact"]),
            kind=str(r["kind"]),
            country=str(r["country"]),
            source=str(r["source"]),
            note=note,
            also=tuple(str(k) for k in r.get("also", ())),
            hours=str(r.get("hours", "")),
            secondary=bool(r.get("secondary", False)),
        )
        for r in data["resource"]
    )
    first = tuple(
        FirstFor(found=tuple(map(str, f["found"])), help=tuple(map(str, f["help"])))
        for f in data.get("first", ())
    )
    return ResourceBook(
        resources=resources,
        countries={str(k): str(v) for k, v in data["countries"].items()},
        aliases={str(k): str(v) for k, v in data["aliases"].items()},
        note=note,
        first=first,
        timezones={str(k): str(v) for k, v in data.get("timezones", {}).items()},
        currencies={str(k): str(v) for k, v in data.get("currencies", {}).items()},
        checked=str(data.get("checked", "")),
    )


def country_code(country: str) -> str | None:
    """The code we hold resources for ("uk", "GB", "United Kingdom" -> "UK"), else None."""
    book = resource_book()
    key = " ".join(country.strip().upper().replace(".", "").split())
    if key in book.countries:
        return key
    return book.aliases.get(key)


def country_from_timezone(zone: str) -> str | None:
    """The country a device's time zone suggests ("Europe/London" -> "UK"), else None."""
    return (resource_book().timezones or {}).get(zone.strip())


def country_hinted_by(text: str) -> str | None:
    """A country a currency sign in `text` points to ("£" -> "UK"), else None. A hint only:
    used when nothing else says where the person is, never over their own choice. A plain "$"
    names no country (too many use it); "A$", "NZ$" and the like do."""
    signs = resource_book().currencies or {}
    for sign in sorted(signs, key=len, reverse=True):
        if sign in text:
            return signs[sign]
    return None


def country_name(country: str) -> str | None:
    code = country_code(country)
    return resource_book().countries[code] if code else None


def supported_countries() -> dict[str, str]:
    """Codes and names of the places we hold resources for (the international list included)."""
    return dict(resource_book().countries)


def help_order(found: Iterable[str] = ()) -> tuple[str, ...]:
    """The kinds of help in the order shown for the kinds of danger `found`.

    The help that fits what was found comes first (`[[first]]` in resources.toml), then the
    emergency number, then the rest in `KIND_ORDER`. Nothing found: `KIND_ORDER` itself.
    """
    found_set = set(found)
    lead: list[str] = []
    for rule in resource_book().first:
        if found_set.intersection(rule.found):
            lead.extend(k for k in rule.help if k not in lead)
    return (*lead, *(k for k in KIND_ORDER if k not in lead))


def resources_for(country: str, kinds: Iterable[str] = ()) -> list[Resource]:
    """Help for `country`, ordered for the kinds of danger the screen found (`kinds`).

    With nothing found, the most urgent first (the emergency number). An unknown or empty
    country gets the international list. A line that gives several kinds of help is listed
    once, under the first of its kinds in the order (`Resource.kind` is that heading).
    """
    code = country_code(country) or INTERNATIONAL
    order = help_order(kinds)
    rank = {kind: i for i, kind in enumerate(order)}
    shown: list[tuple[int, int, Resource]] = []
    for position, resource in enumerate(resource_book().resources):
        if resource.country != code:
            continue
        best = min(resource.kinds, key=lambda k: rank.get(k, len(rank)))
        heading = resource if best == resource.kind else replace(resource, kind=best)
        shown.append((rank.get(best, len(rank)), position, heading))
    return [resource for _, _, resource in sorted(shown, key=lambda item: item[:2])]


def unknown_country_sentence(country: str) -> str:
    """The plain sentence shown when we hold no list for `country` (with the ones we hold)."""
    from alongside.safety.messages import unknown_country

    return unknown_country(country, supported_countries())
