"""The JSON API under /api: the coach and the private record, described by OpenAPI.

Every call needs the session cookie; every call that changes something also needs the
session's CSRF token in the `X-CSRF-Token` header (get both from `GET /api/session`).
Record calls need the vault unlocked (`POST /api/unlock`), and from then on every call,
reads included, must send the token that unlock returned (the session's key) in
`X-CSRF-Token`: a call with the cookie alone is answered as a stranger's (locked).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from alongside.app.record import FieldErrors, Saved, edit_entry, save_entry
from alongside.errors import AlongsideError, WrongPassphrase
from alongside.messages import Msg
from alongside.vault.kinds import KINDS, KindSpec
from alongside.web.render import web_state
from alongside.web.security import csrf_ok, is_proven, mark_opened, session_of
from alongside.web.state import TryLater

FieldValue = str | int | list[str] | None


class SessionOut(BaseModel):
    csrf_token: str
    unlocked: bool
    vault_exists: bool


class UnlockIn(BaseModel):
    passphrase: str = Field(min_length=1)


class EntryIn(BaseModel):
    fields: dict[str, FieldValue] = Field(
        description="Field name to value, as in alongside.vault.kinds; dates as YYYY-MM-DD."
    )


class EntryOut(BaseModel):
    id: str
    kind: str
    created_at: dt.datetime
    updated_at: dt.datetime
    fields: dict[str, Any]
    damaged: bool = False  # it could not be read (it may be damaged): it can only be deleted
    needs_help: bool = Field(
        default=False,
        description="The words just saved touch on danger: show safety help (GET /api/safety).",
    )


class EntryList(BaseModel):
    entries: list[EntryOut]
    total: int


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api", tags=["api"])
    router.add_api_route("/session", get_session, methods=["GET"], response_model=SessionOut)
    router.add_api_route("/unlock", unlock, methods=["POST"], response_model=SessionOut)
    router.add_api_route("/lock", lock, methods=["POST"], response_model=SessionOut)
    router.add_api_route("/record/{kind}", list_entries, methods=["GET"], response_model=EntryList)
    router.add_api_route(
        "/record/{kind}", add_entry, methods=["POST"], response_model=EntryOut, status_code=201
    )
    router.add_api_route(
        "/record/{kind}/{entry_id}", get_entry, methods=["GET"], response_model=EntryOut
    )
    router.add_api_route(
        "/record/{kind}/{entry_id}", update_entry, methods=["PATCH"], response_model=EntryOut
    )
    router.add_api_route(
        "/record/{kind}/{entry_id}", delete_entry, methods=["DELETE"], status_code=204
    )
    return router


async def require_token(request: Request) -> None:
    if not csrf_ok(request, None):
        raise HTTPException(403, Msg.NEEDS_CSRF_HEADER)


async def require_unlocked(request: Request) -> None:
    if not web_state(request).is_unlocked(session_of(request)):
        raise HTTPException(401, Msg.RECORD_LOCKED_WEB)


Token = Annotated[None, Depends(require_token)]
Unlocked = Annotated[None, Depends(require_unlocked)]


def _session_out(request: Request) -> SessionOut:
    state = web_state(request)
    session = session_of(request)
    proven = is_proven(request) and session.key is not None
    return SessionOut(
        csrf_token=session.key if proven and session.key else session.csrf,
        unlocked=state.is_unlocked(session),
        vault_exists=state.vault_exists(),
    )


async def get_session(request: Request) -> SessionOut:
    """The CSRF token for this session (sets the session cookie on first call)."""
    return _session_out(request)


async def unlock(request: Request, body: UnlockIn, _: Token) -> SessionOut | JSONResponse:
    """Unlock the private record with its passphrase."""
    state = web_state(request)
    if not state.vault_exists():
        raise HTTPException(409, Msg.NO_RECORD_WEB)
    try:
        await run_in_threadpool(state.unlock, session_of(request), body.passphrase)
    except TryLater as paused:
        retry = {"Retry-After": str(paused.seconds)}
        return JSONResponse({"detail": str(paused)}, status_code=429, headers=retry)
    except WrongPassphrase as error:
        raise HTTPException(401, str(error)) from None
    mark_opened(request)
    return _session_out(request)  # its csrf_token is now the key: send it with every call


async def lock(request: Request) -> SessionOut:
    """Lock at once (no token needed: locking can only ever make things safer)."""
    web_state(request).lock()
    return _session_out(request)


def _spec(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        known = ", ".join(sorted(KINDS))
        raise HTTPException(404, Msg.KIND_UNKNOWN.format(kind=kind[:40], known=known))
    return spec


def list_entries(
    request: Request,
    kind: str,
    _: Unlocked,
    q: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> EntryList:
    """Entries of one kind, newest first; with `q`, those whose words match."""
    spec = _spec(kind)
    vault = web_state(request).vault_for(session_of(request))
    if q.strip():
        found = vault.search(q.strip(), spec.name, limit=limit)
        return EntryList(entries=[entry_out(e) for e in found], total=len(found))
    entries = vault.list(spec.name, limit=limit, offset=offset, with_damaged=True)
    return EntryList(entries=[entry_out(e) for e in entries], total=vault.count(spec.name))


def add_entry(
    request: Request, kind: str, body: EntryIn, _: Token, __: Unlocked
) -> EntryOut | JSONResponse:
    """Add an entry; each field is checked as in the web forms and the CLI."""
    spec = _spec(kind)
    vault = web_state(request).vault_for(session_of(request))
    return _answer(save_entry(vault, spec.name, _raw(body.fields)))


def get_entry(request: Request, kind: str, entry_id: str, _: Unlocked) -> EntryOut:
    """One entry."""
    return entry_out(_owned(request, _spec(kind), entry_id))


def update_entry(
    request: Request, kind: str, entry_id: str, body: EntryIn, _: Token, __: Unlocked
) -> EntryOut | JSONResponse:
    """Change some fields of an entry; fields not given stay as they are."""
    spec = _spec(kind)
    entry = _owned(request, spec, entry_id)
    vault = web_state(request).vault_for(session_of(request))
    return _answer(edit_entry(vault, entry.id, _raw(body.fields), partial=True))


def delete_entry(request: Request, kind: str, entry_id: str, _: Token, __: Unlocked) -> Response:
    """Delete an entry for good."""
    entry = _owned(request, _spec(kind), entry_id)
    web_state(request).vault_for(session_of(request)).delete(entry.id)
    return Response(status_code=204)


def _owned(request: Request, spec: KindSpec, entry_id: str) -> Any:
    vault = web_state(request).vault_for(session_of(request))
    try:
        entry = vault.get(entry_id[:100])
    except AlongsideError:
        raise HTTPException(404, Msg.ENTRY_GONE) from None
    if entry.kind != spec.name:
        raise HTTPException(404, Msg.ENTRY_GONE)
    return entry


def _raw(fields: Mapping[str, FieldValue]) -> dict[str, object]:
    return {name: _as_text(value) for name, value in fields.items()}


def _answer(outcome: Saved | FieldErrors) -> EntryOut | JSONResponse:
    if isinstance(outcome, FieldErrors):
        errors = dict(outcome.errors)
        return JSONResponse({"detail": outcome.sentences[0], "fields": errors}, status_code=422)
    return entry_out(outcome.entry, needs_help=outcome.needs_help)


def _as_text(value: FieldValue) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(value)
    return str(value)


def entry_out(entry: Any, *, needs_help: bool = False) -> EntryOut:
    return EntryOut(
        id=entry.id,
        kind=entry.kind,
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        fields={k: _jsonable(v) for k, v in entry.fields.items()},
        damaged=entry.damaged,
        needs_help=needs_help,
    )


def _jsonable(value: object) -> object:
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value
