"""The copy register of one meeting, in the meetings page: each numbered copy, who has it,
its fingerprint and what became of it, with buttons to record that a copy came back, was
destroyed or was lost (the core's MeetingService.set_copy_status decides what may follow)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.meetings.copy_register import COPY_TRANSITIONS, CopyStatus, IssuedCopy
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import fill_table, read_only_table, selected_item


def copy_status_label(status: CopyStatus) -> str:
    labels = {
        CopyStatus.ISSUED: QCoreApplication.translate("CopyRegister", "Issued"),
        CopyStatus.RETURNED: QCoreApplication.translate("CopyRegister", "Returned"),
        CopyStatus.DESTROYED: QCoreApplication.translate("CopyRegister", "Destroyed"),
        CopyStatus.LOST: QCoreApplication.translate("CopyRegister", "Lost"),
    }
    return labels[status]


class CopyRegisterPanel(QWidget):
    failed = Signal(str)  # a refusal, for the page's message line

    def __init__(self, service: MeetingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyRegisterPanel")
        self.service = service
        self.meeting_id: str | None = None
        self.copies: list[IssuedCopy] = []
        self.table: QTableWidget = read_only_table(
            [self.tr("Copy"), self.tr("Recipient"), self.tr("SHA-256"), self.tr("Status")],
            self.tr("Copies issued"),
            "registerTable",
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        label = QLabel(self.tr("&Copies issued:"))
        label.setBuddy(self.table)
        self.buttons: dict[CopyStatus, QPushButton] = {}
        row = QHBoxLayout()
        for status, text, name, tip in (
            (
                CopyStatus.RETURNED,
                self.tr("Ret&urned"),
                self.tr("Record the selected copy as returned"),
                self.tr("The recipient handed the copy back."),
            ),
            (
                CopyStatus.DESTROYED,
                self.tr("Destro&yed"),
                self.tr("Record the selected copy as destroyed"),
                self.tr("The copy was shredded or securely deleted; this is final."),
            ),
            (
                CopyStatus.LOST,
                self.tr("Lo&st"),
                self.tr("Record the selected copy as lost"),
                self.tr(
                    "The copy cannot be found: report it as your policy for lost protectively "
                    "marked material says. A lost copy that turns up can be recorded as returned."
                ),
            ),
        ):
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.setToolTip(tip)
            b.clicked.connect(lambda _c=False, s=status: self.set_status(s))
            self.buttons[status] = b
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._update_buttons()

    def show_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self.copies = []
        names: dict[str, str] = {}
        if meeting_id is not None:
            try:
                self.copies = self.service.copies(meeting_id)
                names = {k: m.name for k, m in self.service.member_names(meeting_id).items()}
            except Exception as exc:
                self.failed.emit(message_for(exc))
        fill_table(
            self.table,
            [
                [
                    str(c.copy_number),
                    names.get(c.member_id, c.member_id[:8]),
                    c.sha256[:12],
                    copy_status_label(c.status),
                ]
                for c in self.copies
            ],
            right=(0,),
        )
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.setVisible(bool(self.copies))
        self._update_buttons()

    def selected_copy(self) -> IssuedCopy | None:
        return selected_item(self.table, self.copies)

    def _update_buttons(self) -> None:
        copy = self.selected_copy()
        allowed = COPY_TRANSITIONS[copy.status] if copy is not None else frozenset()
        for status, button in self.buttons.items():
            button.setEnabled(status in allowed)

    def set_status(self, status: CopyStatus) -> None:
        copy = self.selected_copy()
        if copy is None or self.meeting_id is None:
            return
        row = self.copies.index(copy)
        try:
            self.service.set_copy_status(self.meeting_id, copy.copy_number, status)
        except Exception as exc:
            self.failed.emit(message_for(exc))
            return
        self.show_meeting(self.meeting_id)
        self.table.selectRow(row)
