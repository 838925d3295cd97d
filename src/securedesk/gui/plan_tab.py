"""A case's Plan tab: its actions (overdue ones flagged in words and colour), adding one with a
due date, editing one by double-click, marking one done or cancelled. Every change goes
through `session.actions`, which passes the case's gate."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.action_service import ActionLine, parse_day
from securedesk.core.domain import Action, ActionStatus
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import agency_label
from securedesk.gui.page_parts import ERROR_STYLE, fill_table, read_only_table
from securedesk.gui.plain_text import plain_label

OVERDUE_BACKGROUND = "#fde2e2"
OVERDUE_TEXT = "#a31515"


def status_text(status: ActionStatus) -> str:
    """An action's status in the user's language."""
    labels = {
        ActionStatus.OPEN: QCoreApplication.translate("PlanTab", "Open"),
        ActionStatus.IN_PROGRESS: QCoreApplication.translate("PlanTab", "In progress"),
        ActionStatus.DONE: QCoreApplication.translate("PlanTab", "Done"),
        ActionStatus.CANCELLED: QCoreApplication.translate("PlanTab", "Cancelled"),
    }
    return labels[status]


class PlanTab(QWidget):
    """The support plan of the case `ref`; `changed` asks the case view to reload."""

    changed = Signal()

    def __init__(
        self, session: Session, ref: str, justification: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planTab")
        self.session = session
        self.ref = ref
        self.justification = justification
        self.lines: list[ActionLine] = []
        self.table = read_only_table(
            [self.tr("Due"), self.tr("Status"), self.tr("Agency"), self.tr("Owner"),
             self.tr("Action")],
            self.tr("Actions"),
            "actionTable",
        )  # fmt: skip
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The date, "In progress — OVERDUE", the agency and the owner each on one line.
        for col in (0, 1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        # Rows as tall as their text at the width the table has now, measured again when
        # it changes: sized once at first show (before the tab had its width), rows were
        # tall, then compact after the first change.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setToolTip(self.tr("Double-click an action to change it"))
        self.table.cellDoubleClicked.connect(lambda row, _col: self.edit(row))
        self.text = QLineEdit()
        self.text.setObjectName("actionText")
        self.text.setAccessibleName(self.tr("New action"))
        self.text.setPlaceholderText(self.tr("New action"))
        self.agency = QLineEdit()
        self.agency.setObjectName("actionAgency")
        self.agency.setAccessibleName(self.tr("Owning agency"))
        self.agency.setPlaceholderText(self.tr("Agency"))
        self.owner = QLineEdit()
        self.owner.setObjectName("actionOwner")
        self.owner.setAccessibleName(self.tr("Action owner"))
        self.owner.setPlaceholderText(self.tr("Owner (default: you)"))
        self.due = QLineEdit()
        self.due.setObjectName("actionDue")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setPlaceholderText(self.tr("Due YYYY-MM-DD"))
        self.add_button = self._button(self.tr("A&dd action"), self.tr("Add action"), self.add)
        self.done_button = self._button(
            self.tr("Mar&k done"), self.tr("Mark the chosen action done"), self.mark_done
        )
        self.cancel_button = self._button(
            self.tr("Ca&ncel action"), self.tr("Cancel the chosen action"), self.mark_cancelled
        )
        self.edit_button = self._button(
            self.tr("Chan&ge…"), self.tr("Change the chosen action"), lambda: self.edit()
        )
        self.summary = plain_label()
        self.summary.setObjectName("planSummary")
        self.error = plain_label()
        self.error.setObjectName("planError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        chosen = QHBoxLayout()
        for b in (self.edit_button, self.done_button, self.cancel_button):
            chosen.addWidget(b)
        chosen.addStretch(1)
        layout.addLayout(chosen)
        row = QHBoxLayout()
        for w in (self.text, self.agency, self.owner, self.due, self.add_button):
            row.addWidget(w)
        row.setStretch(0, 3)
        layout.addLayout(row)
        layout.addWidget(self.error)
        # The short fields as wide as their hints ("Owner (default: y…" was cut).
        for field in (self.agency, self.owner, self.due):
            hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
            field.setMinimumWidth(hint + 24)
        # Change, done and cancel act on a chosen action: greyed out until one is chosen
        # (and done/cancel only while it is still open).
        self.table.itemSelectionChanged.connect(self._choice_changed)
        self._choice_changed()

    def _choice_changed(self) -> None:
        action = self.chosen() if self.table.selectedItems() else None
        self.edit_button.setEnabled(action is not None)
        live = action is not None and action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        self.done_button.setEnabled(live)
        self.cancel_button.setEnabled(live)

    def _button(self, text: str, name: str, slot: object) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.clicked.connect(slot)
        return b

    # -- showing ------------------------------------------------------------------------

    def show_actions(self, actions: list[Action]) -> None:
        """The case view's actions, flagged against today (by the session's clock)."""
        self.lines = [ActionLine(a, self.ref, self.session.actions.overdue(a)) for a in actions]
        rows = []
        for line in self.lines:
            a = line.action
            status = status_text(a.status)
            if line.overdue:
                status = self.tr("%1 — OVERDUE").replace("%1", status)
            rows.append(
                [a.due_date.isoformat() if a.due_date else "", status, agency_label(a.agency),
                 a.owner,
                 a.description]
            )  # fmt: skip
        fill_table(self.table, rows)
        self._choice_changed()
        for r, line in enumerate(self.lines):
            if not line.overdue:
                continue
            for col in range(self.table.columnCount()):
                cell = self.table.item(r, col)
                if cell is None:
                    continue
                cell.setBackground(QBrush(QColor(OVERDUE_BACKGROUND)))
                if col in (0, 1):
                    cell.setForeground(QBrush(QColor(OVERDUE_TEXT)))
                    font = QFont(cell.font())
                    font.setBold(True)
                    cell.setFont(font)
        self.table.resizeRowsToContents()
        overdue = sum(1 for x in self.lines if x.overdue)
        outstanding = sum(
            1
            for x in self.lines
            if x.action.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
        )
        self.summary.setText(
            self.tr("%1 outstanding, %2 overdue.")
            .replace("%1", str(outstanding))
            .replace("%2", str(overdue))
        )

    # -- changing -----------------------------------------------------------------------

    def add(self) -> None:
        try:
            self.session.actions.add(
                self.ref,
                self.text.text(),
                self.agency.text(),
                self.owner.text(),
                parse_day(self.due.text()),
                justification=self.justification,
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.error.clear()
        for w in (self.text, self.agency, self.owner, self.due):
            w.clear()
        self.changed.emit()

    def chosen(self) -> Action | None:
        row = self.table.currentRow()
        return self.lines[row].action if 0 <= row < len(self.lines) else None

    def _set_status(self, status: ActionStatus) -> None:
        action = self.chosen()
        if action is None:
            self.error.setText(self.tr("Choose an action in the list first."))
            return
        try:
            self.session.actions.update(
                action.id, status=status, ref=self.ref, justification=self.justification
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.error.clear()
        self.changed.emit()

    def mark_done(self) -> None:
        self._set_status(ActionStatus.DONE)

    def mark_cancelled(self) -> None:
        self._set_status(ActionStatus.CANCELLED)

    def edit(self, row: int | None = None) -> None:
        if row is not None:
            self.table.selectRow(row)
        action = self.chosen()
        if action is None:
            self.error.setText(self.tr("Choose an action in the list first."))
            return
        dialog = ActionDialog(self, action)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.error.clear)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()


class ActionDialog(QDialog):
    """Change one action: its status, due date, owner, and a note for its history. A refusal
    keeps the dialog open with the message."""

    def __init__(self, tab: PlanTab, action: Action) -> None:
        super().__init__(tab)
        self.setObjectName("actionDialog")
        self.tab = tab
        self.action = action
        self.setWindowTitle(self.tr("Change action"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        what = plain_label()
        what.setText(action.description)
        what.setWordWrap(True)
        form.addRow(self.tr("Action:"), what)
        self.status = QComboBox()
        self.status.setObjectName("actionStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for s in ActionStatus:
            self.status.addItem(status_text(s), s)
        self.status.setCurrentIndex(list(ActionStatus).index(action.status))
        form.addRow(self.tr("&Status:"), self.status)
        self.due = QLineEdit(action.due_date.isoformat() if action.due_date else "")
        self.due.setObjectName("actionDueEdit")
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setPlaceholderText("YYYY-MM-DD")
        form.addRow(self.tr("D&ue:"), self.due)
        self.owner = QLineEdit(action.owner)
        self.owner.setObjectName("actionOwnerEdit")
        self.owner.setAccessibleName(self.tr("Action owner"))
        form.addRow(self.tr("&Owner:"), self.owner)
        self.note = QLineEdit()
        self.note.setObjectName("actionNote")
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What happened (kept in the action's history)"))
        form.addRow(self.tr("&Note:"), self.note)
        self.error = plain_label()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        owner = self.owner.text().strip()
        try:
            due = parse_day(self.due.text())
            self.tab.session.actions.update(
                self.action.id,
                status=self.status.currentData(),
                due=due if due != self.action.due_date else None,
                owner=owner if owner != self.action.owner else None,
                note=self.note.text(),
                ref=self.tab.ref,
                justification=self.tab.justification,
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()
