"""The Transfers page: the Inbox, Outbox, Sent and received, and Trust store tabs a user may use.

Check, preview and import bundles that arrive (Inbox), export cases to trusted partners
(Outbox), the record of bundles sent and received with their receipts, and, for
administrators, the trust store. Every rule is the transfer services'; long work runs off the
UI thread with progress and Cancel.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from securedesk.core.access import Permission
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui.dialog_host import DialogHost
from securedesk.gui.labels import name_inner_parts
from securedesk.gui.transfer_inbox import InboxTab
from securedesk.gui.transfer_outbox import OutboxTab
from securedesk.gui.transfer_sent_received import LogTab
from securedesk.gui.trust_store_tab import TrustTab


class TransfersPage(DialogHost):
    """The tabs a user may use: Inbox (import), Outbox (export), Sent and received (either),
    Trust store (administer). Dialogs open window-modal without blocking, announced by
    `dialog_opened`, so keyboard users and tests drive them alike."""

    markings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfersPage")
        self.session = session
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
