"""The coach in the browser: live coaching as you type, the safety panel, keeping a message.

Also `POST /api/coach`, the same analysis as JSON (one line of `alongside check --jsonl`
plus the whole-message suggestion).
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from alongside.app.coach import MAX_MESSAGE_CHARS, check_message, save_message
from alongside.app.record import FieldErrors
from alongside.messages import Msg
from alongside.web.api import Token, Unlocked
from alongside.web.coaching import CoachView, view_of
from alongside.web.pages import safety_context
from alongside.web.render import is_htmx, needs_unlock, render, web_state
from alongside.web.security import CSRF_FIELD, csrf_ok, session_of


class CoachIn(BaseModel):
    text: str = Field(description=f"The message to coach (up to {MAX_MESSAGE_CHARS:,} characters).")


class FindingOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    start: int
    end: int
    principles: list[str]
    why: str
    rewrite: str | None = None


class SafetyOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    flagged: bool
    kinds: list[str]


class CoachOut(BaseModel):
    """The same object as one line of `alongside check --jsonl`, plus the suggestion."""

    model_config = ConfigDict(extra="allow")
    categories: list[str]
    findings: list[FindingOut]
    safety: SafetyOut
    suggestion: str | None = None


def build_router() -> APIRouter:
    router = APIRouter()
    router.add_api_route("/coach", coach_page, methods=["GET"], include_in_schema=False)
    router.add_api_route("/coach", coach_submit, methods=["POST"], include_in_schema=False)
    router.add_api_route("/coach/save", coach_save, methods=["POST"], include_in_schema=False)
    return router


def build_api_router() -> APIRouter:
    router = APIRouter()
    router.add_api_route(
        "/api/coach", coach_api, methods=["POST"], response_model=CoachOut, tags=["api"]
    )
    return router


def coach_page(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    return render(request, "coach.html", {"title": "Coach", "text": ""})


async def coach_submit(request: Request) -> Response:
    form = await request.form()
    text = _str(form.get("text"))
    partial = is_htmx(request)
    context: dict[str, object] = {"title": "Coach", "text": text}
    if needs_unlock(request) is not None:
        # Locked while typing (a quiet period): say so where the result would be, and keep
        # the words in the box; nothing is read or kept until the record is open again.
        context["locked"] = True
        return render(request, "_coach_result.html" if partial else "coach.html", context, 401)
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        context["error"] = Msg.STALE_PAGE
    elif not (problem := check_message(text)):
        context.update(coach_context(request, text, _str(form.get("feel")))[1])
    elif text.strip() or form.get("check"):  # not a box being cleared while typing
        context["error"] = problem
    name = "_coach_result.html" if partial else "coach.html"
    return render(request, name, context, 200 if "error" not in context or partial else 400)


def coach_context(
    request: Request, text: str, feel: str = ""
) -> tuple[CoachView, dict[str, object]]:
    """The analysis as a view; when the safety screen fired, the help to show instead; when
    the text is not English, the plain words that the coach cannot read it (no praise)."""
    from alongside.coach import analyse
    from alongside.coach.language import is_english

    analysis = analyse(text)
    view = view_of(analysis, feel)
    context: dict[str, object] = {"view": view, "form_id": secrets.token_urlsafe(16)}
    if not view.flagged and not is_english(text):
        from alongside.safety.messages import WHERE_WEB, not_english

        context["not_english"] = not_english(WHERE_WEB)
    if view.flagged:
        from alongside.app.safety import sure_kinds

        help_context = safety_context(
            request, None, view.safety_kinds, text=text, sure=sure_kinds(analysis.safety)
        )
        context.update(
            {k: help_context[k] for k in ("groups", "unknown", "after", "abuse", "panel")},
        )
    return view, context


async def coach_save(request: Request) -> Response:
    """Keep the coached message (and what the coach found) in the record, kind "message"."""
    if (gate := needs_unlock(request)) is not None:
        return gate
    form = await request.form()
    text = _str(form.get("text"))
    name = "_coach_result.html" if is_htmx(request) else "coach.html"
    context: dict[str, object] = {"title": "Coach", "text": text}
    session = session_of(request)
    form_id = _str(form.get("form_id"))[:100]
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, name, {**context, "error": Msg.STALE_PAGE}, 403)
    if problem := check_message(text):
        return render(request, name, {**context, "error": problem}, 400)
    view, coached = coach_context(request, text)
    if form_id and form_id in session.saved_forms:
        return render(request, name, {**context, **coached, "saved": True})
    vault = web_state(request).vault_for(session)
    saved = await run_in_threadpool(save_message, vault, view.analysis)
    if isinstance(saved, FieldErrors):  # a coached message always fits; said plainly if not
        error = " ".join(saved.sentences)
        return render(request, name, {**context, **coached, "error": error}, 400)
    session.remember_form(form_id, f"/record/message/{saved.entry.id}")
    return render(request, name, {**context, **coached, "saved": True})


async def coach_api(request: Request, body: CoachIn, _: Token, __: Unlocked) -> Response:
    """Coach a message: findings with exact spans, the safety screen, a suggestion."""
    from alongside.coach import analyse

    if (problem := check_message(body.text)) and body.text.strip():  # "" is coached as empty
        return JSONResponse({"detail": problem}, status_code=422)
    analysis = analyse(body.text)
    result: dict[str, Any] = dict(analysis.to_json())
    result["suggestion"] = analysis.suggestion
    return JSONResponse(result)  # already the documented shape: skip re-validating it


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
