"""Panel meetings: planning, agenda, attendance, minutes, cases due for review, and the rule
for what each numbered pack copy may show its recipient; issuing copies into the register.

The service works for a signed-in `Session`: each call checks the user's rights, and each
change is one transaction holding its audit event. Documents are drawn by a `PackRenderer`
(the `securedesk.packs` package implements it); this module decides what goes into them.

What a copy shows its recipient (a panel member):

- An item is left out when its marking is above the member's clearance, or when one of its
  handling caveats does not allow the panel: "not for panel" never does; "police only" and
  "health only" allow members of that agency; "originator consent before onward disclosure"
  allows only the originating agency's members (no consent is recorded in the vault); any
  other caveat, being unknown, is treated as forbidding. "not for disclosure to subject"
  does not restrict the panel.
- A case's own record (reference, subjects, chronology entries, assessment, actions,
  decisions) carries the marking the case was opened at (`cases.record_marking`); the case's
  marking rises with its items, the record's does not. A case whose record is above the
  member's clearance is left out whole; otherwise only the items above them are.
- Each case and the agenda state how many items (and cases) were withheld; a copy carries the
  highest marking of what it shows.

A member must be given a clearance: one without security vetting is added as OFFICIAL (the
baseline), never left blank, so nothing is shown to someone whose clearance is unknown.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from securedesk.core.access import Permission, Role, permissions_of
from securedesk.core.atomic_file import staged_file
from securedesk.core.audit import chain as audit
from securedesk.core.audit.chain import Category, Outcome, now_utc
from securedesk.core.cases.assessment_framework import FactorChange, changes_since
from securedesk.core.cases.case_store import CaseRow, ChronologyRow
from securedesk.core.domain import (
    Action,
    ActionStatus,
    Assessment,
    CaseStatus,
    ConsentStatus,
    Meeting,
    MeetingMember,
    Person,
    new_id,
)
from securedesk.core.errors import AboveClearance, InvalidInput, NotFound
from securedesk.core.markings import Marking, highest
from securedesk.core.meetings.copy_register import (
    CopyStatus,
    IssuedCopy,
    PackVariant,
    check_copy_transition,
)
from securedesk.core.session import Session
from securedesk.core.vault import database

DEFAULT_CONFIDENTIALITY_STATEMENT = (
    "This pack is provided to members of the panel for this meeting only. It holds personal "
    "and sensitive information shared under the multi-agency information-sharing agreement. "
    "Do not copy, photograph, forward or discuss it outside the panel. It is a numbered copy "
    "entered in the copy register: keep it secure, and return it to the chair or destroy it "
    "securely as the chair directs. Report a lost copy to the chair at once."
)
REVIEW_INTERVAL_MONTHS = 12
MAX_TITLE_CHARS = 200
MAX_STATEMENT_CHARS = 5_000
MAX_MINUTES_CHARS = 20_000
MAX_AGENDA_CASES = 200
ATTENDANCE = ("invited", "attended", "apologies")

# Handling caveats (compared without case or extra spaces) and what they allow the panel.
CAVEATS_PANEL_MAY_SEE = frozenset({"not for disclosure to subject"})
CAVEATS_FOR_ONE_AGENCY = {"police only": "police", "health only": "health"}
CAVEAT_ORIGINATOR_CONSENT = "originator consent before onward disclosure"

DEFAULT_DECISION_SOUGHT = {
    CaseStatus.REFERRAL: "Agree whether the panel adopts the case and what it needs to know.",
    CaseStatus.INFORMATION_GATHERING: "Agree what further information is needed, and from whom.",
    CaseStatus.ASSESSMENT: "Consider the assessment and agree whether support is offered.",
    CaseStatus.PANEL: "Agree a support plan and who delivers it.",
    CaseStatus.SUPPORT_PLAN: "Review progress against the support plan.",
    CaseStatus.REVIEW: "Decide whether to continue, change the plan, or close the case.",
    CaseStatus.CLOSED: "Note the closure and any final actions.",
}

Progress = Callable[[int, int], None]


def _clean(value: str, what: str, limit: int, *, required: bool = True) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} cannot be empty.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters.")
    return value


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day where that day does not exist)."""
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


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
class MeetingDetails:
    meeting: Meeting
    statement: str  # the meeting's own, or the default
    members: list[MeetingMember]
    agenda: list[AgendaEntry]
    withheld_cases: int  # agenda cases above the viewer's clearance, not listed
    minutes: list[Minutes]
    actions: list[AgreedAction]
    copies: list[IssuedCopy]


@dataclass(frozen=True)
class MeetingSummary:
    meeting: Meeting
    members: int
    agenda_cases: int
    copies_outstanding: int


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


# --- what a pack is made from --------------------------------------------------------


@dataclass(frozen=True)
class PackItem:
    id: str
    item_date: date
    agency: str
    marking: Marking
    grading: str  # source and information grades, e.g. "B2"
    caveats: tuple[str, ...]
    text: str
    superseded: bool


@dataclass(frozen=True)
class PreviousDecision:
    meeting_title: str
    meeting_date: date
    decision: str
    rationale: str
    dissent: str


@dataclass(frozen=True)
class DomainScore:
    name: str
    total: int
    maximum: int


@dataclass(frozen=True)
class RiskSummary:
    assessed_on: date
    assessor: str
    summary: str
    domains: tuple[DomainScore, ...]
    changes: tuple[FactorChange, ...]  # since the previous assessment (all factors if first)
    first: bool  # no earlier assessment to compare with
    scale_labels: dict[int, str] = field(default_factory=dict)

    @property
    def trend(self) -> str:
        if self.first:
            return "first assessment"
        ups = sum(1 for c in self.changes if c.direction == "up")
        downs = sum(1 for c in self.changes if c.direction == "down")
        if not ups and not downs:
            return "no change since the previous assessment"
        return f"{ups} factor(s) up, {downs} down since the previous assessment"


@dataclass(frozen=True)
class PackCase:
    """Everything a pack may say about one agenda case, before any recipient's filter."""

    position: int
    case_id: str
    ref: str
    status: CaseStatus
    case_marking: Marking
    referral_source: str
    referral_date: date
    owner: str
    consent: ConsentStatus
    next_review: date | None
    subjects: tuple[Person, ...]
    is_child: bool
    items: tuple[PackItem, ...]
    chronology: tuple[ChronologyRow, ...]
    actions: tuple[Action, ...]
    risk: RiskSummary | None
    latest_assessment: Assessment | None
    previous_decisions: tuple[PreviousDecision, ...]
    decision_sought: str

    record_marking: Marking = Marking.SECRET  # the case's own record (see the note above)


@dataclass(frozen=True)
class PackSource:
    meeting: Meeting
    chair: str  # the chair's display name
    organisation: str
    statement: str
    members: tuple[MeetingMember, ...]
    cases: tuple[PackCase, ...]  # in agenda order


@dataclass(frozen=True)
class CaseInCopy:
    case: PackCase
    items: tuple[PackItem, ...]
    chronology: tuple[ChronologyRow, ...]
    withheld_items: int
    marking: Marking  # the highest of what this copy shows of the case


@dataclass(frozen=True)
class CopyContent:
    """What one recipient's copy shows. Copies with equal `layout_key` differ only in their
    copy number and recipient, so a renderer may lay their pages out once."""

    source: PackSource
    recipient: MeetingMember
    variant: PackVariant
    cases: tuple[CaseInCopy, ...]
    withheld_cases: int
    withheld_items: int  # in the cases shown
    marking: Marking

    @property
    def layout_key(self) -> tuple[Any, ...]:
        return (
            self.source.meeting.id,
            self.variant,
            self.marking,
            self.withheld_cases,
            tuple((c.case.case_id, tuple(i.id for i in c.items)) for c in self.cases),
        )


@dataclass(frozen=True)
class RenderedPack:
    data: bytes
    pages: int


class PackRenderer(Protocol):
    """Draws a copy as a PDF in memory (implemented by securedesk.packs)."""

    def render(self, content: CopyContent, copy_number: int) -> RenderedPack: ...


def withheld_from(item: PackItem, member: MeetingMember) -> bool:
    """Whether `member`'s copy leaves `item` out (see the module's note)."""
    if item.marking > member.clearance:
        return True
    agency = _norm(member.agency)
    for caveat in item.caveats:
        norm = _norm(caveat)
        if norm in CAVEATS_PANEL_MAY_SEE:
            continue
        if norm in CAVEATS_FOR_ONE_AGENCY and agency == CAVEATS_FOR_ONE_AGENCY[norm]:
            continue
        if norm == CAVEAT_ORIGINATOR_CONSENT and agency == _norm(item.agency):
            continue
        return True
    return False


def copy_content(source: PackSource, member: MeetingMember, variant: PackVariant) -> CopyContent:
    """What `member`'s copy may show, case by case."""
    shown: list[CaseInCopy] = []
    withheld_cases = 0
    for case in source.cases:
        if case.record_marking > member.clearance:
            withheld_cases += 1
            continue
        items = tuple(i for i in case.items if not withheld_from(i, member))
        visible = {i.id for i in items}
        chronology = tuple(r for r in case.chronology if r.kind != "item" or r.source_id in visible)
        marking = highest([case.record_marking, *(i.marking for i in items)])
        shown.append(CaseInCopy(case, items, chronology, len(case.items) - len(items), marking))
    return CopyContent(
        source=source,
        recipient=member,
        variant=variant,
        cases=tuple(shown),
        withheld_cases=withheld_cases,
        withheld_items=sum(c.withheld_items for c in shown),
        marking=highest(c.marking for c in shown),
    )


CHRONOLOGY_ITEM_CHARS = 200


def _chronology(
    rows: Sequence[ChronologyRow], items: Sequence[PackItem], meeting_id: str
) -> list[ChronologyRow]:
    """A case's chronology for a pack: not the meeting itself, and each item's line cut at a
    word with an ellipsis rather than mid-word."""
    text = {i.id: (i.agency, i.text) for i in items}
    result = []
    for r in rows:
        if r.kind == "meeting" and r.source_id == meeting_id:
            continue
        if r.kind == "item" and r.source_id in text:
            agency, body = text[r.source_id]
            body = " ".join(body.split())
            if len(body) > CHRONOLOGY_ITEM_CHARS:
                cut = body[:CHRONOLOGY_ITEM_CHARS].rsplit(" ", 1)[0] or body[:CHRONOLOGY_ITEM_CHARS]
                body = cut + " …"
            r = ChronologyRow(r.on, r.kind, f"{agency}: {body}", r.source_id)
        result.append(r)
    return result


def copy_file_name(meeting: Meeting, copy_number: int, variant: PackVariant) -> str:
    """Meeting date, meeting id prefix and copy number: no personal data in a file name."""
    kind = "summary" if variant is PackVariant.SUMMARY else "pack"
    return f"{kind}-{meeting.meeting_date.isoformat()}-{meeting.id[:8]}-copy-{copy_number:03d}.pdf"


_UUIDISH = re.compile(r"^[0-9a-f-]{8,36}$")


class MeetingService:
    """Meetings and their packs for one signed-in user."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    @property
    def _me(self) -> str:
        return self.session.vault.user

    def _record(
        self,
        category: Category,
        action: str,
        meeting_id: str,
        details: dict[str, Any] | None = None,
    ) -> None:
        audit.record(
            self.session.vault.conn,
            user=self._me,
            category=category,
            action=action,
            object_type="meeting",
            object_id=meeting_id,
            details=details,
        )

    # -- planning -------------------------------------------------------------------

    def add_meeting(
        self,
        title: str,
        meeting_date: date,
        *,
        chair: str | None = None,
        place: str = "",
        statement: str = "",
        next_meeting: date | None = None,
    ) -> Meeting:
        self.session.require(Permission.MANAGE_MEETINGS)
        chair = (chair or self._me).strip()
        chair_user = self.store.get_user(chair)
        if chair_user.disabled:
            raise InvalidInput(f"User '{chair}' is disabled and cannot chair a meeting.")
        if Permission.MANAGE_MEETINGS not in permissions_of(chair_user.roles):
            raise InvalidInput(
                f"User '{chair}' does not have the {Role.CHAIR.value} role, so cannot chair a "
                "meeting. Ask an administrator to add it, or name another chair."
            )
        if next_meeting is not None and next_meeting <= meeting_date:
            raise InvalidInput("The next meeting must come after this one.")
        meeting = Meeting(
            title=_clean(title, "The meeting's title", MAX_TITLE_CHARS),
            meeting_date=meeting_date,
            chair=chair,
            place=_clean(place, "The place", MAX_TITLE_CHARS, required=False),
            confidentiality_statement=_clean(
                statement, "The confidentiality statement", MAX_STATEMENT_CHARS, required=False
            ),
            next_meeting=next_meeting,
        )
        with database.transaction(self.session.vault.conn):
            self.store.add_meeting(meeting, now_utc())
            self._record(
                Category.COLLECTION,
                "meeting added",
                meeting.id,
                {"date": meeting_date.isoformat(), "chair": chair},
            )
        return meeting

    def get_meeting(self, meeting_id: str) -> Meeting:
        self.session.require(Permission.VIEW_CASES)
        return self.store.get_meeting(meeting_id.strip())

    def update_meeting(
        self,
        meeting_id: str,
        *,
        place: str | None = None,
        statement: str | None = None,
        next_meeting: date | None = None,
        clear_next_meeting: bool = False,
    ) -> Meeting:
        """Change the place, the confidentiality statement ('' for the default) or the next
        meeting's date."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        if next_meeting is not None and next_meeting <= meeting.meeting_date:
            raise InvalidInput("The next meeting must come after this one.")
        new_place = (
            meeting.place
            if place is None
            else _clean(place, "The place", MAX_TITLE_CHARS, required=False)
        )
        new_statement = (
            meeting.confidentiality_statement
            if statement is None
            else _clean(
                statement, "The confidentiality statement", MAX_STATEMENT_CHARS, required=False
            )
        )
        new_next = None if clear_next_meeting else (next_meeting or meeting.next_meeting)
        with database.transaction(self.session.vault.conn):
            self.store.set_meeting_details(meeting.id, new_place, new_statement, new_next)
            self._record(
                Category.ALTERATION,
                "meeting details changed",
                meeting.id,
                {
                    "place": place is not None,
                    "statement": statement is not None,
                    "next_meeting": new_next.isoformat() if new_next else "",
                },
            )
        return self.store.get_meeting(meeting.id)

    def add_member(
        self, meeting_id: str, name: str, agency: str, clearance: Marking | None
    ) -> MeetingMember:
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        if clearance is None:
            raise InvalidInput(
                "A member needs a clearance (OFFICIAL, OFFICIAL-SENSITIVE or SECRET): it "
                "decides what their copy shows. Give OFFICIAL for a member without security "
                "vetting."
            )
        member = MeetingMember(
            meeting_id=meeting.id,
            name=_clean(name, "The member's name", MAX_TITLE_CHARS),
            agency=_clean(agency, "The member's agency", MAX_TITLE_CHARS),
            clearance=clearance,
        )
        existing = {
            (_norm(m.name), _norm(m.agency)) for m in self.store.meeting_members(meeting.id)
        }
        if (_norm(member.name), _norm(member.agency)) in existing:
            raise InvalidInput(
                f"{member.name} ({member.agency}) is already a member of this meeting."
            )
        with database.transaction(self.session.vault.conn):
            self.store.add_meeting_member(member)
            self._record(
                Category.COLLECTION,
                "meeting member added",
                meeting.id,
                {"member": member.id, "clearance": clearance.value},
            )
        return member

    def find_member(self, meeting_id: str, who: str) -> MeetingMember:
        """A member of the meeting by id (or its first characters) or by exact name."""
        self.session.require(Permission.VIEW_CASES)
        return self._find_member(self.store.get_meeting(meeting_id.strip()).id, who)

    def _find_member(self, meeting_id: str, who: str) -> MeetingMember:
        members = self.store.meeting_members(meeting_id)
        key = who.strip()
        if not key:
            raise InvalidInput("Name a member by id or name.")
        by_id = [m for m in members if m.id == key]
        if not by_id and _UUIDISH.match(key.lower()):
            by_id = [m for m in members if m.id.startswith(key.lower())]
        found = by_id or [m for m in members if _norm(m.name) == _norm(key)]
        if len(found) == 1:
            return found[0]
        if not found:
            raise NotFound(
                f"Meeting {meeting_id} has no member '{key}'. 'securedesk meeting show "
                f"{meeting_id}' lists them."
            )
        raise InvalidInput(
            f"'{key}' names {len(found)} members of meeting {meeting_id}; use a member id: "
            + ", ".join(m.id for m in found)
        )

    def set_attendance(self, meeting_id: str, member: str, attendance: str) -> MeetingMember:
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        value = attendance.strip().lower()
        if value not in ATTENDANCE:
            raise InvalidInput(
                f"'{attendance}' is not an attendance; use one of {', '.join(ATTENDANCE)}."
            )
        found = self._find_member(meeting.id, member)
        with database.transaction(self.session.vault.conn):
            self.store.set_member_attendance(found.id, value)
            self._record(
                Category.ALTERATION,
                "attendance recorded",
                meeting.id,
                {"member": found.id, "attendance": value},
            )
        return self.store.get_meeting_member(found.id)

    # -- agenda ---------------------------------------------------------------------

    def _case_is_child(self, case_id: str, on: date) -> bool:
        record = self.store.get_case(case_id)
        return any(p.is_child_on(on) for p in record.subjects)

    def set_agenda(
        self, meeting_id: str, refs: Sequence[str], *, children_first: bool = True
    ) -> list[AgendaEntry]:
        """Put cases on the agenda, replacing what was there. Children's cases come first
        (in the order given) unless `children_first` is False: then the order given stands."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        cleaned = [r.strip() for r in refs if r.strip()]
        if len(cleaned) > MAX_AGENDA_CASES:
            raise InvalidInput(f"An agenda holds at most {MAX_AGENDA_CASES} cases.")
        seen: set[str] = set()
        for ref in cleaned:
            if ref in seen:
                raise InvalidInput(f"Case {ref} is given twice.")
            seen.add(ref)
        clearance = self.session.user.clearance
        case_ids: list[str] = []
        for ref in cleaned:
            case_id = self.store.case_id_for_ref(ref)
            marking = self.store.case_row(case_id).marking
            if marking > clearance:
                self._refuse(meeting.id, "refused: agenda case above clearance", case_id)
                raise AboveClearance(marking.value, clearance.value)
            case_ids.append(case_id)
        if children_first:
            child = {cid: self._case_is_child(cid, meeting.meeting_date) for cid in case_ids}
            case_ids.sort(key=lambda cid: not child[cid])  # stable: given order otherwise
        with database.transaction(self.session.vault.conn):
            self.store.set_agenda(meeting.id, case_ids)
            self._record(
                Category.ALTERATION,
                "agenda set",
                meeting.id,
                {"cases": case_ids, "children_first": children_first},
            )
        return self._agenda(meeting)[0]

    def move_on_agenda(self, meeting_id: str, ref: str, position: int) -> list[AgendaEntry]:
        """Move one case to `position` (from 1); the others keep their order."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_ids = self.store.agenda(meeting.id)
        case_id = self.store.case_id_for_ref(ref.strip())
        if case_id not in case_ids:
            raise InvalidInput(f"Case {ref.strip()} is not on the agenda of meeting {meeting.id}.")
        if not 1 <= position <= len(case_ids):
            raise InvalidInput(f"The position is 1 to {len(case_ids)}.")
        case_ids.remove(case_id)
        case_ids.insert(position - 1, case_id)
        with database.transaction(self.session.vault.conn):
            self.store.set_agenda(meeting.id, case_ids)
            self._record(
                Category.ALTERATION,
                "agenda reordered",
                meeting.id,
                {"case": case_id, "position": position},
            )
        return self._agenda(meeting)[0]

    def set_decision_sought(self, meeting_id: str, ref: str, text: str) -> None:
        """What the panel is asked to decide on a case ('' for the default of its status)."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_id = self.store.case_id_for_ref(ref.strip())
        if case_id not in self.store.agenda(meeting.id):
            raise InvalidInput(f"Case {ref.strip()} is not on the agenda of meeting {meeting.id}.")
        value = _clean(text, "The decision sought", 2000, required=False)
        with database.transaction(self.session.vault.conn):
            self.store.set_decision_sought(meeting.id, case_id, value)
            self._record(Category.ALTERATION, "decision sought set", meeting.id, {"case": case_id})

    def agenda(self, meeting_id: str) -> tuple[list[AgendaEntry], int]:
        """The agenda as the user may see it, and how many cases were left out of it
        because they are marked above the user's clearance."""
        self.session.require(Permission.VIEW_CASES)
        return self._agenda(self.store.get_meeting(meeting_id.strip()))

    def _agenda(self, meeting: Meeting) -> tuple[list[AgendaEntry], int]:
        clearance = self.session.user.clearance
        sought = self.store.decisions_sought(meeting.id)
        entries: list[AgendaEntry] = []
        withheld = 0
        for n, case_id in enumerate(self.store.agenda(meeting.id), start=1):
            row = self.store.case_row(case_id)
            if row.marking > clearance:
                withheld += 1
                continue
            entries.append(
                AgendaEntry(
                    position=n,
                    case_id=case_id,
                    ref=row.ref,
                    subjects=row.subjects,
                    is_child=self._case_is_child(case_id, meeting.meeting_date),
                    status=row.status,
                    marking=row.marking,
                    decision_sought=sought.get(case_id) or DEFAULT_DECISION_SOUGHT[row.status],
                )
            )
        return entries, withheld

    # -- reading ----------------------------------------------------------------------

    def list_meetings(self) -> list[MeetingSummary]:
        """Newest first."""
        self.session.require(Permission.VIEW_CASES)
        outstanding: dict[str, int] = {}
        for c in self.store.issued_copies(status=CopyStatus.ISSUED):
            outstanding[c.meeting_id] = outstanding.get(c.meeting_id, 0) + 1
        return [
            MeetingSummary(
                meeting=m,
                members=len(self.store.meeting_members(m.id)),
                agenda_cases=len(self.store.agenda(m.id)),
                copies_outstanding=outstanding.get(m.id, 0),
            )
            for m in self.store.list_meetings()
        ]

    def details(self, meeting_id: str) -> MeetingDetails:
        self.session.require(Permission.VIEW_CASES)
        meeting = self.store.get_meeting(meeting_id.strip())
        agenda, withheld = self._agenda(meeting)
        shown = {e.case_id: e.ref for e in agenda}
        actions: list[AgreedAction] = []
        by_case: dict[str, dict[str, Action]] = {}
        for case_id, action_id in self.store.meeting_action_ids(meeting.id):
            if case_id not in shown:
                continue
            if case_id not in by_case:
                by_case[case_id] = {a.id: a for a in self.store.actions_for_case(case_id)}
            action = by_case[case_id].get(action_id)
            if action is not None:
                actions.append(AgreedAction(shown[case_id], action))
        return MeetingDetails(
            meeting=meeting,
            statement=meeting.confidentiality_statement or self.default_statement(),
            members=self.store.meeting_members(meeting.id),
            agenda=agenda,
            withheld_cases=withheld,
            minutes=[m for m in self._minutes(meeting.id) if m.case_id in shown],
            actions=actions,
            # The register is the chairs' (see copies()); others see no copies here.
            copies=(
                self.store.issued_copies(meeting.id)
                if Permission.MANAGE_MEETINGS in self.session.permissions
                else []
            ),
        )

    def default_statement(self) -> str:
        # A policy key for the statement would belong in session.DEFAULT_POLICY; until one
        # exists, the text here is the default.
        return self.session.policy().get(
            "confidentiality_statement", DEFAULT_CONFIDENTIALITY_STATEMENT
        )

    # -- during and after the meeting -------------------------------------------------

    def record_minutes(
        self,
        meeting_id: str,
        ref: str,
        *,
        discussion: str = "",
        decision: str = "",
        rationale: str = "",
        dissent: str = "",
    ) -> Minutes:
        """The minutes of one agenda case (replacing any recorded before)."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_id = self._agenda_case(meeting, ref)
        texts = (
            _clean(discussion, "The discussion", MAX_MINUTES_CHARS, required=False),
            _clean(decision, "The decision", MAX_MINUTES_CHARS, required=False),
            _clean(rationale, "The rationale", MAX_MINUTES_CHARS, required=False),
            _clean(dissent, "The dissent", MAX_MINUTES_CHARS, required=False),
        )
        if not any(texts):
            raise InvalidInput(
                "Minutes need at least one of: discussion, decision, rationale, dissent."
            )
        now = now_utc()
        with database.transaction(self.session.vault.conn):
            replaced = self.store.save_minutes(meeting.id, case_id, texts, self._me, now)
            self._record(
                Category.ALTERATION if replaced else Category.COLLECTION,
                "minutes amended" if replaced else "minutes recorded",
                meeting.id,
                {"case": case_id},
            )
        return Minutes(case_id, ref.strip(), *texts, self._me, now)

    def _agenda_case(self, meeting: Meeting, ref: str) -> str:
        case_id = self.store.case_id_for_ref(ref.strip())
        if case_id not in self.store.agenda(meeting.id):
            raise InvalidInput(
                f"Case {ref.strip()} is not on the agenda of meeting {meeting.id}; put it "
                "there first ('securedesk meeting agenda')."
            )
        marking = self.store.case_row(case_id).marking
        clearance = self.session.user.clearance
        if marking > clearance:
            raise AboveClearance(marking.value, clearance.value)
        return case_id

    def minutes(self, meeting_id: str) -> list[Minutes]:
        return self.details(meeting_id).minutes

    def _minutes(self, meeting_id: str) -> list[Minutes]:
        refs = {}
        result = []
        for case_id, *texts in self.store.minutes_for_meeting(meeting_id):
            if case_id not in refs:
                refs[case_id] = self.store.case_row(case_id).ref
            result.append(Minutes(case_id, refs[case_id], *texts))
        return result

    def agree_action(
        self,
        meeting_id: str,
        ref: str,
        *,
        description: str,
        agency: str,
        owner: str,
        due_date: date | None = None,
    ) -> Action:
        """An action the meeting agreed: it joins the case's support plan (as any action
        does, with its own audit event), then is recorded as this meeting's."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_id = self._agenda_case(meeting, ref)
        action = self.session.add_action(ref.strip(), description, agency, owner, due_date)
        with database.transaction(self.session.vault.conn):
            self.store.link_meeting_action(meeting.id, case_id, action.id, now_utc())
            self._record(
                Category.COLLECTION,
                "action agreed",
                meeting.id,
                {"case": case_id, "action": action.id},
            )
        return action

    # -- cases due for review ---------------------------------------------------------

    def cases_due_review(
        self, *, today: date | None = None, months: int = REVIEW_INTERVAL_MONTHS
    ) -> list[ReviewDue]:
        """Open cases no meeting has discussed for `months` months (or, never discussed,
        referred that long ago), longest waiting first: candidates for an agenda."""
        self.session.require(Permission.VIEW_CASES)
        if not 1 <= months <= 120:
            raise InvalidInput("The review interval is 1 to 120 months.")
        today = today or date.today()
        rows = self.store.cases_not_reviewed_since(
            months_before(today, months), today, self.session.user.clearance
        )
        return [ReviewDue(*r) for r in rows]

    # -- packs ------------------------------------------------------------------------

    def _refuse(self, meeting_id: str, action: str, case_id: str) -> None:
        with database.transaction(self.session.vault.conn) as conn:
            audit.record(
                conn,
                user=self._me,
                category=Category.CONSULTATION,
                action=action,
                object_type="meeting",
                object_id=meeting_id,
                outcome=Outcome.REFUSED,
                details={"case": case_id},
            )

    def pack_source(self, meeting_id: str) -> PackSource:
        """Everything the meeting's packs may show, read once for all copies. The user must
        be cleared for every case on the agenda: nobody issues what they may not read."""
        self.session.require(Permission.PRINT, object_type="meeting", object_id=meeting_id)
        meeting = self.store.get_meeting(meeting_id.strip())
        clearance = self.session.user.clearance
        case_ids = self.store.agenda(meeting.id)
        for case_id in case_ids:
            marking = self.store.case_row(case_id).marking
            if marking > clearance:
                self._refuse(meeting.id, "refused: pack case above clearance", case_id)
                raise AboveClearance(marking.value, clearance.value)
        sought = self.store.decisions_sought(meeting.id)
        cases = tuple(
            self._pack_case(n, case_id, meeting, sought.get(case_id, ""))
            for n, case_id in enumerate(case_ids, start=1)
        )
        try:
            chair = self.store.get_user(meeting.chair).display_name
        except NotFound:
            chair = meeting.chair
        organisation = self.store.vault_info().get("organisation", "")
        return PackSource(
            meeting=meeting,
            chair=chair,
            organisation=organisation,
            statement=meeting.confidentiality_statement or self.default_statement(),
            members=tuple(self.store.meeting_members(meeting.id)),
            cases=cases,
        )

    def _pack_case(self, position: int, case_id: str, meeting: Meeting, sought: str) -> PackCase:
        record = self.store.get_case(case_id)
        case = record.case
        items = tuple(
            PackItem(
                id=s.item.id,
                item_date=s.item.item_date,
                agency=s.item.agency,
                marking=s.item.marking,
                grading=s.item.source_grade + s.item.information_grade,
                caveats=tuple(s.item.caveats),
                text=s.item.text,
                superseded=s.superseded_by is not None,
            )
            for s in self.store.items_for_case(case_id)
        )
        assessments = self.store.assessments_for_case(case_id)
        risk = self._risk(assessments) if assessments else None
        previous = tuple(
            PreviousDecision(
                meeting_title=title,
                meeting_date=date.fromisoformat(on),
                decision=decision,
                rationale=rationale,
                dissent=dissent,
            )
            for _mid, title, on, decision, rationale, dissent in self.store.earlier_decisions(
                case_id, meeting.meeting_date
            )
        )
        return PackCase(
            position=position,
            case_id=case_id,
            ref=case.ref,
            status=case.status,
            case_marking=case.marking,
            record_marking=self.store.case_record_marking(case_id),
            referral_source=case.referral_source,
            referral_date=case.referral_date,
            owner=case.owner,
            consent=case.consent,
            next_review=case.next_review,
            subjects=tuple(record.subjects),
            is_child=any(p.is_child_on(meeting.meeting_date) for p in record.subjects),
            items=items,
            chronology=tuple(_chronology(self.store.chronology(case_id), items, meeting.id)),
            actions=tuple(self.store.actions_for_case(case_id)),
            risk=risk,
            latest_assessment=assessments[-1] if assessments else None,
            previous_decisions=previous,
            decision_sought=sought or DEFAULT_DECISION_SOUGHT[case.status],
        )

    def _risk(self, assessments: list[Assessment]) -> RiskSummary:
        framework = self.session.framework
        latest = assessments[-1]
        previous = assessments[-2] if len(assessments) > 1 else None
        domains = tuple(
            DomainScore(
                name=framework.domain_names[d],
                total=framework.domain_total(latest, d),
                maximum=framework.scale_max * sum(1 for f in framework.factors if f.domain == d),
            )
            for d in framework.domain_names
        )
        return RiskSummary(
            assessed_on=latest.assessed_on,
            assessor=latest.assessor,
            summary=latest.summary,
            domains=domains,
            changes=tuple(changes_since(framework, previous, latest)),
            first=previous is None,
            scale_labels=dict(framework.scale_labels),
        )

    def preview(
        self,
        meeting_id: str,
        member: str,
        renderer: PackRenderer,
        variant: PackVariant = PackVariant.FULL,
    ) -> tuple[RenderedPack, CopyContent]:
        """A member's copy drawn in memory for the chair to look at: not issued, not
        numbered (copy 0 stands for "preview"), written nowhere; recorded as a consultation."""
        source = self.pack_source(meeting_id)
        found = self._find_member(source.meeting.id, member)
        content = copy_content(source, found, variant)
        rendered = renderer.render(content, 0)
        with database.transaction(self.session.vault.conn):
            self._record(
                Category.CONSULTATION,
                "meeting pack previewed",
                source.meeting.id,
                {
                    "member": found.id,
                    "variant": variant.value,
                    "cases": [c.case.case_id for c in content.cases],
                },
            )
        return rendered, content

    def issue_copies(
        self,
        meeting_id: str,
        renderer: PackRenderer,
        *,
        members: Sequence[str] = (),
        variant: PackVariant = PackVariant.FULL,
        out_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> list[IssueResult]:
        """Issue one numbered copy per member (every member when none is named).

        With `out_dir`, each copy is written there atomically under a name holding only the
        meeting date and copy number; without it, the copies are returned in memory (to
        print). Each copy is entered in the register with the SHA-256 of its exact bytes and
        recorded as a disclosure, in one transaction with (for a file) its rename into place:
        a copy is on disk only if it is in the register.
        """
        source = self.pack_source(meeting_id)
        meeting = source.meeting
        if members:
            recipients = [self._find_member(meeting.id, m) for m in members]
        else:
            recipients = list(source.members)
        if not recipients:
            raise InvalidInput(
                f"Meeting {meeting.id} has no members to issue copies to; add them with "
                "'securedesk meeting member'."
            )
        first = self.store.next_copy_number(meeting.id)
        paths: list[Path | None] = [None] * len(recipients)
        if out_dir is not None:
            if not out_dir.is_dir():
                raise InvalidInput(
                    f"{out_dir} is not a folder. Give a folder that exists for the copies."
                )
            paths = [
                out_dir / copy_file_name(meeting, first + n, variant)
                for n in range(len(recipients))
            ]
            clash = [p for p in paths if p is not None and p.exists()]
            if clash:
                raise InvalidInput(
                    f"{clash[0]} already exists; nothing was issued. Choose another folder."
                )
        results: list[IssueResult] = []
        for n, member in enumerate(recipients):
            content = copy_content(source, member, variant)
            number = self.store.next_copy_number(meeting.id)
            rendered = renderer.render(content, number)
            results.append(self._issue_one(content, number, rendered, paths[n]))
            if progress is not None:
                progress(n + 1, len(recipients))
        return results

    def _issue_one(
        self, content: CopyContent, number: int, rendered: RenderedPack, path: Path | None
    ) -> IssueResult:
        meeting = content.source.meeting
        now = now_utc()
        copy = IssuedCopy(
            id=new_id(),
            meeting_id=meeting.id,
            copy_number=number,
            member_id=content.recipient.id,
            variant=content.variant,
            marking=content.marking,
            pages=rendered.pages,
            size=len(rendered.data),
            sha256=hashlib.sha256(rendered.data).hexdigest(),
            saved=path is not None,
            issued_at=now,
            issued_by=self._me,
            status_at=now,
            status_by=self._me,
        )
        details = {
            "copy": number,
            "copy_id": copy.id,
            "member": content.recipient.id,
            "sha256": copy.sha256,
            "variant": content.variant.value,
            "marking": content.marking.value,
            "pages": rendered.pages,
            "saved": path is not None,
            "cases": [c.case.case_id for c in content.cases],
            "withheld_items": content.withheld_items,
            "withheld_cases": content.withheld_cases,
        }
        conn = self.session.vault.conn
        if path is None:
            with database.transaction(conn):
                self.store.add_issued_copy(copy)
                self._record(Category.DISCLOSURE, "meeting pack copy issued", meeting.id, details)
        else:
            with staged_file(path) as (tmp, handle):
                handle.write(rendered.data)
                handle.flush()
                renamed = False
                try:
                    with database.transaction(conn):
                        self.store.add_issued_copy(copy)
                        self._record(
                            Category.DISCLOSURE, "meeting pack copy issued", meeting.id, details
                        )
                        tmp.replace(path)
                        renamed = True
                except BaseException:
                    if renamed:  # the commit failed after the rename: no copy off the register
                        path.unlink(missing_ok=True)
                    raise
        return IssueResult(
            copy=copy,
            member=content.recipient,
            path=path,
            data=rendered.data if path is None else None,
            withheld_items=content.withheld_items,
            withheld_cases=content.withheld_cases,
        )

    # -- the copy register ------------------------------------------------------------

    def copies(
        self, meeting_id: str | None = None, status: CopyStatus | None = None
    ) -> list[IssuedCopy]:
        self.session.require(Permission.MANAGE_MEETINGS)
        if meeting_id is not None:
            meeting_id = self.store.get_meeting(meeting_id.strip()).id
        return self.store.issued_copies(meeting_id, status)

    def outstanding_copies(self, meeting_id: str | None = None) -> list[IssuedCopy]:
        """Copies still out with their recipients: not returned, destroyed or reported lost."""
        return self.copies(meeting_id, CopyStatus.ISSUED)

    def set_copy_status(
        self, meeting_id: str, copy_number: int, status: CopyStatus, note: str = ""
    ) -> IssuedCopy:
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        copy = self.store.get_issued_copy(meeting.id, copy_number)
        check_copy_transition(copy_number, copy.status, status)
        note = _clean(note, "The note", 2000, required=False)
        with database.transaction(self.session.vault.conn):
            self.store.set_copy_status(copy.id, status, now_utc(), self._me, note)
            self._record(
                Category.ALTERATION,
                f"meeting pack copy {status.value}",
                meeting.id,
                {"copy": copy_number, "copy_id": copy.id, "from": copy.status.value},
            )
        return self.store.get_issued_copy(meeting.id, copy_number)

    def member_names(self, meeting_id: str) -> dict[str, MeetingMember]:
        """member id -> member, for showing the register."""
        self.session.require(Permission.VIEW_CASES)
        return {m.id: m for m in self.store.meeting_members(meeting_id)}


def open_actions(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)]


def closed_actions(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status in (ActionStatus.DONE, ActionStatus.CANCELLED)]
