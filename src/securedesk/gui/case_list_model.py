"""The case list as a table model that pages from the store: it never loads the whole table.

Sorting and filtering are done in SQL (CaseQuery); the model keeps a few pages of rows and
fetches the page a row falls in when the view first asks for it. Whenever the view reads a
page, the page after it is fetched in the thread pool (the vault's connection is guarded for
that), so scrolling on reaches rows already here rather than waiting on the vault.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_search import SearchHit
from securedesk.core.cases.case_store import CaseRow
from securedesk.core.domain import CaseStatus
from securedesk.core.session import Session
from securedesk.gui.labels import status_label
from securedesk.gui.marking_banner import BANNER_COLOURS
from securedesk.gui.workers import Task, TaskControl

PAGE_ROWS = 100
CACHED_PAGES = 20
REVIEW_COLUMN = 5
MARKING_COLUMN = 3
# An overdue review: dark red on pale red, in bold, and said in words (colour alone is lost
# on a colour-blind reader and on a monochrome printout of a screenshot).
OVERDUE_FOREGROUND = "#8b0000"
OVERDUE_BACKGROUND = "#fde2e2"

Index = QModelIndex | QPersistentModelIndex


# (header, sort key in CaseQuery or None when the column cannot sort)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Reference")), "ref"),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Subjects")), None),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Status")), "status"),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Marking")), "marking"),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Owner")), "owner"),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Next review")), "next_review"),
    (str(QT_TRANSLATE_NOOP("CaseListModel", "Child")), "child"),
)


class CaseListModel(QAbstractTableModel):
    """Either a paged, sorted, filtered list of cases, or the hits of a search."""

    # A page fetched ahead of the view arrived (its number); nothing is shown by it.
    page_prefetched = Signal(int)

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._query = CaseQuery(limit=PAGE_ROWS)
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        # Pages being fetched ahead, and the listing they belong to: a result for an older
        # query, sort or refresh is dropped.
        self._prefetching: dict[int, Task] = {}
        self._generation = 0
        self._hits: list[SearchHit] | None = None
        self.search_terms: list[str] = []
        # Empty until the page sets its query (set_query): no count is run twice.

    # -- what is listed --------------------------------------------------------------

    @property
    def query(self) -> CaseQuery:
        return self._query

    def set_query(self, query: CaseQuery) -> None:
        self._query = dataclasses.replace(query, limit=PAGE_ROWS, offset=0)
        self._hits = None
        self.search_terms = []
        self.refresh()

    def show_hits(self, hits: list[SearchHit], terms: list[str]) -> None:
        self.beginResetModel()
        self._hits = hits
        self.search_terms = terms
        self._forget_pages()
        self.endResetModel()

    @property
    def showing_search(self) -> bool:
        return self._hits is not None

    def refresh(self) -> None:
        self.beginResetModel()
        self._forget_pages()
        if self._hits is None:
            self._count = self._session.cases.count_cases(self._query)
        self.endResetModel()

    def _forget_pages(self) -> None:
        self._pages.clear()
        self._prefetching.clear()
        self._generation += 1

    def _prefetch(self, page: int) -> None:
        """Fetch `page` in the thread pool unless it is here, on its way, or past the end."""
        if page in self._pages or page in self._prefetching or page * PAGE_ROWS >= self._count:
            return
        generation = self._generation
        query = dataclasses.replace(self._query, offset=page * PAGE_ROWS)
        cases = self._session.cases

        def work(control: TaskControl) -> list[CaseRow]:
            return cases.list_cases(query)

        task = Task(work, self)
        self._prefetching[page] = task

        def arrived(rows: object) -> None:
            if self._prefetching.get(page) is task:
                del self._prefetching[page]
            if generation != self._generation or page in self._pages:
                return  # another listing now, or the view needed the page first
            assert isinstance(rows, list)
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
            self.page_prefetched.emit(page)

        def failed(exc: object) -> None:
            # Dropped: when the view reaches the page it fetches it and reports as before.
            if self._prefetching.get(page) is task:
                del self._prefetching[page]

        task.finished.connect(arrived)
        task.failed.connect(failed)
        task.cancelled.connect(lambda: failed(None))
        task.start()

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._hits) if self._hits is not None else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CaseListModel", COLUMNS[section][0])
        return None

    def row_at(self, row: int) -> CaseRow | SearchHit | None:
        if self._hits is not None:
            return self._hits[row] if 0 <= row < len(self._hits) else None
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_ROWS
        rows = self._pages.get(page)
        if rows is None:
            rows = self._session.cases.list_cases(
                dataclasses.replace(self._query, offset=page * PAGE_ROWS)
            )
            self._pages[page] = rows
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        self._prefetch(page + 1)
        offset = row % PAGE_ROWS
        return rows[offset] if offset < len(rows) else None

    def ref_at(self, row: int) -> str | None:
        item = self.row_at(row)
        return item.ref if item is not None else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, SearchHit):
            return QCoreApplication.translate("CaseListModel", "Matched in: %s") % ", ".join(
                item.matched
            )
        if role == Qt.ItemDataRole.BackgroundRole and column == MARKING_COLUMN:
            return QColor(BANNER_COLOURS[item.marking])
        if role == Qt.ItemDataRole.ForegroundRole and column == MARKING_COLUMN:
            return QColor("white")
        if column == REVIEW_COLUMN and self.overdue(item):
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(OVERDUE_FOREGROUND)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QColor(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate(
                    "CaseListModel", "The review date has passed: the case is overdue for review."
                )
        return None

    def overdue(self, item: CaseRow | SearchHit) -> bool:
        """An open case whose review date is before today (the session's clock)."""
        if isinstance(item, SearchHit) or item.next_review is None:
            return False
        if item.status is CaseStatus.CLOSED:
            return False
        return item.next_review < self._session.clock.today()

    def _display(self, item: CaseRow | SearchHit, column: int) -> str:
        if isinstance(item, SearchHit):
            values = [
                item.ref,
                item.subjects,
                status_label(item.status),
                item.marking.value,
                item.owner,
                "",
                "",
            ]
            return values[column]
        values = [
            item.ref,
            item.subjects,
            status_label(item.status),
            item.marking.value,
            item.owner,
            self._review_text(item),
            QCoreApplication.translate("CaseListModel", "child") if item.is_child else "",
        ]
        return values[column]

    def _review_text(self, item: CaseRow) -> str:
        if item.next_review is None:
            return ""
        if self.overdue(item):
            return QCoreApplication.translate("CaseListModel", "⚠ %1 overdue").replace(
                "%1", item.next_review.isoformat()
            )
        return item.next_review.isoformat()

    @staticmethod
    def review_width_sample() -> str:
        """The widest text the review column shows, to size it."""
        return QCoreApplication.translate("CaseListModel", "⚠ %1 overdue").replace(
            "%1", "2000-00-00"
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None or self._hits is not None:
            return
        self.set_query(
            dataclasses.replace(
                self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
            )
        )
