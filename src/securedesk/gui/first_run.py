"""First run: no vault yet, so create one — administrator, passphrase, binding, names."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from securedesk.core.errors import InvalidInput
from securedesk.core.session import Session
from securedesk.core.users.user_rules import check_user_name
from securedesk.gui.error_text import message_for
from securedesk.gui.passphrase_fields import NewPassphraseFields
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl


class _AdminPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first administrator"))
        self.setSubTitle(
            self.tr(
                "This account creates users and sets policy. Choose a passphrase you can "
                "remember: nobody can recover it."
            )
        )
        self.admin = QLineEdit()
        self.admin.setAccessibleName(self.tr("Administrator's user name"))
        self.passphrases = NewPassphraseFields()
        self.error = plain_label()
        self.error.setStyleSheet("color: #a31515;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        label = QLabel(self.tr("&User name:"))
        label.setBuddy(self.admin)
        form.addRow(label, self.admin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrases)
        layout.addWidget(self.error)
        self.admin.textChanged.connect(self.completeChanged)
        self.passphrases.changed.connect(self.completeChanged)

    def isComplete(self) -> bool:
        return bool(self.admin.text().strip()) and self.passphrases.acceptable

    def validatePage(self) -> bool:
        try:
            check_user_name(self.admin.text().strip())
        except InvalidInput as exc:
            self.error.setText(message_for(exc))
            return False
        return True


class _TerminalPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("This terminal"))
        self.binding = QCheckBox(self.tr("&Bind the vault to this terminal (recommended)"))
        self.binding.setChecked(True)
        self.binding.setAccessibleName(self.tr("Bind the vault to this terminal"))
        explain = QLabel(
            self.tr(
                "When bound, a secret kept in this computer's keyring is needed as well as a "
                "passphrase, so a copy of the vault taken to another computer cannot be opened "
                "even by someone who knows a passphrase. Leave it unbound only if the vault "
                "must move between computers; SecureDesk will then say so on every sign-in."
            )
        )
        explain.setWordWrap(True)
        self.terminal = QLineEdit()
        self.terminal.setAccessibleName(self.tr("Terminal name"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        form = QFormLayout()
        t = QLabel(self.tr("&Terminal name:"))
        t.setBuddy(self.terminal)
        o = QLabel(self.tr("&Organisation:"))
        o.setBuddy(self.organisation)
        form.addRow(t, self.terminal)
        form.addRow(o, self.organisation)
        layout = QVBoxLayout(self)
        layout.addWidget(self.binding)
        layout.addWidget(explain)
        layout.addLayout(form)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setObjectName("firstRunStatus")
        layout.addWidget(self.status)


class FirstRunWizard(QWizard):
    """Creates the vault when Finish is pressed; `session` is then the administrator's."""

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Create a vault"))
        self.admin_page = _AdminPage()
        self.terminal_page = _TerminalPage()
        self.addPage(self.admin_page)
        self.addPage(self.terminal_page)
        self._task: Task | None = None

    def accept(self) -> None:
        if self.session is not None:
            super().accept()
            return
        page = self.terminal_page
        admin = self.admin_page.admin.text().strip()
        secret = self.admin_page.passphrases.passphrase()
        binding = page.binding.isChecked()
        name, org = page.terminal.text().strip(), page.organisation.text().strip()
        vault = self.vault
        page.status.setText(self.tr("Creating the vault…"))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def work(control: TaskControl) -> Session:
            return Session.create_vault(
                vault,
                admin=admin,
                passphrase=secret,
                terminal_binding=binding,
                terminal_name=name,
                organisation=org,
            )

        self._task = Task(work, self)
        self._task.finished.connect(self._created)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _created(self, session: object) -> None:
        assert isinstance(session, Session)
        self.session = session
        self.admin_page.passphrases.clear()
        super().accept()

    def _failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.terminal_page.status.setText(message_for(exc))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
