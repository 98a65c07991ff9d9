"""Issue 13 item 6: secrets do not outlive the lock where Python can help it, and the server
process writes no core dump (which would hold the key and decrypted text)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import httpx

from tests.web.server import LiveServer

# The real `alongside serve`, plus one signal handler that reports, from inside the server
# process, what the kernel holds for it (nothing else is changed).
PROBE = """
import json, resource, signal, sys
from alongside.web.process import is_dumpable

def report(*_):
    core = resource.getrlimit(resource.RLIMIT_CORE)
    print(json.dumps({"dumpable": is_dumpable(), "core": list(core)}), flush=True)

signal.signal(signal.SIGUSR1, report)
from alongside.cli.app import main
sys.argv = ["alongside", "serve", "--no-browser", "--port", "0"]
main()
"""


def test_lock_overwrites_the_key_and_drops_decrypted_caches(
    server: LiveServer, unlocked: httpx.Client
) -> None:
    unlocked.post("/api/record/journal", json={"fields": {"situation": "a private evening"}})
    assert unlocked.get("/api/record/journal?q=private").json()["total"] == 1  # search index
    assert unlocked.get("/progress").status_code == 200  # the read cache
    vault = server.app.state.web.vault
    key, seal = vault._data_key, vault.sealer._key
    assert isinstance(key, bytearray) and any(key)
    assert isinstance(seal, bytearray) and any(seal)

    assert unlocked.post("/lock").status_code == 303

    assert key == bytearray(len(key)) and len(key) == 32  # the very buffer, overwritten
    assert seal == bytearray(len(seal))
    assert vault._reads is None and vault._search_index is None
    assert server.app.state.web.vault is None


def test_the_server_process_writes_no_core_dump(app_home: Path) -> None:
    env = {**os.environ, "ALONGSIDE_HOME": str(app_home)}
    process = subprocess.Popen(
        [sys.executable, "-c", PROBE],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip().rstrip("/")
        assert url.startswith("http://127.0.0.1:"), url
        with httpx.Client(base_url=url, timeout=30) as client:
            assert client.get("/api/session").status_code == 200  # it is serving
        limits = Path(f"/proc/{process.pid}/limits").read_text()
        core_line = next(line for line in limits.splitlines() if "core file" in line)
        assert core_line.split()[4:6] == ["0", "0"], core_line
        process.send_signal(signal.SIGUSR1)
        report = json.loads(process.stdout.readline())
        assert report == {"dumpable": False, "core": [0, 0]}
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()
