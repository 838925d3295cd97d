"""The SQL of import conflicts: incoming versions of records that an import did not apply,
set aside whole for an officer to review, with the reason, and their settling."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from securedesk.core.vault.database import Connection


class ConflictReason(StrEnum):
    """Why an incoming version was set aside rather than applied (stored as the code)."""

    # The record here came from another terminal (its provenance), or the case it would be
    # added to did: only a record's origin may change it.
    OTHER_SENDER = "other-sender"
    # The record (or the case it would be added to) was created on this terminal.
    LOCAL_RECORD = "local-record"
    # The incoming version has a lower record or item marking than the one held here.
    MARKING_LOWERED = "marking-lowered"
    # The record was edited here since it was imported.
    EDITED_HERE = "edited-here"
    # A changed record of a kind never updated in place (items, chronology entries,
    # assessments, attachments, links), or an action whose held updates were rewritten.
    NOT_UPDATABLE = "not-updatable"


# What the command line says for each reason (the window has its own, translated).
REASON_WORDS = {
    ConflictReason.OTHER_SENDER: "another terminal's record",
    ConflictReason.LOCAL_RECORD: "a record of this terminal",
    ConflictReason.MARKING_LOWERED: "lowers the marking",
    ConflictReason.EDITED_HERE: "edited here since imported",
    ConflictReason.NOT_UPDATABLE: "never updated in place",
}


def reason_words(code: str) -> str:
    """The words for a reason code; conflicts older than reasons have none recorded."""
    for reason, words in REASON_WORDS.items():
        if reason.value == code:
            return words
    return "reason not recorded"


@dataclass(frozen=True)
class ImportConflict:
    """An incoming version set aside rather than applied, and why."""

    id: str
    bundle_id: str
    record_type: str
    record_id: str
    case_ref: str  # the local case the record belongs to ("" if it cannot be told)
    detected_at: str
    resolved_at: str | None
    resolved_by: str | None
    reason: str  # a ConflictReason; "" for conflicts set aside before reasons were kept


class ConflictStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_conflict(
        self,
        conflict_id: str,
        *,
        bundle_id: str,
        record_type: str,
        record_id: str,
        incoming: str,
        detected_at: str,
        reason: ConflictReason,
    ) -> None:
        self.conn.execute(
            "INSERT INTO import_conflicts (id, bundle_id, record_type, record_id, incoming, "
            "detected_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (conflict_id, bundle_id, record_type, record_id, incoming, detected_at, str(reason)),
        )

    def conflicts_for(self, record_type: str, record_id: str) -> list[tuple[str, str, str]]:
        """(bundle id, incoming record as JSON, detected at) of unresolved conflicts."""
        return [
            (str(b), str(i), str(d))
            for b, i, d in self.conn.execute(
                "SELECT bundle_id, incoming, detected_at FROM import_conflicts "
                "WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL "
                "ORDER BY detected_at, id",
                (record_type, record_id),
            )
        ]

    def list_conflicts(self, *, include_resolved: bool = False) -> list[ImportConflict]:
        """Conflicts, oldest first, with the case each belongs to; never the incoming content."""
        rows = self.conn.execute(
            "SELECT x.id, x.bundle_id, x.record_type, x.record_id, coalesce(c.ref, ''), "
            "x.detected_at, x.resolved_at, x.resolved_by, x.reason FROM import_conflicts x "
            "LEFT JOIN cases c ON c.id = CASE WHEN x.record_type = 'case' THEN x.record_id "
            "ELSE json_extract(x.incoming, '$.case_id') END "
            "WHERE ? OR x.resolved_at IS NULL ORDER BY x.detected_at, x.id",
            (int(include_resolved),),
        ).fetchall()
        return [ImportConflict(*r) for r in rows]

    def resolve_conflict(self, conflict_id: str, user: str, at: str) -> bool:
        """Mark a conflict settled in favour of the local record; False if none was open."""
        cursor = self.conn.execute(
            "UPDATE import_conflicts SET resolved_at = ?, resolved_by = ? "
            "WHERE id = ? AND resolved_at IS NULL",
            (at, user, conflict_id),
        )
        return int(cursor.rowcount) == 1
