"""The minutes dialog's History… (issue 11): the chair reads the text an amendment replaced;
an officer without the role is told why not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.meeting_dialogs import MinutesDialog
from securedesk.gui.minutes_history_view import MinutesHistoryDialog

from ..conftest import OFFICER_PASS


def test_history_shows_replaced_text_to_the_chair_only(qtbot, vault: Path) -> None:
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as chair:
        ref = chair.cases.add_case(
            [Person("Carys", "Hughes")], referral_source="Police", referral_date=date(2026, 1, 5)
        ).ref
        meeting = chair.meetings.add_meeting("March panel", date(2026, 3, 4))
        chair.meetings.set_agenda(meeting.id, [ref])
        chair.meetings.record_minutes(meeting.id, ref, discussion="First words", decision="Adopt")
        chair.meetings.record_minutes(meeting.id, ref, discussion="Second words")
        opened: list[bool] = []
        minutes = MinutesDialog(
            ref, ("", "", "", ""), lambda d: None, None, lambda: opened.append(True)
        )
        qtbot.addWidget(minutes)
        minutes.history_button.click()
        assert opened == [True]
        dialog = MinutesHistoryDialog(chair.meetings, meeting.id, ref)
        qtbot.addWidget(dialog)
        text = dialog.text.toPlainText()
        assert "Second words" in text and "First words" in text and "Adopt" in text
        assert "changed discussion" in text
        assert dialog.error.text() == ""
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as officer:
        dialog = MinutesHistoryDialog(officer.meetings, meeting.id, ref)
        qtbot.addWidget(dialog)
        assert dialog.text.toPlainText() == ""
        assert "manage meetings or audit" in dialog.error.text()
