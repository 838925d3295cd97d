"""When the next backup is due: from the vault's making, then from the newest backup."""

from __future__ import annotations

from datetime import date

import pytest

from securedesk.core.backup.status import BACKUP_INTERVAL_POLICY, backup_status
from securedesk.core.clock import FixedClock
from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session
from securedesk.core.vault import database


def _record_backup(admin: Session, at: str) -> None:
    with database.transaction(admin.vault.conn) as conn:
        conn.execute(
            "INSERT INTO backup_history (backup_id, kind, at, by_user, bytes, sha256, "
            "audit_seq, recipients) VALUES (?, 'created', ?, 'admin', 1, 'x', 1, 1)",
            (at, at),
        )


def test_a_vault_never_backed_up_is_due_a_week_after_it_was_made(admin: Session) -> None:
    made = date.fromisoformat(admin.store.vault_info()["created_at"][:10])
    admin.clock = FixedClock("2026-01-01T00:00:00+00:00", made)
    status = backup_status(admin)
    assert status.last_backup_at is None and status.interval_days == 7
    assert (status.due_on - made).days == 7 and not status.overdue


def test_overdue_from_the_newest_backup_and_the_policy_interval(admin: Session) -> None:
    _record_backup(admin, "2026-03-01T10:00:00+00:00")
    _record_backup(admin, "2026-03-10T10:00:00+00:00")
    admin.clock = FixedClock("2026-03-17T09:00:00+00:00", date(2026, 3, 17))
    status = backup_status(admin)
    assert status.last_backup_at == "2026-03-10T10:00:00+00:00"
    assert status.due_on == date(2026, 3, 17) and not status.overdue
    admin.clock = FixedClock("2026-03-18T09:00:00+00:00", date(2026, 3, 18))
    assert backup_status(admin).overdue
    admin.set_policy(BACKUP_INTERVAL_POLICY, "30")
    status = backup_status(admin)
    assert status.interval_days == 30 and status.due_on == date(2026, 4, 9)
    assert not status.overdue and status.backups_made == 2


@pytest.mark.parametrize("bad", ["0", "366", "weekly", "-3", ""])
def test_the_interval_policy_refuses_values_out_of_range(admin: Session, bad: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        admin.set_policy(BACKUP_INTERVAL_POLICY, bad)
    assert str(caught.value) == "backup_interval_days must be a whole number from 1 to 365."
    assert admin.policy()[BACKUP_INTERVAL_POLICY] == "7"
