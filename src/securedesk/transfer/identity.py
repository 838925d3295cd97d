"""This terminal's identity: an age X25519 key pair (to be sent bundles) and a minisign
Ed25519 key pair (to sign them), kept inside the encrypted vault and made on first use.

The minisign secret is stored as the raw 32-byte Ed25519 seed. The key id is the 8 random
bytes inside the public key, kept in the order minisign stores them (minisign *prints* them
as a little-endian number: see `minisign_key_id_hex`).
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

import minisign
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_new, place_replacing, staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, now_utc
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnObject
from securedesk.core.vault import database
from securedesk.core.vault.database import Connection
from securedesk.transfer import identity_store
from securedesk.transfer.contact_card import (
    MAX_FIELD_CHARS,
    MINISIGN_ALGORITHM,
    ContactCard,
    minisign_key_id,
)
from securedesk.transfer.fingerprint import fingerprint as compute_fingerprint
from securedesk.transfer.transfer_error_kinds import ExchangeErrorKind

_NO_KDF = b"\0\0"
_BLAKE2B = b"B2"


@dataclass(frozen=True)
class TerminalIdentity:
    name: str
    organisation: str
    age_identity: str = field(repr=False)  # "AGE-SECRET-KEY-1..."
    age_recipient: str  # "age1..."
    minisign_secret: bytes = field(repr=False)  # raw Ed25519 seed, 32 bytes
    minisign_key_id: bytes  # 8 bytes, in minisign's stored order
    minisign_public: str  # base64, exactly as `minisign -P` takes it
    fingerprint: str
    created_at: str

    def card(self, ceiling: Marking = Marking.SECRET, created: date | None = None) -> ContactCard:
        """The public half as a signed contact card (`.to_bytes()` gives the file)."""
        unsigned = ContactCard(
            name=self.name,
            organisation=self.organisation,
            ceiling=ceiling,
            age_recipient=self.age_recipient,
            minisign_public=self.minisign_public,
            minisign_key_id=self.minisign_key_id,
            fingerprint=self.fingerprint,
            created=created or date.today(),
        )
        return replace(unsigned, signature=self.sign(unsigned.body()))

    def sign(self, data: bytes) -> bytes:
        """A plain 64-byte Ed25519 signature with the minisign key (cards, manifests)."""
        return Ed25519PrivateKey.from_private_bytes(self.minisign_secret).sign(data)

    def minisign_secret_key(self) -> Any:
        """A py-minisign SecretKey (unencrypted) for signing in minisign's file format:
        `.sign(reader_or_bytes, prehash=..., trusted_comment=...)` returns a Signature whose
        bytes() is a .minisig file. Wipe it (`.wipe()`) when done."""
        seed = self.minisign_secret
        public = Ed25519PrivateKey.from_private_bytes(seed).public_key().public_bytes_raw()
        checksum = hashlib.blake2b(
            MINISIGN_ALGORITHM + self.minisign_key_id + seed + public, digest_size=32
        ).digest()
        raw = (
            MINISIGN_ALGORITHM
            + _NO_KDF
            + _BLAKE2B
            + bytes(32)  # KDF salt: unused without a KDF
            + bytes(8)  # KDF opslimit
            + bytes(8)  # KDF memlimit
            + self.minisign_key_id
            + seed
            + public
            + checksum
        )
        return minisign.SecretKey.from_base64(base64.b64encode(raw))

    def age_identity_file(self) -> str:
        """The identity as `age-keygen` writes it, which `age -d -i FILE` reads."""
        return (
            f"# created: {self.created_at}\n"
            f"# public key: {self.age_recipient}\n"
            f"{self.age_identity}\n"
        )


def minisign_key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it (in key comments and error messages): the 8 bytes
    read as a little-endian number, in upper-case hex."""
    return key_id[::-1].hex().upper()


def _check_field(value: str, kind: ExchangeErrorKind) -> str:
    if (
        not value
        or len(value) > MAX_FIELD_CHARS
        or value != value.strip()
        or any(unicodedata.category(ch)[0] in "CZ" and ch != " " for ch in value)
    ):
        raise InvalidInput(kind, limit=MAX_FIELD_CHARS)
    return value


def generate_identity(name: str, organisation: str) -> TerminalIdentity:
    """New keys, not yet stored: an age X25519 identity and an Ed25519 minisign key."""
    _check_field(name, ExchangeErrorKind.TERMINAL_NAME_INVALID)
    _check_field(organisation, ExchangeErrorKind.ORGANISATION_INVALID)
    age_identity = pyrage.x25519.Identity.generate()
    signing_key = Ed25519PrivateKey.generate()
    key_id = secrets.token_bytes(8)
    minisign_public = base64.b64encode(
        MINISIGN_ALGORITHM + key_id + signing_key.public_key().public_bytes_raw()
    ).decode("ascii")
    minisign.PublicKey.from_base64(minisign_public)  # what minisign itself will parse
    age_recipient = str(age_identity.to_public())
    return TerminalIdentity(
        name=name,
        organisation=organisation,
        age_identity=str(age_identity),
        age_recipient=age_recipient,
        minisign_secret=signing_key.private_bytes_raw(),
        minisign_key_id=key_id,
        minisign_public=minisign_public,
        fingerprint=compute_fingerprint(age_recipient, minisign_public),
        created_at=now_utc(),
    )


def _from_row(row: identity_store.IdentityRow) -> TerminalIdentity:
    return TerminalIdentity(
        name=row.name,
        organisation=row.organisation,
        age_identity=row.age_identity,
        age_recipient=row.age_recipient,
        minisign_secret=row.minisign_secret,
        minisign_key_id=minisign_key_id(row.minisign_public),
        minisign_public=row.minisign_public,
        fingerprint=row.fingerprint,
        created_at=row.created_at,
    )


def load_identity(conn: Connection) -> TerminalIdentity | None:
    row = identity_store.load_identity(conn)
    return None if row is None else _from_row(row)


def _display_field(value: str, fallback: str) -> str:
    """A vault's terminal name or organisation made fit for a card (they were free text)."""
    cleaned = " ".join(
        "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in value).split()
    )
    return cleaned[:MAX_FIELD_CHARS].strip() or fallback


def ensure_identity(session: Session) -> TerminalIdentity:
    """This terminal's identity, made and stored (with its audit event) on first use."""
    existing = load_identity(session.vault.conn)
    if existing is not None:
        return existing
    info = session.store.vault_info()
    identity = generate_identity(
        _display_field(
            info.get("terminal_name", ""), f"SecureDesk terminal {session.vault.vault_id[:8]}"
        ),
        _display_field(info.get("organisation", ""), "Organisation not named"),
    )
    with database.transaction(session.vault.conn) as conn:
        again = load_identity(conn)
        if again is not None:
            return again
        store_new_identity(conn, identity, user=session.vault.user)
    return identity


def store_new_identity(
    conn: Connection,
    identity: TerminalIdentity,
    *,
    user: str,
    details: dict[str, Any] | None = None,
) -> None:
    """Store `identity` with a fresh bundle sequence space, and audit its creation; call
    inside the caller's transaction."""
    identity_store.insert_identity(
        conn,
        identity_store.IdentityRow(
            name=identity.name,
            organisation=identity.organisation,
            age_identity=identity.age_identity,
            age_recipient=identity.age_recipient,
            minisign_secret=identity.minisign_secret,
            minisign_public=identity.minisign_public,
            fingerprint=identity.fingerprint,
            created_at=identity.created_at,
            last_sequence=0,
        ),
    )
    audit.record(
        conn,
        user=user,
        category=Category.ADMINISTRATION,
        action=AuditAction.TERMINAL_IDENTITY_CREATED,
        object_type="terminal",
        object_id=identity.fingerprint,
        details=details,
    )


def next_sequence(conn: Connection) -> int:
    """Take the next bundle sequence number; the caller holds the transaction and has
    called ensure_identity() first."""
    return identity_store.next_sequence(conn)


# -- exports ------------------------------------------------------------------------------


def own_card(session: Session) -> ContactCard:
    """This terminal's contact card, carrying the vault's classification ceiling."""
    return ensure_identity(session).card(ceiling=session.ceiling, created=session.clock.today())


def export_card(session: Session, out: Path) -> ContactCard:
    """Write this terminal's card to `out` (atomically, replacing any file there); audited."""
    session.require_any(Permission.ADMINISTER, Permission.EXPORT)
    card = own_card(session)
    with staged_file(out, mode=0o644) as (tmp, handle):
        handle.write(card.to_bytes())
        handle.flush()
        with session.change(
            Category.DISCLOSURE,
            AuditAction.CONTACT_CARD_EXPORTED,
            OnObject("terminal", card.fingerprint),
            permission=(Permission.ADMINISTER, Permission.EXPORT),
        ):
            place_replacing(tmp, out, handle)
    return card


def export_identity(session: Session, out: Path) -> TerminalIdentity:
    """Write the age identity (the secret that opens bundles sent here) to a new file,
    owner-only, for recovery with the age command. An audited disclosure; never overwrites."""
    session.require(Permission.ADMINISTER)
    if out.exists() or out.is_symlink():
        raise _already_exists(out)
    identity = ensure_identity(session)
    with staged_file(out, mode=0o600) as (tmp, handle):
        handle.write(identity.age_identity_file().encode("ascii"))
        handle.flush()
        with session.change(
            Category.DISCLOSURE,
            AuditAction.AGE_IDENTITY_EXPORTED,
            OnObject("terminal", identity.fingerprint),
            permission=Permission.ADMINISTER,
        ):
            _place_new_file(tmp, out, handle)
    return identity


def _already_exists(out: Path) -> InvalidInput:
    return InvalidInput(ExchangeErrorKind.SECRET_KEY_FILE_EXISTS, path=str(out))


def _place_new_file(tmp: Path, out: Path, handle: BinaryIO) -> None:
    """Move `tmp` to `out` only if `out` does not exist (atomic_file.place_new, the one
    never-overwrite rule); any other failure to write is this command's own error."""
    try:
        place_new(tmp, out, _already_exists(out), handle)
    except OSError as exc:
        raise InvalidInput(
            ExchangeErrorKind.SECRET_KEY_NOT_WRITTEN, path=str(out), os_error=exc.strerror
        ) from None
