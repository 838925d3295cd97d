"""Where an imported record came from: the bundle and sending terminal in its provenance row.

The rows are written by the transfer importer; a case shows them, so reading them is core.
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class RecordOrigin:
    """Where a record last came from: the bundle, the sending terminal, and when."""

    bundle_id: str
    sender_fingerprint: str
    sender_name: str  # from the trust store; "" if the sender is no longer in it
    sender_organisation: str
    received_at: str


def record_origin(conn: Connection, record_type: str, record_id: str) -> RecordOrigin | None:
    row = conn.execute(
        "SELECT p.bundle_id, p.sender_fingerprint, coalesce(t.name, ''), "
        "coalesce(t.organisation, ''), p.received_at FROM record_provenance p "
        "LEFT JOIN trusted_terminals t ON t.fingerprint = p.sender_fingerprint "
        "WHERE p.record_type = ? AND p.record_id = ?",
        (record_type, record_id),
    ).fetchone()
    return RecordOrigin(*(str(v) for v in row)) if row else None
