"""Parts every page builds from: message labels and their colours, and read-only tables (and
the item behind a table's chosen row)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableWidget, QTableWidgetItem

ERROR_STYLE = "color: #a31515;"
WARNING_STYLE = "color: #8a4b00; font-weight: bold;"
NOTICE_STYLE = "color: #1d6b2f;"

T = TypeVar("T")


def message_label(name: str, style: str) -> QLabel:
    """A wrapping, selectable line for a page's errors or notices (so it can be copied);
    plain text, as a message may quote a name or a path."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setObjectName(name)
    label.setStyleSheet(style)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def read_only_table(headers: list[str], name: str, object_name: str = "") -> QTableWidget:
    """A table the user reads and picks whole rows from, one at a time; no row numbers.
    Callers choose how its columns size."""
    table = QTableWidget(0, len(headers))
    if object_name:
        table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    return table


def fill_table(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    """Replace a table's rows with `rows` of text; the columns in `right` align right."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def selected_item(table: QTableWidget, items: Sequence[T]) -> T | None:
    """The item shown in the table's selected row (rows filled from `items` in order), or
    None when no row is selected or the row is past `items`."""
    rows = table.selectionModel().selectedRows()
    if not rows or rows[0].row() >= len(items):
        return None
    return items[rows[0].row()]


def select_item(table: QTableWidget, items: Sequence[T], matches: Callable[[T], bool]) -> bool:
    """Select the row of the first item that `matches`; False (nothing selected) if none does."""
    for row, item in enumerate(items):
        if matches(item):
            table.selectRow(row)
            return True
    return False
