"""The audit viewer: events newest first, loaded a page at a time, with filters and a
button that verifies the hash chain. Reading and verifying run off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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

from securedesk.core.audit.chain import AuditEvent, AuditQuery, Category, ChainReport, Outcome
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import name_inner_parts
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl

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


class AuditEventModel(QAbstractTableModel):
    """The loaded events, newest first; 'Load more' appends older ones."""

    COLUMNS = 9

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events: list[AuditEvent] = []
        self._headers = [
            self.tr("Seq"),
            self.tr("Time"),
            self.tr("User"),
            self.tr("Category"),
            self.tr("Action"),
            self.tr("Object type"),
            self.tr("Object id"),
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
                ev.action,
                ev.object_type,
                ev.object_id,
                outcome_label(ev.outcome),
                ev.justification,
            ]
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return ev.at  # the stored UTC time, exactly
            if col == 8 and ev.justification:
                return ev.justification
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
        self.last_report: ChainReport | None = None

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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
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
        limit = self.page_size

        def work(control: TaskControl) -> EventBatch:
            events, more = session.audit.query(
                AuditQuery(
                    user=wanted.user,
                    category=wanted.category,
                    outcome=wanted.outcome,
                    action=wanted.action,
                    before_seq=before_seq,
                    limit=limit,
                )
            )
            return EventBatch(events, more)

        task = Task(work, self)
        self._load_task = task

        def done(result: object) -> None:
            if task is not self._load_task:
                return  # superseded by a newer load
            assert isinstance(result, EventBatch)
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

    # -- verifying ------------------------------------------------------------------

    def verify(self) -> None:
        """Recompute the whole chain off the UI thread and say whether it holds."""
        if self.verifying:
            return
        session = self.session
        task = Task(lambda _control: session.audit.verify(), self)
        self._verify_task = task
        self.verify_button.setEnabled(False)
        self.chain_state.setStyleSheet("")
        self.chain_state.setText(self.tr("Verifying the chain…"))

        def done(result: object) -> None:
            assert isinstance(result, ChainReport)
            self.verify_button.setEnabled(True)
            self.show_report(result)
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
