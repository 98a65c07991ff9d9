"""`safety` and `resources`: who can help, right now (issue 3; PRODUCT.md capability 2).

Thin over `alongside.safety`; the display itself is `cli.safety_view.print_safety`.
Readiness, questions and rehearsal are `practice_ready`, `practice_questions` and
`practice_rehearse`. Heavy imports stay inside commands.
"""

from __future__ import annotations

import typer

from alongside.cli.options import AsJson, Country, print_json
from alongside.cli.safety_view import chosen, print_safety


def register(app: typer.Typer) -> None:
    """Add `safety` and `resources` to `app` (ready, breathe, questions, reflect and rehearse
    register from their own modules; the display is `cli.safety_view`)."""
    app.command("safety")(safety)
    app.command("resources")(resources)


def safety(country: Country = None, as_json: AsJson = False) -> None:
    """Who can help, right now: emergency numbers, crisis and domestic-abuse lines.

    Safety comes before any conversation about therapy. The list is offline and shown
    from this device; nothing is looked up or sent anywhere.

    Example: alongside safety --country UK
    """
    from alongside.safety import country_code, resources_for

    place = chosen(country)
    if as_json:
        payload = {
            "country": country_code(place) or "INTL",
            "known_country": country_code(place) is not None,
            "chosen": place,
            "resources": [r.to_json() for r in resources_for(place)],
        }
        print_json(payload)
        return
    print_safety(country=place)


def resources(country: Country = None, as_json: AsJson = False) -> None:
    """The same list as `alongside safety`: helplines and emergency numbers.

    Example: alongside resources --country AU
    """
    safety(country=country, as_json=as_json)
