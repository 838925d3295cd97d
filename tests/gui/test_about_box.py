"""Finding 11: the About box (Session menu) shows how the process protects its memory."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from securedesk import __version__
from securedesk.core import process_hardening
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow


def test_about_shows_the_version_and_the_protection_in_force(qtbot, officer: Session) -> None:
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    about = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "aboutAction"
    )
    about.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "aboutBox") is not None)
    box = window.findChild(QMessageBox, "aboutBox")
    text = box.text()
    state = process_hardening.current_state()
    assert text.startswith(f"SecureDesk {__version__}\n")
    # This test process was not hardened at start (only the command's entry hardens).
    assert f"Core dumps off: {'yes' if state.core_dumps_off else 'no'}" in text
    assert "Memory locked against swap: no (not attempted)" in text
    assert "SQLCipher memory security: off (policy: off)" in text
    box.close()
