"""The case list as a table model that pages from the store: it never loads the whole table.

Sorting and filtering are done in SQL (CaseQuery); the model keeps a few pages of rows and
fetches the page a row falls in when the view first asks for it.
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
)
from PySide6.QtGui import QColor

from securedesk.core.cases.case_search import SearchHit
from securedesk.core.cases.case_store import CaseQuery, CaseRow
from securedesk.core.session import Session
from securedesk.gui.labels import status_label
from securedesk.gui.marking_banner import BANNER_COLOURS

PAGE_ROWS = 100
CACHED_PAGES = 20

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseListModel", text)


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

    def __init__(self, session: Session, parent: Any = None) -> None:
        super().__init__(parent)
        self._session = session
        self._query = CaseQuery(limit=PAGE_ROWS)
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
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
        self._pages.clear()
        self.endResetModel()

    @property
    def showing_search(self) -> bool:
        return self._hits is not None

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        if self._hits is None:
            self._count = self._session.cases.count_cases(self._query)
        self.endResetModel()

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
            return _tr(COLUMNS[section][0])
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
        if role == Qt.ItemDataRole.BackgroundRole and column == 3:
            return QColor(BANNER_COLOURS[item.marking])
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QColor("white")
        return None

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
            item.next_review.isoformat() if item.next_review else "",
            QCoreApplication.translate("CaseListModel", "child") if item.is_child else "",
        ]
        return values[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][1]
        if key is None or self._hits is not None:
            return
        self.set_query(
            dataclasses.replace(
                self._query, sort=key, descending=order == Qt.SortOrder.DescendingOrder
            )
        )
