"""The `vault` fixture: an open vault in the temp home, known passphrase, cheap KDF."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from alongside.paths import vault_path
from alongside.vault import Vault, create_vault
from tests.conftest import TEST_PASSPHRASE


@pytest.fixture
def vault(app_home: Path) -> Iterator[Vault]:
    opened = create_vault(vault_path(), TEST_PASSPHRASE)
    try:
        yield opened
    finally:
        opened.close()
