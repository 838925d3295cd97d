"""Administration → Backups: the last backup and when the next is due, the recipients backups
are encrypted to (with the organisation's recovery key), and "Back up now…", which runs off
the UI thread with a progress bar.

Also the two warnings other windows show: `overdue_text(session)` for the main window's
status bar (kept in `BackupOverdueLabel`) and `space_warning(folder)` for the sign-in window.
Every change goes through the core (core/backup), which checks rights and audits it.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Permission
from securedesk.core.backup import recipients
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import MadeBackup, create_backup
from securedesk.core.backup.status import BackupStatus, backup_status
from securedesk.core.error_kinds import wording
from securedesk.core.session import Session
from securedesk.core.storage_faults import backup_space_shortfall
from securedesk.gui.dialog_host import DialogHost
from securedesk.gui.error_text import message_for, translated_template
from securedesk.gui.form_dialog import ConfirmDialog, FormDialog, dialog_buttons
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    WARNING_STYLE,
    fill_table,
    message_label,
    read_only_table,
    select_item,
    selected_item,
)
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Task, TaskControl

BACKUP_SUFFIX = ".sdbackup"


def start_folder() -> Path:
    """Where file dialogs open: the user's documents folder, else home; never the folder
    the application happened to start in."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return Path(docs)
    return Path.home()


def _day(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return stamp[:16]


def overdue_text(session: Session) -> str:
    """The status bar's warning when the vault's backup is overdue, else ''."""
    try:
        status = backup_status(session)
    except Exception:
        return ""
    if not status.overdue:
        return ""
    if Permission.ADMINISTER in session.permissions:
        return QCoreApplication.translate(
            "BackupTab",
            "Backup overdue: the vault was due a backup on %1. Administration → Backups → "
            "Back up now…",
        ).replace("%1", status.due_on.isoformat())
    return QCoreApplication.translate(
        "BackupTab", "Backup overdue: the vault was due a backup on %1. Tell an administrator."
    ).replace("%1", status.due_on.isoformat())


class BackupOverdueLabel(QLabel):
    """A permanent part of the main window's status bar: the overdue warning, or nothing.
    The Backups tab refreshes it after a backup (found by its object name)."""

    OBJECT_NAME = "backupOverdue"

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName(self.OBJECT_NAME)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet(WARNING_STYLE)
        self.refresh()

    def refresh(self) -> None:
        text = overdue_text(self.session)
        self.setText(text)
        self.setAccessibleName(
            text or QCoreApplication.translate("BackupTab", "Backups up to date")
        )
        self.setVisible(bool(text))


def show_overdue(status_bar: QStatusBar, session: Session) -> BackupOverdueLabel:
    """Put the overdue warning in `status_bar` (once; refreshed for `session` on later calls,
    as after unlocking)."""
    label = status_bar.findChild(BackupOverdueLabel, BackupOverdueLabel.OBJECT_NAME)
    if isinstance(label, BackupOverdueLabel):
        label.session = session
        label.refresh()
        return label
    label = BackupOverdueLabel(session)
    status_bar.addPermanentWidget(label)
    return label


def space_warning(folder: Path) -> str:
    """The sign-in window's warning when the disk holding the vault has less free space than
    a backup written there needs, else ''. Backups are often written to another disk (create
    checks that one), so the warning says which disk it means."""
    try:
        shortfall = backup_space_shortfall(Path(folder))
    except OSError:
        return ""
    if shortfall is None:
        return ""
    kind, data = shortfall
    return QCoreApplication.translate(
        "BackupTab", "A backup written on this disk could not be made now. %1"
    ).replace("%1", wording(kind, data, translated_template))


def space_warning_label(folder: Path) -> QLabel | None:
    """A wrapping warning line for the sign-in window, or None when there is room."""
    text = space_warning(folder)
    if not text:
        return None
    label = message_label("spaceWarning", WARNING_STYLE)
    label.setText(text)
    label.setAccessibleName(text)
    return label


def _signer(session: Session) -> Signer:
    from securedesk.transfer.identity import ensure_identity

    identity = ensure_identity(session)
    return Signer(identity.minisign_secret, identity.minisign_key_id, identity.minisign_public)


def _button(text: str, name: str, object_name: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.setObjectName(object_name)
    return b


class AddRecipientDialog(FormDialog):
    """An age public key (age1…) and a note on whose key it is."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addRecipientDialog")
        self.setWindowTitle(self.tr("Add backup recipient"))
        self.key = QLineEdit()
        self.key.setObjectName("recipientKey")
        self.key.setAccessibleName(self.tr("Age public key"))
        self.key.setPlaceholderText("age1…")
        self.label = QLineEdit()
        self.label.setObjectName("recipientLabel")
        self.label.setAccessibleName(self.tr("Label"))
        self.label.setMaxLength(80)
        explain = plain_label(
            self.tr(
                "Every backup made from now on is encrypted to this key as well; whoever holds "
                "its secret half can read those backups. The label says whose key it is (a "
                "role, not a person's name)."
            )
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        key_label = QLabel(self.tr("&Public key:"))
        key_label.setBuddy(self.key)
        label_label = QLabel(self.tr("&Label:"))
        label_label.setBuddy(self.label)
        form.addRow(key_label, self.key)
        form.addRow(label_label, self.label)
        self.buttons = dialog_buttons(self, self.tr("&Add"), self.tr("Add recipient"))
        self.key.textChanged.connect(lambda _t: self._update_ok())
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update_ok()

    def form_ready(self) -> bool:
        return bool(self.key.text().strip())


class BackupTab(DialogHost):
    """The Backups tab of the Administration page."""

    backup_made = Signal(object)  # MadeBackup

    COLUMNS = 4

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupTab")
        self.session = session
        self._recipients: list[recipients.Recipient] = []
        self.status: BackupStatus | None = None

        # When
        self.last_label = plain_label()
        self.last_label.setObjectName("lastBackup")
        self.due_label = plain_label()
        self.due_label.setObjectName("nextBackupDue")
        self.due_label.setWordWrap(True)
        when_box = QGroupBox(self.tr("Backups of this vault"))
        when = QFormLayout(when_box)
        when.addRow(QLabel(self.tr("Last backup:")), self.last_label)
        when.addRow(QLabel(self.tr("Next due:")), self.due_label)
        self.backup_button = _button(
            self.tr("&Back up now…"), self.tr("Back up now"), "backUpNowButton"
        )
        self.backup_button.setToolTip(
            self.tr(
                "Choose a new file (on removable media) and write an encrypted, signed backup "
                "of the vault to it. The window stays usable meanwhile."
            )
        )
        self.backup_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("backupProgress")
        self.progress.setAccessibleName(self.tr("Backup progress"))
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        self.progress.setMaximumWidth(420)
        self.hint = plain_label()
        self.hint.setObjectName("backupHint")
        run_row = QHBoxLayout()
        run_row.addWidget(self.backup_button)
        run_row.addWidget(self.progress, 1)
        run_row.addWidget(self.hint)
        run_row.addStretch(1)
        when.addRow(run_row)

        # Who can open them
        self.table = read_only_table(
            [self.tr("Public key"), self.tr("Label"), self.tr("Added"), self.tr("By")],
            self.tr("Backup recipients"),
            "recipientsTable",
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        explain = plain_label(
            self.tr(
                "Backups are encrypted to every recipient below and can be opened only with "
                "one of their secret keys. Write the organisation's recovery key once: its "
                "secret half goes to a new file (owner-only) that you move to removable media "
                "for the safe and delete from this terminal; its public half becomes a "
                "recipient. A restore on a new terminal needs that file. Anyone holding it and "
                "a backup can read every case, so keep it locked away."
            )
        )
        explain.setObjectName("recipientsExplained")
        explain.setWordWrap(True)
        self.recovery_button = _button(
            self.tr("Write &recovery key…"),
            self.tr("Write the organisation's recovery key"),
            "recoveryKeyButton",
        )
        self.add_button = _button(
            self.tr("&Add recipient…"), self.tr("Add backup recipient"), "addRecipientButton"
        )
        self.remove_button = _button(
            self.tr("Re&move recipient…"),
            self.tr("Remove the selected backup recipient"),
            "removeRecipientButton",
        )
        self.recovery_button.clicked.connect(self.write_recovery_key)
        self.add_button.clicked.connect(self.add_recipient)
        self.remove_button.clicked.connect(self.remove_recipient)
        buttons = QHBoxLayout()
        for b in (self.recovery_button, self.add_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        who_box = QGroupBox(self.tr("Recipients"))
        who = QVBoxLayout(who_box)
        who.addWidget(explain)
        who.addWidget(self.table, 1)
        who.addLayout(buttons)

        self.error = message_label("backupError", ERROR_STYLE)
        self.notice = message_label("backupNotice", NOTICE_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(when_box)
        layout.addWidget(who_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.refresh()

    # -- state ----------------------------------------------------------------------

    def refresh(self) -> None:
        try:
            self.status = backup_status(self.session)
            self._recipients = recipients.list_recipients(self.session)
        except Exception as exc:
            self.status = None
            self._recipients = []
            self.last_label.setText("—")
            self.due_label.setText("—")
            self._fill()
            self.error.setText(message_for(exc))
            self._update_buttons()
            return
        status = self.status
        if status.last_backup_at is None:
            self.last_label.setText(self.tr("None yet: this vault has never been backed up."))
        else:
            self.last_label.setText(
                self.tr("%1 (%2 made in all)")
                .replace("%1", _day(status.last_backup_at))
                .replace("%2", str(status.backups_made))
            )
        due = (
            self.tr("%1 (every %2 days, by policy)")
            .replace("%1", status.due_on.isoformat())
            .replace("%2", str(status.interval_days))
        )
        if status.overdue:
            due = self.tr("OVERDUE since %1: back up now.").replace("%1", due)
            self.due_label.setStyleSheet(WARNING_STYLE)
        else:
            self.due_label.setStyleSheet("")
        self.due_label.setText(due)
        last = self.last_label.text()
        self.last_label.setAccessibleName(self.tr("Last backup: %1").replace("%1", last))
        self.due_label.setAccessibleName(self.tr("Next due: %1").replace("%1", due))
        self._fill()
        self._update_buttons()

    def _fill(self) -> None:
        fill_table(
            self.table,
            [[r.public_key, r.label, _day(r.added_at), r.added_by] for r in self._recipients],
        )
        self.table.resizeColumnToContents(0)

    def selected_recipient(self) -> recipients.Recipient | None:
        return selected_item(self.table, self._recipients)

    def select_recipient(self, public_key: str) -> bool:
        return select_item(self.table, self._recipients, lambda r: r.public_key == public_key)

    def _update_buttons(self) -> None:
        busy = self.busy
        allowed = self.status is not None
        self.backup_button.setEnabled(allowed and not busy and bool(self._recipients))
        self.recovery_button.setEnabled(allowed and not busy)
        self.add_button.setEnabled(allowed and not busy)
        self.remove_button.setEnabled(
            allowed and not busy and self.selected_recipient() is not None
        )
        if allowed and not self._recipients:
            self.hint.setText(self.tr("Write the recovery key first: a backup needs a recipient."))
        else:
            self.hint.setText("")

    # -- dialogs (showing them: gui/dialog_host.py) -----------------------------------

    def save_dialog(self, title: str, suggested: str, name_filter: str) -> QFileDialog:
        """A window-modal save dialog in the user's documents (or home) folder."""
        dialog = QFileDialog(self, title, str(start_folder() / suggested), name_filter)
        dialog.setObjectName("backupSaveDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        # Qt's own dialog: the same on every desktop, and it keeps no recent-files list.
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDirectory(str(start_folder()))
        dialog.selectFile(suggested)
        return dialog

    # -- recipients -------------------------------------------------------------------

    def add_recipient(self) -> None:
        self._say()
        dialog = AddRecipientDialog(self)
        dialog.submitted.connect(self._submit_recipient)
        self.show_dialog(dialog)

    def _submit_recipient(self) -> None:
        form = self.active_dialog
        if not isinstance(form, AddRecipientDialog):
            return
        try:
            added = recipients.add_recipient(
                self.session, form.key.text(), form.label.text().strip()
            )
        except Exception as exc:
            form.show_error(message_for(exc))
            return
        form.finish()
        self.refresh()
        self.select_recipient(added.public_key)
        self._say(self.tr("%1 is now a backup recipient.").replace("%1", added.public_key))

    def remove_recipient(self) -> None:
        chosen = self.selected_recipient()
        if chosen is None:
            return
        self._say()
        dialog = ConfirmDialog(
            chosen.public_key,
            self.tr("Remove backup recipient"),
            self.tr(
                "Stop encrypting new backups to %1? Backups already made stay readable with "
                "its secret key."
            ).replace("%1", chosen.public_key),
            self.tr("&Remove"),
            self.tr("Remove recipient"),
            self,
        )
        dialog.submitted.connect(self._submit_remove)
        self.show_dialog(dialog)

    def _submit_remove(self) -> None:
        form = self.active_dialog
        if not isinstance(form, ConfirmDialog):
            return
        try:
            recipients.remove_recipient(self.session, form.subject)
        except Exception as exc:
            form.show_error(message_for(exc))
            return
        form.finish()
        self.refresh()
        self._say(self.tr("%1 is no longer a backup recipient.").replace("%1", form.subject))

    def write_recovery_key(self) -> None:
        self._say()
        dialog = self.save_dialog(
            self.tr("Write the recovery key to a new file"),
            "securedesk-recovery-key.txt",
            self.tr("Recovery key (*.txt)"),
        )
        dialog.fileSelected.connect(self._recovery_key_chosen)
        self.show_dialog(dialog)

    def _recovery_key_chosen(self, name: str) -> None:
        out = Path(name)
        try:
            public = recipients.write_recovery_key(
                self.session, out, _signer(self.session).public_key
            )
        except Exception as exc:
            self._say(error=message_for(exc))
            return
        self.refresh()
        self.select_recipient(public)
        self._say(
            self.tr(
                "Recovery key written to %1 (owner-only). Move it to removable media for the "
                "safe and delete it from this terminal. Its public key is now a recipient."
            ).replace("%1", str(out))
        )

    # -- back up now ------------------------------------------------------------------

    def back_up_now(self) -> None:
        self._say()
        today = self.session.clock.today().isoformat()
        dialog = self.save_dialog(
            self.tr("Back up the vault to a new file"),
            f"securedesk-{today}{BACKUP_SUFFIX}",
            self.tr("SecureDesk backups (*.sdbackup)"),
        )
        dialog.setDefaultSuffix(BACKUP_SUFFIX[1:])
        dialog.fileSelected.connect(self._backup_file_chosen)
        self.show_dialog(dialog)

    def _backup_file_chosen(self, name: str) -> None:
        self.start_backup(Path(name))

    def start_backup(self, out: Path) -> Task:
        """Write a backup to `out` off the UI thread, with progress."""
        session = self.session

        def work(control: TaskControl) -> Any:
            signer = _signer(session)
            return create_backup(
                session, out, signer, progress=lambda done, total: control.progress(done, total)
            )

        task = Task(work, self)
        self._task = task
        task.progress.connect(self._progressed)
        task.finished.connect(self._backup_done)
        task.failed.connect(self._backup_failed)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self._say(self.tr("Backing up to %1…").replace("%1", str(out)))
        task.start()
        self._update_buttons()
        return task

    def _progressed(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setValue(min(100, done * 100 // total))

    def _backup_done(self, made: object) -> None:
        assert isinstance(made, MadeBackup)
        self.progress.setValue(100)
        self.progress.setVisible(False)
        self.refresh()
        self._refresh_window_warning()
        self._say(
            self.tr(
                "Backup written to %1 (%2 MB, %3 recipient(s)). Store it away from this terminal."
            )
            .replace("%1", str(made.path))
            .replace("%2", f"{made.bytes / (1024 * 1024):.1f}")
            .replace("%3", str(made.recipients))
        )
        self.backup_made.emit(made)

    def _backup_failed(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        self.progress.setVisible(False)
        self._update_buttons()
        self._say(error=message_for(exc))

    def _refresh_window_warning(self) -> None:
        window = self.window()
        if window is None:
            return
        label = window.findChild(BackupOverdueLabel, BackupOverdueLabel.OBJECT_NAME)
        if isinstance(label, BackupOverdueLabel):
            label.refresh()
