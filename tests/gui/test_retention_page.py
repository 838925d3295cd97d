"""The auditor's Retention page: the queue, Propose…, the two-person rule in the dialog,
Approve…, the register."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from securedesk.core.clock import FixedClock
from securedesk.core.retention.service import RetentionService
from securedesk.gui.form_dialog import FormDialog
from securedesk.gui.retention_page import ReasonDialog, RetentionPage

from ..core.retention_fixtures import CANARY, fill_case, make_retention_vault, sign_in


def _ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def test_propose_then_a_second_auditor_approves(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    made = fill_case(folder, tmp_path)
    # Oscar (the case's officer) proposes it; it shows in the queue as proposed.
    s = sign_in(folder, "oscar")
    RetentionService(s).propose(made.ref, "Recorded in error")
    s.lock()

    s = sign_in(folder, "ada")
    try:
        page = RetentionPage(s)
        qtbot.addWidget(page)
        assert page.queue.rowCount() == 1
        assert page.queue.item(0, 0).text() == made.ref
        assert "oscar" in page.queue.item(0, 4).text()
        page.select_ref(made.ref)
        assert page.approve_button.isEnabled() and not page.propose_button.isEnabled()
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog is not None and made.ref in dialog.findChild(type(page.status)).text()
        _ok(qtbot, dialog)
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
        # Destroyed; the register lists it, with no name.
        assert page.dialog is None
        assert page.queue.rowCount() == 0
        assert page.register.rowCount() == 1
        cells = [page.register.item(0, c).text() for c in range(page.register.columnCount())]
        assert cells[0] == made.ref and cells[3] == "oscar" and cells[4] == "ada"
        assert not any(CANARY in c for c in cells)
        assert made.ref in page.status.text()
    finally:
        s.lock()


def test_the_proposer_is_refused_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    made = fill_case(folder, tmp_path)
    s = sign_in(folder, "ada")
    try:
        s.clock = FixedClock("2033-01-02T10:00:00.000000+00:00", date(2033, 1, 2))
        page = RetentionPage(s)
        qtbot.addWidget(page)
        # Due by now: Keep… and Propose… are offered.
        page.select_ref(made.ref)
        assert page.keep_button.isEnabled() and page.propose_button.isEnabled()
        qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert isinstance(dialog, ReasonDialog)
        assert not dialog.ok_button.isEnabled()  # no reason yet
        qtbot.keyClicks(dialog.reason, "Zyqvexcanary asked")
        _ok(qtbot, dialog)
        assert "names one of the people" in dialog.error.text()  # kept open, refused
        dialog.reason.clear()
        qtbot.keyClicks(dialog.reason, "Past review, no further purpose")
        _ok(qtbot, dialog)
        assert page.dialog is None
        page.select_ref(made.ref)
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        confirm = page.dialog
        assert confirm is not None
        _ok(qtbot, confirm)
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
        # The proposer cannot approve: the dialog says so, and nothing was destroyed.
        assert "different user" in confirm.error.text()
        assert page.dialog is confirm and not confirm.busy
        assert page.progress.isHidden()
        confirm.reject()
        assert s.store.case_id_for_ref(made.ref) == made.case_id
    finally:
        s.lock()


def test_approve_runs_off_the_ui_thread_with_progress(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    made = fill_case(folder, tmp_path)
    s = sign_in(folder, "oscar")
    RetentionService(s).propose(made.ref, "Recorded in error")
    s.lock()
    s = sign_in(folder, "ada")
    try:
        page = RetentionPage(s)
        qtbot.addWidget(page)
        # The approval waits, in whatever thread runs it, until the test lets it go: were it
        # run on the UI thread, the click below would not return and no timer would fire.
        real = page.service.approve
        release, started = threading.Event(), threading.Event()
        ran_in: list[threading.Thread] = []

        def held(ref, progress=None):  # type: ignore[no-untyped-def]
            ran_in.append(threading.current_thread())
            started.set()
            assert release.wait(30)
            return real(ref, progress)

        monkeypatch.setattr(page.service, "approve", held)
        page.select_ref(made.ref)
        qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
        dialog = page.dialog
        assert dialog is not None
        _ok(qtbot, dialog)
        qtbot.waitUntil(started.is_set, timeout=10_000)
        ticked: list[bool] = []
        QTimer.singleShot(0, lambda: ticked.append(True))
        qtbot.waitUntil(lambda: bool(ticked), timeout=5_000)  # the event loop runs
        assert ran_in and ran_in[0] is not threading.main_thread()
        assert not page.progress.isHidden() and page.progress.value() == 0
        assert dialog.busy and not dialog.ok_button.isEnabled()
        assert not page.approve_button.isEnabled() and not page.refresh_button.isEnabled()
        assert made.ref in page.status.text()
        release.set()
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
        assert page.dialog is None and page.progress.isHidden()
        assert page.register.rowCount() == 1
        status = page.status.text()
        assert f"Case {made.ref} destroyed." in status
        assert "Backups made before this destruction still hold case" in status
    finally:
        release.set()
        qtbot.waitUntil(lambda: page.task is None, timeout=60_000)
        s.lock()
