"""Migration 12 (issue 11): actions held before it are dated by when they were agreed (the
agreeing meeting's date, else the day written), and nothing is lost; and the overdue rule."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from securedesk.core.cases.action_store import is_overdue
from securedesk.core.domain import Action, ActionStatus
from securedesk.core.session import Session
from securedesk.core.vault import database, schema

from ..conftest import ADMIN_PASS, FAST_KDF

OLD_ROWS = [
    "INSERT INTO users (name, display_name, clearance, created_at) "
    "VALUES ('olivia', 'Olivia', 'SECRET', '2024-01-01')",
    "INSERT INTO cases (id, ref, referral_source, referral_date, owner, marking, status, "
    "consent, is_child, created_at, updated_at) VALUES ('c1', 'WF-2024-0001', 'Police', "
    "'2024-01-02', 'olivia', 'OFFICIAL-SENSITIVE', 'support plan', 'not sought', 0, 't', 't')",
    "INSERT INTO meetings (id, title, meeting_date, chair, created_at) "
    "VALUES ('m1', 'Panel', '2024-03-05', 'olivia', '2026-11-01T10:00:00')",
    # Agreed at the March 2024 meeting, written (imported) in 2026.
    "INSERT INTO actions (id, case_id, description, agency, owner, due_date, status, "
    "created_at, updated_at) VALUES ('a1', 'c1', 'Mentoring', 'Education', 'Ms Ellis', "
    "'2024-04-01', 'open', '2026-11-01T10:00:00', '2026-11-01T10:00:00')",
    "INSERT INTO meeting_actions (meeting_id, case_id, action_id, agreed_at) "
    "VALUES ('m1', 'c1', 'a1', '2026-11-01T10:00:00')",
    # Added outside a meeting.
    "INSERT INTO actions (id, case_id, description, agency, owner, due_date, status, "
    "created_at, updated_at) VALUES ('a2', 'c1', 'Home visit', 'Police', 'PC Rowe', NULL, "
    "'done', '2024-06-07T09:00:00', '2024-06-08T09:00:00')",
    "INSERT INTO action_updates (id, action_id, at, author, status, note) "
    "VALUES ('u1', 'a2', '2024-06-08T09:00:00', 'olivia', 'done', 'Visited')",
    "INSERT INTO meeting_minutes (meeting_id, case_id, discussion, decision, rationale, "
    "dissent, recorded_by, recorded_at) VALUES ('m1', 'c1', 'd', 'Adopt', 'r', '', 'olivia', 't')",
]


def test_actions_from_version_11_are_dated_when_agreed(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    real = schema.migrate
    schema.migrate = lambda conn, target=None: real(conn, 11)  # type: ignore[assignment]
    try:
        s = Session.create_vault(folder, admin="admin", passphrase=ADMIN_PASS, kdf_params=FAST_KDF)
    finally:
        schema.migrate = real  # type: ignore[assignment]
    with database.transaction(s.vault.conn) as conn:
        for sql in OLD_ROWS:
            conn.execute(sql)
    s.vault.lock()

    s = Session.sign_in(folder, "admin", ADMIN_PASS)
    try:
        assert schema.current_version(s.vault.conn) == schema.latest_version()
        by_id = {a.id: a for a in s.store.actions_for_case("c1")}
        assert by_id["a1"].agreed_on == date(2024, 3, 5)  # the meeting's date
        assert by_id["a2"].agreed_on == date(2024, 6, 7)  # the day it was written
        assert (by_id["a1"].description, by_id["a2"].status) == ("Mentoring", ActionStatus.DONE)
        dated = {r.source_id: r.on for r in s.store.chronology("c1") if r.kind == "action"}
        assert dated == {"a1": date(2024, 3, 5), "a2": date(2024, 6, 7)}
        (update,) = s.store.action_updates("a2")
        assert (update.note, update.due_date, update.owner) == ("Visited", None, None)
        history = s.vault.conn.execute("SELECT count(*) FROM meeting_minutes_history")
        assert history.fetchone()[0] == 0
        assert s.audit.verify().ok
    finally:
        s.lock()


def test_overdue_is_outstanding_and_due_before_today() -> None:
    today = date(2026, 6, 1)

    def action(status: ActionStatus, due: date | None) -> Action:
        return Action("c", "t", "a", "o", due, status)

    assert is_overdue(action(ActionStatus.OPEN, date(2020, 1, 1)), today)
    assert is_overdue(action(ActionStatus.IN_PROGRESS, date(2026, 5, 31)), today)
    assert not is_overdue(action(ActionStatus.OPEN, today), today)  # due today: not yet
    assert not is_overdue(action(ActionStatus.OPEN, None), today)
    assert not is_overdue(action(ActionStatus.DONE, date(2020, 1, 1)), today)
    assert not is_overdue(action(ActionStatus.CANCELLED, date(2020, 1, 1)), today)
