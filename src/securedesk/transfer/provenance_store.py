"""The SQL of record provenance: for each record that arrived in a bundle, the terminal it
came from (its origin: the sender of the bundle that first brought it, never changed
afterwards), the bundle that last created or updated it, when, and the SHA-256 of the
content as imported (what tells a later import whether the record was edited here since).

Only the origin may update a record (record_import.py); a record with no row here was
created on this terminal and is never updated by a bundle."""

from __future__ import annotations

from securedesk.core.vault.database import Connection


class ProvenanceStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def origin(self, record_type: str, record_id: str) -> tuple[str, str] | None:
        """(origin's fingerprint, content SHA-256 as last imported); None for a record that
        never came by bundle."""
        row = self.conn.execute(
            "SELECT sender_fingerprint, content_sha256 FROM record_provenance "
            "WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        return (str(row[0]), str(row[1])) if row else None

    def provenance(self, record_type: str, record_id: str) -> tuple[str, str, str, str] | None:
        """(bundle id, sender fingerprint, received at, content SHA-256) of the last import."""
        row = self.conn.execute(
            "SELECT bundle_id, sender_fingerprint, received_at, content_sha256 "
            "FROM record_provenance WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        return (str(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None

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
