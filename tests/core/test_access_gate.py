"""The one gate, walked method by method.

Every public service method that takes a case (a reference, references or an attachment) is
listed in CALLS with a way to call it. The first test fails when a method is added without
an entry, so a new method cannot forget the gate. Each entry is then tried:

- above the user's clearance: refused, exit 5, nothing changed but one refusal event;
- outside the caseload without a justification: refused, same (methods that work on the
  role's own duty, a chair's agenda or pack and a transfer export, are refused instead to a
  user whose role lacks that duty);
- by a role without the permission: refused, same.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_service import AuditService
from securedesk.core.cases.attachment_service import AttachmentService
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_service import CaseService
from securedesk.core.cases.case_store import Attachment
from securedesk.core.domain import ActionStatus, CaseStatus, Person
from securedesk.core.errors import EXIT_POLICY, PolicyRefused
from securedesk.core.markings import Marking
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.reports.categories import ClosingOutcome
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.core.users.user_service import UserService
from securedesk.transfer.bundle_export import export_bundle

from ..conftest import ADMIN_PASS, FAST_KDF, OFFICER_PASS
from ..vault_rows import content_digest

PASS = OFFICER_PASS
TODAY = date(2026, 6, 1)
CASE_PARAMS = {"ref", "refs", "attachment", "case_refs"}


@dataclass
class World:
    folder: Path
    secret_ref: str  # owned by oscar, SECRET
    sensitive_ref: str  # owned by oscar, OFFICIAL-SENSITIVE
    secret_attachment: Attachment
    sensitive_attachment: Attachment
    meeting_id: str  # chaired by chris, both cases on its agenda
    out: Path


def _sign_in(folder: Path, name: str) -> Session:
    return Session.sign_in(folder, name, PASS)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    import keyring

    from ..keyring_memory import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    folder = tmp_path_factory.mktemp("gate") / "vault"
    admin = Session.create_vault(
        folder, admin="admin", passphrase=ADMIN_PASS, terminal_binding=False, kdf_params=FAST_KDF
    )
    people = {
        "oscar": ([Role.OFFICER], Marking.SECRET),  # owns the cases
        "olivia": ([Role.OFFICER], Marking.OFFICIAL_SENSITIVE),
        "carol": ([Role.CHAIR, Role.OFFICER], Marking.OFFICIAL_SENSITIVE),
        "chris": ([Role.CHAIR, Role.OFFICER], Marking.SECRET),
        "tom": ([Role.TRANSFER], Marking.OFFICIAL_SENSITIVE),
        "ned": ([Role.AUDITOR], Marking.SECRET),
    }
    for name, (roles, clearance) in people.items():
        admin.users.add_user(name, roles, PASS, clearance)
    admin.lock()
    for name in people:
        with _sign_in(folder, name) as s:
            s.users.change_own_passphrase(PASS)
    src = folder.parent / "note.txt"
    src.write_text("a note\n")
    with _sign_in(folder, "oscar") as oscar:
        refs = {}
        atts = {}
        for marking in (Marking.SECRET, Marking.OFFICIAL_SENSITIVE):
            case = oscar.cases.add_case(
                [Person("Rhys", "Llewelyn")],
                referral_source="Police",
                referral_date=date(2026, 1, 5),
                marking=marking,
            )
            oscar.cases.add_item(case.ref, agency="Police", text="Seen at the station.")
            atts[marking] = oscar.attachments.add_attachment(case.ref, src)
            refs[marking] = case.ref
    with _sign_in(folder, "chris") as chris:
        meeting = chris.meetings.add_meeting("Panel", date(2026, 7, 1))
        chris.meetings.add_member(meeting.id, "Dr Jones", "Health", Marking.OFFICIAL_SENSITIVE)
        chris.meetings.set_agenda(meeting.id, list(refs.values()))
    yield World(
        folder,
        refs[Marking.SECRET],
        refs[Marking.OFFICIAL_SENSITIVE],
        atts[Marking.SECRET],
        atts[Marking.OFFICIAL_SENSITIVE],
        meeting.id,
        folder.parent / "out",
    )
    keyring.set_keyring(previous)


# (session, reference, attachment, world, justification): the call to try.
Call = Callable[[Session, str, Attachment, World, str], object]


@dataclass(frozen=True)
class Entry:
    call: Call
    duty: bool = False  # granted on the role's duty, without a justification
    denied_to: str = "ned"  # a user whose role lacks the permission


CALLS: dict[str, Entry] = {
    "CaseService.open_case": Entry(lambda s, r, a, w, j: s.cases.open_case(r, j)),
    "CaseService.change_status": Entry(
        lambda s, r, a, w, j: s.cases.change_status(r, CaseStatus.CLOSED, "done", justification=j)
    ),
    "CaseService.add_item": Entry(
        lambda s, r, a, w, j: s.cases.add_item(r, agency="X", text="t", justification=j)
    ),
    "CaseService.add_chronology_entry": Entry(
        lambda s, r, a, w, j: s.cases.add_chronology_entry(
            r, date(2026, 1, 6), "Met", justification=j
        )
    ),
    "CaseService.add_action": Entry(
        lambda s, r, a, w, j: s.cases.add_action(
            r, "Visit", "Police", "PC Jones", None, justification=j
        )
    ),
    "CaseService.update_action": Entry(
        lambda s, r, a, w, j: s.cases.update_action(
            r, "no-such-action", ActionStatus.DONE, "ok", justification=j
        )
    ),
    "CaseService.add_assessment": Entry(
        lambda s, r, a, w, j: s.cases.add_assessment(r, _full_scores(s), "Summary", justification=j)
    ),
    "CaseService.access_log": Entry(lambda s, r, a, w, j: s.cases.access_log(r, j)),
    "AttachmentService.add_attachment": Entry(
        lambda s, r, a, w, j: s.attachments.add_attachment(
            r, w.folder.parent / "note.txt", justification=j
        )
    ),
    "AttachmentService.for_case": Entry(lambda s, r, a, w, j: s.attachments.for_case(r, j)),
    "AttachmentService.read": Entry(lambda s, r, a, w, j: s.attachments.read(a, j)),
    "AttachmentService.save_out": Entry(
        lambda s, r, a, w, j: s.attachments.save_out(a, w.out / "saved.txt", j)
    ),
    "MeetingService.set_agenda": Entry(
        lambda s, r, a, w, j: s.meetings.set_agenda(w.meeting_id, [r]),
        duty=True,
        denied_to="olivia",
    ),
    "MeetingService.move_on_agenda": Entry(
        lambda s, r, a, w, j: s.meetings.move_on_agenda(w.meeting_id, r, 1),
        duty=True,
        denied_to="olivia",
    ),
    "MeetingService.set_decision_sought": Entry(
        lambda s, r, a, w, j: s.meetings.set_decision_sought(w.meeting_id, r, "Adopt"),
        duty=True,
        denied_to="olivia",
    ),
    "MeetingService.record_minutes": Entry(
        lambda s, r, a, w, j: s.meetings.record_minutes(w.meeting_id, r, decision="Adopt"),
        duty=True,
        denied_to="olivia",
    ),
    "MeetingService.minutes_history": Entry(
        lambda s, r, a, w, j: s.meetings.minutes_history(w.meeting_id, r),
        duty=True,
        denied_to="olivia",
    ),
    "MeetingService.agree_action": Entry(
        lambda s, r, a, w, j: s.meetings.agree_action(
            w.meeting_id, r, description="Visit", agency="Police", owner="PC Jones"
        ),
        duty=True,
        denied_to="olivia",
    ),
    "ReportService.set_categories": Entry(
        lambda s, r, a, w, j: ReportService(s).set_categories(r, gender="male", justification=j)
    ),
    "ReportService.change_status": Entry(
        lambda s, r, a, w, j: ReportService(s).change_status(
            r, CaseStatus.CLOSED, "done", outcome=ClosingOutcome.SIGNPOSTED, justification=j
        )
    ),
    "export_bundle": Entry(
        lambda s, r, a, w, j: export_bundle(
            s, recipients=["0" * 30], case_refs=[r], out=w.out / "b"
        ),
        duty=True,
        denied_to="olivia",
    ),
}


# Methods that take a reference but read nothing of the case, with the reason.
NOT_CASE_READS = {
    # Whether a justification will be asked: what the case list already shows (its owner).
    "CaseService.needs_justification",
}


def _full_scores(s: Session) -> list[object]:
    from securedesk.core.domain import FactorScore

    return [FactorScore(f.id, 1, "evidence") for f in s.framework.factors]


def _case_scoped_methods() -> set[str]:
    found = set()
    for cls in (
        CaseService,
        AttachmentService,
        MeetingService,
        UserService,
        AuditService,
        ReportService,
    ):
        for name, fn in inspect.getmembers(cls, inspect.isfunction):
            if name.startswith("_"):
                continue
            if CASE_PARAMS & set(inspect.signature(fn).parameters):
                found.add(f"{cls.__name__}.{name}")
    found.add("export_bundle")
    return found


def test_every_case_scoped_method_is_in_the_table() -> None:
    """Adding a method that takes a case without listing it here fails this test."""
    assert _case_scoped_methods() == set(CALLS) | NOT_CASE_READS


def _events(s: Session) -> list[audit.AuditEvent]:
    return list(audit.iter_events(s.vault.conn))


def _attempt(
    world: World, user: str, entry: Entry, ref: str, att: Attachment, why: str = ""
) -> None:
    world.out.mkdir(exist_ok=True)
    with _sign_in(world.folder, user) as s:
        before = content_digest(s.vault.conn)
        events_before = len(_events(s))
        with pytest.raises(PolicyRefused) as caught:
            entry.call(s, ref, att, world, why)
        assert caught.value.exit_code == EXIT_POLICY
        # The message never tells the case's marking or state.
        text = str(caught.value)
        assert "SECRET" not in text.replace(s.user.clearance.value, "")
        assert not any(st.value in text for st in CaseStatus)
        assert content_digest(s.vault.conn) == before
        new = _events(s)[events_before:]
        assert [e.outcome for e in new] == ["refused"]
    assert not any(world.out.iterdir())


@pytest.mark.parametrize("name", sorted(CALLS))
def test_refused_above_clearance(world: World, name: str) -> None:
    entry = CALLS[name]
    # olivia (officer) and carol (chair) and tom (transfer) are cleared to OFFICIAL-SENSITIVE;
    # each is given a justification, so only the clearance can refuse them.
    user = {"MeetingService": "carol", "export_bundle": "tom"}.get(name.split(".")[0], "olivia")
    _attempt(world, user, entry, world.secret_ref, world.secret_attachment, "panel cover")


@pytest.mark.parametrize("name", sorted(CALLS))
def test_refused_outside_the_caseload_without_justification(world: World, name: str) -> None:
    entry = CALLS[name]
    # chris is cleared to SECRET and is not the owner. The chair's agenda and the transfer
    # officer's export stand on the role's duty; without that role the same call is refused.
    user = entry.denied_to if entry.duty else "chris"
    _attempt(world, user, entry, world.sensitive_ref, world.sensitive_attachment)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_refused_for_a_role_without_the_permission(world: World, name: str) -> None:
    entry = CALLS[name]
    _attempt(world, entry.denied_to, entry, world.sensitive_ref, world.sensitive_attachment)


def test_the_owner_and_a_justified_reader_get_in(world: World) -> None:
    """The gate is not a wall: the same calls succeed on the right grounds."""
    with _sign_in(world.folder, "oscar") as oscar:
        assert oscar.cases.open_case(world.secret_ref).case.ref == world.secret_ref
    with _sign_in(world.folder, "chris") as chris:
        view = chris.cases.open_case(world.sensitive_ref, "panel preparation")
        assert view.case.ref == world.sensitive_ref
        assert chris.cases.access_log(world.sensitive_ref, "panel preparation")


def test_an_open_is_one_consultation_however_often_it_is_redrawn(world: World) -> None:
    with _sign_in(world.folder, "oscar") as oscar:
        before = sum(1 for e in _events(oscar) if e.action == "case viewed")
        for _ in range(5):
            oscar.cases.open_case(world.sensitive_ref)
        after = sum(1 for e in _events(oscar) if e.action == "case viewed")
        assert after == before + 1


def test_lists_and_counts_hide_cases_above_clearance(world: World) -> None:
    with _sign_in(world.folder, "olivia") as olivia:
        refs = {r.ref for r in olivia.cases.list_cases(CaseQuery())}
        assert world.secret_ref not in refs and world.sensitive_ref in refs
        assert olivia.cases.count_cases(CaseQuery()) == 1
        summary = olivia.meetings.list_meetings()[0]
        assert summary.agenda_refs == (world.sensitive_ref,) and summary.agenda_cases == 1
