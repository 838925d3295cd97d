"""What looking at the casework screens on a real X display found (issue 11, helper J):
the Plan tab's Change/done/cancel live with nothing chosen and its owner hint cut, the
Reports screen's marking list stretched across the screen, the person view unmarked, and
"information gathering" cut to "information g…" in the case list."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from securedesk.core.domain import ActionStatus, CaseStatus, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.case_list_page import STATUS_COLUMN, CaseListPage
from securedesk.gui.labels import status_label
from securedesk.gui.main_window import MainWindow
from securedesk.gui.person_view import PersonView
from securedesk.gui.reports_page import ReportsPage

from ..conftest import OFFICER_PASS


def _window(qtbot, session: Session) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    return window


def test_plan_buttons_follow_the_chosen_action_and_hints_fit(qtbot, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Aisha", "Khan")], referral_source="Police", referral_date=date(2026, 5, 1)
    ).ref
    done = officer.actions.add(ref, "Visit", "Police", "", None)
    officer.actions.update(done.id, status=ActionStatus.DONE, ref=ref)
    officer.actions.add(ref, "Mentoring", "Education", "", None)
    window = _window(qtbot, officer)
    view = window.open_case(ref)
    assert view is not None
    view.tabs.setCurrentWidget(view.plan)
    tab = view.plan
    buttons = (tab.edit_button, tab.done_button, tab.cancel_button)
    assert [b.isEnabled() for b in buttons] == [False, False, False]  # nothing chosen
    rows = {tab.table.item(r, 4).text(): r for r in range(tab.table.rowCount())}
    tab.table.selectRow(rows["Mentoring"])
    assert [b.isEnabled() for b in buttons] == [True, True, True]
    tab.table.selectRow(rows["Visit"])  # done already: it can be changed, not done again
    assert [b.isEnabled() for b in buttons] == [True, False, False]
    tab.table.clearSelection()
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    for field in (tab.agency, tab.owner, tab.due):
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() >= hint, field.placeholderText()
    window.close()


def test_reports_marking_list_is_as_wide_as_its_text(qtbot, vault: Path) -> None:
    chair = Session.sign_in(vault, "oscar", OFFICER_PASS)
    page = ReportsPage(chair)
    qtbot.addWidget(page)
    page.resize(1400, 800)
    page.show()
    qtbot.waitExposed(page)
    widest = max(page.up_to.fontMetrics().horizontalAdvance(m.value) for m in Marking)
    assert widest <= page.up_to.width() < widest + 120
    page.close()
    chair.lock()


def test_the_person_view_is_marked_top_and_bottom(qtbot, vault: Path) -> None:
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)  # cleared to SECRET
    person = Person("Rhys", "Vaughan", date(1990, 1, 1))
    oscar.cases.add_case([person], referral_source="Police", referral_date=date(2026, 1, 1))
    view = PersonView(oscar, person.id)
    qtbot.addWidget(view)
    assert view.top.text() == view.bottom.text() == "OFFICIAL-SENSITIVE"
    oscar.cases.add_case(
        [],
        existing=[person.id],
        referral_source="Police",
        referral_date=date(2026, 2, 1),
        marking=Marking.SECRET,
    )
    view.reload()
    assert view.top.text() == view.bottom.text() == "SECRET"
    view.close()
    oscar.lock()


def test_the_case_list_shows_every_status_whole(qtbot, officer: Session) -> None:
    window = _window(qtbot, officer)
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    metrics = page.table.fontMetrics()
    width = page.table.horizontalHeader().sectionSize(STATUS_COLUMN)
    assert width > max(metrics.horizontalAdvance(status_label(s)) for s in CaseStatus)
    window.close()
