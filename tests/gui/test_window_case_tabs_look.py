"""A case's tabs as a new user meets them: long text wraps at words with rows as tall as
their text; Information's buttons wait for a chosen row; the wheel over a score box scrolls
the form and leaves the score alone; after unlocking, the open case is open again."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.main_window import MainWindow

from ..conftest import OFFICER_PASS

LONG = (
    "The school's designated safeguarding lead reported a conversation overheard in the "
    "library about travelling abroad to join a group, and asked for advice about next steps "
    "with the family and the police prevent officer before the half-term holiday begins."
)


def _case(session: Session, items: int = 0) -> str:
    ref = session.cases.add_case(
        [Person("Rhian", "Pugh")],
        referral_source="School",
        referral_date=session.clock.today() - timedelta(days=10),
    ).ref
    for n in range(items):
        session.cases.add_item(
            ref,
            item_date=session.clock.today() - timedelta(days=n),
            agency="Education",
            source_grade="B",
            information_grade="2",
            text=f"{n} {LONG}",
        )
    return ref


def _view(qtbot, session: Session, ref: str) -> CaseViewWidget:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.resize(1100, 760)
    view = window.open_case(ref)
    assert view is not None
    return view


def test_long_text_wraps_and_rows_fit_it(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    view = _view(qtbot, session, _case(session, items=3))
    view.tabs.setCurrentIndex(2)  # Information
    table = view.items
    qtbot.waitUntil(lambda: table.isVisible())
    metrics = table.fontMetrics()
    width = table.columnWidth(table.columnCount() - 1)
    for row in range(table.rowCount()):
        text = table.item(row, table.columnCount() - 1).text()
        needed = metrics.boundingRect(0, 0, width - 8, 10_000, Qt.TextFlag.TextWordWrap, text)
        # Tall enough for the wrapped text, and no large gap below it.
        assert needed.height() <= table.rowHeight(row) <= needed.height() + 3 * metrics.height()
    # The last row ends inside the viewport or the table scrolls to it: never clipped away.
    last = table.rowCount() - 1
    assert table.rowViewportPosition(last) + table.rowHeight(last) <= (
        table.viewport().height() + table.verticalScrollBar().maximum()
    )
    view.window().close()


def test_information_buttons_wait_for_a_chosen_row(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    empty = _view(qtbot, session, _case(session))
    assert empty.items.rowCount() == 0
    assert not any(b.isEnabled() for b in empty.item_buttons)
    assert not any(b.isEnabled() for b in empty.attachment_buttons)
    empty.window().close()
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    full = _view(qtbot, session, _case(session, items=2))
    assert not any(b.isEnabled() for b in full.item_buttons)
    full.items.selectRow(1)
    assert all(b.isEnabled() for b in full.item_buttons)
    full.window().close()


def test_mouse_wheel_over_a_score_box_leaves_the_score(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    view = _view(qtbot, session, _case(session))
    view.tabs.setCurrentWidget(view.assessment_tab)
    spin, _evidence = next(iter(view.scores.values()))
    qtbot.waitUntil(spin.isVisible)
    before = spin.value()

    def wheel() -> None:
        centre = QPointF(spin.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(spin.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
            QPoint(0, 0),
            QPoint(0, -120),  # towards the user: a spin box steps down... and up on +120
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(spin, event)

    spin.setValue(before)
    view.setFocus()
    assert not spin.hasFocus()
    for _ in range(3):
        wheel()
    assert spin.value() == before  # the page scrolled; the score did not change
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    view.window().close()


def test_unlocking_opens_the_case_again(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    ref = _case(session, items=1)
    view = _view(qtbot, session, ref)
    window = view.window()
    assert isinstance(window, MainWindow)
    window.lock_now()
    assert window.case_tabs.count() == 0
    lock_screen = window.lock_screen
    assert lock_screen is not None
    lock_screen.passphrase.setText(OFFICER_PASS)
    lock_screen._submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert window.case_tabs.count() == 1
    again = window.case_tabs.currentWidget()
    assert isinstance(again, CaseViewWidget) and again.ref == ref
    assert window.workspace.currentWidget() is window.case_tabs
    window.close()
