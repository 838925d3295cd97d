"""Issue 11's first "Done when", in the window: an officer takes a case from referral to
closing and a chair goes from agenda to agreed and completed actions, through the widgets a
person uses (sign-in typed, buttons clicked, dialogs filled, rows double-clicked), with the
vault checked through the core after each step and the audit chain verified at the end.

The story runs in the order a case lives it: the officer opens the case (a likely duplicate
offered and chosen), records information, consent, an assessment with evidence and a plan
action (edited), and moves it to panel; the chair plans the meeting, sets the agenda with the
picker, minutes it, agrees an action, issues copies and records one returned; the officer
marks the agreed action done on the Plan tab and closes the case with its outcome."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QPushButton,
    QWidget,
)

from securedesk.core.domain import ActionStatus, CaseStatus, ConsentStatus, Person
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.reports.categories import ClosingOutcome
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.case_record_dialogs import ConsentDialog
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.item_dialog import ItemDialog
from securedesk.gui.main_window import MainWindow
from securedesk.gui.meeting_action_dialog import AgreeActionDialog
from securedesk.gui.meeting_dialogs import (
    AddMemberDialog,
    AgendaDialog,
    MinutesDialog,
    NewMeetingDialog,
)
from securedesk.gui.meetings_page import MeetingsPage
from securedesk.gui.new_case_dialog import NewCaseDialog
from securedesk.gui.plan_tab import ActionDialog, PlanTab
from securedesk.gui.sign_in import SignInDialog

from ..conftest import ADMIN_PASS, OFFICER_PASS
from ..vault_rows import content_digest
from .window_driving import click, modal, ok

TODAY = date.today()


# -- how a person works the window ----------------------------------------------------------


def _type(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def _button(parent: QWidget, accessible_name: str) -> QPushButton:
    found = [b for b in parent.findChildren(QPushButton) if b.accessibleName() == accessible_name]
    assert len(found) == 1, accessible_name
    return found[0]


def _sign_in(qtbot, vault: Path, user: str, passphrase: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The sign-in dialog, typed: user name, Tab, passphrase, Return."""
    dialog = SignInDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.user.clear()
    _type(qtbot, dialog.user, user)
    _type(qtbot, dialog.passphrase, passphrase)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    assert dialog.session is not None
    window = MainWindow(dialog.session)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


def _sign_out(window: MainWindow) -> None:
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone(30_000)
    session = window.session
    window.close()
    session.lock()


def _current_view(window: MainWindow) -> CaseViewWidget:
    view = window.case_tabs.currentWidget()
    assert isinstance(view, CaseViewWidget)
    return view


def _plan_rows(tab: PlanTab) -> list[list[str]]:
    t = tab.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _double_click_row(qtbot, tab: PlanTab, row: int) -> ActionDialog:  # type: ignore[no-untyped-def]
    cell = tab.table.visualItemRect(tab.table.item(row, 4)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    found: list[ActionDialog] = []

    def shown() -> None:
        found[:] = [d for d in tab.findChildren(ActionDialog) if d.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def _move(qtbot, view: CaseViewWidget, status: CaseStatus) -> None:  # type: ignore[no-untyped-def]
    view.tabs.setCurrentIndex(0)
    index = view.status_choice.findData(status)
    assert index >= 0, f"{status} not offered"
    view.status_choice.setCurrentIndex(index)
    click(qtbot, view.status_button)
    assert view.status_error.text() == ""


def _status(session: Session, ref: str) -> CaseStatus:
    return session.cases.open_case(ref).case.status


# -- the story -----------------------------------------------------------------------------


def test_referral_to_closing_and_agenda_to_completed_actions(
    qtbot, vault: Path, tmp_path: Path
) -> None:
    # A person already held: a referral for "Carys Bowen" born 2009-03-14 is likely her.
    seed = Session.sign_in(vault, "olivia", OFFICER_PASS)
    held = Person("Carys", "Bowen", date(2009, 3, 14))
    seed.cases.add_case([held], referral_source="School", referral_date=date(2025, 9, 1))
    seed.lock()

    # ---- the officer ----------------------------------------------------------------------
    window = _sign_in(qtbot, vault, "olivia", OFFICER_PASS)
    officer = window.session
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    window.nav.setCurrentRow(0)
    seen: dict[str, object] = {}

    def new_case(d: QDialog) -> None:
        assert isinstance(d, NewCaseDialog)
        _type(qtbot, d.given, "Carys")
        _type(qtbot, d.family, "Bowen")
        d.dob.setFocus()
        d.dob.setSelectedSection(QDateTimeEdit.Section.YearSection)
        qtbot.keyClicks(d.dob, "20090314")  # each section complete moves to the next
        assert d.dob.date() == QDate(2009, 3, 14)
        d.source.setCurrentIndex(d.source.findText("Police"))
        d.gender.setCurrentIndex(d.gender.findData("female"))
        d.concern.setCurrentIndex(1)
        seen["concern"] = d.concern.currentData()
        QTest.keyClick(d, Qt.Key.Key_Return)
        qtbot.waitUntil(d.duplicates.isVisible)  # offered before anything is written
        offered = [d.duplicates.list.item(n).text() for n in range(d.duplicates.list.count())]
        assert offered[0].startswith("Use Carys Bowen, born 2009-03-14")
        assert offered[-1] == "Record a new person"
        d.duplicates.list.setCurrentRow(0)
        QTest.keyClick(d, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: d.case is not None)
        seen["case"] = d.case

    people_before = officer.vault.conn.execute("SELECT count(*) FROM people").fetchone()[0]
    modal(qtbot, page.new_case, NewCaseDialog, new_case)
    qtbot.waitUntil(lambda: isinstance(window.case_tabs.currentWidget(), CaseViewWidget))
    view = _current_view(window)
    ref = view.ref
    # The vault: one case, for the person already held (no second record), categories kept.
    case = officer.cases.open_case(ref).case
    assert case.status is CaseStatus.REFERRAL and case.referral_source == "Police"
    assert case.subject_ids == [held.id]
    assert officer.vault.conn.execute("SELECT count(*) FROM people").fetchone()[0] == people_before
    cats = ReportService(officer).read_categories(case.id)
    assert (cats.gender, cats.concern_type) == ("female", seen["concern"])

    # Information: Record information…
    def record_item(d: QDialog) -> None:
        assert isinstance(d, ItemDialog)
        d.agency.setCurrentText("Police")
        _type(qtbot, d.author, "PC Jones")
        _type(qtbot, d.text, "Shared extremist videos in a class group chat.")
        ok(qtbot, d)

    view.tabs.setCurrentIndex(2)
    modal(qtbot, _button(view, "Record information"), ItemDialog, record_item)
    qtbot.waitUntil(lambda: view.items.rowCount() == 1)
    (stored,) = officer.cases.open_case(ref).items
    assert stored.item.author == "PC Jones" and "class group chat" in stored.item.text
    _move(qtbot, view, CaseStatus.INFORMATION_GATHERING)
    assert _status(officer, ref) is CaseStatus.INFORMATION_GATHERING

    # Consent…
    def consent(d: QDialog) -> None:
        assert isinstance(d, ConsentDialog)
        d.status.setCurrentIndex(d.status.findData(ConsentStatus.PARENTAL_GIVEN))
        _type(qtbot, d.note, "Mother agreed at the home visit.")
        ok(qtbot, d)

    view.tabs.setCurrentIndex(0)
    modal(qtbot, _button(view, "Record consent"), ConsentDialog, consent)
    qtbot.waitUntil(lambda: "Mother agreed at the home visit." in view.overview.text())
    assert officer.cases.open_case(ref).case.consent is ConsentStatus.PARENTAL_GIVEN
    _move(qtbot, view, CaseStatus.ASSESSMENT)

    # Assessment, every score typed with its evidence for the first two factors.
    view.tabs.setCurrentWidget(view.assessment_tab)
    (first, (spin1, evidence1)), (second, (spin2, evidence2)) = list(view.scores.items())[:2]
    for spin, score in ((spin1, "2"), (spin2, "1")):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, score)
    _type(qtbot, evidence1, "Videos shared twice in May.")
    _type(qtbot, evidence2, "Teacher reports withdrawal from friends.")
    _type(qtbot, view.summary, "Vulnerable to online influence; support advised.")
    click(qtbot, _button(view, "Save assessment"))
    assert view.assessment_error.text() == ""
    (assessment,) = officer.cases.open_case(ref).assessments
    scores = {s.factor_id: (s.score, s.evidence) for s in assessment.scores}
    assert scores[first] == (2, "Videos shared twice in May.")
    assert scores[second] == (1, "Teacher reports withdrawal from friends.")
    _move(qtbot, view, CaseStatus.PANEL)

    # Plan tab: an action with a due date, typed, then changed by double-click.
    view.tabs.setCurrentWidget(view.plan)
    due = TODAY + timedelta(days=21)
    _type(qtbot, view.plan.text, "Refer to a mentoring scheme")
    _type(qtbot, view.plan.agency, "Education")
    _type(qtbot, view.plan.due, due.isoformat())
    click(qtbot, view.plan.add_button)
    qtbot.waitUntil(lambda: view.plan.table.rowCount() == 1)
    assert view.plan.error.text() == ""
    (planned,) = officer.store.actions_for_case(case.id)
    assert (planned.due_date, planned.owner, planned.status) == (due, "olivia", ActionStatus.OPEN)
    dialog = _double_click_row(qtbot, view.plan, 0)
    later = due + timedelta(days=7)
    dialog.due.selectAll()
    qtbot.keyClicks(dialog.due, later.isoformat())
    dialog.status.setCurrentIndex(dialog.status.findData(ActionStatus.IN_PROGRESS))
    qtbot.keyClicks(dialog.note, "Scheme has a waiting list")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: view.plan.table.item(0, 0).text() == later.isoformat())
    planned = officer.store.get_action(planned.id)
    assert (planned.due_date, planned.status) == (later, ActionStatus.IN_PROGRESS)
    assert [u.note for u in officer.store.action_updates(planned.id)] == [
        "Scheme has a waiting list"
    ]
    assert _status(officer, ref) is CaseStatus.PANEL
    _sign_out(window)

    # ---- the chair ------------------------------------------------------------------------
    window = _sign_in(qtbot, vault, "oscar", OFFICER_PASS)
    chair = window.session
    window.nav.setCurrentRow(window.page_keys.index("meetings"))
    meetings = window.page("meetings")
    assert isinstance(meetings, MeetingsPage)
    service = MeetingService(chair)

    click(qtbot, meetings.new_button)
    d = meetings.active_dialog
    assert isinstance(d, NewMeetingDialog)
    _type(qtbot, d.title, "June Channel panel")
    _type(qtbot, d.place, "Committee room 2")
    ok(qtbot, d)
    assert meetings.active_dialog is None, d.error.text()
    meeting = meetings.selected_meeting()
    assert meeting is not None and service.get_meeting(meeting.id).title == "June Channel panel"

    for name, agency, clearance in (
        ("Dafydd Hughes", "Police", "SECRET"),
        ("Bethan Lloyd", "Education", "OFFICIAL"),
    ):
        click(qtbot, meetings.member_button)
        m = meetings.active_dialog
        assert isinstance(m, AddMemberDialog)
        _type(qtbot, m.name, name)
        _type(qtbot, m.agency, agency)
        m.clearance.setCurrentIndex(m.clearance.findText(clearance))
        ok(qtbot, m)
        assert meetings.active_dialog is None, m.error.text()
    assert sorted(x.name for x in chair.meetings.members(meeting.id)) == [
        "Bethan Lloyd",
        "Dafydd Hughes",
    ]

    # The agenda, chosen with the picker by the subject's name.
    click(qtbot, meetings.agenda_button)
    agenda = meetings.active_dialog
    assert isinstance(agenda, AgendaDialog)
    _type(qtbot, agenda.search, "Bowen")
    qtbot.waitUntil(
        lambda: any(
            agenda.found.item(n).data(Qt.ItemDataRole.UserRole) == ref
            for n in range(agenda.found.count())
        ),
        timeout=5_000,
    )
    row = next(
        n for n in range(agenda.found.count())
        if agenda.found.item(n).data(Qt.ItemDataRole.UserRole) == ref
    )  # fmt: skip
    agenda.found.setCurrentRow(row)
    click(qtbot, agenda.add_button)
    ok(qtbot, agenda)
    assert meetings.active_dialog is None, agenda.error.text()
    entries, _ = service.agenda(meeting.id)
    assert [e.ref for e in entries] == [ref]

    # Minutes of the case.
    meetings.agenda.setCurrentRow(0)
    click(qtbot, meetings.minutes_button)
    minutes = meetings.active_dialog
    assert isinstance(minutes, MinutesDialog)
    _type(qtbot, minutes.discussion, "Police and school shared concerns.")
    _type(qtbot, minutes.decision, "Adopt as a Channel case.")
    _type(qtbot, minutes.rationale, "Vulnerability and online exposure.")
    ok(qtbot, minutes)
    assert meetings.active_dialog is None, minutes.error.text()
    (saved,) = service.minutes(meeting.id)
    assert (saved.ref, saved.decision) == (ref, "Adopt as a Channel case.")

    # An action agreed at the meeting joins the case's support plan.
    click(qtbot, meetings.action_button)
    agree = meetings.active_dialog
    assert isinstance(agree, AgreeActionDialog)
    before = content_digest(chair.vault.conn)
    ok(qtbot, agree)  # nothing typed: the core's refusal, in the dialog
    assert meetings.active_dialog is agree
    assert "cannot be empty" in agree.error.text(), agree.error.text()
    _type(qtbot, agree.due, "31/12/2026")
    _type(qtbot, agree.description, "x")
    agree.agency.setCurrentText("Police")
    ok(qtbot, agree)
    assert agree.error.text() == (
        "'31/12/2026' is not a date: type it as YYYY-MM-DD. Nothing was changed."
    )
    assert content_digest(chair.vault.conn) == before
    for field in (agree.due, agree.description):
        field.clear()
    _type(qtbot, agree.description, "Intervention provider to meet Carys weekly")
    agree.agency.setCurrentText("Local authority")
    _type(qtbot, agree.owner, "Youth service")
    agreed_due = TODAY + timedelta(days=14)
    _type(qtbot, agree.due, agreed_due.isoformat())
    ok(qtbot, agree)
    assert meetings.active_dialog is None, agree.error.text()
    assert ref in meetings.agreed.text()
    details = service.details(meeting.id)
    (agreed,) = [a.action for a in details.actions]
    assert (agreed.description, agreed.owner, agreed.due_date, agreed.agreed_on) == (
        "Intervention provider to meet Carys weekly",
        "Youth service",
        agreed_due,
        TODAY,
    )

    # Numbered copies issued to a folder (the folder dialog answered), one returned.
    out = tmp_path / "copies"
    out.mkdir()
    meetings.choose_folder = lambda: str(out)  # type: ignore[method-assign]
    click(qtbot, meetings.issue_button)
    qtbot.waitUntil(lambda: meetings.register.rowCount() == 2, timeout=30_000)
    assert meetings.error.text() == ""
    assert len(list(out.glob("*.pdf"))) == 2
    returned = meetings.copies_panel.buttons[CopyStatus.RETURNED]
    assert not returned.isEnabled()  # nothing chosen yet
    rect = meetings.register.visualItemRect(meetings.register.item(0, 1))
    qtbot.mouseClick(meetings.register.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, returned)
    copies = {c.copy_number: c.status for c in service.copies(meeting.id)}
    assert sorted(copies.values(), key=lambda s: s.value) == [
        CopyStatus.ISSUED,
        CopyStatus.RETURNED,
    ]
    _sign_out(window)

    # ---- the officer again: the agreed action done, the case closed ----------------------
    window = _sign_in(qtbot, vault, "olivia", OFFICER_PASS)
    officer = window.session
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    window.nav.setCurrentRow(0)
    page.reload()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    row = next(r for r in range(page.model.rowCount()) if page.model.ref_at(r) == ref)
    index: QModelIndex = page.table.model().index(row, 1)
    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: isinstance(window.case_tabs.currentWidget(), CaseViewWidget))
    view = _current_view(window)
    assert view.ref == ref
    _move(qtbot, view, CaseStatus.SUPPORT_PLAN)
    view.tabs.setCurrentWidget(view.plan)
    rows = _plan_rows(view.plan)
    assert len(rows) == 2
    at = next(n for n, r in enumerate(rows) if r[4] == "Intervention provider to meet Carys weekly")
    assert rows[at][:4] == [agreed_due.isoformat(), "Open", "Local authority", "Youth service"]
    rect = view.plan.table.visualItemRect(view.plan.table.item(at, 4))
    qtbot.mouseClick(view.plan.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    click(qtbot, view.plan.done_button)
    qtbot.waitUntil(lambda: any(r[1] == "Done" for r in _plan_rows(view.plan)), timeout=5_000)
    assert officer.store.get_action(agreed.id).status is ActionStatus.DONE

    _move(qtbot, view, CaseStatus.REVIEW)
    view.tabs.setCurrentIndex(0)
    view.status_choice.setCurrentIndex(view.status_choice.findData(CaseStatus.CLOSED))
    assert view.close_outcome.isVisibleTo(view)
    outcome = ClosingOutcome.SUPPORT_COMPLETED
    view.close_outcome.setCurrentIndex(view.close_outcome.findData(outcome))
    _type(qtbot, view.close_reason, "Support plan completed; no further concern.")
    click(qtbot, view.status_button)
    assert view.status_error.text() == ""
    closed = officer.cases.open_case(ref).case
    assert closed.status is CaseStatus.CLOSED
    assert ReportService(officer).read_categories(closed.id).closing_outcome is outcome
    history = [
        r[0]
        for r in officer.vault.conn.execute(
            "SELECT status FROM case_status_history WHERE case_id = ? ORDER BY id", (closed.id,)
        )
    ]
    assert history == [s.value for s in CaseStatus]
    _sign_out(window)

    # ---- the audit chain holds ------------------------------------------------------------
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        assert admin.audit.verify().ok
    finally:
        admin.lock()
