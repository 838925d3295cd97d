"""My cases / All cases: the paged list, filters done in SQL, and search-as-you-type."""

from __future__ import annotations

import dataclasses
import html
import re
from datetime import timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Permission
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_search import SearchHit
from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.case_list_model import MARKING_COLUMN, REVIEW_COLUMN, CaseListModel
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import status_label
from securedesk.gui.new_case_dialog import NewCaseDialog
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl

STATUS_COLUMN = 2  # the status, as the model orders its columns

SEARCH_DEBOUNCE_MS = 200


class HighlightDelegate(QStyledItemDelegate):
    """Draws a cell's text with the words being searched for in bold."""

    def __init__(self, model: CaseListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        terms = self._model.search_terms
        text = str(index.data() or "")
        if not terms or not text:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(highlight_html(text, terms))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        doc.documentLayout().draw(painter, ctx)
        painter.restore()


def highlight_html(text: str, terms: list[str]) -> str:
    """HTML of `text` with each search term (or typed prefix) in bold; text is escaped."""
    if not terms:
        return html.escape(text)
    pattern = re.compile(
        "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE
    )
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(html.escape(text[last : m.start()]))
        out.append(f"<b>{html.escape(m.group(0))}</b>")
        last = m.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


class CaseListPage(QWidget):
    open_requested = Signal(str)  # case reference

    def __init__(self, session: Session, *, mine: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.mine = mine
        self.setObjectName("myCasesPage" if mine else "allCasesPage")
        self.model = CaseListModel(session, self)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names, references and information…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr(
                "Search references, subjects' names and, in your own cases, the text of "
                "information items (Ctrl+F). Every word must match; the last may be the start "
                "of a word."
            )
        )
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.status.addItem(self.tr("Open cases"), "open")
        self.status.addItem(self.tr("All statuses"), None)
        for s in CaseStatus:
            self.status.addItem(status_label(s), s.value)
        self.status.setToolTip(
            self.tr('Which cases to list. "Open cases" leaves out closed ones, in a search too.')
        )
        self.marking = QComboBox()
        self.marking.setToolTip(
            self.tr("Only cases with this protective marking (you see none above your clearance).")
        )
        self.marking.setAccessibleName(self.tr("Filter by marking"))
        self.marking.addItem(self.tr("Any marking"), None)
        for m in Marking:
            self.marking.addItem(m.value, m.value)
        self.review_due = QCheckBox(self.tr("&Review due within 30 days"))
        self.review_due.setAccessibleName(self.tr("Only cases with a review due within 30 days"))
        self.child = QCheckBox(self.tr("Chil&dren only"))
        self.child.setAccessibleName(self.tr("Only cases with a child subject"))
        self.summary = plain_label()
        self.summary.setObjectName("caseListSummary")
        self.new_case = QPushButton(self.tr("&New case…"))
        self.new_case.setAccessibleName(self.tr("Open a new case"))
        self.new_case.setToolTip(self.tr("Open a new case from a referral (Ctrl+N)."))
        self.new_case.setVisible(Permission.EDIT_CASES in session.permissions)
        self.new_case.clicked.connect(self.create_case)

        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(1, HighlightDelegate(self.model, self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows it has not fetched.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fit_columns()
        self.table.activated.connect(self._activated)

        filters = QHBoxLayout()
        for w in (self.status, self.marking, self.review_due, self.child):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.summary)
        filters.addWidget(self.new_case)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.textChanged.connect(self._searching_changed)
        for combo in (self.status, self.marking):
            combo.currentIndexChanged.connect(self.apply_filters)
        for box in (self.review_due, self.child):
            box.toggled.connect(self.apply_filters)
        self._search_task: Task | None = None
        self.last_search_ms: float | None = None
        self.apply_filters()

    def fit_columns(self) -> None:
        """One line per row: nothing wraps, the Marking column is as wide as the longest
        marking ("OFFICIAL-SENSITIVE" once wrapped and doubled every row's height), and the
        other text columns elide with "…" rather than grow the row."""
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        pad = 24  # the cell's margins and the header's sort arrow
        widest_marking = max(metrics.horizontalAdvance(m.value) for m in Marking)
        header.setSectionResizeMode(MARKING_COLUMN, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(MARKING_COLUMN, widest_marking + pad)
        overdue = self.model.review_width_sample()
        header.resizeSection(REVIEW_COLUMN, metrics.horizontalAdvance(overdue) + pad)
        header.resizeSection(0, metrics.horizontalAdvance("CASE-0000-00000") + pad)
        # The status as wide as its longest word in the user's language ("information
        # gathering" showed as "information g…" on a real screen).
        widest_status = max(metrics.horizontalAdvance(status_label(c)) for c in CaseStatus)
        header.resizeSection(STATUS_COLUMN, widest_status + pad)
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 10)

    def build_query(self) -> CaseQuery:
        status = self.status.currentData()
        marking = self.marking.currentData()
        return dataclasses.replace(
            self.model.query,
            owner=self.session.vault.user if self.mine else None,
            open_only=status == "open",
            status=CaseStatus(status) if status not in (None, "open") else None,
            marking=Marking(marking) if marking else None,
            review_due_by=self.session.clock.today() + timedelta(days=30)
            if self.review_due.isChecked()
            else None,
            child=True if self.child.isChecked() else None,
        )

    def apply_filters(self) -> None:
        if self.search.text().strip():
            self.run_search()
            return
        self.model.set_query(self.build_query())
        self.summary.setText(self.tr("%n case(s)", "", self.model.rowCount()))

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.apply_filters()
            return
        if self._search_task is not None and not self._search_task.done:
            self._search_task.cancel()
        session, mine = self.session, self.mine
        import time

        started = time.perf_counter()

        def work(control: TaskControl) -> list[SearchHit]:
            # "My cases" is filtered in the query, so a large vault's matches are all found.
            hits = session.cases.search(text, limit=200, mine=mine)
            control.check()
            return hits

        task = Task(work, self)
        self._search_task = task

        def done(hits: object) -> None:
            if task is not self._search_task:
                return  # a newer search has started
            assert isinstance(hits, list)
            hits = self.filter_hits(hits)
            self.model.show_hits(hits, re.findall(r"\w+", text))
            self.last_search_ms = (time.perf_counter() - started) * 1000
            self.summary.setText(self.tr("%n match(es)", "", len(hits)))

        def failed(exc: object) -> None:
            assert isinstance(exc, BaseException)
            self.summary.setText(message_for(exc))

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start()

    def filter_hits(self, hits: list[SearchHit]) -> list[SearchHit]:
        """A search keeps to the status and marking chosen above the list ("Open cases" is
        the default, and a search once listed closed cases under it)."""
        status = self.status.currentData()
        marking = self.marking.currentData()
        kept = []
        for hit in hits:
            if status == "open" and hit.status is CaseStatus.CLOSED:
                continue
            if status not in (None, "open") and hit.status.value != status:
                continue
            if marking and hit.marking.value != marking:
                continue
            kept.append(hit)
        return kept

    def _searching_changed(self, text: str) -> None:
        """The review and children filters are not known for search hits: they are greyed
        out while a search is shown, and say why, rather than seem to apply."""
        searching = bool(text.strip())
        why = self.tr("Not applied to a search: clear the search box to use this filter.")
        for box in (self.review_due, self.child):
            box.setEnabled(not searching)
            box.setToolTip(why if searching else "")

    def make_new_case_dialog(self) -> NewCaseDialog:
        return NewCaseDialog(self.session, self)

    def create_case(self) -> None:
        dialog = self.make_new_case_dialog()
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.case is not None:
            self.reload()
            self.open_requested.emit(dialog.case.ref)

    def _activated(self, index: QModelIndex) -> None:
        ref = self.model.ref_at(index.row())
        if ref is not None:
            self.open_requested.emit(ref)

    def reload(self) -> None:
        if self.search.text().strip():
            self.run_search()
        else:
            self.model.refresh()
