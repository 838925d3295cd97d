"""Sign-in as a person does it: typing the passphrase and pressing Enter opens the window;
the title carries the application's name once."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from securedesk.app import DesktopApp
from securedesk.gui.first_run import FirstRunWizard
from securedesk.gui.main_window import MainWindow
from securedesk.gui.sign_in import SignInDialog

from ..conftest import OFFICER_PASS

pytestmark = pytest.mark.usefixtures("private_settings")


def shown_title(widget: QWidget) -> str:
    """The title the window manager shows: Qt appends " — <display name>" unless the title
    already ends with it (QPlatformWindow::formatWindowTitle)."""
    title = widget.windowTitle()
    name = QApplication.applicationDisplayName()
    if name and not title.endswith(name):
        title = f"{title} — {name}" if title else name
    return title


def test_enter_after_typing_the_passphrase_opens_the_main_window(qtbot, vault: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("SecureDesk")
    desktop = DesktopApp(app, vault, demo=False)
    quits: list[bool] = []
    app.aboutToQuit.connect(lambda: quits.append(True))
    desktop.start()
    dialog = desktop.sign_in_dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert dialog.sign_in_button.isDefault() and not cancel.isDefault()
    QTest.keyClicks(dialog.user, "olivia")
    QTest.keyClick(dialog.user, Qt.Key.Key_Tab)
    assert dialog.passphrase.hasFocus() or dialog.focusWidget() is dialog.passphrase
    QTest.keyClicks(dialog.passphrase, OFFICER_PASS)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Enter)  # the keypad's Enter
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=15_000)
    window = desktop.window
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert window.isVisible() and not quits
    assert cancel.isDefault() is False
    window.close()


def test_return_key_also_signs_in_and_cancel_is_never_default(qtbot, vault: Path) -> None:
    dialog = SignInDialog(vault, user="olivia")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    QTest.keyClick(cancel, Qt.Key.Key_Tab)  # focus wandering over Cancel takes no default
    dialog.passphrase.setFocus()
    QTest.keyClicks(dialog.passphrase, OFFICER_PASS)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=15_000)
    assert rejected == []
    dialog.session.lock()


def test_titles_name_securedesk_once(qtbot, vault: Path, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("SecureDesk")
    dialog = SignInDialog(vault)
    qtbot.addWidget(dialog)
    assert shown_title(dialog) == "Sign in — SecureDesk"
    wizard = FirstRunWizard(tmp_path / "new")
    qtbot.addWidget(wizard)
    assert shown_title(wizard).count("SecureDesk") == 1
