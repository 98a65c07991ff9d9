"""Small helpers every page route uses: render a template, redirect, ask to unlock, and
keep a page of the record until the next write (`kept_page`)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.templating import Jinja2Templates

from alongside.errors import VaultLocked
from alongside.messages import Msg
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
    token, unlocked, upgrade = _session_words(request)
    context: dict[str, Any] = {
        "csrf_token": token,
        "unlocked": unlocked,
        "upgrade": upgrade,
        "lock_after_minutes": state.settings.lock_after_minutes,
        "record_kinds": [KINDS[k] for k in RECORD_KINDS],
        "path": request.url.path,
        "nav": request.app.state.nav,
    }
    context.update(extra)
    return context


def _session_words(request: Request) -> tuple[str, bool, bool]:
    """What of the session a page shows: its token (the key only to those who brought it or
    the passphrase), whether it is unlocked, whether the page is a public one to upgrade."""
    state: WebState = request.app.state.web
    session = getattr(request.state, "session", None)
    proven = is_proven(request)
    unlocked = session is not None and state.is_unlocked(session) and proven
    token = ""
    if session is not None:
        token = session.key if proven and session.key else session.csrf
    return token, unlocked, bool(getattr(request.state, "upgrade", False))


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


@dataclass(frozen=True)
class _Kept:
    """A page's HTML as rendered for one session (kept in the vault's read cache)."""

    status: int
    body: bytes


async def kept_page(
    request: Request, key: tuple[Hashable, ...], build: Callable[[], Response]
) -> Response:
    """The page `build()` renders (in a worker thread), or the same HTML again when nothing
    was written since, by anyone (`Vault.cached`: `PRAGMA data_version` and the vault's own
    writes), answered on the event loop without a worker thread.

    Kept per session (the HTML holds the session's key) and per everything the page shows
    besides the record: the path and query, the session's words (`page_context`) and `key`
    (for instance today's date). The vault's read cache holds it, so locking drops it; a
    page still being built when the record locks is not sent (`VaultLocked`). Call only
    after `needs_unlock` let the request through."""
    state = web_state(request)
    session = session_of(request)
    vault = state.vault_for(session)
    scope = request.scope
    whole = (
        "page",
        session.sid,
        *_session_words(request),
        state.settings.lock_after_minutes,
        scope["path"],
        scope["query_string"],
        *key,
    )
    hit, found = vault.peek_cached(whole)
    if hit and isinstance(found, _Kept):
        return HTMLResponse(found.body, status_code=found.status)
    began = state.locks

    def make() -> _Kept:
        response = build()
        return _Kept(response.status_code, bytes(response.body))

    kept = await run_in_threadpool(vault.cached, whole, make)
    if state.locks != began or not state.is_unlocked(session):
        raise VaultLocked(Msg.RECORD_LOCKED_WEB)  # locked while it was built: not sent
    return HTMLResponse(kept.body, status_code=kept.status)
