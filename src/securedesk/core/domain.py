"""The records a case is made of, as plain values shared by the store, the CLI and the window.

Every record has a global id (a UUID string) so that records keep their identity when they
move between terminals in transfer bundles.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.meetings.pack_language import PackLanguage


def new_id() -> str:
    return str(uuid.uuid4())


def iso_day(value: date | None) -> str | None:
    """A day as its column stores it (YYYY-MM-DD), None for none."""
    return value.isoformat() if value is not None else None


def parse_day(value: str | None) -> date | None:
    """A day column read back (None or '' for none)."""
    return date.fromisoformat(value) if value else None


class CaseStatus(Enum):
    REFERRAL = "referral"
    INFORMATION_GATHERING = "information gathering"
    ASSESSMENT = "assessment"
    PANEL = "panel"
    SUPPORT_PLAN = "support plan"
    REVIEW = "review"
    CLOSED = "closed"

    @classmethod
    def parse(cls, text: str) -> CaseStatus:
        norm = text.strip().lower().replace("_", " ").replace("-", " ")
        for s in cls:
            if s.value == norm:
                return s
        allowed = ", ".join(s.value for s in cls)
        raise InvalidInput(ErrorKind.NOT_A_CASE_STATUS, text=text, allowed=allowed)


# The workflow: a case moves forward one stage at a time; any open case may close (with a
# reason); a review may send a case back to panel or to a new support plan; a closed case may
# be reopened as a new referral.
ALLOWED_TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    CaseStatus.REFERRAL: frozenset({CaseStatus.INFORMATION_GATHERING, CaseStatus.CLOSED}),
    CaseStatus.INFORMATION_GATHERING: frozenset({CaseStatus.ASSESSMENT, CaseStatus.CLOSED}),
    CaseStatus.ASSESSMENT: frozenset({CaseStatus.PANEL, CaseStatus.CLOSED}),
    CaseStatus.PANEL: frozenset({CaseStatus.SUPPORT_PLAN, CaseStatus.CLOSED}),
    CaseStatus.SUPPORT_PLAN: frozenset({CaseStatus.REVIEW, CaseStatus.CLOSED}),
    CaseStatus.REVIEW: frozenset({CaseStatus.PANEL, CaseStatus.SUPPORT_PLAN, CaseStatus.CLOSED}),
    CaseStatus.CLOSED: frozenset({CaseStatus.REFERRAL}),
}


class ConsentStatus(Enum):
    NOT_SOUGHT = "not sought"
    GIVEN = "given"
    PARENTAL_GIVEN = "parental consent given"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class ActionStatus(Enum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    CANCELLED = "cancelled"


# Reliability grading (the 5x5 style): source reliability A-E, information reliability 1-5.
SOURCE_GRADES = ("A", "B", "C", "D", "E")
INFORMATION_GRADES = ("1", "2", "3", "4", "5")

# Handling caveats a partner may attach to an item.
KNOWN_CAVEATS = (
    "not for panel",
    "originator consent before onward disclosure",
    "not for disclosure to subject",
    "police only",
    "health only",
)

IDENTIFIER_TYPES = (
    "police national computer number",
    "NHS number",
    "school reference",
    "national insurance number",
    "local authority reference",
    "probation reference",
)

AGENCIES = (
    "Police",
    "Children's social care",
    "Adult social care",
    "Health",
    "Education",
    "Probation",
    "Housing",
    "Security service",
    "Local authority",
)


@dataclass
class Identifier:
    kind: str
    value: str


@dataclass
class Person:
    given_name: str
    family_name: str
    date_of_birth: date | None = None
    aliases: list[str] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    addresses: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    def age_on(self, day: date) -> int | None:
        if self.date_of_birth is None:
            return None
        dob = self.date_of_birth
        return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))

    def is_child_on(self, day: date) -> bool:
        age = self.age_on(day)
        return age is not None and age < 18


@dataclass
class PersonLink:
    """A relationship from one person to another (family, associate)."""

    person_id: str
    other_id: str
    relationship: str
    id: str = field(default_factory=new_id)


@dataclass
class Case:
    ref: str
    referral_source: str
    referral_date: date
    owner: str
    marking: Marking = Marking.OFFICIAL
    status: CaseStatus = CaseStatus.REFERRAL
    closing_reason: str | None = None
    consent: ConsentStatus = ConsentStatus.NOT_SOUGHT
    consent_note: str = ""
    next_review: date | None = None
    retention_review: date | None = None
    subject_ids: list[str] = field(default_factory=list)
    id: str = field(default_factory=new_id)


@dataclass
class InformationItem:
    case_id: str
    agency: str
    author: str
    item_date: date
    text: str
    source_grade: str = "C"
    information_grade: str = "3"
    marking: Marking = Marking.OFFICIAL
    caveats: list[str] = field(default_factory=list)
    supersedes: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class ChronologyEntry:
    """A manual dated event in a case's chronology (items, assessments, meetings and
    actions join the chronology on their own)."""

    case_id: str
    event_date: date
    summary: str
    author: str
    id: str = field(default_factory=new_id)


@dataclass
class Action:
    case_id: str
    description: str
    agency: str
    owner: str
    due_date: date | None
    status: ActionStatus = ActionStatus.OPEN
    id: str = field(default_factory=new_id)
    # The day the action was agreed (its place in the chronology); None: the day it was written.
    agreed_on: date | None = None


@dataclass
class FactorScore:
    factor_id: str
    score: int
    evidence: str = ""


@dataclass
class Assessment:
    case_id: str
    assessor: str
    assessed_on: date
    framework_id: str
    scores: list[FactorScore]
    summary: str
    id: str = field(default_factory=new_id)


@dataclass
class Meeting:
    title: str
    meeting_date: date
    chair: str
    place: str = ""
    confidentiality_statement: str = ""
    next_meeting: date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class MeetingMember:
    meeting_id: str
    name: str
    agency: str
    clearance: Marking
    attendance: str = "invited"  # invited | attended | apologies
    id: str = field(default_factory=new_id)
    language: PackLanguage = PackLanguage.ENGLISH  # the language of the member's pack copy
