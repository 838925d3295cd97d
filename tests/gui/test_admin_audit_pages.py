"""Administration, audit and meetings pages driven through real widgets (pytest-qt,
offscreen): users added, reset and disabled, policy stored, the audit log filtered and its
chain verified, before and after tampering, and every control named for screen readers."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from securedesk.core.access import Role
from securedesk.core.audit.chain import now_utc
from securedesk.core.domain import Meeting, MeetingMember, Person
from securedesk.core.errors import UserDisabled
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.gui.admin_page import AdminPage
from securedesk.gui.admin_user_dialogs import (
    AddUserDialog,
    ClearanceDialog,
    OneTimePassphraseDialog,
    RolesDialog,
)
from securedesk.gui.audit_page import AuditPage
from securedesk.gui.form_dialog import ConfirmDialog
from securedesk.gui.meetings_page import MeetingsPage

from ..conftest import ADMIN_PASS, OFFICER_PASS

NEW_USER_PASS = "copper meadow violin ninety"
WAIT_MS = 10_000


# -- helpers ---------------------------------------------------------------------------


def _unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls without an accessible name. The parts Qt builds inside a
    composite control (a table's headers, a combo's popup list, a spin box's editor) are
    announced through that control, so only the outermost control is checked."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
    missing = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, kinds):
            continue
        inside_composite = False
        parent = w.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QAbstractItemView):
                inside_composite = True
                break
            parent = parent.parentWidget()
        if inside_composite:
            continue
        if not w.accessibleName().strip():
            text = w.text() if isinstance(w, QAbstractButton | QLineEdit) else ""
            missing.append(f"{type(w).__name__}:{w.objectName()}:{text}")
    return missing


def _admin_page(qtbot, session: Session) -> AdminPage:
    page = AdminPage(session)
    qtbot.addWidget(page)
    page.show()
    return page


def _open_dialog(qtbot, page: AdminPage, button: QAbstractButton, kind: type[QDialog]):
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, kind)
    return dialog


def _table_names(page: AdminPage) -> list[str]:
    return [page.users_table.item(r, 0).text() for r in range(page.users_table.rowCount())]


def _dialog_text(dialog: QDialog) -> str:
    return " ".join(label.text() for label in dialog.findChildren(QLabel))


def _users(session: Session) -> dict[str, object]:
    return {u.name: u for u in session.store.list_users()}


def _audit_page(qtbot, session: Session, **kwargs) -> AuditPage:
    page = AuditPage(session, **kwargs)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    return page


def _shown_users(page: AuditPage) -> set[str]:
    return {e.user for e in page.model.events}


# -- administration --------------------------------------------------------------------


def test_add_user_through_the_dialog(qtbot, admin: Session) -> None:
    page = _admin_page(qtbot, admin)
    assert _table_names(page) == ["admin", "olivia", "oscar"]
    dialog = _open_dialog(qtbot, page, page.add_button, AddUserDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("nadia")
    dialog.display_name.setText("Nadia Rahman")
    dialog.roles.boxes[Role.OFFICER].setChecked(True)
    dialog.roles.boxes[Role.CHAIR].setChecked(True)
    dialog.clearance.setCurrentIndex(dialog.clearance.findData(Marking.SECRET.value))
    dialog.passphrase.setText(NEW_USER_PASS)
    dialog.passphrase_again.setText(NEW_USER_PASS + "x")
    assert not dialog.ok_button.isEnabled()
    assert "differ" in dialog.mismatch.text()
    dialog.passphrase_again.setText(NEW_USER_PASS)
    assert dialog.ok_button.isEnabled()

    with qtbot.waitSignal(page.users_changed, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        # The key derivation runs off the UI thread; the page waits, disabled.
        assert page.busy and not page.add_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)

    nadia = admin.store.get_user("nadia")
    assert nadia.display_name == "Nadia Rahman"
    assert nadia.roles == frozenset({Role.OFFICER, Role.CHAIR})
    assert nadia.clearance is Marking.SECRET
    assert nadia.must_change_passphrase and not nadia.disabled
    assert "nadia" in _table_names(page)
    assert "nadia" in page.notice.text()
    assert page.selected_user() is not None and page.selected_user().name == "nadia"
    assert page.active_dialog is None and page.add_button.isEnabled()
    # The one-time passphrase opens the vault, and must then be changed.
    admin.lock()
    s = Session.sign_in(admin.vault.folder, "nadia", NEW_USER_PASS)
    assert s.user.must_change_passphrase
    s.lock()


def test_add_user_refused_by_the_core_keeps_the_dialog_and_saves_nothing(
    qtbot, admin: Session
) -> None:
    page = _admin_page(qtbot, admin)
    before = set(_users(admin))
    dialog = _open_dialog(qtbot, page, page.add_button, AddUserDialog)
    dialog.name.setText("bad name!")
    dialog.roles.boxes[Role.OFFICER].setChecked(True)
    dialog.passphrase.setText("short")
    dialog.passphrase_again.setText("short")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "user name" in dialog.error.text()
    assert "Traceback" not in dialog.error.text()
    assert dialog.isVisible() and dialog.name.text() == "bad name!"
    dialog.name.setText("nadia")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)
    assert "at least 12 characters" in dialog.error.text()
    assert set(_users(admin)) == before
    dialog.reject()
    assert page.active_dialog is None


def test_reset_shows_a_one_time_passphrase_that_signs_in(qtbot, admin: Session) -> None:
    page = _admin_page(qtbot, admin)
    assert page.select_user("olivia")
    confirm = _open_dialog(qtbot, page, page.reset_button, ConfirmDialog)
    assert "olivia" in _dialog_text(confirm)
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS) as shown:
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    shown_dialog = shown.args[0]
    assert isinstance(shown_dialog, OneTimePassphraseDialog)
    one_time = shown_dialog.passphrase.text()
    assert len(one_time) >= 12
    assert shown_dialog.passphrase.isReadOnly()
    assert not _unnamed_controls(shown_dialog)
    shown_dialog.reject()
    assert shown_dialog.passphrase.text() == ""  # not left on screen after closing
    assert admin.store.get_user("olivia").must_change_passphrase
    assert page.active_dialog is None

    admin.lock()
    s = Session.sign_in(admin.vault.folder, "olivia", one_time)
    assert s.user.must_change_passphrase
    s.lock()


def test_disable_rotates_the_key_and_refuses_sign_in(qtbot, admin: Session) -> None:
    vault: Path = admin.vault.folder
    slots_before = (vault / "keyslots.json").read_bytes()
    page = _admin_page(qtbot, admin)
    assert page.select_user("oscar")
    confirm = _open_dialog(qtbot, page, page.disable_button, ConfirmDialog)
    # The question explains what disabling does before anything happens.
    question = _dialog_text(confirm)
    assert "key slot is removed" in question and "rotated" in question
    assert not admin.store.get_user("oscar").disabled
    with qtbot.waitSignal(page.users_changed, timeout=WAIT_MS):
        qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.busy, timeout=WAIT_MS)

    assert admin.store.get_user("oscar").disabled
    assert "rotated" in page.notice.text()
    page.select_user("oscar")
    assert not page.disable_button.isEnabled() and not page.reset_button.isEnabled()
    actions = [e.action for e in admin.audit.events()]
    assert actions[-2:] == ["user disabled", "database key rotated"]
    assert (vault / "keyslots.json").read_bytes() != slots_before
    admin.lock()
    with pytest.raises(UserDisabled):
        Session.sign_in(vault, "oscar", OFFICER_PASS)
    Session.sign_in(vault, "olivia", OFFICER_PASS).lock()  # everyone else still gets in


def test_disabling_yourself_is_refused_in_the_dialog(qtbot, admin: Session) -> None:
    page = _admin_page(qtbot, admin)
    page.select_user("admin")
    confirm = _open_dialog(qtbot, page, page.disable_button, ConfirmDialog)
    qtbot.mouseClick(confirm.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(confirm.error.text()), timeout=WAIT_MS)
    assert "cannot disable yourself" in confirm.error.text()
    assert not admin.store.get_user("admin").disabled
    confirm.reject()


def test_roles_and_clearance_dialogs(qtbot, admin: Session) -> None:
    page = _admin_page(qtbot, admin)
    page.select_user("olivia")
    dialog = _open_dialog(qtbot, page, page.roles_button, RolesDialog)
    assert dialog.roles.roles() == [Role.OFFICER]
    dialog.roles.set_roles([])
    assert not dialog.ok_button.isEnabled()  # a user needs at least one role
    dialog.roles.set_roles([Role.OFFICER, Role.TRANSFER])
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert admin.store.get_user("olivia").roles == frozenset({Role.OFFICER, Role.TRANSFER})
    assert page.active_dialog is None

    page.select_user("olivia")
    dialog = _open_dialog(qtbot, page, page.clearance_button, ClearanceDialog)
    dialog.clearance.setCurrentIndex(dialog.clearance.findData(Marking.SECRET.value))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert admin.store.get_user("olivia").clearance is Marking.SECRET
    row = [
        page.users_table.item(r, 3).text()
        for r in range(page.users_table.rowCount())
        if page.users_table.item(r, 0).text() == "olivia"
    ]
    assert row == ["SECRET"]


def test_policy_change_is_stored(qtbot, admin: Session) -> None:
    page = _admin_page(qtbot, admin)
    assert page.idle_minutes.value() == 5
    assert (page.idle_minutes.minimum(), page.idle_minutes.maximum()) == (1, 240)
    page.idle_minutes.setValue(15)
    page.ceiling.setCurrentIndex(page.ceiling.findData(Marking.OFFICIAL_SENSITIVE.value))
    page.attachment_limit.setValue(20)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert page.policy_error.text() == ""
    assert "saved" in page.policy_notice.text()
    policy = admin.policy()
    assert policy["idle_lock_minutes"] == "15"
    assert policy["classification_ceiling"] == "OFFICIAL-SENSITIVE"
    assert policy["attachment_limit_mb"] == "20"
    changes = [e.object_id for e in admin.audit.events() if e.action == "policy changed"]
    assert changes[-3:] == ["idle_lock_minutes", "classification_ceiling", "attachment_limit_mb"]
    # Applying again without changes records nothing more.
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert [e.action for e in admin.audit.events()].count("policy changed") == len(changes)


def test_admin_page_without_the_right_shows_a_message(qtbot, officer: Session) -> None:
    page = _admin_page(qtbot, officer)
    assert "administer" in page.error.text()
    assert page.users_table.rowCount() == 0
    page.idle_minutes.setValue(30)
    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)
    assert "administer" in page.policy_error.text()
    assert officer.policy()["idle_lock_minutes"] == "5"
    assert page.idle_minutes.value() == 5  # shows what is stored, not what was typed


# -- audit -----------------------------------------------------------------------------


def test_audit_page_lists_events_newest_first_and_filters(qtbot, admin: Session) -> None:
    page = _audit_page(qtbot, admin)
    seqs = [e.seq for e in page.model.events]
    assert seqs and seqs == sorted(seqs, reverse=True)
    assert page.model.rowCount() == len(list(admin.audit.events()))
    assert {"admin", "olivia", "oscar"} <= _shown_users(page)
    assert page.model.index(0, 0).data() == seqs[0]

    qtbot.keyClicks(page.user, "olivia")
    qtbot.waitUntil(lambda: _shown_users(page) == {"olivia"} and not page.loading, timeout=WAIT_MS)
    assert all(e.user == "olivia" for e in page.model.events)

    page.category.setCurrentIndex(page.category.findData("authentication"))
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert page.model.events
    assert all(e.category == "authentication" for e in page.model.events)

    page.user.clear()
    page.category.setCurrentIndex(0)
    qtbot.keyClicks(page.action, "USER ADDED")  # case-insensitive
    qtbot.waitUntil(
        lambda: not page.loading and {e.action for e in page.model.events} == {"user added"},
        timeout=WAIT_MS,
    )
    assert {e.object_id for e in page.model.events} == {"olivia", "oscar"}


def test_audit_outcome_filter_shows_refusals(qtbot, vault: Path) -> None:
    officer = Session.sign_in(vault, "olivia", OFFICER_PASS)
    with pytest.raises(Exception, match="administer"):
        officer.users.list_users()
    officer.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        page = _audit_page(qtbot, admin)
        page.outcome.setCurrentIndex(page.outcome.findData("refused"))
        qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
        assert [(e.user, e.outcome) for e in page.model.events] == [("olivia", "refused")]
    finally:
        admin.lock()


def test_audit_page_loads_in_pages(qtbot, admin: Session) -> None:
    total = len(list(admin.audit.events()))
    page = _audit_page(qtbot, admin, page_size=5)
    assert page.model.rowCount() == 5 and page.more
    assert page.load_more_button.isEnabled()
    newest = page.model.events[0].seq
    qtbot.mouseClick(page.load_more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    seqs = [e.seq for e in page.model.events]
    assert len(seqs) == 10 and seqs == list(range(newest, newest - 10, -1))
    while page.more:
        qtbot.mouseClick(page.load_more_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)
    assert [e.seq for e in page.model.events] == list(range(total, 0, -1))
    assert not page.load_more_button.isEnabled()


def test_verify_reports_intact_then_broken_after_tampering(qtbot, admin: Session) -> None:
    page = _audit_page(qtbot, admin)
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chain_state.text().startswith("Chain intact"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT_MS)  # reloads after verifying
    count = len(list(admin.audit.events())) - 1  # the check records itself afterwards
    assert page.chain_state.text() == f"Chain intact: {count} event(s)"
    assert "1d6b2f" in page.chain_state.styleSheet()  # green
    assert page.findChild(QWidget, "chainState") is page.chain_state
    assert page.model.events[0].action == "audit chain verified"

    conn = admin.vault.conn
    conn.execute("DROP TRIGGER audit_events_no_update")
    conn.execute("UPDATE audit_events SET action = 'nothing to see' WHERE seq = 4")
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.chain_state.text().startswith("Broken"), timeout=WAIT_MS)
    assert page.chain_state.text() == "Broken at event 4: its content does not match its hash"
    assert "a31515" in page.chain_state.styleSheet()  # red
    qtbot.waitUntil(lambda: not page.loading and page.verify_button.isEnabled(), timeout=WAIT_MS)


def test_audit_page_without_the_right_shows_a_message(qtbot, officer: Session) -> None:
    page = _audit_page(qtbot, officer)
    assert page.model.rowCount() == 0
    assert "audit" in page.error.text()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=WAIT_MS)
    assert "audit" in page.chain_state.text() and "Traceback" not in page.chain_state.text()


# -- meetings --------------------------------------------------------------------------


def _add_meeting(session: Session) -> tuple[Meeting, str]:
    case = session.cases.add_case(
        [Person("Aled", "Pritchard")],
        referral_source="Police",
        referral_date=date.today() - timedelta(days=10),
    )
    older = Meeting("March panel", date(2026, 3, 5), "Cllr Ellis", "Room 2")
    newer = Meeting(
        "April panel",
        date(2026, 4, 2),
        "Cllr Ellis",
        "Room 4",
        confidentiality_statement="Not for onward sharing.",
        next_meeting=date(2026, 5, 7),
    )
    with database.transaction(session.vault.conn):
        for m in (older, newer):
            session.store.add_meeting(m, now_utc())
        session.store.add_meeting_member(
            MeetingMember(newer.id, "Dafydd Hughes", "Police", Marking.SECRET, "attended")
        )
        session.store.add_meeting_member(
            MeetingMember(newer.id, "Bethan Lloyd", "Education", Marking.OFFICIAL, "apologies")
        )
        session.store.set_agenda(newer.id, [case.id])
    return newer, case.ref


def test_meetings_page_lists_meetings_with_details(qtbot, officer: Session) -> None:
    meeting, ref = _add_meeting(officer)
    page = MeetingsPage(officer)
    qtbot.addWidget(page)
    page.show()
    table = page.meetings
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in range(5)] == [
        "2026-04-02",
        "April panel",
        "Room 4",
        "Cllr Ellis",
        "1",
    ]
    assert table.item(1, 1).text() == "March panel" and table.item(1, 4).text() == "0"
    assert page.selected_meeting() is not None and page.selected_meeting().id == meeting.id
    members = [
        [page.members.item(r, c).text() for c in range(4)] for r in range(page.members.rowCount())
    ]
    assert members == [
        ["Bethan Lloyd", "Education", "OFFICIAL", "Apologies"],
        ["Dafydd Hughes", "Police", "SECRET", "Attended"],
    ]
    assert [page.agenda.item(i).text() for i in range(page.agenda.count())] == [ref]
    assert "Not for onward sharing." in page.heading.text()
    assert "chair" in page.note.text()

    table.selectRow(1)
    assert page.members.rowCount() == 0
    assert "no cases" in page.agenda.item(0).text()
    assert "March panel" in page.heading.text()


def test_meetings_page_without_meetings(qtbot, officer: Session) -> None:
    page = MeetingsPage(officer)
    qtbot.addWidget(page)
    assert page.meetings.rowCount() == 0
    # Said in the meetings list's pane, not above the Members table.
    assert page.empty_note.text() == "No meetings yet." and not page.empty_note.isHidden()
    assert page.heading.text() == ""
    assert page.error.text() == ""


# -- accessibility ---------------------------------------------------------------------


def test_every_control_on_each_page_has_an_accessible_name(qtbot, admin: Session) -> None:
    admin_page = _admin_page(qtbot, admin)
    audit_page = _audit_page(qtbot, admin)
    meetings_page = MeetingsPage(admin)
    qtbot.addWidget(meetings_page)
    for page in (admin_page, audit_page, meetings_page):
        assert not _unnamed_controls(page), page.objectName()
        # The walk does see the page's controls (it is not vacuously empty).
        assert page.findChildren(QAbstractItemView)
    assert admin_page.findChildren(QSpinBox) and admin_page.findChildren(QComboBox)

    # And in every dialog the administration page opens.
    admin_page.select_user("olivia")
    for button, kind in (
        (admin_page.add_button, AddUserDialog),
        (admin_page.reset_button, ConfirmDialog),
        (admin_page.disable_button, ConfirmDialog),
        (admin_page.roles_button, RolesDialog),
        (admin_page.clearance_button, ClearanceDialog),
    ):
        dialog = _open_dialog(qtbot, admin_page, button, kind)
        assert not _unnamed_controls(dialog), kind.__name__
        dialog.reject()
        assert admin_page.active_dialog is None


def test_a_long_object_does_not_push_the_justification_off_the_page(qtbot, admin: Session) -> None:
    from securedesk.core.audit import chain
    from securedesk.core.audit.audit_actions import AuditAction
    from securedesk.core.audit.chain import Category
    from securedesk.core.vault import database
    from securedesk.gui.audit_page import MAX_COLUMN_WIDTH

    long_object = "b" * 120  # say, an id from a future version: stored as it came
    with database.transaction(admin.vault.conn) as conn:
        chain.record(
            conn,
            user="admin",
            category=Category.CONSULTATION,
            action=AuditAction.CASES_SEARCHED,
            object_type="search",
            object_id=long_object,
        )
    page = _audit_page(qtbot, admin)
    page.resize(1100, 600)
    qtbot.wait(50)
    table = page.table
    assert table.columnWidth(6) == MAX_COLUMN_WIDTH  # capped, elided
    row = next(r for r, e in enumerate(page.model.events) if e.object_id == long_object)
    tip = page.model.data(page.model.index(row, 6), Qt.ItemDataRole.ToolTipRole)
    assert tip == long_object  # the whole of it on hover
    last = page.model.columnCount() - 1
    assert table.columnViewportPosition(last) < table.viewport().width()
