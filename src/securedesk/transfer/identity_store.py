"""Storage of this terminal's keys and of the trusted partner terminals (schema v6 tables
terminal_identity and trusted_terminals): parameterised SQL only, no policy.

Callers hold the transaction for every write. Key ids are stored as lower-case hex of the
8 raw bytes in the order they appear inside minisign keys and signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class IdentityRow:
    name: str
    organisation: str
    age_identity: str
    age_recipient: str
    minisign_secret: bytes
    minisign_public: str
    fingerprint: str
    created_at: str
    last_sequence: int


@dataclass(frozen=True)
class TrustedRow:
    fingerprint: str
    name: str
    organisation: str
    ceiling: str
    age_recipient: str
    minisign_public: str
    minisign_key_id: str
    card: str
    added_by: str
    added_at: str
    expires_on: str
    revoked_at: str | None
    revoked_by: str | None


_IDENTITY_COLUMNS = (
    "name, organisation, age_identity, age_recipient, minisign_secret, minisign_public, "
    "fingerprint, created_at, last_sequence"
)
_TRUSTED_COLUMNS = (
    "fingerprint, name, organisation, ceiling, age_recipient, minisign_public, "
    "minisign_key_id, card, added_by, added_at, expires_on, revoked_at, revoked_by"
)


def _identity(row: Any) -> IdentityRow:
    return IdentityRow(
        name=str(row[0]),
        organisation=str(row[1]),
        age_identity=str(row[2]),
        age_recipient=str(row[3]),
        minisign_secret=bytes(row[4]),
        minisign_public=str(row[5]),
        fingerprint=str(row[6]),
        created_at=str(row[7]),
        last_sequence=int(row[8]),
    )


def _trusted(row: Any) -> TrustedRow:
    return TrustedRow(
        fingerprint=str(row[0]),
        name=str(row[1]),
        organisation=str(row[2]),
        ceiling=str(row[3]),
        age_recipient=str(row[4]),
        minisign_public=str(row[5]),
        minisign_key_id=str(row[6]),
        card=str(row[7]),
        added_by=str(row[8]),
        added_at=str(row[9]),
        expires_on=str(row[10]),
        revoked_at=None if row[11] is None else str(row[11]),
        revoked_by=None if row[12] is None else str(row[12]),
    )


# -- this terminal ------------------------------------------------------------------------


def load_identity(conn: Connection) -> IdentityRow | None:
    row = conn.execute(
        f"SELECT {_IDENTITY_COLUMNS} FROM terminal_identity WHERE singleton = 1"
    ).fetchone()
    return None if row is None else _identity(row)


def insert_identity(conn: Connection, row: IdentityRow) -> None:
    conn.execute(
        f"INSERT INTO terminal_identity (singleton, {_IDENTITY_COLUMNS}) "
        "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.name,
            row.organisation,
            row.age_identity,
            row.age_recipient,
            row.minisign_secret,
            row.minisign_public,
            row.fingerprint,
            row.created_at,
            row.last_sequence,
        ),
    )


def next_sequence(conn: Connection) -> int:
    """Take the next bundle sequence number (the caller holds the transaction)."""
    cursor = conn.execute(
        "UPDATE terminal_identity SET last_sequence = last_sequence + 1 WHERE singleton = 1"
    )
    if cursor.rowcount != 1:
        raise LookupError("this terminal has no identity yet")
    (value,) = conn.execute(
        "SELECT last_sequence FROM terminal_identity WHERE singleton = 1"
    ).fetchone()
    return int(value)


# -- trusted partner terminals ------------------------------------------------------------


def list_trusted(conn: Connection) -> list[TrustedRow]:
    rows = conn.execute(
        f"SELECT {_TRUSTED_COLUMNS} FROM trusted_terminals ORDER BY organisation, name, fingerprint"
    ).fetchall()
    return [_trusted(r) for r in rows]


def trusted_by_fingerprint(conn: Connection, fingerprint: str) -> TrustedRow | None:
    row = conn.execute(
        f"SELECT {_TRUSTED_COLUMNS} FROM trusted_terminals WHERE fingerprint = ?", (fingerprint,)
    ).fetchone()
    return None if row is None else _trusted(row)


def trusted_by_key_id(conn: Connection, key_id_hex: str) -> TrustedRow | None:
    row = conn.execute(
        f"SELECT {_TRUSTED_COLUMNS} FROM trusted_terminals WHERE minisign_key_id = ?",
        (key_id_hex,),
    ).fetchone()
    return None if row is None else _trusted(row)


def trusted_sharing_a_key(
    conn: Connection, age_recipient: str, minisign_public: str, key_id_hex: str
) -> TrustedRow | None:
    """A stored terminal that already uses any one of these keys (each is unique)."""
    row = conn.execute(
        f"SELECT {_TRUSTED_COLUMNS} FROM trusted_terminals "
        "WHERE age_recipient = ? OR minisign_public = ? OR minisign_key_id = ? "
        "ORDER BY fingerprint LIMIT 1",
        (age_recipient, minisign_public, key_id_hex),
    ).fetchone()
    return None if row is None else _trusted(row)


def insert_trusted(conn: Connection, row: TrustedRow) -> None:
    conn.execute(
        f"INSERT INTO trusted_terminals ({_TRUSTED_COLUMNS}) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            row.fingerprint,
            row.name,
            row.organisation,
            row.ceiling,
            row.age_recipient,
            row.minisign_public,
            row.minisign_key_id,
            row.card,
            row.added_by,
            row.added_at,
            row.expires_on,
            row.revoked_at,
            row.revoked_by,
        ),
    )


def renew_trusted(
    conn: Connection,
    fingerprint: str,
    *,
    name: str,
    organisation: str,
    ceiling: str,
    card: str,
    expires_on: str,
) -> None:
    """A fresh card for the same keys: new details, ceiling and expiry (never un-revokes)."""
    conn.execute(
        "UPDATE trusted_terminals SET name = ?, organisation = ?, ceiling = ?, card = ?, "
        "expires_on = ? WHERE fingerprint = ? AND revoked_at IS NULL",
        (name, organisation, ceiling, card, expires_on, fingerprint),
    )


def revoke_trusted(conn: Connection, fingerprint: str, revoked_by: str, revoked_at: str) -> None:
    conn.execute(
        "UPDATE trusted_terminals SET revoked_at = ?, revoked_by = ? "
        "WHERE fingerprint = ? AND revoked_at IS NULL",
        (revoked_at, revoked_by, fingerprint),
    )
