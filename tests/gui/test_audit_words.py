"""The audit chain's actions and object types in the window's language (issue 13): every
action the chain can record has a wording, a Welsh window shows them in Welsh on the Audit
page and in a case's access log, and the filters still find events by the words stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from securedesk.app import install_translator, remove_translator
from securedesk.core.access import Permission, Role
from securedesk.core.audit.audit_actions import ActionTemplate, AuditAction, compose
from securedesk.core.domain import Person
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.session import Session
from securedesk.gui import audit_words
from securedesk.gui.audit_page import AuditPage
from securedesk.gui.audit_words import (
    ACTIONS,
    CODES,
    OBJECT_TYPES,
    TEMPLATES,
    action_words,
    object_type_words,
)
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.secure_clipboard import SecureClipboard
from securedesk.transfer.records import RECORD_TYPES

from ..conftest import ADMIN_PASS, OFFICER_PASS

WAIT_MS = 10_000


@pytest.fixture
def welsh(qtbot) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "cy")
    assert translator is not None
    try:
        yield
    finally:
        remove_translator(app, translator)


def test_every_action_and_template_has_a_wording() -> None:
    # A new AuditAction or ActionTemplate without a line in gui/audit_words.py fails here.
    assert sorted({a.value for a in AuditAction} - ACTIONS) == []
    assert sorted(ACTIONS - {a.value for a in AuditAction}) == []  # nothing left over
    assert {t.value for t in ActionTemplate} == TEMPLATES
    # The codes a template names that are words: every permission and copy status.
    assert {p.value for p in Permission} <= CODES
    assert {s.value for s in CopyStatus} <= CODES
    assert {"case", "meeting", "bundle", "user", "vault", "terminal"} <= OBJECT_TYPES
    assert set(RECORD_TYPES) <= OBJECT_TYPES  # a settled import conflict names its record
    # Marked where the extractor reads them: each exactly as stored, in its context.
    text = Path(audit_words.__file__).read_text("utf-8")
    for value in sorted(ACTIONS | TEMPLATES):
        assert f'QT_TRANSLATE_NOOP("AuditActions", "{value}")' in text


def test_an_english_window_shows_exactly_what_is_stored() -> None:
    for action in AuditAction:
        assert action_words(action.value) == action.value
    refused = compose(ActionTemplate.REFUSED_NEEDS_PERMISSION, permission="view cases or audit")
    assert action_words(refused) == refused
    assert object_type_words("case") == "case"


def test_welsh_words_every_action_and_its_codes(welsh: None) -> None:
    english = [a.value for a in AuditAction if action_words(a.value) == a.value]
    assert english == []
    assert action_words(AuditAction.SIGNED_IN) == "wedi mewngofnodi"
    assert action_words(AuditAction.CASE_VIEWED) == "achos wedi'i weld"
    assert action_words(AuditAction.REFUSED_CASE_ASSIGNMENT) == "gwrthodwyd: pennu achos"
    # A composed action: the template's words, its code worded when it is a known word.
    needs = compose(ActionTemplate.REFUSED_NEEDS_PERMISSION, permission="view cases or audit")
    assert action_words(needs) == "gwrthodwyd: angen gweld achosion neu archwilio"
    copy = compose(ActionTemplate.MEETING_PACK_COPY_STATUS, status=CopyStatus.RETURNED.value)
    assert action_words(copy) == "copi o becyn cyfarfod wedi'i ddychwelyd"
    imported = compose(ActionTemplate.CASE_FROM_BUNDLE, outcome="update")
    assert action_words(imported) == "achos o fwndel: wedi'i ddiweddaru"
    purpose = compose(ActionTemplate.REFUSED_ABOVE_CLEARANCE_FOR, purpose="agenda")
    assert action_words(purpose) == "gwrthodwyd: achos uwchlaw'r cliriad (agenda)"
    # A refusal reason is a code, shown as stored inside the Welsh words.
    caveat = compose(ActionTemplate.BUNDLE_EXPORT_REFUSED, reason="caveat-unknown")
    assert action_words(caveat) == "allforio bwndel wedi'i wrthod: caveat-unknown"
    # Every template reads Welsh around any code.
    for template in ActionTemplate:
        fields = dict.fromkeys(audit_words._FIELD.findall(template.value), "x-code")
        shown = action_words(compose(template, **fields))
        assert shown != compose(template, **fields) and "x-code" in shown
    # An action from a later version, or an unknown code, is shown as stored.
    assert action_words("case teleported") == "case teleported"
    assert object_type_words("hologram") == "hologram"
    assert object_type_words("user") == "defnyddiwr"
    assert object_type_words("backup recipient") == "derbynnydd copi wrth gefn"


def _column(page: AuditPage, col: int) -> list[str]:
    return [page.model.index(r, col).data() for r in range(page.model.rowCount())]


def _shown(qtbot, page: AuditPage) -> None:
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)


def test_welsh_audit_page_shows_welsh_and_filters_by_stored_or_shown_words(
    qtbot, vault: Path, welsh: None
) -> None:
    officer = Session.sign_in(vault, "olivia", OFFICER_PASS)
    with pytest.raises(Exception, match="administer"):
        officer.users.list_users()  # recorded as "refused: needs administer"
    officer.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        page = AuditPage(admin)
        qtbot.addWidget(page)
        page.show()
        _shown(qtbot, page)
        stored = [e.action for e in page.model.events]
        actions, objects = _column(page, 4), _column(page, 5)
        assert page.model.headerData(4, Qt.Orientation.Horizontal) == "Gweithred"
        signed_in = stored.index("signed in")
        assert actions[signed_in] == "wedi mewngofnodi"
        tip = page.model.index(signed_in, 4).data(Qt.ItemDataRole.ToolTipRole)
        assert tip == "Wedi'i gofnodi fel: signed in"
        refused = stored.index("refused: needs administer")
        assert actions[refused] == "gwrthodwyd: angen gweinyddu"
        # Its object is the permission it lacked, worded too.
        assert (objects[refused], _column(page, 6)[refused]) == ("caniatâd", "gweinyddu")
        added = stored.index("user added")
        assert actions[added] == "defnyddiwr wedi'i ychwanegu"
        assert objects[added] == "defnyddiwr"
        assert not {"signed in", "user added", "user"} & set(actions + objects)

        # The stored English still finds its events (translation is for display only).
        qtbot.keyClicks(page.action, "user added")
        page.reload()
        _shown(qtbot, page)
        assert {e.action for e in page.model.events} == {"user added"}
        assert set(_column(page, 4)) == {"defnyddiwr wedi'i ychwanegu"}

        # So do the words the window shows: "mewngofnodi" finds "signed in".
        page.action.setText("MEWNGOFNODI")
        page.reload()
        _shown(qtbot, page)
        found = {e.action for e in page.model.events}
        assert "signed in" in found
        assert all("mewngofnodi" in action_words(a) for a in found)
        # And a composed action by its code's words: "angen gweinyddu".
        page.action.setText("angen gweinyddu")
        page.reload()
        _shown(qtbot, page)
        assert [e.action for e in page.model.events] == ["refused: needs administer"]
        # Text in neither language finds nothing.
        page.action.setText("teleported")
        page.reload()
        _shown(qtbot, page)
        assert page.model.events == []
    finally:
        admin.lock()


def test_welsh_case_access_log(qtbot, vault: Path, welsh: None) -> None:
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        admin.users.set_roles("admin", list(Role))
        ref = admin.cases.add_case(
            [Person("Aled", "Morgan", date(2010, 1, 1))],
            referral_source="Police",
            referral_date=date(2026, 1, 5),
        ).ref
        widget = CaseViewWidget(admin, admin.cases.open_case(ref), SecureClipboard())
        qtbot.addWidget(widget)
        log = widget.access_log
        rows = [
            [log.item(r, c).text() for c in range(log.columnCount())] for r in range(log.rowCount())
        ]
        shown = {row[2] for row in rows}
        assert "achos wedi'i weld" in shown
        assert not {a.value for a in AuditAction} & shown
        assert {row[3] for row in rows} == {"Llwyddiant"}
    finally:
        admin.lock()
