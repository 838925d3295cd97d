"""The case record in the window (issue 11): Assign…, Consent… and Edit… on a case view, the
consent history shown with the case, and the choice of who owns what an import creates.

The dialogs do their change through core/cases/case_record.py (the gate, the transaction and
the audit event are the core's) and stay open with the refusal's words when it is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.case_record import (
    CONSENT_WORDS,
    CaseRecordService,
    ConsentEntry,
    RecordEdit,
)
from securedesk.core.domain import ConsentStatus
from securedesk.core.errors import SecureDeskError
from securedesk.core.markings import Marking
from securedesk.core.reports.case_categories import CaseCategories
from securedesk.core.reports.categories import NOT_RECORDED
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import consent_label
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label
from securedesk.gui.report_fields import add_category_rows


def consent_history_text(entries: list[ConsentEntry]) -> str:
    """The consent history, one line an entry, oldest first ('' when it never changed)."""

    if len(entries) < 2:
        return ""
    lines = [QCoreApplication.translate("CaseRecord", "Consent history:")]
    for e in entries:
        when = (
            e.on_date.isoformat()
            if e.on_date
            else QCoreApplication.translate("CaseRecord", "date not recorded")
        )
        if e.recorded_at is None:
            who = QCoreApplication.translate("CaseRecord", "as opened")
        elif e.recorded_by is None:
            who = QCoreApplication.translate(
                "CaseRecord", "recorded %1 (before history was kept, or from a bundle)"
            ).replace("%1", e.recorded_at[:10])
        else:
            who = (
                QCoreApplication.translate("CaseRecord", "recorded by %1 on %2")
                .replace("%1", e.recorded_by)
                .replace("%2", e.recorded_at[:10])
            )
        note = f" — {e.note}" if e.note else ""
        lines.append(f"  {consent_label(e.status)}, {when}; {who}{note}")
    return "\n".join(lines)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setAccessibleName(name)
    return edit


class _RecordDialog(QDialog):
    """OK runs `work`; a refusal stays in the dialog, in the user's language."""

    def __init__(self, session: Session, ref: str, justification: str, parent: QWidget | None):
        super().__init__(parent)
        self.session = session
        self.ref = ref
        self.justification = justification
        self.service = CaseRecordService(session)
        self.form = QFormLayout()
        self.error = plain_label()
        self.error.setObjectName("caseRecordError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)

    def _finish_layout(self, ok_text: str) -> None:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(ok_text)
        ok.setAccessibleName(ok_text.replace("&", ""))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _row(self, label: str, widget: QWidget) -> None:
        lab = QLabel(label)
        lab.setBuddy(widget)
        self.form.addRow(lab, widget)

    def _run(self, work: Callable[[], object]) -> None:
        self.error.clear()
        try:
            work()
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()


class AssignDialog(_RecordDialog):
    """Give the case to another officer: those who may own it are offered."""

    def __init__(
        self,
        session: Session,
        ref: str,
        marking: Marking,
        owner: str,
        justification: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, ref, justification, parent)
        self.setObjectName("assignDialog")
        self.setWindowTitle(self.tr("Assign case %1").replace("%1", ref))
        self.owner = QComboBox(editable=True)
        self.owner.setAccessibleName(self.tr("New owner"))
        try:
            names = self.service.possible_owners(marking)
        except Exception:
            names = []
        self.owner.addItems([n for n in names if n != owner])
        self.owner.setCurrentIndex(-1)
        self.owner.setPlaceholderText(self.tr("Choose an officer"))
        self.form.addRow(plain_label(self.tr("Owned now by %1.").replace("%1", owner)))
        self._row(self.tr("New &owner:"), self.owner)
        self._finish_layout(self.tr("&Assign"))

    def accept(self) -> None:
        self._run(lambda: self.service.assign(self.ref, self.owner.currentText()))


class ConsentDialog(_RecordDialog):
    """Record consent as it now stands; the history keeps the earlier ones."""

    def __init__(
        self,
        session: Session,
        ref: str,
        current: ConsentStatus,
        justification: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(session, ref, justification, parent)
        self.setObjectName("consentDialog")
        self.setWindowTitle(self.tr("Consent for case %1").replace("%1", ref))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Consent"))
        for status in CONSENT_WORDS.values():
            self.status.addItem(consent_label(status), status)
        self.status.setCurrentIndex(list(CONSENT_WORDS.values()).index(current))
        self.on_date = _date_edit(session.clock.today(), self.tr("Date of consent"))
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaximumHeight(90)
        self._row(self.tr("&Consent:"), self.status)
        self._row(self.tr("&Date:"), self.on_date)
        self._row(self.tr("&Note:"), self.note)
        self._finish_layout(self.tr("&Record consent"))

    def accept(self) -> None:
        self._run(
            lambda: self.service.set_consent(
                self.ref,
                self.status.currentData(),
                _day(self.on_date),
                self.note.toPlainText(),
                justification=self.justification,
            )
        )


class EditRecordDialog(_RecordDialog):
    """Review dates, and the marking raised or lowered with a reason."""

    def __init__(
        self,
        session: Session,
        ref: str,
        marking: Marking,
        next_review: date | None,
        retention_review: date | None,
        justification: str = "",
        parent: QWidget | None = None,
        categories: CaseCategories | None = None,
    ) -> None:
        super().__init__(session, ref, justification, parent)
        self.setObjectName("editRecordDialog")
        self.setWindowTitle(self.tr("Edit case %1").replace("%1", ref))
        today = session.clock.today()
        self.current_marking = marking
        self.change_next = QCheckBox(self.tr("Change the &next review date"))
        self.next_review = _date_edit(next_review or today, self.tr("Next review date"))
        self.change_retention = QCheckBox(self.tr("Change the re&tention review date"))
        self.retention_review = _date_edit(
            retention_review or today, self.tr("Retention review date")
        )
        self.marking = QComboBox()
        self.marking.setAccessibleName(self.tr("Protective marking"))
        for m in Marking:
            self.marking.addItem(m.value, m)
        self.marking.setCurrentText(marking.value)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the change of marking"))
        self.reason.setPlaceholderText(self.tr("Required to change the marking"))
        for box, edit in (
            (self.change_next, self.next_review),
            (self.change_retention, self.retention_review),
        ):
            edit.setEnabled(False)
            box.toggled.connect(edit.setEnabled)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addWidget(edit, 1)
            self.form.addRow(row)
        self._row(self.tr("&Marking:"), self.marking)
        self._row(self.tr("&Reason:"), self.reason)
        # For returns: gender and type of concern, from the controlled lists (issue 11: they
        # could be set only when a case was opened, or from the command).
        self.categories = categories
        self.gender, self.concern = add_category_rows(self, self.form)
        if categories is not None:
            for combo, code in (
                (self.gender, categories.gender),
                (self.concern, categories.concern_type),
            ):
                index = combo.findData(code)
                combo.setCurrentIndex(max(index, 0))
        self._finish_layout(self.tr("&Save"))

    def category_change(self) -> tuple[str | None, str | None]:
        """The categories to record: a changed choice's code ('not-recorded' to clear), None
        where the choice is as it was."""
        before = self.categories
        result: list[str | None] = []
        for combo, old in (
            (self.gender, before.gender if before else None),
            (self.concern, before.concern_type if before else None),
        ):
            chosen = combo.currentData()
            result.append(None if chosen == old else (chosen or NOT_RECORDED))
        return result[0], result[1]

    def change(self) -> RecordEdit:
        marking: Marking = self.marking.currentData()
        return RecordEdit(
            next_review=_day(self.next_review) if self.change_next.isChecked() else None,
            retention_review=(
                _day(self.retention_review) if self.change_retention.isChecked() else None
            ),
            marking=None if marking == self.current_marking else marking,
            reason=self.reason.text(),
        )

    def accept(self) -> None:
        record = self.change()
        gender, concern = self.category_change()
        record_changed = bool(
            record.next_review or record.retention_review or record.marking is not None
        )

        def work() -> None:
            # The record first: its refusals (a marking change without a reason, a marking
            # below the case's items) come before anything is written. The categories are
            # chosen from the lists, so nothing but a lost gate can refuse them after.
            if record_changed or (gender is None and concern is None):
                self.service.edit(self.ref, record, justification=self.justification)
            if gender is not None or concern is not None:
                ReportService(self.session).set_categories(
                    self.ref, gender=gender, concern=concern, justification=self.justification
                )

        self._run(work)


class OwnerChoice(QWidget):
    """Who owns the cases an import creates: the officers who may, the importing user first
    when they may; a warning when the default owner could not work on them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importOwner")
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Owner of the new cases"))
        self.warning = plain_label()
        self.warning.setObjectName("importOwnerWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(ERROR_STYLE)
        label = QLabel(self.tr("New cases &owned by:"))
        label.setBuddy(self.combo)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.warning)

    def fill(self, session: Session, marking: Marking, me: str, me_can_work: bool) -> None:
        self.combo.clear()
        try:
            names = CaseRecordService(session).possible_owners(marking)
        except Exception:
            names = []
        if me_can_work:
            self.combo.addItem(self.tr("%1 (you)").replace("%1", me), None)
        for name in names:
            if not (me_can_work and name == me):
                self.combo.addItem(name, name)
        self.combo.setCurrentIndex(0 if me_can_work else -1)
        self.combo.setPlaceholderText(self.tr("Choose an officer"))
        self.warning.setText(
            ""
            if me_can_work
            else self.tr(
                "You cannot work on cases yourself: choose the officer who will own the new "
                "cases, or they will be yours until someone assigns them."
            )
        )

    def chosen(self) -> str | None:
        """The officer chosen, or None for the importing user."""
        if self.combo.currentIndex() < 0:
            return None
        data = self.combo.currentData()
        return str(data) if data else None

    def chosen_name(self, me: str) -> str:
        return self.chosen() or me


def record_buttons(view: QWidget) -> QHBoxLayout:
    """The case view's Assign…, Consent… and Edit… buttons; each reloads the view after a
    change. `view` is a CaseViewWidget (its session, ref, justification, view and reload)."""
    row = QHBoxLayout()

    def opened(make: Callable[[], QDialog]) -> None:
        dialog = make()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            view.reload()  # type: ignore[attr-defined]
        except SecureDeskError:
            # Given away: the case has left this user's caseload, and opening it again would
            # need a justification. Say so; show nothing more of it.
            owner = dialog.owner.currentText() if isinstance(dialog, AssignDialog) else ""
            view.tabs.setEnabled(False)  # type: ignore[attr-defined]
            view.status_error.setText(  # type: ignore[attr-defined]
                QCoreApplication.translate(
                    "CaseRecord",
                    "Case %1 is now owned by %2 and has left your caseload. Close it, or open "
                    "it again with a justification.",
                )
                .replace("%1", view.ref)  # type: ignore[attr-defined]
                .replace("%2", owner.strip())
            )

    def case() -> object:
        return view.view.case  # type: ignore[attr-defined]

    def assign() -> QDialog:
        c = case()
        return AssignDialog(
            view.session,  # type: ignore[attr-defined]
            view.ref,  # type: ignore[attr-defined]
            c.marking,  # type: ignore[attr-defined]
            c.owner,  # type: ignore[attr-defined]
            view.justification,  # type: ignore[attr-defined]
            view,
        )

    def consent() -> QDialog:
        return ConsentDialog(
            view.session,  # type: ignore[attr-defined]
            view.ref,  # type: ignore[attr-defined]
            case().consent,  # type: ignore[attr-defined]
            view.justification,  # type: ignore[attr-defined]
            view,
        )

    def edit() -> QDialog:
        c = case()
        return EditRecordDialog(
            view.session,  # type: ignore[attr-defined]
            view.ref,  # type: ignore[attr-defined]
            c.marking,  # type: ignore[attr-defined]
            c.next_review,  # type: ignore[attr-defined]
            c.retention_review,  # type: ignore[attr-defined]
            view.justification,  # type: ignore[attr-defined]
            view,
            ReportService(view.session).read_categories(c.id),  # type: ignore[attr-defined]
        )

    for text, name, make in (
        (
            QCoreApplication.translate("CaseRecord", "Assi&gn…"),
            QCoreApplication.translate("CaseRecord", "Assign the case to another officer"),
            assign,
        ),
        (
            QCoreApplication.translate("CaseRecord", "Co&nsent…"),
            QCoreApplication.translate("CaseRecord", "Record consent"),
            consent,
        ),
        (
            QCoreApplication.translate("CaseRecord", "E&dit…"),
            QCoreApplication.translate("CaseRecord", "Edit review dates or the marking"),
            edit,
        ),
    ):
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setObjectName(
            {"assign": "assignButton", "consent": "consentButton", "edit": "editRecordButton"}[
                make.__name__
            ]
        )
        button.clicked.connect(lambda _=False, m=make: opened(m))
        row.addWidget(button)
    row.addStretch(1)
    return row
