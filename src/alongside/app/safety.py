"""The safety help both faces show: for which country, which lines in which order, and
what to say about the choice. The faces only lay it out (rich text, a page)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alongside.safety.resources import Resource

MAX_COUNTRY_CHARS = 60  # a country as typed; longer is not a country


@dataclass(frozen=True)
class SafetyHelp:
    """Help for one country (or the international lists), ordered for the kinds found."""

    asked: str  # the country asked for, else the one chosen; "" when there is none
    code: str | None  # its code, when it is one we hold lines for
    name: str  # its name ("" without a code)
    resources: tuple[Resource, ...]  # ordered for the kinds of danger found
    notice: str | None  # how to choose a country, or that this one is not held
    after: str  # what can help next, for the kinds found ("" when none)
    abuse: bool  # the kinds found include abuse (the page shows its own panel)
    countries: Mapping[str, str]  # code -> name of every place we hold lines for

    @property
    def groups(self) -> dict[str, list[Resource]]:
        """The resources under their headings ("Emergency", "Domestic abuse" …), in order."""
        from alongside.safety.resources import KIND_TITLES

        grouped: dict[str, list[Resource]] = {}
        for resource in self.resources:
            grouped.setdefault(KIND_TITLES.get(resource.kind, resource.kind), []).append(resource)
        return grouped


def safety_help(
    asked: str | None, chosen: str, kinds: Sequence[str] = (), *, how_to_choose: str
) -> SafetyHelp:
    """The help for `asked` (else `chosen`, the saved or set country), ordered for `kinds`.
    `how_to_choose`: this face's words for saving a country (a command, a link)."""
    from alongside.safety import country_code, country_name, resources_for, supported_countries
    from alongside.safety.messages import ABUSE_KINDS, after_help, no_country, unknown_country

    wanted = (asked or chosen or "").strip()[:MAX_COUNTRY_CHARS]
    code = country_code(wanted)
    countries = supported_countries()
    if not wanted:
        notice: str | None = no_country(how_to_choose)
    else:
        notice = None if code else unknown_country(wanted, countries)
    return SafetyHelp(
        asked=wanted,
        code=code,
        name=(country_name(code) or code) if code else "",
        resources=tuple(resources_for(wanted, kinds)),
        notice=notice,
        after=after_help(tuple(kinds)) if kinds else "",
        abuse=bool(ABUSE_KINDS.intersection(kinds)),
        countries=countries,
    )
