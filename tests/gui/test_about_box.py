"""Finding 11: the About box (Session menu) shows how the process protects its memory."""

from __future__ import annotations

from securedesk import __version__
from securedesk.core import process_hardening
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow

from .test_about_terminal_checks import open_about


def test_about_shows_the_version_and_the_protection_in_force(qtbot, officer: Session) -> None:
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    text = open_about(qtbot, window)
    state = process_hardening.current_state()
    assert text.startswith(f"SecureDesk {__version__}\n")
    # This test process was not hardened at start (only the command's entry hardens).
    assert f"Core dumps off: {'yes' if state.core_dumps_off else 'no'}" in text
    assert "Memory locked against swap: no (not attempted)" in text
    assert "SQLCipher memory security: off (policy: off)" in text
