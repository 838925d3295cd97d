"""First run: no vault yet, so create one — welcome and language, administrator and
passphrase, this terminal (binding, names), then the next steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
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

from securedesk.core.error_kinds.core_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, SecureDeskError
from securedesk.core.session import Session
from securedesk.core.users.user_rules import check_user_name
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.passphrase_fields import NewPassphraseFields
from securedesk.gui.plain_text import plain_label
from securedesk.gui.window_chrome import language_combo
from securedesk.gui.workers import Task, TaskControl


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    return form


class _WelcomePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Welcome to SecureDesk"))
        self.setSubTitle(self.tr("There is no vault on this terminal yet: these steps create one."))
        text = plain_label(
            self.tr(
                "SecureDesk keeps a safeguarding panel's cases in an encrypted vault on this "
                "terminal and records everything done with them. You will choose the first "
                "administrator and their passphrase, then name this terminal and your "
                "organisation. It takes a minute."
            )
        )
        text.setWordWrap(True)
        self.language = language_combo()
        form = _form()
        label = QLabel(self.tr("&Language / Iaith:"))
        label.setBuddy(self.language)
        form.addRow(label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)


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
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        # One form for the name and the passphrase rows, so their labels line up (the
        # passphrase widget's own form had labels of another width).
        form = _form()
        label = QLabel(self.tr("&User name:"))
        label.setBuddy(self.admin)
        form.addRow(label, self.admin)
        inner = self.passphrases.layout()
        assert isinstance(inner, QFormLayout)
        while inner.rowCount():
            taken = inner.takeRow(0)
            left = taken.labelItem.widget() if taken.labelItem is not None else None
            right = taken.fieldItem.widget() if taken.fieldItem is not None else None
            if right is None:
                continue
            if isinstance(left, QLabel):
                left.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                form.addRow(left, right)
            else:
                form.addRow("", right)
        self.passphrases.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
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
        self.setSubTitle(
            self.tr(
                "The names appear on meeting packs, in bundles sent to partners and in the "
                "About box; they can be changed later with the command."
            )
        )
        self.binding = QCheckBox(self.tr("&Bind the vault to this terminal (recommended)"))
        self.binding.setChecked(True)
        self.binding.setAccessibleName(self.tr("Bind the vault to this terminal"))
        explain = plain_label(
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
        self.terminal.setPlaceholderText(self.tr("e.g. Secure room 2, County Hall"))
        self.organisation = QLineEdit()
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.organisation.setPlaceholderText(self.tr("e.g. Example County Council"))
        form = _form()
        t = QLabel(self.tr("&Terminal name:"))
        t.setBuddy(self.terminal)
        o = QLabel(self.tr("&Organisation:"))
        o.setBuddy(self.organisation)
        form.addRow(t, self.terminal)
        form.addRow(o, self.organisation)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.binding)
        layout.addWidget(explain)
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setObjectName("firstRunStatus")
        layout.addWidget(self.status)
        # Shown only when the keyring cannot be used: the choice a window user can make.
        self.unbound = QCheckBox(self.tr("Create the vault &without binding it to this terminal"))
        self.unbound.setObjectName("createUnbound")
        self.unbound.setAccessibleName(self.tr("Create the vault without binding it"))
        self.unbound.setToolTip(
            self.tr(
                "Anyone with a copy of the vault folder and a passphrase could then open it on "
                "another computer. Every sign-in will say the vault is unbound."
            )
        )
        self.unbound.setVisible(False)
        self.unbound.toggled.connect(lambda on: self.binding.setChecked(not on))
        layout.addWidget(self.unbound)
        layout.addStretch(1)
        self.terminal.textChanged.connect(self.completeChanged)
        self.organisation.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:
        # Named here rather than left as "SecureDesk terminal d49a4156" / "Organisation
        # not named".
        return bool(self.terminal.text().strip()) and bool(self.organisation.text().strip())


class _NextStepsPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Next steps"))
        self.setSubTitle(self.tr("Press Finish to create the vault and sign in."))
        steps = plain_label(
            "\n".join(
                [
                    self.tr(
                        "1. Administration: add the people who will use SecureDesk and give "
                        "them roles (case officer, chair, transfer officer, auditor) and a "
                        "clearance. Each chooses their own passphrase at first sign-in."
                    ),
                    self.tr(
                        "2. Administration: check the policy (idle lock, classification "
                        "ceiling, attachment limit)."
                    ),
                    self.tr(
                        "3. Transfers > Trust store: add the cards of partner terminals, "
                        "checking each fingerprint with the partner by telephone."
                    ),
                    self.tr(
                        "4. Help > User guide explains each role's work; Ctrl+L locks the "
                        "window whenever you leave it."
                    ),
                ]
            )
        )
        steps.setWordWrap(True)
        steps.setObjectName("nextSteps")
        layout = QVBoxLayout(self)
        layout.addWidget(steps)
        layout.addStretch(1)
        self.steps = steps


class FirstRunWizard(QWizard):
    """Creates the vault when Finish is pressed; `session` is then the administrator's."""

    language_chosen = Signal(str)

    def __init__(self, vault: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.session: Session | None = None
        self.setWindowTitle(self.tr("Create a vault"))
        self.setObjectName("firstRunWizard")
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.welcome_page = _WelcomePage()
        self.admin_page = _AdminPage()
        self.terminal_page = _TerminalPage()
        self.next_page = _NextStepsPage()
        for page in (self.welcome_page, self.admin_page, self.terminal_page, self.next_page):
            self.addPage(page)
        self.welcome_page.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(self.welcome_page.language.currentData())
        )
        self._task: Task | None = None
        self.resize(640, 520)

    def accept(self) -> None:
        if self.session is not None:
            super().accept()
            return
        page = self.terminal_page
        admin = self.admin_page.admin.text().strip()
        secret = self.admin_page.passphrases.passphrase()
        binding = page.binding.isChecked() and not page.unbound.isChecked()
        name, org = page.terminal.text().strip(), page.organisation.text().strip()
        vault = self.vault
        self.next_page.setSubTitle(self.tr("Creating the vault…"))
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
        page = self.terminal_page
        if isinstance(exc, SecureDeskError) and exc.kind is ErrorKind.KEYRING_UNAVAILABLE:
            # Worded for a window user: no command-line option, the choice as a checkbox.
            page.status.setText(
                self.tr(
                    "This computer's keyring could not be used, so the vault cannot be bound "
                    "to this terminal. Unlock or start the keyring (it may need you to sign "
                    "in to the desktop again) and press Finish again, or tick the box below "
                    "to create the vault unbound: anyone with a copy of the vault folder and "
                    "a passphrase could then open it on another computer."
                )
            )
            page.status.setStyleSheet(ERROR_STYLE)
            page.unbound.setVisible(True)
            self.back()  # to the terminal page, where the choice is
        else:
            page.status.setText(message_for(exc))
        self.next_page.setSubTitle(self.tr("Press Finish to create the vault and sign in."))
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
