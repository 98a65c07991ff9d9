"""Keys, ciphers and seals of the private record (format version 2).

- A random 256-bit *data key* encrypts every sensitive field with AES-256-GCM.
- The data key is stored only *wrapped*: encrypted with AES-256-GCM under a *key-encryption
  key* derived from the passphrase with Argon2id. Changing the passphrase rewraps the data key;
  no entry is re-encrypted.
- The header (magic, format version, salt, Argon2id parameters, wrapped key) lives in the
  `vault_meta` table. The header fields are the associated data of the wrap, so a header whose
  parameters were altered fails to unwrap just like a wrong passphrase.
- Each field is `nonce (12 bytes) || ciphertext || tag (16 bytes)`, with associated data
  `alongside|v1|<entry id>|<field name>`: a ciphertext moved to another entry or field fails.
  (That associated data is the same in format 1 and 2, so no field is ever re-encrypted.)
- Format 2 adds *seals*, HMAC-SHA256 under a key derived from the data key (HKDF):
  each entry's seal covers its id, kind, timestamps, plain fields and, per encrypted field,
  its name with the nonce and GCM tag of its ciphertext (the tag vouches for the rest), so an
  edited rating, date or kind, a removed field or an older ciphertext put back all fail;
  the header's `entry_set` seals the count and an XOR of one HMAC per entry id, kept up to
  date in the same transaction as every add and delete, so a deleted (or copied-back) row is
  noticed. The wrap's associated data names the format
  version, so a header set back to format 1 (to skip the seals) no longer unlocks.

Nothing here touches the database; `store.py` persists what this module produces.
"""

from __future__ import annotations

import base64
import ctypes
import hmac
import json
import os
from dataclasses import asdict, dataclass
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from alongside.errors import CorruptData, VaultTooNew, WrongPassphrase
from alongside.messages import Msg

MAGIC = "alongside-vault"
FORMAT_VERSION = 2  # the newest format this code reads and writes (1 is sealed on unlock)
SEALED_FROM = 2  # the first format whose entries carry seals
FIELD_AAD_PREFIX = "alongside|v1|"  # fields keep format 1's associated data in every format
KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # the GCM standard nonce; random per encryption (2^-32 collision budget)
TAG_BYTES = 16
SALT_BYTES = 16  # RFC 9106 recommends 128-bit salts
KDF_PROFILE_ENV = "ALONGSIDE_KDF_PROFILE"
# Bounds on the header's Argon2id settings, checked before any work: a header edited to ask
# for 64 GiB or a billion passes is refused at once instead of exhausting the machine.
MAX_MEMORY_KIB = 4 * 1024 * 1024  # 4 GiB: 16 times the default
MAX_TIME_COST = 64
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored in the header so they can be raised later."""

    time_cost: int  # passes over memory
    memory_cost_kib: int  # KiB of RAM each unlock needs
    parallelism: int  # lanes
    salt: str  # base64
    algorithm: str = "argon2id"
    version: int = 19  # Argon2 v1.3

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        try:
            data: dict[str, Any] = json.loads(text)
            params = cls(
                time_cost=int(data["time_cost"]),
                memory_cost_kib=int(data["memory_cost_kib"]),
                parallelism=int(data["parallelism"]),
                salt=str(data["salt"]),
                algorithm=str(data["algorithm"]),
                version=int(data["version"]),
            )
        except (ValueError, KeyError, TypeError) as error:
            raise CorruptData(Msg.HEADER_UNREADABLE) from error
        if not (
            1 <= params.time_cost <= MAX_TIME_COST
            and 1 <= params.parallelism <= MAX_PARALLELISM
            and 8 * params.parallelism <= params.memory_cost_kib <= MAX_MEMORY_KIB
        ):
            raise CorruptData(
                Msg.HEADER_IMPOSSIBLE.format(
                    gib=MAX_MEMORY_KIB // (1024 * 1024), passes=MAX_TIME_COST
                )
            )
        if params.algorithm != "argon2id" or params.version != 19:
            raise VaultTooNew(
                Msg.KEY_SETTING_UNKNOWN.format(algorithm=params.algorithm, version=params.version)
            )
        return params


# Default: ~0.4 s on a 2-core 2020s machine, ~1 s on a slow laptop. RFC 9106's second
# recommendation is t=3, m=64 MiB; we raise memory to 256 MiB because memory is what makes
# guessing on GPUs expensive, and a person unlocks this a few times a day at most.
DEFAULT_PROFILE = {"time_cost": 3, "memory_cost_kib": 256 * 1024, "parallelism": 2}
# Tests only (ALONGSIDE_KDF_PROFILE=test): ~1 ms. Recorded in the header like any other.
TEST_PROFILE = {"time_cost": 1, "memory_cost_kib": 1024, "parallelism": 1}
PROFILES = {"default": DEFAULT_PROFILE, "test": TEST_PROFILE}


def new_kdf_params(profile: str | None = None) -> KdfParams:
    """Fresh parameters (with a new random salt) for the profile named in the environment."""
    name = profile or os.environ.get(KDF_PROFILE_ENV, "default") or "default"
    chosen = PROFILES.get(name, DEFAULT_PROFILE)
    return KdfParams(
        time_cost=chosen["time_cost"],
        memory_cost_kib=chosen["memory_cost_kib"],
        parallelism=chosen["parallelism"],
        salt=base64.b64encode(os.urandom(SALT_BYTES)).decode("ascii"),
    )


def below_profile(params: KdfParams, profile: str | None = None) -> bool:
    """True when `params` are cheaper than the profile in use (then unlocking raises them)."""
    wanted = new_kdf_params(profile)
    return params.time_cost < wanted.time_cost or params.memory_cost_kib < wanted.memory_cost_kib


def derive_kek(passphrase: str, params: KdfParams) -> bytes:
    """The key-encryption key: Argon2id(passphrase, salt, params)."""
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(
        secret=passphrase.encode("utf-8", "surrogatepass"),
        salt=base64.b64decode(params.salt),
        time_cost=params.time_cost,
        memory_cost=params.memory_cost_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
        version=params.version,
    )


def _wrap_aad(params: KdfParams, format_version: int) -> bytes:
    return f"{MAGIC}|v{format_version}|data-key|{params.to_json()}".encode()


def wipe(buffer: bytearray) -> None:
    """Overwrite `buffer` with zeros in place (its memory, not a copy). Python cannot do this
    for the immutable `bytes` and `str` copies libraries make; see privacy-and-security.md."""
    if buffer:
        ctypes.memset((ctypes.c_char * len(buffer)).from_buffer(buffer), 0, len(buffer))


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=KEY_BYTES * 8)


def wrap_key(data_key: bytes | bytearray, passphrase: str, params: KdfParams) -> str:
    """The data key encrypted under the passphrase-derived key, base64 (nonce || ct || tag)."""
    nonce = os.urandom(NONCE_BYTES)
    kek = derive_kek(passphrase, params)
    sealed = AESGCM(kek).encrypt(nonce, data_key, _wrap_aad(params, FORMAT_VERSION))
    return base64.b64encode(nonce + sealed).decode("ascii")


def unwrap_key(wrapped: str, passphrase: str, params: KdfParams, format_version: int) -> bytearray:
    """The data key, or `WrongPassphrase` (the GCM tag is the passphrase verifier). It is
    decrypted straight into a bytearray, so that `wipe` can overwrite it on lock."""
    try:
        blob = base64.b64decode(wrapped, validate=True)
    except ValueError as error:
        raise CorruptData(Msg.HEADER_KEY_UNREADABLE) from error
    kek = derive_kek(passphrase, params)
    key = bytearray(max(0, len(blob) - NONCE_BYTES - TAG_BYTES))
    try:
        AESGCM(kek).decrypt_into(
            blob[:NONCE_BYTES], blob[NONCE_BYTES:], _wrap_aad(params, format_version), key
        )
    except (InvalidTag, ValueError) as error:
        raise WrongPassphrase(Msg.WRONG_PASSPHRASE) from error
    if len(key) != KEY_BYTES:
        raise CorruptData(Msg.KEY_WRONG_LENGTH)
    return key


class FieldCipher:
    """Encrypts and decrypts single fields with the data key held in memory while open."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        self._aead = AESGCM(data_key)
        self._prefix = FIELD_AAD_PREFIX

    def _aad(self, entry_id: str, field: str) -> bytes:
        return f"{self._prefix}{entry_id}|{field}".encode()

    def encrypt(self, entry_id: str, field: str, plaintext: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, plaintext, self._aad(entry_id, field))

    def decrypt(self, entry_id: str, field: str, blob: bytes) -> bytes:
        if len(blob) < NONCE_BYTES + TAG_BYTES:
            raise _corrupt(entry_id, field, "is cut short")
        try:
            return self._aead.decrypt(
                blob[:NONCE_BYTES], blob[NONCE_BYTES:], self._aad(entry_id, field)
            )
        except InvalidTag as error:
            raise _corrupt(entry_id, field, "failed its integrity check") from error


def _corrupt(entry_id: str, field: str, what: str) -> CorruptData:
    return CorruptData(Msg.FIELD_DAMAGED.format(field=field, entry_id=entry_id, what=what))


class Sealer:
    """HMAC-SHA256 seals of entries and of the set of entry ids (format 2)."""

    def __init__(self, data_key: bytes | bytearray) -> None:
        self._key = bytearray(
            HKDF(
                algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=b"alongside|v2|seal"
            ).derive(data_key)
        )

    def wipe(self) -> None:
        """Overwrite the seal key (on lock); the sealer then opens nothing."""
        wipe(self._key)

    def _mac(self, message: bytes) -> bytes:
        return hmac.digest(self._key, message, "sha256")

    def entry(self, canonical: bytes) -> bytes:
        return self._mac(b"entry|" + canonical)

    def entry_ok(self, canonical: bytes, seal: bytes | None) -> bool:
        return seal is not None and hmac.compare_digest(self.entry(canonical), bytes(seal))

    def id_term(self, entry_id: str) -> int:
        """One entry id's share of the set digest (the digest XORs the shares)."""
        return int.from_bytes(self._mac(b"id|" + entry_id.encode()), "big")

    def set_mac(self, count: int, digest: int) -> str:
        return self._mac(f"entry-set|{count}|{digest:064x}".encode()).hex()
