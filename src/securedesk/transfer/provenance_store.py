"""The SQL of record provenance: for each record that arrived in a bundle, the terminal it
came from (its origin: the sender of the bundle that first brought it, never changed
afterwards), the bundle that last created or updated it, when, and the SHA-256 of the
content as imported (what tells a later import whether the record was edited here since).

Only the origin may update a record (record_import.py); a record with no provenance was
created on this terminal and is never updated by a bundle.

Since migration 19, items, chronology entries, assessments and attachments (never changed once
written) have no row here when imported: the bundle's id on their own row is their
provenance, its incoming_bundles row gives the sender and the time, and the record as held
is the record as imported. Rows written here for them before still count, first.
"""

from __future__ import annotations

from securedesk.core.vault.database import Connection

# record type -> its table, for the types whose provenance is the bundle id on their row
PROVENANCE_ON_ROW = {
    "item": "items",
    "chronology_entry": "chronology_entries",
    "assessment": "assessments",
    "attachment": "attachments",
}


class ProvenanceStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def origin(self, record_type: str, record_id: str) -> tuple[str, str | None] | None:
        """(origin's fingerprint, content SHA-256 as last imported, or None when that is the
        record as held: see the module's notes); None for a record that never came by
        bundle."""
        row = self.conn.execute(
            "SELECT sender_fingerprint, content_sha256 FROM record_provenance "
            "WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        if row:
            return str(row[0]), str(row[1])
        on_row = self._on_row(record_type, record_id)
        return (on_row[1], None) if on_row else None

    def provenance(
        self, record_type: str, record_id: str
    ) -> tuple[str, str, str, str | None] | None:
        """(bundle id, sender fingerprint, received at, content SHA-256) of the last import;
        the SHA-256 is None where it is that of the record as held (see the module's notes)."""
        row = self.conn.execute(
            "SELECT bundle_id, sender_fingerprint, received_at, content_sha256 "
            "FROM record_provenance WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        if row:
            return str(row[0]), str(row[1]), str(row[2]), str(row[3])
        on_row = self._on_row(record_type, record_id)
        return (*on_row, None) if on_row else None

    def _on_row(self, record_type: str, record_id: str) -> tuple[str, str, str] | None:
        """(bundle id, sender fingerprint, received at) from the bundle id on the record's
        own row, for the types that carry it."""
        table = PROVENANCE_ON_ROW.get(record_type)
        if table is None:
            return None
        row = self.conn.execute(
            f"SELECT b.bundle_id, b.sender_fingerprint, b.imported_at FROM {table} x "
            "JOIN incoming_bundles b ON b.bundle_id = x.import_bundle_id WHERE x.id = ?",
            (record_id,),
        ).fetchone()
        return (str(row[0]), str(row[1]), str(row[2])) if row else None

    def set_provenance(
        self,
        record_type: str,
        record_id: str,
        *,
        bundle_id: str,
        sender_fingerprint: str,
        received_at: str,
        content_sha256: str,
        new: bool = False,
    ) -> None:
        """Record where a record came from. `new`: the record was just created here, so it
        has no provenance yet and a plain INSERT will do (an upsert costs twice as much under
        SQLCipher's memory security, and an import writes one per record). On an update the
        origin (sender_fingerprint) stays the one of the first import."""
        values = (
            record_type,
            record_id,
            bundle_id,
            sender_fingerprint,
            received_at,
            content_sha256,
        )
        if new:
            self.conn.execute(
                "INSERT INTO record_provenance (record_type, record_id, bundle_id, "
                "sender_fingerprint, received_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                values,
            )
            return
        self.conn.execute(
            "INSERT INTO record_provenance (record_type, record_id, bundle_id, "
            "sender_fingerprint, received_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (record_type, record_id) DO UPDATE SET bundle_id = excluded.bundle_id, "
            "received_at = excluded.received_at, content_sha256 = excluded.content_sha256",
            values,
        )
