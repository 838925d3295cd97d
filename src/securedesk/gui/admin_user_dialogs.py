"""The dialogs of the Administration page's user accounts: add, roles, clearance, passphrase."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Role
from securedesk.core.markings import Marking
from securedesk.core.users.user_store import UserRecord
from securedesk.gui.form_dialog import FormDialog, dialog_buttons
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label


def role_label(role: Role) -> str:
    labels = {
        Role.OFFICER: QCoreApplication.translate("AdminPage", "Case officer"),
        Role.CHAIR: QCoreApplication.translate("AdminPage", "Panel chair"),
        Role.TRANSFER: QCoreApplication.translate("AdminPage", "Transfer officer"),
        Role.ADMIN: QCoreApplication.translate("AdminPage", "Administrator"),
        Role.AUDITOR: QCoreApplication.translate("AdminPage", "Auditor"),
    }
    return labels[role]


def _role_check_text(role: Role) -> str:
    """Checkbox texts, each with its own mnemonic."""
    texts = {
        Role.OFFICER: QCoreApplication.translate("AdminPage", "Case o&fficer"),
        Role.CHAIR: QCoreApplication.translate("AdminPage", "Panel c&hair"),
        Role.TRANSFER: QCoreApplication.translate("AdminPage", "&Transfer officer"),
        Role.ADMIN: QCoreApplication.translate("AdminPage", "Ad&ministrator"),
        Role.AUDITOR: QCoreApplication.translate("AdminPage", "A&uditor"),
    }
    return texts[role]


def _clearance_combo(name: str, current: Marking = Marking.OFFICIAL_SENSITIVE) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.view().setAccessibleName(name)
    for m in Marking:
        combo.addItem(m.value, m.value)
    combo.setCurrentIndex(combo.findData(current.value))
    return combo


class RoleChoice(QWidget):
    """One checkbox per role."""

    changed = Signal()

    def __init__(
        self, checked: frozenset[Role] = frozenset(), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[Role, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(_role_check_text(role))
            box.setAccessibleName(self.tr("Role: %s") % role_label(role))
            box.setChecked(role in checked)
            box.toggled.connect(self._toggled)
            layout.addWidget(box)
            self.boxes[role] = box

    def _toggled(self, _on: bool) -> None:
        self.changed.emit()

    def roles(self) -> list[Role]:
        return [role for role, box in self.boxes.items() if box.isChecked()]

    def set_roles(self, roles: frozenset[Role] | list[Role]) -> None:
        for role, box in self.boxes.items():
            box.setChecked(role in roles)


@dataclass(frozen=True)
class NewUser:
    name: str
    display_name: str
    roles: list[Role]
    clearance: Marking
    passphrase: str


class AddUserDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Add a user"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("User name"))
        self.name.setMaxLength(64)
        self.display_name = QLineEdit()
        self.display_name.setAccessibleName(self.tr("Display name"))
        self.roles = RoleChoice()
        self.clearance = _clearance_combo(self.tr("Clearance"))
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("One-time passphrase"))
        self.passphrase_again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.passphrase_again.setAccessibleName(self.tr("One-time passphrase again"))
        note = QLabel(
            self.tr(
                "The new user signs in with this one-time passphrase and must choose their "
                "own straight away. Hand it over in person, never by email."
            )
        )
        note.setWordWrap(True)
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet(ERROR_STYLE)

        form = QFormLayout()
        for text, field in (
            (self.tr("&Name:"), self.name),
            (self.tr("&Display name:"), self.display_name),
            (self.tr("&Clearance:"), self.clearance),
            (self.tr("One-time &passphrase:"), self.passphrase),
            (self.tr("A&gain:"), self.passphrase_again),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        roles_box = QGroupBox(self.tr("Roles"))
        QVBoxLayout(roles_box).addWidget(self.roles)
        form.insertRow(2, roles_box)
        form.addRow("", self.mismatch)

        self.buttons = dialog_buttons(self, self.tr("&Add user"), self.tr("Add user"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        for edit in (self.name, self.passphrase, self.passphrase_again):
            edit.textChanged.connect(self._update_ok)
        self.roles.changed.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        differ = bool(self.passphrase_again.text()) and (
            self.passphrase.text() != self.passphrase_again.text()
        )
        self.mismatch.setText(self.tr("The two passphrases differ.") if differ else "")
        super()._update_ok()

    def form_ready(self) -> bool:
        return (
            bool(self.name.text().strip())
            and bool(self.roles.roles())
            and bool(self.passphrase.text())
            and self.passphrase.text() == self.passphrase_again.text()
        )

    def new_user(self) -> NewUser:
        return NewUser(
            name=self.name.text().strip(),
            display_name=self.display_name.text().strip(),
            roles=self.roles.roles(),
            clearance=Marking(self.clearance.currentData()),
            passphrase=self.passphrase.text(),
        )

    def finish(self) -> None:
        self.passphrase.clear()
        self.passphrase_again.clear()
        super().finish()


class RolesDialog(FormDialog):
    def __init__(self, user: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rolesDialog")
        self.subject = user.name
        self.setWindowTitle(self.tr("Roles of %s") % user.name)
        self.roles = RoleChoice(user.roles)
        self.buttons = dialog_buttons(self, self.tr("&Save roles"), self.tr("Save roles"))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Roles of %s:") % user.name))
        layout.addWidget(self.roles)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.roles.changed.connect(self._update_ok)
        self._update_ok()

    def form_ready(self) -> bool:
        return bool(self.roles.roles())


class ClearanceDialog(FormDialog):
    def __init__(self, user: UserRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clearanceDialog")
        self.subject = user.name
        self.setWindowTitle(self.tr("Clearance of %s") % user.name)
        self.clearance = _clearance_combo(self.tr("Clearance"), user.clearance)
        label = plain_label(self.tr("&Clearance of %s:") % user.name)
        label.setBuddy(self.clearance)
        self.buttons = dialog_buttons(self, self.tr("&Save clearance"), self.tr("Save clearance"))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.clearance)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update_ok()

    def marking(self) -> Marking:
        return Marking(self.clearance.currentData())


class OneTimePassphraseDialog(QDialog):
    """Shows a generated one-time passphrase once; it is cleared from the screen on close."""

    def __init__(self, user: str, passphrase: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("oneTimePassphraseDialog")
        self.setWindowTitle(self.tr("One-time passphrase for %s") % user)
        intro = plain_label(
            self.tr(
                "This is the new one-time passphrase for %s. It is shown only this once. "
                "Hand it over in person (never by email or phone); they must choose their "
                "own passphrase when they sign in."
            )
            % user
        )
        intro.setWordWrap(True)
        self.passphrase = QLineEdit(passphrase)
        self.passphrase.setReadOnly(True)
        self.passphrase.setAccessibleName(self.tr("One-time passphrase"))
        self.passphrase.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        label = QLabel(self.tr("One-time &passphrase:"))
        label.setBuddy(self.passphrase)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("I have &noted it"))
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label)
        layout.addWidget(self.passphrase)
        layout.addWidget(buttons)
        self.finished.connect(self._forget)

    def _forget(self, _result: int) -> None:
        self.passphrase.clear()
