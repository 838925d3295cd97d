"""The meetings page for chairs: planning through its dialogs, previewing a pack from memory,
issuing copies to a folder and printing (pytest-qt, offscreen)."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from securedesk.core.domain import Person
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.gui.meeting_dialogs import (
    AddMemberDialog,
    AgendaDialog,
    MinutesDialog,
    NewMeetingDialog,
)
from securedesk.gui.meetings_page import MeetingsPage
from securedesk.gui.pack_preview import PackPreviewDialog

from .test_admin_audit_pages import _unnamed_controls


def _listing(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} if folder.exists() else set()


def _page(qtbot, session: Session) -> MeetingsPage:
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def _plan(qtbot, page: MeetingsPage, session: Session) -> str:
    """A meeting with two members and one case on the agenda, made through the dialogs."""
    case = session.cases.add_case(
        [Person("Aled", "Pritchard")],
        referral_source="Police",
        referral_date=date.today() - timedelta(days=10),
    )
    page.new_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, NewMeetingDialog)
    assert not _unnamed_controls(dialog)
    dialog.title.setText("May panel")
    dialog.place.setText("Room 4")
    dialog.accept()
    assert page.active_dialog is None
    assert page.selected_meeting() is not None
    assert page.selected_meeting().title == "May panel"

    for name, agency, clearance in (
        ("Dafydd Hughes", "Police", 2),
        ("Bethan Lloyd", "Education", 0),
    ):
        page.member_button.click()
        member = page.active_dialog
        assert isinstance(member, AddMemberDialog)
        member.name.setText(name)
        member.agency.setText(agency)
        member.clearance.setCurrentIndex(clearance)
        member.accept()
        assert page.active_dialog is None, member.error.text()

    page.agenda_button.click()
    agenda = page.active_dialog
    assert isinstance(agenda, AgendaDialog)
    assert not _unnamed_controls(agenda)
    # Chosen from the list of cases (found by its subject's name), not typed.
    agenda.search.setText("Pritchard")
    agenda.run_find()
    agenda.found.item(0).setSelected(True)
    agenda.add_button.click()
    agenda.accept()
    assert page.active_dialog is None, agenda.error.text()
    assert [page.agenda.item(i).text() for i in range(page.agenda.count())] == [case.ref]
    return case.ref


def test_chair_plans_a_meeting_through_the_dialogs(qtbot, chair: Session) -> None:
    page = _page(qtbot, chair)
    assert not _unnamed_controls(page)
    ref = _plan(qtbot, page, chair)
    assert page.members.rowCount() == 2
    assert page.members.item(1, 2).text() == "SECRET"

    # A refusal from the core keeps the dialog open with the message in red.
    page.member_button.click()
    again = page.active_dialog
    assert isinstance(again, AddMemberDialog)
    assert not _unnamed_controls(again)
    again.name.setText("Dafydd Hughes")
    again.agency.setText("Police")
    again.accept()
    assert page.active_dialog is again and "already a member" in again.error.text()
    again.reject()

    page.members.selectRow(0)
    page.attended_button.click()
    assert page.members.item(0, 3).text() == "Attended"

    page.agenda.setCurrentRow(0)
    page.minutes_button.click()
    minutes = page.active_dialog
    assert isinstance(minutes, MinutesDialog)
    assert not _unnamed_controls(minutes)
    minutes.discussion.setPlainText("Discussed the referral.")
    minutes.decision.setPlainText("Keep open.")
    minutes.accept()
    assert page.active_dialog is None, minutes.error.text()
    meeting = page.selected_meeting()
    assert meeting is not None
    saved = MeetingService(chair).minutes(meeting.id)
    assert [(m.ref, m.decision) for m in saved] == [(ref, "Keep open.")]


def test_preview_shows_the_pack_from_memory_and_prints(
    qtbot, chair: Session, vault: Path, tmp_path: Path
) -> None:
    page = _page(qtbot, chair)
    _plan(qtbot, page, chair)
    temp = Path(tempfile.gettempdir())
    before = (_listing(vault), {p.name for p in temp.iterdir()})

    page.members.selectRow(1)
    page.preview_button.click()
    qtbot.waitUntil(lambda: isinstance(page.active_dialog, PackPreviewDialog), timeout=15000)
    preview = page.active_dialog
    assert isinstance(preview, PackPreviewDialog)
    assert preview.document.pageCount() > 0
    # The copy's own marking (the highest it shows), at top and bottom.
    assert preview.top.marking is not None
    assert preview.top.text() == preview.bottom.text() == preview.top.marking.value
    assert preview.top.marking.value in preview.windowTitle()
    assert (_listing(vault), {p.name for p in temp.iterdir()}) == before

    out = tmp_path / "printed.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    preview.choose_printer = lambda: printer  # type: ignore[method-assign]
    preview.print_button.click()
    qtbot.waitUntil(lambda: preview.printed_pages > 0 or preview.error.text() != "", timeout=15000)
    assert preview.error.text() == ""
    printed = QPdfDocument()
    printed.load(str(out))
    assert printed.pageCount() == preview.printed_pages == preview.document.pageCount()
    # What was printed is a numbered copy, in the register as printed from memory; the
    # preview itself is in no register and nothing was written to the vault folder.
    meeting = page.selected_meeting()
    assert meeting is not None
    copies = MeetingService(chair).copies(meeting.id)
    assert [(c.copy_number, c.saved) for c in copies] == [(1, False)]
    assert _listing(vault) == before[0]
    assert not _unnamed_controls(preview)
    preview.reject()


def test_issue_copies_writes_the_files_and_shows_the_register(
    qtbot, chair: Session, tmp_path: Path
) -> None:
    page = _page(qtbot, chair)
    _plan(qtbot, page, chair)
    out = tmp_path / "copies"
    out.mkdir()
    page.choose_folder = lambda: str(out)  # type: ignore[method-assign]
    page.issue_button.click()
    qtbot.waitUntil(lambda: page.register.rowCount() == 2, timeout=15000)
    assert page.error.text() == ""
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 and all(f.endswith(".pdf") for f in files)
    rows = [[page.register.item(r, c).text() for c in range(3)] for r in range(2)]
    register = {c.copy_number: c for c in MeetingService(chair).copies()}
    for number, name, digest in rows:
        assert register[int(number)].sha256[:12] == digest
        assert name in {"Dafydd Hughes", "Bethan Lloyd"}

    # A folder that is not there: the core refuses; shown in red, not raised.
    page.choose_folder = lambda: str(tmp_path / "missing")  # type: ignore[method-assign]
    page.issue_button.click()
    qtbot.waitUntil(lambda: "is not a folder" in page.error.text(), timeout=15000)
    assert page.issue_button.isEnabled()


def test_officer_without_chair_role_sees_no_editing_buttons(qtbot, officer: Session) -> None:
    page = _page(qtbot, officer)
    for button in (
        page.new_button,
        page.member_button,
        page.attended_button,
        page.apologies_button,
        page.agenda_button,
        page.minutes_button,
        page.preview_button,
        page.issue_button,
    ):
        assert not button.isVisible(), button.text()
