"""The Transfers screen driven through real widgets (pytest-qt, offscreen) between two vaults:
trust a partner's card (its fingerprint shown to compare aloud), export cases through the
Outbox, check, preview and import them through the other vault's Inbox, receipts back, a
tampered bundle refused with nothing imported, and a cancelled import leaving the vault as it
was."""

from __future__ import annotations

import shutil
import threading
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from securedesk.core.access import Role
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import folder as vault_module
from securedesk.gui import transfer_inbox
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.form_dialog import ConfirmDialog
from securedesk.gui.main_window import MainWindow
from securedesk.gui.transfer_dialogs import AddCardDialog, ImportConfirmDialog, grouped_fingerprint
from securedesk.gui.transfers_page import TransfersPage
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_log_store import BundleLog
from securedesk.transfer.identity import export_card
from securedesk.transfer.trust_store import TrustStore

from ..conftest import ADMIN_PASS, FAST_KDF, OFFICER_PASS, make_vault
from .test_admin_audit_pages import _unnamed_controls

WAIT_MS = 15_000
TRANSFER_USER = "tom"


@dataclass
class Terminal:
    folder: Path
    card: Path
    fingerprint: str
    refs: list[str]

    def sign_in(self) -> Session:
        return Session.sign_in(self.folder, TRANSFER_USER, OFFICER_PASS)


def _terminal(folder: Path, cards: Path, cases: int) -> Terminal:
    """A vault with a transfer officer who also keeps the trust store, and a few cases."""
    make_vault(folder, binding=False)
    admin = Session.sign_in(folder, "admin", ADMIN_PASS)
    admin.users.add_user(TRANSFER_USER, [Role.TRANSFER, Role.ADMIN], OFFICER_PASS, Marking.SECRET)
    admin.lock()
    refs = []
    if cases:
        oscar = Session.sign_in(folder, "oscar", OFFICER_PASS)
        for n in range(cases):
            refs.append(
                oscar.cases.add_case(
                    [Person(f"Given{n}", f"Family{n}")],
                    referral_source="Police",
                    referral_date=date.today() - timedelta(days=3),
                ).ref
            )
        oscar.lock()
    s = Session.sign_in(folder, TRANSFER_USER, OFFICER_PASS)
    s.users.change_own_passphrase(OFFICER_PASS)
    card = cards / f"{folder.name}.sdcard"
    fingerprint = export_card(s, card).fingerprint
    s.lock()
    return Terminal(folder, card, fingerprint, refs)


def _trust(terminal: Terminal, partner: Terminal) -> None:
    s = terminal.sign_in()
    TrustStore(s).add(partner.card.read_bytes(), date.today() + timedelta(days=30))
    s.lock()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Terminal, Terminal]:
    """Built once (vaults not bound to the terminal, so copies open anywhere) and copied for
    each test: making two vaults costs more than everything a test does with them."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(vault_module, "default_kdf_params", lambda: FAST_KDF)
        root = tmp_path_factory.mktemp("transfer-template")
        cards = root / "cards"
        cards.mkdir()
        a = _terminal(root / "a", cards, cases=2)
        b = _terminal(root / "b", cards, cases=0)
        _trust(b, a)
    return a, b


@pytest.fixture
def pair(template: tuple[Terminal, Terminal], tmp_path: Path) -> tuple[Terminal, Terminal]:
    """Terminal A (two cases) and terminal B, each with the other's card; B trusts A."""
    copies = []
    for t in template:
        shutil.copytree(t.folder, tmp_path / t.folder.name)
        card = tmp_path / t.card.name
        shutil.copyfile(t.card, card)
        copies.append(replace(t, folder=tmp_path / t.folder.name, card=card))
    return copies[0], copies[1]


@pytest.fixture
def trusting(pair: tuple[Terminal, Terminal]) -> tuple[Terminal, Terminal]:
    """As `pair`, and A trusts B as well."""
    a, b = pair
    _trust(a, b)
    return a, b


def _transfers(qtbot, session: Session) -> tuple[MainWindow, TransfersPage]:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(window.page_keys.index("transfers"))
    page = window.page("transfers")
    assert isinstance(page, TransfersPage)
    return window, page


def _choose_file(monkeypatch: pytest.MonkeyPatch, method: str, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, method, staticmethod(lambda *a, **k: (str(path), "")))


def _open_dialog(qtbot, page: TransfersPage, start) -> object:
    with qtbot.waitSignal(page.dialog_opened, timeout=WAIT_MS):
        start()
    return page.active_dialog


def _export_with_service(a: Terminal, b: Terminal, out: Path) -> str:
    s = a.sign_in()
    try:
        return export_bundle(s, recipients=[b.fingerprint], case_refs=a.refs, out=out).bundle_id
    finally:
        s.lock()


def _column(table, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def _choose_and_check(qtbot, monkeypatch, page: TransfersPage, bundle: Path) -> None:
    inbox = page.inbox
    assert inbox is not None
    page.show_tab(inbox)
    _choose_file(monkeypatch, "getOpenFileName", bundle)
    qtbot.mouseClick(inbox.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inbox.work.busy, timeout=WAIT_MS)


def _preview(qtbot, page: TransfersPage) -> None:
    inbox = page.inbox
    assert inbox is not None
    qtbot.mouseClick(inbox.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.preview is not None or bool(inbox.error.text()), timeout=WAIT_MS)
    assert inbox.preview is not None, inbox.error.text()


def _confirm_import(qtbot, page: TransfersPage) -> None:
    inbox = page.inbox
    assert inbox is not None
    dialog = _open_dialog(
        qtbot, page, lambda: qtbot.mouseClick(inbox.import_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(dialog, ImportConfirmDialog)
    assert not dialog.accept_older.isVisibleTo(dialog)  # not an older bundle
    dialog.accept()


# -- the trust store -----------------------------------------------------------------------


def test_adding_a_card_shows_its_fingerprint_then_trusts_and_revokes(
    qtbot, pair: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    a, b = pair
    window, page = _transfers(qtbot, a.sign_in())
    trust = page.trust
    assert trust is not None
    page.show_tab(trust)
    assert trust.own_fingerprint.text() == grouped_fingerprint(a.fingerprint)
    assert trust.table.rowCount() == 0

    # Export this terminal's card.
    mine = tmp_path / "mine.sdcard"
    _choose_file(monkeypatch, "getSaveFileName", mine)
    qtbot.mouseClick(trust.export_button, Qt.MouseButton.LeftButton)
    assert mine.read_bytes() == a.card.read_bytes()

    # Add B's card: the fingerprint is shown, with the prompt to compare it out of band.
    _choose_file(monkeypatch, "getOpenFileName", b.card)
    dialog = _open_dialog(
        qtbot, page, lambda: qtbot.mouseClick(trust.add_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(dialog, AddCardDialog)
    assert dialog.fingerprint.text() == grouped_fingerprint(b.fingerprint)
    assert dialog.fingerprint.text().split() == b.fingerprint.split()
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Compare this fingerprint with the partner by telephone or in person" in texts
    assert TrustStore(page.session).list() == []  # nothing added before confirming
    dialog.accept()
    assert page.active_dialog is None
    assert _column(trust.table, 3) == [b.fingerprint]
    assert _column(trust.table, 5) == ["Trusted"]
    assert "trusted until" in trust.notice.text()
    # The Outbox offers it as a recipient at once.
    assert page.outbox is not None
    assert [t.fingerprint for t in page.outbox.terminals] == [b.fingerprint]

    # Adding this terminal's own card is refused in the dialog, which stays open.
    _choose_file(monkeypatch, "getOpenFileName", a.card)
    own = _open_dialog(
        qtbot, page, lambda: qtbot.mouseClick(trust.add_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(own, AddCardDialog)
    own.accept()
    assert "own contact card" in own.error.text()
    assert page.active_dialog is own
    own.reject()

    # Revoke, with confirmation.
    assert trust.select(b.fingerprint)
    confirm = _open_dialog(
        qtbot, page, lambda: qtbot.mouseClick(trust.revoke_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(confirm, ConfirmDialog)
    confirm.accept()
    assert _column(trust.table, 5) == ["Revoked"]
    assert not trust.revoke_button.isEnabled()
    assert page.outbox.terminals == []
    window.close()


def test_a_file_that_is_not_a_card_is_refused(
    qtbot, pair: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    a, _b = pair
    window, page = _transfers(qtbot, a.sign_in())
    assert page.trust is not None
    junk = tmp_path / "junk.sdcard"
    junk.write_text("not a card\n")
    _choose_file(monkeypatch, "getOpenFileName", junk)
    qtbot.mouseClick(page.trust.add_button, Qt.MouseButton.LeftButton)
    assert page.active_dialog is None
    assert page.trust.error.text()
    assert TrustStore(page.session).list() == []
    window.close()


# -- export, check, preview, import, receipts -----------------------------------------------


def test_export_check_preview_import_and_receipt(
    qtbot, trusting: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    a, b = trusting
    window_a, page_a = _transfers(qtbot, a.sign_in())
    outbox = page_a.outbox
    assert outbox is not None
    page_a.show_tab(outbox)
    # The list is queried off the UI thread.
    qtbot.waitUntil(lambda: outbox.case_list.count() == 2, timeout=WAIT_MS)
    assert sorted(outbox.case_list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(2)) == (
        sorted(a.refs)
    )
    # The search narrows the list; a chosen case stays chosen across searches.
    outbox.search.setText(a.refs[0])
    qtbot.waitUntil(lambda: outbox.case_list.count() == 1, timeout=WAIT_MS)
    outbox.choose_cases(a.refs)
    outbox.search.clear()
    qtbot.waitUntil(lambda: outbox.case_list.count() == 2, timeout=WAIT_MS)
    outbox.choose_cases(a.refs)
    assert sorted(outbox.chosen) == sorted(a.refs)
    assert not outbox.export_button.isEnabled()  # no recipient yet
    outbox.choose_recipients([b.fingerprint])
    assert outbox.export_button.isEnabled()
    assert outbox.default_file_name().endswith(f"{date.today().isoformat()}.sdbundle")

    bundle = tmp_path / "to-b.sdbundle"
    _choose_file(monkeypatch, "getSaveFileName", bundle)
    qtbot.mouseClick(outbox.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.result is not None or bool(outbox.error.text()), timeout=WAIT_MS)
    assert outbox.result is not None, outbox.error.text()
    assert bundle.stat().st_size == outbox.result.file_size
    assert outbox.result.bundle_id in outbox.notice.text()
    assert "2 case(s)" in outbox.notice.text()
    bundle_id = outbox.result.bundle_id

    # Sent and received (A): the bundle, no receipt yet.
    log_a = page_a.log
    assert log_a is not None
    page_a.show_tab(log_a)
    assert _column(log_a.sent, 0) == [bundle_id]
    assert _column(log_a.sent, 6) == ["0/1"]

    # B checks the bundle: sender and fingerprint shown, before any decryption.
    window_b, page_b = _transfers(qtbot, b.sign_in())
    _choose_and_check(qtbot, monkeypatch, page_b, bundle)
    inbox = page_b.inbox
    assert inbox is not None
    assert inbox.error.text() == ""
    assert inbox.details.isVisibleTo(page_b)
    assert inbox.sender_name.text() == "Test terminal"
    assert inbox.sender_org.text() == "Test council"
    assert inbox.fingerprint.text().split() == a.fingerprint.split()
    assert inbox.bundle_id.text() == bundle_id
    assert inbox.sequence.text() == "1"
    assert inbox.marking.text() == Marking.OFFICIAL_SENSITIVE.value
    assert "To this terminal" in inbox.addressed.text()
    assert not inbox.import_button.isEnabled()  # preview first
    assert window_b.top_banner.text() == "OFFICIAL"  # nothing of the bundle's content yet

    _preview(qtbot, page_b)
    # The preview lists the bundle's cases: the banners carry the bundle's marking.
    assert window_b.top_banner.text() == "OFFICIAL-SENSITIVE" == window_b.bottom_banner.text()
    counts = dict(zip(_column(inbox.counts, 0), _column(inbox.counts, 1), strict=True))
    assert counts["Cases"] == "2" and counts["People"] == "2"
    assert int(counts["All records"]) >= 4
    assert sorted(_column(inbox.cases, 0)) == sorted(a.refs)
    assert set(_column(inbox.cases, 2)) == {"New here"}
    assert b.sign_in is not None and page_b.session.cases.count_cases(CaseQuery()) == 0

    _confirm_import(qtbot, page_b)
    qtbot.waitUntil(lambda: inbox.outcome is not None or bool(inbox.error.text()), timeout=WAIT_MS)
    assert inbox.outcome is not None, inbox.error.text()
    assert inbox.outcome.imported
    assert inbox.notice.text().startswith(f"Imported bundle {bundle_id}")
    assert sorted(r.ref for r in page_b.session.cases.list_cases(CaseQuery())) == sorted(a.refs)
    # An imported case says, on its overview, where it came from.
    view = page_b.session.cases.open_case(a.refs[0], "Allocating a referral from a partner")
    case_widget = CaseViewWidget(page_b.session, view, window_b.clipboard)
    qtbot.addWidget(case_widget)
    overview = case_widget.overview.text()
    assert "Received from Test terminal" in overview and bundle_id in overview

    # Sent and received (B): the bundle received; write a receipt for it.
    log_b = page_b.log
    assert log_b is not None
    page_b.show_tab(log_b)
    assert _column(log_b.received, 0) == [bundle_id]
    assert _column(log_b.received, 5) == ["No"]
    assert log_b.select_incoming(bundle_id)
    receipt = tmp_path / "receipt.sdbundle"
    _choose_file(monkeypatch, "getSaveFileName", receipt)
    qtbot.mouseClick(log_b.receipt_button, Qt.MouseButton.LeftButton)
    assert receipt.exists(), log_b.error.text()
    assert _column(log_b.received, 5) != ["No"]
    assert _column(log_b.sent, 2) == ["Receipt"]

    # Importing the same bundle again changes nothing and says so.
    _choose_and_check(qtbot, monkeypatch, page_b, bundle)
    assert "already imported" in inbox.warning.text()

    # A imports the receipt: the sent bundle shows it.
    _choose_and_check(qtbot, monkeypatch, page_a, receipt)
    assert page_a.inbox is not None and page_a.inbox.error.text() == ""
    _preview(qtbot, page_a)
    _confirm_import(qtbot, page_a)
    qtbot.waitUntil(lambda: page_a.inbox.outcome is not None, timeout=WAIT_MS)
    page_a.show_tab(log_a)
    assert _column(log_a.sent, 6) == ["1/1"]
    window_b.close()
    window_a.close()


def test_a_tampered_bundle_is_refused_and_nothing_is_imported(
    qtbot, pair: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    a, b = pair
    s = a.sign_in()
    TrustStore(s).add(b.card.read_bytes(), date.today() + timedelta(days=30))
    s.lock()
    bundle = tmp_path / "to-b.sdbundle"
    _export_with_service(a, b, bundle)
    data = bytearray(bundle.read_bytes())
    data[1200] ^= 0x01  # inside the encrypted payload
    bundle.write_bytes(bytes(data))

    window, page = _transfers(qtbot, b.sign_in())
    _choose_and_check(qtbot, monkeypatch, page, bundle)
    inbox = page.inbox
    assert inbox is not None
    assert inbox.error.text().startswith("The bundle was rejected")
    assert "Do not import it" in inbox.error.text() or "altered" in inbox.error.text()
    assert not inbox.details.isVisibleTo(page)
    assert not inbox.preview_button.isEnabled() and not inbox.import_button.isEnabled()
    assert BundleLog(page.session.vault.conn).incoming() == []
    assert page.session.cases.count_cases(CaseQuery()) == 0
    window.close()


def test_cancelling_an_import_leaves_the_vault_unchanged(
    qtbot, pair: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    a, b = pair
    s = a.sign_in()
    TrustStore(s).add(b.card.read_bytes(), date.today() + timedelta(days=30))
    s.lock()
    bundle = tmp_path / "to-b.sdbundle"
    _export_with_service(a, b, bundle)

    window, page = _transfers(qtbot, b.sign_in())
    _choose_and_check(qtbot, monkeypatch, page, bundle)
    _preview(qtbot, page)
    inbox = page.inbox
    assert inbox is not None

    # The import pauses once decryption has begun, until the officer has pressed Cancel.
    real_import = transfer_inbox.import_bundle
    decrypting = threading.Event()

    def paused_import(session, path, *, progress, cancelled, **kw):
        def report(stage: str, done: int, total: int) -> None:
            if stage == "decrypt" and not decrypting.is_set():
                decrypting.set()
                deadline = time.monotonic() + WAIT_MS / 1000
                while not cancelled() and time.monotonic() < deadline:
                    time.sleep(0.005)
            progress(stage, done, total)

        return real_import(session, path, progress=report, cancelled=cancelled, **kw)

    monkeypatch.setattr(transfer_inbox, "import_bundle", paused_import)
    _confirm_import(qtbot, page)
    qtbot.waitUntil(decrypting.is_set, timeout=WAIT_MS)
    assert inbox.work.isVisibleTo(page) and inbox.work.cancel_button.isEnabled()
    qtbot.mouseClick(inbox.work.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not inbox.work.busy, timeout=WAIT_MS)
    assert inbox.outcome is None
    assert "cancelled" in inbox.notice.text().lower()
    assert inbox.error.text() == ""
    assert BundleLog(page.session.vault.conn).incoming() == []
    assert page.session.cases.count_cases(CaseQuery()) == 0
    window.close()


# -- who sees what -------------------------------------------------------------------------


def test_tabs_follow_permissions(qtbot, pair: tuple[Terminal, Terminal]) -> None:
    a, _b = pair
    admin = Session.sign_in(a.folder, "admin", ADMIN_PASS)
    window = MainWindow(admin)
    qtbot.addWidget(window)
    assert "transfers" in window.page_keys
    page = window.page("transfers")
    assert isinstance(page, TransfersPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["&Trust store"]
    window.close()
    officer = Session.sign_in(a.folder, "olivia", OFFICER_PASS)
    window = MainWindow(officer)
    qtbot.addWidget(window)
    assert "transfers" not in window.page_keys
    window.close()


def test_every_control_on_the_transfers_page_has_an_accessible_name(
    qtbot, pair: tuple[Terminal, Terminal], monkeypatch
) -> None:
    a, b = pair
    window, page = _transfers(qtbot, a.sign_in())
    assert page.tabs.count() == 4
    assert not _unnamed_controls(page)
    _choose_file(monkeypatch, "getOpenFileName", b.card)
    assert page.trust is not None
    dialog = _open_dialog(
        qtbot, page, lambda: qtbot.mouseClick(page.trust.add_button, Qt.MouseButton.LeftButton)
    )
    assert isinstance(dialog, AddCardDialog)
    assert not _unnamed_controls(dialog)
    dialog.reject()
    older = ImportConfirmDialog("Import?", "Older than one already imported.", page)
    qtbot.addWidget(older)
    assert not _unnamed_controls(older)
    assert not older.ok_button.isEnabled()
    older.accept_older.setChecked(True)
    assert older.ok_button.isEnabled()
    window.close()


def test_the_export_states_the_items_its_caveats_kept_out(
    qtbot, trusting: tuple[Terminal, Terminal], monkeypatch, tmp_path: Path
) -> None:
    """The window's export says what the handling caveats withheld, as the command does."""
    a, b = trusting
    oscar = Session.sign_in(a.folder, "oscar", OFFICER_PASS)
    oscar.cases.add_item(
        a.refs[0], agency="Police", text="Seen at the station", caveats=["police only"]
    )
    oscar.lock()
    _window, page_a = _transfers(qtbot, a.sign_in())
    outbox = page_a.outbox
    assert outbox is not None
    page_a.show_tab(outbox)
    qtbot.waitUntil(lambda: outbox.case_list.count() == 2, timeout=WAIT_MS)
    outbox.choose_cases([a.refs[0]])
    outbox.choose_recipients([b.fingerprint])
    _choose_file(monkeypatch, "getSaveFileName", tmp_path / "to-b.sdbundle")
    qtbot.mouseClick(outbox.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: outbox.result is not None or bool(outbox.error.text()), timeout=WAIT_MS)
    assert outbox.result is not None, outbox.error.text()
    assert outbox.result.withheld == {a.refs[0]: 1}
    assert "1 item(s) kept out under their handling caveats" in outbox.notice.text()
    assert f"{a.refs[0]} (1)" in outbox.notice.text()
