"""Dialogs the meetings page opens to plan a meeting: a new meeting, a member, the agenda and
the minutes of one case. Each hands its fields to a save function that calls the core; a
refusal is shown in red and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.markings import Marking
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label


class _SaveDialog(QDialog):
    """A form whose OK calls `save`; a refusal keeps the dialog open with the message."""

    def __init__(
        self, title: str, save: Callable[[_SaveDialog], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._save = save
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _line(self, label: str, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        self.form.addRow(label, edit)
        return edit

    def _text(self, label: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        self.form.addRow(label, edit)
        return edit

    def accept(self) -> None:
        try:
            self._save(self)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()


class NewMeetingDialog(_SaveDialog):
    def __init__(self, save: Callable[[_SaveDialog], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New meeting"), save, parent)
        self.title = self._line(self.tr("&Title:"), self.tr("Meeting title"))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setAccessibleName(self.tr("Meeting date"))
        self.form.addRow(self.tr("&Date:"), self.date)
        self.place = self._line(self.tr("&Place:"), self.tr("Meeting place"))

    @property
    def meeting_date(self) -> date:
        d = self.date.date()
        return date(d.year(), d.month(), d.day())


class AddMemberDialog(_SaveDialog):
    def __init__(self, save: Callable[[_SaveDialog], None], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add member"), save, parent)
        self.name = self._line(self.tr("&Name:"), self.tr("Member's name"))
        self.agency = self._line(self.tr("&Agency:"), self.tr("Member's agency"))
        self.clearance = QComboBox()
        self.clearance.setAccessibleName(self.tr("Member's clearance"))
        for marking in Marking:
            self.clearance.addItem(marking.value, marking)
        self.clearance.view().setAccessibleName(self.clearance.accessibleName())
        self.form.addRow(self.tr("&Clearance:"), self.clearance)

    @property
    def marking(self) -> Marking:
        value = self.clearance.currentData()
        assert isinstance(value, Marking)
        return value


class AgendaDialog(_SaveDialog):
    def __init__(
        self, current: list[str], save: Callable[[_SaveDialog], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Agenda"), save, parent)
        note = QLabel(
            self.tr("Case references, separated by commas. Children's cases are put first.")
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.refs = self._line(self.tr("&Cases:"), self.tr("Case references on the agenda"))
        self.refs.setText(", ".join(current))

    @property
    def ref_list(self) -> list[str]:
        return [r.strip() for r in self.refs.text().split(",") if r.strip()]


class MinutesDialog(_SaveDialog):
    def __init__(
        self,
        ref: str,
        current: tuple[str, str, str, str],
        save: Callable[[_SaveDialog], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Minutes of %s") % ref, save, parent)
        self.discussion = self._text(self.tr("&Discussion:"), self.tr("Discussion"))
        self.decision = self._text(self.tr("D&ecision:"), self.tr("Decision"))
        self.rationale = self._text(self.tr("&Rationale:"), self.tr("Rationale"))
        self.dissent = self._text(self.tr("Di&ssent:"), self.tr("Dissent"))
        for edit, text in zip(
            (self.discussion, self.decision, self.rationale, self.dissent), current, strict=True
        ):
            edit.setPlainText(text)
