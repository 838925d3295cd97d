"""The Reports screen: a chair reaches it from the navigation, sees the same suppressed figures
the core computes with their charts, saves CSV and PDF, and is told when a file exists."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import QChartView

from securedesk.core.domain import CaseStatus, Person
from securedesk.core.reports.categories import ClosingOutcome
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow
from securedesk.gui.reports_page import ReportsPage

from ..conftest import OFFICER_PASS

NAMES = ("Anwen", "Subject")


def _chair(vault: Path) -> Session:
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    reports = ReportService(s)
    today = s.clock.today()
    for n in range(12):
        case = s.cases.add_case(
            [Person("Anwen", f"Subject{n}", date(2000 + n, 1, 1))],
            referral_source="Education" if n < 7 else "Police",
            referral_date=today,
        )
        reports.set_categories(case.ref, gender="male" if n % 3 else "female")
        if n < 6:
            reports.change_status(
                case.ref, CaseStatus.CLOSED, "Done", outcome=ClosingOutcome.NO_FURTHER_ACTION
            )
    return s


def _table(page: ReportsPage, code: str) -> dict[str, str]:
    view = page.findChild(object, f"table:{code}")
    assert view is not None
    return {view.item(r, 0).text(): view.item(r, 1).text() for r in range(view.rowCount())}


def test_a_chair_sees_reports_and_saves_them(qtbot, vault: Path, tmp_path: Path) -> None:
    session = _chair(vault)
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_keys.index("reports"))
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    sectors = _table(page, "referrals-by-sector")
    assert sectors["Education"] == "7" and sectors["Police"] == "5" and sectors["Total"] == "12"
    genders = _table(page, "referrals-by-gender")
    # 4 female (fewer than 5); the total would give it away, so 8 male is suppressed too.
    assert genders["Female"] == "fewer than 5" and genders["Male"] == "suppressed"
    assert _table(page, "outcomes-at-closing")["No further action"] == "6"
    charts = page.findChildren(QChartView)
    assert len(charts) >= 5
    for view in charts:
        assert view.chart().series()

    out = tmp_path / "return.csv"
    page.ask_path = lambda fmt: str(out if fmt == "csv" else tmp_path / "panel.pdf")  # type: ignore[method-assign]
    page.csv_button.click()
    qtbot.waitUntil(lambda: "Saved the report" in page.status.text(), timeout=20_000)
    text = out.read_text("utf-8")
    assert "referrals-by-sector,education,Education,7" in text
    assert all(name not in text for name in NAMES)
    page.pdf_button.click()
    qtbot.waitUntil(lambda: "panel.pdf" in page.status.text(), timeout=20_000)
    assert (tmp_path / "panel.pdf").read_bytes().startswith(b"%PDF")

    # Saving again over the same file is refused, in words, and the file is kept.
    before = out.read_bytes()
    page.csv_button.click()
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=20_000)
    assert "already exists and is not replaced" in page.error.text()
    assert out.read_bytes() == before
    window.close()


def test_a_reversed_period_is_refused_on_screen(qtbot, vault: Path) -> None:
    session = _chair(vault)
    page = ReportsPage(session)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.report is not None, timeout=20_000)
    page.start.setDate(page.end.date().addDays(5))
    page.show_button.click()
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=20_000)
    assert "after it ends" in page.error.text()


def test_an_officer_has_no_reports_entry(qtbot, officer: Session) -> None:
    window = MainWindow(officer)
    qtbot.addWidget(window)
    assert "reports" not in window.page_keys
    page = ReportsPage(officer)  # reached some other way: the core refuses, in words
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: bool(page.error.text()), timeout=20_000)
    assert "manage meetings or audit" in page.error.text()
    assert not page.pdf_button.isEnabled()
    window.close()


def test_case_dialogs_record_categories_and_the_outcome(qtbot, officer: Session) -> None:
    from securedesk.gui.case_view import CaseViewWidget
    from securedesk.gui.new_case_dialog import NewCaseDialog
    from securedesk.gui.secure_clipboard import SecureClipboard

    dialog = NewCaseDialog(officer)
    qtbot.addWidget(dialog)
    dialog.given.setText("Gwenno")
    dialog.family.setText("Tester")
    dialog.source.setCurrentText("Education")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    dialog.concern.setCurrentIndex(dialog.concern.findData("incel"))
    dialog.accept()
    assert dialog.case is not None, dialog.error.text()
    reports = ReportService(officer)
    saved = reports.read_categories(dialog.case.id)
    assert (saved.gender, saved.concern_type) == ("female", "incel")

    view = CaseViewWidget(officer, officer.cases.open_case(dialog.case.ref), SecureClipboard())
    qtbot.addWidget(view)
    assert not view.close_outcome.isVisibleTo(view)
    view.status_choice.setCurrentIndex(view.status_choice.findData(CaseStatus.CLOSED))
    assert view.close_outcome.isVisibleTo(view)
    view.close_reason.setText("Signposted to the youth service")
    view.change_status()
    assert "closed with its outcome" in view.status_error.text()
    assert officer.cases.open_case(dialog.case.ref).case.status is CaseStatus.REFERRAL
    view.status_choice.setCurrentIndex(view.status_choice.findData(CaseStatus.CLOSED))
    view.close_outcome.setCurrentIndex(view.close_outcome.findData(ClosingOutcome.SIGNPOSTED))
    view.close_reason.setText("Signposted to the youth service")
    view.change_status()
    assert view.status_error.text() == ""
    assert reports.read_categories(dialog.case.id).closing_outcome is ClosingOutcome.SIGNPOSTED
