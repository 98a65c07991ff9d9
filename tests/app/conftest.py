from tests.vault.conftest import vault

__all__ = ["vault"]
