"""Words for the core's values, in the user's language (the core's values are stored
in English; markings stay in English, as the classification scheme names them)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from securedesk.core.access import Role
from securedesk.core.cases.assessment_framework import Framework
from securedesk.core.domain import ActionStatus, CaseStatus, ConsentStatus
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.gui.window_chrome import current_language
from securedesk.transfer.trust_state import TrustState

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


_CONSENT = {
    ConsentStatus.NOT_SOUGHT: str(QT_TRANSLATE_NOOP("labels", "not sought")),
    ConsentStatus.GIVEN: str(QT_TRANSLATE_NOOP("labels", "given")),
    ConsentStatus.PARENTAL_GIVEN: str(QT_TRANSLATE_NOOP("labels", "parental consent given")),
    ConsentStatus.REFUSED: str(QT_TRANSLATE_NOOP("labels", "refused")),
    ConsentStatus.WITHDRAWN: str(QT_TRANSLATE_NOOP("labels", "withdrawn")),
}
_ACTION_STATUS = {
    ActionStatus.OPEN: str(QT_TRANSLATE_NOOP("labels", "open")),
    ActionStatus.IN_PROGRESS: str(QT_TRANSLATE_NOOP("labels", "in progress")),
    ActionStatus.DONE: str(QT_TRANSLATE_NOOP("labels", "done")),
    ActionStatus.CANCELLED: str(QT_TRANSLATE_NOOP("labels", "cancelled")),
}
_ROLE = {
    Role.OFFICER: str(QT_TRANSLATE_NOOP("labels", "case officer")),
    Role.CHAIR: str(QT_TRANSLATE_NOOP("labels", "panel chair")),
    Role.TRANSFER: str(QT_TRANSLATE_NOOP("labels", "transfer officer")),
    Role.ADMIN: str(QT_TRANSLATE_NOOP("labels", "administrator")),
    Role.AUDITOR: str(QT_TRANSLATE_NOOP("labels", "auditor")),
}
_ATTENDANCE = {
    "invited": str(QT_TRANSLATE_NOOP("labels", "invited")),
    "attended": str(QT_TRANSLATE_NOOP("labels", "attended")),
    "apologies": str(QT_TRANSLATE_NOOP("labels", "apologies")),
}
_COPY_STATUS = {
    CopyStatus.ISSUED: str(QT_TRANSLATE_NOOP("labels", "issued")),
    CopyStatus.RETURNED: str(QT_TRANSLATE_NOOP("labels", "returned")),
    CopyStatus.DESTROYED: str(QT_TRANSLATE_NOOP("labels", "destroyed")),
    CopyStatus.LOST: str(QT_TRANSLATE_NOOP("labels", "lost")),
}
_TRUST_STATE = {
    TrustState.TRUSTED: str(QT_TRANSLATE_NOOP("labels", "trusted")),
    TrustState.EXPIRED: str(QT_TRANSLATE_NOOP("labels", "expired")),
    TrustState.REVOKED: str(QT_TRANSLATE_NOOP("labels", "revoked")),
}
_PACK_LANGUAGE = {
    PackLanguage.ENGLISH: str(QT_TRANSLATE_NOOP("labels", "English")),
    PackLanguage.WELSH: str(QT_TRANSLATE_NOOP("labels", "Welsh")),
    PackLanguage.BILINGUAL: str(QT_TRANSLATE_NOOP("labels", "bilingual (Welsh first)")),
}
# The agencies the window offers as referral sources and item sources (core.domain.AGENCIES)
# and the handling caveats (KNOWN_CAVEATS). Stored in English; anything else a user or a
# partner typed is shown as written.
_AGENCY = {
    "Police": str(QT_TRANSLATE_NOOP("labels", "Police")),
    "Children's social care": str(QT_TRANSLATE_NOOP("labels", "Children's social care")),
    "Adult social care": str(QT_TRANSLATE_NOOP("labels", "Adult social care")),
    "Health": str(QT_TRANSLATE_NOOP("labels", "Health")),
    "Education": str(QT_TRANSLATE_NOOP("labels", "Education")),
    "Probation": str(QT_TRANSLATE_NOOP("labels", "Probation")),
    "Housing": str(QT_TRANSLATE_NOOP("labels", "Housing")),
    "Security service": str(QT_TRANSLATE_NOOP("labels", "Security service")),
    "Local authority": str(QT_TRANSLATE_NOOP("labels", "Local authority")),
}
_CAVEAT = {
    "not for panel": str(QT_TRANSLATE_NOOP("labels", "not for panel")),
    "originator consent before onward disclosure": str(
        QT_TRANSLATE_NOOP("labels", "originator consent before onward disclosure")
    ),
    "not for disclosure to subject": str(
        QT_TRANSLATE_NOOP("labels", "not for disclosure to subject")
    ),
    "police only": str(QT_TRANSLATE_NOOP("labels", "police only")),
    "health only": str(QT_TRANSLATE_NOOP("labels", "health only")),
}


def _word(table: Mapping[Any, str], value: Any) -> str:
    text = table.get(value)
    return QCoreApplication.translate("labels", text) if text else str(value)


def consent_label(status: ConsentStatus) -> str:
    return _word(_CONSENT, status)


def action_status_label(status: ActionStatus) -> str:
    return _word(_ACTION_STATUS, status)


def role_label(role: Role) -> str:
    return _word(_ROLE, role)


def roles_label(roles: Iterable[Role]) -> str:
    """A user's roles, in the user's language, in a stable order."""
    return ", ".join(sorted(role_label(r) for r in roles))


def attendance_label(value: str) -> str:
    return _word(_ATTENDANCE, value)


def copy_status_label(status: CopyStatus) -> str:
    return _word(_COPY_STATUS, status)


def trust_state_label(state: TrustState) -> str:
    return _word(_TRUST_STATE, state)


def pack_language_label(language: PackLanguage) -> str:
    return _word(_PACK_LANGUAGE, language)


def agency_label(agency: str) -> str:
    """A referral source or agency: one of the usual agencies in the user's language, any
    other as written."""
    return _word(_AGENCY, agency)


def caveat_label(caveat: str) -> str:
    """A handling caveat: a known one in the user's language, any other as written."""
    return _word(_CAVEAT, caveat)


def caveats_label(caveats: Iterable[str]) -> str:
    return "; ".join(caveat_label(c) for c in caveats)


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


def framework_word(framework: Framework, text: str) -> str:
    """A text of the assessment framework (a factor, its guidance, a domain, a score label)
    in the window's language: the framework file carries its own Welsh."""
    return framework.word(text, current_language())
