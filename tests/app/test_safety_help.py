"""Both faces show the same safety help: the same lines, in the same order, under the same
headings, with the same words about the country (`alongside.app.safety.safety_help`)."""

from __future__ import annotations

import html
import re

import httpx
import pytest
from markupsafe import escape
from typer.testing import CliRunner

from alongside.app.safety import safety_help
from alongside.cli.app import build_app
from alongside.safety.messages import CHOOSE_COUNTRY_CLI

LINE = re.compile(r"<li><strong>([^<]+)</strong>:")


@pytest.mark.parametrize("country", ["UK", "Narnia", "de", "INTL"])
def test_the_cli_and_the_web_list_the_same_help(client: httpx.Client, country: str) -> None:
    found = safety_help(country, "", how_to_choose=CHOOSE_COUNTRY_CLI)
    names = [r.name for r in found.resources]
    assert names
    ran = CliRunner().invoke(build_app(), ["safety", "--country", country], env={"COLUMNS": "400"})
    assert ran.exit_code == 0, ran.output
    printed = [line.strip().split(":")[0] for line in ran.stdout.splitlines()]
    assert [n for n in printed if n in names] == names
    page = client.get("/safety", params={"country": country})
    assert [html.unescape(n) for n in LINE.findall(page.text)] == names
    if found.notice:  # a place we hold no lines for: the same sentence
        assert found.notice.split(".")[0] in " ".join(ran.stdout.split())
        assert str(escape(found.notice.split(".")[0])) in page.text


def test_help_after_danger_comes_first_in_both_faces() -> None:
    calm = safety_help("UK", "", how_to_choose=CHOOSE_COUNTRY_CLI)
    abuse = safety_help("UK", "", ("physical_violence",), how_to_choose=CHOOSE_COUNTRY_CLI)
    assert abuse.abuse and abuse.after and not calm.after
    assert [r.name for r in abuse.resources] != [r.name for r in calm.resources]
