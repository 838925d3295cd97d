"""What each numbered pack copy may show its recipient, and what a pack is made from.

The service works for a signed-in `Session`: each call checks the user's rights, and each
change is one transaction holding its audit event. Documents are drawn by a `PackRenderer`
(the `securedesk.packs` package implements it); this module decides what goes into them.

What a copy shows its recipient (a panel member):

- An item is left out when its marking is above the member's clearance, or when one of its
  handling caveats does not allow the panel: "not for panel" never does; "police only" and
  "health only" allow members of that agency; "originator consent before onward disclosure"
  allows only the originating agency's members (no consent is recorded in the vault); any
  other caveat, being unknown, is treated as forbidding. "not for disclosure to subject"
  does not restrict the panel. The rule is `core.cases.caveats.may_leave`, which bundles
  ask too.
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

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from securedesk.core.cases.assessment_framework import FactorChange
from securedesk.core.cases.case_store import ChronologyRow
from securedesk.core.cases.caveats import Destination, may_leave
from securedesk.core.domain import (
    Action,
    ActionStatus,
    Assessment,
    CaseStatus,
    ConsentStatus,
    Meeting,
    MeetingMember,
    Person,
)
from securedesk.core.markings import Marking, highest
from securedesk.core.meetings.copy_register import (
    PackVariant,
)

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


def folded(text: str) -> str:
    """Without case or extra spaces: how names, agencies and caveats are compared."""
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
    welsh: dict[str, str] = field(default_factory=dict)  # the framework's Welsh, for packs

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
    # Outstanding actions whose due date had passed when the pack was made (issue 11).
    overdue_action_ids: frozenset[str] = frozenset()


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
            self.recipient.language,
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
    destination = Destination.panel_member(member.agency)
    return not may_leave(item.caveats, destination, originator=item.agency).allowed


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


def pack_chronology(
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


UUID_PREFIX = re.compile(r"^[0-9a-f-]{8,36}$")


def open_actions(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)]


def closed_actions(actions: Sequence[Action]) -> list[Action]:
    return [a for a in actions if a.status in (ActionStatus.DONE, ActionStatus.CANCELLED)]
