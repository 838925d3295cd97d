"""Dialogs whose OK hands the form to the page, which finishes them or shows an error."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from securedesk.gui.page_parts import ERROR_STYLE, message_label
from securedesk.gui.plain_text import plain_label


def dialog_buttons(dialog: QDialog, ok_text: str, ok_name: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
        QCoreApplication.translate("FormDialog", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class FormDialog(QDialog):
    """A dialog whose OK hands the form to the page (`submitted`) instead of closing.

    The page does the work (off the UI thread when slow) and then calls `finish()` or
    `show_error()`, so a refused change leaves the dialog open with its fields intact.
    """

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = message_label("dialogError", ERROR_STYLE)
        self.buttons: QDialogButtonBox | None = None
        self.busy = False
        self.subject = ""  # the user the dialog is about, if any

    @property
    def ok_button(self) -> QPushButton:
        assert self.buttons is not None
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def form_ready(self) -> bool:
        return True

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.form_ready())

    def accept(self) -> None:
        if not self.form_ready() or not self.ok_button.isEnabled():
            return
        self.error.clear()
        self.submitted.emit()

    def reject(self) -> None:
        # Work already started finishes either way; closing now would hide its outcome.
        if not self.busy:
            super().reject()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for child in self.findChildren(QWidget):
            if child is not self.error:
                child.setEnabled(not busy)
        if not busy:
            self._update_ok()

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)

    def finish(self) -> None:
        super().accept()


class ConfirmDialog(FormDialog):
    """A question with a named action button (our own, so every button has a name)."""

    def __init__(
        self,
        subject: str,
        title: str,
        text: str,
        action: str,
        action_name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("confirmDialog")
        self.subject = subject
        self.setWindowTitle(title)
        question = plain_label(text)  # may name a user or a terminal
        question.setWordWrap(True)
        self.buttons = dialog_buttons(self, action, action_name)
        # A destructive action is never the default: Enter does nothing surprising.
        self.ok_button.setAutoDefault(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
