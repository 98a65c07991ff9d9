"""Pages: create / unlock / lock, and the quick-exit page."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from alongside.errors import AlongsideError, InvalidInput, VaultExists, WrongPassphrase
from alongside.web.render import LANDING, redirect, render, safe_next, web_state
from alongside.web.security import CSRF_FIELD, csrf_ok, session_of

MIN_PASSPHRASE = 8
MAX_PASSPHRASE = 1_024
STALE_PAGE = (
    "This page had been open for a while, so for your safety nothing was done yet. "
    "Your words are still here: please press the button again."
)


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
    return router


async def home(request: Request) -> Response:
    state = web_state(request)
    if not state.vault_exists():
        return redirect(request, "/setup")
    if not state.is_unlocked(session_of(request)):
        return redirect(request, "/unlock")
    return redirect(request, LANDING)


# create and unlock ---------------------------------------------------------------------


async def setup_page(request: Request) -> Response:
    if web_state(request).vault_exists():
        return redirect(request, "/unlock")
    return render(request, "setup.html", {"title": "Welcome"})


async def setup_submit(request: Request) -> Response:
    state = web_state(request)
    form = await request.form()
    if state.vault_exists():
        return redirect(request, "/unlock")
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, "setup.html", {"title": "Welcome", "error": STALE_PAGE}, 403)
    first, second = _str(form.get("passphrase")), _str(form.get("confirm"))
    problem = passphrase_problem(first, second)
    if problem:
        return render(request, "setup.html", {"title": "Welcome", "error": problem}, 400)
    try:
        state.create(session_of(request), first)
    except (InvalidInput, VaultExists) as error:
        return render(request, "setup.html", {"title": "Welcome", "error": str(error)}, 400)
    return redirect(request, LANDING + "?welcome=1")


def passphrase_problem(first: str, second: str) -> str:
    if not first:
        return "Please choose a passphrase. It is the only key to your private record."
    if len(first) < MIN_PASSPHRASE:
        return (
            f"Please use at least {MIN_PASSPHRASE} characters. "
            "A few unrelated words are easy to remember and hard to guess."
        )
    if len(first) > MAX_PASSPHRASE:
        return f"Please keep the passphrase under {MAX_PASSPHRASE:,} characters."
    if first != second:
        return "The two passphrases are not the same. Please type it twice, exactly."
    return ""


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
        return render(request, "unlock.html", {**context, "error": STALE_PAGE}, 403)
    passphrase = _str(form.get("passphrase"))
    if not passphrase:
        error = "Please enter your passphrase."
        return render(request, "unlock.html", {**context, "error": error}, 400)
    try:
        state.unlock(session_of(request), passphrase[:MAX_PASSPHRASE])
    except WrongPassphrase:
        error = (
            "That passphrase does not open this record. Nothing was changed. "
            "Please check for typos and Caps Lock, and try again."
        )
        return render(request, "unlock.html", {**context, "error": error}, 400)
    except AlongsideError as error:
        return render(request, "unlock.html", {**context, "error": str(error)}, 400)
    return redirect(request, target)


async def lock(request: Request) -> Response:
    """Lock at once. The one action that needs no CSRF token: locking only ever asks for
    the passphrase again, and a quick exit must never fail because a page was stale."""
    web_state(request).lock()
    form = await request.form()
    if form.get("away") == "1" or request.query_params.get("away") == "1":
        return redirect(request, "/away")
    return redirect(request, "/unlock?locked=1")


async def away(request: Request) -> Response:
    """The neutral page the quick exit shows: a blank search page, nothing of Alongside."""
    query = request.query_params.get("q", "")[:200]
    return render(request, "away.html", {"query": query})


async def safety_page(request: Request) -> Response:
    """Help and safety: offline resources by country. Open to everyone, locked or not."""
    return render(
        request, "safety.html", safety_context(request, request.query_params.get("country"))
    )


def safety_context(request: Request, asked: str | None) -> dict[str, object]:
    """Resources for the country asked for (else the configured one), grouped by kind."""
    from alongside.safety import country_code, resources_for, supported_countries
    from alongside.safety.resources import KIND_TITLES

    wanted = (asked or web_state(request).settings.country)[:60]
    code = country_code(wanted)
    groups: dict[str, list[object]] = {}
    for resource in resources_for(wanted):
        groups.setdefault(KIND_TITLES.get(resource.kind, resource.kind), []).append(resource)
    return {
        "title": "Help and safety",
        "countries": supported_countries(),
        "country": code or "",
        "asked": wanted,
        "groups": groups,
        "unknown": None if code else unknown_country(wanted),
    }


def unknown_country(country: str) -> str:
    from alongside.safety import unknown_country_sentence

    return unknown_country_sentence(country)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
