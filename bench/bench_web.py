"""Load on the local web app: the coach endpoint, the record list and progress pages, 50
connections.

Starts `alongside serve` on 127.0.0.1 with a fresh vault in a temp folder (cheap test KDF),
adds 200 journal entries, then runs `wrk` (or, when wrk is absent, a bounded asyncio/httpx
load generator) for ~10 s per endpoint. A peer in the same run, a trivial endpoint of the
same app behind the same middleware (`GET /api/session`), gives each figure as a ratio.
Beside the latencies, the server's own CPU time per request (from /proc, Linux only): the
figure least moved by other programs on a shared machine (with 50 closed-loop connections,
latency is about 50 times it on one core). Only loopback; the server is stopped at the end.

Then the event loop under slow work: the latency of Quick exit (POST /lock) and of a static
file while 4 unlocks run Argon2id (default profile), beside the same requests idle.

Run: .venv/bin/python bench/bench_web.py [--load-only]   (part of `make bench`)
Target (issue 15): p95 under 50 ms at 50 connections for the coach POST, the record list and
the progress page.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import httpx

DURATION_S = int(os.environ.get("BENCH_WEB_SECONDS", "10"))
CONNECTIONS = 50
THREADS = 1  # wrk is C: one thread is plenty, and it leaves the second core to the server
ENTRIES = 200
TARGET_P95_MS = 50.0
UNLOCKERS = 4  # parallel unlock attempts while quick exit is measured
QUICK_EXIT_ROUNDS = 8
PASSPHRASE = "bench passphrase, not a secret"  # noqa: S105 - a throwaway temp vault
MESSAGES = (
    "You never listen to me. You need therapy or we're done.",
    "I feel lonely when we don't talk in the evenings, and I'd love for us to find a way "
    "back to each other. Would you be open to one session, just to see?",
    "Why do you always have to make everything about you? Calm down.",
    "I've noticed we both get tense on Sundays. What would make it feel easier for you?",
    "Honestly, you should see someone. Everyone can see there's something wrong with you.",
    "Thank you for listening last night. It meant a lot to me that we could talk calmly.",
)
RESULT = re.compile(r"RESULT (\d+) (\d+) (\d+) (\d+) (\d+) ([\d.]+) (\d+)")


@dataclass(frozen=True)
class Load:
    name: str
    requests: int
    errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    rps: float
    timeouts: int = 0  # slower than wrk's 5 s timeout (only under heavy outside load)
    cpu_ms: float | None = None  # the server process's CPU time per request (None: unknown)


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of process `pid` so far, all threads (None off Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def lua_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrk_script(cookie: str, token: str, bodies: tuple[str, ...] | None) -> str:
    lines = [
        f'wrk.headers["Cookie"] = {lua_quote(cookie)}',
        f'wrk.headers["X-CSRF-Token"] = {lua_quote(token)}',
    ]
    if bodies:
        import json

        listed = ", ".join(lua_quote(json.dumps({"text": b})) for b in bodies)
        lines += [
            'wrk.method = "POST"',
            'wrk.headers["Content-Type"] = "application/json"',
            f"local bodies = {{{listed}}}",
            "local i = 0",
            "request = function()",
            "  i = i + 1",
            "  return wrk.format(nil, nil, nil, bodies[(i % #bodies) + 1])",
            "end",
        ]
    lines += [
        "done = function(summary, latency, requests)",
        "  local e = summary.errors",
        "  local errors = e.connect + e.read + e.write + e.status",
        '  io.write(string.format("RESULT %d %d %d %d %d %.2f %d\\n", summary.requests, errors,',
        "    latency:percentile(50), latency:percentile(95), latency:percentile(99),",
        "    summary.requests / (summary.duration / 1e6), e.timeout))",
        "end",
    ]
    return "\n".join(lines) + "\n"


def run_wrk(name: str, url: str, script: str, folder: Path) -> Load:
    path = folder / f"{name.replace(' ', '_')}.lua"
    path.write_text(script, encoding="utf-8")
    command = [
        "wrk",
        f"-t{THREADS}",
        f"-c{CONNECTIONS}",
        f"-d{DURATION_S}s",
        "--timeout",
        "5s",
        "-s",
        str(path),
        url,
    ]
    out = subprocess.run(command, capture_output=True, text=True, timeout=DURATION_S + 60)
    found = RESULT.search(out.stdout)
    if not found:
        raise SystemExit(f"wrk gave no result for {name}:\n{out.stdout}\n{out.stderr}")
    n, errors, p50, p95, p99, rps, timeouts = found.groups()
    return Load(
        name,
        int(n),
        int(errors),
        int(p50) / 1e3,
        int(p95) / 1e3,
        int(p99) / 1e3,
        float(rps),
        int(timeouts),
    )


async def _python_load(
    name: str, url: str, cookie: str, token: str, bodies: tuple[str, ...] | None
) -> Load:
    latencies: list[float] = []
    errors = 0
    stop_at = time.perf_counter() + DURATION_S
    headers = {"Cookie": cookie, "X-CSRF-Token": token}
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)

    async with httpx.AsyncClient(headers=headers, limits=limits, timeout=5) as client:

        async def worker(offset: int) -> None:
            nonlocal errors
            i = offset
            while time.perf_counter() < stop_at:
                i += 1
                start = time.perf_counter()
                if bodies:
                    response = await client.post(url, json={"text": bodies[i % len(bodies)]})
                else:
                    response = await client.get(url)
                latencies.append(time.perf_counter() - start)
                errors += response.status_code >= 400

        began = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(CONNECTIONS)))
        elapsed = time.perf_counter() - began
    cuts = statistics.quantiles(latencies, n=100)
    return Load(
        name,
        len(latencies),
        errors,
        cuts[49] * 1e3,
        cuts[94] * 1e3,
        cuts[98] * 1e3,
        len(latencies) / elapsed,
    )


def measure(
    name: str,
    url: str,
    cookie: str,
    token: str,
    bodies: tuple[str, ...] | None,
    folder: Path,
    server_pid: int | None = None,
) -> Load:
    before = cpu_seconds(server_pid) if server_pid else None
    if shutil.which("wrk"):
        load = run_wrk(name, url, wrk_script(cookie, token, bodies), folder)
    else:
        load = asyncio.run(_python_load(name, url, cookie, token, bodies))
    after = cpu_seconds(server_pid) if server_pid else None
    if before is None or after is None or not load.requests:
        return load
    return replace(load, cpu_ms=(after - before) * 1e3 / load.requests)


def start_server(home: Path, kdf: str = "test") -> tuple[subprocess.Popen[str], str]:
    cli = Path(sys.executable).with_name("alongside")
    env = {**os.environ, "ALONGSIDE_HOME": str(home), "ALONGSIDE_KDF_PROFILE": kdf}
    env.pop("ALONGSIDE_PASSPHRASE", None)
    process = subprocess.Popen(
        [str(cli), "serve", "--no-browser", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    url = process.stdout.readline().strip().rstrip("/") if process.stdout else ""
    if not url.startswith("http://127.0.0.1:"):
        process.kill()
        raise SystemExit(f"the server did not start (said {url!r})")
    return process, url


def prepare(url: str) -> tuple[str, str]:
    """Create the vault, add entries; return the session cookie and CSRF token."""
    with httpx.Client(base_url=url, timeout=30) as client:
        token = client.get("/api/session").json()["csrf_token"]
        made = client.post(
            "/setup", data={"csrf_token": token, "passphrase": PASSPHRASE, "confirm": PASSPHRASE}
        )
        if made.status_code != 303:
            raise SystemExit(f"could not create the bench vault: {made.status_code}")
        token = made.headers["x-csrf-token"]  # the session's key, handed over on unlocking
        for n in range(ENTRIES):
            client.post(
                "/api/record/journal",
                json={"fields": {"situation": f"Evening {n}: {MESSAGES[n % len(MESSAGES)]}"}},
                headers={"X-CSRF-Token": token},
            ).raise_for_status()
        cookie = "; ".join(f"{name}={value}" for name, value in client.cookies.items())
    return cookie, token


@dataclass(frozen=True)
class Latency:
    name: str
    samples: list[float]  # seconds

    def line(self, peer: Latency) -> str:
        ms = sorted(x * 1e3 for x in self.samples)
        median = statistics.median(ms)
        peer_median = statistics.median(peer.samples) * 1e3
        return (
            f"{self.name:<34} {len(ms):>4} {median:>9.1f} {ms[-1]:>9.1f} "
            f"{median / peer_median:>9.1f}x"
        )


def _timed(call: Callable[[], httpx.Response]) -> float:
    start = time.perf_counter()
    response = call()
    if response.status_code >= 500:
        raise SystemExit(f"the server failed: {response.status_code}")
    return time.perf_counter() - start


def quick_exit_during_unlocks(folder: Path) -> list[Latency]:
    """Quick exit (POST /lock) and a static file, idle and while 4 unlocks run (real Argon2id,
    the default profile): the event loop must not wait for them."""
    process, url = start_server(folder / "home-kdf", kdf="default")
    try:
        with httpx.Client(base_url=url, timeout=60) as client:
            token = client.get("/api/session").json()["csrf_token"]
            made = client.post(
                "/setup",
                data={"csrf_token": token, "passphrase": PASSPHRASE, "confirm": PASSPHRASE},
            )
            if made.status_code != 303:
                raise SystemExit(f"could not create the bench vault: {made.status_code}")

            def quick_exit() -> httpx.Response:
                return client.post("/lock", data={"away": "1"})

            def static() -> httpx.Response:
                return client.get("/static/app.css")

            idle_exit = [_timed(quick_exit) for _ in range(QUICK_EXIT_ROUNDS)]
            idle_static = [_timed(static) for _ in range(QUICK_EXIT_ROUNDS)]
            busy_exit: list[float] = []
            busy_static: list[float] = []
            for _ in range(QUICK_EXIT_ROUNDS):
                unlockers = [_Unlocker(url) for _ in range(UNLOCKERS)]  # sessions made first
                for unlocker in unlockers:
                    unlocker.start()
                time.sleep(0.3)  # the unlocks have arrived and are being worked out
                busy_exit.append(_timed(quick_exit))
                busy_static.append(_timed(static))
                for unlocker in unlockers:
                    unlocker.join()
                    if unlocker.status not in (303, 400):  # 400: locked while it opened
                        raise SystemExit(f"an unlock failed: {unlocker.status}")
    finally:
        process.terminate()
        process.wait(timeout=30)
    return [
        Latency("peer: quick exit, idle", idle_exit),
        Latency(f"quick exit, {UNLOCKERS} unlocks in flight", busy_exit),
        Latency("static file, idle", idle_static),
        Latency(f"static file, {UNLOCKERS} unlocks in flight", busy_static),
    ]


class _Unlocker(threading.Thread):
    """One browser session that tries to unlock (its session is made before it starts)."""

    def __init__(self, url: str) -> None:
        super().__init__(daemon=True)
        self.client = httpx.Client(base_url=url, timeout=120)
        self.token = self.client.get("/api/session").json()["csrf_token"]

        self.status = 0

    def run(self) -> None:
        try:
            answer = self.client.post(
                "/unlock", data={"csrf_token": self.token, "passphrase": PASSPHRASE}
            )
            self.status = answer.status_code
        finally:
            self.client.close()


def main() -> None:
    tool = "wrk" if shutil.which("wrk") else "python asyncio/httpx (wrk not found)"
    with tempfile.TemporaryDirectory(prefix="alongside-bench-web-") as tmp:
        folder = Path(tmp)
        process, url = start_server(folder / "home")
        try:
            cookie, token = prepare(url)
            pid = process.pid
            runs = [
                measure("peer: session", url + "/api/session", cookie, token, None, folder, pid),
                measure("coach POST", url + "/api/coach", cookie, token, MESSAGES, folder, pid),
                measure("record list", url + "/record/journal", cookie, token, None, folder, pid),
                measure("progress page", url + "/progress", cookie, token, None, folder, pid),
            ]
        finally:
            process.terminate()
            process.wait(timeout=30)
    peer = runs[0]
    print(f"web load: {CONNECTIONS} connections, {DURATION_S} s each, {tool}, 127.0.0.1 only")
    print(
        f"{'endpoint':<15} {'requests':>9} {'errors':>6} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'p99 ms':>8} {'req/s':>8} {'p95 vs peer':>12} {'req/s vs peer':>14} {'timeouts':>8} "
        f"{'CPU ms/req':>10} {'CPU vs peer':>11}"
    )
    for run in runs:
        cpu, cpu_ratio = "n/a", "n/a"
        if run.cpu_ms is not None and peer.cpu_ms:
            cpu, cpu_ratio = f"{run.cpu_ms:.3f}", f"{run.cpu_ms / peer.cpu_ms:.2f}x"
        print(
            f"{run.name:<15} {run.requests:>9} {run.errors:>6} {run.p50_ms:>8.1f} "
            f"{run.p95_ms:>8.1f} {run.p99_ms:>8.1f} {run.rps:>8.0f} "
            f"{run.p95_ms / peer.p95_ms:>11.2f}x {run.rps / peer.rps:>13.2f}x {run.timeouts:>8} "
            f"{cpu:>10} {cpu_ratio:>11}"
        )
    for run in runs[1:]:
        verdict = "met" if run.p95_ms < TARGET_P95_MS else "NOT met"
        print(f"target: {run.name} p95 < {TARGET_P95_MS:.0f} ms: {verdict} ({run.p95_ms:.1f} ms)")
    print(
        f"machine load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    if "--load-only" in sys.argv[1:]:
        if any(r.errors for r in runs):
            raise SystemExit("some requests failed; see the errors column")
        return
    with tempfile.TemporaryDirectory(prefix="alongside-bench-web-") as tmp:
        latencies = quick_exit_during_unlocks(Path(tmp))
    print(
        f"\nquick exit while unlocking (Argon2id default profile, {UNLOCKERS} parallel unlocks, "
        f"{QUICK_EXIT_ROUNDS} rounds)"
    )
    print(f"{'request':<34} {'n':>4} {'median ms':>9} {'max ms':>9} {'vs peer':>10}")
    for latency in latencies:
        print(latency.line(latencies[0]))
    if any(r.errors for r in runs):
        raise SystemExit("some requests failed; see the errors column")


if __name__ == "__main__":
    main()
