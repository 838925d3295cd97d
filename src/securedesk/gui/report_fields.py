"""The reporting fields of the case dialogs: gender and type of concern when a case is
opened (optional, from the lists in resources/), the outcome when it is closed (required by
the core). Kept here so the shared dialogs gain them with a line each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMessageBox, QWidget

from securedesk.core.domain import CaseStatus
from securedesk.core.reports.categories import CategoryList, ClosingOutcome, load_categories
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.window_chrome import current_language

CONTEXT = "ReportFields"


def category_combo(items: CategoryList, name: str) -> QComboBox:
    """ "Not recorded" first (a missing value is counted as such, never guessed)."""
    combo = QComboBox()
    combo.setObjectName(name)
    combo.addItem(QCoreApplication.translate("reports", "Not recorded"), None)
    welsh = current_language() == "cy"
    for c in items.items:
        combo.addItem(c.cy if welsh else c.en, c.code)
    return combo


def add_category_rows(dialog: QWidget, form: QFormLayout) -> tuple[QComboBox, QComboBox]:
    """Gender and type of concern rows at the end of a new-case form."""
    cats = load_categories()
    gender = category_combo(cats.gender, "caseGender")
    gender.setAccessibleName(QCoreApplication.translate("ReportFields", "Gender, for returns"))
    concern = category_combo(cats.concern_type, "caseConcern")
    concern.setAccessibleName(
        QCoreApplication.translate("ReportFields", "Type of concern, for returns")
    )
    for text, widget in (
        (QCoreApplication.translate("ReportFields", "Gen&der:"), gender),
        (QCoreApplication.translate("ReportFields", "Type of c&oncern:"), concern),
    ):
        label = QLabel(text, dialog)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return gender, concern


def record_categories(
    parent: QWidget, session: Session, ref: str, gender: QComboBox, concern: QComboBox
) -> None:
    """After the case is opened: its categories, if any were chosen. The case stands either
    way; a failure here is said, not hidden."""
    if gender.currentData() is None and concern.currentData() is None:
        return
    try:
        ReportService(session).set_categories(
            ref, gender=gender.currentData(), concern=concern.currentData()
        )
    except Exception as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("ReportFields", "Gender and type of concern not recorded"),
            QCoreApplication.translate(
                "ReportFields",
                "Case %1 was opened, but its gender and type of concern were not recorded: %2",
            )
            .replace("%1", ref)
            .replace("%2", message_for(exc)),
        )


def outcome_combo(status_choice: QComboBox) -> QComboBox:
    """The outcome a closing needs, shown only while "closed" is the status chosen."""
    combo = QComboBox()
    combo.setObjectName("closeOutcome")
    combo.setAccessibleName(QCoreApplication.translate("ReportFields", "Outcome at closing"))
    combo.addItem(QCoreApplication.translate("ReportFields", "Outcome (required to close)…"), None)
    for outcome in ClosingOutcome:
        combo.addItem(QCoreApplication.translate("reports", outcome.label), outcome)

    def follow() -> None:
        combo.setVisible(status_choice.currentData() is CaseStatus.CLOSED)

    status_choice.currentIndexChanged.connect(lambda _i: follow())
    follow()
    return combo


def change_status(
    session: Session,
    ref: str,
    status: CaseStatus,
    reason: str,
    outcome: QComboBox,
    justification: str,
) -> None:
    """The status change the case view asks for, with the outcome when closing."""
    chosen = outcome.currentData() if status is CaseStatus.CLOSED else None
    ReportService(session).change_status(
        ref, status, reason, outcome=chosen, justification=justification
    )
    outcome.setCurrentIndex(0)
