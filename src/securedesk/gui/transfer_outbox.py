"""The Outbox tab: choose cases and trusted recipients, and write one bundle for them."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.markings import Marking
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import ERROR_STYLE, NOTICE_STYLE, fill_table, message_label
from securedesk.gui.plain_text import plain_label
from securedesk.gui.transfer_dialogs import IsCancelled, Report, WorkStrip, button
from securedesk.gui.transfer_tab_parts import (
    TransferTab,
    bundle_filter,
    labelled,
    safe_file_name,
    transfer_table,
)
from securedesk.gui.workers import Task, TaskControl
from securedesk.transfer.bundle_export import ExportResult, export_bundle
from securedesk.transfer.identity import own_card
from securedesk.transfer.limits import DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS
from securedesk.transfer.trust_store import TrustedTerminal, TrustStore

if TYPE_CHECKING:
    from securedesk.gui.transfers_page import TransfersPage


CASE_LIST_LIMIT = 200


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return str(n)


class OutboxTab(TransferTab):
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
        self.chosen_label = plain_label()
        self.chosen_label.setObjectName("chosenCases")
        self.chosen_label.setWordWrap(True)

        self.recipients = transfer_table(
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
        ll.addWidget(labelled(self.tr("Sear&ch cases:"), self.search))
        ll.addWidget(self.search)
        ll.addWidget(self.case_list, 1)
        ll.addWidget(self.chosen_label)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(labelled(self.tr("Recipie&nts:"), self.recipients))
        rl.addWidget(self.recipients, 1)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(labelled(self.tr("E&xpires after:"), self.expiry))
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
                hits = session.cases.search(text, limit=CASE_LIST_LIMIT)
                control.check()
                return [(h.ref, h.subjects, h.marking) for h in hits]
            listed = session.cases.list_cases(CaseQuery(limit=CASE_LIST_LIMIT))
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
        return f"{safe_file_name(org)}-{date.today().isoformat()}.sdbundle"

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
            + self._withheld_text(r)
        )
        self._update_buttons()
        self.exported.emit()

    def _withheld_text(self, r: ExportResult) -> str:
        """The gap the handling caveats left, stated where the officer reads the result (the
        recipients' preview states it too)."""
        if not r.items_withheld:
            return ""
        cases = ", ".join(f"{ref} ({n})" for ref, n in sorted(r.withheld.items()))
        return "\n" + (
            self.tr(
                "%n item(s) kept out under their handling caveats (police only, health only, "
                "not for panel, originator consent, or a caveat this terminal does not know): ",
                "",
                r.items_withheld,
            )
            + cases
        )
