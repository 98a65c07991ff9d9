"""Empty, huge, control characters, wrong types, malformed import files: clear and lossless."""

from __future__ import annotations

import json

import pytest

from alongside.errors import ImportFormatError, InvalidInput
from alongside.vault import Vault, export_data, import_data
from alongside.vault.fields import MAX_CHARS

MOST = MAX_CHARS["longtext"]


def test_a_field_at_its_limit_round_trips(vault: Vault) -> None:
    big = "é" * MOST
    entry = vault.add("journal", {"situation": big})
    assert vault.get(entry.id).fields["situation"] == big
    assert vault.search("éééé")[0].id == entry.id


def test_a_field_over_its_limit_is_refused_with_its_size(vault: Vault) -> None:
    with pytest.raises(InvalidInput, match=r"is 1,000,001 characters; please keep it under"):
        vault.add("journal", {"situation": "x" * (MOST + 1)})
    assert vault.count() == 0


def test_control_characters_are_kept_exactly(vault: Vault) -> None:
    text = "".join(chr(c) for c in [*range(32), 127]) + "\u200b\u2028\ufeff"
    entry = vault.add("journal", {"situation": "x" + text, "trigger": text})
    got = vault.get(entry.id)
    assert got.fields["trigger"] == text
    assert got.fields["situation"] == "x" + text


@pytest.mark.parametrize("value", [b"bytes", 3.5, ["a"], {"a": 1}])
def test_wrong_types_are_refused(vault: Vault, value: object) -> None:
    with pytest.raises(InvalidInput, match="What happened"):
        vault.add("journal", {"situation": value})


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"\xc3\x28", "isn't UTF-8"),
        ('{"format": "alongside-export"}'.encode("utf-16"), "isn't UTF-8"),
        (b"[1, 2, 3]", "isn't an Alongside export"),
        (b'{"format": "alongside-export", "version": "1", "entries": []}', "no valid"),
        (b'{"format": "alongside-export", "version": 1}', 'no "entries"'),
        (b'{"format": "alongside-export", "version": 1, "entries": [3]}', "not an object"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"version": ' + b"9" * 10_000 + b"}", "impossibly long number"),
    ],
)
def test_malformed_exports_are_named(vault: Vault, raw: bytes, words: str) -> None:
    vault.add("win", {"what": "kept"})
    with pytest.raises(ImportFormatError, match=words):
        import_data(vault, raw)
    assert vault.count() == 1


def _doc(**changes: object) -> bytes:
    entry: dict[str, object] = {
        "id": "c" * 32,
        "kind": "win",
        "created_at": "2024-01-01T10:00:00+00:00",
        "updated_at": "2024-01-01T10:00:00+00:00",
        "fields": {"what": "ok"},
    }
    entry.update(changes)
    return json.dumps({"format": "alongside-export", "version": 1, "entries": [entry]}).encode()


@pytest.mark.parametrize(
    ("changes", "words"),
    [
        ({"id": "short"}, "32 hex"),
        ({"kind": "diary"}, "no kind of entry"),
        ({"created_at": "2024-01-01T10:00:00"}, "UTC offset"),
        ({"updated_at": "yesterday"}, "ISO 8601"),
        ({"fields": {"what": ""}}, "What went well"),
        ({"fields": {"what": "x", "mood": "ok"}}, "no field called “mood”"),
        ({"fields": []}, "must be an object"),
    ],
)
def test_bad_entries_in_an_export_import_nothing(
    vault: Vault, changes: dict[str, object], words: str
) -> None:
    with pytest.raises(ImportFormatError, match=words):
        import_data(vault, _doc(**changes))
    assert vault.count() == 0


def test_import_keeps_ids_and_timestamps(vault: Vault) -> None:
    assert import_data(vault, _doc()).added == 1
    (entry,) = export_data(vault)["entries"]
    assert entry["id"] == "c" * 32
    assert entry["created_at"] == "2024-01-01T10:00:00+00:00"
