"""The safety help both faces show: for which country, which lines in which order, and
what to say about the choice. The faces only lay it out (rich text, a page)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alongside.safety import Screening
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


def timezone_country() -> str:
    """The country this device's time zone suggests (the saved one, else the device's own),
    or "" when it says nothing we hold lines for."""
    from alongside.errors import InvalidInput
    from alongside.safety.resources import country_from_timezone
    from alongside.settings import device_timezone, env_timezone, saved_timezone

    try:
        zone = env_timezone() or saved_timezone() or device_timezone()
    except InvalidInput:  # a bad ALONGSIDE_TZ is said where the time zone is used
        zone = saved_timezone() or device_timezone()
    return (country_from_timezone(zone) or "") if zone else ""


def safety_help(
    asked: str | None, chosen: str, kinds: Sequence[str] = (), *, how_to_choose: str
) -> SafetyHelp:
    """The help for `asked` (else `chosen`, the saved or set country), ordered for `kinds`.
    `how_to_choose`: this face's words for saving a country (a command, a link)."""
    from alongside.safety import country_code, country_name, resources_for, supported_countries
    from alongside.safety.messages import (
        ABUSE_KINDS,
        TIMEZONE_GUESS,
        after_help,
        no_country,
        unknown_country,
    )

    wanted = (asked or chosen or "").strip()[:MAX_COUNTRY_CHARS]
    countries = supported_countries()
    guessed = "" if wanted else timezone_country()
    if guessed:  # nothing chosen: this device's time zone is the offline first guess
        wanted = guessed
        notice: str | None = TIMEZONE_GUESS.format(
            place=countries.get(guessed, guessed), how=how_to_choose
        )
    elif not wanted:
        notice = no_country(how_to_choose)
    else:
        notice = None
    code = country_code(wanted)
    if wanted and not code:
        notice = unknown_country(wanted, countries)
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


MAX_FIRST_SERVICES = 2  # the short panel: one or two services that fit (issue 12, round 5)


@dataclass(frozen=True)
class Panel:
    """The short safety panel: what was seen, the one or two services that fit first (the
    emergency number before them where someone may be in danger now), device safety near the
    top where being watched is likely, and the rest one step away ("more help")."""

    seen: str  # one sentence naming what was seen
    their_threat: str  # someone else's threat to hurt themselves: what to do ("" otherwise)
    first: tuple[Resource, ...]  # the emergency number (when urgent), then 1-2 services
    first_place: str  # the place `first` is for ("" for anywhere)
    hinted: tuple[Resource, ...]  # a currency's country, when nothing else says (a hint)
    hinted_place: str
    danger_line: str  # "If you are ever in danger right now, call 999." ("" when first has it)
    emergency_varies: str  # the emergency numbers by country, when the country is not known
    device_first: bool  # device safety goes before the services
    device: tuple[str, ...]  # device-safety sentences for this face
    device_services: tuple[Resource, ...]  # the country's device-safety services
    more: tuple[Resource, ...]  # every other line for the country, in order
    help: SafetyHelp
    face: str = "cli"

    @property
    def words(self) -> dict[str, str]:
        """The panel's headings and fixed sentences for this face (messages.py)."""
        from alongside.safety import messages as m

        place = self.first_place
        return {
            "heading": m.PANEL_HEADING,
            "first": m.FIRST_HELP_PLACE.format(place=place) if place else m.FIRST_HELP,
            "hinted": m.HINTED.format(place=self.hinted_place) if self.hinted_place else "",
            "decide": m.YOU_DECIDE,
            "device": m.DEVICE_HEADING,
            "more": self._more_words().format(n=self.more_count),
            "kept": m.KEPT_RECORD,
            "other_countries": m.OTHER_COUNTRIES_WEB,
            "note": self.more[0].note if self.more else "",
        }

    @property
    def more_groups(self) -> dict[str, list[Resource]]:
        from alongside.safety.resources import KIND_TITLES

        grouped: dict[str, list[Resource]] = {}
        for resource in self.more:
            grouped.setdefault(KIND_TITLES.get(resource.kind, resource.kind), []).append(resource)
        return grouped

    @property
    def more_count(self) -> int:
        return len(self.more)

    def _more_words(self) -> str:
        from alongside.safety import messages as m

        if self.device_first:  # device safety is already above
            return m.MORE_SERVICES_CLI if self.face == "cli" else m.MORE_SERVICES_WEB
        return m.MORE_HELP_CLI if self.face == "cli" else m.MORE_HELP_WEB

    def lines(self) -> list[str]:
        """The panel before "more help", as plain lines (for the length limit and tests)."""
        out = [self.seen, *([self.their_threat] if self.their_threat else [])]
        if self.device_first:
            out.extend(self.device)
        out.extend(f"{r.name}: {r.line}" for r in (*self.hinted, *self.first))
        out.extend(x for x in (self.emergency_varies, self.danger_line) if x)
        return out


def panel(
    kinds: Sequence[str],
    help_found: SafetyHelp,
    *,
    text: str = "",
    face: str = "cli",
    sure: Sequence[str] | None = None,
) -> Panel:
    """The short panel for what the screen found (`kinds`) and the help for the country.

    `text` (what was written) is read only for two hints: words about a phone, a location or
    being watched put device safety first, and a currency sign shows one country's line
    first when no country is known at all. `face`: "cli" or "web" (their device words).
    """
    from alongside.safety.messages import (
        DANGER_NOW_CALL,
        DEVICE_CLI,
        DEVICE_LINES,
        DEVICE_WEB,
        EMERGENCY_VARIES,
        URGENT_KINDS,
        device_first,
        emergency_call,
        named_kinds,
        seen,
        their_threat,
        their_threat_line,
    )
    from alongside.safety.resources import country_hinted_by, help_order, resources_for

    found = tuple(kinds)
    urgent = bool(URGENT_KINDS.intersection(found))
    ordered = list(help_found.resources)
    emergency = [r for r in ordered if r.kind == "emergency"]
    device_services = tuple(r for r in ordered if r.kind == "device")
    lead = [k for k in help_order(found) if k != "emergency"]
    fitting = [k for k in lead[: _lead_count(found)]] or lead[:1]
    theirs = their_threat(found, text)
    if theirs and "domestic_violence" not in fitting:  # their threat: the abuse line beside
        fitting.append("domestic_violence")
    services = _one_of_each(
        [
            r
            for r in ordered
            if r.kind in fitting and not r.secondary and r.kind not in ("emergency", "device")
        ],
        fitting,
    )[:MAX_FIRST_SERVICES]
    if not services or help_found.code is None:  # anywhere: the directories fill in
        rest = [r for r in ordered if r not in services and r.kind not in ("emergency", "device")]
        services = [*services, *rest][:MAX_FIRST_SERVICES]
    first = [*(emergency[:1] if urgent and help_found.code else []), *services]
    hinted: list[Resource] = []
    hinted_place = ""
    if help_found.code is None and text:
        code = country_hinted_by(text)
        if code:
            held = resources_for(code, found)
            hinted = [r for r in held if r.kind == "emergency"][:1]
            hinted += [r for r in held if r.kind in fitting and not r.secondary][:1]
            hinted_place = help_found.countries.get(code, code)
    shown = {id(r) for r in first}
    more = tuple(r for r in ordered if id(r) not in shown and r.kind != "device")
    danger_line = ""
    if help_found.code and not (urgent and emergency):
        call = emergency_call(emergency[0].contact) if emergency else ""
        danger_line = DANGER_NOW_CALL.format(call=call or "call your local emergency number")
    device_words = (*DEVICE_LINES, DEVICE_CLI if face == "cli" else DEVICE_WEB)
    watched = device_first(found, text, sure)
    their_call = emergency_call(emergency[0].contact) if emergency and help_found.code else ""
    return Panel(
        seen=seen(named_kinds(found, text, sure)),
        their_threat=their_threat_line(their_call or "call your local emergency number")
        if theirs
        else "",
        first=tuple(first),
        first_place=help_found.name,
        hinted=tuple(hinted),
        hinted_place=hinted_place,
        danger_line=danger_line,
        emergency_varies="" if help_found.code else EMERGENCY_VARIES,
        device_first=watched,
        device=device_words,
        device_services=device_services,
        more=more,
        help=help_found,
        face=face,
    )


def sure_kinds(screening: Screening) -> tuple[str, ...] | None:
    """The kinds a pattern found (not only the learned layer), or None when hits are not
    known; they name what was seen and decide whether device safety goes first."""
    if not screening.hits:
        return None
    sure = tuple(dict.fromkeys(h.kind for h in screening.hits if h.layer != "model"))
    return sure or None


def _one_of_each(services: list[Resource], kinds: Sequence[str]) -> list[Resource]:
    """`services` with the first of each kind in `kinds` brought to the front, in that order:
    a crisis line and an abuse line side by side rather than two crisis lines."""
    firsts: list[Resource] = []
    for kind in kinds:
        first = next((r for r in services if r.kind == kind), None)
        if first is not None:
            firsts.append(first)
    return [*firsts, *(r for r in services if r not in firsts)]


def _lead_count(kinds: Sequence[str]) -> int:
    """How many kinds of help lead for `kinds` (`[[first]]` in resources.toml)."""
    from alongside.safety.resources import resource_book

    lead: list[str] = []
    for rule in resource_book().first:
        if set(kinds).intersection(rule.found):
            lead.extend(k for k in rule.help if k not in lead)
    return len(lead)
