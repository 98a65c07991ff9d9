"""Choosing the country: one rule in both faces, the same words up to how each face picks."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from markupsafe import escape
from typer.testing import CliRunner

from alongside.app.settings import HOW_CLI, HOW_WEB, choose_country, country_problem
from alongside.cli.app import build_app
from alongside.errors import AlongsideError
from alongside.settings import saved_country
from tests.web.server import token_in


@pytest.mark.parametrize("country", ["Narnia", "  ", "XX"])
def test_a_country_we_hold_no_lines_for_is_refused_alike(
    client: httpx.Client, country: str
) -> None:
    said = country_problem(country, required=True)
    assert said.endswith(f"{HOW_CLI}. Nothing was changed.")
    ran = CliRunner().invoke(build_app(), ["settings", "country", country])
    assert isinstance(ran.exception, AlongsideError) and str(ran.exception) == said
    page = client.get("/safety")
    posted = client.post(
        "/settings/country", data={"country": country, "csrf_token": token_in(page.text)}
    )
    assert posted.status_code == 400
    assert str(escape(said.replace(HOW_CLI, HOW_WEB))) in posted.text
    assert saved_country() == ""


def test_a_known_country_is_saved_by_its_code(app_home: Path) -> None:
    assert choose_country("united kingdom") == choose_country("GB")
    assert saved_country() == "UK"
    assert country_problem("") == ""  # at setup: chosen later
