"""The Sent and received tab: bundles sent with their receipts, bundles received, receipts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QVBoxLayout

from securedesk.core.access import Permission
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    fill_table,
    message_label,
    select_item,
    selected_item,
)
from securedesk.gui.transfer_dialogs import button
from securedesk.gui.transfer_tab_parts import (
    TransferTab,
    bundle_filter,
    labelled,
    transfer_table,
    utc_minute,
)
from securedesk.transfer.bundle_log_store import BundleLog, IncomingBundle
from securedesk.transfer.receipts import make_receipt
from securedesk.transfer.trust_store import TrustStore

if TYPE_CHECKING:
    from securedesk.gui.transfers_page import TransfersPage


class LogTab(TransferTab):
    """Bundles sent (with their receipts) and received (with the receipts issued)."""

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("logTab")
        self.incoming: list[IncomingBundle] = []
        self.can_receipt = Permission.IMPORT in self.session.permissions
        self.sent = transfer_table(
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
        self.received = transfer_table(
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
        layout.addWidget(labelled(self.tr("Se&nt:"), self.sent))
        layout.addWidget(self.sent, 1)
        layout.addWidget(labelled(self.tr("Recei&ved:"), self.received))
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
                    utc_minute(b.created_at),
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
                    f"{utc_minute(b.imported_at)} ({b.imported_by})",
                    utc_minute(b.receipt_issued_at)
                    if b.receipt_issued_at
                    else (self.tr("No") if b.kind == "records" else ""),
                ]
                for b in self.incoming
            ],
            right=(2,),
        )
        self._update_buttons()

    def selected_incoming(self) -> IncomingBundle | None:
        return selected_item(self.received, self.incoming)

    def select_incoming(self, bundle_id: str) -> bool:
        return select_item(self.received, self.incoming, lambda b: b.bundle_id == bundle_id)

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
