"""Text that is not ours (a partner's card, a bundle, whatever was typed into a case) is shown
as plain text: markup in it is shown as the characters it is, never drawn. A card named
`<span style="font-size:28pt">…` cannot draw a fake fingerprint above the real one."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QToolTip, QWidget

from securedesk.core.domain import CaseStatus, FactorScore, Identifier, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.copy_guard import guard_application
from securedesk.gui.form_dialog import ConfirmDialog
from securedesk.gui.main_window import MainWindow
from securedesk.gui.meetings_page import MeetingsPage
from securedesk.gui.plain_text import plain_label
from securedesk.gui.transfer_dialogs import AddCardDialog
from securedesk.gui.transfers_page import TransfersPage
from securedesk.transfer.identity import export_card

from ..conftest import ADMIN_PASS, FAST_KDF, OFFICER_PASS

# What a hostile partner puts in its card: a name drawn as big as the fingerprint, with digits
# of its choosing, and an organisation in bold.
FAKE_NAME = '<span style="font-size:28pt">12345 67890 12345</span>'
FAKE_ORGANISATION = "<b>Trusted</b> council"
# Put into every field of a test case that a user (or a partner) types.
MARK = "<i>MARK</i>"
WAIT_MS = 15_000


def _window(qtbot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    return window


def _labels_holding(root: QWidget, text: str) -> list[QLabel]:
    return [label for label in root.findChildren(QLabel) if text in label.text()]


def _is_plain(label: QLabel) -> bool:
    return label.textFormat() == Qt.TextFormat.PlainText


@pytest.fixture
def hostile_card(tmp_path: Path) -> Path:
    """The contact card of a partner terminal whose name and organisation are markup."""
    partner = Session.create_vault(
        tmp_path / "partner",
        admin="admin",
        passphrase=ADMIN_PASS,
        terminal_binding=False,
        terminal_name=FAKE_NAME,
        organisation=FAKE_ORGANISATION,
        kdf_params=FAST_KDF,
    )
    card = tmp_path / "partner.sdcard"
    export_card(partner, card)
    partner.lock()
    return card


def test_a_card_name_cannot_draw_a_fake_fingerprint(
    qtbot, admin: Session, hostile_card: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _window(qtbot, admin)
    window.nav.setCurrentRow(window.page_keys.index("transfers"))
    page = window.page("transfers")
    assert isinstance(page, TransfersPage) and page.trust is not None
    trust = page.trust
    page.show_tab(trust)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(hostile_card), ""))
    )
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS):
        qtbot.mouseClick(trust.add_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, AddCardDialog)

    # The name is shown as the characters it is, at the size of the text around it.
    assert _is_plain(dialog.card_name) and dialog.card_name.text() == FAKE_NAME
    assert _is_plain(dialog.card_organisation)
    assert dialog.card_organisation.text() == FAKE_ORGANISATION
    ordinary = plain_label("12345")
    ordinary.setFont(dialog.card_name.font())
    assert dialog.card_name.sizeHint().height() == ordinary.sizeHint().height()
    assert all(_is_plain(label) for label in _labels_holding(dialog, "12345 67890"))

    # Trusted: the notice and the table say the name as it is.
    dialog.accept()
    assert page.active_dialog is None
    assert trust.table.item(0, 0).text() == FAKE_NAME
    assert FAKE_NAME in trust.notice.text() and _is_plain(trust.notice)

    # The question before revoking names it too.
    trust.table.selectRow(0)
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS):
        qtbot.mouseClick(trust.revoke_button, Qt.MouseButton.LeftButton)
    confirm = page.active_dialog
    assert isinstance(confirm, ConfirmDialog)
    shown = _labels_holding(confirm, FAKE_NAME)
    assert shown and all(_is_plain(label) for label in shown)
    confirm.reject()
    window.close()


def test_markup_in_a_case_is_shown_as_written(qtbot, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("<b>Bold</b>", "Evans")],
        referral_source='<a href="x">Police</a>',
        referral_date=date.today() - timedelta(days=2),
    ).ref
    officer.cases.add_item(ref, agency="Health", text="<b>x</b> was seen")
    window = _window(qtbot, officer)
    view = window.open_case(ref)
    assert isinstance(view, CaseViewWidget)
    assert view.header.text() == f"{ref} — <b>Bold</b> Evans" and _is_plain(view.header)
    assert view.overview.text().startswith('Referred by <a href="x">Police</a> on ')
    assert _is_plain(view.overview)
    name = view.findChild(QLabel, "subjectName")
    assert name is not None and name.text() == "<b>Bold</b> Evans" and _is_plain(name)
    assert view.items.item(0, 5).text() == "<b>x</b> was seen"
    window.close()


def _case_with_marks(session: Session) -> str:
    """A case with MARK in every field a user types, on a meeting's agenda, then closed."""
    ref = session.cases.add_case(
        [
            Person(
                f"Given{MARK}",
                f"Family{MARK}",
                date_of_birth=date(2010, 4, 1),
                aliases=[f"alias{MARK}"],
                identifiers=[Identifier(f"kind{MARK}", f"value{MARK}")],
                addresses=[f"address{MARK}"],
            )
        ],
        referral_source=f"source{MARK}",
        referral_date=date.today() - timedelta(days=20),
    ).ref
    cases = session.cases
    cases.add_item(
        ref, agency=f"agency{MARK}", text=f"text{MARK}", caveats=[f"other: caveat{MARK}"]
    )
    cases.add_chronology_entry(ref, date.today() - timedelta(days=1), f"summary{MARK}")
    cases.add_action(ref, f"action{MARK}", f"agency{MARK}", f"owner{MARK}", None)
    framework = session.framework
    scores = [FactorScore(f.id, framework.scale_min, f"evidence{MARK}") for f in framework.factors]
    cases.add_assessment(ref, scores, f"first{MARK}")
    cases.add_assessment(
        ref, [FactorScore(s.factor_id, framework.scale_max) for s in scores], f"second{MARK}"
    )
    meeting = session.meetings.add_meeting(
        f"title{MARK}", date.today(), place=f"place{MARK}", statement=f"statement{MARK}"
    )
    session.meetings.add_member(meeting.id, f"member{MARK}", f"agency{MARK}", Marking.OFFICIAL)
    session.meetings.set_agenda(meeting.id, [ref])
    cases.change_status(ref, CaseStatus.CLOSED, f"closed{MARK}")
    return ref


def test_no_label_draws_markup_from_the_vault(qtbot, vault: Path) -> None:
    session = Session.sign_in(vault, "oscar", OFFICER_PASS)  # an officer who chairs
    ref = _case_with_marks(session)
    window = _window(qtbot, session)
    for row in range(window.nav.count()):  # every page, built and shown
        window.nav.setCurrentRow(row)
    meetings = window.page("meetings")
    assert isinstance(meetings, MeetingsPage)
    window.nav.setCurrentRow(window.page_keys.index("meetings"))
    meetings.meetings.selectRow(0)
    view = window.open_case(ref)
    assert isinstance(view, CaseViewWidget)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)

    marked = _labels_holding(window, "MARK")
    # The case's header, overview, subject, latest assessment and the meeting's heading.
    assert len(marked) >= 6, [label.objectName() for label in marked]
    drawn = [f"{label.objectName()}: {label.text()!r}" for label in marked if not _is_plain(label)]
    assert drawn == []
    window.close()


def test_labels_qt_builds_are_plain_too(qtbot) -> None:
    """Message boxes and tooltips are labels Qt makes; the application's default makes them
    plain (the audit log's justification is shown in a tooltip)."""
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    guard_application()
    box = QMessageBox(QMessageBox.Icon.Warning, "SecureDesk", MARK, parent=window)
    box.show()
    assert all(_is_plain(label) for label in _labels_holding(box, "MARK"))
    box.close()
    QToolTip.showText(window.mapToGlobal(QPoint(1, 1)), MARK, window)
    tips = [w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel")]
    assert tips and all(_is_plain(tip) for tip in tips if isinstance(tip, QLabel))
    QToolTip.hideText()
