"""The add-member dialog chooses the language of the member's pack copies (issue 13)."""

from __future__ import annotations

from datetime import date, timedelta

from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.session import Session
from securedesk.gui.meeting_dialogs import AddMemberDialog
from securedesk.gui.meetings_page import MeetingsPage

from .test_admin_audit_pages import _unnamed_controls


def test_a_member_added_in_the_window_gets_the_chosen_pack_language(qtbot, chair: Session) -> None:
    meeting = chair.meetings.add_meeting("May panel", date.today() + timedelta(days=7))
    page = MeetingsPage(chair)
    qtbot.addWidget(page)
    page.show()
    page._refresh_to(meeting.id)
    for name, index in (("Siân Wyn", 1), ("Elin Ddwyieithog", 2), ("Bob Housing", 0)):
        page.member_button.click()
        dialog = page.active_dialog
        assert isinstance(dialog, AddMemberDialog)
        assert not _unnamed_controls(dialog)
        assert dialog.pack_language.currentData() is PackLanguage.ENGLISH  # the default
        dialog.name.setText(name)
        dialog.agency.setText("Police")
        dialog.pack_language.setCurrentIndex(index)
        dialog.accept()
        assert page.active_dialog is None, dialog.error.text()
    languages = {m.name: m.language for m in chair.meetings.members(meeting.id)}
    assert languages == {
        "Siân Wyn": PackLanguage.WELSH,
        "Elin Ddwyieithog": PackLanguage.BILINGUAL,
        "Bob Housing": PackLanguage.ENGLISH,
    }
