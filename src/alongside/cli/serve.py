"""`alongside serve`: the local web app on 127.0.0.1, opened in the browser."""

from __future__ import annotations

import sys
import threading
from typing import TYPE_CHECKING, Annotated

import typer

from alongside.messages import Msg

if TYPE_CHECKING:
    import socket

SERVE_HELP = (
    "Open Alongside in your web browser.\n\n"
    "The server listens only on 127.0.0.1, this device's own address, on purpose: nobody "
    "else on your network (or the internet) can reach it, and it refuses pages that pretend "
    "to be it. Your record stays locked until you enter your passphrase, and locks itself "
    "again after a quiet period. Press Ctrl+C to stop.\n\n"
    "It listens on port 8765 (set ALONGSIDE_PORT to change it), so the address "
    "http://127.0.0.1:8765/ can be bookmarked; when that port is taken it picks a free one "
    "and says so.\n\n"
    "Example: alongside serve --port 8766 --no-browser"
)
LOCAL_HOST = "127.0.0.1"


def register(app: typer.Typer) -> None:
    """Add `serve` to `app`."""
    app.command("serve", help=SERVE_HELP)(serve)


def serve(
    port: Annotated[
        int | None,
        typer.Option(
            "--port",
            min=0,
            max=65535,
            help="Port to listen on (default 8765, or ALONGSIDE_PORT); 0 picks a free one.",
        ),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open a browser; just print the address.")
    ] = False,
    lock_after: Annotated[
        int | None,
        typer.Option(
            "--lock-after",
            min=1,
            max=24 * 60,
            metavar="MIN",
            help="Lock the record after this many quiet minutes (default 15).",
        ),
    ] = None,
) -> None:
    from dataclasses import replace

    import uvicorn

    from alongside.errors import AlongsideError
    from alongside.settings import Settings, default_port
    from alongside.web.app import create_app
    from alongside.web.process import harden_process

    # settings first: a bad ALONGSIDE_PORT, _HOME or _TZ is said before anything starts
    usual_port = default_port() if port is None else port
    settings = Settings.from_env()
    harden_process()  # no core dumps: they would hold the key and decrypted text
    if lock_after is not None:
        settings = replace(settings, lock_after_minutes=lock_after)
    if port is None:
        sock, note = listen_on_default(usual_port)
    else:
        note = ""
        try:
            sock = _listen(port)
        except OSError as error:
            raise AlongsideError(
                Msg.PORT_IN_USE.format(port=port, host=LOCAL_HOST, why=error.strerror)
            ) from None
    url = f"http://{LOCAL_HOST}:{sock.getsockname()[1]}/"
    config = uvicorn.Config(
        create_app(settings),
        log_level="warning",
        access_log=False,
        # The stdlib loop: uvloop serves a busy CPU-bound app unevenly (a few connections
        # wait seconds while others are served; p99 2.1-2.7 s against ~0.2 s at 50
        # connections), and one person's local pages gain nothing from its speed.
        loop="asyncio",
        ws="none",
        lifespan="on",
        server_header=False,
    )
    server = uvicorn.Server(config)
    if note:
        sys.stderr.write(note + "\n")
    sys.stderr.write("Alongside is running. Open this address in your browser:\n")
    sys.stderr.flush()
    sys.stdout.write(url + "\n")
    sys.stdout.flush()
    sys.stderr.write("Press Ctrl+C to stop.\n")
    sys.stderr.flush()
    if not no_browser:
        threading.Thread(target=_open_when_ready, args=(server, url), daemon=True).start()
    server.run(sockets=[sock])
    sys.stderr.write("Alongside has stopped; your record is locked.\n")


def listen_on_default(port: int) -> tuple[socket.socket, str]:
    """Listen on the usual `port`, so the address can be bookmarked; when something else has
    it, on a free port instead, with the line that says so ("" when the usual one was free)."""
    try:
        return _listen(port), ""
    except OSError:
        sock = _listen(0)
    return sock, (
        f"Port {port} is already in use (perhaps Alongside is already open at "
        f"http://{LOCAL_HOST}:{port}/), so this time Alongside uses port "
        f"{sock.getsockname()[1]}."
    )


def _listen(port: int) -> socket.socket:
    import socket

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted connections inherit it: small responses go out at once instead of waiting
    # on the peer's delayed ACK (Nagle), which otherwise adds ~40 ms to some requests.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((LOCAL_HOST, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _open_when_ready(server: object, url: str) -> None:
    import time
    import webbrowser

    for _ in range(100):
        if getattr(server, "started", False):
            break
        time.sleep(0.05)
    try:
        webbrowser.open(url)
    except Exception:  # noqa: BLE001 - no browser is fine: the address is printed
        return
