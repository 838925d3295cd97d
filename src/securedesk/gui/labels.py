"""Words for the core's values, in the user's language (the core's values are stored
in English; markings stay in English, as the classification scheme names them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from securedesk.core.domain import CaseStatus

_STATUS = {
    CaseStatus.REFERRAL: str(QT_TRANSLATE_NOOP("labels", "referral")),
    CaseStatus.INFORMATION_GATHERING: str(QT_TRANSLATE_NOOP("labels", "information gathering")),
    CaseStatus.ASSESSMENT: str(QT_TRANSLATE_NOOP("labels", "assessment")),
    CaseStatus.PANEL: str(QT_TRANSLATE_NOOP("labels", "panel")),
    CaseStatus.SUPPORT_PLAN: str(QT_TRANSLATE_NOOP("labels", "support plan")),
    CaseStatus.REVIEW: str(QT_TRANSLATE_NOOP("labels", "review")),
    CaseStatus.CLOSED: str(QT_TRANSLATE_NOOP("labels", "closed")),
}


def status_label(status: CaseStatus) -> str:
    return QCoreApplication.translate("labels", _STATUS[status])


def name_inner_parts(root: QWidget) -> None:
    """Name the parts Qt builds inside tables and combo boxes (headers, popup lists), which a
    screen reader, and a walk over the widget tree, meet as controls of their own."""
    for header in root.findChildren(QHeaderView):
        header.setAccessibleName(
            QCoreApplication.translate("labels", "Column headings")
            if header.orientation() == Qt.Orientation.Horizontal
            else QCoreApplication.translate("labels", "Row headings")
        )
    for combo in root.findChildren(QComboBox):
        combo.view().setAccessibleName(combo.accessibleName())
