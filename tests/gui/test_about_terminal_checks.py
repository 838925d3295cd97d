"""The About box shows doctor's checks, one line each, in the user's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from securedesk.core import terminal_checks as tc
from securedesk.core import terminal_survey
from securedesk.core.session import Session
from securedesk.gui import terminal_report
from securedesk.gui.main_window import MainWindow


def open_about(qtbot, window: MainWindow) -> str:  # type: ignore[no-untyped-def]
    about = next(
        a for a in window.menuBar().actions()[0].menu().actions() if a.objectName() == "aboutAction"
    )
    about.trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "aboutBox") is not None)
    box = window.findChild(QMessageBox, "aboutBox")
    text = box.text()
    box.close()
    return text


def test_about_lists_every_check_with_what_to_do(
    qtbot, officer: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = tc.CheckResult(
        tc.SWAP, tc.Status.FAIL, tc.TerminalKind.SWAP_PLAIN, {"areas": "/dev/sda2"}
    )
    monkeypatch.setattr(
        terminal_survey,
        "system_checks",
        lambda folder: [plain],
    )
    window = MainWindow(officer)
    qtbot.addWidget(window)
    text = open_about(qtbot, window)
    assert "This terminal, as securedesk doctor checks it:" in text
    assert "\u2718 Swap is not encrypted (/dev/sda2)" in text
    # Signed in: the keyring, clock and backups are checked against this vault.
    assert "\u2714 Keyring reachable" in text and "binding secret is in it" in text
    assert "\u2714 The clock (" in text and "not earlier than the newest audit event" in text
    assert "\u2714 Last backup never; the next is due by" in text


def test_lines_follow_the_translation(monkeypatch: pytest.MonkeyPatch) -> None:
    result = tc.CheckResult(tc.SWAP, tc.Status.OK, tc.TerminalKind.SWAP_OFF)
    monkeypatch.setattr(terminal_report, "translated_template", lambda kind: "Cyfnewid: i ffwrdd.")
    assert terminal_report.line_for(result) == "\u2714 Cyfnewid: i ffwrdd."
