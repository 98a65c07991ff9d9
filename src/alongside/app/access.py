"""Choosing a passphrase: the one rule (`vault.check_new_passphrase`) and the check that
it was typed the same twice, for every face."""

from __future__ import annotations

from alongside.errors import InvalidInput
from alongside.messages import Msg


def new_passphrase_problem(first: str, again: str | None = None) -> str:
    """Why `first` can't be the new passphrase (a sentence), or "" when it can; `again`:
    the same typed a second time, when it was asked twice."""
    from alongside.vault.store import check_new_passphrase

    try:
        check_new_passphrase(first)
    except InvalidInput as problem:
        return str(problem)
    if again is not None and again != first:
        return Msg.PASSPHRASE_MISMATCH
    return ""


def setup_problem(
    passphrase: str | None,
    again: str | None = None,
    *,
    country: str | None = None,
    timezone: str | None = None,
    how: str = "",
) -> str:
    """Why a new record can't be made with these choices (a sentence), or "" when it can;
    checked before anything is made or saved. `passphrase` None: asked later (the CLI asks
    for it after the options are checked). A country or time zone not given (None) is
    chosen later; one given must be one we know."""
    from alongside.app.settings import HOW_CLI, country_problem
    from alongside.settings import timezone_problem

    if passphrase is not None and (problem := new_passphrase_problem(passphrase, again)):
        return problem
    if country is not None and (
        problem := country_problem(country, required=True, how=how or HOW_CLI)
    ):
        return problem
    return timezone_problem(timezone) if timezone is not None else ""
