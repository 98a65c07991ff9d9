"""Protections for a server that only this device should ever talk to.

- Host check: a request whose `Host` is not 127.0.0.1/localhost on the port we listen on is
  refused. A web page elsewhere cannot use DNS rebinding to reach the vault.
- Origin check: a state-changing request that comes from another origin is refused.
- Session cookie: random, HttpOnly, SameSite=Strict, never stored on disk by us, named
  after the port. Browsers send cookies to every port of 127.0.0.1, so another local web
  server the browser visits receives it: the cookie alone therefore opens nothing.
- The page key: unlocking gives the session a fresh secret that only this site's pages hold
  (in the tab's sessionStorage; another port is another origin and cannot read it). Every
  request that reads or changes the record must bring it, as the `X-CSRF-Token` header
  (htmx, the API, the page loader in app.js) or the `csrf_token` form field. A request with
  an unlocked session's cookie but without its key is served as a stranger: a locked
  session kept nowhere; a page asked for that way gets only the loader (`opening.html`),
  whose script fetches the page again with the key.
- CSRF: every form carries the session's token (its key once unlocked); htmx and JSON calls
  send it as a header.
- Headers: a strict Content-Security-Policy (only our own files, no inline script or style),
  no caching of anything but our static files, no referrer, no framing.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from alongside.messages import Msg
from alongside.web.state import Session, WebState

COOKIE_NAME = "alongside_session"  # then "_<port>": each running Alongside has its own
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
OPENING_HEADER = "x-alongside-opening"  # app.js: "give me the key" (unlock) / "a loader"
LOGIN_PATHS = frozenset({"/setup", "/unlock", "/api/unlock"})  # need the passphrase anyway
PUBLIC_PAGES = frozenset({"/away", "/safety"})  # shown as-is, without JavaScript, to anyone
KEY_QUERY_PATHS = ("/progress/plot/",)  # images: the key may come as ?key= (no headers)
LOCAL_HOSTNAMES = ("127.0.0.1", "localhost", "[::1]")
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSP = (
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; "
    "object-src 'none'"
)
SECURITY_HEADERS: tuple[tuple[str, str], ...] = (
    ("content-security-policy", CSP),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "same-origin"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    ("permissions-policy", "camera=(), microphone=(), geolocation=()"),
)
NO_STORE = ("cache-control", "no-store")
STATIC_CACHE = ("cache-control", "no-cache")  # our own files, revalidated; nothing private
# The largest body any form or API call needs: a few long fields of 50,000 characters each,
# percent-encoded. Larger bodies are refused before they are read into memory.
MAX_BODY_BYTES = 4 * 1024 * 1024

ErrorRenderer = Callable[[Request, int, str], Awaitable[Any]]
PageRenderer = Callable[[Request], Awaitable[Any]]


def cookie_name(port: int) -> str:
    return f"{COOKIE_NAME}_{port}"


def allowed_hosts(port: int) -> frozenset[str]:
    return frozenset(f"{name}:{port}" for name in LOCAL_HOSTNAMES)


def session_of(request: Request) -> Session:
    """The session the guard attached to this request."""
    session: Session = request.state.session
    return session


def csrf_ok(request: Request, submitted: str | None) -> bool:
    """True when `submitted` (a form field) or the CSRF header matches the session's token
    (or its key, once unlocked; the guard has already turned away keyless requests)."""
    session = session_of(request)
    candidate = submitted or request.headers.get(CSRF_HEADER) or ""
    return _same(candidate, session.csrf) or _same(candidate, session.key)


def is_proven(request: Request) -> bool:
    """True when this request brought the session's key, or proved the passphrase itself."""
    return bool(getattr(request.state, "proven", False))


def mark_opened(request: Request) -> None:
    """This request checked the passphrase and unlocked: its answer may carry the key."""
    request.state.proven = True
    request.state.opened = True


def was_opened(request: Request) -> bool:
    return bool(getattr(request.state, "opened", False))


def _same(candidate: str, expected: str | None) -> bool:
    if not expected or not candidate:
        return False
    return secrets.compare_digest(candidate.encode(), expected.encode())


class Guard:
    """One ASGI middleware: host and origin checks, session cookie, headers, idle lock, and
    the last-resort error page (no traceback ever reaches the browser)."""

    def __init__(
        self,
        app: ASGIApp,
        state: WebState,
        render_error: ErrorRenderer,
        render_opening: PageRenderer,
    ) -> None:
        self.app = app
        self.state = state
        self.render_error = render_error
        self.render_opening = render_opening

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope, receive)
        port = _server_port(scope)
        host = request.headers.get("host", "")
        if port is None or host not in allowed_hosts(port):
            await _plain(scope, receive, send, 400, Msg.HOST_REFUSED)
            return
        origin = request.headers.get("origin")
        if (
            scope["method"] not in SAFE_METHODS
            and origin is not None
            and origin not in {f"http://{h}" for h in allowed_hosts(port)}
        ):
            await _plain(scope, receive, send, 403, Msg.ORIGIN_REFUSED)
            return
        if _announced_length(request) > MAX_BODY_BYTES:
            await _plain(scope, receive, send, 413, Msg.BODY_TOO_LARGE)
            return
        if "content-length" not in request.headers and scope["method"] not in SAFE_METHODS:
            buffered = await _read_capped(receive)  # chunked: no length to check up front
            if buffered is None:
                await _plain(scope, receive, send, 413, Msg.BODY_TOO_LARGE)
                return
            receive = buffered

        path: str = scope["path"]
        static = path.startswith("/static/")
        session, is_new = self._session(request, port)
        proven, opening, upgrade = False, False, False
        if session.key is not None and session.unlocked and not static:
            token = request.headers.get(CSRF_HEADER, "")
            if not token and scope["method"] not in SAFE_METHODS:
                receive, token = await _form_token(request, receive)
            if not token and path.startswith(KEY_QUERY_PATHS):
                token = request.query_params.get("key", "")
            proven = _same(token, session.key)
            login = path in LOGIN_PATHS and scope["method"] == "POST" and _same(token, session.csrf)
            if not proven and not login:
                page = not path.startswith("/api/") and path not in PUBLIC_PAGES
                opening = page and scope["method"] in SAFE_METHODS
                # Help and safety must work without JavaScript: shown as to a stranger, and
                # app.js fetches it again with the key for the full page
                upgrade = path in PUBLIC_PAGES and scope["method"] in SAFE_METHODS
                if not opening:
                    session = self.state.stranger()
        scope.setdefault("state", {}).update(session=session, proven=proven, upgrade=upgrade)
        self.state.lock_if_idle()
        if not static and self.state.is_unlocked(session):
            self.state.touch()

        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = _Headers(message)
                own_policy = headers.get("content-security-policy")
                policy = CSP
                if own_policy and own_policy.startswith("default-src 'self'"):
                    policy = own_policy  # a route's own, still 'self' only
                headers.replace(
                    (
                        *SECURITY_HEADERS[1:],
                        ("content-security-policy", policy),
                        STATIC_CACHE if static else NO_STORE,
                    )
                )
                if is_new:
                    headers.add("set-cookie", _cookie(cookie_name(port), session.sid))
                if opening:
                    headers.add(OPENING_HEADER, "1")
            await send(message)

        try:
            if opening:  # no private word in it: the script asks again with the key
                response = await self.render_opening(Request(scope, receive))
                await response(scope, receive, send_with_headers)
                return
            await self.app(scope, receive, send_with_headers)
        except Exception:  # the one place a crash becomes a plain page
            logging.getLogger("alongside.web").exception("request to %s failed", path)
            if started:
                raise
            response = await self.render_error(request, 500, "")
            await response(scope, receive, send_with_headers)

    def _session(self, request: Request, port: int) -> tuple[Session, bool]:
        found = self.state.session(request.cookies.get(cookie_name(port)))
        if found is not None:
            return found, False
        return self.state.new_session(), True


async def _form_token(request: Request, receive: Receive) -> tuple[Receive, str]:
    """The `csrf_token` field of a form body, and a `receive` that replays the body."""
    if request.headers.get("content-type", "").split(";")[0].strip() != (
        "application/x-www-form-urlencoded"
    ):
        return receive, ""
    replay = await _read_capped(receive)
    if replay is None:
        return _empty_body, ""
    message = await replay()
    body: bytes = message.get("body", b"")
    try:
        values = parse_qs(body.decode("utf-8", "replace"), max_num_fields=10_000)
    except ValueError:  # too many fields: the form handler will say so
        values = {}
    token = values.get(CSRF_FIELD, [""])[0]
    pending = [message]

    async def again() -> Message:
        return pending.pop() if pending else await receive()

    return again, token


async def _empty_body() -> Message:
    return {"type": "http.request", "body": b"", "more_body": False}


def _announced_length(request: Request) -> int:
    try:
        return int(request.headers.get("content-length", "0"))
    except ValueError:
        return 0


async def _read_capped(receive: Receive) -> Receive | None:
    """Read a body that came without a length, up to MAX_BODY_BYTES: a `receive` that replays
    it, or None (nothing more is read) once it grows past the limit."""
    parts: list[bytes] = []
    seen = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        body: bytes = message.get("body", b"")
        seen += len(body)
        if seen > MAX_BODY_BYTES:
            return None
        parts.append(body)
        if not message.get("more_body", False):
            break
    replay: list[Message] = [{"type": "http.request", "body": b"".join(parts), "more_body": False}]

    async def replayed() -> Message:
        return replay.pop() if replay else await receive()

    return replayed


def _server_port(scope: Scope) -> int | None:
    server = scope.get("server")
    if not server or server[1] is None:
        return None
    return int(server[1])


def _cookie(name: str, sid: str) -> str:
    cookie: SimpleCookie = SimpleCookie()
    cookie[name] = sid
    morsel = cookie[name]
    morsel["path"] = "/"
    morsel["httponly"] = True
    morsel["samesite"] = "Strict"
    return morsel.OutputString()


class _Headers:
    """Edit the raw header list of an ASGI `http.response.start` message."""

    def __init__(self, message: MutableMapping[str, Any]) -> None:
        self.raw: list[tuple[bytes, bytes]] = list(message.get("headers", []))
        message["headers"] = self.raw

    def replace(self, pairs: tuple[tuple[str, str], ...]) -> None:
        """Set these headers, dropping any earlier value of the same names (one pass)."""
        names = {name.encode("latin-1") for name, _ in pairs}
        self.raw[:] = [(k, v) for k, v in self.raw if k.lower() not in names]
        self.raw.extend((n.encode("latin-1"), v.encode("latin-1")) for n, v in pairs)

    def get(self, name: str) -> str | None:
        key = name.lower().encode("latin-1")
        return next((v.decode("latin-1") for k, v in self.raw if k.lower() == key), None)

    def add(self, name: str, value: str) -> None:
        self.raw.append((name.lower().encode("latin-1"), value.encode("latin-1")))


async def _plain(scope: Scope, receive: Receive, send: Send, status: int, text: str) -> None:
    from starlette.responses import PlainTextResponse

    response = PlainTextResponse(text, status_code=status)
    response.headers["content-security-policy"] = CSP
    response.headers["cache-control"] = "no-store"
    await response(scope, receive, send)
