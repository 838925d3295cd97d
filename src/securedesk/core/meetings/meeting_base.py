"""What the meeting services share: the session, the store, members, the default statement."""

from __future__ import annotations

from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import AuditAction, ComposedAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases.case_store import CaseRow
from securedesk.core.domain import (
    Action,
    CaseStatus,
    Meeting,
    MeetingMember,
)
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import (
    IssuedCopy,
)
from securedesk.core.meetings.pack_content import (
    DEFAULT_CONFIDENTIALITY_STATEMENT,
    UUID_PREFIX,
    folded,
)
from securedesk.core.session import Session
from securedesk.core.unit_of_work import OnCase, OnObject, UnitOfWork

# --- what the service returns ----------------------------------------------------------


@dataclass(frozen=True)
class AgendaEntry:
    position: int  # from 1
    case_id: str
    ref: str
    subjects: str
    is_child: bool  # a subject is under 18 on the meeting date
    status: CaseStatus
    marking: Marking
    decision_sought: str


@dataclass(frozen=True)
class Minutes:
    case_id: str
    ref: str
    discussion: str
    decision: str
    rationale: str
    dissent: str
    recorded_by: str
    recorded_at: str


@dataclass(frozen=True)
class AgreedAction:
    ref: str
    action: Action


@dataclass(frozen=True)
class OutstandingAction:
    """An agenda case's action still to be done (open or in progress), flagged when its
    due date has passed."""

    ref: str
    action: Action
    overdue: bool


@dataclass(frozen=True)
class MeetingDetails:
    meeting: Meeting
    statement: str  # the meeting's own, or the default
    members: list[MeetingMember]
    agenda: list[AgendaEntry]
    withheld_cases: int  # agenda cases above the viewer's clearance, not listed
    minutes: list[Minutes]
    actions: list[AgreedAction]
    copies: list[IssuedCopy]
    withheld_minutes: int = 0  # agenda cases the viewer may not open: their minutes not shown
    # The actions outstanding on each agenda case shown, in agenda order then due date.
    outstanding: tuple[OutstandingAction, ...] = ()


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting
    members: int
    agenda_cases: int  # those the user may see
    copies_outstanding: int
    agenda_refs: tuple[str, ...] = ()  # the references of those cases, in agenda order


@dataclass(frozen=True)
class ReviewDue:
    row: CaseRow
    last_discussed: date | None  # the last meeting that had the case on its agenda
    next_scheduled: date | None  # a later meeting that already has it
    waiting_since: date  # last discussed, or referred


@dataclass(frozen=True)
class IssueResult:
    copy: IssuedCopy
    member: MeetingMember
    path: Path | None  # where the copy was written; None when issued in memory (to print)
    data: bytes | None  # the document, when issued in memory
    withheld_items: int
    withheld_cases: int


class MeetingBase:
    """Meetings for one signed-in user: the parts both services use."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    @property
    def _me(self) -> str:
        return self.session.vault.user

    def _change(
        self,
        category: Category,
        action: AuditAction | ComposedAction,
        meeting_id: str,
        details: dict[str, Any] | None = None,
        *,
        permission: Permission = Permission.MANAGE_MEETINGS,
    ) -> AbstractContextManager[UnitOfWork]:
        """A change to a meeting: the permission, one transaction and its audit event."""
        return self.session.change(
            category,
            action,
            OnObject("meeting", meeting_id),
            permission=permission,
            details=details,
        )

    def members(self, meeting_id: str) -> list[MeetingMember]:
        self.session.require(Permission.VIEW_CASES)
        return self.store.meeting_members(self.store.meeting_id(meeting_id))

    def _find_member(self, meeting_id: str, who: str) -> MeetingMember:
        members = self.store.meeting_members(meeting_id)
        key = who.strip()
        if not key:
            raise InvalidInput(ErrorKind.MEETING_MEMBER_NOT_NAMED)
        by_id = [m for m in members if m.id == key]
        if not by_id and UUID_PREFIX.match(key.lower()):
            by_id = [m for m in members if m.id.startswith(key.lower())]
        found = by_id or [m for m in members if folded(m.name) == folded(key)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(ErrorKind.MEETING_MEMBER_NOT_FOUND, meeting_id=meeting_id, member=key)
        raise InvalidInput(
            ErrorKind.MEETING_MEMBER_AMBIGUOUS,
            member=key,
            count=len(found),
            meeting_id=meeting_id,
            member_ids=", ".join(m.id for m in found),
        )

    def default_statement(self) -> str:
        # A policy key for the statement would belong in session.DEFAULT_POLICY; until one
        # exists, the text here is the default.
        return self.session.policy().get(
            "confidentiality_statement", DEFAULT_CONFIDENTIALITY_STATEMENT
        )


def on_duty(ref: str, purpose: str, case_id: str = "") -> OnCase:
    """A case the chair's own duty needs (on an agenda, in a pack): no justification is
    asked, the grounds are recorded as duty, and clearance and ceiling still hold."""
    return OnCase(ref.strip(), case_id=case_id, duty=True, purpose=purpose)
