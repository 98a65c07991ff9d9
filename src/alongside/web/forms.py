"""Record forms built from `alongside.vault.kinds`: input types and the words shown.

Nothing here lists fields: every label, help text, type and choice comes from `KINDS`.
Checking what was typed is the use case's (`alongside.app.record`), the same as the CLI's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from alongside.vault.kinds import FieldSpec, KindSpec


def input_type(spec: FieldSpec) -> str:
    """The HTML input type used for a field."""
    return {"date": "date", "int": "number", "datetime": "datetime-local"}.get(spec.type, "text")


def shown_value(spec: FieldSpec, value: object) -> str:
    """A stored value as words for lists and the edit form."""
    if value is None or value == "":
        return ""
    if spec.type == "tags" and isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value)
    if spec.type == "datetime" and isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if spec.type == "date" and isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def choice_words(spec: FieldSpec, value: object) -> str:
    """The words shown for a stored choice value."""
    return dict(spec.choices).get(str(value), str(value))


def form_values(spec_kind: KindSpec, fields: Mapping[str, object]) -> dict[str, str]:
    """Stored field values as the strings an edit form starts with."""
    return {s.name: shown_value(s, fields.get(s.name)) for s in spec_kind.fields}
