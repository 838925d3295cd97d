"""The forward-secure MACs on the audit chain (Schneier and Kelsey, 1999).

Each event after the MAC chain starts carries MAC_i = HMAC-SHA256(K_i, hash_i), and the key
then moves on one way: K_{i+1} = SHA-256("evolve" || K_i). The database keeps only the
current key (`audit_mac_state`), so someone who can read the database — anyone with the
database key — can MAC *future* events but cannot recover an earlier key, and so cannot
rewrite, re-hash or drop an event that was MACed before they read the key.

The starting key of each period ("epoch") is sealed to the X25519 public key of every user
who holds the auditor role (X25519 with a fresh ephemeral key, HKDF-SHA256, AES-256-GCM),
so only an auditor signing in can recompute every key and check every MAC. A new epoch
starts whenever the set of auditors changes; the event that announces it is MACed under the
old epoch's key and names the new key by its id, so an epoch cannot be slipped in before the
current head. docs/audit-chain.md describes the format.

This module holds the arithmetic and the tables; it does not import chain.py (chain.record
calls `advance`).
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from securedesk.core.vault.database import Connection

OperationalError = sqlcipher3.OperationalError

KEY_BYTES = 32
NONCE_BYTES = 12
MAC_HEX_CHARS = 64
_EVOLVE = b"securedesk-audit-evolve-v1"
_KEY_ID = b"securedesk-audit-key-id-v1"
_SEAL_INFO = b"securedesk-audit-seal-v1"

# Agrees a shared secret between the signed-in user's slot key and a peer public key
# (Vault.key_agreement); the private key never leaves the vault object.
KeyAgreement = Callable[[bytes], bytes]


def evolve(key: bytes) -> bytes:
    """K_{i+1} from K_i: one way, so K_i cannot be had from K_{i+1}."""
    return hashlib.sha256(_EVOLVE + key).digest()


def event_mac(key: bytes, event_hash: str) -> str:
    """The MAC of one event: HMAC-SHA256 under K_i of its hash (hex text)."""
    return hmac.new(key, event_hash.encode("ascii"), hashlib.sha256).hexdigest()


def key_id(start_key: bytes) -> str:
    """A public name for an epoch's starting key, recorded in the chain (reveals nothing)."""
    return hashlib.sha256(_KEY_ID + start_key).hexdigest()[:32]


def is_mac_text(value: str) -> bool:
    return len(value) == MAC_HEX_CHARS and all(c in "0123456789abcdef" for c in value)


@dataclass(frozen=True)
class MacState:
    """The current key, the epoch it belongs to and the next event it will MAC."""

    epoch: int
    next_seq: int
    key: bytes


def load_state(conn: Connection) -> MacState | None:
    """The current key, or None before the MAC chain starts (or in a schema before it)."""
    try:
        row = conn.execute(
            "SELECT epoch, next_seq, key FROM audit_mac_state WHERE id = 1"
        ).fetchone()
    except OperationalError as exc:
        if "no such table" in str(exc):
            return None  # a vault being built or upgraded from before version 8
        raise
    if row is None:
        return None
    return MacState(int(row[0]), int(row[1]), bytes(row[2]))


def save_state(conn: Connection, state: MacState) -> None:
    conn.execute(
        "INSERT INTO audit_mac_state (id, epoch, next_seq, key) VALUES (1, ?, ?, ?) "
        "ON CONFLICT (id) DO UPDATE SET epoch = excluded.epoch, next_seq = excluded.next_seq, "
        "key = excluded.key",
        (state.epoch, state.next_seq, state.key),
    )


def advance(conn: Connection, seq: int, digest: str) -> str:
    """The MAC of the event being appended (seq, digest), and the key moved on; "" while the
    MAC chain has not started (no auditor yet). Call inside the event's transaction."""
    state = load_state(conn)
    if state is None:
        return ""
    mac = event_mac(state.key, digest)
    save_state(conn, MacState(state.epoch, seq + 1, evolve(state.key)))
    return mac


# -- sealing a starting key to an auditor ---------------------------------------------


def _context(vault_id: str, epoch: int, user: str) -> bytes:
    return f"securedesk-audit-key-v1\0{vault_id}\0{epoch}\0{user}".encode()


def _wrap_key(shared: bytes, ephemeral_public: bytes, recipient_public: bytes) -> bytes:
    hkdf = HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=_SEAL_INFO + ephemeral_public + recipient_public,
    )
    return hkdf.derive(shared)


@dataclass(frozen=True)
class SealedKey:
    epoch: int
    user: str
    public_key: bytes
    ephemeral_public: bytes
    nonce: bytes
    sealed: bytes


def seal(start_key: bytes, *, vault_id: str, epoch: int, user: str, public_key: bytes) -> SealedKey:
    """`start_key` sealed to `user`'s X25519 public key (needs no secret of theirs)."""
    ephemeral = X25519PrivateKey.generate()
    eph_pub = ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_key))
    wrap = _wrap_key(shared, eph_pub, public_key)
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(wrap).encrypt(nonce, start_key, _context(vault_id, epoch, user))
    return SealedKey(epoch, user, public_key, eph_pub, nonce, sealed)


def unseal(sealed: SealedKey, *, vault_id: str, agree: KeyAgreement) -> bytes | None:
    """The starting key, or None when this copy was not sealed to the agreeing key or was
    altered (the two are the same to the caller: the key cannot be had)."""
    try:
        shared = agree(sealed.ephemeral_public)
        wrap = _wrap_key(shared, sealed.ephemeral_public, sealed.public_key)
        key = AESGCM(wrap).decrypt(
            sealed.nonce, sealed.sealed, _context(vault_id, sealed.epoch, sealed.user)
        )
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def store_seal(conn: Connection, s: SealedKey) -> None:
    conn.execute(
        "INSERT INTO audit_key_seals (epoch, user, public_key, ephemeral_public, nonce, sealed)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (s.epoch, s.user, s.public_key, s.ephemeral_public, s.nonce, s.sealed),
    )


def seals_for(conn: Connection, user: str) -> dict[int, SealedKey]:
    rows = conn.execute(
        "SELECT epoch, user, public_key, ephemeral_public, nonce, sealed FROM audit_key_seals "
        "WHERE user = ?",
        (user,),
    ).fetchall()
    return {
        int(r[0]): SealedKey(
            int(r[0]), str(r[1]), bytes(r[2]), bytes(r[3]), bytes(r[4]), bytes(r[5])
        )
        for r in rows
    }


def recipients(conn: Connection, epoch: int) -> dict[str, bytes]:
    """Who the epoch's starting key was sealed to, with the public key used."""
    rows = conn.execute(
        "SELECT user, public_key FROM audit_key_seals WHERE epoch = ?", (epoch,)
    ).fetchall()
    return {str(r[0]): bytes(r[1]) for r in rows}
