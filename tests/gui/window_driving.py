"""How a person works the window in a test: click a live button, press a dialog's OK, and
drive a modal dialog that a click opens."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    box = dialog.findChild(QDialogButtonBox)
    for kind in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Save):
        if box.button(kind) is not None:
            click(qtbot, box.button(kind))
            return
    raise AssertionError("no OK button")


def modal(qtbot, button: QPushButton, kind: type, steps: Callable[[QDialog], None]) -> None:  # type: ignore[no-untyped-def]
    """Click `button`, which runs a modal dialog; when it is up, run `steps` on it (they end
    by closing it)."""
    done: list[bool] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, act)
            return
        try:
            steps(dialog)
        finally:  # a failed step leaves no modal dialog blocking the test
            done.append(True)
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, act)
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
