"""One unit of work: a change made of other changes commits whole or not at all, and a
refusal met inside it is recorded even though the work it stopped is rolled back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.access import Permission
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, Outcome
from securedesk.core.domain import Person
from securedesk.core.errors import CaseAboveClearance, JustificationRequired
from securedesk.core.markings import Marking
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnCase, OnObject

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest


@pytest.fixture
def oscar(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)  # officer and chair, SECRET
    yield s
    s.lock()


def _case(s: Session, marking: Marking = Marking.OFFICIAL_SENSITIVE) -> str:
    return s.cases.add_case(
        [Person("Rhys", "Llewelyn", None)],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
        marking=marking,
    ).ref


def _events(s: Session) -> list[audit.AuditEvent]:
    return list(audit.iter_events(s.vault.conn))


def test_a_change_inside_a_change_commits_with_it_or_not_at_all(oscar: Session) -> None:
    ref = _case(oscar)
    before = content_digest(oscar.vault.conn)
    events_before = len(_events(oscar))
    with (
        pytest.raises(RuntimeError),
        oscar.change(
            Category.ADMINISTRATION,
            AuditAction.POLICY_CHANGED,
            OnObject("policy", "outer"),
            permission=Permission.VIEW_CASES,
        ),
    ):
        oscar.cases.add_item(ref, agency="Police", text="Seen at the station", author="PC")
        raise RuntimeError("the outer work fails after the inner change")
    assert content_digest(oscar.vault.conn) == before
    assert len(_events(oscar)) == events_before  # neither the item's event nor the outer one
    assert audit.verify(oscar.vault.conn).ok


def test_a_refusal_inside_a_unit_of_work_outlives_the_rollback(vault: Path, oscar: Session) -> None:
    secret = _case(oscar, Marking.SECRET)
    oscar.lock()
    olivia = Session.sign_in(vault, "olivia", OFFICER_PASS)  # OFFICIAL-SENSITIVE
    try:
        before = content_digest(olivia.vault.conn)
        with (
            pytest.raises(CaseAboveClearance),
            olivia.change(
                Category.ADMINISTRATION,
                AuditAction.POLICY_CHANGED,
                OnObject("policy", "outer"),
                permission=Permission.VIEW_CASES,
            ),
        ):
            olivia.cases.add_item(secret, agency="Police", text="x", justification="asked")
        assert content_digest(olivia.vault.conn) == before
        last = _events(olivia)[-1]
        assert (last.action, last.outcome, last.user) == (
            "refused: above clearance",
            Outcome.REFUSED.value,
            "olivia",
        )
        assert audit.verify(olivia.vault.conn).ok
    finally:
        olivia.lock()


def test_an_action_agreed_at_a_meeting_is_one_unit_of_work(
    oscar: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    ref = _case(oscar)
    meetings = MeetingService(oscar)
    meeting = meetings.add_meeting("Panel", date(2026, 3, 4))
    meetings.set_agenda(meeting.id, [ref])
    before = content_digest(oscar.vault.conn)
    events_before = len(_events(oscar))

    def link_fails(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(meetings.store, "link_meeting_action", link_fails)
    with pytest.raises(OSError):
        meetings.agree_action(
            meeting.id, ref, description="Mentoring", agency="Education", owner="Ms Ellis"
        )
    # Before, the action was added in a transaction of its own and stayed, unlinked.
    assert content_digest(oscar.vault.conn) == before
    assert len(_events(oscar)) == events_before
    monkeypatch.undo()
    action = meetings.agree_action(
        meeting.id, ref, description="Mentoring", agency="Education", owner="Ms Ellis"
    )
    added, agreed = _events(oscar)[-2:]
    assert (added.action, added.object_id) == ("action added", oscar.store.case_id_for_ref(ref))
    assert (agreed.action, agreed.object_id) == ("action agreed", meeting.id)
    assert json.loads(agreed.details) == {
        "case": oscar.store.case_id_for_ref(ref),
        "action": action.id,
    }


def test_the_block_refines_its_event_and_the_gate_still_refuses_first(
    vault: Path, oscar: Session
) -> None:
    ref = _case(oscar)
    with oscar.change(
        Category.COLLECTION,
        AuditAction.MINUTES_RECORDED,
        OnCase(ref),
        permission=Permission.EDIT_CASES,
    ) as tx:
        tx.category, tx.action = Category.ALTERATION, AuditAction.MINUTES_AMENDED
    last = _events(oscar)[-1]
    assert (last.category, last.action) == (Category.ALTERATION.value, "minutes amended")
    oscar.lock()
    olivia = Session.sign_in(vault, "olivia", OFFICER_PASS)
    try:
        entered = []
        with (
            pytest.raises(JustificationRequired),
            olivia.change(Category.COLLECTION, AuditAction.ITEM_ADDED, OnCase(ref)),
        ):
            entered.append(True)
        assert entered == []  # the block never ran
    finally:
        olivia.lock()
