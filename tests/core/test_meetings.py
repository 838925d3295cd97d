"""The meetings service: rights, planning, agenda order, attendance, minutes and agreed
actions, cases due for review, the copy register, and the rule for what a copy shows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.audit import chain as audit
from securedesk.core.domain import CaseStatus, MeetingMember, Person
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import AboveClearance, InvalidInput, NotFound, PermissionDenied
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus, PackVariant
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import (
    DEFAULT_CONFIDENTIALITY_STATEMENT,
    PackItem,
    RenderedPack,
    copy_content,
    months_before,
    withheld_from,
)
from securedesk.core.session import Session
from securedesk.core.vault import database

from ..conftest import ADMIN_PASS, OFFICER_PASS

DAY = date(2026, 3, 4)


@pytest.fixture
def chair(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    yield s
    s.lock()


def _case(
    s: Session,
    name: str,
    dob: date | None,
    referral_date: date = date(2026, 1, 5),
    marking: Marking = Marking.OFFICIAL_SENSITIVE,
) -> str:
    given, family = name.split(" ", 1)
    return s.cases.add_case(
        [Person(given, family, dob)],
        referral_source="Police",
        referral_date=referral_date,
        marking=marking,
    ).ref


def _events(s: Session) -> list[audit.AuditEvent]:
    return list(audit.iter_events(s.vault.conn))


class FakeRenderer:
    """Stands in for the PDF renderer: the bytes name the copy and its recipient."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, int]] = []

    def render(self, content, copy_number):  # type: ignore[no-untyped-def]
        self.calls.append((content.recipient.name, copy_number))
        return RenderedPack(f"%PDF copy {copy_number} {content.recipient.id}".encode(), 1)


# -- rights and planning --------------------------------------------------------------


def test_only_a_chair_manages_meetings_and_refusals_are_recorded(officer: Session) -> None:
    with pytest.raises(PermissionDenied, match="manage meetings"):
        MeetingService(officer).add_meeting("Panel", DAY)
    refused = [e for e in _events(officer) if e.outcome == "refused"]
    assert refused[-1].action == "refused: needs manage meetings"


def test_a_meeting_needs_a_chair_with_the_chair_role(chair: Session) -> None:
    service = MeetingService(chair)
    with pytest.raises(InvalidInput, match="does not have the chair role"):
        service.add_meeting("Panel", DAY, chair="olivia")
    with pytest.raises(NotFound, match="no user 'nobody'"):
        service.add_meeting("Panel", DAY, chair="nobody")
    with pytest.raises(InvalidInput, match="title cannot be empty"):
        service.add_meeting("  ", DAY)
    with pytest.raises(InvalidInput, match="next meeting must come after"):
        service.add_meeting("Panel", DAY, next_meeting=DAY)
    meeting = service.add_meeting("Panel", DAY, place="Room 2", next_meeting=date(2026, 4, 1))
    assert service.get_meeting(meeting.id) == meeting
    event = _events(chair)[-1]
    assert (event.action, event.object_id, event.category) == (
        "meeting added",
        meeting.id,
        "collection",
    )


def test_statement_defaults_and_details_can_change(chair: Session) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    assert service.details(meeting.id).statement == DEFAULT_CONFIDENTIALITY_STATEMENT
    changed = service.update_meeting(
        meeting.id, statement="Our own words.", next_meeting=date(2026, 6, 3), place="Hall"
    )
    assert (changed.confidentiality_statement, changed.next_meeting, changed.place) == (
        "Our own words.",
        date(2026, 6, 3),
        "Hall",
    )
    assert service.details(meeting.id).statement == "Our own words."
    cleared = service.update_meeting(meeting.id, statement="", clear_next_meeting=True)
    assert cleared.next_meeting is None and cleared.place == "Hall"
    assert service.details(meeting.id).statement == DEFAULT_CONFIDENTIALITY_STATEMENT


def test_members_need_a_clearance_and_are_not_added_twice(chair: Session) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    with pytest.raises(InvalidInput, match="needs a clearance"):
        service.add_member(meeting.id, "Ann Jones", "Police", None)
    member = service.add_member(meeting.id, "Ann Jones", "Police", Marking.SECRET)
    with pytest.raises(InvalidInput, match="already a member"):
        service.add_member(meeting.id, " ann  jones ", "police", Marking.OFFICIAL)
    with pytest.raises(InvalidInput, match="agency cannot be empty"):
        service.add_member(meeting.id, "Bob", "", Marking.OFFICIAL)
    with pytest.raises(NotFound):
        service.add_member("no-such-meeting", "Bob", "Housing", Marking.OFFICIAL)
    assert service.details(meeting.id).members == [member]


def test_attendance_by_name_or_id(chair: Session) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    ann = service.add_member(meeting.id, "Ann Jones", "Police", Marking.SECRET)
    bob = service.add_member(meeting.id, "Bob Evans", "Housing", Marking.OFFICIAL)
    assert service.set_attendance(meeting.id, "ann jones", "attended").attendance == "attended"
    assert service.set_attendance(meeting.id, bob.id[:8], "apologies").attendance == "apologies"
    with pytest.raises(InvalidInput, match="not an attendance"):
        service.set_attendance(meeting.id, ann.id, "late")
    with pytest.raises(NotFound, match="no member 'Cai'"):
        service.set_attendance(meeting.id, "Cai", "attended")
    assert [m.attendance for m in service.details(meeting.id).members] == [
        "attended",
        "apologies",
    ]


# -- agenda ---------------------------------------------------------------------------


def test_childrens_cases_come_first_then_the_order_can_change(chair: Session) -> None:
    adult1 = _case(chair, "Rhys Llewelyn", date(1990, 1, 1))
    child = _case(chair, "Gwen Prydderch", date(2010, 1, 1))
    adult2 = _case(chair, "Carys Hughes", None)
    turns_18 = _case(chair, "Llŷr Ellis", date(2008, 3, 4))  # 18 on the meeting day
    young = _case(chair, "Dafydd Rees", date(2008, 3, 5))  # 17 on the meeting day
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    entries = service.set_agenda(meeting.id, [adult1, child, adult2, turns_18, young])
    assert [e.ref for e in entries] == [child, young, adult1, adult2, turns_18]
    assert [e.is_child for e in entries] == [True, True, False, False, False]
    assert [e.position for e in entries] == [1, 2, 3, 4, 5]
    moved = service.move_on_agenda(meeting.id, adult2, 1)
    assert [e.ref for e in moved] == [adult2, child, young, adult1, turns_18]
    given = service.set_agenda(meeting.id, [adult1, child], children_first=False)
    assert [e.ref for e in given] == [adult1, child]
    with pytest.raises(InvalidInput, match="given twice"):
        service.set_agenda(meeting.id, [adult1, adult1])
    with pytest.raises(InvalidInput, match="position is 1 to 2"):
        service.move_on_agenda(meeting.id, adult1, 3)
    with pytest.raises(InvalidInput, match="not on the agenda"):
        service.move_on_agenda(meeting.id, adult2, 1)
    with pytest.raises(NotFound):
        service.set_agenda(meeting.id, ["WF-1999-0001"])
    assert [e.ref for e in service.agenda(meeting.id)[0]] == [adult1, child]


def test_no_case_above_the_chairs_clearance_goes_on_an_agenda(vault: Path) -> None:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        secret = _case(oscar, "Rhys Llewelyn", None, marking=Marking.SECRET)
    with Session.sign_in(vault, "admin", ADMIN_PASS) as admin:
        admin.users.add_user("carol", [Role.CHAIR], OFFICER_PASS, Marking.OFFICIAL_SENSITIVE)
    with Session.sign_in(vault, "carol", OFFICER_PASS) as carol:
        carol.users.change_own_passphrase(OFFICER_PASS)
        meeting = MeetingService(carol).add_meeting("Panel", DAY)
        with pytest.raises(AboveClearance):
            MeetingService(carol).set_agenda(meeting.id, [secret])
        assert _events(carol)[-1].action == "refused: agenda case above clearance"
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        MeetingService(oscar).set_agenda(meeting.id, [secret])
    with Session.sign_in(vault, "carol", OFFICER_PASS) as carol:
        # A case another chair put there is not even listed for carol, nor printed by her.
        assert MeetingService(carol).agenda(meeting.id) == ([], 1)
        with pytest.raises(AboveClearance):
            MeetingService(carol).pack_source(meeting.id)
        assert _events(carol)[-1].action == "refused: pack case above clearance"


def test_decision_sought_defaults_to_the_case_status(chair: Session) -> None:
    ref = _case(chair, "Rhys Llewelyn", None)
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    service.set_agenda(meeting.id, [ref])
    assert "adopts the case" in service.agenda(meeting.id)[0][0].decision_sought
    service.set_decision_sought(meeting.id, ref, "Agree a referral to Channel.")
    assert service.agenda(meeting.id)[0][0].decision_sought == "Agree a referral to Channel."
    service.set_decision_sought(meeting.id, ref, "")
    assert "adopts the case" in service.agenda(meeting.id)[0][0].decision_sought


# -- minutes and actions --------------------------------------------------------------


def test_minutes_per_case_and_actions_join_the_support_plan(chair: Session) -> None:
    ref = _case(chair, "Rhys Llewelyn", None)
    other = _case(chair, "Carys Hughes", None)
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    service.set_agenda(meeting.id, [ref])
    with pytest.raises(InvalidInput, match="at least one of"):
        service.record_minutes(meeting.id, ref)
    with pytest.raises(InvalidInput, match="not on the agenda"):
        service.record_minutes(meeting.id, other, decision="x")
    service.record_minutes(meeting.id, ref, discussion="Talked", decision="Adopt")
    service.record_minutes(
        meeting.id, ref, discussion="Talked", decision="Adopt", dissent="Health disagreed"
    )
    (minutes,) = service.minutes(meeting.id)
    assert (minutes.decision, minutes.dissent, minutes.ref) == ("Adopt", "Health disagreed", ref)
    actions = [
        e.action
        for e in _events(chair)
        if e.object_id == meeting.id and e.action != "meeting viewed"
    ]
    assert actions[-2:] == ["minutes recorded", "minutes amended"]

    action = service.agree_action(
        meeting.id, ref, description="Mentoring", agency="Education", owner="Ms Ellis"
    )
    view = chair.cases.open_case(ref)
    assert [a.id for a in view.actions] == [action.id]
    (agreed,) = service.details(meeting.id).actions
    assert (agreed.ref, agreed.action.description) == (ref, "Mentoring")
    with pytest.raises(InvalidInput, match="action cannot be empty"):
        service.agree_action(meeting.id, ref, description=" ", agency="x", owner="y")


def test_earlier_decisions_reach_a_later_meetings_pack(chair: Session) -> None:
    ref = _case(chair, "Rhys Llewelyn", None)
    service = MeetingService(chair)
    january = service.add_meeting("January panel", date(2026, 1, 10))
    service.set_agenda(january.id, [ref])
    service.record_minutes(january.id, ref, decision="Adopt", rationale="Concern rising")
    march = service.add_meeting("March panel", DAY)
    service.set_agenda(march.id, [ref])
    (case,) = service.pack_source(march.id).cases
    (earlier,) = case.previous_decisions
    assert (earlier.meeting_title, earlier.decision) == ("January panel", "Adopt")
    assert all(r.source_id != march.id for r in case.chronology)
    assert service.pack_source(january.id).cases[0].previous_decisions == ()


# -- cases due for review -------------------------------------------------------------


def test_cases_not_discussed_for_twelve_months_are_flagged(chair: Session) -> None:
    today = date(2026, 11, 20)
    never = _case(chair, "Ann Never", None, referral_date=date(2025, 10, 1))
    recent_referral = _case(chair, "Bob Recent", None, referral_date=date(2026, 1, 1))
    discussed_long_ago = _case(chair, "Cai Old", None, referral_date=date(2024, 1, 1))
    discussed_lately = _case(chair, "Dai New", None, referral_date=date(2024, 1, 1))
    closed = _case(chair, "Eve Closed", None, referral_date=date(2024, 1, 1))
    chair.cases.change_status(closed, CaseStatus.CLOSED, "No further concern")
    service = MeetingService(chair)
    old = service.add_meeting("Old panel", date(2025, 11, 1))
    service.set_agenda(old.id, [discussed_long_ago])
    new = service.add_meeting("New panel", date(2026, 6, 1))
    service.set_agenda(new.id, [discussed_lately])
    upcoming = service.add_meeting("Next panel", date(2026, 12, 1))
    service.set_agenda(upcoming.id, [never])
    due = service.cases_due_review(today=today)
    assert [d.row.ref for d in due] == [never, discussed_long_ago]  # longest waiting first
    never_row, long_ago = due
    assert long_ago.last_discussed == date(2025, 11, 1)
    assert long_ago.waiting_since == date(2025, 11, 1) and long_ago.next_scheduled is None
    assert never_row.last_discussed is None and never_row.next_scheduled == date(2026, 12, 1)
    assert never_row.waiting_since == date(2025, 10, 1)
    assert recent_referral not in [d.row.ref for d in due]
    assert len(service.cases_due_review(today=today, months=6)) == 3
    with pytest.raises(InvalidInput, match="1 to 120 months"):
        service.cases_due_review(months=0)


def test_months_before_keeps_the_day_or_the_months_end() -> None:
    assert months_before(date(2026, 3, 4), 12) == date(2025, 3, 4)
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


# -- the copy register ----------------------------------------------------------------


def _meeting_with_members(chair: Session) -> tuple[str, list[MeetingMember]]:
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    members = [
        service.add_member(meeting.id, "Ann Jones", "Police", Marking.SECRET),
        service.add_member(meeting.id, "Bob Evans", "Housing", Marking.OFFICIAL),
    ]
    return meeting.id, members


def test_copies_are_numbered_registered_and_audited(chair: Session, tmp_path: Path) -> None:
    meeting_id, (ann, bob) = _meeting_with_members(chair)
    service = MeetingService(chair)
    renderer = FakeRenderer()
    issued = service.issue_copies(meeting_id, renderer, out_dir=tmp_path)
    assert renderer.calls == [("Ann Jones", 1), ("Bob Evans", 2)]
    assert [r.path.read_bytes() for r in issued if r.path] == [
        f"%PDF copy 1 {ann.id}".encode(),
        f"%PDF copy 2 {bob.id}".encode(),
    ]
    again = service.issue_copies(meeting_id, renderer, members=["Bob Evans"])
    assert again[0].copy.copy_number == 3 and again[0].data == f"%PDF copy 3 {bob.id}".encode()
    assert not again[0].copy.saved and again[0].path is None
    register = service.copies(meeting_id)
    assert [(c.copy_number, c.member_id, c.saved) for c in register] == [
        (1, ann.id, True),
        (2, bob.id, True),
        (3, bob.id, False),
    ]
    disclosures = [e for e in _events(chair) if e.category == "disclosure"]
    assert [json.loads(e.details)["copy"] for e in disclosures] == [1, 2, 3]
    assert all(e.object_id == meeting_id for e in disclosures)
    # A file already where the next copy would go is never overwritten.
    clash = tmp_path / issued[0].path.name.replace("copy-001", "copy-004")  # type: ignore[union-attr]
    clash.write_bytes(b"someone else's file")
    with pytest.raises(InvalidInput, match="already exists; nothing was issued"):
        service.issue_copies(meeting_id, renderer, out_dir=tmp_path, members=[ann.id])
    assert clash.read_bytes() == b"someone else's file"
    assert len(service.copies(meeting_id)) == 3


def test_copy_statuses_and_what_is_outstanding(chair: Session) -> None:
    meeting_id, _members = _meeting_with_members(chair)
    service = MeetingService(chair)
    service.issue_copies(meeting_id, FakeRenderer())
    service.issue_copies(meeting_id, FakeRenderer(), variant=PackVariant.SUMMARY)
    assert [c.copy_number for c in service.outstanding_copies()] == [1, 2, 3, 4]
    service.set_copy_status(meeting_id, 1, CopyStatus.RETURNED)
    service.set_copy_status(meeting_id, 1, CopyStatus.DESTROYED, "shredded")
    lost = service.set_copy_status(meeting_id, 2, CopyStatus.LOST, "left on a train")
    assert (lost.status, lost.status_note, lost.status_by) == (
        CopyStatus.LOST,
        "left on a train",
        "oscar",
    )
    service.set_copy_status(meeting_id, 3, CopyStatus.DESTROYED)
    assert [c.copy_number for c in service.outstanding_copies(meeting_id)] == [4]
    with pytest.raises(InvalidInput, match="Copy 1 is destroyed; it can become: nothing") as final:
        service.set_copy_status(meeting_id, 1, CopyStatus.RETURNED)
    assert final.value.kind is ErrorKind.COPY_STATUS_FINAL  # "nothing" is in the wording
    assert final.value.data == {"copy_number": 1, "status": "destroyed", "new": "returned"}
    with pytest.raises(NotFound, match="no copy 9"):
        service.set_copy_status(meeting_id, 9, CopyStatus.RETURNED)
    found = service.set_copy_status(meeting_id, 2, CopyStatus.RETURNED, "found")
    assert found.status is CopyStatus.RETURNED
    assert [c.status.value for c in service.copies(meeting_id)] == [
        "destroyed",
        "returned",
        "destroyed",
        "issued",
    ]
    changes = [e.action for e in _events(chair) if e.action.startswith("meeting pack copy ")]
    assert changes[-1] == "meeting pack copy returned"


def test_the_register_refuses_edits_and_deletions(chair: Session) -> None:
    meeting_id, _members = _meeting_with_members(chair)
    MeetingService(chair).issue_copies(meeting_id, FakeRenderer())
    conn = chair.vault.conn
    for sql in (
        "UPDATE issued_copies SET sha256 = ?",
        "UPDATE issued_copies SET copy_number = 7 WHERE ? IS NOT NULL",
        "DELETE FROM issued_copies WHERE ? IS NOT NULL",
    ):
        with pytest.raises(database.DatabaseError), database.transaction(conn):
            conn.execute(sql, ("0" * 64,))


def test_only_a_chair_issues_or_reads_the_register(vault: Path) -> None:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as oscar:
        meeting_id, _members = _meeting_with_members(oscar)
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as olivia:
        with pytest.raises(PermissionDenied, match="'print'"):
            MeetingService(olivia).issue_copies(meeting_id, FakeRenderer())
        with pytest.raises(PermissionDenied, match="manage meetings"):
            MeetingService(olivia).copies()
        assert MeetingService(olivia).details(meeting_id).meeting.id == meeting_id


def test_a_failed_register_entry_leaves_no_file(
    chair: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting_id, _members = _meeting_with_members(chair)
    service = MeetingService(chair)
    real = service.store.add_issued_copy

    def fail_second(copy):  # type: ignore[no-untyped-def]
        if copy.copy_number == 2:
            raise database.DatabaseError("disk full")
        real(copy)

    monkeypatch.setattr(service.store, "add_issued_copy", fail_second)
    with pytest.raises(database.DatabaseError):
        service.issue_copies(meeting_id, FakeRenderer(), out_dir=tmp_path)
    files = [p.name for p in tmp_path.iterdir() if p.name != "vault"]
    assert len(files) == 1 and files[0].endswith("copy-001.pdf")  # no copy 2, no temporary
    assert [c.copy_number for c in service.copies(meeting_id)] == [1]


# -- what a copy shows ----------------------------------------------------------------


def _item(marking: Marking = Marking.OFFICIAL, agency: str = "Police", *caveats: str) -> PackItem:
    return PackItem("i", DAY, agency, marking, "B2", tuple(caveats), "text", False)


def _member(clearance: Marking, agency: str = "Housing") -> MeetingMember:
    return MeetingMember("m", "Ann", agency, clearance)


def test_items_are_withheld_by_clearance_and_caveat() -> None:
    secret, sensitive = Marking.SECRET, Marking.OFFICIAL_SENSITIVE
    housing = _member(sensitive)
    police = _member(secret, " police ")
    assert withheld_from(_item(secret), housing)
    assert not withheld_from(_item(sensitive), housing)
    assert withheld_from(_item(Marking.OFFICIAL, "Police", "Not for panel"), police)
    assert withheld_from(_item(Marking.OFFICIAL, "Police", "police only"), housing)
    assert not withheld_from(_item(Marking.OFFICIAL, "Police", "Police  only"), police)
    assert withheld_from(_item(Marking.OFFICIAL, "Health", "health only"), police)
    consent = "originator consent before onward disclosure"
    assert withheld_from(_item(Marking.OFFICIAL, "Health", consent), police)
    assert not withheld_from(_item(Marking.OFFICIAL, "Police", consent), police)
    assert not withheld_from(
        _item(Marking.OFFICIAL, "Health", "not for disclosure to subject"), housing
    )
    assert withheld_from(_item(Marking.OFFICIAL, "Health", "handle with care"), police)


def test_a_case_record_carries_its_own_marking_unless_an_item_explains_it(
    chair: Session,
) -> None:
    raised = _case(chair, "Rhys Llewelyn", None)  # OFFICIAL-SENSITIVE, then a SECRET item
    chair.cases.add_item(raised, agency="Security service", text="s", marking=Marking.SECRET)
    chair.cases.add_item(raised, agency="Police", text="o", marking=Marking.OFFICIAL)
    own = _case(chair, "Carys Hughes", None, marking=Marking.SECRET)  # SECRET, items below
    chair.cases.add_item(own, agency="Police", text="o", marking=Marking.OFFICIAL)
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    service.set_agenda(meeting.id, [raised, own])
    source = service.pack_source(meeting.id)
    assert [c.record_marking for c in source.cases] == [
        Marking.OFFICIAL_SENSITIVE,
        Marking.SECRET,
    ]
    copy = copy_content(source, _member(Marking.OFFICIAL_SENSITIVE), PackVariant.FULL)
    assert [c.case.ref for c in copy.cases] == [raised]
    assert (copy.withheld_cases, copy.withheld_items, copy.marking) == (
        1,
        1,
        Marking.OFFICIAL_SENSITIVE,
    )
    assert [i.text for i in copy.cases[0].items] == ["o"]
    assert all(r.kind != "item" or r.summary.endswith("o") for r in copy.cases[0].chronology)
    top = copy_content(source, _member(Marking.SECRET), PackVariant.FULL)
    assert (top.withheld_cases, top.withheld_items, top.marking) == (0, 0, Marking.SECRET)
    low = copy_content(source, _member(Marking.OFFICIAL), PackVariant.FULL)
    assert (low.cases, low.withheld_cases, low.marking) == ((), 2, Marking.OFFICIAL)


def test_a_case_opened_at_secret_stays_secret_whatever_its_items(chair: Session) -> None:
    """The record's own marking is stored when the case is opened, so a SECRET case that
    also holds SECRET items is never taken for a lower one and shown in part."""
    opened_secret = _case(chair, "Ffion Vaughan", None, marking=Marking.SECRET)
    chair.cases.add_item(opened_secret, agency="Security service", text="s", marking=Marking.SECRET)
    service = MeetingService(chair)
    meeting = service.add_meeting("Panel", DAY)
    service.set_agenda(meeting.id, [opened_secret])
    source = service.pack_source(meeting.id)
    assert [c.record_marking for c in source.cases] == [Marking.SECRET]
    copy = copy_content(source, _member(Marking.OFFICIAL_SENSITIVE), PackVariant.FULL)
    assert (copy.cases, copy.withheld_cases) == ((), 1)
