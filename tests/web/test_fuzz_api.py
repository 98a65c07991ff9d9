"""Schemathesis generates requests from /openapi.json against the live server: no 500s.

Bounded: a fixed number of examples per operation (about half a minute in all). The fuzzer
gets a real unlocked session and CSRF token, so it reaches the code behind the checks;
every request goes to 127.0.0.1 only.
"""

from __future__ import annotations

from typing import Any

import httpx
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error

from alongside.web.security import cookie_name
from tests.conftest import TEST_PASSPHRASE
from tests.web.server import LiveServer

EXAMPLES_PER_OPERATION = 80
WORDS = st.text(st.characters(exclude_categories=("Cs", "Cc")), min_size=1).filter(str.strip)


def test_api_never_answers_with_a_server_error(server: LiveServer, unlocked: httpx.Client) -> None:
    token = unlocked.headers["X-CSRF-Token"]
    cookie = unlocked.cookies[cookie_name(server.port)]
    for kind in ("journal", "win", "conversation"):
        unlocked.post(
            f"/api/record/{kind}",
            json={
                "fields": {
                    "situation"
                    if kind == "journal"
                    else ("what" if kind == "win" else "topic"): "seed words"
                }
            },
        )
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]  # type: ignore[union-attr]
    assert len(operations) >= 8
    seen: dict[str, list[int]] = {}
    for operation in operations:
        seen[operation.label] = []

        @given(case=operation.as_strategy(), data=st.data())
        @settings(
            max_examples=EXAMPLES_PER_OPERATION,
            deadline=None,
            database=None,
            derandomize=True,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def run(case: schemathesis.Case[Any], data: st.DataObject) -> None:
            if "kind" in (case.path_parameters or {}) and data.draw(st.booleans()):
                case.path_parameters["kind"] = "win"  # a real kind, to reach deeper
                if case.method == "POST":
                    case.body = {"fields": {"what": data.draw(WORDS)}}
            response = case.call(
                base_url=server.url,
                headers={"X-CSRF-Token": token, "Host": f"127.0.0.1:{server.port}"},
                cookies={cookie_name(server.port): cookie},
                timeout=30,
            )
            seen[case.operation.label].append(response.status_code)
            case.validate_response(response, checks=[not_a_server_error])
            state = server.app.state.web
            if not state.is_unlocked(state.session(cookie)):
                state.next_try_at = 0.0  # fuzzed wrong passphrases paused unlocking
                unlocked.post("/api/unlock", json={"passphrase": TEST_PASSPHRASE})

        run()
    assert all(500 not in statuses for statuses in seen.values())
    reached = {label for label, statuses in seen.items() if {200, 201, 204} & set(statuses)}
    assert {"GET /api/record/{kind}", "POST /api/record/{kind}", "POST /api/coach"} <= reached
