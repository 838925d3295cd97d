"""The person view driven as an officer would (issue 11): double-click a subject's name in
a case, read the links and cases, merge a duplicate record with Merge…, and find a person
from the People menu; refusals stay in the dialog with nothing written."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from securedesk.core.domain import Identifier, Person, PersonLink
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow
from securedesk.gui.person_view import MergeDialog, PersonSearchDialog, PersonView

from ..vault_rows import content_digest

DOB = date(2009, 3, 14)


def _cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def _visible(qtbot, parent, kind):  # type: ignore[no-untyped-def]
    found: list[object] = []

    def shown() -> None:
        found[:] = [d for d in parent.findChildren(kind) if d.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def test_subject_double_click_links_cases_and_merge(qtbot, officer: Session) -> None:
    rhys = Person("Rhys", "Howells", DOB, identifiers=[Identifier("UPN", "H100")])
    twin = Person("Rhŷs", "Howels", DOB, aliases=["Rhys H"])
    mother = Person("Mair", "Howells", date(1980, 1, 1))
    ref = officer.cases.add_case(
        [rhys], referral_source="Police", referral_date=date(2026, 1, 5)
    ).ref
    other_ref = officer.cases.add_case(
        [twin], referral_source="Health", referral_date=date(2026, 2, 5)
    ).ref
    officer.store.add_person(mother, "2026-01-05T00:00:00+00:00")
    officer.store.add_person_link(PersonLink(rhys.id, mother.id, "mother"))
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    case = window.open_case(ref)
    assert case is not None
    name = next(w for w in case.findChildren(QLabel) if w.objectName() == "subjectName")
    qtbot.waitUntil(name.isVisible)
    qtbot.mouseDClick(name, Qt.MouseButton.LeftButton)
    view = _visible(qtbot, case, PersonView)
    assert view.header.text() == "Rhys Howells"
    assert "UPN: H100" in view.details.text()
    assert _cells(view.links) == [["mother of this person", "1980-01-01", "Mair Howells"]]
    assert [row[0] for row in _cells(view.cases)] == [ref]

    # Merge…: a refusal stays in the dialog, nothing written; then the merge itself.
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    dialog = _visible(qtbot, view, MergeDialog)
    before = content_digest(officer.vault.conn)
    qtbot.keyClicks(dialog.other, twin.id[:8])
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "reason for the merge" in dialog.error.text().lower()
    assert content_digest(officer.vault.conn) == before
    qtbot.keyClicks(dialog.reason, "Same boy, name mistyped by the referrer")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: view.cases.rowCount() == 2)
    assert [row[0] for row in _cells(view.cases)] == [ref, other_ref]
    assert "was merged into this one" in view.merge_note.text()
    assert "Rhŷs Howels" in view.details.text()
    assert officer.people.store.merged_into(twin.id) == rhys.id

    # Following a link opens the linked person's own view.
    view.links.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(
        lambda: any(
            v.isVisible() and v.header.text() == "Mair Howells"
            for v in window.findChildren(PersonView)
        )
    )


def test_find_a_person_from_the_menu(qtbot, officer: Session) -> None:
    p = Person("Gwenllian", "Prydderch", DOB)
    officer.cases.add_case([p], referral_source="Police", referral_date=date(2026, 1, 5))
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    action = next(
        a
        for a in window.findChildren(type(window.lock_action))
        if a.objectName() == "findPersonAction"
    )
    action.trigger()
    search = _visible(qtbot, window, PersonSearchDialog)
    qtbot.keyClicks(search.query, "gwenllian")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results.rowCount() == 1)
    assert _cells(search.results)[0][:2] == ["Gwenllian Prydderch", "2009-03-14"]
    search.results.cellDoubleClicked.emit(0, 0)
    view = _visible(qtbot, window, PersonView)
    assert view.header.text() == "Gwenllian Prydderch"
    qtbot.keyClicks(search.query, "!")
    search.query.setText("!")
    search.search()
    assert "at least 2" in search.error.text()
