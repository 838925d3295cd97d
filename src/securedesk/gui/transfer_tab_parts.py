"""What the Transfers tabs share: file filters, times, file names, tables and the tab base."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidget, QWidget

from securedesk.gui.page_parts import read_only_table

if TYPE_CHECKING:
    from securedesk.gui.transfers_page import TransfersPage


def bundle_filter() -> str:
    return QCoreApplication.translate(
        "TransfersPage", "SecureDesk bundles (*.sdbundle);;All files (*)"
    )


def utc_minute(iso: str) -> str:
    """An ISO time as 'YYYY-MM-DD HH:MM' (UTC, as stored)."""
    return iso[:16].replace("T", " ")


def safe_file_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "bundle"


def transfer_table(
    headers: list[str], name: str, object_name: str, stretch: int = 1
) -> QTableWidget:
    table = read_only_table(headers, name, object_name)
    table.setAlternatingRowColors(True)
    # Sized by the header itself: columns set by hand after a refresh left the stretched
    # column short of the table's edge once the table had been shown.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def labelled(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class TransferTab(QWidget):
    """A tab of the Transfers page: the session, and the page that opens its dialogs."""

    def __init__(self, page: TransfersPage) -> None:
        super().__init__()
        self.page = page
        self.session = page.session

    def show_dialog(self, dialog: QDialog) -> None:
        self.page.show_dialog(dialog)
