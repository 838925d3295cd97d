"""Transfers: check, preview and import bundles that arrive (Inbox), export cases to trusted
partners (Outbox), the record of bundles sent and received with their receipts, and, for
administrators, the trust store. Every rule is the transfer services'; long work runs off the
UI thread with progress and Cancel."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.access import Permission
from securedesk.core.cases.case_store import CaseQuery
from securedesk.core.errors import BundleRefused, BundleRejected, PolicyRefused
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.admin_page import ConfirmDialog
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import name_inner_parts
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    WARNING_STYLE,
    fill_table,
    message_label,
    read_only_table,
)
from securedesk.gui.transfer_dialogs import (
    AddCardDialog,
    ImportConfirmDialog,
    IsCancelled,
    Report,
    WorkStrip,
    button,
    fingerprint_label,
    set_fingerprint,
    set_marking,
    status_label,
)
from securedesk.gui.workers import Task, TaskControl
from securedesk.transfer.bundle_export import ExportResult, export_bundle
from securedesk.transfer.bundle_import import (
    BundleCheck,
    ImportOutcome,
    check_bundle,
    import_bundle,
    inspect_bundle,
)
from securedesk.transfer.bundle_log_store import BundleLog, IncomingBundle
from securedesk.transfer.contact_card import parse_card, read_card_file
from securedesk.transfer.identity import export_card, own_card
from securedesk.transfer.limits import DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS
from securedesk.transfer.receipts import make_receipt
from securedesk.transfer.record_import import ImportPreview
from securedesk.transfer.records import RECORD_TYPES
from securedesk.transfer.trust_store import TrustedTerminal, TrustStore

CASE_LIST_LIMIT = 200


def bundle_filter() -> str:
    return QCoreApplication.translate(
        "TransfersPage", "SecureDesk bundles (*.sdbundle);;All files (*)"
    )


def card_filter() -> str:
    return QCoreApplication.translate(
        "TransfersPage", "SecureDesk contact cards (*.sdcard *.txt);;All files (*)"
    )


def record_type_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("TransfersPage", "People"),
        "person_link": QCoreApplication.translate("TransfersPage", "Links between people"),
        "case": QCoreApplication.translate("TransfersPage", "Cases"),
        "item": QCoreApplication.translate("TransfersPage", "Information items"),
        "chronology_entry": QCoreApplication.translate("TransfersPage", "Chronology entries"),
        "assessment": QCoreApplication.translate("TransfersPage", "Assessments"),
        "action": QCoreApplication.translate("TransfersPage", "Actions"),
        "attachment": QCoreApplication.translate("TransfersPage", "Attachments"),
    }
    return labels.get(kind, kind)


def outcome_label(outcome: str) -> str:
    labels = {
        "create": QCoreApplication.translate("TransfersPage", "New here"),
        "update": QCoreApplication.translate("TransfersPage", "Updated"),
        "unchanged": QCoreApplication.translate("TransfersPage", "Unchanged"),
        "conflict": QCoreApplication.translate("TransfersPage", "Conflict kept for review"),
    }
    return labels.get(outcome, outcome)


def _when(iso: str) -> str:
    """An ISO time as 'YYYY-MM-DD HH:MM' (UTC, as stored)."""
    return iso[:16].replace("T", " ")


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return str(n)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower() or "bundle"


def _table(headers: list[str], name: str, object_name: str, stretch: int = 1) -> QTableWidget:
    table = read_only_table(headers, name, object_name)
    table.setAlternatingRowColors(True)
    # Sized by the header itself: columns set by hand after a refresh left the stretched
    # column short of the table's edge once the table had been shown.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows()
    return rows[0].row() if rows else None


def _labelled(text: str, field: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(field)
    return label


class _Tab(QWidget):
    """A tab of the Transfers page: the session, and the page that opens its dialogs."""

    def __init__(self, page: TransfersPage) -> None:
        super().__init__()
        self.page = page
        self.session = page.session

    def show_dialog(self, dialog: QDialog) -> None:
        self.page.show_dialog(dialog)


# -- Inbox ---------------------------------------------------------------------------------


class InboxTab(_Tab):
    """Choose a bundle, see who sent it (checked without decrypting), preview, import."""

    imported = Signal()
    markings_changed = Signal()

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("inboxTab")
        self.path: Path | None = None
        self.check: BundleCheck | None = None
        self.preview: ImportPreview | None = None
        self.outcome: ImportOutcome | None = None

        self.choose_button = button(
            self.tr("&Choose bundle…"), self.tr("Choose a bundle file to check"), self.choose
        )
        self.file_label = QLabel(self.tr("No bundle chosen."))
        self.file_label.setObjectName("bundleFile")
        self.file_label.setWordWrap(True)

        self.sender_name = QLabel()
        self.sender_org = QLabel()
        self.fingerprint = fingerprint_label("", self.tr("Sender fingerprint"))
        self.bundle_id = QLabel()
        self.bundle_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sequence = QLabel()
        self.created = QLabel()
        self.expires = QLabel()
        self.marking = QLabel()
        self.marking.setObjectName("bundleMarking")
        self.addressed = QLabel()
        self.addressed.setObjectName("addressedHere")
        self.addressed.setWordWrap(True)
        self.warning = message_label("inboxWarning", WARNING_STYLE)
        self.details = QGroupBox(self.tr("Sender and bundle (signatures checked)"))
        self.details.setObjectName("bundleDetails")
        form = QFormLayout(self.details)
        form.addRow(self.tr("Sender:"), self.sender_name)
        form.addRow(self.tr("Organisation:"), self.sender_org)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Bundle:"), self.bundle_id)
        form.addRow(self.tr("Number:"), self.sequence)
        form.addRow(self.tr("Created:"), self.created)
        form.addRow(self.tr("Expires:"), self.expires)
        marking_row = QHBoxLayout()
        marking_row.addWidget(self.marking)
        marking_row.addStretch(1)
        form.addRow(self.tr("Highest marking:"), marking_row)
        form.addRow(self.tr("Addressed:"), self.addressed)
        form.addRow(self.warning)
        self.details.setVisible(False)

        self.preview_button = button(
            self.tr("&Preview"), self.tr("Preview what the import would change"), self.run_preview
        )
        self.import_button = button(
            self.tr("&Import…"), self.tr("Import the bundle"), self.ask_import
        )
        self.counts = _table(
            [
                self.tr("Records"),
                self.tr("New here"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
            ],
            self.tr("What the import would change, by kind of record"),
            "previewCounts",
            stretch=0,
        )
        self.cases = _table(
            [self.tr("Case here"), self.tr("Sender's reference"), self.tr("Outcome")],
            self.tr("Cases in the bundle"),
            "previewCases",
            stretch=2,
        )
        self.preview_box = QGroupBox(self.tr("Preview"))
        pl = QVBoxLayout(self.preview_box)
        pl.addWidget(_labelled(self.tr("Re&cords:"), self.counts))
        # Room for the usual kinds of record (and the total) without a scroll bar; the cases
        # below take whatever height is left.
        self.counts.setMinimumHeight(
            self.counts.horizontalHeader().sizeHint().height()
            + 5 * self.counts.verticalHeader().defaultSectionSize()
        )
        pl.addWidget(self.counts, 0)
        pl.addWidget(_labelled(self.tr("C&ases:"), self.cases))
        pl.addWidget(self.cases, 1)
        self.preview_box.setVisible(False)

        self.work = WorkStrip(self.tr("Progress checking or importing the bundle"))
        self.work.busy_changed.connect(lambda _b: self._update_buttons())
        self.error = message_label("inboxError", ERROR_STYLE)
        self.notice = message_label("inboxNotice", NOTICE_STYLE)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.work)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview_box, 1)
        layout.addStretch(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.work.busy
        self.choose_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy and self.check is not None)
        self.import_button.setEnabled(
            not busy and self.check is not None and self.preview is not None
        )

    def _show_error(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        text = message_for(exc)
        if isinstance(exc, BundleRejected):
            text = self.tr("The bundle was rejected: it failed a check. %s") % text
        elif isinstance(exc, BundleRefused | PolicyRefused):
            text = self.tr("The bundle was refused. %s") % text
        self.notice.clear()
        self.error.setText(text)
        self._update_buttons()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), "", bundle_filter())
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, path: Path) -> None:
        """Verify the bundle at `path` (signatures, sender, expiry), without decrypting."""
        self.path = path
        self.check = None
        self.preview = None
        self.outcome = None
        self.file_label.setText(str(path))
        self.details.setVisible(False)
        self.preview_box.setVisible(False)
        self.markings_changed.emit()
        self.error.clear()
        self.notice.setText(self.tr("Checking the signatures…"))
        session = self.session

        def work(report: Report, cancelled: IsCancelled) -> object:
            return check_bundle(session, path, report)

        self.work.run(
            work,
            {"verify": self.tr("Checking signatures… %p%")},
            self._checked,
            self._show_error,
            lambda: self.notice.setText(self.tr("Checking cancelled.")),
        )
        self._update_buttons()

    def _checked(self, result: object) -> None:
        check = cast(BundleCheck, result)
        self.check = check
        e = check.envelope
        self.sender_name.setText(check.sender_name)
        self.sender_org.setText(check.sender_organisation)
        set_fingerprint(self.fingerprint, check.sender_fingerprint)
        self.bundle_id.setText(e.bundle_id)
        self.sequence.setText(str(e.sequence))
        self.created.setText(e.created.strftime("%Y-%m-%d %H:%M UTC"))
        self.expires.setText(e.expires.strftime("%Y-%m-%d %H:%M UTC"))
        set_marking(self.marking, e.highest_marking)
        kind = self.tr("a receipt") if e.kind == "receipt" else self.tr("cases")
        if check.addressed_here:
            self.addressed.setText(self.tr("To this terminal (%s).") % kind)
            self.addressed.setStyleSheet(NOTICE_STYLE)
        else:
            self.addressed.setText(
                self.tr(
                    "Not to this terminal. Do not import it; return it to the transfer officer."
                )
            )
            self.addressed.setStyleSheet(ERROR_STYLE)
        warnings = []
        if check.already_imported is not None:
            warnings.append(
                self.tr(
                    "This bundle was already imported on %1 by %2; importing it again "
                    "changes nothing."
                )
                .replace("%1", _when(check.already_imported.imported_at))
                .replace("%2", check.already_imported.imported_by)
            )
        elif check.is_older:
            warnings.append(
                self.tr(
                    "Older than a bundle already imported from this sender (number %1 is "
                    "here): it may be an old bundle replayed. Confirm with the sender before "
                    "importing it."
                ).replace("%1", str(check.older_than))
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.details.setVisible(True)
        self.notice.setText(
            self.tr(
                "Compare the fingerprint with the one the sender's administrator gave you; "
                "then preview the bundle."
            )
        )
        self._update_buttons()

    def run_preview(self) -> None:
        if self.path is None or self.check is None:
            return
        path, session = self.path, self.session
        self.error.clear()
        self.notice.setText(self.tr("Decrypting and checking every record…"))
        self.preview = None

        def work(report: Report, cancelled: IsCancelled) -> object:
            return inspect_bundle(session, path, progress=report, cancelled=cancelled)

        self.work.run(
            work,
            {
                "verify": self.tr("Checking signatures… %p%"),
                "decrypt": self.tr("Decrypting and checking… %p%"),
            },
            self._previewed,
            self._show_error,
            lambda: self.notice.setText(self.tr("Preview cancelled; nothing was imported.")),
        )
        self._update_buttons()

    def _previewed(self, result: object) -> None:
        check, preview = cast("tuple[BundleCheck, ImportPreview | None]", result)
        self.check = check
        self.preview = preview or ImportPreview()
        p = self.preview
        rows = []
        for kind in RECORD_TYPES:
            counts = [p.creates[kind], p.updates[kind], p.unchanged[kind], p.conflicts[kind]]
            if any(counts):
                rows.append([record_type_label(kind), *map(str, counts)])
        totals = [p.creates.total(), p.updates.total(), p.unchanged.total(), p.conflicts.total()]
        rows.append([self.tr("All records"), *map(str, totals)])
        fill_table(self.counts, rows, right=(1, 2, 3, 4))
        case_rows = [[c.ref, c.sender_ref, outcome_label(c.outcome)] for c in p.cases]
        if p.more_cases:
            case_rows.append(["", "", self.tr("and %n more case(s)", "", p.more_cases)])
        fill_table(self.cases, case_rows)
        self.preview_box.setVisible(True)
        # The cases listed are the bundle's: the banners show its marking while they are.
        self.markings_changed.emit()
        if check.envelope.kind == "receipt":
            self.notice.setText(
                self.tr("A receipt: importing it records it against the bundle sent.")
            )
        elif p.changes_nothing:
            self.notice.setText(self.tr("Everything in the bundle is here already as sent."))
        else:
            self.notice.setText(
                self.tr("Nothing has been imported yet. Check the preview, then import.")
            )
        self._update_buttons()

    def shown_markings(self) -> list[Marking]:
        """The bundle's highest marking while its preview (its cases) is on screen."""
        if self.preview_box.isVisibleTo(self) and self.check is not None:
            return [self.check.checked.envelope.highest_marking]
        return []

    def ask_import(self) -> None:
        check, preview = self.check, self.preview
        if check is None or preview is None:
            return
        summary = (
            self.tr(
                "Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated "
                "and %6 kept as conflicts for review. The import is recorded in the audit log."
            )
            .replace("%1", str(check.envelope.sequence))
            .replace("%2", check.sender_name)
            .replace("%3", check.sender_organisation)
            .replace("%4", str(preview.creates.total()))
            .replace("%5", str(preview.updates.total()))
            .replace("%6", str(preview.conflicts.total()))
        )
        older = None
        if check.is_older and check.already_imported is None:
            older = (
                self.tr(
                    "This is number %1 from the sender, but number %2 has already been imported: "
                    "it may be an old bundle replayed."
                )
                .replace("%1", str(check.envelope.sequence))
                .replace("%2", str(check.older_than))
            )
        dialog = ImportConfirmDialog(summary, older, self)

        def confirmed() -> None:
            accept_older = dialog.accept_older.isChecked()
            dialog.finish()
            self.run_import(accept_older)

        dialog.submitted.connect(confirmed)
        self.show_dialog(dialog)

    def run_import(self, accept_older: bool = False) -> None:
        check, path = self.check, self.path
        if check is None or path is None:
            return
        session = self.session
        expected = check.checked.envelope_sha256
        self.error.clear()
        self.notice.setText(self.tr("Importing…"))

        def work(report: Report, cancelled: IsCancelled) -> object:
            return import_bundle(
                session,
                path,
                accept_older=accept_older,
                expected_envelope_sha256=expected,
                progress=report,
                cancelled=cancelled,
            )

        self.work.run(
            work,
            {
                "verify": self.tr("Checking signatures… %p%"),
                "decrypt": self.tr("Importing… %p%"),
            },
            self._imported,
            self._show_error,
            lambda: self.notice.setText(
                self.tr("Import cancelled. Nothing was imported; the vault is as it was.")
            ),
        )
        self._update_buttons()

    def _imported(self, result: object) -> None:
        outcome = cast(ImportOutcome, result)
        self.outcome = outcome
        # The core's message, written for the user (ids and counts, never case content).
        self.notice.setText(outcome.message)
        self.preview = None
        self._update_buttons()
        if outcome.imported:
            self.imported.emit()


# -- Outbox --------------------------------------------------------------------------------


class OutboxTab(_Tab):
    """Choose cases and trusted recipients, and write one bundle for them."""

    exported = Signal()
    markings_changed = Signal()

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("outboxTab")
        self.chosen: dict[str, tuple[str, Marking]] = {}  # ref -> (label, marking)
        self.shown: list[tuple[str, str, Marking]] = []  # (ref, label, marking) listed
        self.terminals: list[TrustedTerminal] = []
        self.result: ExportResult | None = None
        self._loading = False

        self.search = QLineEdit()
        self.search.setObjectName("outboxSearch")
        self.search.setAccessibleName(self.tr("Search cases to send"))
        self.search.setPlaceholderText(self.tr("Search by reference, name or text"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(self.tr("Clear the search"))
        self._cases_task: Task | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.load_cases)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.case_list = QListWidget()
        self.case_list.setObjectName("outboxCases")
        self.case_list.setAccessibleName(self.tr("Cases to send (tick to choose)"))
        self.case_list.itemChanged.connect(self._case_ticked)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("chosenCases")
        self.chosen_label.setWordWrap(True)

        self.recipients = _table(
            [
                self.tr("Send to"),
                self.tr("Organisation"),
                self.tr("Ceiling"),
                self.tr("Fingerprint"),
                self.tr("Trusted until"),
            ],
            self.tr("Trusted recipients (tick to choose)"),
            "outboxRecipients",
            stretch=1,
        )
        self.recipients.itemChanged.connect(lambda _i: self._update_buttons())
        self.expiry = QSpinBox()
        self.expiry.setRange(1, MAX_EXPIRY_DAYS)
        self.expiry.setValue(DEFAULT_EXPIRY_DAYS)
        self.expiry.setSuffix(self.tr(" days"))
        self.expiry.setAccessibleName(self.tr("Bundle expires after, in days"))
        self.export_button = button(
            self.tr("&Export…"), self.tr("Export the chosen cases"), self.ask_export
        )
        self.work = WorkStrip(self.tr("Progress writing the bundle"))
        self.work.busy_changed.connect(lambda _b: self._update_buttons())
        self.error = message_label("outboxError", ERROR_STYLE)
        self.notice = message_label("outboxNotice", NOTICE_STYLE)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(_labelled(self.tr("&Search cases:"), self.search))
        ll.addWidget(self.search)
        ll.addWidget(self.case_list, 1)
        ll.addWidget(self.chosen_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(_labelled(self.tr("&Recipients:"), self.recipients))
        rl.addWidget(self.recipients, 1)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(_labelled(self.tr("E&xpires after:"), self.expiry))
        expiry_row.addWidget(self.expiry)
        expiry_row.addStretch(1)
        expiry_row.addWidget(self.export_button)
        rl.addLayout(expiry_row)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.work)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.refresh()

    def refresh(self) -> None:
        self.load_recipients()
        self.load_cases()

    def load_recipients(self) -> None:
        today = date.today()
        try:
            everyone = TrustStore(self.session).list()
        except Exception as exc:
            everyone = []
            self.error.setText(message_for(exc))
        self.terminals = [t for t in everyone if t.status(today) == "trusted"]
        self.recipients.blockSignals(True)
        fill_table(
            self.recipients,
            [
                [t.name, t.organisation, t.ceiling.value, t.fingerprint, t.expires_on.isoformat()]
                for t in self.terminals
            ],
        )
        for r in range(len(self.terminals)):
            item = self.recipients.item(r, 0)
            assert item is not None
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.recipients.blockSignals(False)
        if not self.terminals:
            self.notice.setText(
                self.tr(
                    "No partner terminal is trusted yet. An administrator adds partners' "
                    "contact cards on the Trust store tab."
                )
            )
        self._update_buttons()

    def load_cases(self) -> None:
        """The cases the user may see: the search's matches, or the first by reference.
        Queried off the UI thread (a search over a large vault takes a moment); a newer
        query replaces an older one still running."""
        text = self.search.text().strip()
        if self._cases_task is not None and not self._cases_task.done:
            self._cases_task.cancel()
        session = self.session

        def work(control: TaskControl) -> list[tuple[str, str, Marking]]:
            if text:
                hits = session.search(text, limit=CASE_LIST_LIMIT)
                control.check()
                return [(h.ref, h.subjects, h.marking) for h in hits]
            listed = session.list_cases(CaseQuery(limit=CASE_LIST_LIMIT))
            control.check()
            return [(c.ref, c.subjects, c.marking) for c in listed]

        task = Task(work, self)
        self._cases_task = task

        def done(rows: object) -> None:
            if task is self._cases_task:
                assert isinstance(rows, list)
                self._show_cases(rows)

        def failed(exc: object) -> None:
            if task is self._cases_task:
                assert isinstance(exc, BaseException)
                self.error.setText(message_for(exc))
                self._show_cases([])

        task.finished.connect(done)
        task.failed.connect(failed)
        task.start()

    def _show_cases(self, rows: list[tuple[str, str, Marking]]) -> None:
        self.shown = [(ref, f"{ref} — {subjects}", marking) for ref, subjects, marking in rows]
        self._loading = True
        self.case_list.clear()
        for ref, label, marking in self.shown:
            item = QListWidgetItem(f"{label}   [{marking.value}]", self.case_list)
            item.setData(Qt.ItemDataRole.UserRole, ref)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = ref in self.chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._loading = False
        self._show_chosen()
        self.markings_changed.emit()

    def _case_ticked(self, item: QListWidgetItem) -> None:
        if self._loading:
            return
        ref = str(item.data(Qt.ItemDataRole.UserRole))
        row = self.case_list.row(item)
        if item.checkState() == Qt.CheckState.Checked and 0 <= row < len(self.shown):
            _ref, label, marking = self.shown[row]
            self.chosen[ref] = (label, marking)
        else:
            self.chosen.pop(ref, None)
        self._show_chosen()

    def choose_cases(self, refs: list[str]) -> None:
        """Tick the listed cases whose references are in `refs`."""
        for n in range(self.case_list.count()):
            item = self.case_list.item(n)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) in refs:
                item.setCheckState(Qt.CheckState.Checked)

    def choose_recipients(self, fingerprints: list[str]) -> None:
        for r, t in enumerate(self.terminals):
            item = self.recipients.item(r, 0)
            if item is not None and t.fingerprint in fingerprints:
                item.setCheckState(Qt.CheckState.Checked)

    def _show_chosen(self) -> None:
        refs = sorted(self.chosen)
        if refs:
            self.chosen_label.setText(
                self.tr("%n case(s) chosen: ", "", len(refs)) + ", ".join(refs)
            )
        else:
            self.chosen_label.setText(self.tr("No case chosen yet: tick the cases to send."))
        self._update_buttons()

    def chosen_recipients(self) -> list[TrustedTerminal]:
        chosen = []
        for r, t in enumerate(self.terminals):
            item = self.recipients.item(r, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                chosen.append(t)
        return chosen

    def shown_markings(self) -> list[Marking]:
        return [m for _ref, _label, m in self.shown] + [m for _l, m in self.chosen.values()]

    def _update_buttons(self) -> None:
        busy = self.work.busy
        self.search.setEnabled(not busy)
        self.case_list.setEnabled(not busy)
        self.recipients.setEnabled(not busy)
        self.expiry.setEnabled(not busy)
        self.export_button.setEnabled(
            not busy and bool(self.chosen) and bool(self.chosen_recipients())
        )

    def default_file_name(self) -> str:
        recipients = self.chosen_recipients()
        if len(recipients) == 1:
            org = recipients[0].organisation
        else:
            try:
                org = own_card(self.session).organisation
            except Exception:  # the name is only a suggestion
                org = "securedesk"
        return f"{_safe_name(org)}-{date.today().isoformat()}.sdbundle"

    def ask_export(self) -> None:
        recipients = self.chosen_recipients()
        refs = sorted(self.chosen)
        if not refs or not recipients:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the bundle to"), self.default_file_name(), bundle_filter()
        )
        if not path:
            return
        out = Path(path)
        if not out.suffix:
            out = out.with_suffix(".sdbundle")
        self.run_export(refs, [t.fingerprint for t in recipients], out)

    def run_export(self, refs: list[str], fingerprints: list[str], out: Path) -> None:
        session = self.session
        days = self.expiry.value()
        self.error.clear()
        self.notice.setText(self.tr("Writing the bundle…"))
        self.result = None

        def work(report: Report, cancelled: IsCancelled) -> object:
            return export_bundle(
                session,
                recipients=fingerprints,
                case_refs=refs,
                out=out,
                expires_in_days=days,
                progress=report,
                cancelled=cancelled,
            )

        def failed(exc: object) -> None:
            assert isinstance(exc, BaseException)
            self.notice.clear()
            self.error.setText(message_for(exc))

        self.work.run(
            work,
            {
                "cases": self.tr("Writing cases… %p%"),
                "attachments": self.tr("Writing attachments… %p%"),
            },
            self._exported,
            failed,
            lambda: self.notice.setText(self.tr("Export cancelled; no bundle was written.")),
        )
        self._update_buttons()

    def _exported(self, result: object) -> None:
        r = cast(ExportResult, result)
        self.result = r
        self.notice.setText(
            self.tr(
                "Bundle written to %1.\nBundle %2, number %3, %4; %5 case(s), %6 record(s), "
                "%7 attachment(s); highest marking %8; expires %9."
            )
            .replace("%1", str(r.out))
            .replace("%2", r.bundle_id)
            .replace("%3", str(r.sequence))
            .replace("%4", _size(r.file_size))
            .replace("%5", str(r.cases))
            .replace("%6", str(r.records))
            .replace("%7", str(r.attachments))
            .replace("%8", r.highest_marking.value)
            .replace("%9", r.expires.strftime("%Y-%m-%d %H:%M UTC"))
        )
        self._update_buttons()
        self.exported.emit()


# -- Sent and received ---------------------------------------------------------------------


class LogTab(_Tab):
    """Bundles sent (with their receipts) and received (with the receipts issued)."""

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("logTab")
        self.incoming: list[IncomingBundle] = []
        self.can_receipt = Permission.IMPORT in self.session.permissions
        self.sent = _table(
            [
                self.tr("Bundle"),
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Sent"),
                self.tr("Recipients"),
                self.tr("Marking"),
                self.tr("Receipts"),
            ],
            self.tr("Bundles sent"),
            "sentTable",
            stretch=4,
        )
        self.received = _table(
            [
                self.tr("Bundle"),
                self.tr("Sender"),
                self.tr("Number"),
                self.tr("Kind"),
                self.tr("Imported"),
                self.tr("Receipt sent"),
            ],
            self.tr("Bundles received"),
            "receivedTable",
            stretch=1,
        )
        self.received.itemSelectionChanged.connect(self._update_buttons)
        self.receipt_button = button(
            self.tr("&Write receipt…"),
            self.tr("Write a receipt for the selected bundle received"),
            self.ask_receipt,
        )
        self.receipt_button.setVisible(self.can_receipt)
        self.refresh_button = button(
            self.tr("Re&fresh"), self.tr("Refresh the lists"), self.refresh
        )
        self.error = message_label("logError", ERROR_STYLE)
        self.notice = message_label("logNotice", NOTICE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(_labelled(self.tr("Se&nt:"), self.sent))
        layout.addWidget(self.sent, 1)
        layout.addWidget(_labelled(self.tr("Recei&ved:"), self.received))
        layout.addWidget(self.received, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.refresh()

    def _names(self) -> dict[str, str]:
        try:
            return {t.fingerprint: t.name for t in TrustStore(self.session).list()}
        except Exception:  # names are a convenience: the fingerprints are shown instead
            return {}

    def refresh(self) -> None:
        try:
            log = BundleLog(self.session.vault.conn)
            outgoing, self.incoming = log.outgoing(), log.incoming()
        except Exception as exc:
            outgoing, self.incoming = [], []
            self.error.setText(message_for(exc))
        else:
            self.error.clear()
        names = self._names()
        kinds = {"records": self.tr("Cases"), "receipt": self.tr("Receipt")}
        fill_table(
            self.sent,
            [
                [
                    b.bundle_id,
                    str(b.sequence),
                    kinds.get(b.kind, b.kind),
                    _when(b.created_at),
                    ", ".join(names.get(f, f) for f in b.recipients),
                    b.highest_marking,
                    f"{len({r['from'] for r in b.receipts})}/{len(b.recipients)}"
                    if b.kind == "records"
                    else "",
                ]
                for b in outgoing
            ],
            right=(1,),
        )
        fill_table(
            self.received,
            [
                [
                    b.bundle_id,
                    names.get(b.sender_fingerprint, b.sender_fingerprint),
                    str(b.sequence),
                    kinds.get(b.kind, b.kind),
                    f"{_when(b.imported_at)} ({b.imported_by})",
                    _when(b.receipt_issued_at)
                    if b.receipt_issued_at
                    else (self.tr("No") if b.kind == "records" else ""),
                ]
                for b in self.incoming
            ],
            right=(2,),
        )
        self._update_buttons()

    def selected_incoming(self) -> IncomingBundle | None:
        row = _selected_row(self.received)
        return self.incoming[row] if row is not None and row < len(self.incoming) else None

    def select_incoming(self, bundle_id: str) -> bool:
        for n, b in enumerate(self.incoming):
            if b.bundle_id == bundle_id:
                self.received.selectRow(n)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected_incoming()
        self.receipt_button.setEnabled(chosen is not None and chosen.kind == "records")

    def ask_receipt(self) -> None:
        chosen = self.selected_incoming()
        if chosen is None:
            return
        default = f"receipt-{chosen.sequence}-{date.today().isoformat()}.sdbundle"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write the receipt to"), default, bundle_filter()
        )
        if not path:
            return
        try:
            # A receipt is a few kilobytes: written at once.
            result = make_receipt(self.session, chosen.bundle_id, Path(path))
        except Exception as exc:
            self.notice.clear()
            self.error.setText(message_for(exc))
            return
        self.error.clear()
        self.notice.setText(
            self.tr("Receipt %1 written to %2; take it back to the sender.")
            .replace("%1", result.bundle_id)
            .replace("%2", str(result.out))
        )
        self.refresh()


# -- Trust store ---------------------------------------------------------------------------


class TrustTab(_Tab):
    """This terminal's card, and the partners trusted here (administrators only)."""

    changed = Signal()

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("trustTab")
        self.terminals: list[TrustedTerminal] = []
        own = QGroupBox(self.tr("This terminal's contact card"))
        self.own_name = QLabel()
        self.own_org = QLabel()
        self.own_ceiling = QLabel()
        self.own_fingerprint = fingerprint_label("", self.tr("This terminal's fingerprint"))
        self.export_button = button(
            self.tr("E&xport my card…"),
            self.tr("Export this terminal's contact card"),
            self.ask_export_card,
        )
        form = QFormLayout(own)
        form.addRow(self.tr("Terminal:"), self.own_name)
        form.addRow(self.tr("Organisation:"), self.own_org)
        form.addRow(self.tr("Ceiling:"), self.own_ceiling)
        form.addRow(self.tr("Fingerprint:"), self.own_fingerprint)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_button)
        export_row.addStretch(1)
        form.addRow(export_row)

        self.table = _table(
            [
                self.tr("Terminal"),
                self.tr("Organisation"),
                self.tr("Ceiling"),
                self.tr("Fingerprint"),
                self.tr("Trusted until"),
                self.tr("Status"),
                self.tr("Added by"),
            ],
            self.tr("Trusted terminals"),
            "trustTable",
            stretch=3,
        )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = button(
            self.tr("&Add card…"), self.tr("Add a partner's contact card"), self.ask_add_card
        )
        self.revoke_button = button(
            self.tr("&Revoke…"), self.tr("Revoke the selected terminal"), self.ask_revoke
        )
        self.error = message_label("trustError", ERROR_STYLE)
        self.notice = message_label("trustNotice", NOTICE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(_labelled(self.tr("&Trusted terminals:"), self.table))
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        self.refresh()

    def refresh(self) -> None:
        try:
            card = own_card(self.session)
            self.terminals = TrustStore(self.session).list()
        except Exception as exc:
            self.error.setText(message_for(exc))
            self.terminals = []
        else:
            self.own_name.setText(card.name)
            self.own_org.setText(card.organisation)
            self.own_ceiling.setText(card.ceiling.value)
            set_fingerprint(self.own_fingerprint, card.fingerprint)
        today = date.today()
        fill_table(
            self.table,
            [
                [
                    t.name,
                    t.organisation,
                    t.ceiling.value,
                    t.fingerprint,
                    t.expires_on.isoformat(),
                    status_label(t.status(today)),
                    t.added_by,
                ]
                for t in self.terminals
            ],
        )
        self._update_buttons()

    def selected(self) -> TrustedTerminal | None:
        row = _selected_row(self.table)
        return self.terminals[row] if row is not None and row < len(self.terminals) else None

    def select(self, fingerprint: str) -> bool:
        for n, t in enumerate(self.terminals):
            if t.fingerprint == fingerprint:
                self.table.selectRow(n)
                return True
        return False

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.revoke_button.setEnabled(chosen is not None and chosen.revoked_at is None)

    def _say(self, notice: str = "", error: str = "") -> None:
        self.notice.setText(notice)
        self.error.setText(error)

    def ask_export_card(self) -> None:
        try:
            card = own_card(self.session)
        except Exception as exc:
            self._say(error=message_for(exc))
            return
        default = f"{_safe_name(card.organisation)}-{_safe_name(card.name)}.sdcard"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export this terminal's card"), default, card_filter()
        )
        if not path:
            return
        try:
            export_card(self.session, Path(path))
        except Exception as exc:
            self._say(error=message_for(exc))
            return
        self._say(
            notice=self.tr(
                "Card written to %s. Give it to the partner's administrator and read them "
                "the fingerprint by telephone or in person."
            )
            % path
        )

    def ask_add_card(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a partner's contact card"), "", card_filter()
        )
        if not path:
            return
        try:
            data = read_card_file(Path(path))
            card = parse_card(data)
        except OSError as exc:
            self._say(
                error=self.tr("Cannot read the card file %1: %2.")
                .replace("%1", path)
                .replace("%2", exc.strerror or type(exc).__name__)
            )
            return
        except Exception as exc:
            self._say(error=message_for(exc))
            return
        dialog = AddCardDialog(card, self)

        def submitted() -> None:
            try:
                terminal = TrustStore(self.session).add(
                    data, dialog.expires_on(), dialog.chosen_ceiling()
                )
            except Exception as exc:
                dialog.show_error(message_for(exc))
                return
            dialog.finish()
            self.refresh()
            self.select(terminal.fingerprint)
            self._say(
                notice=self.tr("%1 (%2) is trusted until %3.")
                .replace("%1", terminal.name)
                .replace("%2", terminal.organisation)
                .replace("%3", terminal.expires_on.isoformat())
            )
            self.changed.emit()

        dialog.submitted.connect(submitted)
        self.show_dialog(dialog)

    def ask_revoke(self) -> None:
        terminal = self.selected()
        if terminal is None:
            return
        dialog = ConfirmDialog(
            terminal.fingerprint,
            self.tr("Revoke a terminal"),
            self.tr(
                "Revoke %1 (%2), fingerprint %3? Bundles from or to it are refused from now "
                "on, and its keys can never be trusted again."
            )
            .replace("%1", terminal.name)
            .replace("%2", terminal.organisation)
            .replace("%3", terminal.fingerprint),
            self.tr("&Revoke"),
            self.tr("Revoke the terminal"),
            self,
        )

        def submitted() -> None:
            try:
                TrustStore(self.session).revoke(terminal.fingerprint)
            except Exception as exc:
                dialog.show_error(message_for(exc))
                return
            dialog.finish()
            self.refresh()
            self._say(notice=self.tr("%s is revoked.") % terminal.name)
            self.changed.emit()

        dialog.submitted.connect(submitted)
        self.show_dialog(dialog)


# -- the page ------------------------------------------------------------------------------


class TransfersPage(QWidget):
    """The tabs a user may use: Inbox (import), Outbox (export), Sent and received (either),
    Trust store (administer). Dialogs open window-modal without blocking, announced by
    `dialog_opened`, so keyboard users and tests drive them alike."""

    dialog_opened = Signal(QDialog)
    markings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfersPage")
        self.session = session
        self.active_dialog: QDialog | None = None
        permissions = session.permissions
        self.tabs = QTabWidget()
        self.tabs.setObjectName("transferTabs")
        self.tabs.setAccessibleName(self.tr("Transfers"))
        self.inbox: InboxTab | None = None
        self.outbox: OutboxTab | None = None
        self.log: LogTab | None = None
        self.trust: TrustTab | None = None
        if Permission.IMPORT in permissions:
            self.inbox = InboxTab(self)
            self.tabs.addTab(self.inbox, self.tr("&Inbox"))
            self.inbox.markings_changed.connect(self.markings_changed)
        if Permission.EXPORT in permissions:
            self.outbox = OutboxTab(self)
            self.tabs.addTab(self.outbox, self.tr("&Outbox"))
            self.outbox.markings_changed.connect(self.markings_changed)
        if permissions & {Permission.EXPORT, Permission.IMPORT}:
            self.log = LogTab(self)
            self.tabs.addTab(self.log, self.tr("Sent and &received"))
        if Permission.ADMINISTER in permissions:
            self.trust = TrustTab(self)
            self.tabs.addTab(self.trust, self.tr("&Trust store"))
        self.tabs.currentChanged.connect(self._tab_changed)
        if self.inbox is not None and self.log is not None:
            self.inbox.imported.connect(self.log.refresh)
        if self.outbox is not None and self.log is not None:
            self.outbox.exported.connect(self.log.refresh)
        if self.trust is not None and self.outbox is not None:
            self.trust.changed.connect(self.outbox.load_recipients)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.tabs.count() == 0:
            layout.addWidget(QLabel(self.tr("Transfers need the transfer officer's role.")))
        layout.addWidget(self.tabs)
        name_inner_parts(self)

    def _tab_changed(self, _index: int) -> None:
        current = self.tabs.currentWidget()
        if current is self.log and self.log is not None:
            self.log.refresh()
        self.markings_changed.emit()

    def show_tab(self, tab: QWidget | None) -> None:
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def shown_markings(self) -> list[Marking]:
        """Markings of what is on screen: the cases listed on the Outbox tab, or the cases
        of a previewed bundle on the Inbox tab."""
        current = self.tabs.currentWidget()
        if self.outbox is not None and current is self.outbox:
            return self.outbox.shown_markings() or [Marking.OFFICIAL]
        if self.inbox is not None and current is self.inbox:
            return self.inbox.shown_markings() or [Marking.OFFICIAL]
        return [Marking.OFFICIAL]

    def show_dialog(self, dialog: QDialog) -> None:
        self.active_dialog = dialog

        def closed(_result: int) -> None:
            if self.active_dialog is dialog:
                self.active_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()
        self.dialog_opened.emit(dialog)
