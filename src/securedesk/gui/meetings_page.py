"""Meetings, read-only: the list of panel meetings and, for the one selected, its members
and the references of the cases on its agenda. Packs and editing come later."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.domain import Meeting, MeetingMember
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for

ERROR_STYLE = "color: #a31515;"
NOTE_STYLE = "color: #666666;"


@dataclass(frozen=True)
class MeetingRow:
    meeting: Meeting
    agenda_cases: int
    refs: list[str]


def meeting_rows(session: Session) -> list[MeetingRow]:
    """The meetings to list, newest first, with the cases on each agenda."""
    return [MeetingRow(m, len(refs), refs) for m, refs in session.list_meetings()]


def attendance_label(value: str) -> str:
    labels = {
        "invited": QCoreApplication.translate("MeetingsPage", "Invited"),
        "attended": QCoreApplication.translate("MeetingsPage", "Attended"),
        "apologies": QCoreApplication.translate("MeetingsPage", "Apologies"),
    }
    return labels.get(value, value)


def _table(headers: list[str], name: str, object_name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class MeetingsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingsPage")
        self.session = session
        self.rows: list[MeetingRow] = []

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
        self.meetings.itemSelectionChanged.connect(self._show_selected)
        meetings_label = QLabel(self.tr("&Meetings:"))
        meetings_label.setBuddy(self.meetings)

        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
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

        self.note = QLabel(
            self.tr(
                "Read-only for now: meeting packs and editing meetings come in a later "
                "version of SecureDesk."
            )
        )
        self.note.setObjectName("meetingsNote")
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("meetingsError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(meetings_label)
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
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.error)
        self._name_inner_parts()
        self.refresh()

    def _name_inner_parts(self) -> None:
        """Name the parts Qt builds inside tables and combo boxes (headers, popup lists),
        which a walk over the widget tree meets as controls of their own."""
        for header in self.findChildren(QHeaderView):
            header.setAccessibleName(
                self.tr("Column headings")
                if header.orientation() == Qt.Orientation.Horizontal
                else self.tr("Row headings")
            )
        for combo in self.findChildren(QComboBox):
            combo.view().setAccessibleName(combo.accessibleName())

    def refresh(self) -> None:
        selected = self.selected_meeting()
        try:
            self.rows = meeting_rows(self.session)
        except Exception as exc:
            self.rows = []
            self.error.setText(message_for(exc))
        else:
            self.error.clear()
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
        for row in range(len(self.rows)):
            item = self.meetings.item(row, 4)
            if item is not None:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if not self.rows:
            self.heading.setText(self.tr("No meetings yet."))
            self._show_detail(None)
        elif selected is not None and self.select_meeting(selected.id):
            pass
        else:
            self.meetings.selectRow(0)

    def selected_meeting(self) -> Meeting | None:
        rows = self.meetings.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()].meeting

    def select_meeting(self, meeting_id: str) -> bool:
        for n, row in enumerate(self.rows):
            if row.meeting.id == meeting_id:
                self.meetings.selectRow(n)
                return True
        return False

    def _show_selected(self) -> None:
        self._show_detail(self.selected_meeting())

    def _show_detail(self, meeting: Meeting | None) -> None:
        if meeting is None:
            _fill(self.members, [])
            self.agenda.clear()
            if self.rows:
                self.heading.setText(self.tr("Choose a meeting to see its members and agenda."))
            return
        try:
            members: list[MeetingMember] = self.session.meeting_members(meeting.id)
            refs = next(r.refs for r in self.rows if r.meeting.id == meeting.id)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        lines = [
            f"<b>{html.escape(meeting.title)}</b>",
            html.escape(
                self.tr("%1 at %2, chaired by %3")
                .replace("%1", meeting.meeting_date.isoformat())
                .replace("%2", meeting.place or self.tr("(no place given)"))
                .replace("%3", meeting.chair)
            ),
        ]
        if meeting.next_meeting is not None:
            lines.append(
                html.escape(self.tr("Next meeting: %s") % meeting.next_meeting.isoformat())
            )
        if meeting.confidentiality_statement:
            lines.append(f"<i>{html.escape(meeting.confidentiality_statement)}</i>")
        self.heading.setText("<br>".join(lines))
        _fill(
            self.members,
            [
                [m.name, m.agency, m.clearance.value, attendance_label(m.attendance)]
                for m in members
            ],
        )
        self.agenda.clear()
        self.agenda.addItems(refs)
        if not refs:
            self.agenda.addItem(self.tr("(no cases on the agenda)"))
