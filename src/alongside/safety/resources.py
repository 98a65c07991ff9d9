"""Offline help resources by country (PRODUCT.md capability 2).

A small data file (`data/resources.toml`): emergency numbers, crisis lines and
domestic-violence lines for several countries plus an international fallback, each with
its source (shown as provenance; never fetched) and a note that numbers can change.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

RESOURCES_FILE = "resources.toml"
INTERNATIONAL = "INTL"
KIND_ORDER = (
    "emergency",
    "domestic_violence",
    "crisis",
    "sexual_violence",
    "directory",
    "children",
)
KIND_TITLES = {
    "emergency": "In danger right now",
    "domestic_violence": "Domestic abuse support",
    "crisis": "Crisis and suicide support",
    "sexual_violence": "Sexual assault support",
    "children": "If a child may be at risk",
    "directory": "Find help anywhere",
}


@dataclass(frozen=True)
class Resource:
    name: str
    contact: str
    kind: str
    country: str
    source: str
    note: str

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "contact": self.contact,
            "kind": self.kind,
            "country": self.country,
            "source": self.source,
            "note": self.note,
        }


@dataclass(frozen=True)
class ResourceBook:
    resources: tuple[Resource, ...]
    countries: dict[str, str]  # code -> name
    aliases: dict[str, str]  # other spelling -> code
    note: str


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
        )
        for r in data["resource"]
    )
    return ResourceBook(
        resources=resources,
        countries={str(k): str(v) for k, v in data["countries"].items()},
        aliases={str(k): str(v) for k, v in data["aliases"].items()},
        note=note,
    )


def country_code(country: str) -> str | None:
    """The code we hold resources for ("uk", "GB", "United Kingdom" -> "UK"), else None."""
    book = resource_book()
    key = " ".join(country.strip().upper().replace(".", "").split())
    if key in book.countries:
        return key
    return book.aliases.get(key)


def country_name(country: str) -> str | None:
    code = country_code(country)
    return resource_book().countries[code] if code else None


def supported_countries() -> dict[str, str]:
    """Codes and names of the places we hold resources for (the international list included)."""
    return dict(resource_book().countries)


def resources_for(country: str) -> list[Resource]:
    """Help for `country`, most urgent first; an unknown country gets the international list."""
    code = country_code(country) or INTERNATIONAL
    chosen = [r for r in resource_book().resources if r.country == code]
    return sorted(chosen, key=lambda r: KIND_ORDER.index(r.kind))


def unknown_country_sentence(country: str) -> str:
    """The plain sentence shown when we hold no list for `country`."""
    shown = country.strip() or "that place"
    return (
        f"We don't have a list of helplines for {shown} yet, so here are ways to find help "
        "anywhere. Your local emergency number is always the first call if you are in danger."
    )
