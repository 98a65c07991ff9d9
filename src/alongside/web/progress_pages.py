"""Progress: one small next step, this week's review, and plots drawn on this device.

Everything comes from `alongside.plan` over the unlocked record. Plots are SVG files made
by matplotlib on the server and shown as images, each with a table of the same numbers
for screen readers and anyone who prefers words.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from alongside.errors import EntryNotFound
from alongside.messages import Msg
from alongside.web.render import kept_page, needs_unlock, render, web_state
from alongside.web.security import session_of

if TYPE_CHECKING:
    from alongside.plan.snapshot import RecordSnapshot
    from alongside.vault import Vault

# An SVG shown as an image cannot run scripts; matplotlib styles its shapes inline, so
# these responses (and only these) allow inline styles. Nothing can be fetched.
SVG_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'"


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)
    router.add_api_route("/progress", progress_page, methods=["GET"])
    router.add_api_route("/progress/plot/{name}.svg", plot, methods=["GET"])
    return router


async def progress_page(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    # Its HTML is kept until the next write by anyone, or the next day (kept_page).
    today = dt.date.today()
    return await kept_page(request, (today,), lambda: _progress_page(request, today))


def _progress_page(request: Request, today: dt.date) -> Response:
    """The progress page, rendered (blocking: the database, the plan; a worker thread)."""
    from alongside.plan.playbook import make_plan
    from alongside.plan.progress import PLOT_TITLES, weekly_series
    from alongside.plan.review import parse_week, weekly_review

    def build() -> dict[str, object]:
        snapshot = _read_snapshot(request, today)
        first, _ = parse_week(None, snapshot.today)
        return {
            "plan": make_plan(snapshot),
            "review": weekly_review(snapshot, first),
            "weeks": weekly_series(snapshot),
            "empty": snapshot.is_empty,
        }

    found = _vault(request).cached(("progress", today), build)
    return render(request, "progress.html", {"title": "Progress", "plots": PLOT_TITLES, **found})


def plot(request: Request, name: str) -> Response:
    from alongside.plan.progress import PLOT_TITLES, plot_svg

    if name not in PLOT_TITLES:
        raise EntryNotFound(Msg.NO_SUCH_PLOT)
    if (gate := needs_unlock(request)) is not None:
        return gate
    today = dt.date.today()
    svg = _vault(request).cached(
        ("plot", name, today), lambda: plot_svg(name, _read_snapshot(request, today))
    )
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"content-security-policy": SVG_POLICY},
    )


def _vault(request: Request) -> Vault:
    return web_state(request).vault_for(session_of(request))


def _read_snapshot(request: Request, today: dt.date) -> RecordSnapshot:
    from alongside.plan.snapshot import snapshot_from_vault

    return snapshot_from_vault(_vault(request), today)
