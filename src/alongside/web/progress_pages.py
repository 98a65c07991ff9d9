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
from alongside.web.render import needs_unlock, render, web_state
from alongside.web.security import session_of

if TYPE_CHECKING:
    from alongside.plan.snapshot import RecordSnapshot

# An SVG shown as an image cannot run scripts; matplotlib styles its shapes inline, so
# these responses (and only these) allow inline styles. Nothing can be fetched.
SVG_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'"


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)
    router.add_api_route("/progress", progress_page, methods=["GET"])
    router.add_api_route("/progress/plot/{name}.svg", plot, methods=["GET"])
    return router


def progress_page(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    from alongside.plan.playbook import make_plan
    from alongside.plan.progress import PLOT_TITLES, weekly_series
    from alongside.plan.review import parse_week, weekly_review

    snapshot = _snapshot(request)
    first, _ = parse_week(None, snapshot.today)
    return render(
        request,
        "progress.html",
        {
            "title": "Progress",
            "plan": make_plan(snapshot),
            "review": weekly_review(snapshot, first),
            "weeks": weekly_series(snapshot),
            "plots": PLOT_TITLES,
            "empty": snapshot.is_empty,
        },
    )


def plot(request: Request, name: str) -> Response:
    from alongside.plan.progress import PLOT_TITLES, plot_svg

    if name not in PLOT_TITLES:
        raise EntryNotFound("There is no plot with that name.")
    if (gate := needs_unlock(request)) is not None:
        return gate
    svg = plot_svg(name, _snapshot(request))
    return Response(
        svg,
        media_type="image/svg+xml",
        headers={"content-security-policy": SVG_POLICY},
    )


def _snapshot(request: Request) -> RecordSnapshot:
    from alongside.plan.snapshot import snapshot_from_vault

    vault = web_state(request).vault_for(session_of(request))
    return snapshot_from_vault(vault, dt.date.today())
