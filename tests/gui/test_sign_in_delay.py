"""Issue 10, finding 9: the sign-in window says why it waits after failed attempts (the wait
itself is the core's, tests/core/test_signin_failures.py)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from securedesk.core.errors import SignInFailed
from securedesk.core.session import Session
from securedesk.core.vault import signin_failures
from securedesk.gui.sign_in import SignInDialog

from ..conftest import OFFICER_PASS


def test_the_window_says_how_long_it_waits(
    qtbot, vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(signin_failures.PACING, "now", lambda: now)  # no time passes
    for _ in range(3):
        with pytest.raises(SignInFailed):
            Session.sign_in(vault, "olivia", "not the passphrase")
    released = threading.Event()
    slept: list[float] = []

    def sleep(seconds: float) -> None:  # in the worker: held until the window has said so
        slept.append(seconds)
        released.wait(10)

    monkeypatch.setattr(signin_failures.PACING, "sleep", sleep)
    dialog = SignInDialog(vault, user="olivia")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(OFFICER_PASS)
    dialog.attempt()
    qtbot.waitUntil(lambda: "Waiting 2 s before checking" in dialog.error.text(), timeout=10_000)
    assert not dialog.sign_in_button.isEnabled()
    released.set()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=10_000)
    assert dialog.session is not None and dialog.session.signin_report.failed_attempts == 3
    dialog.session.lock()
