"""The meetings page as a new chair meets it: buttons live only when their meeting, member or
case is chosen; the agenda picked from a list and reordered in the window; dialogs wide
enough for their titles; columns that keep their width; "No meetings yet" in the list; the
folder dialog starting in the user's documents; copy status recorded in the window."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog

from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.gui.meeting_dialogs import AgendaDialog, NewMeetingDialog
from securedesk.gui.meetings_page import MeetingsPage


def _page(qtbot, session: Session) -> MeetingsPage:
    page = MeetingsPage(session)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    return page


def _meeting(session: Session) -> tuple[str, list[str]]:
    service = MeetingService(session)
    refs = [
        session.cases.add_case(
            [Person("Iolo", name)], referral_source="Police", referral_date=date(2026, 1, n + 1)
        ).ref
        for n, name in enumerate(("Bowen", "Rees"))
    ]
    meeting = service.add_meeting("June panel", date.today() + timedelta(days=7), place="Room 1")
    service.add_member(meeting.id, "Dafydd Hughes", "Police", Marking.SECRET)
    service.set_agenda(meeting.id, refs)
    return meeting.id, refs


def test_buttons_wait_for_a_meeting_and_no_meetings_is_said_in_the_list(
    qtbot, chair: Session
) -> None:
    page = _page(qtbot, chair)
    assert page.empty_note.isVisible() and page.empty_note.text() == "No meetings yet."
    assert page.empty_note.parentWidget() is page.meetings.parentWidget()  # the list's pane
    assert page.heading.text() == ""  # not above Members
    for b in (
        page.member_button,
        page.agenda_button,
        page.minutes_button,
        page.attended_button,
        page.apologies_button,
        page.preview_button,
        page.issue_button,
        page.up_button,
        page.down_button,
    ):
        assert not b.isEnabled(), b.text()
    assert page.new_button.isEnabled()
    _meeting(chair)
    page.refresh()
    assert not page.empty_note.isVisible()
    assert page.member_button.isEnabled() and page.agenda_button.isEnabled()
    assert not page.attended_button.isEnabled()  # no member chosen yet
    page.members.selectRow(0)
    assert page.attended_button.isEnabled() and page.preview_button.isEnabled()
    assert not page.minutes_button.isEnabled()
    page.agenda.setCurrentRow(0)
    assert page.minutes_button.isEnabled()


def test_agenda_order_in_the_window(qtbot, chair: Session) -> None:
    meeting_id, refs = _meeting(chair)
    page = _page(qtbot, chair)
    page.agenda.setCurrentRow(0)
    assert not page.up_button.isEnabled() and page.down_button.isEnabled()
    page.down_button.click()
    entries, _hidden = MeetingService(chair).agenda(meeting_id)
    assert [e.ref for e in entries] == [refs[1], refs[0]]
    assert [page.agenda.item(i).text() for i in range(2)] == [refs[1], refs[0]]
    assert page.agenda.currentRow() == 1


def test_agenda_dialog_picks_and_orders_cases(qtbot, chair: Session) -> None:
    meeting_id, refs = _meeting(chair)
    extra = chair.cases.add_case(
        [Person("Nia", "Prydderch")], referral_source="School", referral_date=date(2026, 2, 1)
    ).ref
    page = _page(qtbot, chair)
    page.agenda_button.click()
    dialog = page.active_dialog
    assert isinstance(dialog, AgendaDialog)
    assert dialog.ref_list == refs
    offered = [dialog.found.item(i).text() for i in range(dialog.found.count())]
    assert any(extra in t and "Prydderch" in t for t in offered)  # open cases, with names
    assert not any(r in t for t in offered for r in refs)  # those on the agenda are not offered
    dialog.search.setText("Prydderch")
    dialog.run_find()
    assert dialog.found.count() == 1
    dialog.found.item(0).setSelected(True)
    dialog.add_button.click()
    dialog.chosen.setCurrentRow(2)
    dialog.up_button.click()
    assert dialog.ref_list == [refs[0], extra, refs[1]]
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= max(460, title_width)
    dialog.accept()
    entries, _hidden = MeetingService(chair).agenda(meeting_id)
    assert {e.ref for e in entries} == {refs[0], extra, refs[1]}


def test_dialog_is_wide_enough_for_its_title(qtbot, chair: Session) -> None:
    dialog = NewMeetingDialog(lambda _d: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    needed = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle() + " — SecureDesk")
    assert dialog.width() >= needed + 100 and dialog.width() >= 460


def test_columns_keep_their_width(qtbot, chair: Session) -> None:
    _meeting(chair)
    page = _page(qtbot, chair)
    widths = [page.meetings.columnWidth(c) for c in range(page.meetings.columnCount())]
    page.meetings.setColumnWidth(2, widths[2] + 80)  # the user widens Place
    MeetingService(chair).add_meeting("X", date.today(), place="")
    page.refresh()
    assert page.meetings.columnWidth(2) >= widths[2] + 80
    # Every column but Title (which stretches to fill what is left) keeps its width.
    assert all(page.meetings.columnWidth(c) >= w for c, w in enumerate(widths) if c != 1)


def test_issue_copies_folder_dialog_starts_in_documents(qtbot, chair: Session, monkeypatch) -> None:
    page = _page(qtbot, chair)
    seen: list[str] = []

    def fake(_parent, _title, start="", *_a):
        seen.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(fake))
    assert page.choose_folder() == ""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert seen == [documents or str(Path.home())]
    assert seen[0] != str(Path.cwd())


def test_copy_status_recorded_in_the_window(qtbot, chair: Session, tmp_path: Path) -> None:
    meeting_id, _refs = _meeting(chair)
    page = _page(qtbot, chair)
    out = tmp_path / "copies"
    out.mkdir()
    page.choose_folder = lambda: str(out)  # type: ignore[method-assign]
    page.issue_button.click()
    qtbot.waitUntil(lambda: page.register.rowCount() == 1, timeout=15000)
    panel = page.copies_panel
    assert panel.isVisible()
    assert page.register.item(0, 3).text() == "Issued"
    assert not any(b.isEnabled() for b in panel.buttons.values())  # no copy chosen
    page.register.selectRow(0)
    assert all(b.isEnabled() for b in panel.buttons.values())
    panel.buttons[CopyStatus.LOST].click()
    assert page.register.item(0, 3).text() == "Lost"
    assert MeetingService(chair).copies(meeting_id)[0].status is CopyStatus.LOST
    # A lost copy may turn up or be destroyed; it cannot be lost again.
    assert not panel.buttons[CopyStatus.LOST].isEnabled()
    panel.buttons[CopyStatus.RETURNED].click()
    panel.buttons[CopyStatus.DESTROYED].click()
    assert page.register.item(0, 3).text() == "Destroyed"
    assert not any(b.isEnabled() for b in panel.buttons.values())  # final
    # The chair's other page sees the same register on the meeting.
    again = _page(qtbot, chair)
    assert again.register.item(0, 3).text() == "Destroyed"
