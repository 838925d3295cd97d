"""The Trust store tab: this terminal's contact card, and adding and revoking partners."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout

from securedesk.gui.error_text import message_for
from securedesk.gui.form_dialog import ConfirmDialog
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    fill_table,
    message_label,
    select_item,
    selected_item,
)
from securedesk.gui.plain_text import plain_label
from securedesk.gui.transfer_dialogs import (
    AddCardDialog,
    button,
    fingerprint_label,
    set_fingerprint,
    status_label,
)
from securedesk.gui.transfer_tab_parts import (
    TransferTab,
    labelled,
    safe_file_name,
    transfer_table,
)
from securedesk.transfer.contact_card import parse_card, read_card_file
from securedesk.transfer.identity import export_card, own_card
from securedesk.transfer.trust_store import TrustedTerminal, TrustStore

if TYPE_CHECKING:
    from securedesk.gui.transfers_page import TransfersPage


def card_filter() -> str:
    return QCoreApplication.translate(
        "TransfersPage", "SecureDesk contact cards (*.sdcard *.txt);;All files (*)"
    )


class TrustTab(TransferTab):
    """This terminal's card, and the partners trusted here (administrators only)."""

    changed = Signal()

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("trustTab")
        self.terminals: list[TrustedTerminal] = []
        own = QGroupBox(self.tr("This terminal's contact card"))
        self.own_name = plain_label()
        self.own_org = plain_label()
        self.own_ceiling = plain_label()
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

        self.table = transfer_table(
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
            self.tr("Re&voke…"), self.tr("Revoke the selected terminal"), self.ask_revoke
        )
        self.error = message_label("trustError", ERROR_STYLE)
        self.notice = message_label("trustNotice", NOTICE_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(labelled(self.tr("Trusted ter&minals:"), self.table))
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
        return selected_item(self.table, self.terminals)

    def select(self, fingerprint: str) -> bool:
        return select_item(self.table, self.terminals, lambda t: t.fingerprint == fingerprint)

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
        default = f"{safe_file_name(card.organisation)}-{safe_file_name(card.name)}.sdcard"
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
