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
