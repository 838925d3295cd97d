"""When the last backup was made and when the next is due (policy `backup_interval_days`).

Read by the Administration → Backups tab, the status bar's overdue warning and `doctor`. It
reads two small tables and the policy, records nothing, and needs only a signed-in user: the
dates say nothing about any case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

BACKUP_INTERVAL_POLICY = "backup_interval_days"
DEFAULT_INTERVAL_DAYS = 7
INTERVAL_RANGE = (1, 365)


@dataclass(frozen=True)
class BackupStatus:
    """`last_backup_at` is None when this vault has never been backed up; the next backup is
    then due `interval_days` after the vault was made (or restored)."""

    last_backup_at: str | None
    interval_days: int
    due_on: date
    overdue: bool
    backups_made: int = 0
    recipients: int = 0


def interval_days(policy: dict[str, str]) -> int:
    value = policy.get(BACKUP_INTERVAL_POLICY, str(DEFAULT_INTERVAL_DAYS)).strip()
    low, high = INTERVAL_RANGE
    return int(value) if value.isdigit() and low <= int(value) <= high else DEFAULT_INTERVAL_DAYS


def _day_of(stamp: str) -> date:
    moment = datetime.fromisoformat(stamp)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.date()


def backup_status(session: Session) -> BackupStatus:
    """The backup state of the signed-in session's vault, on the session's clock's day."""
    conn = session.vault.conn
    with database.guarded(conn):
        days = interval_days(session.policy())
        has_tables = database.has_table(conn, "backup_history")
        last: str | None = None
        made = recipients = 0
        if has_tables:
            row = conn.execute(
                "SELECT max(at), count(*) FROM backup_history WHERE kind = 'created'"
            ).fetchone()
            last, made = (None if row[0] is None else str(row[0])), int(row[1])
            recipients = int(
                conn.execute(
                    "SELECT count(*) FROM backup_recipients WHERE removed_at IS NULL"
                ).fetchone()[0]
            )
        created = conn.execute("SELECT value FROM vault_info WHERE key = 'created_at'").fetchone()
    since = last if last is not None else (str(created[0]) if created else session.clock.now())
    due = _day_of(since) + timedelta(days=days)
    return BackupStatus(
        last_backup_at=last,
        interval_days=days,
        due_on=due,
        overdue=session.clock.today() > due,
        backups_made=made,
        recipients=recipients,
    )
