"""A member's copy of a meeting pack shown from memory (nothing is written to disk), with the
copy's marking at top and bottom, and printed straight from memory.

The preview is unnumbered (copy 0) and in no register, so it is never what is printed: Print
first asks for the printer, then has the core issue the member a numbered copy in memory
(entered in the copy register and audited as a disclosure) and prints that copy."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.markings import Marking
from securedesk.gui.error_text import message_for
from securedesk.gui.marking_banner import MarkingBanner
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl


class PackPreviewDialog(QDialog):
    def __init__(
        self,
        data: bytes,
        marking: Marking,
        title: str,
        parent: QWidget | None = None,
        issue: Callable[[], bytes] | None = None,
    ) -> None:
        super().__init__(parent)
        self._issue = issue
        self.task: Task | None = None
        self.printed_pages = 0
        self.printed: QPdfDocument | None = None
        self.setWindowTitle(f"{title} — {marking.value}")
        self.top, self.bottom = MarkingBanner(), MarkingBanner()
        self.top.set_marking(marking)
        self.bottom.set_marking(marking)
        self.document = self._load(data)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Meeting pack preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setDocument(self.document)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the pack"))
        self.print_button.clicked.connect(self.print_pack)
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the preview"))
        self.close_button.clicked.connect(self.reject)
        self.status = plain_label()
        self.status.setObjectName("previewStatus")
        self.status.setWordWrap(True)
        self.error = plain_label()
        self.error.setObjectName("previewError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.error, 1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.bottom)
        self.resize(800, 700)

    def _load(self, data: bytes) -> QPdfDocument:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.load(buffer)
        return document

    def choose_printer(self) -> QPrinter | None:
        """The printer the user picks, or None when they cancel (tests replace this)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_pack(self) -> None:
        printer = self.choose_printer()
        if printer is None:
            return
        if self._issue is None:
            self._print(printer, self.document)
            return
        issue = self._issue

        def work(control: TaskControl) -> bytes:
            return issue()

        def done(data: object) -> None:
            self.print_button.setEnabled(True)
            assert isinstance(data, bytes)
            self.printed = self._load(data)
            if self._print(printer, self.printed):
                self.status.setText(
                    self.tr("Printed a numbered copy, entered in the copy register.")
                )

        def failed(exc: object) -> None:
            self.print_button.setEnabled(True)
            if isinstance(exc, BaseException):
                self.error.setText(message_for(exc))

        self.print_button.setEnabled(False)
        self.error.clear()
        self.task = Task(work, self)
        self.task.finished.connect(done)
        self.task.failed.connect(failed)
        self.task.start()

    def _print(self, printer: QPrinter, document: QPdfDocument) -> int:
        try:
            self.printed_pages = self.print_to(printer, document)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return 0
        return self.printed_pages

    def print_to(self, printer: QPrinter, document: QPdfDocument) -> int:
        """Draws every page of `document` onto `printer`; the number of pages drawn."""
        painter = QPainter()
        if not painter.begin(printer):
            self.error.setText(self.tr("The printer could not be started."))
            return 0
        drawn = 0
        try:
            dpi = printer.resolution()
            for page in range(document.pageCount()):
                if page > 0:
                    printer.newPage()
                target = QRectF(painter.viewport())
                points = document.pagePointSize(page)
                size = QSize(
                    max(1, int(points.width() * dpi / 72)),
                    max(1, int(points.height() * dpi / 72)),
                )
                image = document.render(page, size)
                scaled = image.size().scaled(
                    target.size().toSize(), Qt.AspectRatioMode.KeepAspectRatio
                )
                painter.drawImage(QRectF(target.topLeft(), scaled.toSizeF()), image)
                drawn += 1
        finally:
            painter.end()
        return drawn
