"""Administration and Audit as a new administrator meets them: policy fields as wide as
their values; the audit screen names cases by reference (their id on hover), and only an
auditor's session can ask for the references."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from securedesk.core.audit.case_refs import case_refs
from securedesk.core.domain import Person
from securedesk.core.errors import PolicyRefused
from securedesk.core.session import Session
from securedesk.gui.admin_page import AdminPage
from securedesk.gui.audit_page import AuditPage

from ..conftest import ADMIN_PASS, OFFICER_PASS


def test_policy_spin_boxes_are_a_sensible_width(qtbot, admin: Session) -> None:
    page = AdminPage(admin)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitExposed(page)
    for box in (page.idle_minutes, page.attachment_limit):
        assert box.width() <= 200, box.width()
        assert box.toolTip()


def test_audit_screen_shows_case_references(qtbot, vault: Path) -> None:
    officer = Session.sign_in(vault, "olivia", OFFICER_PASS)
    case = officer.cases.add_case(
        [Person("Elin", "Harries")], referral_source="Police", referral_date=date(2026, 3, 1)
    )
    officer.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    page = AuditPage(admin)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=15_000)
    model = page.model
    shown = [model.data(model.index(r, 6)) for r in range(model.rowCount())]
    assert case.ref in shown
    assert case.id not in shown
    row = shown.index(case.ref)
    assert case.id in model.data(model.index(row, 6), Qt.ItemDataRole.ToolTipRole)
    assert "Harries" not in " ".join(str(v) for v in shown)  # the reference, nothing more
    admin.lock()


def test_case_refs_need_the_audit_permission(vault: Path) -> None:
    officer = Session.sign_in(vault, "olivia", OFFICER_PASS)
    case = officer.cases.add_case(
        [Person("Elin", "Harries")], referral_source="Police", referral_date=date(2026, 3, 1)
    )
    with pytest.raises(PolicyRefused):
        case_refs(officer, [case.id])
    officer.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    assert case_refs(admin, [case.id, "not-a-case", ""]) == {case.id: case.ref}
    admin.lock()
