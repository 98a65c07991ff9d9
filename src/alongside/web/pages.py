"""Pages: create / unlock / lock, and the quick-exit page."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from alongside.app.access import setup_problem
from alongside.app.settings import HOW_WEB, choose_country
from alongside.errors import AlongsideError, InvalidInput, VaultExists, WrongPassphrase
from alongside.messages import Msg
from alongside.settings import save_timezone
from alongside.web.render import LANDING, opened, redirect, render, safe_next, web_state
from alongside.web.security import CSRF_FIELD, csrf_ok, mark_opened, session_of
from alongside.web.state import TryLater


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)
    router.add_api_route("/", home, methods=["GET"])
    router.add_api_route("/setup", setup_page, methods=["GET"])
    router.add_api_route("/setup", setup_submit, methods=["POST"])
    router.add_api_route("/unlock", unlock_page, methods=["GET"])
    router.add_api_route("/unlock", unlock_submit, methods=["POST"])
    router.add_api_route("/lock", lock, methods=["POST"])
    router.add_api_route("/away", away, methods=["GET"])
    router.add_api_route("/safety", safety_page, methods=["GET"])
    router.add_api_route("/settings/country", country_submit, methods=["POST"])
    return router


async def home(request: Request) -> Response:
    state = web_state(request)
    if not state.vault_exists():
        return redirect(request, "/setup")
    if not state.is_unlocked(session_of(request)):
        return redirect(request, "/unlock")
    return redirect(request, LANDING)


# create and unlock ---------------------------------------------------------------------


def _setup_context(request: Request, **extra: object) -> dict[str, object]:
    from alongside.safety import country_code, supported_countries

    return {
        "title": "Welcome",
        "countries": {k: v for k, v in supported_countries().items() if k != "INTL"},
        "country": country_code(web_state(request).settings.country) or "",
        "timezone": web_state(request).settings.timezone,
        **extra,
    }


async def setup_page(request: Request) -> Response:
    if web_state(request).vault_exists():
        return redirect(request, "/unlock")
    return render(request, "setup.html", _setup_context(request))


async def setup_submit(request: Request) -> Response:
    state = web_state(request)
    form = await request.form()
    if state.vault_exists():
        return redirect(request, "/unlock")
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, "setup.html", _setup_context(request, error=Msg.STALE_PAGE), 403)
    first, second = _str(form.get("passphrase")), _str(form.get("confirm"))
    country = _str(form.get("country")).strip()[:60]
    zone = _str(form.get("timezone")).strip()[:60]
    problem = setup_problem(
        first, second, country=country or None, timezone=zone or None, how=HOW_WEB
    )
    if problem:
        return render(request, "setup.html", _setup_context(request, error=problem), 400)
    try:
        await run_in_threadpool(state.create, session_of(request), first)
    except (InvalidInput, VaultExists) as error:
        return render(request, "setup.html", _setup_context(request, error=str(error)), 400)
    mark_opened(request)
    if country:
        choose_country(country, home=state.settings.home, how=HOW_WEB)
    if zone:
        save_timezone(zone, state.settings.home)
    return opened(request, LANDING + "?welcome=1")


async def unlock_page(request: Request) -> Response:
    state = web_state(request)
    if not state.vault_exists():
        return redirect(request, "/setup")
    target = safe_next(request.query_params.get("next"))
    if state.is_unlocked(session_of(request)):
        return redirect(request, target)
    return render(request, "unlock.html", {"title": "Unlock", "next": target})


async def unlock_submit(request: Request) -> Response:
    state = web_state(request)
    form = await request.form()
    target = safe_next(_str(form.get("next")))
    context = {"title": "Unlock", "next": target}
    if not state.vault_exists():
        return redirect(request, "/setup")
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, "unlock.html", {**context, "error": Msg.STALE_PAGE}, 403)
    passphrase = _str(form.get("passphrase"))
    if not passphrase:
        return render(request, "unlock.html", {**context, "error": Msg.PASSPHRASE_NEEDED}, 400)
    try:
        await run_in_threadpool(state.unlock, session_of(request), passphrase)
    except TryLater as paused:
        return render(request, "unlock.html", {**context, "error": str(paused)}, 429)
    except WrongPassphrase:
        return render(request, "unlock.html", {**context, "error": Msg.WRONG_PASSPHRASE}, 400)
    except AlongsideError as error:
        return render(request, "unlock.html", {**context, "error": str(error)}, 400)
    mark_opened(request)
    return opened(request, target)


async def lock(request: Request) -> Response:
    """Lock at once. The one action that needs no CSRF token: locking only ever asks for
    the passphrase again, and a quick exit must never fail because a page was stale."""
    state = web_state(request)
    form = await request.form()
    if form.get("away") == "1" or request.query_params.get("away") == "1":
        # Quick exit: every session is locked before the answer leaves; closing the file
        # and overwriting the key follow just after it, so leaving is never slowed down.
        leaving = redirect(request, "/away")
        leaving.background = BackgroundTask(state.close_detached, state.lock_at_once())
        return leaving
    state.lock()
    return redirect(request, "/unlock?locked=1")


async def away(request: Request) -> Response:
    """The neutral page the quick exit shows: a blank search page, nothing of Alongside."""
    query = request.query_params.get("q", "")[:200]
    return render(request, "away.html", {"query": query})


async def safety_page(request: Request) -> Response:
    """Help and safety: offline resources by country. Open to everyone, locked or not."""
    context = safety_context(request, request.query_params.get("country"))
    if request.query_params.get("saved") == "1" and context["country"]:
        from alongside.safety.messages import country_saved

        context["saved"] = country_saved(str(context["country_name"]))
    return render(request, "safety.html", context)


async def country_submit(request: Request) -> Response:
    """Remember the country whose helplines every page shows (the web settings control)."""
    form = await request.form()
    country = _str(form.get("country")).strip()[:60]
    context = safety_context(request, country or None)
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, "safety.html", {**context, "error": Msg.STALE_PAGE}, 403)
    try:
        choose_country(country, home=web_state(request).settings.home, how=HOW_WEB)
    except InvalidInput as problem:
        return render(request, "safety.html", {**context, "error": str(problem)}, 400)
    return redirect(request, "/safety?saved=1")


def safety_context(
    request: Request,
    asked: str | None,
    kinds: tuple[str, ...] = (),
    *,
    text: str = "",
    sure: tuple[str, ...] | None = None,
) -> dict[str, object]:
    """The help for the country asked for (else the chosen one), ordered for the kinds of
    danger found (`alongside.app.safety.safety_help`), as the page's context; with kinds
    found, the short panel too (`alongside.app.safety.panel`; `text` only for its hints)."""
    from alongside.app.safety import panel, safety_help
    from alongside.safety import country_code
    from alongside.safety.messages import CHOOSE_COUNTRY_WEB

    settings = web_state(request).settings
    found = safety_help(asked, settings.country, kinds, how_to_choose=CHOOSE_COUNTRY_WEB)
    return {
        "title": "Help and safety",
        "countries": found.countries,
        "country": found.code or "",
        "country_name": found.name,
        "chosen": country_code(settings.country) or "",
        "from_env": bool(settings.country_override),
        "asked": found.asked,
        "groups": found.groups,
        "unknown": found.notice,
        "after": found.after,
        "abuse": found.abuse,
        "panel": panel(kinds, found, text=text, face="web", sure=sure) if kinds else None,
        "device_words": _device_words(),
    }


def _device_words() -> dict[str, object]:
    from alongside.safety.messages import DEVICE_HEADING, DEVICE_LINES, DEVICE_WEB

    return {"heading": DEVICE_HEADING, "lines": (*DEVICE_LINES, DEVICE_WEB)}


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
