"""Opening a new case: subject, date of birth, referral, marking."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.domain import AGENCIES, Case, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui import report_fields
from securedesk.gui.duplicate_choice import NEW_PERSON, DuplicateChoice
from securedesk.gui.error_text import message_for
from securedesk.gui.plain_text import plain_label


def _to_date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class NewCaseDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.case: Case | None = None
        self.setWindowTitle(self.tr("Open a new case"))
        self.given = QLineEdit()
        self.given.setAccessibleName(self.tr("Subject's given name"))
        self.family = QLineEdit()
        self.family.setAccessibleName(self.tr("Subject's family name"))
        self.dob_known = QCheckBox(self.tr("Date of birth &known"))
        self.dob_known.setAccessibleName(self.tr("Date of birth known"))
        self.dob_known.setChecked(True)
        self.dob = QDateEdit(QDate.currentDate().addYears(-16))
        self.dob.setCalendarPopup(True)
        self.dob.setDisplayFormat("yyyy-MM-dd")
        self.dob.setAccessibleName(self.tr("Date of birth"))
        self.dob_known.toggled.connect(self.dob.setEnabled)
        self.source = QComboBox(editable=True)
        self.source.addItems(list(AGENCIES))
        self.source.setCurrentIndex(-1)  # a choice is required: no silent default
        self.source.setPlaceholderText(self.tr("Choose who referred the case"))
        self.source.setAccessibleName(self.tr("Referral source"))
        self.referral_date = QDateEdit(QDate.currentDate())
        self.referral_date.setCalendarPopup(True)
        self.referral_date.setDisplayFormat("yyyy-MM-dd")
        self.referral_date.setAccessibleName(self.tr("Referral date"))
        self.marking = QComboBox()
        for m in Marking:
            self.marking.addItem(m.value, m)
        self.marking.setCurrentIndex(1)
        self.marking.setAccessibleName(self.tr("Protective marking"))
        self.error = plain_label()
        self.error.setObjectName("newCaseError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a31515;")
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Given name:"), self.given),
            (self.tr("&Family name:"), self.family),
            (self.tr("&Date of birth:"), self.dob),
            (self.tr("Referral &source:"), self.source),
            (self.tr("&Referral date:"), self.referral_date),
            (self.tr("&Marking:"), self.marking),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.dob_known)
        self.gender, self.concern = report_fields.add_category_rows(self, form)  # for returns
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Open case"))
        ok.setAccessibleName(self.tr("Open case"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.duplicates = DuplicateChoice()  # likely duplicates, offered before recording
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.error.clear()
        given, family = self.given.text().strip(), self.family.text().strip()
        if not given and not family:
            self.error.setText(self.tr("Enter the subject's name."))
            self.given.setFocus()
            return
        if not self.source.currentText().strip():
            self.error.setText(self.tr("Choose who referred the case."))
            self.source.setFocus()
            return
        person = Person(
            given, family, _to_date(self.dob.date()) if self.dob_known.isChecked() else None
        )
        # Likely duplicates first: the officer chooses a person held or a new record.
        key = (given, family, person.date_of_birth)
        if self.duplicates.offered_for != key:
            try:
                found = self.session.people.likely_duplicates([person])
            except Exception as exc:
                self.error.setText(message_for(exc))
                return
            if found:
                self.duplicates.offer(found, key)
                self.duplicates.list.setFocus()
                return
            self.duplicates.clear_offer()
            self.duplicates.offered_for = key
        choice = self.duplicates.chosen() if self.duplicates.isVisible() else NEW_PERSON
        if choice is None:
            self.error.setText(self.tr("Choose a person from the list, or Record a new person."))
            return
        try:
            self.case = self.session.cases.add_case(
                [person] if choice == NEW_PERSON else [],
                existing=[choice] if choice != NEW_PERSON else None,
                referral_source=self.source.currentText(),
                referral_date=_to_date(self.referral_date.date()),
                marking=self.marking.currentData(),
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        report_fields.record_categories(
            self, self.session, self.case.ref, self.gender, self.concern
        )
        super().accept()
