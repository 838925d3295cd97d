"""The desktop application driven through real widgets (pytest-qt, offscreen platform):
first run, sign-in, cases, items, search, need-to-know, locking, and the bad inputs."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from securedesk.core.access import Role
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import CaseStatus, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.change_passphrase import ChangePassphraseDialog
from securedesk.gui.first_run import FirstRunWizard
from securedesk.gui.item_dialog import ItemDialog
from securedesk.gui.main_window import MainWindow
from securedesk.gui.secure_clipboard import SecureClipboard
from securedesk.gui.sign_in import SignInDialog

from ..conftest import ADMIN_PASS, OFFICER_PASS, make_vault

NEW_PASS = "kettle orchard lantern thirty"


def _wait_signed_in(qtbot, dialog: SignInDialog) -> Session:
    qtbot.waitUntil(
        lambda: dialog.session is not None or "not" in dialog.error.text(), timeout=10_000
    )
    assert dialog.session is not None, dialog.error.text()
    return dialog.session


def _sign_in(qtbot, vault: Path, user: str, passphrase: str) -> Session:
    dialog = SignInDialog(vault, user=user)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText(passphrase)
    dialog.attempt()
    return _wait_signed_in(qtbot, dialog)


def _window(qtbot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def _nav_labels(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_first_run_creates_a_vault(qtbot, tmp_path: Path, memory_keyring) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    page = wizard.admin_page
    assert not page.isComplete()
    page.admin.setText("amira")
    page.passphrases.first.setText("short")
    page.passphrases.second.setText("short")
    assert not page.isComplete()  # too weak: the meter says so
    assert (
        "Too weak" in page.passphrases.verdict.text() or "Weak" in page.passphrases.verdict.text()
    )
    page.passphrases.first.setText(ADMIN_PASS)
    page.passphrases.second.setText(ADMIN_PASS + "x")
    assert not page.isComplete()
    page.passphrases.second.setText(ADMIN_PASS)
    assert page.isComplete()
    wizard.terminal_page.terminal.setText("Room 2")
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    session = wizard.session
    assert session is not None and session.vault.terminal_binding
    assert session.describe()["terminal_name"] == "Room 2"
    assert memory_keyring.secrets  # the binding secret went into the keyring
    session.lock()
    Session.sign_in(tmp_path / "vault", "amira", ADMIN_PASS).lock()


def test_return_in_the_passphrase_field_signs_in(qtbot, vault: Path) -> None:
    """The key a person presses: Return signs in (it once pressed Cancel, which quit)."""
    dialog = SignInDialog(vault, user="olivia")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rejected: list[bool] = []
    dialog.rejected.connect(lambda: rejected.append(True))
    dialog.passphrase.setText(OFFICER_PASS)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    session = _wait_signed_in(qtbot, dialog)
    assert rejected == []
    session.lock()


def test_wrong_passphrase_message_and_forced_change(qtbot, vault: Path) -> None:
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    admin.users.add_user("priya", [Role.OFFICER], "one time passphrase 42")
    admin.lock()
    dialog = SignInDialog(vault, user="priya")
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.attempt()
    qtbot.waitUntil(lambda: "not correct" in dialog.error.text(), timeout=10_000)
    assert dialog.passphrase.text() == ""  # never left in the field
    dialog.user.setText("")
    dialog.attempt()
    assert "user name" in dialog.error.text()
    dialog.user.setText("priya")
    dialog.passphrase.setText("one time passphrase 42")
    dialog.attempt()
    session = _wait_signed_in(qtbot, dialog)
    assert session.signin_report.failed_attempts == 1
    assert session.user.must_change_passphrase
    change = ChangePassphraseDialog(session, forced=True)
    qtbot.addWidget(change)
    change.fields.first.setText(NEW_PASS)
    change.fields.second.setText("different")
    assert not change.ok.isEnabled()
    change.fields.second.setText(NEW_PASS)
    assert change.ok.isEnabled()
    change.accept()
    qtbot.waitUntil(lambda: change.result() == 1, timeout=10_000)
    assert not session.user.must_change_passphrase
    session.lock()
    Session.sign_in(vault, "priya", NEW_PASS).lock()


def test_navigation_follows_roles(qtbot, vault: Path) -> None:
    officer = _window(qtbot, Session.sign_in(vault, "olivia", OFFICER_PASS))
    assert _nav_labels(officer) == ["My cases", "All cases", "Meetings"]
    officer.close()
    admin = _window(qtbot, Session.sign_in(vault, "admin", ADMIN_PASS))
    assert _nav_labels(admin) == [
        "Transfers",
        "Reports",
        "Audit",
        "Retention",
        "Administration",
    ]
    assert "admin" in admin.who.text() and "Ctrl+L" in admin.who.text()
    admin.close()


def test_officer_day(qtbot, vault: Path, tmp_path: Path) -> None:
    """Add a case, add an item, search finds it, copy text, close without a reason."""
    window = _window(qtbot, Session.sign_in(vault, "olivia", OFFICER_PASS))
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    dialog = page.make_new_case_dialog()
    dialog.accept()  # empty
    assert "subject's name" in dialog.error.text()
    dialog.given.setText("Siân")
    dialog.family.setText("Prydderch")
    dialog.accept()  # who referred the case is a choice, never a silent default
    assert dialog.error.text() == "Choose who referred the case."
    dialog.source.setCurrentText("Police")
    dialog.dob.setDate(QDate.currentDate().addDays(3))
    dialog.accept()
    assert "in the future" in dialog.error.text()
    assert window.session.cases.count_cases(CaseQuery()) == 0  # nothing half-saved
    dialog.dob.setDate(QDate(2011, 5, 6))
    dialog.marking.setCurrentIndex(1)
    dialog.accept()
    assert dialog.case is not None
    ref = dialog.case.ref
    page.reload()
    assert page.model.rowCount() == 1
    view = window.open_case(ref)
    assert isinstance(view, CaseViewWidget)
    assert "CHILD" in view.facts.text()
    assert window.top_banner.text() == "OFFICIAL-SENSITIVE"

    item = ItemDialog(window.session, ref)
    item.text.setPlainText("Seen handing out leaflets from a proscribed group near school.")
    item.item_date.setDate(QDate.currentDate().addDays(2))
    item.accept()
    assert "in the future" in item.error.text()
    item.item_date.setDate(QDate.currentDate())
    item.accept()
    assert item.error.text() == ""
    view.reload()
    assert view.items.rowCount() == 1

    # Closing needs an outcome and a reason; nothing changes without them.
    view.status_choice.setCurrentIndex(view.status_choice.findText("closed"))
    assert view.close_outcome.isVisibleTo(view)
    view.change_status()
    assert "closed with its outcome" in view.status_error.text()
    view.close_outcome.setCurrentIndex(view.close_outcome.findText("Signposted to other services"))
    view.change_status()
    assert "closing reason cannot be empty" in view.status_error.text()
    assert window.session.cases.open_case(ref).case.status is CaseStatus.REFERRAL

    # Search-as-you-type: debounced, off the UI thread, highlighted.
    window.nav.setCurrentRow(0)
    qtbot.keyClicks(page.search, "leaflets")
    qtbot.waitUntil(lambda: page.model.showing_search and page.model.rowCount() == 1, timeout=5_000)
    assert page.model.search_terms == ["leaflets"]
    page.search.setText('"NEAR( leaf* OR - : ^')  # FTS syntax: no error, just no match
    qtbot.waitUntil(
        lambda: page.summary.text().endswith("match(es)") or "match" in page.summary.text(),
        timeout=5_000,
    )
    assert "error" not in page.summary.text().lower()
    page.search.setText("Prydd")
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.search_terms == ["Prydd"], timeout=5_000
    )
    window.close()


def test_attachments_bad_inputs_and_viewing(qtbot, vault: Path, tmp_path: Path) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    case = session.cases.add_case(
        [Person("Ieuan", "Vaughan")], referral_source="Police", referral_date=date(2026, 1, 1)
    )
    window = _window(qtbot, session)
    view = window.open_case(case.ref)
    assert view is not None
    fake = tmp_path / "report.pdf"
    fake.write_text("this is not a PDF")
    view.attach_file(str(fake))
    qtbot.waitUntil(lambda: "not what its name says" in view.attachment_error.text(), timeout=5_000)
    assert view.attachments.rowCount() == 0
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (51 * 1024 * 1024))
    view.attach_file(str(big))
    qtbot.waitUntil(lambda: "policy limit" in view.attachment_error.text(), timeout=5_000)
    good = tmp_path / "note.txt"
    good.write_text("Mentor session notes")
    view.attach_file(str(good))
    qtbot.waitUntil(lambda: view.attachments.rowCount() == 1, timeout=5_000)
    assert view.attachment_error.text() == ""
    assert session.store.attachment_data(view._attachments[0].id) == b"Mentor session notes"
    out = tmp_path / "out" / "saved.txt"
    out.parent.mkdir()
    view.attachments.selectRow(0)
    view.save_attachment(str(out))
    assert out.read_text() == "Mentor session notes"
    events = [e.action for e in session.cases.access_log(case.ref)]
    assert "attachment saved to disk" in events
    window.close()


def test_justification_flow(qtbot, vault: Path, monkeypatch) -> None:
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)
    ref = oscar.cases.add_case(
        [Person("Zainab", "Begum")], referral_source="Police", referral_date=date(2026, 1, 1)
    ).ref
    oscar.lock()
    window = _window(qtbot, Session.sign_in(vault, "olivia", OFFICER_PASS))
    answers: list[str | None] = [None, "Covering Oscar's caseload this week"]

    class Dialog:
        def __init__(self, answer: str | None) -> None:
            self.answer = answer

        def exec(self) -> int:
            return 1 if self.answer else 0

        def justification(self) -> str:
            return self.answer or ""

    monkeypatch.setattr(window, "make_justification_dialog", lambda r: Dialog(answers.pop(0)))
    assert window.open_case(ref) is None  # cancelled: nothing opened
    assert window.case_tabs.count() == 0
    view = window.open_case(ref)
    assert view is not None and view.ref == ref
    # The access log is part of the case, behind the same gate: it too needs the reason.
    log = window.session.cases.access_log(ref, view.justification)
    justified = [e for e in log if e.justification]
    assert justified[0].justification == "Covering Oscar's caseload this week"
    window.close()


def _content_texts(widget: QWidget) -> str:
    return " ".join(w.text() for w in widget.findChildren(QLabel) if w.isVisible())


def test_lock_hides_all_content_and_unlock_needs_the_passphrase(
    qtbot, vault: Path, tmp_path: Path
) -> None:
    session = Session.sign_in(vault, "olivia", OFFICER_PASS)
    ref = session.cases.add_case(
        [Person("Gwenllian", "Ellis")], referral_source="Police", referral_date=date(2026, 1, 1)
    ).ref
    window = _window(qtbot, session)
    window.resize(1000, 700)
    # A reference picture: the same user's lock screen in a vault that never held a case.
    make_vault(tmp_path / "empty")
    blank = _window(qtbot, Session.sign_in(tmp_path / "empty", "olivia", OFFICER_PASS))
    blank.resize(1000, 700)
    window.open_case(ref)
    assert "Ellis" in _content_texts(window)
    before = window.grab().toImage()
    window.lock_now()
    blank.lock_now()
    assert window.locked and window.session.vault.is_locked
    assert "Ellis" not in _content_texts(window)
    assert window.top_banner.text().startswith("LOCKED")
    locked = window.grab().toImage()
    assert locked != before
    # Pixel for pixel the lock screen of a window that never had a case behind it.
    assert locked == blank.grab().toImage()
    lock_screen = window.lock_screen
    assert lock_screen is not None
    lock_screen.passphrase.setText("wrong passphrase!")
    lock_screen._submit()
    qtbot.waitUntil(lambda: "not correct" in lock_screen.error.text(), timeout=10_000)
    assert window.locked
    lock_screen.passphrase.setText(OFFICER_PASS)
    lock_screen._submit()
    qtbot.waitUntil(lambda: not window.locked, timeout=10_000)
    assert not window.session.vault.is_locked
    assert window.page_keys == ["my_cases", "all_cases", "meetings"]
    window.close()
    blank.close()


def test_idle_time_locks(qtbot, vault: Path) -> None:
    window = _window(qtbot, Session.sign_in(vault, "olivia", OFFICER_PASS))
    window.idle.set_minutes(0.002)  # 120 ms
    window.idle.start()
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    assert window.session.vault.is_locked
    window.close()


def test_ctrl_l_locks(qtbot, vault: Path) -> None:
    from PySide6.QtCore import Qt

    window = _window(qtbot, Session.sign_in(vault, "olivia", OFFICER_PASS))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.locked, timeout=5_000)
    window.close()


def test_clipboard_is_marked_secret_and_cleared(qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    clip = SecureClipboard(clear_after_ms=100)
    clip.copy("case text")
    mime = QGuiApplication.clipboard().mimeData()
    assert bytes(mime.data("x-kde-passwordManagerHint")) == b"secret"
    assert QGuiApplication.clipboard().text() == "case text"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=2_000)
    clip.copy("again")
    QGuiApplication.clipboard().setText("someone else's text")
    qtbot.waitUntil(lambda: not clip.pending, timeout=2_000)
    assert QGuiApplication.clipboard().text() == "someone else's text"  # not ours: kept


def test_marking_banner_follows_what_is_shown(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "oscar", OFFICER_PASS)  # cleared to SECRET
    ref = session.cases.add_case(
        [Person("Rhys", "Vaughan")],
        referral_source="Police",
        referral_date=date(2026, 1, 1),
        marking=Marking.SECRET,
    ).ref
    window = _window(qtbot, session)
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    page.reload()
    window.update_marking()
    assert window.top_banner.text() == "SECRET" == window.bottom_banner.text()
    view = window.open_case(ref)
    assert view is not None
    assert window.top_banner.text() == "SECRET"
    window.close()


def _part_of_a_composite(w: QWidget) -> bool:
    """Parts that Qt builds inside a named control (a table's header, a combo's popup, a line
    edit's clear button, a tab bar's scroll buttons): the control carries the name."""
    from PySide6.QtWidgets import (
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QHeaderView,
        QLineEdit,
        QTabBar,
    )

    if isinstance(w, QHeaderView):
        return True
    parent = w.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit | QTabBar):
            return True
        if isinstance(parent, QAbstractItemView) and not isinstance(w, QAbstractItemView):
            return True  # the corner button of a table
        if parent.objectName() == "qt_scrollarea_viewport" and isinstance(
            parent.parentWidget(), QComboBox
        ):
            return True
        parent = parent.parentWidget()  # up through popups too: a combo owns its list
    return (
        w.objectName().startswith("qt_") or type(w.window()).__name__ == "QComboBoxPrivateContainer"
    )


def test_every_control_has_an_accessible_name(qtbot, vault: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    session = Session.sign_in(vault, "oscar", OFFICER_PASS)
    ref = session.cases.add_case(
        [Person("Aisha", "Khan")],
        referral_source="Police",
        referral_date=date.today() - timedelta(days=3),
    ).ref
    window = _window(qtbot, session)
    window.open_case(ref)
    missing = []
    for w in window.findChildren(QWidget):
        if not isinstance(w, QAbstractButton | QLineEdit | QComboBox | QAbstractItemView):
            continue
        if _part_of_a_composite(w):
            continue
        if not w.accessibleName():
            parent = w.parentWidget()
            missing.append(
                f"{type(w).__name__}:{w.objectName()}:{getattr(w, 'text', lambda: '')()}"
                f" in {type(parent).__name__}:{parent.objectName() if parent else ''}"
            )
    assert missing == []
    window.close()


def test_banner_follows_search_results(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "oscar", OFFICER_PASS)
    for name, marking in (("Rhys Vaughan", Marking.SECRET), ("Alys Ellis", Marking.OFFICIAL)):
        given, family = name.split()
        session.cases.add_case(
            [Person(given, family)],
            referral_source="Police",
            referral_date=date(2026, 1, 1),
            marking=marking,
        )
    window = _window(qtbot, session)
    page = window.page("my_cases")
    assert isinstance(page, CaseListPage)
    page.reload()
    qtbot.waitUntil(lambda: window.top_banner.text() == "SECRET", timeout=5_000)
    page.search.setText("Alys")
    qtbot.waitUntil(lambda: page.model.showing_search and page.model.rowCount() == 1, timeout=5_000)
    assert window.top_banner.text() == "OFFICIAL" == window.bottom_banner.text()
    page.search.setText("")
    qtbot.waitUntil(lambda: window.top_banner.text() == "SECRET", timeout=5_000)
    window.close()
