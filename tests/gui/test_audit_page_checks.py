"""The audit page checks what `securedesk audit verify` checks (issue 10, finding 3): MACs for
an auditor (and says so when they were not checked), roles and clearance replayed from the
chain (naming the users changed by SQL), and a signed checkpoint picked from a file
(pytest-qt, offscreen)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QFileDialog

from securedesk.core.session import Session
from securedesk.gui.audit_page import AuditPage
from securedesk.transfer.audit_checkpoint import write_checkpoint

from ..conftest import ADMIN_PASS
from ..core.test_audit_forward_secure import AUDITOR_PASS, add_auditor, drop_guards

WAIT_MS = 10_000


def _settled_lock(s: Session) -> None:
    QThreadPool.globalInstance().waitForDone(30_000)
    s.lock()


@pytest.fixture
def audited(vault: Path) -> Path:
    add_auditor(vault)
    return vault


@pytest.fixture
def auditor(audited: Path) -> Iterator[Session]:
    s = Session.sign_in(audited, "audrey", AUDITOR_PASS)
    yield s
    _settled_lock(s)


@pytest.fixture
def admin_of_audited(audited: Path) -> Iterator[Session]:
    s = Session.sign_in(audited, "admin", ADMIN_PASS)
    yield s
    _settled_lock(s)


def _page(qtbot, session: Session) -> AuditPage:
    page = AuditPage(session)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    return page


def _verified(qtbot, page: AuditPage) -> None:
    page.checks.clear()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(page.checks.text()), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.loading and page.verify_button.isEnabled(), timeout=WAIT_MS)


def test_an_auditor_sees_macs_checked_and_the_roles_check(qtbot, auditor: Session) -> None:
    page = _page(qtbot, auditor)
    _verified(qtbot, page)
    assert page.chain_state.text().startswith("Chain intact")
    checks = page.checks.text()
    assert "MACs checked:" in checks and "not checked" not in checks
    assert page.last_verification is not None
    assert f"MACs checked: {page.last_verification.report.macs_checked} event(s)." in checks
    assert page.last_verification.report.macs_checked > 0
    assert "Every user's roles and clearance match the events that set them." in checks
    assert page.checks.textFormat() == Qt.TextFormat.PlainText


def test_an_administrator_is_told_macs_were_not_checked(qtbot, admin_of_audited: Session) -> None:
    page = _page(qtbot, admin_of_audited)
    _verified(qtbot, page)
    assert page.chain_state.text().startswith("Chain intact")
    checks = page.checks.text()
    assert "MACs were not checked: sign in as an auditor." in checks
    assert "MACs checked:" not in checks


def test_a_role_change_made_by_sql_names_the_user(qtbot, auditor: Session) -> None:
    # An insider with the database key makes olivia an administrator with SECRET clearance.
    conn = auditor.vault.conn  # the database key any signed-in user's process holds
    conn.execute("UPDATE users SET clearance = 'SECRET' WHERE name = 'olivia'")
    conn.execute("INSERT INTO user_roles (user, role) VALUES ('olivia', 'admin')")
    page = _page(qtbot, auditor)
    _verified(qtbot, page)
    assert "Users whose roles or clearance have no event: olivia" in page.checks.text()
    assert "roles or clearance changed with no event" in page.chain_state.text()
    assert "a31515" in page.chain_state.styleSheet()  # red


def test_the_auditor_checks_a_picked_checkpoint_before_and_after_truncation(
    qtbot, auditor: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "head.checkpoint"
    cp = write_checkpoint(auditor, out)
    page = _page(qtbot, auditor)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    qtbot.mouseClick(page.checkpoint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "reaches" in page.checkpoint_state.text(), timeout=WAIT_MS)
    assert page.checkpoint_state.text() == f"The chain reaches the checkpoint at event {cp.seq}."
    qtbot.waitUntil(lambda: page.checkpoint_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)

    # An insider deletes the newest events, the checkpoint's among them.
    conn = auditor.vault.conn
    drop_guards(conn)
    conn.execute("DELETE FROM audit_events WHERE seq >= ?", (cp.seq - 1,))
    conn.execute("UPDATE audit_mac_state SET next_seq = ?", (cp.seq - 1,))
    qtbot.mouseClick(page.checkpoint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.checkpoint_state.text().startswith("Broken"), timeout=WAIT_MS)
    assert "a31515" in page.checkpoint_state.styleSheet()
    qtbot.waitUntil(lambda: page.checkpoint_button.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)


def test_an_unusable_checkpoint_file_is_named(
    qtbot, auditor: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "head.checkpoint"
    write_checkpoint(auditor, out)
    shutil.copy(out, tmp_path / "copy.checkpoint")  # no signature beside the copy
    page = _page(qtbot, auditor)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "copy.checkpoint"), "")),
    )
    qtbot.mouseClick(page.checkpoint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be used" in page.checkpoint_state.text(), timeout=WAIT_MS)
    assert "signature file" in page.checkpoint_state.text()
    assert "Traceback" not in page.checkpoint_state.text()
    qtbot.waitUntil(lambda: page.checkpoint_button.isEnabled(), timeout=WAIT_MS)


def test_cancelling_the_file_dialog_checks_nothing(
    qtbot, auditor: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, auditor)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(page.checkpoint_button, Qt.MouseButton.LeftButton)
    assert page.checkpoint_state.text() == ""
    assert not page.checking_checkpoint
