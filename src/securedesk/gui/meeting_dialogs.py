"""Dialogs the meetings page opens to plan a meeting: a new meeting, a member, the agenda and
the minutes of one case. Each hands its fields to a save function that calls the core; a
refusal is shown in red and the dialog stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.markings import Marking
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label

# The cases a picker offers for what was typed: (ref, subjects) pairs, read through the gate.
FindCases = Callable[[str], list[tuple[str, str]]]
MIN_DIALOG_WIDTH = 460


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
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

    def showEvent(self, event: QShowEvent) -> None:
        """Sized to the content, and never narrower than the title needs (titles were cut
        in dialogs a third of this width)."""
        title = self.fontMetrics().horizontalAdvance(self.windowTitle() + " — SecureDesk")
        self.setMinimumWidth(max(MIN_DIALOG_WIDTH, title + 160))
        self.adjustSize()
        super().showEvent(event)

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
        self.pack_language = QComboBox()
        self.pack_language.setAccessibleName(self.tr("Language of the member's pack copies"))
        self.pack_language.setToolTip(
            self.tr(
                "The member's copies of meeting packs are drawn in this language. Bilingual "
                "copies give Welsh first, then English; partners' words stay as written."
            )
        )
        for label, language in (
            (self.tr("English"), PackLanguage.ENGLISH),
            (self.tr("Welsh (Cymraeg)"), PackLanguage.WELSH),
            (self.tr("Bilingual: Welsh first, then English"), PackLanguage.BILINGUAL),
        ):
            self.pack_language.addItem(label, language)
        self.pack_language.view().setAccessibleName(self.pack_language.accessibleName())
        self.form.addRow(self.tr("Pack &language:"), self.pack_language)

    @property
    def marking(self) -> Marking:
        value = self.clearance.currentData()
        assert isinstance(value, Marking)
        return value

    @property
    def language(self) -> PackLanguage:
        value = self.pack_language.currentData()
        assert isinstance(value, PackLanguage)
        return value


class AgendaDialog(_SaveDialog):
    """The agenda chosen from the cases, not typed: search on the left, the agenda on the
    right in its order (Add, Remove, Move up, Move down)."""

    def __init__(
        self,
        current: list[str],
        save: Callable[[_SaveDialog], None],
        parent: QWidget | None = None,
        *,
        find: FindCases | None = None,
    ) -> None:
        super().__init__(self.tr("Agenda"), save, parent)
        self._find = find or (lambda _text: [])
        note = QLabel(
            self.tr(
                "Find cases by reference or name and add them; the agenda is discussed in the "
                "order on the right. Children's cases are put first."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find cases for the agenda"))
        self.search.setPlaceholderText(self.tr("Reference or name…"))
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget()
        self.found.setAccessibleName(self.tr("Cases found"))
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.chosen = QListWidget()
        self.chosen.setObjectName("agendaChosen")
        self.chosen.setAccessibleName(self.tr("Cases on the agenda, in order"))
        self.add_button = self._small(self.tr("&Add →"), self.tr("Add the chosen cases"))
        self.remove_button = self._small(self.tr("← &Remove"), self.tr("Remove from the agenda"))
        self.up_button = self._small(self.tr("Move &up"), self.tr("Move the case up"))
        self.down_button = self._small(self.tr("Move do&wn"), self.tr("Move the case down"))
        self.add_button.clicked.connect(self.add_found)
        self.found.itemDoubleClicked.connect(lambda _i: self.add_found())
        self.remove_button.clicked.connect(self.remove_chosen)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        grid = QGridLayout()
        find_label = QLabel(self.tr("&Find:"))
        find_label.setBuddy(self.search)
        on_label = QLabel(self.tr("On the a&genda:"))
        on_label.setBuddy(self.chosen)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.search, 1, 0)
        grid.addWidget(self.found, 2, 0)
        grid.addWidget(on_label, 0, 2)
        grid.addWidget(self.chosen, 1, 2, 2, 1)
        middle = QVBoxLayout()
        middle.addStretch(1)
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            middle.addWidget(b)
        middle.addStretch(1)
        grid.addLayout(middle, 2, 1)
        self.form.addRow(grid)
        for ref in current:
            self._add_chosen(ref, "")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_find)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.found.itemSelectionChanged.connect(self._update_buttons)
        self.chosen.itemSelectionChanged.connect(self._update_buttons)
        self.run_find()
        self._update_buttons()
        self.setMinimumSize(720, 460)
        from PySide6.QtWidgets import QToolButton

        for tool in self.search.findChildren(QToolButton):  # the clear button
            tool.setAccessibleName(self.tr("Clear the search"))

    def _small(self, text: str, name: str) -> QPushButton:
        b = QPushButton(text)
        b.setAccessibleName(name)
        b.setAutoDefault(False)
        return b

    def run_find(self) -> None:
        self.found.clear()
        try:
            pairs = self._find(self.search.text().strip())
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.error.clear()
        on_agenda = set(self.ref_list)
        for ref, subjects in pairs:
            if ref in on_agenda:
                continue
            item = QListWidgetItem(f"{ref} — {subjects}" if subjects else ref)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            self.found.addItem(item)

    def _add_chosen(self, ref: str, subjects: str) -> None:
        item = QListWidgetItem(f"{ref} — {subjects}" if subjects else ref)
        item.setData(Qt.ItemDataRole.UserRole, ref)
        self.chosen.addItem(item)

    def add_found(self) -> None:
        for item in self.found.selectedItems():
            ref = item.data(Qt.ItemDataRole.UserRole)
            if ref not in self.ref_list:
                self._add_chosen(ref, item.text().partition(" — ")[2])
        self.run_find()

    def add_refs(self, refs: list[str]) -> None:
        """Add cases by reference (as choosing them in the list does)."""
        for ref in refs:
            if ref not in self.ref_list:
                self._add_chosen(ref, "")
        self.run_find()

    def remove_chosen(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self.run_find()

    def move_chosen(self, step: int) -> None:
        row = self.chosen.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.chosen.count():
            return
        item = self.chosen.takeItem(row)
        self.chosen.insertItem(target, item)
        self.chosen.setCurrentRow(target)

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(bool(self.found.selectedItems()))
        row = self.chosen.currentRow() if self.chosen.selectedItems() else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.chosen.count() - 1)

    @property
    def ref_list(self) -> list[str]:
        return [
            str(self.chosen.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.chosen.count())
        ]


class MinutesDialog(_SaveDialog):
    def __init__(
        self,
        ref: str,
        current: tuple[str, str, str, str],
        save: Callable[[_SaveDialog], None],
        parent: QWidget | None = None,
        history: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(self.tr("Minutes of %s") % ref, save, parent)
        if history is not None:  # earlier versions, for the chair and the auditor
            self.history_button = self.buttons.addButton(
                self.tr("History…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.history_button.setAccessibleName(self.tr("Minutes history"))
            self.history_button.clicked.connect(history)
        self.discussion = self._text(self.tr("&Discussion:"), self.tr("Discussion"))
        self.decision = self._text(self.tr("D&ecision:"), self.tr("Decision"))
        self.rationale = self._text(self.tr("&Rationale:"), self.tr("Rationale"))
        self.dissent = self._text(self.tr("Di&ssent:"), self.tr("Dissent"))
        for edit, text in zip(
            (self.discussion, self.decision, self.rationale, self.dissent), current, strict=True
        ):
            edit.setPlainText(text)
