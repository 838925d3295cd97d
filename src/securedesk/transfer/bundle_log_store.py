"""SQL for the record of bundles sent and received, and the receipts that came back."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class OutgoingBundle:
    bundle_id: str
    kind: str
    sequence: int
    recipients: list[str]
    highest_marking: str
    created_at: str
    expires_at: str
    created_by: str
    envelope_sha256: str
    counts: dict[str, Any]
    case_ids: list[str]
    receipts: list[dict[str, Any]]


@dataclass(frozen=True)
class IncomingBundle:
    bundle_id: str
    kind: str
    sender_fingerprint: str
    sequence: int
    created_at: str
    imported_at: str
    imported_by: str
    envelope_sha256: str
    accepted_older: bool
    counts: dict[str, Any]
    receipt_issued_at: str | None


class BundleLog:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_outgoing(self, b: OutgoingBundle) -> None:
        self.conn.execute(
            "INSERT INTO outgoing_bundles (bundle_id, kind, sequence, recipients, "
            "highest_marking, created_at, expires_at, created_by, envelope_sha256, counts, "
            "case_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                b.bundle_id,
                b.kind,
                b.sequence,
                json.dumps(b.recipients),
                b.highest_marking,
                b.created_at,
                b.expires_at,
                b.created_by,
                b.envelope_sha256,
                json.dumps(b.counts, sort_keys=True),
                json.dumps(b.case_ids),
            ),
        )

    def outgoing(self, limit: int | None = None, offset: int = 0) -> list[OutgoingBundle]:
        """Bundles sent, newest first: every one, or the `limit` from `offset`."""
        rows = self.conn.execute(
            "SELECT bundle_id, kind, sequence, recipients, highest_marking, created_at, "
            "expires_at, created_by, envelope_sha256, counts, case_ids FROM outgoing_bundles "
            "ORDER BY sequence DESC, bundle_id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [self._outgoing(r) for r in rows]

    def count_outgoing(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM outgoing_bundles").fetchone()[0])

    def get_outgoing(self, bundle_id: str) -> OutgoingBundle | None:
        row = self.conn.execute(
            "SELECT bundle_id, kind, sequence, recipients, highest_marking, created_at, "
            "expires_at, created_by, envelope_sha256, counts, case_ids FROM outgoing_bundles "
            "WHERE bundle_id = ?",
            (bundle_id,),
        ).fetchone()
        return self._outgoing(row) if row else None

    def _outgoing(self, r: Sequence[Any]) -> OutgoingBundle:
        receipts = self.conn.execute(
            "SELECT from_fingerprint, outcome, received_at, details FROM bundle_receipts "
            "WHERE bundle_id = ? ORDER BY received_at",
            (r[0],),
        ).fetchall()
        return OutgoingBundle(
            bundle_id=r[0],
            kind=r[1],
            sequence=r[2],
            recipients=json.loads(r[3]),
            highest_marking=r[4],
            created_at=r[5],
            expires_at=r[6],
            created_by=r[7],
            envelope_sha256=r[8],
            counts=json.loads(r[9]),
            case_ids=json.loads(r[10]),
            receipts=[
                {
                    "from": x[0],
                    "outcome": x[1],
                    "received_at": x[2],
                    "counts": json.loads(x[3]),
                }
                for x in receipts
            ],
        )

    def add_receipt(
        self,
        bundle_id: str,
        from_fingerprint: str,
        receipt_bundle: str,
        outcome: str,
        received_at: str,
        details: dict[str, Any],
    ) -> None:
        self.conn.execute(
            "INSERT INTO bundle_receipts (bundle_id, from_fingerprint, receipt_bundle, outcome, "
            "received_at, details) VALUES (?, ?, ?, ?, ?, ?)",
            (
                bundle_id,
                from_fingerprint,
                receipt_bundle,
                outcome,
                received_at,
                json.dumps(details, sort_keys=True),
            ),
        )

    def has_receipt(self, bundle_id: str, from_fingerprint: str) -> bool:
        return (
            self.conn.execute(
                "SELECT 1 FROM bundle_receipts WHERE bundle_id = ? AND from_fingerprint = ?",
                (bundle_id, from_fingerprint),
            ).fetchone()
            is not None
        )

    def add_incoming(self, b: IncomingBundle) -> None:
        self.conn.execute(
            "INSERT INTO incoming_bundles (bundle_id, kind, sender_fingerprint, sequence, "
            "created_at, imported_at, imported_by, envelope_sha256, accepted_older, counts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                b.bundle_id,
                b.kind,
                b.sender_fingerprint,
                b.sequence,
                b.created_at,
                b.imported_at,
                b.imported_by,
                b.envelope_sha256,
                int(b.accepted_older),
                json.dumps(b.counts, sort_keys=True),
            ),
        )

    def has_incoming(self, bundle_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM incoming_bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return row is not None

    def get_incoming(self, bundle_id: str) -> IncomingBundle | None:
        row = self.conn.execute(
            "SELECT bundle_id, kind, sender_fingerprint, sequence, created_at, imported_at, "
            "imported_by, envelope_sha256, accepted_older, counts, receipt_issued_at "
            "FROM incoming_bundles WHERE bundle_id = ?",
            (bundle_id,),
        ).fetchone()
        return _incoming(row) if row else None

    def incoming(self, limit: int | None = None, offset: int = 0) -> list[IncomingBundle]:
        """Bundles imported, newest first: every one, or the `limit` from `offset`."""
        rows = self.conn.execute(
            "SELECT bundle_id, kind, sender_fingerprint, sequence, created_at, imported_at, "
            "imported_by, envelope_sha256, accepted_older, counts, receipt_issued_at "
            "FROM incoming_bundles ORDER BY imported_at DESC, bundle_id LIMIT ? OFFSET ?",
            (-1 if limit is None else limit, offset),
        ).fetchall()
        return [_incoming(r) for r in rows]

    def count_incoming(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM incoming_bundles").fetchone()[0])

    def highest_sequence_from(self, sender_fingerprint: str) -> int:
        row = self.conn.execute(
            "SELECT max(sequence) FROM incoming_bundles WHERE sender_fingerprint = ?",
            (sender_fingerprint,),
        ).fetchone()
        return int(row[0] or 0)

    def set_incoming_counts(self, bundle_id: str, counts: dict[str, Any]) -> None:
        self.conn.execute(
            "UPDATE incoming_bundles SET counts = ? WHERE bundle_id = ?",
            (json.dumps(counts, sort_keys=True), bundle_id),
        )

    def set_receipt_issued(self, bundle_id: str, at: str) -> None:
        self.conn.execute(
            "UPDATE incoming_bundles SET receipt_issued_at = ? WHERE bundle_id = ?",
            (at, bundle_id),
        )


def _incoming(r: Sequence[Any]) -> IncomingBundle:
    return IncomingBundle(
        bundle_id=r[0],
        kind=r[1],
        sender_fingerprint=r[2],
        sequence=r[3],
        created_at=r[4],
        imported_at=r[5],
        imported_by=r[6],
        envelope_sha256=r[7],
        accepted_older=bool(r[8]),
        counts=json.loads(r[9]),
        receipt_issued_at=r[10],
    )
