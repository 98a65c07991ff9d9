"""Hypothesis round trips: any text through encrypt -> store -> read, and export -> import."""

from __future__ import annotations

import json
import secrets
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alongside.errors import CorruptData
from alongside.vault import Vault, create_vault, export_data, import_data
from alongside.vault.crypto import FieldCipher
from tests.conftest import TEST_PASSPHRASE

# Any text that can be stored: every code point except lone surrogates (not encodable).
TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=400)
SLOW_OK = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SLOW_OK
@given(text=TEXT)
def test_any_text_survives_encrypt_store_read(vault: Vault, text: str) -> None:
    entry = vault.add("journal", {"situation": "x", "trigger": text, "next_time": text * 3})
    got = vault.get(entry.id)
    if not text.strip():  # only spaces is no answer: not set, in every face
        assert "trigger" not in got.fields and "next_time" not in got.fields
        return
    assert got.fields["trigger"] == text
    assert got.fields["next_time"] == text * 3


@SLOW_OK
@given(tags=st.lists(TEXT, max_size=8))
def test_tags_come_back_stripped_deduplicated_in_order(vault: Vault, tags: list[str]) -> None:
    expected: list[str] = []
    for tag in tags:
        word = tag.strip()
        if word and word not in expected:
            expected.append(word)
    entry = vault.add("journal", {"situation": "x", "tags": tags})
    assert vault.get(entry.id).fields.get("tags", ()) == tuple(expected)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=2000), entry_id=st.text(max_size=40), field=st.text(max_size=20))
def test_field_cipher_round_trips_and_binds_its_place(
    data: bytes, entry_id: str, field: str
) -> None:
    cipher = FieldCipher(secrets.token_bytes(32))
    blob = cipher.encrypt(entry_id, field, data)
    assert cipher.decrypt(entry_id, field, blob) == data
    with pytest.raises(CorruptData):
        cipher.decrypt(entry_id + "x", field, blob)
    with pytest.raises(CorruptData):
        cipher.decrypt(entry_id, field + "x", blob)


ENTRY = st.one_of(
    st.builds(lambda s, t: ("journal", {"situation": s, "feelings": t}), TEXT, TEXT),
    st.builds(
        lambda s, r, d: ("conversation", {"topic": s, "rating": r, "occurred_on": d}),
        TEXT,
        st.integers(1, 5),
        st.dates(),
    ),
    st.builds(lambda s, n: ("therapist", {"name": s, "notes": n}), TEXT, TEXT),
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=st.lists(ENTRY, max_size=6))
def test_export_then_import_round_trips_exactly(
    tmp_path: Path, entries: list[tuple[str, dict[str, object]]]
) -> None:
    folder = tmp_path / secrets.token_hex(6)
    with create_vault(folder / "a.db", TEST_PASSPHRASE) as first:
        for kind, values in entries:
            if all(
                not str(v).strip() for k, v in values.items() if k in ("situation", "topic", "name")
            ):
                continue  # a blank main field is refused, by design
            first.add(kind, values)
        exported = export_data(first)
    raw = json.dumps(exported, ensure_ascii=False).encode("utf-8")
    with create_vault(folder / "b.db", TEST_PASSPHRASE) as second:
        result = import_data(second, raw)
        assert result.added == len(exported["entries"])
        assert export_data(second)["entries"] == exported["entries"]
