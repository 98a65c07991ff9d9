"""Private record benchmark: add, list newest 50, search (decrypting) and export on vaults of
1k, 10k and 100k entries, with growth ratios; and unlock time, default vs test Argon2id.

    make bench            # or: .venv/bin/python bench/bench_vault.py [--max 10000]

Peers in the same run: reading every entry (`vault.list()`, which checks each entry's seal)
is compared with the same read with the seal checks switched off (the cost of format 2's
tamper detection); search is compared with a plain in-memory substring scan over the
same texts (the cost of decrypting), unlock with the cheap test profile. Search is measured
three ways: uncached (decrypting every field, as before the index), the first search after
unlock (which builds the in-memory index), and later searches answered from it, plus a
search right after a write (the index re-reads the ciphertexts and decrypts only new ones).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alongside.vault import Vault, create_vault, crypto, export_data, open_vault, store
from alongside.vault.store import Entry

PASSPHRASE = "benchmark passphrase"  # noqa: S105 (a throwaway bench vault)
SIZES = (1_000, 10_000, 100_000)
WORDS = [
    "dinner",
    "phone",
    "quiet",
    "unheard",
    "calm",
    "morning",
    "walk",
    "money",
    "weekend",
    "kids",
    "work",
    "tired",
    "listened",
    "therapy",
    "gently",
    "laughed",
    "pause",
    "sorry",
    "talk",
    "later",
    "felt",
    "heard",
    "hopeful",
    "worried",
    "tea",
    "garden",
]
NEEDLE = "zebracorn"  # in 1 of every 100 entries


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def build(vault: Vault, count: int, rng: random.Random) -> list[str]:
    """Bulk path: prepare (validate + encrypt) everything, insert in one transaction."""
    texts: list[str] = []
    entries: list[Entry] = []
    for i in range(count):
        situation = sentence(rng, 12) + (f" {NEEDLE}" if i % 100 == 0 else "")
        texts.append(situation)
        entries.append(
            vault.prepare(
                "journal",
                {
                    "situation": situation,
                    "trigger": sentence(rng, 3),
                    "feelings": sentence(rng, 2),
                    "tags": "bench,home",
                },
            )
        )
        if (i + 1) % 25_000 == 0:
            print(f"   prepared {i + 1:,} entries", flush=True)
    vault.insert_many(entries)
    return texts


def timed(action: Callable[[], object], repeat: int = 3, clock: str = "cpu") -> float:
    """Median seconds of `repeat` runs: CPU time of this process (steady on a busy shared
    machine) for CPU-bound work, wall time for what waits on the disk or on threads."""
    tick = time.process_time if clock == "cpu" else time.perf_counter
    runs = []
    for _ in range(repeat):
        start = tick()
        action()
        runs.append(tick() - start)
    return statistics.median(runs)


def measure(folder: Path, count: int) -> dict[str, float]:
    rng = random.Random(count)
    path = folder / f"vault-{count}.db"
    start = time.perf_counter()
    with create_vault(path, PASSPHRASE) as vault:
        texts = build(vault, count, rng)
    built = time.perf_counter() - start
    print(f"   built {count:,} entries in {built:.1f} s", flush=True)
    with open_vault(path, PASSPHRASE) as vault:
        adds = 50
        start = time.perf_counter()
        for i in range(adds):
            vault.add("win", {"what": f"small win {i}"})
        add = (time.perf_counter() - start) / adds
        newest = timed(lambda: vault.list(limit=50), repeat=5)
        found = vault.search_uncached(NEEDLE)
        if len(found) != len(range(0, count, 100)):
            raise SystemExit(f"search found {len(found)} entries, expected {count // 100}")
        uncached = timed(lambda: vault.search_uncached(NEEDLE), repeat=3)
        first = timed(lambda: cold_search(vault), repeat=1)
        cached = timed(lambda: vault.search(NEEDLE), repeat=5)
        index = vault._search_index
        if index is None:
            raise SystemExit("search built no index")
        match = timed(lambda: index.match([NEEDLE], None, None, True), repeat=5)
        if [e.id for e in vault.search(NEEDLE)] != [e.id for e in found]:
            raise SystemExit("the index answered differently from the uncached search")
        after_write = []
        for i in range(3):
            vault.add("win", {"what": f"{NEEDLE} found again {i}"})
            start = time.process_time()
            vault.search(NEEDLE)
            after_write.append(time.process_time() - start)
        memory = index_bytes(vault)
        plain = timed(lambda: [t for t in texts if NEEDLE in t.casefold()], repeat=3)
        export = timed(lambda: json.dumps(export_data(vault), ensure_ascii=False), repeat=1)
        list_all = timed(lambda: vault.list(), repeat=3)
        with seals_unchecked(vault):
            unchecked = timed(lambda: vault.list(), repeat=3)
    return {
        "list_all_ms": list_all * 1000,
        "unsealed_ms": unchecked * 1000,
        "build_s": built,
        "add_ms": add * 1000,
        "list50_ms": newest * 1000,
        "search_ms": uncached * 1000,
        "first_ms": first * 1000,
        "cached_ms": cached * 1000,
        "match_ms": match * 1000,
        "after_write_ms": statistics.median(after_write) * 1000,
        "index_mib": memory / 2**20,
        "plain_scan_ms": plain * 1000,
        "export_ms": export * 1000,
    }


class _Unchecked(crypto.Sealer):
    """A sealer that accepts everything (the peer: reading without format 2's checks)."""

    def __init__(self) -> None:
        pass

    def entry_ok(self, canonical: bytes, seal: bytes | None) -> bool:
        return True


@contextmanager
def seals_unchecked(vault: Vault) -> Iterator[None]:
    real_sealer, real_canonical = vault.sealer, store._canonical
    vault.sealer = _Unchecked()
    store._canonical = lambda *_: b""
    try:
        yield
    finally:
        vault.sealer, store._canonical = real_sealer, real_canonical


def cold_search(vault: Vault) -> None:
    """The first search after unlock: drop the index, then search (which builds it)."""
    if vault._search_index is not None:
        vault._search_index.clear()
        vault._search_index = None
    vault.search(NEEDLE)


def index_bytes(vault: Vault) -> int:
    """Rough size of the index: its texts and the small records around them."""
    index = vault._search_index
    if index is None:
        return 0
    total = sys.getsizeof(index._texts) + 4 * sys.getsizeof(index._ids)
    for entry_id, texts in index._texts.items():
        total += sys.getsizeof(texts) + sys.getsizeof(entry_id)
        total += sys.getsizeof(texts.raw) if texts.raw is not None else 0
        if texts.decoded is not texts.raw and texts.decoded is not None:
            total += sys.getsizeof(texts.decoded)
    return total


def unlock_times(folder: Path) -> dict[str, float]:
    found = {}
    for profile in ("default", "test"):
        os.environ["ALONGSIDE_KDF_PROFILE"] = profile
        path = folder / f"unlock-{profile}.db"
        create_vault(path, PASSPHRASE).close()

        def unlock(p: Path = path) -> None:
            open_vault(p, PASSPHRASE).close()

        found[profile] = timed(unlock, repeat=3, clock="wall")
    os.environ["ALONGSIDE_KDF_PROFILE"] = "test"
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest vault to build")
    args = parser.parse_args()
    sizes = [n for n in SIZES if n <= args.max]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start")
    with tempfile.TemporaryDirectory(prefix="alongside-bench-") as tmp:
        folder = Path(tmp)
        unlock = unlock_times(folder)
        print("Unlock (open_vault: Argon2id + schema check), wall time, median of 3:")
        print(f"  default profile (t=3, 256 MiB, p=2): {unlock['default'] * 1000:7.0f} ms")
        print(
            f"  test profile    (t=1, 1 MiB, p=1):   {unlock['test'] * 1000:7.1f} ms"
            f"   ratio {unlock['default'] / unlock['test']:.0f}x"
        )
        results = {}
        for count in sizes:
            print(f"== {count:,} entries", flush=True)
            results[count] = measure(folder, count)
    keys = ("add_ms", "list50_ms", "search_ms", "plain_scan_ms", "export_ms", "build_s")
    search_keys = ("search_ms", "first_ms", "cached_ms", "match_ms", "after_write_ms", "index_mib")
    print()
    print("add: wall time per entry (one transaction + fsync each); list/search/export: CPU time")
    print("entries    " + "".join(f"{k:>15}" for k in keys))
    for count, row in results.items():
        print(f"{count:>9,}  " + "".join(f"{row[k]:>15.1f}" for k in keys))
    for small, big in itertools.pairwise(sizes):
        ratios = "  ".join(f"{k} x{results[big][k] / results[small][k]:.1f}" for k in keys)
        print(f"growth {small:,} -> {big:,} (size x{big // small}): {ratios}")
    for count, row in results.items():
        print(
            f"read all entries at {count:,}: {row['list_all_ms']:.0f} ms with seal checks, "
            f"{row['unsealed_ms']:.0f} ms without (x{row['list_all_ms'] / row['unsealed_ms']:.2f})"
        )
    for count, row in results.items():
        print(
            f"search vs plain in-memory scan at {count:,}: "
            f"x{row['search_ms'] / row['plain_scan_ms']:.0f} (the cost of decrypting)"
        )
    print()
    print("search (CPU time): uncached | first after unlock (builds the index) | from the index")
    print("| of which matching in memory (the rest loads the 1% that match) | right after a write")
    print("| index size")
    print("entries    " + "".join(f"{k:>15}" for k in search_keys))
    for count, row in results.items():
        print(f"{count:>9,}  " + "".join(f"{row[k]:>15.1f}" for k in search_keys))
    for count, row in results.items():
        print(
            f"index vs uncached at {count:,}: x{row['search_ms'] / row['cached_ms']:.0f} faster; "
            f"after a write x{row['search_ms'] / row['after_write_ms']:.1f}; first search "
            f"x{row['first_ms'] / row['search_ms']:.2f} of an uncached one"
        )


if __name__ == "__main__":
    os.environ["ALONGSIDE_KDF_PROFILE"] = "test"
    main()
