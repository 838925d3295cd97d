"""Choosing a new passphrase: forced after a one-time passphrase, or by choice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.passphrase_fields import NewPassphraseFields
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl


class ChangePassphraseDialog(QDialog):
    def __init__(self, session: Session, *, forced: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Choose your passphrase"))
        intro = QLabel(
            self.tr("You signed in with a one-time passphrase. Choose your own to continue.")
            if forced
            else self.tr("Choose a new passphrase.")
        )
        intro.setWordWrap(True)
        self.fields = NewPassphraseFields()
        self.error = plain_label()
        self.error.setStyleSheet("color: #a31515;")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Change passphrase"))
        self.ok.setAccessibleName(self.tr("Change passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.fields.changed.connect(lambda: self.ok.setEnabled(self.fields.acceptable))
        self.ok.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        """Derives the new slot key (about half a second) off the UI thread."""
        if self._task is not None and not self._task.done:
            return
        session, secret = self.session, self.fields.passphrase()
        self.ok.setEnabled(False)
        self.error.setText(self.tr("Changing…"))

        def work(control: TaskControl) -> None:
            session.users.change_own_passphrase(secret)

        self._task = Task(work, self)
        self._task.finished.connect(self._changed)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _changed(self, _result: object) -> None:
        self.fields.clear()
        self.error.clear()
        super().accept()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.ok.setEnabled(self.fields.acceptable)
        self.error.setText(message_for(exc))
