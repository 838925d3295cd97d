"""Words for the core's values, in the user's language (the core's values are stored
in English; markings stay in English, as the classification scheme names them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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
