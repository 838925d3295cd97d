"""Defects seen in the tour's screenshots (issue 13), each shown here as a test: the Meetings
table's title squeezed while the place took the width and the chair went off the edge;
"Find a person" with Find live over an empty box and no marking; Plan and assessment rows
sized once at first show; the chronology cut mid-word with no ellipsis and its kinds in
English; the Information tab's marking wrapped over two lines under an empty band."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QTableWidget

from securedesk.core.cases.case_store import ChronologyRow, StoredItem
from securedesk.core.domain import Identifier, InformationItem, Person
from securedesk.core.markings import Marking
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.session import Session
from securedesk.gui.chronology_text import ELLIPSIS, event_text
from securedesk.gui.main_window import MainWindow
from securedesk.gui.meetings_page import MeetingsPage
from securedesk.gui.person_view import PersonSearchDialog

PLACE = "Committee room 2, County Hall (invented)"
TITLE = "Channel panel (invented)"
LONG = (
    "A device examined with the family's consent held 'sovereign citizen' style material in "
    "a downloads folder. The Prevent officer made a home visit on 3 October 2024; his partner "
    "was present and cooperative, and agreed to the next steps with the school."
)


def _fits(table: QTableWidget, col: int) -> bool:
    """Every cell of the column shows its whole text on one line."""
    metrics = table.fontMetrics()
    return all(
        metrics.horizontalAdvance(table.item(r, col).text()) + 6 <= table.columnWidth(col)
        for r in range(table.rowCount())
    )


def test_meetings_title_and_chair_are_whole_and_nothing_goes_off_the_edge(
    qtbot, chair: Session
) -> None:
    service = MeetingService(chair)
    for days in (-21, 14):
        service.add_meeting(TITLE, date.today() + timedelta(days=days), place=PLACE)
    page = MeetingsPage(chair)
    qtbot.addWidget(page)
    page.resize(1136, 760)  # the page's size in a 1360-wide window
    page.show()
    table = page.meetings
    qtbot.waitUntil(lambda: table.viewport().width() > 300)
    assert _fits(table, 1), "title elided"
    assert _fits(table, 3) and _fits(table, 0), "chair or date elided"
    used = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert used <= table.viewport().width() + 1, "columns run off the edge"
    assert table.horizontalScrollBar().maximum() == 0
    assert table.item(0, 2).toolTip() == PLACE  # the place, when elided, on hover


def test_find_a_person_waits_for_a_name_and_is_marked(qtbot, officer: Session) -> None:
    officer.cases.add_case(
        [Person("Gwenllian", "Prydderch")],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
        marking=Marking.OFFICIAL_SENSITIVE,
    )
    dialog = PersonSearchDialog(officer)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.find_button.isEnabled()  # nothing typed: nothing to find
    assert dialog.top.isVisible() and dialog.bottom.isVisible()
    assert dialog.top.text() == "OFFICIAL"
    qtbot.keyClicks(dialog.query, "   ")
    assert not dialog.find_button.isEnabled()
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.error.text() == "" and dialog.results.rowCount() == 0
    dialog.query.clear()
    qtbot.keyClicks(dialog.query, "prydderch")
    assert dialog.find_button.isEnabled()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.results.rowCount() == 1)
    # The names and case found are OFFICIAL-SENSITIVE: so is the window.
    assert dialog.top.text() == dialog.bottom.text() == "OFFICIAL-SENSITIVE"
    assert _fits(dialog.results, 0), "the name wrapped or was cut"


def _case_view(qtbot, session: Session):  # type: ignore[no-untyped-def]
    ref = session.cases.add_case(
        [Person("Rhian", "Pugh")],
        referral_source="School",
        referral_date=session.clock.today() - timedelta(days=30),
        marking=Marking.OFFICIAL_SENSITIVE,
    ).ref
    session.cases.add_item(
        ref,
        item_date=session.clock.today() - timedelta(days=2),
        agency="Police",
        text=LONG,
        marking=Marking.OFFICIAL_SENSITIVE,
    )
    for n, owner in enumerate(("Aleksandra Kamińska", "Family support worker (invented)")):
        session.actions.add(
            ref,
            f"Action {n}: review tenancy support and the request for a move",
            "Children's social care",
            owner,
            session.clock.today() - timedelta(days=5 - n * 30),
        )
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1360, 860)
    window.show()
    view = window.open_case(ref)
    assert view is not None
    return view


def test_plan_rows_keep_their_height_from_first_show(qtbot, officer: Session) -> None:
    view = _case_view(qtbot, officer)
    view.tabs.setCurrentIndex(4)  # Plan & actions
    table = view.plan.table
    qtbot.waitUntil(lambda: table.isVisible())
    first = [table.rowHeight(r) for r in range(table.rowCount())]
    line = table.fontMetrics().height()
    # One line each (agency and owner whole, the action short): not tall at first show.
    assert all(h <= 2 * line for h in first), first
    assert _fits(table, 2) and _fits(table, 3)
    view.plan.show_actions(view.view.actions)
    assert [table.rowHeight(r) for r in range(table.rowCount())] == first


def test_chronology_cut_at_a_word_with_an_ellipsis_and_kinds_translated(
    qtbot, officer: Session
) -> None:
    view = _case_view(qtbot, officer)
    table = view.chronology
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text().startswith("Police: "))
    shown = table.item(row, 2).text()
    assert shown.endswith(ELLIPSIS)
    assert LONG.startswith(shown[len("Police: ") : -1])
    assert LONG[len(shown) - len("Police: ") - 1] in " ,.;"  # cut at a word, not inside one
    assert table.item(row, 2).toolTip() == LONG
    assert table.item(row, 1).text() == "information"  # not the store's code "item"
    # Information: the marking on one line, no empty band above the table.
    items = view.items
    assert _fits(items, 2)
    assert not view.withheld.isVisible()


def test_event_text_leaves_whole_text_and_other_kinds_alone() -> None:
    item = InformationItem(case_id="c", agency="Health", author="a", item_date=date(2026, 1, 1),
                           text="Short note.")  # fmt: skip
    stored = {item.id: StoredItem(item, "a", "2026-01-01", None)}
    whole = ChronologyRow(date(2026, 1, 1), "item", "Health: Short note.", item.id)
    assert event_text(whole, stored) == ("Health: Short note.", "")
    entry = ChronologyRow(date(2026, 1, 1), "entry", "x" * 300, "e")
    assert event_text(entry, stored) == ("x" * 300, "")
    # An item the viewer cannot see (withheld) is shown as the store gave it.
    assert event_text(ChronologyRow(date(2026, 1, 1), "item", "Police: abc", "z"), stored) == (
        "Police: abc",
        "",
    )


class _Marked(QTranslator):
    """A catalogue that marks every string of the given contexts, so a test sees which
    texts went through translation (the Welsh catalogue is merged separately)."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        return f"CY[{source}]" if context in self.contexts else None  # None: not translated

    def isEmpty(self) -> bool:
        return False


def test_chronology_wording_and_identifier_types_go_through_translation(
    qtbot, officer: Session
) -> None:
    app = QApplication.instance()
    marked = _Marked({"ChronologyText", "IdentifierLabels", "labels"})
    app.installTranslator(marked)
    try:
        ref = officer.cases.add_case(
            [Person("Rhian", "Pugh", identifiers=[Identifier("NHS number", "943 476 5919")])],
            referral_source="School",
            referral_date=officer.clock.today() - timedelta(days=30),
        ).ref
        officer.cases.add_item(ref, agency="Police", text="Seen at the station.")
        officer.actions.add(ref, "Call the school", "Education", "", None)
        window = MainWindow(officer)
        qtbot.addWidget(window)
        window.show()
        view = window.open_case(ref)
        assert view is not None
        cells = [
            (view.chronology.item(r, 1).text(), view.chronology.item(r, 2).text())
            for r in range(view.chronology.rowCount())
        ]
        assert ("CY[information]", "CY[Police]: Seen at the station.") in cells
        assert ("CY[action]", "CY[Action agreed: %1]".replace("%1", "Call the school")) in cells
        assert view.items.item(0, 1).text() == "CY[Police]"  # Information's agency
        view.tabs.setCurrentIndex(4)
        assert view.plan.table.item(0, 2).text() == "CY[Education]"  # the Plan's agency
        overview = "\n".join(label.text() for label in view.findChildren(QLabel))
        assert "CY[NHS number]: 943 476 5919" in overview
    finally:
        app.removeTranslator(marked)


def test_meeting_members_agency_goes_through_translation(qtbot, chair: Session) -> None:
    service = MeetingService(chair)
    meeting = service.add_meeting(TITLE, date.today(), place=PLACE)
    service.add_member(meeting.id, "Dafydd Hughes", "Police", Marking.SECRET)
    app = QApplication.instance()
    marked = _Marked({"labels"})
    app.installTranslator(marked)
    try:
        page = MeetingsPage(chair)
        qtbot.addWidget(page)
        page.show()
        assert page.members.item(0, 1).text() == "CY[Police]"
    finally:
        app.removeTranslator(marked)


def test_retention_queue_status_goes_through_translation(qtbot, tmp_path: Path) -> None:
    from securedesk.core.retention.service import RetentionService
    from securedesk.gui.retention_page import RetentionPage

    from ..core.retention_fixtures import fill_case, make_retention_vault, sign_in

    folder = tmp_path / "vault"
    make_retention_vault(folder)
    made = fill_case(folder, tmp_path)
    s = sign_in(folder, "oscar")
    RetentionService(s).propose(made.ref, "Recorded in error")  # in the queue now
    s.lock()
    s = sign_in(folder, "ada")
    app = QApplication.instance()
    marked = _Marked({"labels"})
    app.installTranslator(marked)
    try:
        page = RetentionPage(s)
        qtbot.addWidget(page)
        row = next(
            r for r in range(page.queue.rowCount()) if page.queue.item(r, 0).text() == made.ref
        )
        assert page.queue.item(row, 1).text() == "CY[closed]"  # not the stored word
    finally:
        app.removeTranslator(marked)
        s.lock()
