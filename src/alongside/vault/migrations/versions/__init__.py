"""Named schema revisions, oldest first (listed in `alongside.vault.models.SCHEMA_REVISIONS`)."""
