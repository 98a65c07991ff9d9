"""Small helpers every page route uses: render a template, redirect, ask to unlock."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from alongside.web.security import CSRF_HEADER, OPENING_HEADER, is_proven, session_of
from alongside.web.state import WebState

LANDING = "/coach"  # where a person lands after unlocking


def web_state(request: Request) -> WebState:
    state: WebState = request.app.state.web
    return state


def page_context(request: Request, extra: Mapping[str, Any]) -> dict[str, Any]:
    """What every page template can use: the CSRF token, whether the vault is open, nav."""
    from alongside.vault.kinds import KINDS, RECORD_KINDS

    state: WebState = request.app.state.web
    session = getattr(request.state, "session", None)
    proven = is_proven(request)
    unlocked = session is not None and state.is_unlocked(session) and proven
    token = ""
    if session is not None:  # the key only to those who brought it or the passphrase
        token = session.key if proven and session.key else session.csrf
    context: dict[str, Any] = {
        "csrf_token": token,
        "unlocked": unlocked,
        "upgrade": bool(getattr(request.state, "upgrade", False)),
        "lock_after_minutes": state.settings.lock_after_minutes,
        "record_kinds": [KINDS[k] for k in RECORD_KINDS],
        "path": request.url.path,
        "nav": request.app.state.nav,
    }
    context.update(extra)
    return context


def render(
    request: Request, name: str, context: Mapping[str, Any] | None = None, status: int = 200
) -> Response:
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request, name, page_context(request, context or {}), status_code=status
    )


def is_htmx(request: Request) -> bool:
    return request.headers.get("hx-request") == "true"


def redirect(request: Request, to: str) -> Response:
    """A 303 to `to`; for htmx requests an `HX-Redirect` so the whole page moves."""
    if is_htmx(request):
        return Response(status_code=200, headers={"HX-Redirect": to})
    return RedirectResponse(to, status_code=303)


def opened(request: Request, to: str) -> Response:
    """The answer to a request that just unlocked with the passphrase: where to go next,
    and the page key. app.js asks for it as JSON (and keeps the key in this tab's
    sessionStorage); other clients get the redirect with the key in the X-CSRF-Token header.
    """
    key = session_of(request).key or ""
    if request.headers.get(OPENING_HEADER) == "1":
        return JSONResponse({"key": key, "next": to})
    response = redirect(request, to)
    response.headers[CSRF_HEADER] = key
    return response


def safe_next(target: str | None, default: str = LANDING) -> str:
    """Only local paths may be a redirect target (never another site)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return default


def needs_unlock(request: Request) -> Response | None:
    """None when this session may use the vault; else where to go first."""
    state = web_state(request)
    if state.is_unlocked(session_of(request)):
        return None
    if not state.vault_exists():
        return redirect(request, "/setup")
    here = request.url.path
    if request.url.query:
        here += "?" + request.url.query
    target = here if request.method == "GET" else LANDING
    return redirect(request, "/unlock?next=" + quote(target, safe="/"))
