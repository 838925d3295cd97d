"""The demo vault and invented-data import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.errors import InvalidInput, PermissionDenied
from securedesk.core.session import Session
from securedesk.demo.demo_vault import DEMO_USER, import_demo_cases, open_demo_vault


def test_import_fills_an_empty_vault_and_audits_it(admin: Session) -> None:
    items = import_demo_cases(admin, 40, seed=3, today=date(2026, 11, 25))
    assert items > 40
    assert admin.store.count_cases(CaseQuery()) == 40
    owners = {r.owner for r in admin.store.list_cases(CaseQuery(limit=1000))}
    assert owners <= {"olivia", "oscar"}  # the vault's officers own the invented cases
    events = [e for e in admin.audit.events() if e.action == "invented demo data added"]
    assert len(events) == 1
    assert admin.audit.verify().ok


def test_import_refuses_a_vault_with_cases(admin: Session) -> None:
    import_demo_cases(admin, 5, seed=1)
    with pytest.raises(InvalidInput, match="only into an empty vault"):
        import_demo_cases(admin, 5, seed=2)
    assert admin.store.count_cases(CaseQuery()) == 5


def test_import_needs_an_administrator(officer: Session) -> None:
    with pytest.raises(PermissionDenied):
        import_demo_cases(officer, 5, seed=1)


@pytest.mark.slow
def test_demo_vault_is_made_on_first_use_and_reused(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    s = open_demo_vault(folder, cases=60)
    try:
        assert s.vault.user == DEMO_USER
        assert not s.vault.terminal_binding  # shown to the user: opens on any machine
        # Memory security is a policy, off by default, and the demo leaves it off.
        assert s.policy()["cipher_memory_security"] == "off"
        assert s.vault.conn.execute("PRAGMA cipher_memory_security").fetchone()[0] in (0, "0")
        # A chair finds a panel: one held (minuted, actions agreed, copies issued and some
        # returned) and one coming up, both chaired by the demo officer.
        today = s.clock.today()
        meetings = [summary.meeting for summary in s.meetings.list_meetings()]
        assert len(meetings) == 2
        held = next(m for m in meetings if m.meeting_date < today)
        coming = next(m for m in meetings if m.meeting_date > today)
        assert len(s.meetings.minutes(held.id)) == 3
        assert s.meetings.minutes(coming.id) == []
        statuses = [c.status.value for c in s.meetings.store.issued_copies(held.id)]
        assert sorted(statuses) == ["destroyed", "issued", "returned", "returned", "returned"]
        # A transfer officer finds a bundle received from a trusted partner and one sent back.
        conn = s.vault.conn
        assert conn.execute("SELECT count(*) FROM incoming_bundles").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM outgoing_bundles").fetchone()[0] == 1
        assert conn.execute("SELECT organisation FROM trusted_terminals").fetchall() == [
            ("Invented Police Force",)
        ]
        assert s.cases.count_cases(CaseQuery()) == 61  # the partner's case came in
    finally:
        s.lock()
    s = open_demo_vault(folder, cases=999)  # exists: reused, never rebuilt
    try:
        assert s.cases.count_cases(CaseQuery()) == 61
    finally:
        s.lock()


def test_an_interrupted_import_leaves_the_vault_empty_and_can_be_run_again(
    admin: Session,
) -> None:
    """Ctrl-C during `demo-data` left 500 of 3,000 cases, and the rerun then refused."""
    reports: list[int] = []

    def interrupt_at_the_second_report(done: int, total: int) -> None:
        reports.append(done)
        if len(reports) == 2:
            raise KeyboardInterrupt

    events_before = admin.vault.conn.execute("SELECT count(*) FROM audit_events").fetchone()[0]
    with pytest.raises(KeyboardInterrupt):
        import_demo_cases(admin, 1200, seed=3, progress=interrupt_at_the_second_report)
    assert reports == [500, 1000]
    assert admin.store.count_cases(CaseQuery()) == 0
    conn = admin.vault.conn
    assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM audit_events").fetchone()[0] == events_before
    assert import_demo_cases(admin, 30, seed=3) > 0
    assert admin.store.count_cases(CaseQuery()) == 30


def test_a_frozen_program_builds_the_demo_through_its_own_flag(tmp_path: Path) -> None:
    """A frozen (PyInstaller) program has no `-m`: the builder runs the program itself with
    the child flag, which the console script takes as a frozen program would."""
    import shutil
    import subprocess

    from securedesk.demo.demo_vault import CHILD_FLAG

    command = shutil.which("securedesk")
    assert command is not None
    folder = tmp_path / "demo"
    subprocess.run([command, CHILD_FLAG, str(folder), "12"], check=True, timeout=300)
    s = open_demo_vault(folder, cases=999)
    try:
        assert s.cases.count_cases(CaseQuery()) == 13  # twelve and the partner's case
    finally:
        s.lock()
