"""The Plan tab driven as a person would (issue 11): add an action with a due date, change
it by double-click, mark it done; overdue rows say so in words; refusals show in the tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from securedesk.core.clock import FixedClock
from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow
from securedesk.gui.plan_tab import ActionDialog, PlanTab

from ..vault_rows import content_digest

TODAY = date(2026, 6, 1)


def _rows(tab: PlanTab) -> list[list[str]]:
    t = tab.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def _dialog(qtbot, tab: PlanTab) -> ActionDialog:  # type: ignore[no-untyped-def]
    found: list[ActionDialog] = []

    def shown() -> None:
        found[:] = [d for d in tab.findChildren(ActionDialog) if d.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def test_add_edit_by_double_click_and_mark_done(qtbot, officer: Session) -> None:
    officer.clock = FixedClock("2026-06-01T09:00:00.000000+00:00", TODAY)
    ref = officer.cases.add_case(
        [Person("Aisha", "Khan")], referral_source="Police", referral_date=date(2026, 5, 1)
    ).ref
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(ref)
    assert view is not None
    view.tabs.setCurrentWidget(view.plan)
    tab = view.plan

    # Add with a due date, typed.
    qtbot.keyClicks(tab.text, "Mentoring with the youth service")
    qtbot.keyClicks(tab.agency, "Education")
    qtbot.keyClicks(tab.owner, "Ms Ellis")
    qtbot.keyClicks(tab.due, "2026-05-20")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.plan.table.rowCount() == 1)
    tab = view.plan
    assert _rows(tab) == [
        [
            "2026-05-20",
            "Open — OVERDUE",
            "Education",
            "Ms Ellis",
            "Mentoring with the youth service",
        ]
    ]
    assert tab.summary.text() == "1 outstanding, 1 overdue."
    (action,) = officer.store.actions_for_case(officer.store.case_id_for_ref(ref))
    assert (action.due_date, action.agreed_on, action.owner) == (
        date(2026, 5, 20),
        TODAY,
        "Ms Ellis",
    )

    # A bad date is refused in the tab, and nothing is written.
    before = content_digest(officer.vault.conn)
    qtbot.keyClicks(tab.text, "Home visit")
    qtbot.keyClicks(tab.agency, "Police")
    qtbot.keyClicks(tab.due, "20/06/2026")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert (
        tab.error.text()
        == "'20/06/2026' is not a date: type it as YYYY-MM-DD. Nothing was changed."
    )
    assert content_digest(officer.vault.conn) == before

    # Double-click: move the due date, hand it on, note why.
    cell = tab.table.visualItemRect(tab.table.item(0, 4)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = _dialog(qtbot, tab)
    dialog.due.selectAll()
    qtbot.keyClicks(dialog.due, "2026-07-01")
    dialog.owner.selectAll()
    qtbot.keyClicks(dialog.owner, "Youth service")
    qtbot.keyClicks(dialog.note, "Start delayed by the school holidays")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.plan.table.item(0, 0).text() == "2026-07-01")
    tab = view.plan
    assert _rows(tab)[0][:4] == ["2026-07-01", "Open", "Education", "Youth service"]
    assert tab.summary.text() == "1 outstanding, 0 overdue."

    # Mark done (a minute later: the history is ordered by time).
    officer.clock = FixedClock("2026-06-01T09:01:00.000000+00:00", TODAY)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.plan.table.item(0, 1).text() == "Done")
    action = officer.store.get_action(action.id)
    assert action.status.value == "done"
    history = officer.store.action_updates(action.id)
    assert [(u.status.value, u.owner, u.note) for u in history] == [
        ("open", "Youth service", "Start delayed by the school holidays"),
        ("done", None, ""),
    ]
    assert history[0].due_date == date(2026, 7, 1)
    window.close()


def test_a_refusal_keeps_the_dialog_open(qtbot, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Bryn", "Evans")], referral_source="Police", referral_date=date(2026, 5, 1)
    ).ref
    officer.actions.add(ref, "Visit", "Police", "", None)
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(ref)
    tab = view.plan
    tab.edit(0)
    dialog = _dialog(qtbot, tab)
    before = content_digest(officer.vault.conn)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # nothing changed
    assert dialog.isVisible()
    assert "changes nothing" in dialog.error.text()
    assert content_digest(officer.vault.conn) == before
    dialog.reject()
    window.close()
