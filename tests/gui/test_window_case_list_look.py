"""The case list as a new user meets it: one line per row (the Marking column never wraps),
overdue reviews stand out in colour and in words, and a search keeps to the status filter."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from securedesk.core.domain import CaseStatus, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.case_list_model import MARKING_COLUMN, REVIEW_COLUMN
from securedesk.gui.case_list_page import CaseListPage

from ..conftest import OFFICER_PASS


def _cases(session: Session) -> tuple[str, str, str]:
    today = session.clock.today()
    overdue = session.cases.add_case(
        [Person("Gwen", "Parry")],
        referral_source="Police",
        referral_date=today - timedelta(days=90),
        marking=Marking.OFFICIAL_SENSITIVE,
        next_review=today - timedelta(days=2),
    ).ref
    later = session.cases.add_case(
        [Person("Gwen", "Lloyd")],
        referral_source="Police",
        referral_date=today - timedelta(days=5),
        next_review=today + timedelta(days=20),
    ).ref
    closed = session.cases.add_case(
        [Person("Gwen", "Morgan")],
        referral_source="Police",
        referral_date=today - timedelta(days=5),
    ).ref
    session.cases.change_status(closed, CaseStatus.CLOSED, "No further concern")
    return overdue, later, closed


def _row_of(page: CaseListPage, ref: str) -> int:
    return next(r for r in range(page.model.rowCount()) if page.model.ref_at(r) == ref)


def test_marking_column_never_wraps_and_rows_are_one_line(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    _cases(session)
    page = CaseListPage(session, mine=False)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitExposed(page)
    table = page.table
    metrics = table.fontMetrics()
    assert not table.wordWrap()
    width = table.columnWidth(MARKING_COLUMN)
    assert width >= metrics.horizontalAdvance(Marking.OFFICIAL_SENSITIVE.value) + 8
    for row in range(page.model.rowCount()):
        assert table.rowHeight(row) < 2 * metrics.height()
    page.close()
    session.lock()


def test_overdue_review_is_coloured_and_said(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    overdue, later, _closed = _cases(session)
    page = CaseListPage(session, mine=False)
    qtbot.addWidget(page)
    model = page.model
    late = model.index(_row_of(page, overdue), REVIEW_COLUMN)
    fine = model.index(_row_of(page, later), REVIEW_COLUMN)
    assert "overdue" in model.data(late) and "⚠" in model.data(late)
    assert model.data(late, Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(late, Qt.ItemDataRole.BackgroundRole) is not None
    assert "overdue" in model.data(late, Qt.ItemDataRole.ToolTipRole)
    assert model.data(fine) == (session.clock.today() + timedelta(days=20)).isoformat()
    assert model.data(fine, Qt.ItemDataRole.ForegroundRole) is None
    session.lock()


def test_search_keeps_to_the_open_cases_filter(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    overdue, later, closed = _cases(session)
    page = CaseListPage(session, mine=False)
    qtbot.addWidget(page)
    assert page.status.currentData() == "open"
    page.search.setText("Gwen")
    page.run_search()
    qtbot.waitUntil(lambda: page.model.showing_search and page.model.rowCount() > 0, timeout=10_000)
    refs = {page.model.ref_at(r) for r in range(page.model.rowCount())}
    assert refs == {overdue, later}
    assert not page.child.isEnabled()  # not applied to a search: greyed, with a reason
    page.status.setCurrentIndex(page.status.findData(None))  # all statuses
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10_000)
    page.status.setCurrentIndex(page.status.findData(CaseStatus.CLOSED.value))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert page.model.ref_at(0) == closed
    session.lock()
