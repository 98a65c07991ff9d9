"""The private record in the browser: for every kind, list, search, add, edit, delete.

Forms are generated from `alongside.vault.kinds`. A form that cannot be saved comes back
with one plain sentence per field and everything the person typed still in place; nothing
is saved unless every field is fine. A form id guards against saving twice.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from alongside.app.record import FieldErrors, Saved, edit_entry, save_entry, screen_entry
from alongside.errors import (
    AlongsideError,
    DiskFull,
    EntryNotFound,
    InvalidInput,
    VaultReplaced,
    WrongPassphrase,
)
from alongside.messages import Msg
from alongside.vault.fields import max_chars
from alongside.vault.kinds import KINDS, RECORD_KINDS, KindSpec
from alongside.web.forms import form_values, input_type
from alongside.web.pages import safety_context
from alongside.web.render import (
    kept_page,
    needs_unlock,
    opened,
    redirect,
    render,
    web_state,
)
from alongside.web.security import CSRF_FIELD, csrf_ok, mark_opened, session_of, was_opened

if TYPE_CHECKING:
    from starlette.datastructures import FormData

    from alongside.vault import Entry, Vault

PAGE_SIZE = 50
MAX_QUERY = 200


def build_router() -> APIRouter:
    router = APIRouter(prefix="/record", include_in_schema=False)
    router.add_api_route("", index, methods=["GET"])
    router.add_api_route("/{kind}", list_page, methods=["GET"])
    router.add_api_route("/{kind}/new", new_page, methods=["GET"])
    router.add_api_route("/{kind}/new", new_submit, methods=["POST"])
    router.add_api_route("/{kind}/{entry_id}", show_page, methods=["GET"])
    router.add_api_route("/{kind}/{entry_id}/edit", edit_page, methods=["GET"])
    router.add_api_route("/{kind}/{entry_id}/edit", edit_submit, methods=["POST"])
    router.add_api_route("/{kind}/{entry_id}/delete", delete_page, methods=["GET"])
    router.add_api_route("/{kind}/{entry_id}/delete", delete_submit, methods=["POST"])
    return router


def kind_or_404(kind: str) -> KindSpec:
    spec = KINDS.get(kind)
    if spec is None:
        raise EntryNotFound(Msg.NO_SUCH_PART)
    return spec


def _vault(request: Request) -> Vault:
    return web_state(request).vault_for(session_of(request))


def _entry(request: Request, spec: KindSpec, entry_id: str) -> Entry:
    entry = _vault(request).get(entry_id[:100])
    if entry.kind != spec.name:
        raise EntryNotFound(Msg.ENTRY_GONE)
    return entry


async def index(request: Request) -> Response:
    if (gate := needs_unlock(request)) is not None:
        return gate
    return await kept_page(request, (), lambda: _index(request))  # kept until a write


def _index(request: Request) -> Response:
    """The record's front page with a count per kind (blocking: a worker thread)."""
    vault = _vault(request)
    counts = vault.cached(("counts",), lambda: {name: vault.count(name) for name in KINDS})
    others = [KINDS[k] for k in KINDS if k not in RECORD_KINDS]
    return render(
        request,
        "record_index.html",
        {"title": "Your record", "counts": counts, "others": others},
    )


async def list_page(request: Request, kind: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    # Opened often: its HTML is kept until the next write by anyone (kept_page).
    return await kept_page(request, (), lambda: _list_page(request, spec))


def _list_page(request: Request, spec: KindSpec) -> Response:
    """The record list, rendered (blocking: the database; a worker thread)."""
    vault = _vault(request)
    query = request.query_params.get("q", "").strip()[:MAX_QUERY]
    page = _page_number(request.query_params.get("page", "1"))
    if query:
        entries = vault.search(query, spec.name, limit=PAGE_SIZE)
        total = len(entries)
        integrity = vault.cached(("integrity",), lambda: vault.check_entries().message)
    else:
        # Kept until the next write by anyone (Vault.cached): this page is opened often.
        entries, total, integrity = vault.cached(
            ("list", spec.name, page),
            lambda: (
                vault.list(
                    spec.name,
                    limit=PAGE_SIZE + 1,
                    offset=(page - 1) * PAGE_SIZE,
                    with_damaged=True,
                ),
                vault.count(spec.name),
                vault.check_entries().message,
            ),
        )
    more = len(entries) > PAGE_SIZE
    return render(
        request,
        "record_list.html",
        {
            "title": spec.title,
            "spec": spec,
            "entries": entries[:PAGE_SIZE],
            "rows": list_rows(spec, entries[:PAGE_SIZE]),
            "query": query,
            "total": total,
            "page": page,
            "more": more,
            "notice": _notice(request),
            "integrity": integrity,
        },
    )


def list_rows(spec: KindSpec, entries: list[Entry]) -> list[tuple[Entry, str, str]]:
    """(entry, day, summary) per entry, as `summary` in _entry_macros.html words it."""
    name = spec.main_field.name
    rows = []
    for e in entries:
        value = e.fields.get(name)
        text = value if isinstance(value, str) else ""
        rows.append((e, e.occurred_on.isoformat(), text[:140] + ("…" if len(text) > 140 else "")))
    return rows


def new_page(request: Request, kind: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    start = {}
    if any(f.name == "timezone" for f in spec.fields):  # the one chosen, else the device's
        start["timezone"] = web_state(request).settings.timezone
    return _form(request, spec, None, start, {})


async def new_submit(request: Request, kind: str) -> Response:
    spec = kind_or_404(kind)
    form = await request.form()
    return await run_in_threadpool(_save, request, spec, None, form)


def show_page(request: Request, kind: str, entry_id: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    entry = _entry(request, spec, entry_id)
    help_context: dict[str, object] = {}
    screening = None
    if request.query_params.get("safety") == "1":
        screening = screen_entry(entry)
    if screening is not None and screening.flagged:
        from alongside.app.safety import sure_kinds

        help_context = {
            **safety_context(request, None, screening.kinds, sure=sure_kinds(screening)),
            "safety_message": screening.message,
            "title": spec.singular.capitalize(),
        }
    return render(
        request,
        "record_entry.html",
        {
            "title": spec.singular.capitalize(),
            "spec": spec,
            "entry": entry,
            "notice": _notice(request),
            **help_context,
        },
    )


def edit_page(request: Request, kind: str, entry_id: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    entry = _entry(request, spec, entry_id)
    if entry.damaged:
        from alongside.vault.store import damaged_error

        raise damaged_error(entry, _vault(request).short_id(entry.id))
    return _form(request, spec, entry.id, form_values(spec, entry.fields), {})


async def edit_submit(request: Request, kind: str, entry_id: str) -> Response:
    spec = kind_or_404(kind)
    form = await request.form()
    return await run_in_threadpool(_save, request, spec, entry_id, form)


def delete_page(request: Request, kind: str, entry_id: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    entry = _entry(request, spec, entry_id)
    return render(
        request,
        "record_delete.html",
        {"title": "Delete?", "spec": spec, "entry": entry},
    )


async def delete_submit(request: Request, kind: str, entry_id: str) -> Response:
    spec = kind_or_404(kind)
    if (gate := needs_unlock(request)) is not None:
        return gate
    form = await request.form()
    return await run_in_threadpool(_delete, request, spec, entry_id, form)


def _delete(request: Request, spec: KindSpec, entry_id: str, form: FormData) -> Response:
    """The blocking part of a delete (the database), run in a worker thread."""
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        entry = _entry(request, spec, entry_id)
        context = {"title": "Delete?", "spec": spec, "entry": entry, "error": Msg.STALE_FORM}
        return render(request, "record_delete.html", context, 403)
    try:
        entry = _entry(request, spec, entry_id)
    except EntryNotFound:
        return redirect(request, f"/record/{spec.name}?done=gone")
    _vault(request).delete(entry.id)
    return redirect(request, f"/record/{spec.name}?done=deleted")


# saving ------------------------------------------------------------------------------


def _save(request: Request, spec: KindSpec, entry_id: str | None, form: FormData) -> Response:
    """Check and save a submitted form; blocking (Argon2id, the database): a worker thread."""
    typed = {f.name: _str(form.get(f.name)) for f in spec.fields}
    session = session_of(request)
    state = web_state(request)
    form_id = _str(form.get("form_id"))[:100]
    if not state.vault_exists():
        return redirect(request, "/setup")
    if not csrf_ok(request, _str(form.get(CSRF_FIELD))):
        return _form(
            request, spec, entry_id, typed, {}, error=Msg.STALE_FORM, status=403, form_id=form_id
        )
    if not state.is_unlocked(session):
        problem = _unlock_from_form(request, form)
        if problem:
            return _form(
                request,
                spec,
                entry_id,
                typed,
                {},
                error=problem,
                status=401,
                ask=True,
                form_id=form_id,
            )
    go = opened if was_opened(request) else redirect  # unlocked just now: hand over the key
    if form_id and form_id in session.saved_forms:
        return go(request, session.saved_forms[form_id] + "?done=already")
    try:
        outcome = _write(request, spec, entry_id, typed)
    except (InvalidInput, DiskFull) as problem:  # the words typed come back with the reason
        return _form(
            request, spec, entry_id, typed, {}, error=str(problem), status=400, form_id=form_id
        )
    except VaultReplaced as problem:  # the app locked itself: keep what was typed, ask again
        return _form(
            request,
            spec,
            entry_id,
            typed,
            {},
            error=str(problem),
            status=401,
            ask=True,
            form_id=form_id,
        )
    if isinstance(outcome, FieldErrors):
        return _form(
            request,
            spec,
            entry_id,
            typed,
            dict(outcome.errors),
            error=outcome.summary,
            status=400,
            form_id=form_id,
        )
    where = f"/record/{spec.name}/{outcome.entry.id}"
    session.remember_form(form_id, where)
    done = "?done=saved" if entry_id else "?done=added"
    return go(request, where + done + ("&safety=1" if outcome.needs_help else ""))


def _write(
    request: Request, spec: KindSpec, entry_id: str | None, typed: dict[str, str]
) -> Saved | FieldErrors:
    vault = _vault(request)
    if entry_id is None:
        return save_entry(vault, spec.name, typed)
    _entry(request, spec, entry_id)
    # The whole form is given: a field left empty is cleared.
    return edit_entry(vault, entry_id, typed, partial=False)


def _unlock_from_form(request: Request, form: FormData) -> str:
    """Unlock with a passphrase typed into the form itself; "" when it worked."""
    passphrase = _str(form.get("passphrase"))
    if not passphrase:
        return Msg.LOCKED_FORM
    try:
        web_state(request).unlock(session_of(request), passphrase)
    except WrongPassphrase:
        return Msg.WRONG_PASSPHRASE_FORM
    except AlongsideError as error:
        return str(error)
    mark_opened(request)
    return ""


def _form(
    request: Request,
    spec: KindSpec,
    entry_id: str | None,
    values: dict[str, str],
    errors: dict[str, str],
    *,
    error: str = "",
    status: int = 200,
    ask: bool = False,
    form_id: str = "",
) -> Response:
    verb = "Edit" if entry_id else "Add"
    return render(
        request,
        "record_form.html",
        {
            "title": f"{verb} {spec.a_singular}",
            "spec": spec,
            "entry_id": entry_id,
            "values": values,
            "errors": errors,
            "error": error,
            "ask_passphrase": ask,
            "form_id": form_id or secrets.token_urlsafe(16),
            "input_type": input_type,
            "max_chars": max_chars,
        },
        status,
    )


def _notice(request: Request) -> str:
    return {
        "added": Msg.ADDED,
        "saved": Msg.CHANGES_SAVED,
        "deleted": Msg.DELETED,
        "gone": Msg.ALREADY_DELETED,
        "already": Msg.ALREADY_SAVED,
    }.get(request.query_params.get("done", ""), "")


def _page_number(raw: str) -> int:
    return int(raw) if raw.isdigit() and 0 < int(raw) < 100_000 else 1


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""
