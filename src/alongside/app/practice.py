"""Before a hard talk: the readiness check with what the record holds, for every face."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alongside.coach.readiness import Readiness
    from alongside.vault import Vault


def from_record(vault: Vault, today: date) -> tuple[list[str], tuple[str, ...]]:
    """Every agreement recorded (P7), and the kinds of danger written lately (the plan's
    window, `plan.facts.recent_danger`)."""
    from alongside.plan.facts import recent_danger
    from alongside.plan.snapshot import snapshot_from_vault

    agreements = [str(e.fields.get("agreement", "")) for e in vault.list("agreement")]
    return agreements, recent_danger(snapshot_from_vault(vault, today))


def readiness(
    vault: Vault | None,
    me: int,
    partner: int,
    *,
    now: datetime,
    minutes_since_argument: int | None = None,
    agreements: Sequence[str] = (),
) -> Readiness:
    """ "Now" or "wait until …" at `now`, respecting `agreements` and, with a `vault`, every
    agreement recorded and what was written lately. The cool-off's end is in the result."""
    from alongside.coach.readiness import check_readiness

    recorded, danger = from_record(vault, now.date()) if vault is not None else ([], ())
    return check_readiness(
        me,
        partner,
        now=now,
        minutes_since_argument=minutes_since_argument,
        agreements=[*agreements, *recorded],
        danger=danger,
    )
