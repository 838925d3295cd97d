"""Destruction leaves nothing: the canary test, the map of every table, the audit chain."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.clock import FixedClock
from securedesk.core.domain import CaseStatus, Person
from securedesk.core.retention import destruction_map
from securedesk.core.retention.destruction_map import Kept
from securedesk.core.retention.service import RetentionService, names_in
from securedesk.core.session import Session
from securedesk.core.vault import database, schema

from ..conftest import ADMIN_PASS, FAST_KDF
from .retention_fixtures import (
    CANARIES,
    OTHER_SUBJECT,
    RELATIVE,
    decrypted_pages,
    fill_case,
    found_in,
    make_retention_vault,
    plaintext_export,
    sign_in,
    wal_pages,
)


@pytest.fixture
def rvault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    return folder


def _everything(folder: Path, key: bytes) -> bytes:
    return decrypted_pages(folder / "vault.db", key) + wal_pages(folder / "vault.db-wal", key)


def test_every_table_is_classified_for_destruction(rvault: Path) -> None:
    """A table added without saying what destruction does to it fails here."""
    s = sign_in(rvault, "admin")
    try:
        tables = destruction_map.schema_tables(s.vault.conn)
        assert destruction_map.unclassified(s.vault.conn) == []
        assert sorted(set(destruction_map.TABLES) - set(tables)) == [], "stale entries"
        # A table holding a case_id column is either destroyed by it or kept on purpose.
        for table in tables:
            columns = {r[1] for r in s.vault.conn.execute(f"PRAGMA table_info({table})")}
            relation = destruction_map.TABLES[table]
            if "case_id" in columns and isinstance(relation, Kept):
                assert table in destruction_map.KEPT_WITH_CASE_ID, table
    finally:
        s.lock()


def test_a_new_table_fails_the_classification(rvault: Path) -> None:
    s = sign_in(rvault, "admin")
    try:
        with database.transaction(s.vault.conn) as conn:
            conn.execute("CREATE TABLE case_notes_new (case_id TEXT, note TEXT)")
            assert destruction_map.unclassified(conn) == ["case_notes_new"]
            with pytest.raises(RuntimeError, match="case_notes_new"):
                destruction_map.destroy(conn, "x")
            conn.execute("DROP TABLE case_notes_new")
    finally:
        s.lock()


def test_destruction_leaves_no_byte_of_the_case(rvault: Path, tmp_path: Path) -> None:
    made = fill_case(rvault, tmp_path)
    o = sign_in(rvault, "oscar")
    RetentionService(o).propose(made.ref, "Recorded in error")
    o.lock()
    a = sign_in(rvault, "ada")
    try:
        key = bytes(a.vault._db_key)
        # The control: before, each canary is there to be found, decrypted.
        assert found_in(_everything(rvault, key), (*CANARIES, RELATIVE)) == [*CANARIES, RELATIVE]
        entry = RetentionService(a).approve(made.ref)
        assert entry.counts["items"] == 3 and entry.counts["people"] == 2
        # No file of the vault folder holds a canary, encrypted or decrypted page by page
        # (live rows, free pages, slack, the write-ahead log).
        for path in rvault.iterdir():
            if path.is_file():
                assert found_in(path.read_bytes(), (*CANARIES, RELATIVE)) == [], path.name
        assert found_in(_everything(rvault, key), (*CANARIES, RELATIVE)) == []
        assert (rvault / "vault.db-wal").stat().st_size == 0
        # An insider with the key exporting the whole database in plaintext finds none.
        plain = plaintext_export(a, tmp_path / "plain.db")
        assert found_in(plain, (*CANARIES, RELATIVE)) == []
        # What was shared or belonged to the other case is still there.
        assert found_in(plain, (OTHER_SUBJECT, "Sharedperson")) == [OTHER_SUBJECT, "Sharedperson"]
        conn = a.vault.conn
        assert (
            conn.execute("SELECT count(*) FROM cases WHERE id = ?", (made.case_id,)).fetchone()[0]
            == 0
        )
        assert [p.id for p in a.store.get_case(made.other_case_id).subjects][1] == made.shared_id
        # Search no longer finds it; the copy register keeps the copy, with no case link.
        assert a.store.search(CANARIES[0]) == [] and a.store.search(CANARIES[1]) == []
        assert conn.execute("SELECT count(*) FROM issued_copies").fetchone()[0] == 1
        assert (
            conn.execute(
                "SELECT count(*) FROM meeting_agenda WHERE case_id = ?", (made.case_id,)
            ).fetchone()[0]
            == 0
        )
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        # The audit chain still verifies, and no event names the subject or holds its text.
        assert a.audit.verify().ok
        for event in audit.iter_events(conn):
            text = json.dumps(event.to_json(), ensure_ascii=False)
            assert found_in(text.encode(), (*CANARIES, RELATIVE, "Prydderch")) == [], event.seq
        destroyed = [e for e in audit.iter_events(conn) if e.action == "case destroyed"]
        assert [(e.object_type, e.object_id, e.category) for e in destroyed] == [
            ("case", made.case_id, "erasure")
        ]
        assert json.loads(destroyed[0].details)["ref"] == made.ref
    finally:
        a.lock()


def test_reason_naming_a_person_is_refused() -> None:
    names = ["Siân", "Prydderch", "Gwen Ellis"]
    identifiers = ["PNC-12/3456"]
    assert names_in("sian asked for it", names, identifiers)
    assert names_in("PRYDDERCH family moved", names, identifiers)
    assert names_in("duplicate of gwen's record", names, identifiers)
    assert names_in("see pnc 12 3456", names, identifiers)
    # Letters that only fold to the name after decomposition (a modifier capital) are
    # caught too: the names' own folding (name_keys.fold) is used, not a weaker copy.
    assert names_in("ᴾrydderch family moved", names, identifiers)
    assert not names_in("Recorded in error; kept 12 years", names, identifiers)


def test_closing_sets_the_review_date_and_reopening_clears_it(rvault: Path) -> None:
    s = sign_in(rvault, "olivia")
    try:
        case = s.cases.add_case(
            [Person("Rhys", "Closer")], referral_source="Health", referral_date=date(2026, 1, 1)
        )
        s.cases.change_status(case.ref, CaseStatus.CLOSED, "Done")
        assert s.store.get_case(case.id).case.retention_review == date(2032, 11, 1)
        s.cases.change_status(case.ref, CaseStatus.REFERRAL)
        assert s.store.get_case(case.id).case.retention_review is None
        s.clock = FixedClock("2027-02-28T09:00:00.000000+00:00", date(2027, 2, 28))
        s.cases.change_status(case.ref, CaseStatus.CLOSED, "Done again")
        assert s.store.get_case(case.id).case.retention_review == date(2033, 2, 28)
    finally:
        s.lock()


def test_upgrade_back_fills_review_dates_of_closed_cases(tmp_path: Path) -> None:
    """A vault made at version 16 with a closed case gets its date from the closing event."""
    folder = tmp_path / "v16"
    real = schema.migrate
    schema.migrate = lambda conn, target=None: real(conn, 16)  # type: ignore[assignment]
    try:
        s = Session.create_vault(folder, admin="admin", passphrase=ADMIN_PASS, kdf_params=FAST_KDF)
    finally:
        schema.migrate = real  # type: ignore[assignment]
    with database.transaction(s.vault.conn) as conn:
        for cid, status, reason in (("c1", "closed", "'Done'"), ("c2", "referral", "NULL")):
            conn.execute(
                "INSERT INTO cases (id, ref, referral_source, referral_date, owner, marking, "
                "status, closing_reason, consent, created_at, updated_at) VALUES (?, ?, 'x', "
                f"'2020-01-01', 'admin', 'OFFICIAL', ?, {reason}, 'not sought', "
                "'2020-01-01T00:00:00', '2021-03-04T00:00:00')",
                (cid, f"WF-2020-000{cid[1]}", status),
            )
        audit.record(
            conn,
            user="admin",
            category=audit.Category.ALTERATION,
            action=audit.AuditAction.STATUS_CHANGED,
            object_type="case",
            object_id="c1",
            details={"from": "referral", "to": "closed"},
        )
    s.lock()
    s = Session.sign_in(folder, "admin", ADMIN_PASS)
    try:
        rows = dict(s.vault.conn.execute("SELECT id, retention_review FROM cases").fetchall())
        closed_at = date.today()  # the closing event was recorded now (real time)
        assert rows == {"c1": closed_at.replace(year=closed_at.year + 6).isoformat(), "c2": None}
        assert s.policy()["retention_years"] == "6"
    finally:
        s.lock()
