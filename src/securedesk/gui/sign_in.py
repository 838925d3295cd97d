"""The sign-in window: who you are and your passphrase; shows failed attempts afterwards."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.session import Session
from securedesk.gui.copy_guard import guard_application
from securedesk.gui.error_text import message_for
from securedesk.gui.plain_text import plain_label, rich_label
from securedesk.gui.window_chrome import language_combo
from securedesk.gui.workers import Task, TaskControl


class SignInDialog(QDialog):
    """Signs in off the UI thread (the key derivation takes about half a second)."""

    signed_in = Signal(object)  # Session
    language_chosen = Signal(str)

    def __init__(
        self,
        vault: Path,
        *,
        demo_hint: tuple[str, str] | None = None,
        user: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        # Qt adds the application's display name ("— SecureDesk") to every window title:
        # naming SecureDesk here as well read "SecureDesk — sign in — SecureDesk".
        self.setWindowTitle(self.tr("Sign in"))
        self.setObjectName("signInDialog")
        self.session: Session | None = None
        self._task: Task | None = None

        # Every copy goes through the secure clipboard from the first window on.
        guard_application()
        title = rich_label(self.tr("<h2>SecureDesk</h2>"))
        where = plain_label(self.tr("Vault: %s") % str(vault))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.user = QLineEdit(user)
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error = plain_label()
        self.error.setObjectName("signInError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a31515;")
        self.error.setAccessibleName(self.tr("Sign-in message"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton(
            self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        # Return in the passphrase field must sign in. Cancel, being first in the box and
        # auto-default, took the default once the dialog was shown, so Return quit the
        # application.
        cancel.setAutoDefault(False)
        cancel.setDefault(False)
        self.sign_in_button.setAutoDefault(True)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        user_label = QLabel(self.tr("&User:"))
        user_label.setBuddy(self.user)
        pass_label = QLabel(self.tr("&Passphrase:"))
        pass_label.setBuddy(self.passphrase)
        form.addRow(user_label, self.user)
        form.addRow(pass_label, self.passphrase)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(where)
        if demo_hint is not None:
            hint = rich_label(  # the demo's own user and passphrase, in bold
                self.tr(
                    "Demo vault of invented people. Sign in as <b>%1</b> with the passphrase "
                    "<b>%2</b>."
                )
                .replace("%1", demo_hint[0])
                .replace("%2", demo_hint[1])
            )
            hint.setObjectName("demoHint")
            hint.setWordWrap(True)
            hint.setStyleSheet("background: #fff4d6; color: #3a2a00; padding: 6px;")
            layout.addWidget(hint)
        layout.addLayout(form)
        from securedesk.gui.backup_tab import space_warning_label  # too little room (issue 12)

        self.space_warning = space_warning_label(vault)
        if self.space_warning is not None:
            layout.addWidget(self.space_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.language = language_combo()
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.language.currentData())
        )
        layout.insertWidget(1, self.language, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(460)
        (self.passphrase if user else self.user).setFocus()

    def attempt(self) -> None:
        user = self.user.text().strip()
        secret = self.passphrase.text()
        if not user:
            self._show_error(self.tr("Enter your user name."))
            self.user.setFocus()
            return
        if not secret:
            self._show_error(self.tr("Enter your passphrase."))
            self.passphrase.setFocus()
            return
        self._set_busy(True)
        self.error.setText(self.tr("Signing in…"))
        vault = self.vault

        def work(control: TaskControl) -> Session:
            # The delay after failed attempts is the core's; the dialog only says so.
            return Session.sign_in(
                vault, user, secret, on_wait=lambda s: control.progress(0, math.ceil(s))
            )

        self._task = Task(work, self)
        self._task.progress.connect(self._waiting)
        self._task.finished.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _waiting(self, _done: int, seconds: int) -> None:
        self.error.setText(
            self.tr(
                "Waiting %1 s before checking the passphrase, because of earlier failed "
                "sign-in attempts with this user name…"
            ).replace("%1", str(seconds))
        )

    def _set_busy(self, busy: bool) -> None:
        for w in (self.user, self.passphrase, self.sign_in_button):
            w.setEnabled(not busy)

    def _succeeded(self, session: object) -> None:
        assert isinstance(session, Session)
        self.passphrase.clear()
        self.session = session
        self.signed_in.emit(session)
        self.accept()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self._set_busy(False)
        self.passphrase.clear()
        self._show_error(message_for(exc))
        self.passphrase.setFocus()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
