"""Before we talk (readiness, breathing, cooling off) and questions and rehearsal.

The answers come from `alongside.coach.readiness`, `.questions` and `.rehearsal`; this
module only reads forms and shows results. A rehearsal in progress lives in the browser
session's memory and is dropped when the record locks.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import Response

from alongside.app.coach import check_reply
from alongside.errors import InvalidInput
from alongside.messages import Msg
from alongside.web.pages import safety_context
from alongside.web.render import is_htmx, needs_unlock, redirect, render, web_state
from alongside.web.security import CSRF_FIELD, csrf_ok, session_of

if TYPE_CHECKING:
    from starlette.datastructures import FormData

    from alongside.coach.rehearsal import Session as Rehearsal

MAX_MINUTES = 60 * 24 * 365  # "a year ago" is the longest that matters here
SCALE = range(11)  # 0 (very upset) .. 10 (completely calm)


def build_router() -> APIRouter:
    router = APIRouter(include_in_schema=False)
    router.add_api_route("/ready", ready_page, methods=["GET"])
    router.add_api_route("/ready", ready_submit, methods=["POST"])
    router.add_api_route("/practice", practice_page, methods=["GET"])
    router.add_api_route("/practice/rehearse", rehearse_start, methods=["POST"])
    router.add_api_route("/practice/reply", rehearse_reply, methods=["POST"])
    return router


def _ready_context(request: Request, typed: dict[str, str]) -> dict[str, object]:
    from alongside.coach.readiness import COOL_OFF_MINUTES, readiness_data

    return {
        "title": "Before we talk",
        "typed": typed,
        "scale": SCALE,
        "agreements": [
            str(e.fields.get("agreement", ""))
            for e in web_state(request).vault_for(session_of(request)).list("agreement")
        ],
        "breathing": readiness_data().breathing,
        "cool_off": COOL_OFF_MINUTES,
    }


def ready_page(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    return render(request, "ready.html", _ready_context(request, {}))


async def ready_submit(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    from alongside.app.practice import readiness

    form = await request.form()
    typed = {k: _str(form.get(k)).strip() for k in ("me", "partner", "minutes")}
    context = _ready_context(request, typed)
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return render(request, "ready.html", {**context, "error": Msg.STALE_PAGE}, 403)
    errors = _ready_errors(typed)
    if errors:
        return render(request, "ready.html", {**context, "errors": errors}, 400)
    now = dt.datetime.now().astimezone()
    minutes = int(typed["minutes"]) if typed["minutes"] else None
    vault = web_state(request).vault_for(session_of(request))
    try:
        result = readiness(
            vault, int(typed["me"]), int(typed["partner"]), now=now, minutes_since_argument=minutes
        )
    except InvalidInput as problem:
        return render(request, "ready.html", {**context, "error": str(problem)}, 400)
    if result.safety_first:
        found = safety_context(request, None, result.safety_first)
        context.update({k: found[k] for k in ("groups", "unknown", "after", "abuse", "panel")})
    context["cool_off"] = result.cool_off_minutes  # 20, or longer as agreed
    return render(
        request,
        "ready.html",
        {**context, "result": result, "now": now, "cool_end": result.cool_off_end},
    )


def _ready_errors(typed: dict[str, str]) -> dict[str, str]:
    errors: dict[str, str] = {}
    for name, words in (("me", "how calm you feel"), ("partner", "how calm your partner seems")):
        value = typed[name]
        if not value.isdigit() or int(value) not in SCALE:
            errors[name] = f"Please choose {words}, from 0 to 10."
    minutes = typed["minutes"]
    if minutes and (not minutes.isdigit() or int(minutes) > MAX_MINUTES):
        errors["minutes"] = Msg.MINUTES_WHOLE_NUMBER
    return errors


# questions and rehearsal -----------------------------------------------------------------


def _practice_context(request: Request) -> dict[str, object]:
    from alongside.coach.questions import STAGE_WORDS, question_bank, questions_for
    from alongside.coach.rehearsal import objection_book
    from alongside.safety.messages import WHERE_WEB, not_english

    bank = question_bank()
    rehearsal = session_of(request).rehearsal
    help_context: dict[str, object] = {}
    stopped = [c for c in getattr(rehearsal, "done", ()) if c.stopped_for_safety]
    if stopped:
        from alongside.app.safety import sure_kinds

        last = stopped[-1]
        found = safety_context(
            request, None, last.safety.kinds, text=last.reply, sure=sure_kinds(last.safety)
        )
        help_context = {k: found[k] for k in ("groups", "unknown", "after", "abuse", "panel")}
    topic = request.query_params.get("topic", "")
    stage = request.query_params.get("stage", "")
    topic = topic if topic in bank.topics else ""
    stage = stage if stage in STAGE_WORDS else ""
    return {
        "title": "Questions and rehearsal",
        "topics": bank.topics,
        "stages": STAGE_WORDS,
        "topic": topic,
        "stage": stage,
        "questions": questions_for(topic or None, stage or None),
        "objections": objection_book().objections,
        "rehearsal": rehearsal,
        "not_english_words": not_english(WHERE_WEB),
        **help_context,
    }


def practice_page(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    return render(request, "practice.html", _practice_context(request))


async def rehearse_start(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    from alongside.coach.rehearsal import objection_book, start

    form = await request.form()
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        context = {**_practice_context(request), "error": Msg.STALE_PAGE}
        return render(request, "practice.html", context, 403)
    chosen = _str(form.get("objection"))
    known = {o.id for o in objection_book().objections}
    session_of(request).rehearsal = start(chosen if chosen in known else None, rounds=3)
    return redirect(request, "/practice#rehearsal")


async def rehearse_reply(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    form = await request.form()
    reply = _str(form.get("reply"))
    name = "_rehearsal.html" if is_htmx(request) else "practice.html"
    context = {**_practice_context(request), "reply": reply}
    problem = _reply_problem(request, form, reply)
    if problem:
        return render(request, name, {**context, "error": problem}, 400)
    rehearsal: Rehearsal = session_of(request).rehearsal  # type: ignore[assignment]
    session_of(request).rehearsal, _ = rehearsal.answer(reply)
    return render(request, name, {**_practice_context(request), "reply": ""})


def _reply_problem(request: Request, form: FormData, reply: str) -> str:
    from alongside.coach.rehearsal import Session as Rehearsal

    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return Msg.STALE_PAGE
    rehearsal = session_of(request).rehearsal
    if not isinstance(rehearsal, Rehearsal) or rehearsal.finished:
        return Msg.REHEARSAL_FINISHED
    return check_reply(reply)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
