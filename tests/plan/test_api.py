"""The package's public names resolve (the web app imports them from `alongside.plan`)."""

from __future__ import annotations

import subprocess
import sys

import pytest

import alongside.plan


@pytest.mark.parametrize("name", alongside.plan.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(alongside.plan, name) is not None


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = alongside.plan.no_such_thing


def test_importing_the_plan_package_and_cli_stays_light() -> None:
    code = (
        "import sys, alongside.plan, alongside.plan.playbook, alongside.cli.plan;"
        "heavy = [m for m in ('matplotlib', 'icalendar', 'sqlalchemy') if m in sys.modules];"
        "sys.exit(1 if heavy else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_all_lists_exactly_the_lazy_exports() -> None:
    from alongside.plan import _EXPORTS

    assert sorted(alongside.plan.__all__) == sorted(_EXPORTS)
