"""Panel meetings: planning, agenda, attendance, minutes and cases due for review:
`session.meetings` (packs are in pack_issue, what a copy may show in pack_content)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from securedesk.core.access import Permission, Role, permissions_of
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.cases.action_kinds import ActionKind
from securedesk.core.cases.action_store import OUTSTANDING, is_overdue
from securedesk.core.domain import (
    Action,
    Meeting,
    MeetingMember,
)
from securedesk.core.error_kinds import ErrorKind, Field
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.markings import Marking
from securedesk.core.meetings import minutes_history
from securedesk.core.meetings.copy_register import (
    CopyStatus,
)
from securedesk.core.meetings.meeting_base import (
    AgendaEntry,
    AgreedAction,
    MeetingDetails,
    MeetingSummary,
    Minutes,
    OutstandingAction,
    ReviewDue,
    on_duty,
)
from securedesk.core.meetings.pack_content import (
    ATTENDANCE,
    DEFAULT_DECISION_SOUGHT,
    MAX_AGENDA_CASES,
    MAX_MINUTES_CHARS,
    MAX_STATEMENT_CHARS,
    MAX_TITLE_CHARS,
    REVIEW_INTERVAL_MONTHS,
    folded,
    months_before,
)
from securedesk.core.meetings.pack_issue import PackIssue
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.text_rules import clean_text
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database


class MeetingService(PackIssue):
    """Meetings and their packs for one signed-in user."""

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
            raise InvalidInput(ErrorKind.MEETING_CHAIR_DISABLED, user=chair)
        if Permission.MANAGE_MEETINGS not in permissions_of(chair_user.roles):
            raise InvalidInput(
                ErrorKind.MEETING_CHAIR_WITHOUT_ROLE, user=chair, role=Role.CHAIR.value
            )
        if next_meeting is not None and next_meeting <= meeting_date:
            raise InvalidInput(ErrorKind.MEETING_NEXT_NOT_AFTER)
        meeting = Meeting(
            title=clean_text(title, Field.MEETING_TITLE, limit=MAX_TITLE_CHARS),
            meeting_date=meeting_date,
            chair=chair,
            place=clean_text(place, Field.MEETING_PLACE, limit=MAX_TITLE_CHARS, required=False),
            confidentiality_statement=clean_text(
                statement,
                Field.CONFIDENTIALITY_STATEMENT,
                limit=MAX_STATEMENT_CHARS,
                required=False,
            ),
            next_meeting=next_meeting,
        )
        with self._change(
            Category.COLLECTION,
            AuditAction.MEETING_ADDED,
            meeting.id,
            {"date": meeting_date.isoformat(), "chair": chair},
        ):
            self.store.add_meeting(meeting, self.session.clock.now())
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
            raise InvalidInput(ErrorKind.MEETING_NEXT_NOT_AFTER)
        new_place = (
            meeting.place
            if place is None
            else clean_text(place, Field.MEETING_PLACE, limit=MAX_TITLE_CHARS, required=False)
        )
        new_statement = (
            meeting.confidentiality_statement
            if statement is None
            else clean_text(
                statement,
                Field.CONFIDENTIALITY_STATEMENT,
                limit=MAX_STATEMENT_CHARS,
                required=False,
            )
        )
        new_next = None if clear_next_meeting else (next_meeting or meeting.next_meeting)
        with self._change(
            Category.ALTERATION,
            AuditAction.MEETING_DETAILS_CHANGED,
            meeting.id,
            {
                "place": place is not None,
                "statement": statement is not None,
                "next_meeting": new_next.isoformat() if new_next else "",
            },
        ):
            self.store.set_meeting_details(meeting.id, new_place, new_statement, new_next)
        return self.store.get_meeting(meeting.id)

    def add_member(
        self,
        meeting_id: str,
        name: str,
        agency: str,
        clearance: Marking | None,
        language: PackLanguage = PackLanguage.ENGLISH,
    ) -> MeetingMember:
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        if clearance is None:
            raise InvalidInput(ErrorKind.MEETING_MEMBER_CLEARANCE_REQUIRED)
        member = MeetingMember(
            meeting_id=meeting.id,
            name=clean_text(name, Field.MEMBER_NAME, limit=MAX_TITLE_CHARS),
            agency=clean_text(agency, Field.MEMBER_AGENCY, limit=MAX_TITLE_CHARS),
            clearance=clearance,
            language=language,
        )
        existing = {
            (folded(m.name), folded(m.agency)) for m in self.store.meeting_members(meeting.id)
        }
        if (folded(member.name), folded(member.agency)) in existing:
            raise InvalidInput(
                ErrorKind.MEETING_MEMBER_EXISTS, name=member.name, agency=member.agency
            )
        with self._change(
            Category.COLLECTION,
            AuditAction.MEETING_MEMBER_ADDED,
            meeting.id,
            {"member": member.id, "clearance": clearance.value, "language": language.value},
        ):
            self.store.add_meeting_member(member)
        return member

    def find_member(self, meeting_id: str, who: str) -> MeetingMember:
        """A member of the meeting by id (or its first characters) or by exact name."""
        self.session.require(Permission.VIEW_CASES)
        return self._find_member(self.store.get_meeting(meeting_id.strip()).id, who)

    def set_attendance(self, meeting_id: str, member: str, attendance: str) -> MeetingMember:
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        value = attendance.strip().lower()
        if value not in ATTENDANCE:
            raise InvalidInput(
                ErrorKind.MEETING_ATTENDANCE_UNKNOWN, text=attendance, allowed=", ".join(ATTENDANCE)
            )
        found = self._find_member(meeting.id, member)
        with self._change(
            Category.ALTERATION,
            AuditAction.ATTENDANCE_RECORDED,
            meeting.id,
            {"member": found.id, "attendance": value},
        ):
            self.store.set_member_attendance(found.id, value)
        return self.store.get_meeting_member(found.id)

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
            raise InvalidInput(ErrorKind.AGENDA_TOO_LONG, limit=MAX_AGENDA_CASES)
        seen: set[str] = set()
        for ref in cleaned:
            if ref in seen:
                raise InvalidInput(ErrorKind.AGENDA_CASE_TWICE, ref=ref)
            seen.add(ref)
        case_ids = [
            self.session.gate(on_duty(ref, "agenda"), Permission.MANAGE_MEETINGS).case.id
            for ref in cleaned
        ]
        if children_first:
            child = {cid: self._case_is_child(cid, meeting.meeting_date) for cid in case_ids}
            case_ids.sort(key=lambda cid: not child[cid])  # stable: given order otherwise
        with self._change(
            Category.ALTERATION,
            AuditAction.AGENDA_SET,
            meeting.id,
            {"cases": case_ids, "children_first": children_first},
        ):
            self.store.set_agenda(meeting.id, case_ids)
        return self._agenda(meeting)[0]

    def move_on_agenda(self, meeting_id: str, ref: str, position: int) -> list[AgendaEntry]:
        """Move one case to `position` (from 1); the others keep their order."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_ids = self.store.agenda(meeting.id)
        case_id = self._agenda_case(meeting, ref)  # refuses a case not on this agenda
        if not 1 <= position <= len(case_ids):
            raise InvalidInput(ErrorKind.AGENDA_POSITION_OUT_OF_RANGE, count=len(case_ids))
        case_ids.remove(case_id)
        case_ids.insert(position - 1, case_id)
        with self._change(
            Category.ALTERATION,
            AuditAction.AGENDA_REORDERED,
            meeting.id,
            {"case": case_id, "position": position},
        ):
            self.store.set_agenda(meeting.id, case_ids)
        return self._agenda(meeting)[0]

    def set_decision_sought(self, meeting_id: str, ref: str, text: str) -> None:
        """What the panel is asked to decide on a case ('' for the default of its status)."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_id = self._agenda_case(meeting, ref)
        value = clean_text(text, Field.DECISION_SOUGHT, limit=2000, required=False)
        with self._change(
            Category.ALTERATION, AuditAction.DECISION_SOUGHT_SET, meeting.id, {"case": case_id}
        ):
            self.store.set_decision_sought(meeting.id, case_id, value)

    def agenda(self, meeting_id: str) -> tuple[list[AgendaEntry], int]:
        """The agenda as the user may see it, and how many cases were left out of it
        because they are marked above the user's clearance. A consultation of the meeting."""
        meeting_id = self.store.meeting_id(meeting_id)  # the whole id, from a unique prefix
        with self.session.consult(AuditAction.MEETING_VIEWED, OnObject("meeting", meeting_id)):
            return self._agenda(self.store.get_meeting(meeting_id))

    def _agenda(self, meeting: Meeting) -> tuple[list[AgendaEntry], int]:
        clearance = self.session.visible_marking
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

    def list_meetings(self, *, limit: int | None = None, offset: int = 0) -> list[MeetingSummary]:
        """Newest first: every meeting, or the `limit` from `offset`."""
        self.session.require(Permission.VIEW_CASES)
        with database.guarded(self.session.vault.conn):
            outstanding: dict[str, int] = {}
            for c in self.store.issued_copies(status=CopyStatus.ISSUED):
                outstanding[c.meeting_id] = outstanding.get(c.meeting_id, 0) + 1
            # Only the agenda cases the user may see are named or counted: the same rule as
            # the agenda itself, for the window and the command alike.
            visible = self.session.visible_marking
            summaries = []
            for m in self.store.list_meetings(limit, offset):
                refs = tuple(self.store.agenda_refs(m.id, visible))
                summaries.append(
                    MeetingSummary(
                        meeting=m,
                        members=len(self.store.meeting_members(m.id)),
                        agenda_cases=len(refs),
                        copies_outstanding=outstanding.get(m.id, 0),
                        agenda_refs=refs,
                    )
                )
            return summaries

    def count_meetings(self) -> int:
        """How many meetings list_meetings() gives in all."""
        self.session.require(Permission.VIEW_CASES)
        with database.guarded(self.session.vault.conn):
            return self.store.count_meetings()

    def details(self, meeting_id: str) -> MeetingDetails:
        """The meeting as the user may see it: a consultation. Minutes and agreed actions
        are shown for the cases the user may open (their caseload, or, for those who run
        meetings, every agenda case within their clearance); the rest are counted."""
        meeting_id = self.store.meeting_id(meeting_id)  # the whole id, from a unique prefix
        with self.session.consult(AuditAction.MEETING_VIEWED, OnObject("meeting", meeting_id)):
            return self._details(self.store.get_meeting(meeting_id))

    def _details(self, meeting: Meeting) -> MeetingDetails:
        agenda, withheld = self._agenda(meeting)
        runs_meetings = Permission.MANAGE_MEETINGS in self.session.permissions
        shown = {
            e.case_id: e.ref
            for e in agenda
            if runs_meetings or self.session.may(OnCase(case_id=e.case_id), Permission.VIEW_CASES)
        }
        # Each shown case's actions, read once: for those agreed here and those outstanding.
        by_case: dict[str, dict[str, Action]] = {
            case_id: {a.id: a for a in self.store.actions_for_case(case_id)} for case_id in shown
        }
        actions = [
            AgreedAction(shown[case_id], by_case[case_id][action_id])
            for case_id, action_id in self.store.meeting_action_ids(meeting.id)
            if case_id in shown and action_id in by_case[case_id]
        ]
        today = self.session.clock.today()
        outstanding = tuple(
            OutstandingAction(shown[case_id], a, is_overdue(a, today))
            for case_id, case_actions in by_case.items()
            for a in case_actions.values()
            if a.status in OUTSTANDING
        )
        return MeetingDetails(
            meeting=meeting,
            outstanding=outstanding,
            statement=meeting.confidentiality_statement or self.default_statement(),
            members=self.store.meeting_members(meeting.id),
            agenda=agenda,
            withheld_cases=withheld,
            minutes=[m for m in self._minutes(meeting.id) if m.case_id in shown],
            withheld_minutes=len(agenda) - len(shown),
            actions=actions,
            # The register is the chairs' (see copies()); others see no copies here.
            copies=(
                self.store.issued_copies(meeting.id)
                if Permission.MANAGE_MEETINGS in self.session.permissions
                else []
            ),
        )

    def record_minutes(
        self,
        meeting_id: str,
        ref: str,
        *,
        discussion: str | None = None,
        decision: str | None = None,
        rationale: str | None = None,
        dissent: str | None = None,
    ) -> Minutes:
        """The minutes of one agenda case. An amendment changes only the fields it is given
        (None: not given; '' clears a field) and keeps the text it replaces in the minutes'
        history; its audit event names the fields it changed, never their text."""
        self.session.require(Permission.MANAGE_MEETINGS)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_id = self._agenda_case(meeting, ref)
        given = tuple(
            None
            if text is None
            else clean_text(text, what, limit=MAX_MINUTES_CHARS, required=False)
            for text, what in (
                (discussion, Field.MINUTES_DISCUSSION),
                (decision, Field.MINUTES_DECISION),
                (rationale, Field.MINUTES_RATIONALE),
                (dissent, Field.MINUTES_DISSENT),
            )
        )
        now = self.session.clock.now()
        with self._change(
            Category.COLLECTION, AuditAction.MINUTES_RECORDED, meeting.id, {"case": case_id}
        ) as tx:
            conn = tx.conn
            current = minutes_history.current_minutes(conn, meeting.id, case_id)
            texts = minutes_history.merged(current, given)
            if not any(texts):
                raise InvalidInput(ErrorKind.MINUTES_EMPTY)
            fields = minutes_history.changed_fields(current, texts)
            if current is not None:
                if not fields:
                    raise InvalidInput(ActionKind.MINUTES_UNCHANGED, ref=ref.strip())
                minutes_history.keep_previous(
                    conn, meeting.id, case_id, current, fields, self._me, now
                )
                tx.category, tx.action = Category.ALTERATION, AuditAction.MINUTES_AMENDED
            self.store.save_minutes(meeting.id, case_id, texts, self._me, now)
            tx.details = {"case": case_id, "fields": fields}
        return Minutes(case_id, ref.strip(), *texts, self._me, now)

    def minutes_history(
        self, meeting_id: str, ref: str
    ) -> tuple[Minutes, list[minutes_history.MinutesVersion]]:
        """The minutes of one agenda case now, and every version an amendment replaced
        (oldest first): for the chair (on the duty of the agenda) and the auditor only. A
        consultation of the case."""
        me = self.session.require_any(Permission.MANAGE_MEETINGS, Permission.AUDIT)
        meeting = self.store.get_meeting(meeting_id.strip())
        permission = (
            Permission.MANAGE_MEETINGS
            if Permission.MANAGE_MEETINGS in permissions_of(me.roles)
            else Permission.AUDIT
        )
        with self.session.consult(
            AuditAction.MINUTES_HISTORY_VIEWED,
            on_duty(ref, "minutes history"),
            permission=permission,
            details={"meeting": meeting.id},
        ) as tx:
            current = minutes_history.current_minutes(tx.conn, meeting.id, tx.case_id)
            if current is None:
                raise NotFound(
                    ActionKind.MINUTES_NOT_RECORDED, ref=tx.case.ref, meeting_id=meeting.id
                )
            return (
                Minutes(tx.case_id, tx.case.ref, *current),
                minutes_history.versions(tx.conn, meeting.id, tx.case_id),
            )

    def _agenda_case(self, meeting: Meeting, ref: str) -> str:
        """A case on this meeting's agenda, through the gate on the chair's duty."""
        case_id = self.session.gate(on_duty(ref, "agenda"), Permission.MANAGE_MEETINGS).case.id
        if case_id not in self.store.agenda(meeting.id):
            raise InvalidInput(
                ErrorKind.AGENDA_CASE_MISSING, ref=ref.strip(), meeting_id=meeting.id
            )
        return case_id

    def minutes(self, meeting_id: str) -> list[Minutes]:
        """The minutes the user may read (see `details`); a consultation of the meeting."""
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
        # One unit of work: the action added to the case (its own gate and event) and its
        # link to the meeting commit together or not at all.
        with self._change(Category.COLLECTION, AuditAction.ACTION_AGREED, meeting.id) as tx:
            action = self.session.actions.add(
                on_duty("", "agenda", case_id),
                description,
                agency,
                owner,
                due_date,
                # Agreed at the meeting (on the day it is recorded, for one still to come).
                agreed_on=min(meeting.meeting_date, self.session.clock.today()),
            )
            self.store.link_meeting_action(meeting.id, case_id, action.id, self.session.clock.now())
            tx.details = {"case": case_id, "action": action.id}
        return action

    def cases_due_review(
        self,
        *,
        today: date | None = None,
        months: int = REVIEW_INTERVAL_MONTHS,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ReviewDue]:
        """Open cases no meeting has discussed for `months` months (or, never discussed,
        referred that long ago), longest waiting first: candidates for an agenda. Every
        one, or the `limit` from `offset`."""
        self.session.require(Permission.VIEW_CASES)
        if not 1 <= months <= 120:
            raise InvalidInput(ErrorKind.REVIEW_INTERVAL_OUT_OF_RANGE)
        today = today or self.session.clock.today()
        rows = self.store.cases_not_reviewed_since(
            months_before(today, months),
            today,
            self.session.visible_marking,
            limit,
            offset,
        )
        return [ReviewDue(*r) for r in rows]

    def count_cases_due_review(
        self, *, today: date | None = None, months: int = REVIEW_INTERVAL_MONTHS
    ) -> int:
        """How many cases cases_due_review() gives in all."""
        self.session.require(Permission.VIEW_CASES)
        if not 1 <= months <= 120:
            raise InvalidInput(ErrorKind.REVIEW_INTERVAL_OUT_OF_RANGE)
        today = today or self.session.clock.today()
        return self.store.count_not_reviewed_since(
            months_before(today, months), today, self.session.visible_marking
        )
