"""Administration: user accounts (add, reset, disable, roles, clearance) and policy.

Every change goes through the session, which checks rights and records the audit event.
Adding a user, resetting a passphrase and disabling a user derive keys or re-key the
database (about half a second each), so they run off the UI thread with the page disabled.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Role
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.users.user_store import UserRecord
from securedesk.gui.admin_user_dialogs import (
    AddUserDialog,
    ClearanceDialog,
    OneTimePassphraseDialog,
    RolesDialog,
    role_label,
)
from securedesk.gui.dialog_host import DialogHost
from securedesk.gui.error_text import message_for
from securedesk.gui.form_dialog import ConfirmDialog, FormDialog
from securedesk.gui.labels import name_inner_parts
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    message_label,
    select_item,
    selected_item,
)
from securedesk.gui.workers import Task, TaskControl

# The policy values the page edits, and the range the core accepts for the numeric ones.
POLICY_NUMBER_RANGE = (1, 240)


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    return b


class AdminPage(DialogHost):
    """Users and policy. Dialogs open window-modal without blocking (`QDialog.open`), and
    `dialog_opened` announces each one, so keyboard users and tests drive them alike."""

    users_changed = Signal()
    policy_changed = Signal()

    USER_COLUMNS = 5

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adminPage")
        self.session = session
        self._users: list[UserRecord] = []

        # Users
        self.users_table = QTableWidget(0, self.USER_COLUMNS)
        self.users_table.setObjectName("usersTable")
        self.users_table.setAccessibleName(self.tr("Users"))
        self.users_table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Display name"),
                self.tr("Roles"),
                self.tr("Clearance"),
                self.tr("State"),
            ]
        )
        self.users_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.users_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.users_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.users_table.setAlternatingRowColors(True)
        self.users_table.verticalHeader().setVisible(False)
        self.users_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.users_table.itemSelectionChanged.connect(self._update_buttons)
        users_label = QLabel(self.tr("&Users:"))
        users_label.setBuddy(self.users_table)

        self.add_button = _button(self.tr("&Add user…"), self.tr("Add user"))
        self.reset_button = _button(
            self.tr("&Reset passphrase…"), self.tr("Reset the selected user's passphrase")
        )
        self.disable_button = _button(self.tr("&Disable…"), self.tr("Disable the selected user"))
        self.roles_button = _button(self.tr("R&oles…"), self.tr("Change the selected user's roles"))
        self.clearance_button = _button(
            self.tr("&Clearance…"), self.tr("Change the selected user's clearance")
        )
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.disable_button.clicked.connect(self.disable_user)
        self.roles_button.clicked.connect(self.edit_roles)
        self.clearance_button.clicked.connect(self.edit_clearance)
        self.user_buttons = [
            self.add_button,
            self.reset_button,
            self.disable_button,
            self.roles_button,
            self.clearance_button,
        ]
        self.error = message_label("adminError", ERROR_STYLE)
        self.notice = message_label("adminNotice", NOTICE_STYLE)

        # Policy
        low, high = POLICY_NUMBER_RANGE
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setRange(low, high)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Idle lock in minutes"))
        self.ceiling = QComboBox()
        self.ceiling.setAccessibleName(self.tr("Classification ceiling"))
        for m in Marking:
            self.ceiling.addItem(m.value, m.value)
        self.attachment_limit = QSpinBox()
        self.attachment_limit.setRange(low, high)
        self.attachment_limit.setSuffix(self.tr(" MB"))
        self.attachment_limit.setAccessibleName(self.tr("Attachment size limit in megabytes"))
        self.apply_button = _button(self.tr("Appl&y policy"), self.tr("Apply policy"))
        self.apply_button.clicked.connect(self.apply_policy)
        self.policy_error = message_label("policyError", ERROR_STYLE)
        self.policy_notice = message_label("policyNotice", NOTICE_STYLE)

        policy_box = QGroupBox(self.tr("Policy"))
        policy_form = QFormLayout(policy_box)
        # Fields as wide as their values, not the window (the spin boxes stretched to
        # about 1,100 px).
        policy_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for box in (self.idle_minutes, self.attachment_limit):
            box.setMaximumWidth(160)
        self.idle_minutes.setToolTip(
            self.tr("Minutes without a key press or mouse movement before the window locks.")
        )
        self.ceiling.setToolTip(self.tr("The highest protective marking this vault may hold."))
        self.attachment_limit.setToolTip(self.tr("The largest file that can be attached."))
        for text, field in (
            (self.tr("&Idle lock after:"), self.idle_minutes),
            (self.tr("Classification c&eiling:"), self.ceiling),
            (self.tr("Attachment li&mit:"), self.attachment_limit),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            policy_form.addRow(label, field)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.apply_button)
        apply_row.addStretch(1)
        policy_form.addRow(apply_row)
        policy_form.addRow(self.policy_error)
        policy_form.addRow(self.policy_notice)

        buttons = QHBoxLayout()
        for b in self.user_buttons:
            buttons.addWidget(b)
        buttons.addStretch(1)
        users_tab = QWidget()
        layout = QVBoxLayout(users_tab)
        layout.addWidget(users_label)
        layout.addWidget(self.users_table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(policy_box)
        # Administration → Backups (gui/backup_tab.py); its dialogs are announced as ours.
        from securedesk.gui.backup_tab import BackupTab

        self.backup_tab = BackupTab(session)
        self.backup_tab.dialog_opened.connect(self.dialog_opened)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setAccessibleName(self.tr("Administration"))
        self.tabs.addTab(users_tab, self.tr("Users and policy"))
        self.tabs.addTab(self.backup_tab, self.tr("Backups"))
        for scroll in self.tabs.findChildren(QAbstractButton):
            scroll.setAccessibleName(self.tr("Scroll the tabs"))
        QVBoxLayout(self).addWidget(self.tabs)

        name_inner_parts(self)
        self.refresh()

    # -- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read users and policy from the vault."""
        selected = self.selected_user()
        try:
            self._users = self.session.users.list_users()
            policy = self.session.policy()
        except Exception as exc:
            self._users = []
            self._fill_users()
            self.error.setText(message_for(exc))
            self._update_buttons()
            return
        self._fill_users()
        if selected is not None:
            self.select_user(selected.name)
        self._show_policy(policy)
        self._update_buttons()

    def _fill_users(self) -> None:
        table = self.users_table
        table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            if user.disabled:
                state = self.tr("Disabled")
            elif user.must_change_passphrase:
                state = self.tr("Must change passphrase")
            else:
                state = self.tr("Active")
            values = [
                user.name,
                user.display_name,
                ", ".join(role_label(r) for r in Role if r in user.roles),
                user.clearance.value,
                state,
            ]
            for col, value in enumerate(values):
                table.setItem(row, col, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _show_policy(self, policy: dict[str, str]) -> None:
        self.idle_minutes.setValue(_int_or(policy.get("idle_lock_minutes"), 5))
        self.attachment_limit.setValue(_int_or(policy.get("attachment_limit_mb"), 50))
        index = self.ceiling.findData(policy.get("classification_ceiling"))
        if index >= 0:
            self.ceiling.setCurrentIndex(index)

    def selected_user(self) -> UserRecord | None:
        return selected_item(self.users_table, self._users)

    def select_user(self, name: str) -> bool:
        return select_item(self.users_table, self._users, lambda user: user.name == name)

    def _update_buttons(self) -> None:
        busy = self.busy
        user = self.selected_user()
        self.add_button.setEnabled(not busy)
        for b in (self.roles_button, self.clearance_button):
            b.setEnabled(not busy and user is not None)
        # A disabled user has no key slot: nothing to reset or disable again.
        active = user is not None and not user.disabled
        self.reset_button.setEnabled(not busy and active)
        self.disable_button.setEnabled(not busy and active)
        self.apply_button.setEnabled(not busy)
        self.users_table.setEnabled(not busy)

    # -- dialogs and background work (showing them: gui/dialog_host.py) ----------------

    def _active_form(self) -> FormDialog | None:
        dialog = self.active_dialog
        return dialog if isinstance(dialog, FormDialog) else None

    def _close_active_form(self) -> None:
        form = self._active_form()
        if form is not None:
            form.finish()

    def _work_failed(self, exc: BaseException) -> None:
        form = self._active_form()
        if form is not None:
            form.show_error(message_for(exc))
        else:
            self._say(error=message_for(exc))

    def run_in_background(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> Task:
        """Run slow vault work off the UI thread; the page's controls wait meanwhile."""

        def body(_control: TaskControl) -> Any:
            return work()

        task = Task(body, self)
        self._task = task
        report_failure = on_failed or self._work_failed

        def finished(result: object) -> None:
            self._update_buttons()
            on_done(result)

        def failed(exc: object) -> None:
            self._update_buttons()
            assert isinstance(exc, BaseException)
            report_failure(exc)

        task.finished.connect(finished)
        task.failed.connect(failed)
        task.start()
        self._update_buttons()
        return task

    def _user_changed(self, name: str, notice: str) -> None:
        self._close_active_form()
        self.refresh()
        self.select_user(name)
        self._say(notice)
        self.users_changed.emit()

    # -- users ----------------------------------------------------------------------

    def add_user(self) -> None:
        self._say()
        dialog = AddUserDialog(self)
        dialog.submitted.connect(self._submit_new_user)
        self.show_dialog(dialog)

    def _submit_new_user(self) -> None:
        form = self._active_form()
        if not isinstance(form, AddUserDialog):
            return
        new = form.new_user()
        session = self.session
        form.set_busy(True)
        notice = (
            self.tr(
                "User %s added. They must change the one-time passphrase when they first sign in."
            )
            % new.name
        )
        self.run_in_background(
            lambda: session.users.add_user(
                new.name,
                new.roles,
                new.passphrase,
                clearance=new.clearance,
                display_name=new.display_name,
            ),
            lambda _result: self._user_changed(new.name, notice),
        )

    def reset_passphrase(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._say()
        dialog = ConfirmDialog(
            user.name,
            self.tr("Reset passphrase"),
            self.tr(
                "Give %s a new one-time passphrase? Their current passphrase stops working "
                "at once. The new one is shown to you only once; they must change it when "
                "they sign in."
            )
            % user.name,
            self.tr("&Reset passphrase"),
            self.tr("Reset passphrase"),
            self,
        )
        dialog.submitted.connect(self._submit_reset)
        self.show_dialog(dialog)

    def _submit_reset(self) -> None:
        form = self._active_form()
        if not isinstance(form, ConfirmDialog):
            return
        name = form.subject
        session = self.session
        form.set_busy(True)

        def done(passphrase: object) -> None:
            self._user_changed(name, self.tr("The passphrase of %s was reset.") % name)
            self.show_dialog(OneTimePassphraseDialog(name, str(passphrase), self))

        self.run_in_background(lambda: session.users.reset_passphrase(name), done)

    def disable_user(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._say()
        dialog = ConfirmDialog(
            user.name,
            self.tr("Disable user"),
            self.tr(
                "Disable %s? They will no longer be able to sign in. Their key slot is "
                "removed and the database key is rotated, so a copy of their passphrase or "
                "of their old key slot no longer opens the vault. Their cases and the audit "
                "log keep their name. This takes a moment."
            )
            % user.name,
            self.tr("&Disable user"),
            self.tr("Disable user"),
            self,
        )
        dialog.submitted.connect(self._submit_disable)
        self.show_dialog(dialog)

    def _submit_disable(self) -> None:
        form = self._active_form()
        if not isinstance(form, ConfirmDialog):
            return
        name = form.subject
        session = self.session
        form.set_busy(True)
        notice = self.tr("%s is disabled; the database key was rotated.") % name
        self.run_in_background(
            lambda: session.users.disable_user(name),
            lambda _result: self._user_changed(name, notice),
        )

    def edit_roles(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._say()
        dialog = RolesDialog(user, self)
        dialog.submitted.connect(self._submit_roles)
        self.show_dialog(dialog)

    def _submit_roles(self) -> None:
        form = self._active_form()
        if not isinstance(form, RolesDialog):
            return
        try:
            self.session.users.set_roles(form.subject, form.roles.roles())
        except Exception as exc:
            form.show_error(message_for(exc))
            return
        self._user_changed(form.subject, self.tr("The roles of %s were changed.") % form.subject)

    def edit_clearance(self) -> None:
        user = self.selected_user()
        if user is None:
            return
        self._say()
        dialog = ClearanceDialog(user, self)
        dialog.submitted.connect(self._submit_clearance)
        self.show_dialog(dialog)

    def _submit_clearance(self) -> None:
        form = self._active_form()
        if not isinstance(form, ClearanceDialog):
            return
        try:
            self.session.users.set_clearance(form.subject, form.marking())
        except Exception as exc:
            form.show_error(message_for(exc))
            return
        self._user_changed(form.subject, self.tr("The clearance of %s was changed.") % form.subject)

    # -- policy ---------------------------------------------------------------------

    def policy_values(self) -> dict[str, str]:
        return {
            "idle_lock_minutes": str(self.idle_minutes.value()),
            "classification_ceiling": str(self.ceiling.currentData()),
            "attachment_limit_mb": str(self.attachment_limit.value()),
        }

    def apply_policy(self) -> None:
        """Store the values that changed (each change is its own audited event)."""
        self.policy_error.clear()
        self.policy_notice.clear()
        try:
            stored = self.session.policy()
            changed = {k: v for k, v in self.policy_values().items() if stored.get(k) != v}
            for key, value in changed.items():
                self.session.set_policy(key, value)
        except Exception as exc:
            self.policy_error.setText(message_for(exc))
            # Show what is stored now, not what was typed.
            try:
                self._show_policy(self.session.policy())
            except Exception as again:
                self.policy_error.setText(message_for(again))
            return
        if changed:
            self.policy_notice.setText(self.tr("Policy saved."))
            self.policy_changed.emit()
        else:
            self.policy_notice.setText(self.tr("Nothing changed."))


def _int_or(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default
