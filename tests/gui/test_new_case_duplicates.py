"""The new-case dialog offers likely duplicates before it records a person (issue 11): the
officer chooses a person held (no new record) or a new record; nothing is chosen for them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.new_case_dialog import NewCaseDialog

from ..vault_rows import content_digest


def _people(s: Session) -> int:
    return int(s.vault.conn.execute("SELECT count(*) FROM people").fetchone()[0])


def _dialog(qtbot, officer: Session, given: str, family: str) -> NewCaseDialog:  # type: ignore[no-untyped-def]
    dialog = NewCaseDialog(officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.given, given)
    qtbot.keyClicks(dialog.family, family)
    dialog.dob.setDate(QDate(2008, 4, 2))
    dialog.source.setCurrentText("Police")
    return dialog


def test_a_likely_duplicate_is_offered_and_the_officer_chooses(qtbot, officer: Session) -> None:
    held = Person("Rhys", "Howells", date(2008, 4, 2))
    officer.cases.add_case([held], referral_source="Police", referral_date=date(2026, 1, 5))
    dialog = _dialog(qtbot, officer, "R", "howells")
    dialog.given.setText("RHŶS")  # QTest types ASCII only; the name folds to the held one
    before = content_digest(officer.vault.conn)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.duplicates.isVisible)
    items = [dialog.duplicates.list.item(n).text() for n in range(dialog.duplicates.list.count())]
    assert items[0].startswith("Use Rhys Howells, born 2008-04-02 (WF-2026-0001")
    assert items[-1] == "Record a new person"
    assert content_digest(officer.vault.conn) == before and dialog.case is None
    # OK again without a choice: asked to choose, still nothing written.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert "Choose a person from the list" in dialog.error.text()
    assert content_digest(officer.vault.conn) == before
    dialog.duplicates.list.setCurrentRow(0)
    people = _people(officer)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.case is not None)
    assert dialog.case is not None and dialog.case.subject_ids == [held.id]
    assert _people(officer) == people  # no new person record


def test_record_a_new_person_anyway(qtbot, officer: Session) -> None:
    officer.cases.add_case(
        [Person("Rhys", "Howells", date(2008, 4, 2))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    )
    dialog = _dialog(qtbot, officer, "Rhys", "Howells")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.duplicates.isVisible)
    dialog.duplicates.list.setCurrentRow(dialog.duplicates.list.count() - 1)
    people = _people(officer)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.case is not None)
    assert _people(officer) == people + 1


def test_no_likely_duplicate_records_at_once(qtbot, officer: Session) -> None:
    dialog = _dialog(qtbot, officer, "Nia", "Rowlands")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.case is not None)
    assert not dialog.duplicates.isVisible()
