"""Panel meetings for the demo vault, so a chair trying the demo finds a panel to run: one
held three weeks ago (members, attendance, minutes, agreed actions, numbered copies issued and
some returned) and one coming up (members and agenda, nothing minuted yet).

Everything here is invented, like the rest of the demo vault, and goes through the same
services a chair uses in the window, so each step is gated and audited as it would be.
"""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.session import Session

# (name, agency, clearance, attended the past meeting)
MEMBERS = (
    ("Carys Bowen", "Education", Marking.OFFICIAL_SENSITIVE, True),
    ("DS Idris Lloyd", "Police", Marking.SECRET, True),
    ("Dr Hana Patel", "Health", Marking.OFFICIAL_SENSITIVE, True),
    ("Marc Evans", "Children's services", Marking.OFFICIAL_SENSITIVE, False),
    ("Ffion Rees", "Youth justice", Marking.OFFICIAL, True),
)
PLACE = "Committee room 2, County Hall (invented)"
STATEMENT = (
    "Shared under the panel's information-sharing agreement for this meeting only. "
    "Return or destroy your copy at the end of the meeting."
)
# What the panel minuted for each case it discussed, in agenda order (invented).
MINUTES = (
    (
        "School and police updates read. Attendance has improved since the mentoring began.",
        "Continue support; review at the next panel.",
        "Risk is reducing but the online contact is recent.",
    ),
    (
        "Health reported a missed appointment; the family has engaged with the youth worker.",
        "Adopt a support plan with a mentor and a family worker.",
        "Vulnerability is present and support is accepted.",
    ),
    (
        "No new information from partners since referral.",
        "Gather school and health information before the next panel.",
        "Not enough is known yet to decide on support.",
    ),
)
# (description, agency, days from the meeting it is due: negative means already past)
ACTIONS = (
    ("Arrange a first meeting with the mentor", "Children's services", 7),
    ("Share attendance figures with the panel", "Education", 14),
    ("Check the family's consent to a health referral", "Health", 10),
)


def add_demo_meetings(session: Session) -> None:
    """Add the past and the upcoming panel meeting, chaired by the signed-in user."""
    today = session.clock.today()
    cases = session.cases.list_cases(
        CaseQuery(owner=session.vault.user, open_only=True, sort="next_review", limit=7)
    )
    refs = [row.ref for row in cases]
    if len(refs) < 4:
        return  # a tiny demo vault: nothing worth a panel
    past_refs, coming_refs = refs[:3], refs[3:]
    _past_meeting(session, today - timedelta(days=21), past_refs)
    _coming_meeting(session, today + timedelta(days=14), coming_refs)


def _members(session: Session, meeting_id: str) -> None:
    for name, agency, clearance, _ in MEMBERS:
        session.meetings.add_member(meeting_id, name, agency, clearance)


def _past_meeting(session: Session, day: date, refs: list[str]) -> None:
    meetings = session.meetings
    meeting = meetings.add_meeting(
        "Channel panel (invented)",
        day,
        place=PLACE,
        statement=STATEMENT,
        next_meeting=day + timedelta(days=35),
    )
    _members(session, meeting.id)
    meetings.set_agenda(meeting.id, refs)
    for name, _agency, _clearance, attended in MEMBERS:
        meetings.set_attendance(meeting.id, name, "attended" if attended else "apologies")
    agenda, _ = meetings.agenda(meeting.id)
    for entry, (discussion, decision, rationale), action in zip(
        agenda, MINUTES, ACTIONS, strict=False
    ):
        meetings.record_minutes(
            meeting.id, entry.ref, discussion=discussion, decision=decision, rationale=rationale
        )
        description, agency, days = action
        meetings.agree_action(
            meeting.id,
            entry.ref,
            description=description,
            agency=agency,
            owner=session.vault.user,
            due_date=day + timedelta(days=days),
        )
    _issue_and_return_copies(session, meeting.id)


def _issue_and_return_copies(session: Session, meeting_id: str) -> None:
    """Numbered copies for every member, then some returned and one destroyed, as after a
    real meeting. The PDF files go to a folder removed at once: the register keeps each
    copy's number, recipient, marking and hash, which is what the demo shows."""
    from securedesk.packs.render import MeetingPackRenderer  # ReportLab only when used

    with tempfile.TemporaryDirectory() as folder:
        results = session.meetings.issue_copies(
            meeting_id, MeetingPackRenderer(), out_dir=Path(folder)
        )
    numbers = [r.copy.copy_number for r in results]
    for number in numbers[:3]:
        session.meetings.set_copy_status(meeting_id, number, CopyStatus.RETURNED)
    if len(numbers) > 3:
        session.meetings.set_copy_status(meeting_id, numbers[3], CopyStatus.DESTROYED)


def _coming_meeting(session: Session, day: date, refs: list[str]) -> None:
    meeting = session.meetings.add_meeting(
        "Channel panel (invented)", day, place=PLACE, statement=STATEMENT
    )
    _members(session, meeting.id)
    session.meetings.set_agenda(meeting.id, refs)
