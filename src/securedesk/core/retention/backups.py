"""Backups made before a destruction still hold the destroyed case.

A backup is encrypted and signed, so it cannot be edited: destroying a case does not reach
it. The rule (docs/backup-format.md, "Backups and destroyed cases"): once a newer backup has
been made and verified, every backup made before a destruction is destroyed. These functions
say which: the destruction register keeps each destruction's time (`destroyed_at`, the
session clock's, as a backup's `created` is), and a backup predates a destruction when it
was made before that time.

They read the register's times and references only (no personal data), for `backup verify`
and the window; like `backup_status`, they record nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from securedesk.core.vault import database
from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class Destruction:
    ref: str
    destroyed_at: str


def _moment(stamp: str) -> datetime:
    moment = datetime.fromisoformat(stamp)
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def destructions_after(conn: Connection, made_at: str) -> list[Destruction]:
    """The register's destructions after the moment `made_at` (a backup's creation time):
    the cases a backup made then may still hold. Oldest first."""
    with database.guarded(conn):
        if not database.has_table(conn, "destruction_register"):
            return []
        rows = conn.execute(
            "SELECT ref, destroyed_at FROM destruction_register ORDER BY destroyed_at, ref"
        ).fetchall()
    made = _moment(made_at)
    return [Destruction(str(r[0]), str(r[1])) for r in rows if _moment(str(r[1])) > made]


def backups_made_before(conn: Connection, moment: str) -> list[tuple[str, str]]:
    """(backup id, made at) of this vault's backups made before `moment` (a destruction's
    time), oldest first: each still holds what was destroyed then."""
    with database.guarded(conn):
        if not database.has_table(conn, "backup_history"):
            return []
        rows = conn.execute(
            "SELECT backup_id, at FROM backup_history WHERE kind = 'created' ORDER BY at"
        ).fetchall()
    limit = _moment(moment)
    return [(str(r[0]), str(r[1])) for r in rows if _moment(str(r[1])) < limit]
