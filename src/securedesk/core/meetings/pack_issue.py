"""Meeting packs: what they are drawn from, previews, issuing numbered copies, the register."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from securedesk.core.access import Permission
from securedesk.core.atomic_file import place_replacing, staged_file
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose
from securedesk.core.audit.chain import Category
from securedesk.core.cases.action_store import is_overdue
from securedesk.core.cases.assessment_framework import changes_since
from securedesk.core.domain import (
    Assessment,
    Meeting,
    MeetingMember,
    new_id,
)
from securedesk.core.error_kinds import ErrorKind, Field
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.meetings.copy_register import (
    CopyStatus,
    IssuedCopy,
    PackVariant,
    check_copy_transition,
)
from securedesk.core.meetings.meeting_base import IssueResult, MeetingBase, on_duty
from securedesk.core.meetings.pack_content import (
    DEFAULT_DECISION_SOUGHT,
    CopyContent,
    DomainScore,
    PackCase,
    PackItem,
    PackRenderer,
    PackSource,
    PreviousDecision,
    Progress,
    RenderedPack,
    RiskSummary,
    copy_content,
    copy_file_name,
    pack_chronology,
)
from securedesk.core.text_rules import clean_text
from securedesk.core.unit_of_work import OnObject


class PackIssue(MeetingBase):
    """Packs of a meeting: every case in them passes the gate on the chair's duty."""

    def pack_source(self, meeting_id: str) -> PackSource:
        """Everything the meeting's packs may show, read once for all copies. The user must
        be cleared for every case on the agenda: nobody issues what they may not read."""
        self.session.require(Permission.PRINT, object_type="meeting", object_id=meeting_id)
        meeting = self.store.get_meeting(meeting_id.strip())
        case_ids = self.store.agenda(meeting.id)
        for case_id in case_ids:
            self.session.gate(on_duty("", "pack", case_id), Permission.PRINT)
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
        actions = tuple(self.store.actions_for_case(case_id))
        today = self.session.clock.today()
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
            chronology=tuple(pack_chronology(self.store.chronology(case_id), items, meeting.id)),
            actions=actions,
            overdue_action_ids=frozenset(a.id for a in actions if is_overdue(a, today)),
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
            welsh=dict(framework.welsh),
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
        with self.session.consult(
            AuditAction.MEETING_PACK_PREVIEWED,
            OnObject("meeting", source.meeting.id),
            permission=Permission.PRINT,
            details={
                "member": found.id,
                "variant": variant.value,
                "cases": [c.case.case_id for c in content.cases],
            },
        ):
            pass
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
            raise InvalidInput(ErrorKind.PACK_NO_MEMBERS, meeting_id=meeting.id)
        first = self.store.next_copy_number(meeting.id)
        paths: list[Path | None] = [None] * len(recipients)
        if out_dir is not None:
            if not out_dir.is_dir():
                raise InvalidInput(ErrorKind.PACK_FOLDER_MISSING, path=str(out_dir))
            paths = [
                out_dir / copy_file_name(meeting, first + n, variant)
                for n in range(len(recipients))
            ]
            clash = [p for p in paths if p is not None and p.exists()]
            if clash:
                raise InvalidInput(ErrorKind.PACK_COPY_FILE_EXISTS, path=str(clash[0]))
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
        now = self.session.clock.now()
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
        issued = AuditAction.MEETING_PACK_COPY_ISSUED
        if path is None:
            with self._change(
                Category.DISCLOSURE, issued, meeting.id, details, permission=Permission.PRINT
            ):
                self.store.add_issued_copy(copy)
        else:
            with staged_file(path) as (tmp, handle):
                handle.write(rendered.data)
                handle.flush()
                renamed = False
                try:
                    with self._change(
                        Category.DISCLOSURE,
                        issued,
                        meeting.id,
                        details,
                        permission=Permission.PRINT,
                    ):
                        self.store.add_issued_copy(copy)
                        place_replacing(tmp, path, handle)
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
        note = clean_text(note, Field.COPY_NOTE, limit=2000, required=False)
        with self._change(
            Category.ALTERATION,
            compose(ActionTemplate.MEETING_PACK_COPY_STATUS, status=status.value),
            meeting.id,
            {"copy": copy_number, "copy_id": copy.id, "from": copy.status.value},
        ):
            self.store.set_copy_status(copy.id, status, self.session.clock.now(), self._me, note)
        return self.store.get_issued_copy(meeting.id, copy_number)

    def member_names(self, meeting_id: str) -> dict[str, MeetingMember]:
        """member id -> member, for showing the register."""
        return {m.id: m for m in self.members(meeting_id)}
