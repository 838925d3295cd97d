"""Administration → Backups, the status bar's overdue warning and the sign-in window's
free-space warning, driven as a user would (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from securedesk.core import storage_faults
from securedesk.core.backup import recipients
from securedesk.core.backup.verify import verify_backup
from securedesk.core.clock import FixedClock
from securedesk.core.session import Session
from securedesk.gui import backup_tab
from securedesk.gui.admin_page import AdminPage
from securedesk.gui.backup_tab import AddRecipientDialog, BackupOverdueLabel, BackupTab
from securedesk.gui.form_dialog import ConfirmDialog
from securedesk.gui.main_window import MainWindow
from securedesk.gui.sign_in import SignInDialog

from ..vault_rows import content_digest

WAIT_MS = 30_000
OTHER_KEY = "age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p"


def _tab(qtbot, session: Session) -> BackupTab:
    tab = BackupTab(session)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _open(qtbot, tab: BackupTab, button):
    with qtbot.waitSignal(tab.dialog_opened, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return shown.args[0]


def _choose_file(dialog: QFileDialog, path: Path) -> None:
    dialog.selectFile(str(path))
    dialog.accept()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    (folder / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setattr(backup_tab, "start_folder", lambda: folder / "Documents")
    return folder


def _write_recovery_key(qtbot, tab: BackupTab, out: Path) -> None:
    dialog = _open(qtbot, tab, tab.recovery_button)
    assert isinstance(dialog, QFileDialog)
    _choose_file(dialog, out)


def test_a_new_vault_shows_no_backup_and_the_due_date(qtbot, admin: Session) -> None:
    made = date.fromisoformat(admin.store.vault_info()["created_at"][:10])
    admin.clock = FixedClock(f"{made.isoformat()}T12:00:00+00:00", made)
    tab = _tab(qtbot, admin)
    assert "never been backed up" in tab.last_label.text()
    due = made + timedelta(days=7)
    assert tab.due_label.text().startswith(due.isoformat())
    assert "every 7 days" in tab.due_label.text() and "OVERDUE" not in tab.due_label.text()
    # No recipient yet: nothing to encrypt to, so Back up now waits for the recovery key.
    assert tab.table.rowCount() == 0
    assert not tab.backup_button.isEnabled()
    assert "recovery key first" in tab.hint.text()
    assert "safe" in tab.findChild(type(tab.last_label), "recipientsExplained").text()


def test_recovery_key_then_back_up_now_with_progress(qtbot, admin: Session, home: Path) -> None:
    tab = _tab(qtbot, admin)
    key = home / "Documents" / "recovery.txt"
    _write_recovery_key(qtbot, tab, key)
    assert key.stat().st_mode & 0o777 == 0o600
    assert tab.table.rowCount() == 1 and "removable media" in tab.notice.text()
    assert tab.backup_button.isEnabled()

    dialog = _open(qtbot, tab, tab.backup_button)
    assert isinstance(dialog, QFileDialog)
    # The save dialog opens in the user's documents folder, never the working directory.
    assert Path(dialog.directory().absolutePath()) == home / "Documents"
    assert dialog.selectedFiles()[0].endswith(".sdbackup")
    out = home / "Documents" / "vault.sdbackup"
    seen: list[int] = []
    tab.progress.valueChanged.connect(seen.append)
    with qtbot.waitSignal(tab.backup_made, timeout=WAIT_MS):
        _choose_file(dialog, out)
        assert not tab.backup_button.isEnabled()  # busy while it runs
    assert seen and max(seen) == 100
    assert not tab.progress.isVisible()
    assert str(out) in tab.notice.text() and tab.error.text() == ""
    assert "1 made in all" in tab.last_label.text()
    info = verify_backup(out)
    assert info.vault_id == admin.vault.vault_id
    assert tab.backup_button.isEnabled()


def test_backing_up_over_an_existing_file_is_refused(qtbot, admin: Session, home: Path) -> None:
    tab = _tab(qtbot, admin)
    _write_recovery_key(qtbot, tab, home / "recovery.txt")
    out = home / "Documents" / "taken.sdbackup"
    out.write_bytes(b"somebody else's file")
    before = content_digest(admin.vault.conn)
    tab.start_backup(out)
    qtbot.waitUntil(lambda: "already exists" in tab.error.text(), timeout=WAIT_MS)
    assert "never replaces a file" in tab.error.text()
    assert out.read_bytes() == b"somebody else's file"
    assert content_digest(admin.vault.conn) == before
    assert "never been backed up" in tab.last_label.text()
    assert list(out.parent.iterdir()) == [out]  # no snapshot or temporary file left


def test_add_and_remove_recipients_with_refusals_in_the_dialog(qtbot, admin: Session) -> None:
    tab = _tab(qtbot, admin)
    dialog = _open(qtbot, tab, tab.add_button)
    assert isinstance(dialog, AddRecipientDialog)
    assert not dialog.ok_button.isEnabled()
    before = content_digest(admin.vault.conn)
    qtbot.keyClicks(dialog.key, "age1notakey")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "is not an age public key" in dialog.error.text()
    assert dialog.isVisible() and content_digest(admin.vault.conn) == before
    dialog.key.setText(OTHER_KEY)
    qtbot.keyClicks(dialog.label, "DPO's key")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 1).text() == "DPO's key"
    assert [r.public_key for r in recipients.active(admin.vault.conn)] == [OTHER_KEY]

    # The only recipient cannot be removed: the dialog says why and stays open.
    assert tab.select_recipient(OTHER_KEY)
    confirm = _open(qtbot, tab, tab.remove_button)
    assert (
        isinstance(confirm, ConfirmDialog)
        and OTHER_KEY in confirm.findChildren(type(tab.last_label))[0].text()
    )
    before = content_digest(admin.vault.conn)
    qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    assert "only backup recipient" in confirm.error.text()
    assert content_digest(admin.vault.conn) == before
    confirm.reject()

    second = "age1lggyhqrw2nlhcxprm67z43rta597azn8gknawjehu9d9dl0jq3yqqvfafg"
    recipients.add_recipient(admin, second, "spare")
    tab.refresh()
    assert tab.select_recipient(OTHER_KEY)
    confirm = _open(qtbot, tab, tab.remove_button)
    qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    assert not confirm.isVisible()
    assert [r.public_key for r in recipients.active(admin.vault.conn)] == [second]
    assert "no longer a backup recipient" in tab.notice.text()


def test_an_officer_sees_a_refusal_and_no_working_buttons(qtbot, officer: Session) -> None:
    tab = _tab(qtbot, officer)
    assert "administer" in tab.error.text()
    for b in (tab.backup_button, tab.add_button, tab.remove_button, tab.recovery_button):
        assert not b.isEnabled()


def test_the_admin_page_has_a_backups_tab(qtbot, admin: Session) -> None:
    page = AdminPage(admin)
    qtbot.addWidget(page)
    page.show()
    labels = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert labels == ["Users and policy", "Backups"]
    page.tabs.setCurrentIndex(1)
    assert page.tabs.currentWidget() is page.backup_tab
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS):
        qtbot.mouseClick(page.backup_tab.add_button, Qt.MouseButton.LeftButton)
    page.backup_tab.active_dialog.reject()


def _window(qtbot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    return window


def test_status_bar_warns_when_overdue_and_clears_after_a_backup(
    qtbot, admin: Session, home: Path
) -> None:
    made = date.fromisoformat(admin.store.vault_info()["created_at"][:10])
    on_time = made + timedelta(days=7)
    admin.clock = FixedClock(f"{on_time.isoformat()}T12:00:00+00:00", on_time)
    window = _window(qtbot, admin)
    label = window.findChild(BackupOverdueLabel, "backupOverdue")
    assert label is not None and label.text() == "" and label.isHidden()

    late = made + timedelta(days=8)
    admin.clock = FixedClock(f"{late.isoformat()}T12:00:00+00:00", late)
    window = _window(qtbot, admin)
    window.show()
    label = window.findChild(BackupOverdueLabel, "backupOverdue")
    assert label.isVisible()
    assert f"due a backup on {on_time.isoformat()}" in label.text()
    assert "Administration → Backups" in label.text()

    page = window.page("admin")
    assert isinstance(page, AdminPage)
    tab = page.backup_tab
    assert "OVERDUE" in tab.due_label.text()
    _write_recovery_key(qtbot, tab, home / "recovery.txt")
    with qtbot.waitSignal(tab.backup_made, timeout=WAIT_MS):
        tab.start_backup(home / "Documents" / "now.sdbackup")
    assert label.text() == "" and not label.isVisible()
    assert "OVERDUE" not in tab.due_label.text()


def test_status_bar_tells_an_officer_to_ask_an_administrator(qtbot, officer: Session) -> None:
    made = date.fromisoformat(officer.store.vault_info()["created_at"][:10])
    late = made + timedelta(days=30)
    officer.clock = FixedClock(f"{late.isoformat()}T12:00:00+00:00", late)
    window = _window(qtbot, officer)
    label = window.findChild(BackupOverdueLabel, "backupOverdue")
    assert "Tell an administrator" in label.text()


def test_sign_in_warns_when_a_backup_would_not_fit(
    qtbot, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roomy = SignInDialog(vault)
    qtbot.addWidget(roomy)
    assert roomy.space_warning is None
    monkeypatch.setattr(storage_faults, "free_bytes", lambda _f: 1024 * 1024)
    tight = SignInDialog(vault)
    qtbot.addWidget(tight)
    assert tight.space_warning is not None
    text = tight.space_warning.text()
    assert "A backup written on this disk could not be made now" in text
    assert "Free at least" in text and str(vault) in text
    assert "damaged" not in text and "restore" not in text.lower()
