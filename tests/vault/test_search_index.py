"""The in-memory search index never answers from stale or locked text: writes through this
vault, through a second connection and from another process all show at once, a damaged
field drops out, locking drops every decrypted text, and on any record it answers exactly
as the uncached search (Hypothesis)."""

from __future__ import annotations

import os
import secrets
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from alongside.errors import VaultLocked
from alongside.paths import vault_path
from alongside.vault import Vault, create_vault, open_vault
from alongside.vault.crypto import NONCE_BYTES
from alongside.vault.search_index import SearchIndex
from alongside.vault.store import Entry
from tests.conftest import TEST_PASSPHRASE


def ids(entries: list[Entry]) -> list[str]:
    return [e.id for e in entries]


def index_of(vault: Vault) -> SearchIndex:
    index = vault._search_index
    assert index is not None
    return index


def test_first_search_builds_it_and_later_searches_decrypt_nothing(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "felt unheard at dinner", "tags": ["home"]})
    b = vault.add("win", {"what": "a calm walk", "notes": "unheard no more"})
    assert vault._search_index is None  # nothing decrypted until someone searches
    assert ids(vault.search("unheard")) == [b.id, a.id]
    index = index_of(vault)
    assert (index.rebuilds, index.decrypted) == (1, 4)
    assert ids(vault.search("dinner")) == [a.id]
    assert ids(vault.search("home", "journal")) == [a.id]
    assert (index.rebuilds, index.decrypted) == (1, 4)  # answered from memory


def test_own_writes_show_at_once_and_only_changed_fields_are_decrypted(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "felt unheard at dinner"})
    assert ids(vault.search("unheard")) == [a.id]
    index = index_of(vault)
    b = vault.add("win", {"what": "unheard, then heard", "notes": "tea"})
    assert ids(vault.search("unheard")) == [b.id, a.id]
    assert index.decrypted == 1 + 2
    vault.update(a.id, {"situation": "a quiet evening"})
    assert ids(vault.search("unheard")) == [b.id]
    assert ids(vault.search("quiet")) == [a.id]
    assert index.decrypted == 1 + 2 + 1
    vault.delete(b.id)
    assert vault.search("unheard") == []
    assert ids(vault.search("quiet evening")) == [a.id]
    assert index.decrypted == 4


def test_a_second_connection_adding_editing_and_deleting_shows_at_once(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "felt unheard at dinner"})
    assert ids(vault.search("unheard")) == [a.id]
    with open_vault(vault_path(), TEST_PASSPHRASE) as other:
        b = other.add("journal", {"situation": "unheard again", "tags": ["kitchen"]})
        assert ids(vault.search("unheard")) == [b.id, a.id]
        other.update(a.id, {"situation": "we laughed"})
        assert ids(vault.search("unheard")) == [b.id]
        assert ids(vault.search("laughed")) == [a.id]
        other.update(b.id, {"tags": ["garden"]})
        assert vault.search("kitchen") == []
        assert ids(vault.search("garden")) == [b.id]
        other.delete(b.id)
        assert vault.search("unheard") == []
        assert vault.search("garden") == []


def test_another_process_writing_shows_at_once(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "felt unheard at dinner"})
    assert ids(vault.search("unheard")) == [a.id]
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from alongside.vault import open_vault\n"
        "with open_vault(Path(sys.argv[1]), sys.argv[2]) as v:\n"
        "    v.update(sys.argv[3], {'situation': 'a different evening'})\n"
        "    print(v.add('win', {'what': 'unheard no longer'}).id)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(vault_path()), TEST_PASSPHRASE, a.id],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ),
        timeout=120,
    )
    added = done.stdout.strip()
    assert ids(vault.search("unheard")) == [added]
    assert ids(vault.search("different evening")) == [a.id]


def test_a_field_damaged_on_disk_drops_out_of_the_results(vault: Vault) -> None:
    a = vault.add("journal", {"situation": "felt unheard at dinner"})
    b = vault.add("journal", {"situation": "unheard at breakfast"})
    assert ids(vault.search("unheard")) == [b.id, a.id]
    conn = sqlite3.connect(vault_path())
    (blob,) = conn.execute(
        "SELECT ciphertext FROM entry_fields WHERE entry_id = ? AND name = 'situation'", (b.id,)
    ).fetchone()
    changed = bytearray(blob)
    changed[NONCE_BYTES + 1] ^= 0x04
    conn.execute(
        "UPDATE entry_fields SET ciphertext = ? WHERE entry_id = ?", (bytes(changed), b.id)
    )
    conn.commit()
    conn.close()
    # The damage left `updated_at` alone, so only loading the entry shows it: the index reads
    # it again and fills the limit from the rest, as the uncached search does.
    assert ids(vault.search("unheard", limit=1)) == [a.id]
    assert ids(vault.search_uncached("unheard", limit=1)) == [a.id]
    assert ids(vault.search("unheard")) == [a.id] == ids(vault.search_uncached("unheard"))


def test_locking_drops_every_decrypted_text(vault: Vault) -> None:
    vault.add("journal", {"situation": "a secret sentence", "tags": ["hidden"]})
    assert len(vault.search("secret")) == 1
    index = index_of(vault)
    assert len(index) == 1
    vault.close()
    assert vault._search_index is None
    assert len(index) == 0
    assert index._texts == {} and index._raw == [] and index._listed == []
    assert index._conn is None
    with pytest.raises(VaultLocked):
        vault.search("secret")


# Small alphabets so that queries hit: casefolding (ß, İ, Σ), JSON punctuation in tags
# ([ , " \), and non-ASCII text the tags' JSON keeps as it is.
ALPHABET = 'abé ßSİ\u03c3Σ[",\\'
WORD = st.text(alphabet=ALPHABET, min_size=1, max_size=12)
QUERY = st.text(alphabet=ALPHABET, min_size=1, max_size=6).filter(lambda q: q.split() != [])
ADD = st.one_of(
    st.tuples(
        st.just("journal"),
        st.fixed_dictionaries(
            {"situation": WORD.filter(str.strip)},
            optional={"feelings": WORD, "tags": st.lists(WORD, max_size=3)},
        ),
    ),
    st.tuples(st.just("win"), st.fixed_dictionaries({"what": WORD.filter(str.strip)}, optional={})),
    st.tuples(st.just("goal"), st.fixed_dictionaries({"goal": WORD.filter(str.strip)})),
)
STEP = st.one_of(
    st.tuples(st.just("add"), ADD),
    st.tuples(st.just("delete"), st.integers(0, 20)),
    st.tuples(st.just("edit"), st.integers(0, 20), WORD.filter(str.strip)),
    st.tuples(st.just("damage"), st.integers(0, 20)),
    st.tuples(
        st.just("search"),
        QUERY,
        st.sampled_from([None, "journal", "win"]),
        st.sampled_from([None, 1, 2]),
    ),
)


def damage(path: Path, entry_id: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE entry_fields SET ciphertext = zeroblob(40) WHERE entry_id = ?", (entry_id,)
    )
    conn.commit()
    conn.close()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(STEP, min_size=1, max_size=25))
def test_answers_exactly_as_the_uncached_search(tmp_path: Path, steps: list[tuple]) -> None:  # type: ignore[type-arg]
    path = tmp_path / secrets.token_hex(6) / "vault.db"
    live: list[str] = []
    with create_vault(path, TEST_PASSPHRASE) as vault:
        for step in steps:
            if step[0] == "add":
                kind, values = step[1]
                live.append(vault.add(kind, values).id)
            elif live and step[0] == "delete":
                vault.delete(live.pop(step[1] % len(live)))
            elif live and step[0] == "edit":
                target = vault.get(live[step[1] % len(live)])
                if not target.damaged:
                    field = {"journal": "situation", "win": "what", "goal": "goal"}[target.kind]
                    vault.update(target.id, {field: step[2]})
            elif live and step[0] == "damage":
                damage(path, live[step[1] % len(live)])
            elif step[0] == "search":
                _, query, kind, limit = step
                expected = ids(vault.search_uncached(query, kind, limit=limit))
                assert ids(vault.search(query, kind, limit=limit)) == expected
        for query in ("a", "b", "ss", "[", ",", '"', "é", "\u03c3"):
            assert ids(vault.search(query)) == ids(vault.search_uncached(query))


def test_quotes_and_backslashes_are_found_in_the_tags_as_written(vault: Vault) -> None:
    """Words with a quote or a backslash are looked for in the tags as written, not in their
    JSON (where they are escaped); other words in the JSON too, as the uncached search."""
    tagged = vault.add("journal", {"situation": "x", "tags": ['say "HI"', "back\\slash", "ß"]})
    plain = vault.add("journal", {"situation": 'He said "hi" once'})
    for query in ('"hi"', "back\\slash", 'y "h', "ss", "[", '",', "ß"):
        expected = ids(vault.search_uncached(query))
        assert ids(vault.search(query)) == expected, query
    assert ids(vault.search('"hi"')) == [plain.id, tagged.id]
    assert ids(vault.search("back\\slash")) == [tagged.id]
    assert ids(vault.search("[")) == [tagged.id]
