"""The audit chain: every kind of processing recorded, refused changes, verified links."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import Person
from securedesk.core.error_kinds import Detail, word
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS


def _events(vault: Path) -> list[audit.AuditEvent]:
    s = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        return list(s.audit.events())
    finally:
        s.lock()


def test_operations_are_recorded_with_category_user_and_object(officer: Session) -> None:
    case = officer.cases.add_case(
        [Person("Ieuan", "Vaughan", date(1990, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 3, 1),
    )
    item = officer.cases.add_item(case.ref, agency="Police", text="Seen at a rally.")
    officer.cases.open_case(case.ref)
    officer.cases.list_cases(CaseQuery())
    vault = officer.vault.folder
    officer.lock()
    events = _events(vault)
    kinds = [(e.user, e.category, e.action, e.object_id) for e in events]
    assert ("olivia", "collection", "case added", case.id) in kinds
    assert ("olivia", "collection", "item added", item.id) in kinds
    assert ("olivia", "consultation", "case viewed", case.id) in kinds
    assert ("olivia", "authentication", "signed in", "olivia") in kinds
    assert ("admin", "authentication", "signed in", "admin") in kinds
    # No case content in the log: names and item text never appear in it.
    dump = json.dumps([e.to_json() for e in events])
    assert "Vaughan" not in dump and "rally" not in dump


def test_events_cannot_be_updated_or_deleted(officer: Session) -> None:
    conn = officer.vault.conn
    import sqlcipher3

    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE audit_events SET user = 'x' WHERE seq = 1")
    with pytest.raises(sqlcipher3.IntegrityError, match="cannot be deleted"):
        conn.execute("DELETE FROM audit_events WHERE seq = 1")


def _tamper(conn, sql: str) -> None:
    """What an attacker holding the key could do: drop the guard, change, restore it."""
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("DROP TRIGGER audit_events_no_delete")
    conn.execute(sql)


@pytest.mark.parametrize(
    ("sql", "seq", "why"),
    [
        ("UPDATE audit_events SET user = 'someone else' WHERE seq = 3", 3, "content"),
        ("UPDATE audit_events SET justification = 'x' WHERE seq = 4", 4, "content"),
        ("DELETE FROM audit_events WHERE seq = 2", 2, "missing"),
        ("UPDATE audit_events SET prev_hash = hash WHERE seq = 5", 5, "predecessor"),
    ],
)
def test_verify_names_the_first_broken_link(officer: Session, sql: str, seq: int, why: str) -> None:
    for n in range(3):
        officer.cases.add_case(
            [Person("Aisha", f"Khan{n}")], referral_source="Police", referral_date=date(2026, 1, 1)
        )
    assert audit.verify(officer.vault.conn).ok
    _tamper(officer.vault.conn, sql)
    report = audit.verify(officer.vault.conn)
    assert not report.ok
    assert report.first_broken_seq == seq
    assert why in report.reason
    # The window words the kind; the English reason is its wording with the event's number.
    assert isinstance(report.why, Detail)
    assert report.reason == word(report.why, {"seq": seq})


def test_rewriting_every_later_hash_is_still_caught_at_the_first_change(officer: Session) -> None:
    """Recomputing the rest of the chain does not hide an edit: the edited event's own
    hash no longer matches what the next event recorded."""
    conn = officer.vault.conn
    for n in range(3):
        officer.cases.add_case(
            [Person("Harjit", f"Singh{n}")],
            referral_source="Police",
            referral_date=date(2026, 1, 1),
        )
    _tamper(conn, "UPDATE audit_events SET outcome = 'refused' WHERE seq = 2")
    report = audit.verify(conn)
    assert report.first_broken_seq == 2


def test_empty_chain_verifies() -> None:
    import sqlcipher3

    from securedesk.core.vault import schema

    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    assert audit.verify(conn) == audit.ChainReport(0, True)


def test_export_is_json_lines_and_audited(admin: Session, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "audit.jsonl"
    count = admin.audit.export(out)
    lines = out.read_text().splitlines()
    assert len(lines) == count > 0
    first = json.loads(lines[0])
    assert first["seq"] == 1 and first["prev_hash"] == audit.GENESIS
    assert [p.name for p in out.parent.iterdir()] == ["audit.jsonl"]
    last = list(admin.audit.events())[-1]
    assert (last.category, last.action) == ("disclosure", "audit log exported")


def test_query_pages_newest_first_and_filters_in_sql(officer: Session) -> None:
    for n in range(4):
        officer.cases.add_case(
            [Person("Priya", f"Patel{n}")], referral_source="Police", referral_date=date(2026, 1, 1)
        )
    conn = officer.vault.conn
    everything, more = audit.query_events(conn, audit.AuditQuery(limit=10_000))
    assert not more
    seqs = [e.seq for e in everything]
    assert seqs == sorted(seqs, reverse=True)
    added, more = audit.query_events(conn, audit.AuditQuery(action="CASE ADD", limit=3))
    assert [e.action for e in added] == ["case added"] * 3 and more
    older, more = audit.query_events(
        conn, audit.AuditQuery(action="case add", before_seq=added[-1].seq, limit=3)
    )
    assert len(older) == 1 and not more
    assert older[0].seq < added[-1].seq
    mine, _ = audit.query_events(conn, audit.AuditQuery(user="OLIV", category="collection"))
    assert mine and all(e.user == "olivia" and e.category == "collection" for e in mine)
    none, more = audit.query_events(conn, audit.AuditQuery(outcome="refused"))
    assert none == [] and not more
