"""Saving and changing entries of the private record, the same way from every face.

`save_entry` / `edit_entry` check every field at once (`vault.fields.check_fields`), save,
then pass the words just written through the safety screen (after saving, so nothing is
lost). They return `Saved` or `FieldErrors`; the faces only render them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from alongside.messages import Msg
from alongside.vault.fields import Checked, check_fields, kind_spec

if TYPE_CHECKING:
    from alongside.safety import Screening
    from alongside.vault import Entry, Vault


@dataclass(frozen=True)
class FieldErrors:
    """Nothing was saved: one sentence per field name, in the kind's field order."""

    errors: Mapping[str, str]
    summary: str = Msg.NOTHING_SAVED_FIELDS

    @property
    def sentences(self) -> list[str]:
        return list(self.errors.values())


@dataclass(frozen=True)
class Saved:
    """The entry as stored, and the safety screen of the words in it."""

    entry: Entry
    screening: Screening | None = field(default=None)

    @property
    def needs_help(self) -> bool:
        """The words touch on danger: show safety help with the entry."""
        return self.screening is not None and self.screening.flagged


def check_entry(
    kind: str, raw: Mapping[str, object], *, partial: bool = False, today: date | None = None
) -> Checked | FieldErrors:
    """Check fields before anything is unlocked or asked for (the CLI says a bad --rating
    before the passphrase); `Checked` holds the typed values."""
    checked = check_fields(kind_spec(kind), raw, partial=partial, today=today)
    return checked if checked.ok else FieldErrors(checked.errors)


def save_entry(
    vault: Vault, kind: str, raw: Mapping[str, object], *, today: date | None = None
) -> Saved | FieldErrors:
    """Add an entry of `kind` from what was typed (absent or empty fields: not set)."""
    checked = check_entry(kind, raw, today=today)
    if isinstance(checked, FieldErrors):
        return checked
    entry = vault.add(kind, checked.values)
    return Saved(entry, screen_entry(entry))


def edit_entry(
    vault: Vault,
    entry_id: str,
    raw: Mapping[str, object],
    *,
    partial: bool = True,
    today: date | None = None,
) -> Saved | FieldErrors:
    """Change an entry. `partial`: fields left out stay as they are; else (a whole form) a
    field left out or empty is cleared. "" or None clears a field either way."""
    current = vault.get(entry_id)
    spec = kind_spec(current.kind)
    zone = current.fields.get("timezone")
    checked = check_fields(
        spec, raw, partial=partial, zone=zone if isinstance(zone, str) else None, today=today
    )
    if not checked.ok:
        return FieldErrors(checked.errors)
    values = (
        checked.values if partial else {f.name: checked.values.get(f.name) for f in spec.fields}
    )
    entry = vault.update(current.id, values)
    return Saved(entry, screen_entry(entry))


def entry_words(entry: Entry) -> str:
    """The words a person wrote in an entry (its encrypted fields), one field a line."""
    spec = kind_spec(entry.kind)
    texts = (entry.fields.get(f.name) for f in spec.fields if f.encrypted)
    return "\n".join(", ".join(t) if isinstance(t, tuple) else str(t) for t in texts if t)


def screen_entry(entry: Entry) -> Screening | None:
    """Safety first: the screen of the words in `entry` (None when it has none)."""
    words = entry_words(entry)
    if not words:
        return None
    from alongside.safety import screen

    return screen(words)
