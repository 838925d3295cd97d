"""Cases and what they hold, for the signed-in user: `session.cases`.

Every operation on an existing case passes the gate (`session.gate`, through `change` or
`consult`) with the justification the user gave; none decides on its own who may see what.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from securedesk.core.access import Permission, in_caseload
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.audit.search_digest import search_details
from securedesk.core.cases.assessment_framework import FactorChange, changes_since
from securedesk.core.cases.assessment_view import AssessmentReading, read_latest
from securedesk.core.cases.case_inputs import CAVEATS_POLICY, check_birth_date, checked_caveats
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_search import SearchHit
from securedesk.core.cases.case_store import (
    Attachment,
    CaseRecord,
    CaseRow,
    ChronologyRow,
    StoredItem,
)
from securedesk.core.cases.caveats import merged
from securedesk.core.cases.people_kinds import PeopleField
from securedesk.core.cases.provenance import RecordOrigin, record_origin
from securedesk.core.domain import (
    ALLOWED_TRANSITIONS,
    INFORMATION_GRADES,
    SOURCE_GRADES,
    Action,
    ActionStatus,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    FactorScore,
    InformationItem,
    Meeting,
    Person,
)
from securedesk.core.error_kinds import ErrorKind, Field
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.text_rules import clean_text, not_future
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session


@dataclass(frozen=True)
class CaseView:
    """What opening a case shows: the items the viewer may see and how many were withheld."""

    record: CaseRecord
    items: list[StoredItem]
    withheld_items: int
    chronology: list[ChronologyRow]
    actions: list[Action]
    assessments: list[Assessment]
    changes_since_previous: list[FactorChange]
    # Set when the case came in a transfer bundle: the latest bundle that created or updated it.
    origin: RecordOrigin | None = None
    meetings: tuple[Meeting, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    # The latest assessment with each score's evidence and its movement (None: not assessed).
    latest_assessment: AssessmentReading | None = None
    # The reason given to open it (outside the caseload), for the reads and changes that
    # follow from this view: they pass the gate on the same grounds.
    justification: str = ""

    @property
    def case(self) -> Case:
        return self.record.case


class CaseService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = session.store

    def add_case(
        self,
        subjects: list[Person],
        *,
        referral_source: str,
        referral_date: date,
        owner: str | None = None,
        marking: Marking = Marking.OFFICIAL_SENSITIVE,
        consent: ConsentStatus = ConsentStatus.NOT_SOUGHT,
        next_review: date | None = None,
        today: date | None = None,
        existing: list[str] | None = None,
    ) -> Case:
        """`subjects` are new people; `existing` ids of people already held (offered as
        likely duplicates, see session.people), who become subjects without a new record."""
        self.session.require(Permission.EDIT_CASES)
        today = today or self.session.clock.today()
        held = self.session.people.check_existing(existing) if existing else []
        if not subjects and not held:
            raise InvalidInput(ErrorKind.CASE_NEEDS_SUBJECT)
        for p in subjects:
            clean_text(p.given_name + p.family_name, Field.SUBJECT_NAME, limit=200)
            if p.date_of_birth is not None:
                not_future(p.date_of_birth, Field.DATE_OF_BIRTH, today)
                check_birth_date(p.date_of_birth, today)  # not more than 120 years ago
        not_future(referral_date, Field.REFERRAL_DATE, today)
        self.session.check_ceiling(marking)
        self.session.check_clearance(marking)
        owner = owner or self.session.vault.user
        owner_rec = self.store.get_user(owner)
        if owner_rec.disabled:
            raise InvalidInput(ErrorKind.OWNER_DISABLED, user=owner)
        now = self.session.clock.now()
        with self.session.change(
            Category.COLLECTION, AuditAction.CASE_ADDED, OnObject("case", "")
        ) as tx:
            ref = self.store.next_case_ref(
                self.session.policy()["case_ref_prefix"], referral_date.year
            )
            case = Case(
                ref=ref,
                referral_source=clean_text(referral_source, Field.REFERRAL_SOURCE, limit=200),
                referral_date=referral_date,
                owner=owner,
                marking=marking,
                consent=consent,
                next_review=next_review,
                subject_ids=[*held, *(p.id for p in subjects)],
            )
            for p in subjects:
                self.store.add_person(p, now)
            self.store.add_case(case, now)
            tx.object_id = case.id
            tx.details = {"ref": ref, "subjects": len(subjects) + len(held)}
            if held:
                tx.details["existing_subjects"] = held
        return case

    # Lists and searches leave out cases marked above the user's clearance: even a name
    # and a reference are more than such a user may see.

    def list_cases(self, query: CaseQuery) -> list[CaseRow]:
        self.session.require(Permission.VIEW_CASES)
        with database.guarded(self.session.vault.conn):
            return self.store.list_cases(replace(query, max_marking=self.session.visible_marking))

    def count_cases(self, query: CaseQuery) -> int:
        self.session.require(Permission.VIEW_CASES)
        with database.guarded(self.session.vault.conn):
            return self.store.count_cases(replace(query, max_marking=self.session.visible_marking))

    def search(self, text: str, limit: int = 50, *, mine: bool = False) -> list[SearchHit]:
        """Cases whose reference, subjects or items match. A search is a consultation: the
        query is recorded, never its results. Item text is searched only in the user's own
        caseload and only in items at or below their clearance: a match on the text of a
        case they would need a justification to open would tell them what it holds."""
        me = self.session.user
        with self.session.consult(
            AuditAction.CASES_SEARCHED,
            OnObject("search", "cases"),
            details=search_details(self.session.vault.conn, text),
        ):
            return self.store.search(
                text,
                limit=limit,
                max_marking=self.session.visible_marking,
                items_of_owner=me.name,
                item_max_marking=me.clearance,
                owner=me.name if mine else None,
            )

    def search_every(
        self, text: str, *, mine: bool = False, offset: int = 0, limit: int | None = None
    ) -> tuple[list[SearchHit], int]:
        """search() with nothing left out, for a complete list: the hits from `offset` (at
        most `limit`), in the same order, and how many cases match in all. The same limits
        apply, so the count is of cases the user may see, and item text counts only in their
        own caseload within their clearance. Every match of each index is read, so a common
        word costs more than in search()."""
        me = self.session.user
        with self.session.consult(
            AuditAction.CASES_SEARCHED,
            OnObject("search", "cases"),
            details=search_details(self.session.vault.conn, text),
        ):
            return self.store.search_every(
                text,
                max_marking=self.session.visible_marking,
                items_of_owner=me.name,
                item_max_marking=me.clearance,
                owner=me.name if mine else None,
                offset=offset,
                limit=limit,
            )

    def needs_justification(self, ref: str) -> bool:
        facts = self.store.case_facts(self.store.case_id_for_ref(ref))
        return not in_caseload(self.session.vault.user, facts.owner)

    def open_case(self, ref: str, justification: str = "") -> CaseView:
        """Consult a case: the gate decides, and the consultation is recorded once per
        session, however often the window redraws it."""
        with self.session.consult(
            AuditAction.CASE_VIEWED, OnCase(ref, justification=justification), once=True
        ) as tx:
            case_id = tx.case_id
            me = self.session.user
            tx.details = {"ref": ref, "in_caseload": in_caseload(me.name, tx.case.owner)}
            items = self.store.items_for_case(case_id)
            visible = [i for i in items if i.item.marking <= me.clearance]
            assessments = self.store.assessments_for_case(case_id)
            changes: list[FactorChange] = []
            if assessments:
                previous = assessments[-2] if len(assessments) > 1 else None
                changes = changes_since(self.session.framework, previous, assessments[-1])
            return CaseView(
                record=self.store.get_case(case_id),
                items=visible,
                withheld_items=len(items) - len(visible),
                chronology=self.store.chronology(case_id),
                actions=self.store.actions_for_case(case_id),
                assessments=assessments,
                changes_since_previous=changes,
                origin=record_origin(tx.conn, "case", case_id),
                meetings=tuple(self.store.meetings_for_case(case_id)),
                attachments=tuple(self.store.attachments_for_case(case_id)),
                latest_assessment=read_latest(self.session.framework, assessments),
                justification=justification.strip(),
            )

    def change_status(
        self, ref: str, status: CaseStatus, reason: str = "", *, justification: str = ""
    ) -> None:
        with self.session.change(
            Category.ALTERATION,
            AuditAction.STATUS_CHANGED,
            OnCase(ref, justification=justification),
        ) as tx:
            # The state is read only once the gate has let the user in: a refusal must not
            # tell them where a case stands.
            current = self.store.case_row(tx.case_id).status
            if status not in ALLOWED_TRANSITIONS[current]:
                allowed = ", ".join(s.value for s in ALLOWED_TRANSITIONS[current])
                raise InvalidInput(
                    ErrorKind.STATUS_CHANGE_REFUSED,
                    current=current.value,
                    allowed=allowed,
                    status=status.value,
                )
            closing_reason = None
            if status is CaseStatus.CLOSED:
                closing_reason = clean_text(reason, Field.CLOSING_REASON, limit=2000)
            self.store.set_case_status(tx.case_id, status, closing_reason, self.session.clock.now())
            tx.details = {"from": current.value, "to": status.value}

    def add_item(
        self,
        ref: str,
        *,
        agency: str,
        text: str,
        item_date: date | None = None,
        author: str = "",
        marking: Marking = Marking.OFFICIAL_SENSITIVE,
        caveats: list[str] | None = None,
        source_grade: str = "C",
        information_grade: str = "3",
        supersedes: str | None = None,
        today: date | None = None,
        justification: str = "",
    ) -> InformationItem:
        """Record what a partner contributed. A correction supersedes an item; none is
        ever changed in place."""
        # The permission first, as before any input is looked at; the case's own gate is
        # the unit of work's, once the input is known to be sound.
        self.session.require(Permission.EDIT_CASES)
        today = today or self.session.clock.today()
        item_date = item_date or today
        not_future(item_date, Field.ITEM_DATE, today)
        self.session.check_ceiling(marking)
        self.session.check_clearance(marking)
        if source_grade not in SOURCE_GRADES:
            raise InvalidInput(ErrorKind.SOURCE_GRADE_UNKNOWN, allowed=", ".join(SOURCE_GRADES))
        if information_grade not in INFORMATION_GRADES:
            raise InvalidInput(
                ErrorKind.INFORMATION_GRADE_UNKNOWN, allowed=", ".join(INFORMATION_GRADES)
            )
        agency = clean_text(agency, Field.AGENCY, limit=200)
        author = clean_text(author or self.session.vault.user, Field.AUTHOR, limit=200)
        text = clean_text(text, Field.ITEM_TEXT)
        # From the policy's list, or "other: REASON" (case_inputs.py).
        clean_caveats = checked_caveats(caveats or [], self.session.policy()[CAVEATS_POLICY])
        now = self.session.clock.now()
        with self.session.change(
            Category.COLLECTION, AuditAction.ITEM_ADDED, OnCase(ref, justification=justification)
        ) as tx:
            case_id = tx.case_id
            if supersedes is not None and self.store.item_case_id(supersedes) != case_id:
                raise InvalidInput(ErrorKind.ITEM_OF_ANOTHER_CASE, item_id=supersedes, ref=ref)
            if supersedes is not None:
                # A correction keeps the caveats of what it corrects (and their inherited
                # ones): correcting a "police only" item must not be a way to release it.
                clean_caveats = merged(clean_caveats, self.store.item_caveats(supersedes))
            item = InformationItem(
                case_id=case_id,
                agency=agency,
                author=author,
                item_date=item_date,
                text=text,
                source_grade=source_grade,
                information_grade=information_grade,
                marking=marking,
                caveats=clean_caveats,
                supersedes=supersedes,
            )
            tx.object_type, tx.object_id = "item", item.id
            tx.details = {"case": case_id, "supersedes": supersedes or ""}
            self.store.add_item(item, self.session.vault.user, now)
            row = self.store.case_row(case_id)
            if marking > row.marking:
                # A case carries the highest marking of what it holds.
                self.store.set_case_marking(case_id, marking, now)
            else:
                self.store.touch_case(case_id, now)
        return item

    def add_chronology_entry(
        self, ref: str, event_date: date, summary: str, *, justification: str = ""
    ) -> ChronologyEntry:
        not_future(event_date, Field.EVENT_DATE, self.session.clock.today())
        summary = clean_text(summary, Field.SUMMARY, limit=2000)
        with self.session.change(
            Category.COLLECTION,
            AuditAction.CHRONOLOGY_ENTRY_ADDED,
            OnCase(ref, justification=justification),
        ) as tx:
            entry = ChronologyEntry(tx.case_id, event_date, summary, self.session.vault.user)
            self.store.add_chronology_entry(entry, self.session.clock.now())
            tx.details = {"entry": entry.id}
        return entry

    # The support plan is session.actions (action_service.py); these keep the old calls.

    def add_action(
        self,
        ref: str,
        description: str,
        agency: str,
        owner: str,
        due_date: date | None,
        *,
        justification: str = "",
    ) -> Action:
        subject = OnCase(ref, justification=justification)
        return self.session.actions.add(subject, description, agency, owner, due_date)

    def update_action(
        self,
        ref: str,
        action_id: str,
        status: ActionStatus,
        note: str,
        *,
        justification: str = "",
    ) -> None:
        """Record progress on an action of case `ref`; the update history is kept."""
        self.session.actions.update(
            action_id, status=status, note=note, ref=ref, justification=justification
        )

    def add_assessment(
        self,
        ref: str,
        scores: list[FactorScore],
        summary: str,
        assessed_on: date | None = None,
        *,
        justification: str = "",
    ) -> tuple[Assessment, list[FactorChange]]:
        self.session.require(Permission.EDIT_CASES)
        framework = self.session.framework
        framework.check_scores(scores)
        for score in scores:  # evidence is free text: the same bounds as the command's file
            clean_text(score.evidence, PeopleField.EVIDENCE, required=False, limit=4000)
        assessed_on = assessed_on or self.session.clock.today()
        not_future(assessed_on, Field.ASSESSMENT_DATE, self.session.clock.today())
        summary = clean_text(summary, Field.SUMMARY_CONCLUSION)
        with self.session.change(
            Category.COLLECTION,
            AuditAction.ASSESSMENT_ADDED,
            OnCase(ref, justification=justification),
        ) as tx:
            previous = self.store.assessments_for_case(tx.case_id)
            assessment = Assessment(
                tx.case_id, self.session.vault.user, assessed_on, framework.id, scores, summary
            )
            self.store.add_assessment(assessment, framework.version, self.session.clock.now())
            tx.details = {"assessment": assessment.id}
        changes = changes_since(framework, previous[-1] if previous else None, assessment)
        return assessment, changes

    def access_log(self, ref: str, justification: str = "") -> list[audit.AuditEvent]:
        """Who has done what to this case: part of viewing it, behind the same gate."""
        with database.guarded(self.session.vault.conn):
            grant = self.session.gate(
                OnCase(ref, justification=justification), Permission.VIEW_CASES
            )
            return audit.events_for_object(self.session.vault.conn, grant.case.id)
