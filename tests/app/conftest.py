from tests.vault.conftest import vault
from tests.web.conftest import client, server, unlocked

__all__ = ["client", "server", "unlocked", "vault"]
