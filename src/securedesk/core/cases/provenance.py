"""Where an imported record came from: the bundle and sending terminal in its provenance row,
or (items, chronology entries, assessments and attachments imported since migration 19) the
bundle id on the record's own row with that bundle's incoming_bundles row.

The rows are written by the transfer importer; a case shows them, so reading them is core.
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.vault.database import Connection

# record type -> its table, for the types whose provenance is the bundle id on their row
_ON_ROW = {
    "item": "items",
    "chronology_entry": "chronology_entries",
    "assessment": "assessments",
    "attachment": "attachments",
}


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
    table = _ON_ROW.get(record_type)
    if row is None and table is not None:
        row = conn.execute(
            "SELECT b.bundle_id, b.sender_fingerprint, coalesce(t.name, ''), "
            f"coalesce(t.organisation, ''), b.imported_at FROM {table} x "
            "JOIN incoming_bundles b ON b.bundle_id = x.import_bundle_id "
            "LEFT JOIN trusted_terminals t ON t.fingerprint = b.sender_fingerprint "
            "WHERE x.id = ?",
            (record_id,),
        ).fetchone()
    return RecordOrigin(*(str(v) for v in row)) if row else None
