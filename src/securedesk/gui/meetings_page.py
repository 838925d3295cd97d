"""Meetings: the list of panel meetings and, for the one selected, its members and agenda;
for chairs, planning (meeting, members, attendance, agenda, minutes) and packs (preview from
memory, issue numbered copies to a folder, print). The rules are the core's MeetingService."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Permission
from securedesk.core.domain import Meeting, MeetingMember
from securedesk.core.meetings.meeting_base import IssueResult
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.meetings.pack_content import CopyContent, RenderedPack
from securedesk.core.session import Session
from securedesk.gui.copy_register_panel import CopyRegisterPanel
from securedesk.gui.dialog_host import DialogHost
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import agency_label, name_inner_parts
from securedesk.gui.meeting_dialogs import (
    AddMemberDialog,
    AgendaDialog,
    MinutesDialog,
    NewMeetingDialog,
    _SaveDialog,
)
from securedesk.gui.pack_preview import PackPreviewDialog
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    fill_table,
    read_only_table,
    select_item,
    selected_item,
)
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl

NOTE_STYLE = "color: #666666;"


@dataclass(frozen=True)
class MeetingRow:
    meeting: Meeting
    agenda_cases: int
    refs: list[str]


def meeting_rows(session: Session) -> list[MeetingRow]:
    """The meetings to list, newest first, with the cases on each agenda."""
    return [
        MeetingRow(s.meeting, s.agenda_cases, list(s.agenda_refs))
        for s in session.meetings.list_meetings()
    ]


def attendance_label(value: str) -> str:
    labels = {
        "invited": QCoreApplication.translate("MeetingsPage", "Invited"),
        "attended": QCoreApplication.translate("MeetingsPage", "Attended"),
        "apologies": QCoreApplication.translate("MeetingsPage", "Apologies"),
    }
    return labels.get(value, value)


def _table(headers: list[str], name: str, object_name: str) -> QTableWidget:
    table = read_only_table(headers, name, object_name)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    """Columns grow to their content and never shrink back: they once shrank to the
    headers' width whenever a refresh found fewer or shorter rows."""
    before = [table.columnWidth(c) for c in range(table.columnCount())]
    fill_table(table, rows)
    table.resizeColumnsToContents()
    for c, width in enumerate(before):
        if table.columnWidth(c) < width:
            table.setColumnWidth(c, width)


class MeetingsPage(DialogHost):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.session = session
        self.service = MeetingService(session)
        self.rows: list[MeetingRow] = []
        self.member_list: list[MeetingMember] = []
        self.issued: list[IssueResult] = []

        self.meetings = _table(
            [
                self.tr("Date"),
                self.tr("Title"),
                self.tr("Place"),
                self.tr("Chair"),
                self.tr("Cases on agenda"),
            ],
            self.tr("Meetings"),
            "meetingsTable",
        )
        # The title takes the width; the place keeps a modest width (the user may widen it),
        # elided with the whole text on hover; date, chair and agenda count stay whole. The
        # place once grew to its text, squeezed the title to "Chan…" and pushed the chair
        # off the edge.
        header = self.meetings.horizontalHeader()
        for col in (0, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.meetings.setColumnWidth(2, self.meetings.fontMetrics().horizontalAdvance("M" * 12))
        self.meetings.setWordWrap(False)
        self.meetings.itemSelectionChanged.connect(self._show_selected)
        meetings_label = QLabel(self.tr("Mee&tings:"))
        meetings_label.setBuddy(self.meetings)

        self.heading = plain_label()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.members = _table(
            [
                self.tr("Name"),
                self.tr("Agency"),
                self.tr("Clearance"),
                self.tr("Attendance"),
            ],
            self.tr("Meeting members"),
            "membersTable",
        )
        members_label = QLabel(self.tr("Mem&bers:"))
        members_label.setBuddy(self.members)
        self.agenda = QListWidget()
        self.agenda.setObjectName("agendaList")
        self.agenda.setAccessibleName(self.tr("Cases on the agenda"))
        agenda_label = QLabel(self.tr("A&genda:"))
        agenda_label.setBuddy(self.agenda)

        can_manage = Permission.MANAGE_MEETINGS in session.permissions
        can_print = Permission.PRINT in session.permissions
        self.note = QLabel(
            self.tr(
                "Issuing or printing a pack is recorded as a disclosure, with each copy in "
                "the copy register."
            )
            if can_print
            else self.tr("Only a chair can plan meetings and issue their packs.")
        )
        self.note.setObjectName("meetingsNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.agreed = plain_label()  # what the last agreed action joined
        self.agreed.setObjectName("meetingsAgreed")
        self.agreed.setStyleSheet(NOTE_STYLE)
        self.error = plain_label()
        self.error.setObjectName("meetingsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        self.copies_panel = CopyRegisterPanel(self.service)
        self.copies_panel.failed.connect(self.error.setText)
        self.copies_panel.setVisible(False)
        self.register = self.copies_panel.table
        self.empty_note = plain_label(self.tr("No meetings yet."))
        self.empty_note.setObjectName("meetingsEmpty")
        self.empty_note.setStyleSheet(NOTE_STYLE)
        self.empty_note.setVisible(False)
        self.up_button = QPushButton(self.tr("M&ove up"))
        self.up_button.setAccessibleName(self.tr("Move the chosen case up the agenda"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setAccessibleName(self.tr("Move the chosen case down the agenda"))
        for b, step in ((self.up_button, -1), (self.down_button, 1)):
            b.clicked.connect(lambda _c=False, n=step: self.move_on_agenda(n))
            b.setVisible(Permission.MANAGE_MEETINGS in session.permissions)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Progress issuing copies"))
        self.progress.setVisible(False)

        def button(text: str, name: str, slot: object, shown: bool) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            b.setVisible(shown)
            return b

        self.new_button = button(
            self.tr("&New meeting…"), self.tr("New meeting"), self.new_meeting, can_manage
        )
        self.member_button = button(
            self.tr("Add &member…"), self.tr("Add member"), self.add_member, can_manage
        )
        self.attended_button = button(
            self.tr("Attende&d"),
            self.tr("Mark the selected member as attended"),
            lambda: self.set_attendance("attended"),
            can_manage,
        )
        self.apologies_button = button(
            self.tr("Apologi&es"),
            self.tr("Mark the selected member as sending apologies"),
            lambda: self.set_attendance("apologies"),
            can_manage,
        )
        self.agenda_button = button(
            self.tr("&Agenda…"), self.tr("Set the agenda"), self.edit_agenda, can_manage
        )
        self.minutes_button = button(
            self.tr("Min&utes…"),
            self.tr("Minutes of the selected case"),
            self.edit_minutes,
            can_manage,
        )
        self.action_button = button(
            self.tr("Agree a&ction…"),
            self.tr("An action agreed for the selected case"),
            self.agree_action,
            can_manage,
        )
        self.preview_button = button(
            self.tr("Pre&view pack…"),
            self.tr("Preview the selected member's pack"),
            self.preview_pack,
            can_print,
        )
        self.issue_button = button(
            self.tr("&Issue copies…"),
            self.tr("Issue numbered copies to a folder"),
            self.issue_copies,
            can_print and can_manage,
        )
        plan_row = QHBoxLayout()
        for b in (self.new_button, self.member_button, self.attended_button):
            plan_row.addWidget(b)
        plan_row.addWidget(self.apologies_button)
        plan_row.addStretch(1)
        pack_row = QHBoxLayout()
        for b in (self.agenda_button, self.minutes_button, self.action_button):
            pack_row.addWidget(b)
        pack_row.addWidget(self.preview_button)
        pack_row.addWidget(self.issue_button)
        pack_row.addStretch(1)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(meetings_label)
        ll.addWidget(self.empty_note)
        ll.addWidget(self.meetings)
        detail = QWidget()
        detail.setObjectName("meetingDetail")
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.heading)
        dl.addWidget(members_label)
        dl.addWidget(self.members, 2)
        dl.addWidget(agenda_label)
        dl.addWidget(self.agenda, 1)
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addStretch(1)
        dl.addLayout(order_row)
        dl.addWidget(self.copies_panel, 2)  # the register's rows, not two of them
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([3000, 2000])  # 3:2 from the start, not from the panes' hints

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(plan_row)
        layout.addLayout(pack_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.agreed)
        layout.addWidget(self.error)
        name_inner_parts(self)
        self.members.itemSelectionChanged.connect(self.update_buttons)
        self.agenda.currentRowChanged.connect(lambda _r: self.update_buttons())
        self.refresh()
        self.update_buttons()

    def refresh(self) -> None:
        selected = self.selected_meeting()
        try:
            self.rows = meeting_rows(self.session)
        except Exception as exc:
            self.rows = []
            self.error.setText(message_for(exc))
        else:
            self.error.clear()
        place_width = self.meetings.columnWidth(2)  # as set, or as the user widened it
        _fill(
            self.meetings,
            [
                [
                    r.meeting.meeting_date.isoformat(),
                    r.meeting.title,
                    r.meeting.place,
                    r.meeting.chair,
                    str(r.agenda_cases),
                ]
                for r in self.rows
            ],
        )
        self.meetings.setColumnWidth(2, place_width)
        for row in range(len(self.rows)):
            item = self.meetings.item(row, 4)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for col in (1, 2):  # title and place may be elided: whole on hover
                cell = self.meetings.item(row, col)
                if cell is not None:
                    cell.setToolTip(cell.text())
        self.empty_note.setVisible(not self.rows)
        if not self.rows:
            self.heading.clear()
            self._show_detail(None)
        elif selected is not None and self.select_meeting(selected.id):
            pass
        else:
            self.meetings.selectRow(0)

    def selected_meeting(self) -> Meeting | None:
        row = selected_item(self.meetings, self.rows)
        return row.meeting if row is not None else None

    def select_meeting(self, meeting_id: str) -> bool:
        return select_item(self.meetings, self.rows, lambda row: row.meeting.id == meeting_id)

    def _show_selected(self) -> None:
        self._show_detail(self.selected_meeting())
        self.update_buttons()

    def update_buttons(self) -> None:
        """Each button is live only when what it acts on is chosen (they all answered
        "Choose a meeting first" before)."""
        meeting = self.selected_meeting() is not None
        member = meeting and self.selected_member() is not None
        ref = self.selected_ref() if meeting else None
        for b in (self.member_button, self.agenda_button, self.issue_button):
            b.setEnabled(meeting and not self.busy)
        for b in (self.attended_button, self.apologies_button):
            b.setEnabled(member)
        self.preview_button.setEnabled(member and not self.busy)
        self.minutes_button.setEnabled(ref is not None)
        self.action_button.setEnabled(ref is not None)
        row = self.agenda.currentRow() if ref is not None else -1
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.agenda.count() - 1)

    def move_on_agenda(self, step: int) -> None:
        meeting, ref = self.selected_meeting(), self.selected_ref()
        if meeting is None or ref is None:
            return
        position = self.agenda.currentRow() + 1 + step
        try:
            self.service.move_on_agenda(meeting.id, ref, position)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self._refresh_to(meeting.id)
        self.agenda.setCurrentRow(position - 1)

    def _show_detail(self, meeting: Meeting | None) -> None:
        self.member_list = []
        if Permission.MANAGE_MEETINGS in self.session.permissions:
            self.copies_panel.show_meeting(meeting.id if meeting is not None else None)
        if meeting is None:
            _fill(self.members, [])
            self.agenda.clear()
            if self.rows:
                self.heading.setText(self.tr("Choose a meeting to see its members and agenda."))
            return
        try:
            members: list[MeetingMember] = self.session.meetings.members(meeting.id)
            refs = next(r.refs for r in self.rows if r.meeting.id == meeting.id)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        # Plain text, one line each: the title and the statement are whatever was typed.
        lines = [
            meeting.title,
            self.tr("%1 at %2, chaired by %3")
            .replace("%1", meeting.meeting_date.isoformat())
            .replace("%2", meeting.place or self.tr("(no place given)"))
            .replace("%3", meeting.chair),
        ]
        if meeting.next_meeting is not None:
            lines.append(self.tr("Next meeting: %s") % meeting.next_meeting.isoformat())
        if meeting.confidentiality_statement:
            lines.append(meeting.confidentiality_statement)
        self.heading.setText("\n".join(lines))
        self.member_list = members
        _fill(
            self.members,
            [
                [m.name, agency_label(m.agency), m.clearance.value, attendance_label(m.attendance)]
                for m in members
            ],
        )
        self.agenda.clear()
        self.agenda.addItems(refs)
        if not refs:
            self.agenda.addItem(self.tr("(no cases on the agenda)"))

    # -- selection ------------------------------------------------------------------

    def selected_member(self) -> MeetingMember | None:
        return selected_item(self.members, self.member_list)

    def selected_ref(self) -> str | None:
        meeting = self.selected_meeting()
        item = self.agenda.currentItem()
        if meeting is None or item is None:
            return None
        refs = next((r.refs for r in self.rows if r.meeting.id == meeting.id), [])
        return item.text() if item.text() in refs else None

    def _need(self, value: object, message: str) -> bool:
        if value is None:
            self.error.setText(message)
            return False
        return True

    def _refresh_to(self, meeting_id: str) -> None:
        self.refresh()
        self.select_meeting(meeting_id)
        self._show_selected()

    # -- planning -------------------------------------------------------------------

    def new_meeting(self) -> None:
        def save(d: _SaveDialog) -> None:
            assert isinstance(d, NewMeetingDialog)
            meeting = self.service.add_meeting(d.title.text(), d.meeting_date, place=d.place.text())
            self._refresh_to(meeting.id)

        self.show_dialog(NewMeetingDialog(save, self))

    def add_member(self) -> None:
        meeting = self.selected_meeting()
        if not self._need(meeting, self.tr("Choose a meeting first.")):
            return
        assert meeting is not None

        def save(d: _SaveDialog) -> None:
            assert isinstance(d, AddMemberDialog)
            self.service.add_member(
                meeting.id, d.name.text(), d.agency.text(), d.marking, d.language
            )
            self._refresh_to(meeting.id)

        self.show_dialog(AddMemberDialog(save, self))

    def set_attendance(self, attendance: str) -> None:
        meeting, member = self.selected_meeting(), self.selected_member()
        if meeting is None or member is None:
            self.error.setText(self.tr("Choose a member first."))
            return
        try:
            self.service.set_attendance(meeting.id, member.id, attendance)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        row = self.members.selectionModel().selectedRows()[0].row()
        self._refresh_to(meeting.id)
        self.members.selectRow(row)

    def edit_agenda(self) -> None:
        meeting = self.selected_meeting()
        if not self._need(meeting, self.tr("Choose a meeting first.")):
            return
        assert meeting is not None
        refs = next((r.refs for r in self.rows if r.meeting.id == meeting.id), [])

        def save(d: _SaveDialog) -> None:
            assert isinstance(d, AgendaDialog)
            self.service.set_agenda(meeting.id, d.ref_list)
            self._refresh_to(meeting.id)

        self.show_dialog(AgendaDialog(refs, save, self, find=self.find_cases))

    def find_cases(self, text: str) -> list[tuple[str, str]]:
        """Cases to offer for an agenda: those matching `text`, or the open cases (through
        the session, so the clearance and the audit apply as in the case list)."""
        if text:
            return [(h.ref, h.subjects) for h in self.session.cases.search(text, limit=100)]
        from securedesk.core.cases.case_query import CaseQuery

        rows = self.session.cases.list_cases(CaseQuery(open_only=True, limit=100))
        return [(r.ref, r.subjects) for r in rows]

    def edit_minutes(self) -> None:
        meeting, ref = self.selected_meeting(), self.selected_ref()
        if meeting is None or ref is None:
            self.error.setText(self.tr("Choose a case on the agenda first."))
            return
        try:
            found = [m for m in self.service.minutes(meeting.id) if m.ref == ref]
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        current = (
            (found[0].discussion, found[0].decision, found[0].rationale, found[0].dissent)
            if found
            else ("", "", "", "")
        )

        def save(d: _SaveDialog) -> None:
            assert isinstance(d, MinutesDialog)
            self.service.record_minutes(
                meeting.id,
                ref,
                discussion=d.discussion.toPlainText(),
                decision=d.decision.toPlainText(),
                rationale=d.rationale.toPlainText(),
                dissent=d.dissent.toPlainText(),
            )
            self.error.clear()

        def history() -> None:
            from securedesk.gui.minutes_history_view import MinutesHistoryDialog

            MinutesHistoryDialog(self.service, meeting.id, ref, self).open()

        self.show_dialog(MinutesDialog(ref, current, save, self, history=history))

    def agree_action(self) -> None:
        """An action the meeting agreed for the selected agenda case: it joins the case's
        support plan (the window's `meeting action`)."""
        from securedesk.gui.meeting_action_dialog import AgreeActionDialog

        meeting, ref = self.selected_meeting(), self.selected_ref()
        if meeting is None or ref is None:
            self.error.setText(self.tr("Choose a case on the agenda first."))
            return

        def save(d: _SaveDialog) -> None:
            assert isinstance(d, AgreeActionDialog)
            self.service.agree_action(
                meeting.id,
                ref,
                description=d.description.toPlainText(),
                agency=d.agency.currentText(),
                owner=d.owner.text(),
                due_date=d.due_date(),
            )
            self.error.clear()
            self.agreed.setText(
                self.tr("Action agreed: it is on the support plan of %1.").replace("%1", ref)
            )

        self.show_dialog(AgreeActionDialog(ref, save, self))

    # -- packs ----------------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        for b in (self.preview_button, self.issue_button):
            b.setEnabled(not busy)

    def _failed(self, exc: object) -> None:
        self._busy(False)
        self.progress.setVisible(False)
        self.error.setText(
            message_for(exc) if isinstance(exc, BaseException) else self.tr("It failed.")
        )

    def preview_pack(self) -> None:
        meeting, member = self.selected_meeting(), self.selected_member()
        if meeting is None or member is None:
            self.error.setText(self.tr("Choose a member to preview their copy."))
            return
        service = self.service

        def work(control: TaskControl) -> object:
            from securedesk.packs.render import MeetingPackRenderer

            return service.preview(meeting.id, member.id, MeetingPackRenderer())

        def done(result: object) -> None:
            self._busy(False)
            self.error.clear()
            assert isinstance(result, tuple)
            rendered, content = cast("tuple[RenderedPack, CopyContent]", result)

            def issue_for_print() -> bytes:
                from securedesk.packs.render import MeetingPackRenderer

                issued = service.issue_copies(
                    meeting.id, MeetingPackRenderer(), members=[member.id]
                )
                data = issued[0].data
                assert data is not None
                return data

            dialog = PackPreviewDialog(
                rendered.data,
                content.marking,
                self.tr("Pack for %s") % member.name,
                self,
                issue=issue_for_print,
            )
            self.show_dialog(dialog)

        self._busy(True)
        self._task = Task(work, self)
        self._task.finished.connect(done)
        self._task.failed.connect(self._failed)
        self._task.start()

    def choose_folder(self) -> str:
        """The folder for issued copies ('' when cancelled); tests replace this."""
        from PySide6.QtCore import QStandardPaths

        # The user's documents folder (or home), never the working directory: started from
        # a source checkout, the dialog opened in the checkout.
        start = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        return QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the issued copies"), start
        )

    def issue_copies(self) -> None:
        meeting = self.selected_meeting()
        if not self._need(meeting, self.tr("Choose a meeting first.")):
            return
        assert meeting is not None
        folder = self.choose_folder()
        if not folder:
            return
        service = self.service
        out_dir = Path(folder)

        def work(control: TaskControl) -> object:
            from securedesk.packs.render import MeetingPackRenderer

            return service.issue_copies(
                meeting.id, MeetingPackRenderer(), out_dir=out_dir, progress=control.progress
            )

        def progress(done: int, total: int) -> None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)

        def done(result: object) -> None:
            self._busy(False)
            self.progress.setVisible(False)
            self.error.clear()
            assert isinstance(result, list)
            self.issued = result
            self.copies_panel.show_meeting(meeting.id)
            self.update_buttons()

        self._busy(True)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._task = Task(work, self)
        self._task.progress.connect(progress)
        self._task.finished.connect(done)
        self._task.failed.connect(self._failed)
        self._task.start()
