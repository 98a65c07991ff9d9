"""`create_app(settings)`: the local web app, built on demand (nothing at import time).

Pages are Jinja2 templates enhanced with htmx (vendored in `static/`); the JSON API lives
under `/api`. Every error, whatever its cause, becomes `error.html` (or a JSON `detail` under
`/api`) in plain words, never a traceback.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from alongside.errors import (
    AlongsideError,
    EntryDamaged,
    EntryNotFound,
    InvalidInput,
    VaultLocked,
)
from alongside.messages import Msg
from alongside.settings import Settings
from alongside.web.render import page_context
from alongside.web.security import Guard
from alongside.web.state import WebState

IDLE_CHECK_SECONDS = 20.0  # how often the quiet-period lock is checked between requests
STATUS_WORDS = {
    400: Msg.STATUS_400,
    401: Msg.RECORD_LOCKED_WEB,
    403: Msg.STATUS_403,
    404: Msg.STATUS_404,
    405: Msg.STATUS_405,
    409: Msg.STATUS_409,
    422: Msg.STATUS_422,
    500: Msg.STATUS_500,
}


def package_dir(name: str) -> Path:
    return Path(str(files("alongside.web").joinpath(name)))


def create_app(settings: Settings) -> FastAPI:
    """Build the web app for one local person, using `settings.home` for the vault."""
    from alongside.web import (
        api,
        coach_pages,
        pages,
        practice_pages,
        progress_pages,
        record_pages,
    )

    state = WebState(settings)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        watcher = asyncio.create_task(_lock_when_quiet(state))
        try:
            yield
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher
            state.lock()

    app = FastAPI(
        title="Alongside (local)",
        summary="The private, local web app: coach and private record.",
        version="1",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    templates = Jinja2Templates(directory=package_dir("templates"))
    templates.env.auto_reload = False  # templates change only with the package: no stat per page
    templates.env.filters["no_scheme"] = no_scheme
    templates.env.filters["choice_words"] = choice_words
    templates.env.filters["help_links"] = help_links
    app.state.web = state
    app.state.templates = templates
    app.state.nav = [
        ("/coach", "Coach"),
        ("/ready", "Before we talk"),
        ("/record", "Your record"),
        ("/practice", "Questions and rehearsal"),
        ("/progress", "Progress"),
    ]

    app.mount("/static", StaticFiles(directory=package_dir("static")), name="static")
    # the JSON API first: it is called most often (as you type), so it is matched first;
    # then the pages opened most often (routes are tried in order; no two paths overlap)
    app.include_router(coach_pages.build_api_router())
    app.include_router(api.build_router())
    app.include_router(record_pages.build_router())
    app.include_router(progress_pages.build_router())
    app.include_router(coach_pages.build_router())
    app.include_router(pages.build_router())
    app.include_router(practice_pages.build_router())

    async def on_http(request: Request, error: Exception) -> Response:
        status = error.status_code if isinstance(error, StarletteHTTPException) else 500
        detail = getattr(error, "detail", "")
        return await render_error(request, status, detail if isinstance(detail, str) else "")

    async def on_validation(request: Request, error: Exception) -> Response:
        return await render_error(request, 422, _validation_words(error))

    async def on_alongside(request: Request, error: Exception) -> Response:
        status = _status_for(error)
        return await render_error(request, status, str(error))

    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(AlongsideError, on_alongside)
    app.add_exception_handler(Exception, on_http)
    app.add_middleware(Guard, state=state, render_error=render_error, render_opening=render_opening)
    return app


async def render_opening(request: Request) -> Response:
    """The page loader: what a plain page request of an unlocked session gets (a click on a
    link, typing an address, reload). No private word is in it; app.js asks for the page
    again with the key from this tab's sessionStorage, or shows the unlock form."""
    templates: Jinja2Templates = request.app.state.templates
    here = request.url.path + ("?" + request.url.query if request.url.query else "")
    context = {"title": "Opening", "next": here, "opening": True}
    return templates.TemplateResponse(
        request, "opening.html", page_context(request, context), status_code=200
    )


async def render_error(request: Request, status: int, message: str) -> Response:
    """The one error page: `error.html`, or `{"detail": ...}` under /api. Plain words only."""
    words = message if message and status != 500 else STATUS_WORDS.get(status, STATUS_WORDS[400])
    if status in STATUS_WORDS and message in {"Not Found", "Method Not Allowed", "Bad Request"}:
        words = STATUS_WORDS[status]
    if request.url.path.startswith("/api"):
        return JSONResponse({"detail": words}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        page_context(request, {"status": status, "message": words, "title": "Sorry"}),
        status_code=status,
    )


def no_scheme(text: object) -> str:
    """Show a web address as words, never as a link: pages reference no other site."""
    words = str(text)
    for prefix in ("https://", "http://"):
        words = words.replace(prefix, "")
    return words


def help_links(text: object) -> Markup:
    """Plan and review words name the CLI's help command; on the web they link to the help
    page instead (the words themselves are escaped as usual). Principle codes ("(P8)") are
    left out: the page shows them under "why?"."""
    from alongside.messages import plain

    page = Markup('<a href="/safety">the Help and safety page</a>')
    return (
        escape(plain(str(text))[0])
        .replace("alongside safety --country XX", page)
        .replace("alongside safety", Markup('<a href="/safety">Help and safety</a>'))
    )


def choice_words(choices: tuple[tuple[str, str], ...], value: object) -> str:
    return dict(choices).get(str(value), str(value))


def _status_for(error: Exception) -> int:
    if isinstance(error, VaultLocked):
        return 401
    if isinstance(error, EntryNotFound):
        return 404
    if isinstance(error, EntryDamaged):
        return 409
    if isinstance(error, InvalidInput):
        return 422
    return 400


def _validation_words(error: Exception) -> str:
    problems: list[Any] = list(getattr(error, "errors", list)())
    names = sorted(
        {str(p.get("loc", ["", "value"])[-1]) for p in problems if isinstance(p, Mapping)}
    )
    if not names:
        return STATUS_WORDS[422]
    return "Please check " + ", ".join(names) + ": it is missing or not in a form we can use."


async def _lock_when_quiet(state: WebState) -> None:
    while True:
        await asyncio.sleep(IDLE_CHECK_SECONDS)
        state.lock_if_idle()
