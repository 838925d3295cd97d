"""The auditor's Retention page: cases past their retention review and cases proposed for
destruction (Keep…, Propose…, Approve…), and the destruction register.

No rule lives here: every decision is core/retention/service.py's, which refuses what the
user may not do (the proposer approving, a non-auditor approving, a reason naming a person);
the dialog stays open with the refusal in the user's language.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.domain import CaseStatus
from securedesk.core.retention.backups import backups_made_before
from securedesk.core.retention.service import RegisterEntry, RetentionService, ReviewRow
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.form_dialog import ConfirmDialog, FormDialog, dialog_buttons
from securedesk.gui.labels import status_label
from securedesk.gui.page_parts import select_item, selected_item
from securedesk.gui.workers import Task, TaskControl


def _status(value: str) -> str:
    """A case status (stored as its English word) in the user's language."""
    try:
        return status_label(CaseStatus(value))
    except ValueError:
        return value


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


class ReasonDialog(FormDialog):
    """A reason (and for Keep, a date): shared by Keep… and Propose…."""

    def __init__(
        self, title: str, action: str, ref: str, *, with_date: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("retentionReasonDialog")
        self.subject = ref
        self.setWindowTitle(title)
        form = QFormLayout()
        self.until: QDateEdit | None = None
        if with_date:
            self.until = QDateEdit()
            self.until.setObjectName("keepUntil")
            self.until.setCalendarPopup(True)
            self.until.setDisplayFormat("yyyy-MM-dd")
            self.until.setDate(QDate.currentDate().addYears(1))
            self.until.setAccessibleName(self.tr("Keep until"))
            form.addRow(self.tr("Keep until"), self.until)
        self.reason = QLineEdit()
        self.reason.setObjectName("retentionReason")
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Why, without naming anyone"))
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = dialog_buttons(self, action, action)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Case %1").replace("%1", ref)))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(lambda _t: self._update_ok())
        self._update_ok()

    def form_ready(self) -> bool:
        return bool(self.reason.text().strip())

    def until_date(self) -> date:
        assert self.until is not None
        chosen = self.until.date()
        return date(chosen.year(), chosen.month(), chosen.day())


class RetentionPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retentionPage")
        self.session = session
        self.service = RetentionService(session)
        self.rows: list[ReviewRow] = []
        self.entries: list[RegisterEntry] = []
        self.dialog: FormDialog | None = None
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Retention review"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Cases past their retention review date, and cases proposed for "
                    "destruction. A different auditor approves each destruction."
                )
            )
        )
        self.queue = _table(
            "retentionQueue",
            [
                self.tr("Case"),
                self.tr("Status"),
                self.tr("Marking"),
                self.tr("Review date"),
                self.tr("Proposed by"),
            ],
        )
        self.queue.setAccessibleName(self.tr("Cases for retention review"))
        layout.addWidget(self.queue, 2)
        buttons = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep…"))
        self.keep_button.setObjectName("keepButton")
        self.propose_button = QPushButton(self.tr("Propose…"))
        self.propose_button.setObjectName("proposeButton")
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("approveButton")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("refreshRetention")
        for b in (self.keep_button, self.propose_button, self.approve_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setObjectName("approvalProgress")
        self.progress.setAccessibleName(self.tr("Destruction progress"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel("")
        self.status.setObjectName("retentionStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Destruction register (no personal data)")))
        self.register = _table(
            "destructionRegister",
            [
                self.tr("Case"),
                self.tr("Closed"),
                self.tr("Destroyed"),
                self.tr("Proposed by"),
                self.tr("Approved by"),
                self.tr("Reason"),
                self.tr("Records"),
            ],
        )
        self.register.setAccessibleName(self.tr("Destruction register"))
        layout.addWidget(self.register, 1)
        self.keep_button.clicked.connect(self.keep)
        self.propose_button.clicked.connect(self.propose)
        self.approve_button.clicked.connect(self.approve)
        self.refresh_button.clicked.connect(self.refresh)
        self.queue.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    # -- lists ---------------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.rows = self.service.review_queue()
            self.entries = self.service.register()
        except Exception as exc:
            self.status.setText(message_for(exc))
            return
        self.queue.setRowCount(len(self.rows))
        for n, r in enumerate(self.rows):
            proposed = (
                self.tr("%1 on %2").replace("%1", r.proposed_by).replace("%2", str(r.proposed_on))
                if r.proposed_by
                else ""
            )
            for col, text in enumerate(
                (r.ref, _status(r.status), r.marking.value, str(r.review_date or ""), proposed)
            ):
                self.queue.setItem(n, col, QTableWidgetItem(text))
        self.register.setRowCount(len(self.entries))
        for n, e in enumerate(self.entries):
            records = sum(e.counts.values())
            for col, text in enumerate(
                (
                    e.ref,
                    e.closed_on or "",
                    e.destroyed_at[:16].replace("T", " "),
                    e.proposed_by,
                    e.approved_by,
                    e.reason,
                    str(records),
                )
            ):
                self.register.setItem(n, col, QTableWidgetItem(text))
        self._update_buttons()

    def selected(self) -> ReviewRow | None:
        return selected_item(self.queue, self.rows)

    def select_ref(self, ref: str) -> None:
        select_item(self.queue, self.rows, lambda r: r.ref == ref)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.keep_button.setEnabled(row is not None and row.due)
        self.propose_button.setEnabled(row is not None and not row.proposed_by)
        self.approve_button.setEnabled(row is not None and bool(row.proposed_by))

    # -- decisions -------------------------------------------------------------------------

    def keep(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReasonDialog(
            self.tr("Keep case"), self.tr("Keep"), row.ref, with_date=True, parent=self
        )
        dialog.submitted.connect(
            lambda: self._run(
                dialog,
                lambda: self.service.keep(row.ref, dialog.until_date(), dialog.reason.text()),
                self.tr("Case %1 kept.").replace("%1", row.ref),
            )
        )
        self._open(dialog)

    def propose(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ReasonDialog(
            self.tr("Propose destruction"),
            self.tr("Propose destruction"),
            row.ref,
            with_date=False,
            parent=self,
        )
        dialog.submitted.connect(
            lambda: self._run(
                dialog,
                lambda: self.service.propose(row.ref, dialog.reason.text()),
                self.tr("Destruction of %1 proposed: a different auditor approves it.").replace(
                    "%1", row.ref
                ),
            )
        )
        self._open(dialog)

    def approve(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ConfirmDialog(
            row.ref,
            self.tr("Approve destruction"),
            self.tr(
                "Destroy case %1 and everything held only for it? This cannot be undone: its "
                "items, people in no other case, assessments, actions, attachments and minutes "
                "are removed from the vault's files. The register keeps its reference, dates, "
                "reason and counts."
            ).replace("%1", row.ref),
            self.tr("Destroy"),
            self.tr("Destroy"),
            self,
        )
        dialog.submitted.connect(lambda: self.start_approval(dialog, row.ref))
        self._open(dialog)

    def start_approval(self, dialog: FormDialog, ref: str) -> Task:
        """Destroy and wipe off the UI thread (a large case, then rewriting the whole vault,
        takes a while): the window keeps drawing, the page shows each step."""
        service = self.service

        def work(control: TaskControl) -> Any:
            entry = service.approve(ref, progress=control.progress)
            older = backups_made_before(service.session.vault.conn, entry.destroyed_at)
            return entry, older

        dialog.set_busy(True)
        for button in (self.keep_button, self.propose_button, self.approve_button):
            button.setEnabled(False)
        self.refresh_button.setEnabled(False)
        self.progress.setRange(0, 2)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(
            self.tr("Destroying case %1 and wiping the space it used…").replace("%1", ref)
        )
        task = Task(work, self)
        self.task = task
        task.progress.connect(self._approval_step)
        task.finished.connect(lambda result: self._approved(dialog, result))
        task.failed.connect(lambda exc: self._approval_failed(dialog, exc))
        task.start()
        return task

    def _approval_step(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        if done == 1:
            self.status.setText(
                self.tr("Destroyed; wiping the freed space from the vault's files…")
            )

    def _approved(self, dialog: FormDialog, result: object) -> None:
        assert isinstance(result, tuple)
        entry: RegisterEntry = result[0]
        older: list[tuple[str, str]] = result[1]
        self.task = None
        self.progress.setVisible(False)
        self.refresh_button.setEnabled(True)
        dialog.set_busy(False)
        dialog.finish()
        self.refresh()
        self.status.setText(
            self.tr("Case %1 destroyed.").replace("%1", entry.ref)
            + " "
            + self.backups_notice(entry.ref, len(older))
        )

    def backups_notice(self, ref: str, made: int) -> str:
        return (
            self.tr(
                "Backups made before this destruction still hold case %1 (%2 made on this "
                "vault). Under the backup retention rule, make and verify a new backup, then "
                "destroy every backup made before this destruction."
            )
            .replace("%1", ref)
            .replace("%2", str(made))
        )

    def _approval_failed(self, dialog: FormDialog, exc: object) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.refresh_button.setEnabled(True)
        self._update_buttons()
        self.status.clear()
        dialog.show_error(message_for(exc if isinstance(exc, BaseException) else Exception()))
        # A wipe that could not finish comes after the destruction: show what is now there.
        if not self.service.session.vault.conn.in_transaction:
            self.refresh()

    def _open(self, dialog: FormDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _run(self, dialog: FormDialog, work: object, done: str) -> None:
        dialog.set_busy(True)
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            work()  # type: ignore[operator]
        except Exception as exc:
            dialog.show_error(message_for(exc))
            return
        finally:
            self.unsetCursor()
        dialog.finish()
        self.refresh()
        self.status.setText(done)
