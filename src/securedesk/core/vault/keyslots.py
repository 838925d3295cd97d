"""The key-slot file: the vault's database key, wrapped once for each user.

Each slot wraps (database key || the user's X25519 private key) with AES-256-GCM under a
key derived from the user's passphrase with Argon2id, the terminal-binding secret mixed in
as Argon2's secret input. The X25519 public key sits beside it in the clear so that an
administrator can re-seal a *new* database key to every remaining user after rotating it
(when someone is disabled), without knowing their passphrases; each user's next sign-in
folds the re-sealed key back into an ordinary passphrase slot.

This file is outside the encrypted database and an attacker can edit it, so everything is
parsed against limits, and every ciphertext is bound (associated data) to the vault id and
the user name.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from securedesk.core.atomic_file import write_atomically
from securedesk.core.error_kinds import Detail
from securedesk.core.errors import KeySlotFileDamaged, WrongPassphrase
from securedesk.core.vault.kdf import SALT_BYTES, KdfParams, Malformed, derive_key

FORMAT = "securedesk-keyslots"
VERSION = 1
MAX_FILE_BYTES = 1024 * 1024
MAX_SLOTS = 1000
MAX_NAME_CHARS = 64
DB_KEY_BYTES = 32
NONCE_BYTES = 12


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, length: int | None, field: str) -> bytes:
    """The bytes of the base64 text in the file's `field` (named in the refusal)."""
    if not isinstance(value, str) or len(value) > 4096:
        raise Malformed(Detail.NOT_BASE64_TEXT, field=field)
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise Malformed(Detail.NOT_VALID_BASE64, field=field) from None
    if length is not None and len(raw) != length:
        raise Malformed(Detail.WRONG_LENGTH, field=field)
    return raw


def _context(vault_id: str, user: str) -> bytes:
    return f"securedesk-slot-v1\0{vault_id}\0{user}".encode()


def _reseal_key(shared: bytes, ephemeral_pub: bytes, recipient_pub: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=b"securedesk-reseal-v1" + ephemeral_pub + recipient_pub,
    )
    return hkdf.derive(shared)


def _public_bytes(key: X25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


@dataclass
class Resealed:
    """A newer database key sealed to the slot's public key (after a rotation)."""

    ephemeral_public: bytes
    nonce: bytes
    sealed: bytes


@dataclass
class KeySlot:
    user: str
    vault_id: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    public_key: bytes
    resealed: Resealed | None = None

    def to_json(self) -> dict[str, Any]:
        obj: dict[str, Any] = {
            "user": self.user,
            "vault_id": self.vault_id,
            "kdf": self.kdf.to_json(),
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "public_key": _b64(self.public_key),
            "resealed": None,
        }
        if self.resealed is not None:
            obj["resealed"] = {
                "ephemeral_public": _b64(self.resealed.ephemeral_public),
                "nonce": _b64(self.resealed.nonce),
                "sealed": _b64(self.resealed.sealed),
            }
        return obj

    @classmethod
    def from_json(cls, obj: object) -> KeySlot:
        if not isinstance(obj, dict):
            raise Malformed(Detail.SLOT_NOT_AN_OBJECT)
        user = obj.get("user")
        vault_id = obj.get("vault_id")
        if not isinstance(user, str) or not 0 < len(user) <= MAX_NAME_CHARS:
            raise Malformed(Detail.SLOT_NO_USER_NAME)
        if not isinstance(vault_id, str) or not 0 < len(vault_id) <= MAX_NAME_CHARS:
            raise Malformed(Detail.SLOT_NO_VAULT_ID)
        resealed = None
        raw = obj.get("resealed")
        if raw is not None:
            if not isinstance(raw, dict):
                raise Malformed(Detail.RESEALED_NOT_AN_OBJECT)
            sealed = _unb64(raw.get("sealed"), None, "sealed")
            # One key, or the new key and the one it replaces (see `reseal`).
            if len(sealed) not in (DB_KEY_BYTES + 16, 2 * DB_KEY_BYTES + 16):
                raise Malformed(Detail.WRONG_LENGTH, field="sealed")
            resealed = Resealed(
                ephemeral_public=_unb64(raw.get("ephemeral_public"), 32, "ephemeral_public"),
                nonce=_unb64(raw.get("nonce"), NONCE_BYTES, "nonce"),
                sealed=sealed,
            )
        return cls(
            user=user,
            vault_id=vault_id,
            kdf=KdfParams.from_json(obj.get("kdf")),
            salt=_unb64(obj.get("salt"), SALT_BYTES, "salt"),
            nonce=_unb64(obj.get("nonce"), NONCE_BYTES, "nonce"),
            wrapped=_unb64(obj.get("wrapped"), 2 * DB_KEY_BYTES + 16, "wrapped"),
            public_key=_unb64(obj.get("public_key"), 32, "public_key"),
            resealed=resealed,
        )


@dataclass
class UnwrappedSlot:
    """What a correct passphrase opens: candidate database keys, newest first."""

    candidate_keys: list[bytes]
    private_key: bytes


def make_slot(
    *,
    vault_id: str,
    user: str,
    passphrase: str,
    db_key: bytes,
    params: KdfParams,
    binding_secret: bytes | None,
    private_key: bytes | None = None,
) -> KeySlot:
    """A new slot for `user` wrapping `db_key` (and a new or given X25519 key pair)."""
    priv = (
        X25519PrivateKey.from_private_bytes(private_key)
        if private_key is not None
        else X25519PrivateKey.generate()
    )
    priv_raw = priv.private_bytes_raw()
    salt = os.urandom(SALT_BYTES)
    context = _context(vault_id, user)
    kek = derive_key(passphrase, salt, params, secret=binding_secret, context=context)
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, db_key + priv_raw, context)
    return KeySlot(
        user=user,
        vault_id=vault_id,
        kdf=params,
        salt=salt,
        nonce=nonce,
        wrapped=wrapped,
        public_key=_public_bytes(priv.public_key()),
    )


def unwrap_slot(slot: KeySlot, passphrase: str, binding_secret: bytes | None) -> UnwrappedSlot:
    context = _context(slot.vault_id, slot.user)
    kek = derive_key(passphrase, slot.salt, slot.kdf, secret=binding_secret, context=context)
    try:
        plain = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, context)
    except InvalidTag:
        raise WrongPassphrase(slot.user) from None
    db_key, priv_raw = plain[:DB_KEY_BYTES], plain[DB_KEY_BYTES:]
    candidates = [db_key]
    if slot.resealed is not None:
        newer = _unseal(slot, priv_raw)
        if newer is not None:
            candidates[:0] = [
                newer[i : i + DB_KEY_BYTES] for i in range(0, len(newer), DB_KEY_BYTES)
            ]
    return UnwrappedSlot(candidate_keys=candidates, private_key=priv_raw)


def reseal(slot: KeySlot, db_key: bytes, current_key: bytes | None = None) -> KeySlot:
    """The same slot with `db_key` sealed to its public key (no passphrase needed).

    `current_key`, the key that opens the database until the re-key is done, is sealed
    with it: a slot already holding a re-sealed key from an earlier rotation (its user has
    not signed in since) would otherwise keep only its wrapped key, two keys old, and a
    crash before the re-key would lock that user out.
    """
    ephemeral = X25519PrivateKey.generate()
    eph_pub = _public_bytes(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public_key))
    key = _reseal_key(shared, eph_pub, slot.public_key)
    nonce = os.urandom(NONCE_BYTES)
    payload = db_key + (current_key or b"")
    sealed = AESGCM(key).encrypt(nonce, payload, _context(slot.vault_id, slot.user))
    return KeySlot(
        user=slot.user,
        vault_id=slot.vault_id,
        kdf=slot.kdf,
        salt=slot.salt,
        nonce=slot.nonce,
        wrapped=slot.wrapped,
        public_key=slot.public_key,
        resealed=Resealed(ephemeral_public=eph_pub, nonce=nonce, sealed=sealed),
    )


def _unseal(slot: KeySlot, priv_raw: bytes) -> bytes | None:
    assert slot.resealed is not None
    priv = X25519PrivateKey.from_private_bytes(priv_raw)
    shared = priv.exchange(X25519PublicKey.from_public_bytes(slot.resealed.ephemeral_public))
    key = _reseal_key(shared, slot.resealed.ephemeral_public, slot.public_key)
    try:
        return AESGCM(key).decrypt(
            slot.resealed.nonce, slot.resealed.sealed, _context(slot.vault_id, slot.user)
        )
    except InvalidTag:
        # A damaged re-sealed key: the wrapped key may still open the database.
        return None


@dataclass
class KeySlotFile:
    vault_id: str
    terminal_binding: bool
    database_salt: bytes
    slots: list[KeySlot] = field(default_factory=list)
    disabled_users: list[str] = field(default_factory=list)
    # Vaults without terminal binding only: the key of the sign-in failure record's MAC and
    # the record's sequence number as last written (see signin_failures.py for the limits:
    # whoever can edit this file can read this key).
    signin_key: bytes | None = None
    signin_seq: int | None = None

    def slot_for(self, user: str) -> KeySlot | None:
        for slot in self.slots:
            if slot.user == user:
                return slot
        return None

    def replace_slot(self, new: KeySlot) -> None:
        self.slots = [s for s in self.slots if s.user != new.user] + [new]

    def remove_slot(self, user: str) -> None:
        self.slots = [s for s in self.slots if s.user != user]

    def to_bytes(self) -> bytes:
        obj = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "terminal_binding": self.terminal_binding,
            "database_salt": _b64(self.database_salt),
            "disabled_users": sorted(self.disabled_users),
            "slots": [s.to_json() for s in sorted(self.slots, key=lambda s: s.user)],
        }
        if self.signin_key is not None:
            obj["signin_key"] = _b64(self.signin_key)
        if self.signin_seq is not None:
            obj["signin_seq"] = self.signin_seq
        return (json.dumps(obj, indent=2) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        write_atomically(path, self.to_bytes())

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            with path.open("rb") as f:
                data = f.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise KeySlotFileDamaged(
                str(path), Detail.FILE_UNREADABLE, os_error=exc.strerror
            ) from None
        if len(data) > MAX_FILE_BYTES:
            raise KeySlotFileDamaged(str(path), Detail.FILE_TOO_LARGE)
        return cls.parse(data, str(path))

    @classmethod
    def parse(cls, data: bytes, where: str) -> KeySlotFile:
        try:
            obj = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotFileDamaged(where, Detail.NOT_JSON) from None
        try:
            return cls._from_json(obj)
        except Malformed as exc:
            raise KeySlotFileDamaged(where, exc.why, **exc.data) from None

    @classmethod
    def _from_json(cls, obj: object) -> KeySlotFile:
        if not isinstance(obj, dict) or obj.get("format") != FORMAT:
            raise Malformed(Detail.NOT_A_KEY_SLOT_FILE)
        if obj.get("version") != VERSION:
            raise Malformed(Detail.FORMAT_VERSION_UNSUPPORTED, version=repr(obj.get("version")))
        vault_id = obj.get("vault_id")
        if not isinstance(vault_id, str) or not 0 < len(vault_id) <= MAX_NAME_CHARS:
            raise Malformed(Detail.NO_VALID_VAULT_ID)
        binding = obj.get("terminal_binding")
        if not isinstance(binding, bool):
            raise Malformed(Detail.BINDING_UNSTATED)
        raw_slots = obj.get("slots")
        if not isinstance(raw_slots, list) or len(raw_slots) > MAX_SLOTS:
            raise Malformed(Detail.SLOT_LIST_MALFORMED)
        disabled = obj.get("disabled_users", [])
        if not isinstance(disabled, list) or not all(isinstance(d, str) for d in disabled):
            raise Malformed(Detail.DISABLED_LIST_MALFORMED)
        slots = [KeySlot.from_json(s) for s in raw_slots]
        for slot in slots:
            if slot.vault_id != vault_id:
                raise Malformed(Detail.SLOT_OF_ANOTHER_VAULT, user=slot.user)
        if len({s.user for s in slots}) != len(slots):
            raise Malformed(Detail.TWO_SLOTS_FOR_ONE_USER)
        raw_key = obj.get("signin_key")
        seq = obj.get("signin_seq")
        if seq is not None and (type(seq) is not int or seq < 0):
            raise Malformed(Detail.NOT_A_COUNT, field="signin_seq")
        return cls(
            vault_id=vault_id,
            terminal_binding=binding,
            database_salt=_unb64(obj.get("database_salt"), 16, "database_salt"),
            slots=slots,
            disabled_users=list(disabled),
            signin_key=None if raw_key is None else _unb64(raw_key, 32, "signin_key"),
            signin_seq=seq,
        )
