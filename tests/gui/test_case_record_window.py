"""The case record in the window (issue 11), driven as a person would: Edit… raises the marking
(refused without a reason, the dialog staying open with the core's words and nothing
written), Consent… records consent and the overview shows its history, Assign… refuses an
officer not cleared for the case and then gives it to one who is."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QPushButton

from securedesk.core.clock import FixedClock
from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.case_record_dialogs import AssignDialog, ConsentDialog, EditRecordDialog
from securedesk.gui.main_window import MainWindow

from ..conftest import OFFICER_PASS
from ..vault_rows import content_digest
from .window_driving import modal, ok

TODAY = date(2026, 6, 1)


def test_edit_consent_and_assign_from_the_case_view(qtbot, vault) -> None:  # type: ignore[no-untyped-def]
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)  # an officer and chair, SECRET
    oscar.clock = FixedClock("2026-06-01T09:00:00.000000+00:00", TODAY)
    ref = oscar.cases.add_case(
        [Person("Aisha", "Khan", date(2010, 1, 2))],
        referral_source="Police",
        referral_date=date(2026, 5, 1),
    ).ref
    window = MainWindow(oscar)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(ref)
    assert view is not None
    buttons = {b.objectName(): b for b in view.findChildren(QPushButton)}

    # Edit…: SECRET without a reason is refused in the dialog; nothing is written.
    before = content_digest(oscar.vault.conn)
    seen: dict[str, str] = {}

    def raise_marking(d: QDialog) -> None:
        assert isinstance(d, EditRecordDialog)
        d.marking.setCurrentText("SECRET")
        ok(qtbot, d)
        seen["refused"] = d.error.text()
        assert d.isVisible()
        qtbot.keyClicks(d.reason, "Named in a SECRET police report.")
        ok(qtbot, d)

    modal(qtbot, buttons["editRecordButton"], EditRecordDialog, raise_marking)
    assert seen["refused"].startswith(f"A reason is required to change the marking of case {ref}")
    qtbot.waitUntil(lambda: "Marking: SECRET" in view.facts.text())
    assert before != content_digest(oscar.vault.conn)

    # Consent…: given, with a note; the overview shows the history.
    def give_consent(d: QDialog) -> None:
        assert isinstance(d, ConsentDialog)
        d.status.setCurrentIndex(d.status.findText("parental consent given"))
        qtbot.keyClicks(d.note, "Mother signed the form.")
        ok(qtbot, d)

    modal(qtbot, buttons["consentButton"], ConsentDialog, give_consent)
    qtbot.waitUntil(lambda: "Consent history:" in view.overview.text())
    text = view.overview.text()
    assert "  not sought, date not recorded; as opened" in text
    assert "  parental consent given, 2026-06-01; recorded by oscar on 2026-06-01" in text
    assert "Mother signed the form." in text

    # Assign…: olivia (OFFICIAL-SENSITIVE) may not own a SECRET case; the dialog says so.
    before = content_digest(oscar.vault.conn)

    def assign_refused(d: QDialog) -> None:
        assert isinstance(d, AssignDialog)
        assert d.owner.findText("olivia") == -1  # not offered: not cleared
        qtbot.keyClicks(d.owner, "olivia")
        ok(qtbot, d)
        seen["assign"] = d.error.text()
        d.reject()

    modal(qtbot, buttons["assignButton"], AssignDialog, assign_refused)
    assert seen["assign"].startswith(
        "User 'olivia' is cleared to OFFICIAL-SENSITIVE and cannot own material marked SECRET"
    )
    assert content_digest(oscar.vault.conn) == before

    # The marking back down (with its reason); now olivia is offered and takes the case.
    def lower_marking(d: QDialog) -> None:
        assert isinstance(d, EditRecordDialog)
        d.marking.setCurrentText("OFFICIAL-SENSITIVE")
        qtbot.keyClicks(d.reason, "The report was re-graded.")
        ok(qtbot, d)

    modal(qtbot, buttons["editRecordButton"], EditRecordDialog, lower_marking)
    qtbot.waitUntil(lambda: "Marking: OFFICIAL-SENSITIVE" in view.facts.text())

    def assign(d: QDialog) -> None:
        assert isinstance(d, AssignDialog)
        d.owner.setCurrentIndex(d.owner.findText("olivia"))
        ok(qtbot, d)

    modal(qtbot, buttons["assignButton"], AssignDialog, assign)
    # The case has left oscar's caseload: the view says so and shows nothing more of it.
    qtbot.waitUntil(lambda: "now owned by olivia" in view.status_error.text())
    assert view.status_error.text() == (
        f"Case {ref} is now owned by olivia and has left your caseload. Close it, or open it "
        "again with a justification."
    )
    assert not view.tabs.isEnabled()
    rows = oscar.vault.conn.execute(
        "SELECT field, old_value, new_value, note FROM case_record_history h "
        "JOIN cases c ON c.id = h.case_id WHERE c.ref = ? ORDER BY h.recorded_at, h.field",
        (ref,),
    ).fetchall()
    assert sorted(r[0] for r in rows) == ["consent", "marking", "marking", "owner"]
    assert ("marking", "OFFICIAL-SENSITIVE", "SECRET", "Named in a SECRET police report.") in rows
    assert ("owner", "oscar", "olivia", "") in rows
