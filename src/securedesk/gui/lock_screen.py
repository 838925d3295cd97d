"""What a locked session shows: no case content, only who may unlock it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from securedesk.gui.plain_text import plain_label, rich_label


class LockScreen(QWidget):
    unlock_requested = Signal(str)  # the passphrase
    sign_out_requested = Signal()

    def __init__(self, user: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        title = rich_label(self.tr("<h2>SecureDesk is locked</h2>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        who = plain_label(self.tr("Locked for %s. Enter your passphrase to continue.") % user)
        who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setMaximumWidth(360)
        self.unlock = QPushButton(self.tr("&Unlock"))
        self.unlock.setAccessibleName(self.tr("Unlock"))
        self.unlock.setDefault(True)
        self.sign_out = QPushButton(self.tr("Sign &out"))
        self.sign_out.setAccessibleName(self.tr("Sign out"))
        self.error = plain_label()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #a31515;")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for w in (title, who, self.passphrase, self.unlock, self.sign_out, self.error):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.unlock.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.sign_out.clicked.connect(self.sign_out_requested)

    def _submit(self) -> None:
        secret = self.passphrase.text()
        self.passphrase.clear()
        if secret:
            self.unlock.setEnabled(False)
            self.error.setText(self.tr("Unlocking…"))
            self.unlock_requested.emit(secret)

    def show_error(self, text: str) -> None:
        self.unlock.setEnabled(True)
        self.error.setText(text)
        self.passphrase.setFocus()
