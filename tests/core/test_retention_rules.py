"""Retention rules beyond the canary: who goes with a case through chains of links, the
register's closing day on the session clock, room to wipe checked before anything is
destroyed, and which destructions a backup predates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from securedesk.core.clock import FixedClock
from securedesk.core.domain import Person, PersonLink
from securedesk.core.retention import preflight
from securedesk.core.retention.backups import destructions_after
from securedesk.core.retention.retention_kinds import RetentionErrorKind
from securedesk.core.retention.service import RetentionService
from securedesk.core.storage_faults import StorageFault
from securedesk.core.vault import database

from ..vault_rows import content_digest
from .retention_fixtures import RELATIVE, fill_case, make_retention_vault, sign_in

LATER = FixedClock("2027-01-05T09:30:00.000000+00:00", date(2027, 1, 5))


@pytest.fixture
def rvault(tmp_path: Path) -> Path:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    return folder


def _people(folder: Path) -> set[str]:
    s = sign_in(folder, "admin")
    try:
        return {str(r[0]) for r in s.vault.conn.execute("SELECT given_name FROM people")}
    finally:
        s.lock()


def _add_linked(folder: Path, links: list[tuple[str, str]], new: list[str]) -> None:
    """New people (no case) named `new`, and links between people named by given name."""
    s = sign_in(folder, "oscar")
    try:
        conn = s.vault.conn
        with database.transaction(conn):
            for name in new:
                s.store.add_person(Person(name, "Linked", date(1970, 1, 1)), s.clock.now())
            ids = {str(r[1]): str(r[0]) for r in conn.execute("SELECT id, given_name FROM people")}
            for a, b in links:
                s.store.add_person_link(PersonLink(ids[a], ids[b], "relative"))
    finally:
        s.lock()


def _destroy(folder: Path, ref: str, clock: FixedClock = LATER):  # type: ignore[no-untyped-def]
    s = sign_in(folder, "ada", clock)
    try:
        RetentionService(s).propose(ref, "Past review")
    finally:
        s.lock()
    s = sign_in(folder, "alan", clock)
    try:
        return RetentionService(s).approve(ref)
    finally:
        s.lock()


def test_people_linked_only_through_people_who_go_go_at_any_depth(
    rvault: Path, tmp_path: Path
) -> None:
    made = fill_case(rvault, tmp_path)
    # The subject's relative (RELATIVE, one level, in no case) has a partner, who has a
    # parent: two and three levels, linked to nobody else (and back to the relative: a loop).
    # Another chain from the subject reaches a subject of the other case, who stays: each
    # person on it is linked to someone who stays, so each stays.
    _add_linked(
        rvault,
        [
            (RELATIVE, "Levelbtwo"),
            ("Levelbtwo", "Levelcthree"),
            ("Levelcthree", RELATIVE),
            ("Zyqvexcanary", "Chainqone"),
            ("Chainqone", "Chainqtwo"),
            ("Chainqtwo", "Sharedperson"),
        ],
        ["Levelbtwo", "Levelcthree", "Chainqone", "Chainqtwo"],
    )
    entry = _destroy(rvault, made.ref)
    people = _people(rvault)
    assert not people & {"Zyqvexcanary", RELATIVE, "Levelbtwo", "Levelcthree"}
    assert {"Chainqone", "Chainqtwo", "Sharedperson", "Keepmehere"} <= people
    assert entry.counts["people"] == 4  # the subject, the relative and the two beyond
    s = sign_in(rvault, "admin")
    try:
        links = s.vault.conn.execute(
            "SELECT a.given_name, b.given_name FROM person_links l "
            "JOIN people a ON a.id = l.person_id JOIN people b ON b.id = l.other_id"
        ).fetchall()
        # The stayers keep their links to each other; no link points at someone gone.
        assert sorted(map(tuple, links)) == [
            ("Chainqone", "Chainqtwo"),
            ("Chainqtwo", "Sharedperson"),
        ]
    finally:
        s.lock()


def test_a_person_linked_to_a_subject_of_another_case_stays(rvault: Path, tmp_path: Path) -> None:
    made = fill_case(rvault, tmp_path)
    # The relative is also linked to the other case's subject: the relative stays.
    _add_linked(rvault, [(RELATIVE, "Keepmehere")], [])
    _destroy(rvault, made.ref)
    people = _people(rvault)
    assert "Zyqvexcanary" not in people and RELATIVE in people


def test_the_register_dates_the_closing_by_the_session_clock(rvault: Path, tmp_path: Path) -> None:
    # fill_case closes the case on its FixedClock day (2026-11-01), whatever the real date.
    made = fill_case(rvault, tmp_path)
    entry = _destroy(rvault, made.ref)
    assert entry.closed_on == "2026-11-01"
    assert entry.review_date == "2032-11-01"  # six years after the same day
    assert entry.destroyed_at == LATER.now()
    s = sign_in(rvault, "alan", LATER)
    try:
        listed = RetentionService(s).register()
    finally:
        s.lock()
    assert [(e.closed_on, e.destroyed_at) for e in listed] == [("2026-11-01", LATER.now())]


def test_a_case_closed_twice_is_dated_by_its_last_closing(rvault: Path, tmp_path: Path) -> None:
    from securedesk.core.domain import CaseStatus

    made = fill_case(rvault, tmp_path)
    again = FixedClock("2026-12-20T08:00:00.000000+00:00", date(2026, 12, 20))
    s = sign_in(rvault, "oscar", again)
    try:
        s.cases.change_status(made.ref, CaseStatus.REFERRAL, "")
        s.cases.change_status(made.ref, CaseStatus.CLOSED, "Support ended again")
    finally:
        s.lock()
    assert _destroy(rvault, made.ref).closed_on == "2026-12-20"


def test_too_little_memory_to_wipe_refuses_before_anything_is_destroyed(
    rvault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = fill_case(rvault, tmp_path)
    s = sign_in(rvault, "ada", LATER)
    try:
        RetentionService(s).propose(made.ref, "Past review")
    finally:
        s.lock()
    s = sign_in(rvault, "alan", LATER)
    try:
        needs = preflight.wipe_needs(s.vault.conn)
        assert needs.live_bytes > 0 and needs.memory_bytes > needs.live_bytes
        before = content_digest(s.vault.conn)
        monkeypatch.setattr(preflight, "available_memory", lambda: needs.memory_bytes - 1)
        with pytest.raises(StorageFault) as caught:
            RetentionService(s).approve(made.ref)
        assert caught.value.kind is RetentionErrorKind.NO_MEMORY_TO_WIPE
        text = str(caught.value)
        assert made.ref in text and "Nothing was destroyed" in text
        assert "damaged" not in text.lower() and "restore" not in text.lower()
        assert content_digest(s.vault.conn) == before
        # With the memory there, the same approval goes through.
        monkeypatch.setattr(preflight, "available_memory", lambda: needs.memory_bytes)
        RetentionService(s).approve(made.ref)
        assert s.vault.conn.execute(
            "SELECT count(*) FROM cases WHERE id = ?", (made.case_id,)
        ).fetchone() == (0,)
    finally:
        s.lock()


def test_memory_is_read_from_the_kernel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    memory = preflight.available_memory()
    assert memory is None or memory > 0
    # A None here would pass the line above: the reading itself, on files of known content.
    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal: 16384000 kB\nMemFree: 512 kB\nMemAvailable: 8192000 kB\n")
    monkeypatch.setattr(preflight, "MEMINFO", meminfo)
    assert preflight.available_memory() == 8192000 * 1024  # MemAvailable, in bytes
    meminfo.write_text("MemTotal: 16384000 kB\nMemFree: 512 kB\n")  # a kernel before 3.14
    assert preflight.available_memory() is None
    monkeypatch.setattr(preflight, "MEMINFO", tmp_path / "absent")
    assert preflight.available_memory() is None


def test_destructions_after_a_backup_time(rvault: Path, tmp_path: Path) -> None:
    made = fill_case(rvault, tmp_path)
    _destroy(rvault, made.ref)
    s = sign_in(rvault, "admin")
    try:
        conn = s.vault.conn
        # A backup made a second before the destruction predates it; one a second after,
        # or at the same moment written in another time zone, does not.
        before = destructions_after(conn, "2027-01-05T09:29:59.000000+00:00")
        assert [(d.ref, d.destroyed_at) for d in before] == [(made.ref, LATER.now())]
        assert destructions_after(conn, "2027-01-05T09:30:01.000000+00:00") == []
        assert destructions_after(conn, "2027-01-05T10:30:00.000000+01:00") == []
        assert len(destructions_after(conn, "2027-01-05T10:29:00+01:00")) == 1
    finally:
        s.lock()
