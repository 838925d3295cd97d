"""Likely duplicates offered before a new person is recorded: the people held here who look
like the one typed (core: session.people.likely_duplicates), and the officer's choice of one
of them or a new record. Nothing is chosen for the officer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from securedesk.core.cases.person_service import Duplicate
from securedesk.gui.plain_text import plain_label

NEW_PERSON = ""  # the choice "record a new person" (a person id otherwise)


class DuplicateChoice(QWidget):
    """Hidden until offer() finds likely duplicates; then a list to choose from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateChoice")
        self.note = plain_label(
            self.tr(
                "This person may already be held here (same name and date of birth, or the "
                "same identifier). Choose the person to open the case for, or choose to "
                "record a new person."
            )
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.list = QListWidget()
        self.list.setObjectName("duplicateList")
        self.list.setAccessibleName(self.tr("People who may be the same person"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self.offered_for: tuple[object, ...] | None = None
        self.hide()

    def offer(self, found: list[Duplicate], key: tuple[object, ...]) -> None:
        """Show `found` for the person described by `key` (name and date of birth)."""
        self.list.clear()
        for d in found:
            m = d.match
            born = (
                self.tr("born %s") % m.date_of_birth.isoformat()
                if m.date_of_birth
                else self.tr("date of birth unknown")
            )
            refs = ", ".join(c.ref for c in d.cases) or self.tr("linked to a case")
            reason = (
                self.tr("same identifier")
                if m.reason == "identifier"
                else self.tr("same name and date of birth")
            )
            item = QListWidgetItem(
                self.tr("Use %1, %2 (%3; %4)")
                .replace("%1", m.name)
                .replace("%2", born)
                .replace("%3", refs)
                .replace("%4", reason)
            )
            item.setData(Qt.ItemDataRole.UserRole, m.person_id)
            self.list.addItem(item)
        new = QListWidgetItem(self.tr("Record a new person"))
        new.setData(Qt.ItemDataRole.UserRole, NEW_PERSON)
        self.list.addItem(new)
        self.offered_for = key
        self.show()

    def clear_offer(self) -> None:
        self.list.clear()
        self.offered_for = None
        self.hide()

    def chosen(self) -> str | None:
        """A person id, NEW_PERSON, or None when nothing is chosen yet."""
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return str(item.data(Qt.ItemDataRole.UserRole))
