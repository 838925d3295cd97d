"""A page that hosts non-blocking dialogs and background work: what Administration, its
Backups tab, Transfers, Meetings and Retention share.

Dialogs open window-modal without blocking (`QDialog.open`), are deleted once closed, and
`dialog_opened` announces each one, so keyboard users and tests drive them alike; the open
one is `active_dialog`. `busy` says whether the page's background task (`_task`) still runs.
A page that says things below its controls names its labels `notice` and `error`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from securedesk.gui.workers import Task


class DialogHost(QWidget):
    """The base of a page that opens dialogs and runs slow work off the UI thread."""

    dialog_opened = Signal(QDialog)

    # Set by a page that calls `_say`.
    notice: QLabel
    error: QLabel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.active_dialog: QDialog | None = None
        self._task: Task | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and not self._task.done

    def _say(self, notice: str = "", error: str = "") -> None:
        self.notice.setText(notice)
        self.error.setText(error)

    # Dialog signals reach the page only through its bound methods: a closure holding the
    # page, connected to a dialog deleted before the page, could outlive both in Python.

    def show_dialog(self, dialog: QDialog) -> None:
        """Open a dialog window-modal without blocking; it is deleted once closed."""
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.active_dialog = dialog
        dialog.finished.connect(self._dialog_closed)
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _dialog_closed(self, _result: int) -> None:
        if self.sender() is self.active_dialog:
            self.active_dialog = None
