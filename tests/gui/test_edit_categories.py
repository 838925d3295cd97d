"""A case's gender and type of concern can be changed in the window after it is opened
(they could be set only in the new-case form, or from the command)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QPushButton

from securedesk.core.clock import FixedClock
from securedesk.core.domain import Person
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.gui.case_record_dialogs import EditRecordDialog
from securedesk.gui.main_window import MainWindow

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .window_driving import modal, ok


def test_the_edit_dialog_records_and_clears_the_categories(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)
    oscar.clock = FixedClock("2026-06-01T09:00:00.000000+00:00", date(2026, 6, 1))
    case = oscar.cases.add_case(
        [Person("Aisha", "Khan", date(2010, 1, 2))],
        referral_source="Police",
        referral_date=date(2026, 5, 1),
    )
    reports = ReportService(oscar)
    window = MainWindow(oscar)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(case.ref)
    assert view is not None
    button = next(b for b in view.findChildren(QPushButton) if b.objectName() == "editRecordButton")

    def choose(d) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(d, EditRecordDialog)
        assert d.gender.currentData() is None  # "Not recorded": nothing is guessed
        d.gender.setCurrentIndex(d.gender.findData("female"))
        d.concern.setCurrentIndex(d.concern.findData("incel"))
        ok(qtbot, d)

    modal(qtbot, button, EditRecordDialog, choose)
    got = reports.read_categories(case.id)
    assert (got.gender, got.concern_type) == ("female", "incel")

    # A refused marking change writes nothing, the categories included.
    before = content_digest(oscar.vault.conn)

    def refused(d) -> None:  # type: ignore[no-untyped-def]
        assert d.gender.currentData() == "female"  # the dialog starts from what is held
        d.gender.setCurrentIndex(0)
        d.marking.setCurrentText("SECRET")  # and no reason given
        ok(qtbot, d)
        assert "A reason is required" in d.error.text()
        assert content_digest(oscar.vault.conn) == before
        d.marking.setCurrentText(case.marking.value)
        ok(qtbot, d)  # now only the gender: cleared to "not recorded"

    modal(qtbot, button, EditRecordDialog, refused)
    got = reports.read_categories(case.id)
    assert (got.gender, got.concern_type) == (None, "incel")
    oscar.lock()
