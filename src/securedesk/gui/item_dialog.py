"""Recording an information item (or a correction that supersedes one)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.case_inputs import CAVEATS_POLICY, allowed_caveats
from securedesk.core.cases.case_store import StoredItem
from securedesk.core.domain import AGENCIES, INFORMATION_GRADES, SOURCE_GRADES
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.grading_help import information_grade_help, source_grade_help
from securedesk.gui.plain_text import plain_label


class ItemDialog(QDialog):
    def __init__(
        self,
        session: Session,
        ref: str,
        *,
        supersedes: StoredItem | None = None,
        parent: QWidget | None = None,
        justification: str = "",
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.ref = ref
        self.justification = justification  # the reason the case was opened with
        self.supersedes = supersedes
        self.setWindowTitle(
            self.tr("Correct an item") if supersedes else self.tr("Record information")
        )
        self.agency = QComboBox(editable=True)
        self.agency.addItems(list(AGENCIES))
        self.agency.setAccessibleName(self.tr("Agency"))
        self.author = QLineEdit()
        self.author.setAccessibleName(self.tr("Author"))
        self.item_date = QDateEdit(QDate.currentDate())
        self.item_date.setCalendarPopup(True)
        self.item_date.setDisplayFormat("yyyy-MM-dd")
        self.item_date.setAccessibleName(self.tr("Date of the information"))
        self.source_grade = QComboBox()
        self.source_grade.addItems(list(SOURCE_GRADES))
        self.source_grade.setCurrentText("C")
        self.source_grade.setAccessibleName(self.tr("Source reliability"))
        self.info_grade = QComboBox()
        self.info_grade.addItems(list(INFORMATION_GRADES))
        self.info_grade.setCurrentText("3")
        self.info_grade.setAccessibleName(self.tr("Information reliability"))
        self.source_grade.setToolTip(source_grade_help())
        self.info_grade.setToolTip(information_grade_help())
        self.marking = QComboBox()
        for m in Marking:
            self.marking.addItem(m.value, m)
        self.marking.setCurrentIndex(1)
        self.marking.setAccessibleName(self.tr("Protective marking"))
        self.caveats = QListWidget()
        self.caveats.setAccessibleName(self.tr("Handling caveats"))
        # The caveats the policy allows (case_inputs.py), and "other" with its reason below.
        for c in allowed_caveats(session.policy()[CAVEATS_POLICY]):
            entry = QListWidgetItem(c)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.caveats.addItem(entry)
        self.caveats.setMaximumHeight(110)
        self.other_caveat = QLineEdit()
        self.other_caveat.setObjectName("otherCaveat")
        self.other_caveat.setAccessibleName(self.tr("Other caveat: the reason"))
        self.other_caveat.setPlaceholderText(self.tr("Another caveat: say why (optional)"))
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Information"))
        self.error = plain_label()
        self.error.setObjectName("itemError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a31515;")
        if supersedes is not None:
            old = supersedes.item
            self.agency.setCurrentText(old.agency)
            self.author.setText(old.author)
            self.item_date.setDate(
                QDate(old.item_date.year, old.item_date.month, old.item_date.day)
            )
            self.text.setPlainText(old.text)
            self.marking.setCurrentText(old.marking.value)

        form = QFormLayout()
        for label, widget in (
            (self.tr("&Agency:"), self.agency),
            (self.tr("A&uthor:"), self.author),
            (self.tr("&Date:"), self.item_date),
            (self.tr("&Source grade:"), self.source_grade),
            (self.tr("&Information grade:"), self.info_grade),
            (self.tr("&Marking:"), self.marking),
            (self.tr("&Caveats:"), self.caveats),
            (self.tr("&Other caveat:"), self.other_caveat),
            (self.tr("&Text:"), self.text),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setAccessibleName(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def accept(self) -> None:
        self.error.clear()
        d = self.item_date.date()
        caveats = [
            self.caveats.item(i).text()
            for i in range(self.caveats.count())
            if self.caveats.item(i).checkState() == Qt.CheckState.Checked
        ]
        if self.other_caveat.text().strip():
            caveats.append(f"other: {self.other_caveat.text().strip()}")
        try:
            self.session.cases.add_item(
                self.ref,
                agency=self.agency.currentText(),
                author=self.author.text(),
                item_date=date(d.year(), d.month(), d.day()),
                text=self.text.toPlainText(),
                marking=self.marking.currentData(),
                caveats=caveats,
                source_grade=self.source_grade.currentText(),
                information_grade=self.info_grade.currentText(),
                supersedes=self.supersedes.item.id if self.supersedes else None,
                justification=self.justification,
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()
