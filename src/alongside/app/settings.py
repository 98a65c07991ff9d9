"""Settings both faces change: the country whose helplines are shown (saved on this device,
`ALONGSIDE_COUNTRY` comes first). One rule for what is accepted, one way to save it."""

from __future__ import annotations

from pathlib import Path

from alongside.errors import InvalidInput

HOW_CLI = "for example: alongside settings country GB"
HOW_WEB = "choosing one from the list"


def country_problem(country: str, *, required: bool = False, how: str = HOW_CLI) -> str:
    """ "" when `country` is one we hold helplines for (or empty and not `required`: chosen
    later); else a plain sentence listing the ones we hold (`how`: this face's way to pick)."""
    from alongside.safety import country_code, supported_countries
    from alongside.safety.messages import bad_country

    if (not country.strip() and not required) or country_code(country) is not None:
        return ""
    return bad_country(country, supported_countries(), how)


def choose_country(country: str, *, home: Path | None = None, how: str = HOW_CLI) -> str:
    """Save `country` (a code or a name we know) as the chosen one; returns its name.
    `InvalidInput`, listing ours, when we don't hold helplines for it."""
    from alongside.safety import country_code, country_name
    from alongside.settings import save_country

    problem = country_problem(country, required=True, how=how)
    if problem:
        raise InvalidInput(problem)
    code = country_code(country) or ""
    save_country(code, home)
    return country_name(code) or code
