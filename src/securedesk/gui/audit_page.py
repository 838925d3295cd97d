"""The audit viewer: events newest first, loaded a page at a time, with filters, a button
that verifies the chain as `securedesk audit verify` does (hashes; MACs for an auditor; the
roles and clearance replayed from the chain) and one that checks the chain still reaches a
signed checkpoint. Reading and verifying run off the UI thread."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.audit.audit_service import Verification
from securedesk.core.audit.case_refs import case_refs
from securedesk.core.audit.chain import AuditEvent, AuditQuery, Category, ChainReport, Outcome
from securedesk.core.session import Session
from securedesk.gui.audit_words import (
    action_words,
    object_id_words,
    object_type_words,
    stored_actions_worded,
)
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import name_inner_parts
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl
from securedesk.transfer.audit_checkpoint import verify_against

PAGE_SIZE = 500
FILTER_DEBOUNCE_MS = 250
INTACT_STYLE = "color: #1d6b2f; font-weight: bold;"
BROKEN_STYLE = "color: #a31515; font-weight: bold;"


@dataclass(frozen=True)
class AuditFilter:
    """Which events to show. Text filters are case-insensitive substrings."""

    user: str = ""
    category: str | None = None
    outcome: str | None = None
    action: str = ""


@dataclass(frozen=True)
class EventBatch:
    events: list[AuditEvent]  # newest first
    more: bool  # older matching events exist
    refs: dict[str, str] = dataclasses.field(default_factory=dict)  # case id -> reference


def category_label(value: str) -> str:
    labels = {
        Category.COLLECTION.value: QCoreApplication.translate("AuditPage", "Collection"),
        Category.ALTERATION.value: QCoreApplication.translate("AuditPage", "Alteration"),
        Category.CONSULTATION.value: QCoreApplication.translate("AuditPage", "Consultation"),
        Category.DISCLOSURE.value: QCoreApplication.translate("AuditPage", "Disclosure"),
        Category.COMBINATION.value: QCoreApplication.translate("AuditPage", "Combination"),
        Category.ERASURE.value: QCoreApplication.translate("AuditPage", "Erasure"),
        Category.AUTHENTICATION.value: QCoreApplication.translate("AuditPage", "Authentication"),
        Category.ADMINISTRATION.value: QCoreApplication.translate("AuditPage", "Administration"),
    }
    return labels.get(value, value)


def outcome_label(value: str) -> str:
    labels = {
        Outcome.SUCCESS.value: QCoreApplication.translate("AuditPage", "Success"),
        Outcome.REFUSED.value: QCoreApplication.translate("AuditPage", "Refused"),
        Outcome.FAILED.value: QCoreApplication.translate("AuditPage", "Failed"),
    }
    return labels.get(value, value)


def _local_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return at


MAX_COLUMN_WIDTH = 240  # px: see AuditPage._loaded


class AuditEventModel(QAbstractTableModel):
    """The loaded events, newest first; 'Load more' appends older ones."""

    COLUMNS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[AuditEvent] = []
        # A case is shown by its reference, its id on hover (the log keeps the id).
        self.refs: dict[str, str] = {}
        self._headers = [
            self.tr("Seq"),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Category"),
            self.tr("Action"),
            self.tr("Object type"),
            self.tr("Object"),
            self.tr("Outcome"),
            self.tr("Justification"),
        ]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid() or index.row() >= len(self.events):
            return None
        ev = self.events[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values: list[object] = [
                ev.seq,
                _local_time(ev.at),
                ev.user,
                category_label(ev.category),
                action_words(ev.action),
                object_type_words(ev.object_type),
                self.refs.get(ev.object_id) or object_id_words(ev.object_type, ev.object_id),
                outcome_label(ev.outcome),
                ev.justification,
            ]
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return ev.at  # the stored UTC time, exactly
            if col == 8 and ev.justification:
                return ev.justification
            if col == 4 and action_words(ev.action) != ev.action:
                # The words the chain holds, which the filter also finds.
                return self.tr("Recorded as: %1").replace("%1", ev.action)
            if col == 6:  # a reference stands for the case id; a long object may be cut
                if ev.object_id in self.refs:
                    return self.tr("Case id %s") % ev.object_id
                return object_id_words(ev.object_type, ev.object_id)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and ev.outcome != Outcome.SUCCESS.value:
            return QBrush(QColor("#a31515"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def reset(self, events: list[AuditEvent]) -> None:
        self.beginResetModel()
        self.events = list(events)
        self.endResetModel()

    def append(self, events: list[AuditEvent]) -> None:
        if not events:
            return
        first = len(self.events)
        self.beginInsertRows(QModelIndex(), first, first + len(events) - 1)
        self.events.extend(events)
        self.endInsertRows()


class AuditPage(QWidget):
    def __init__(
        self, session: Session, parent: QWidget | None = None, *, page_size: int = PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.session = session
        self.page_size = page_size
        self.more = False
        self._load_task: Task | None = None
        self._verify_task: Task | None = None
        self._checkpoint_task: Task | None = None
        self.last_report: ChainReport | None = None
        self.last_verification: Verification | None = None

        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Filter by user"))
        self.user.setClearButtonEnabled(True)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Filter by category"))
        self.category.addItem(self.tr("Any category"), None)
        for c in Category:
            self.category.addItem(category_label(c.value), c.value)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Filter by outcome"))
        self.outcome.addItem(self.tr("Any outcome"), None)
        for o in Outcome:
            self.outcome.addItem(outcome_label(o.value), o.value)
        self.action = QLineEdit()
        self.action.setAccessibleName(self.tr("Filter by action text"))
        self.action.setClearButtonEnabled(True)
        for edit, clear_name in (
            (self.user, self.tr("Clear the user filter")),
            (self.action, self.tr("Clear the action filter")),
        ):
            # The clear button Qt adds inside the field is clickable too: name it.
            for button in edit.findChildren(QToolButton):
                button.setAccessibleName(clear_name)

        self.model = AuditEventModel(self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)

        self.load_more_button = QPushButton(self.tr("Load &more"))
        self.load_more_button.setAccessibleName(self.tr("Load older events"))
        self.load_more_button.setEnabled(False)
        self.load_more_button.clicked.connect(self.load_more)
        self.verify_button = QPushButton(self.tr("&Verify chain"))
        self.verify_button.setAccessibleName(self.tr("Verify the audit chain"))
        self.verify_button.clicked.connect(self.verify)
        self.summary = plain_label()
        self.summary.setObjectName("auditSummary")
        self.error = plain_label()
        self.error.setObjectName("auditError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.chain_state = plain_label()
        self.chain_state.setObjectName("chainState")
        self.chain_state.setWordWrap(True)
        self.chain_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # What else the check covered: MACs (an auditor's) and the roles and clearance trail.
        self.checks = plain_label()
        self.checks.setObjectName("chainChecks")
        self.checks.setWordWrap(True)
        self.checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checkpoint_button = QPushButton(self.tr("Check against a &checkpoint…"))
        self.checkpoint_button.setObjectName("checkpointButton")
        self.checkpoint_button.setAccessibleName(
            self.tr("Check that the chain reaches a signed checkpoint file")
        )
        self.checkpoint_button.clicked.connect(self.choose_checkpoint)
        self.checkpoint_state = plain_label()
        self.checkpoint_state.setObjectName("checkpointState")
        self.checkpoint_state.setWordWrap(True)
        self.checkpoint_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        filters = QHBoxLayout()
        for text, field in (
            (self.tr("&User:"), self.user),
            (self.tr("Cat&egory:"), self.category),
            (self.tr("&Outcome:"), self.outcome),
            (self.tr("&Action contains:"), self.action),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            filters.addWidget(label)
            filters.addWidget(field)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary)
        bottom.addWidget(self.load_more_button)
        bottom.addStretch(1)
        bottom.addWidget(self.chain_state)
        bottom.addWidget(self.verify_button)
        checkpoint_row = QHBoxLayout()
        checkpoint_row.addWidget(self.checks, 1)
        checkpoint_row.addWidget(self.checkpoint_state, 1)
        checkpoint_row.addWidget(self.checkpoint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addLayout(checkpoint_row)
        layout.addWidget(self.error)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        for edit in (self.user, self.action):
            edit.textChanged.connect(lambda _t: self._debounce.start())
            edit.returnPressed.connect(self.reload)
        for combo in (self.category, self.outcome):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        name_inner_parts(self)
        self.reload()

    # -- loading --------------------------------------------------------------------

    @property
    def loading(self) -> bool:
        return self._load_task is not None and not self._load_task.done

    @property
    def verifying(self) -> bool:
        return self._verify_task is not None and not self._verify_task.done

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user=self.user.text().strip(),
            category=self.category.currentData(),
            outcome=self.outcome.currentData(),
            action=self.action.text().strip(),
        )

    def reload(self) -> None:
        """Show the newest page of events matching the filters."""
        self._debounce.stop()
        self._load(before_seq=None)

    def load_more(self) -> None:
        """Append the next page of older matching events."""
        if self.loading or not self.model.events:
            return
        self._load(before_seq=self.model.events[-1].seq)

    def _load(self, before_seq: int | None) -> None:
        if self._load_task is not None and not self._load_task.done:
            self._load_task.cancel()
        session = self.session
        wanted = self.current_filter()
        # The stored actions whose words in this window's language match, as well as the
        # stored text itself: a Welsh filter finds "signed in" by "mewngofnodi".
        worded = stored_actions_worded(wanted.action)
        limit = self.page_size

        def work(control: TaskControl) -> EventBatch:
            events, more = session.audit.query(
                AuditQuery(
                    user=wanted.user,
                    category=wanted.category,
                    outcome=wanted.outcome,
                    action=wanted.action,
                    action_like=worded,
                    before_seq=before_seq,
                    limit=limit,
                )
            )
            refs = case_refs(session, (e.object_id for e in events))
            return EventBatch(events, more, refs)

        task = Task(work, self)
        self._load_task = task

        def done(result: object) -> None:
            if task is not self._load_task:
                return  # superseded by a newer load
            assert isinstance(result, EventBatch)
            self.model.refs.update(result.refs)
            if before_seq is None:
                self.model.reset(result.events)
            else:
                self.model.append(result.events)
            self.more = result.more
            self.error.clear()
            self._loaded()

        def failed(exc: object) -> None:
            if task is not self._load_task:
                return
            assert isinstance(exc, BaseException)
            self.error.setText(message_for(exc))
            self._loaded()

        task.finished.connect(done)
        task.failed.connect(failed)
        self.load_more_button.setEnabled(False)
        self.summary.setText(self.tr("Loading…"))
        task.start()

    def _loaded(self) -> None:
        shown = len(self.model.events)
        if self.more:
            self.summary.setText(self.tr("Newest %n event(s) shown", "", shown))
        else:
            self.summary.setText(self.tr("%n event(s)", "", shown))
        self.load_more_button.setEnabled(self.more)
        if shown:
            self.table.resizeColumnsToContents()
            # A long object (a fingerprint, a bundle id) must not push the justification
            # column off the page: wide columns are capped and elide, the whole text on hover.
            for column in range(self.model.columnCount() - 1):
                if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                    self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)

    # -- verifying ------------------------------------------------------------------

    @property
    def checking_checkpoint(self) -> bool:
        return self._checkpoint_task is not None and not self._checkpoint_task.done

    def verify(self) -> None:
        """Recompute the whole chain off the UI thread, as `audit verify` does, and say
        whether it holds, whether MACs were checked and whether roles match the chain."""
        if self.verifying:
            return
        session = self.session
        task = Task(lambda _control: session.audit.check(), self)
        self._verify_task = task
        self.verify_button.setEnabled(False)
        self.chain_state.setStyleSheet("")
        self.chain_state.setText(self.tr("Verifying the chain…"))

        def done(result: object) -> None:
            assert isinstance(result, Verification)
            self.verify_button.setEnabled(True)
            self.show_verification(result)
            self.reload()  # the check itself is recorded as an event

        def failed(exc: object) -> None:
            assert isinstance(exc, BaseException)
            self.verify_button.setEnabled(True)
            self.chain_state.setStyleSheet(BROKEN_STYLE)
            self.chain_state.setText(message_for(exc))

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start()

    def show_report(self, report: ChainReport) -> None:
        self.last_report = report
        if report.ok:
            self.chain_state.setStyleSheet(INTACT_STYLE)
            self.chain_state.setText(self.tr("Chain intact: %n event(s)", "", report.events))
        else:
            self.chain_state.setStyleSheet(BROKEN_STYLE)
            self.chain_state.setText(
                self.tr("Broken at event %1: %2")
                .replace("%1", str(report.first_broken_seq))
                .replace("%2", report.reason)
            )

    def show_verification(self, result: Verification) -> None:
        """The chain's state, then what else was checked: MACs and the roles trail."""
        self.last_verification = result
        self.show_report(result.report)
        if result.report.ok and result.unrecorded:
            self.chain_state.setStyleSheet(BROKEN_STYLE)
            self.chain_state.setText(
                self.tr(
                    "Chain intact: %n event(s), but roles or clearance changed with no event",
                    "",
                    result.report.events,
                )
            )
        self.checks.setText("\n".join(self._check_lines(result)))

    def _check_lines(self, result: Verification) -> list[str]:
        r = result.report
        lines = []
        if not r.mac_started:
            lines.append(
                self.tr(
                    "MACs: none yet (the MAC chain starts once the vault has an auditor); "
                    "checked by hash only."
                )
            )
        elif not result.is_auditor:
            lines.append(self.tr("MACs were not checked: sign in as an auditor."))
        else:
            lines.append(self.tr("MACs checked: %n event(s).", "", r.macs_checked))
            if r.macs_unchecked:
                lines.append(
                    self.tr(
                        "%n event(s) are in periods whose MAC key was not sealed to you: "
                        "another auditor can check them.",
                        "",
                        r.macs_unchecked,
                    )
                )
        if result.key_holders == []:
            lines.append(
                self.tr(
                    "No auditor holds the current MAC key: grant the auditor role to someone "
                    "so that new events can be checked."
                )
            )
        if result.unrecorded:
            lines.append(
                self.tr("Users whose roles or clearance have no event: %1").replace(
                    "%1", ", ".join(result.unrecorded)
                )
            )
        else:
            lines.append(
                self.tr("Every user's roles and clearance match the events that set them.")
            )
        return lines

    # -- checkpoints ----------------------------------------------------------------

    def choose_checkpoint(self) -> None:
        """Pick a checkpoint file (`audit checkpoint`, or one a partner kept) and check it."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a checkpoint"),
            "",
            self.tr("Audit checkpoints (*.checkpoint);;All files (*)"),
        )
        if path:
            self.check_checkpoint(Path(path))

    def check_checkpoint(self, path: Path) -> None:
        """Verify the chain and that it still reaches the checkpoint in `path` (signed by
        this terminal's key, FILE.minisig beside it), off the UI thread."""
        if self.checking_checkpoint:
            return
        session = self.session
        task = Task(lambda _control: verify_against(session, [path]), self)
        self._checkpoint_task = task
        self.checkpoint_button.setEnabled(False)
        self.checkpoint_state.setStyleSheet("")
        self.checkpoint_state.setText(self.tr("Checking the checkpoint…"))

        def done(result: object) -> None:
            assert isinstance(result, Verification)
            self.checkpoint_button.setEnabled(True)
            self.show_verification(result)
            report = result.report
            if report.ok:
                self.checkpoint_state.setStyleSheet(INTACT_STYLE)
                self.checkpoint_state.setText(
                    self.tr("The chain reaches the checkpoint at event %1.").replace(
                        "%1", str(result.checkpoint_seq)
                    )
                )
            else:
                self.checkpoint_state.setStyleSheet(BROKEN_STYLE)
                self.checkpoint_state.setText(self.chain_state.text())
            self.reload()  # the check is recorded as an event

        def failed(exc: object) -> None:
            assert isinstance(exc, BaseException)
            self.checkpoint_button.setEnabled(True)
            self.checkpoint_state.setStyleSheet(BROKEN_STYLE)
            self.checkpoint_state.setText(message_for(exc))

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start()
