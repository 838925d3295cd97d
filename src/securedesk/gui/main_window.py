"""The main window: navigation by role, marking banners, status bar, locking."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core import process_hardening
from securedesk.core.access import Permission
from securedesk.core.error_kinds import wording
from securedesk.core.markings import Marking, highest
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.case_view import CaseViewWidget
from securedesk.gui.copy_guard import guard_application
from securedesk.gui.error_text import message_for, translated_template
from securedesk.gui.icons import NAVIGATION_ICONS, icon
from securedesk.gui.idle_lock import IdleLockTimer, ScreenLockWatcher
from securedesk.gui.justification_dialog import JustificationDialog
from securedesk.gui.labels import roles_label
from securedesk.gui.lock_screen import LockScreen
from securedesk.gui.marking_banner import MarkingBanner
from securedesk.gui.plain_text import plain_label
from securedesk.gui.window_chrome import (
    LANGUAGE_NAMES,
    WindowActions,
    add_help_menu,
    add_language_menu,
)
from securedesk.gui.workers import Task, TaskControl

# Navigation entries: (key, label, the permission that shows it, or a set of which any one
# does; None: everyone)
NAVIGATION: tuple[tuple[str, str, Permission | frozenset[Permission] | None], ...] = (
    ("my_cases", "My cases", Permission.VIEW_CASES),
    ("all_cases", "All cases", Permission.VIEW_CASES),
    ("meetings", "Meetings", Permission.VIEW_CASES),
    # Transfer officers export and import; administrators keep the trust store there.
    (
        "transfers",
        "Transfers",
        frozenset({Permission.EXPORT, Permission.IMPORT, Permission.ADMINISTER}),
    ),
    ("reports", "Reports", frozenset({Permission.MANAGE_MEETINGS, Permission.AUDIT})),
    ("audit", "Audit", Permission.AUDIT),
    ("retention", "Retention", Permission.AUDIT),
    ("admin", "Administration", Permission.ADMINISTER),
)


def silence(widget: QWidget) -> None:
    """Stop a widget tree from emitting while it is destroyed: Qt emits signals such as
    currentIndexChanged from inside destructors, and a Python slot run then would reach
    widgets already half gone."""
    widget.blockSignals(True)
    for child in widget.findChildren(QObject):
        child.blockSignals(True)


class MainWindow(QMainWindow):
    signed_out = Signal()
    language_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.session = session
        self.vault_folder: Path = session.vault.folder
        self.user_name = session.vault.user
        # Every copy in the application goes through this clipboard (the copy guard), and
        # every label left to guess its format is plain text.
        self.clipboard = guard_application()
        self.setWindowTitle(self.tr("SecureDesk"))
        self.top_banner = MarkingBanner()
        self.bottom_banner = MarkingBanner()
        self.stack = QStackedWidget()
        self.content = QWidget()
        self.lock_screen: LockScreen | None = None
        self.locked = False
        self.reopen_after_unlock: tuple[list[tuple[str, str]], int] = ([], -1)
        self._task: Task | None = None

        outer = QWidget()
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.top_banner)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.bottom_banner)
        self.setCentralWidget(outer)

        self.who = plain_label()  # the user's name
        self.who.setObjectName("whoLabel")
        self.statusBar().addPermanentWidget(self.who)

        self.idle = IdleLockTimer(float(session.policy()["idle_lock_minutes"]), self)
        self.idle.idle.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(self.lock_now)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        # Queued: the key press that locks must finish before its widget is torn down.
        self.lock_action.triggered.connect(self.lock_now, Qt.ConnectionType.QueuedConnection)
        self.addAction(self.lock_action)
        self.lock_action.setIcon(icon("lock"))
        # The toolbar, the standard shortcuts and the Help menu (window_chrome.py).
        self.chrome = WindowActions(self)
        self._build_menus()
        self._build_content()
        self.resize(1280, 820)

    # -- content ----------------------------------------------------------------------

    def _build_content(self) -> None:
        session = self.session
        permissions = session.permissions
        user = session.user
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setMaximumWidth(200)
        self.pages = QStackedWidget()
        self.page_keys: list[str] = []
        labels = {
            "my_cases": self.tr("My cases"),
            "all_cases": self.tr("All cases"),
            "meetings": self.tr("Meetings"),
            "transfers": self.tr("Transfers"),
            "reports": self.tr("Reports"),
            "audit": self.tr("Audit"),
            "retention": self.tr("Retention"),
            "admin": self.tr("Administration"),
        }
        for key, _label, permission in NAVIGATION:
            if permission is not None:
                needed = permission if isinstance(permission, frozenset) else {permission}
                if not needed & permissions:
                    continue  # absent, not disabled: a role sees only what it may use
            # Pages are built when first shown: signing in costs one page, not six.
            placeholder = QWidget()
            placeholder.setObjectName(f"unbuilt:{key}")
            self.page_keys.append(key)
            self.pages.addWidget(placeholder)
            QListWidgetItem(icon(NAVIGATION_ICONS.get(key, key)), labels[key], self.nav)
        self.case_tabs = QTabWidget()
        self.case_tabs.setObjectName("caseTabs")
        self.case_tabs.setTabsClosable(True)
        self.case_tabs.setAccessibleName(self.tr("Open cases"))
        self.case_tabs.tabCloseRequested.connect(self.close_case_tab)
        self.case_tabs.currentChanged.connect(lambda _i: self.update_marking())
        self.nav.currentRowChanged.connect(self._navigate)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.nav)
        self.workspace = QStackedWidget()
        self.workspace.addWidget(self.pages)
        self.workspace.addWidget(self.case_tabs)
        row.addWidget(self.workspace, 1)
        self._clear_stack()
        self.content = body
        self.stack.addWidget(body)
        if self.page_keys:
            self.nav.setCurrentRow(0)
        roles = roles_label(user.roles)
        self.who.setText(
            self.tr("Signed in: %1 (%2) · Ctrl+L locks")
            .replace("%1", user.name)
            .replace("%2", roles)
        )
        if not session.vault.terminal_binding:
            self.statusBar().showMessage(
                self.tr("This vault is not bound to this terminal (chosen when it was made).")
            )
        memory_warning = session.memory_security_warning()
        if memory_warning is not None:  # a site's memory security whose locks fail
            self.statusBar().showMessage(wording(*memory_warning, translated_template))
        from securedesk.gui.backup_tab import show_overdue  # a backup overdue (issue 12)

        show_overdue(self.statusBar(), session)
        self.idle.start()
        self.update_marking()

    def _build_menus(self) -> None:
        self.menuBar().clear()
        session_menu = self.menuBar().addMenu(self.tr("&Session"))
        self.lock_action.setText(self.tr("&Lock now"))
        session_menu.addAction(self.lock_action)
        sign_out = QAction(self.tr("Sign &out"), self)
        sign_out.triggered.connect(self._sign_out_now)
        session_menu.addAction(sign_out)
        session_menu.addSeparator()
        about = QAction(self.tr("&About SecureDesk"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self.show_about)
        session_menu.addAction(about)
        people_menu = self.menuBar().addMenu(self.tr("&People"))
        find_person = QAction(self.tr("&Find a person…"), self)
        find_person.setObjectName("findPersonAction")
        find_person.triggered.connect(self.find_person)
        people_menu.addAction(find_person)
        sign_out.setIcon(icon("sign-out"))
        self.lock_action.setToolTip(self.tr("Lock the window now (Ctrl+L)"))
        self.language_group = add_language_menu(self, LANGUAGE_NAMES, self.language_chosen.emit)
        self.chrome.retranslate()
        add_help_menu(self, self.chrome, about)

    def about_text(self) -> str:
        """The version and how this process protects what is in memory (see
        core/process_hardening.py and the memory-security policy)."""
        from securedesk import __version__

        state = process_hardening.current_state()
        memory = database.memory_security_state()
        yes, no = self.tr("yes"), self.tr("no")
        why_not = {
            process_hardening.LIMIT_TOO_SMALL: self.tr("the lock limit is below 1 GiB"),
            process_hardening.LOCK_REFUSED: self.tr("the system refused to lock it"),
            process_hardening.NOT_LINUX: self.tr("not available on this system"),
            process_hardening.NOT_ATTEMPTED: self.tr("not attempted"),
        }
        locked = (
            yes if state.memory_locked else f"{no} ({why_not.get(state.memory_lock_state, '')})"
        )
        policy = self.session.policy()[database.MEMORY_SECURITY_POLICY]
        lines = [
            self.tr("SecureDesk %1").replace("%1", __version__),
            "",
            self.tr("Vault: %1").replace("%1", str(self.vault_folder)),
            self.tr("Bound to this terminal: %1").replace(
                "%1", yes if self.session.vault.terminal_binding else no
            ),
            self.tr("Core dumps off: %1").replace("%1", yes if state.core_dumps_off else no),
            self.tr("Other programs refused access to this one's memory: %1").replace(
                "%1", yes if state.not_dumpable else no
            ),
            self.tr("Memory locked against swap: %1").replace("%1", locked),
            self.tr("SQLCipher memory security: %1 (policy: %2)")
            .replace("%1", self.tr("on") if memory.on else self.tr("off"))
            .replace("%2", self.tr("on") if policy == "on" else self.tr("off")),
        ]
        from securedesk.gui.terminal_report import terminal_lines  # issue 14: doctor's checks

        lines += ["", self.tr("This terminal, as securedesk doctor checks it:")]
        lines += terminal_lines(self.session)
        warning = self.session.memory_security_warning()
        if warning is not None:
            lines += ["", wording(*warning, translated_template)]
        return "\n".join(lines)

    def show_about(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("About SecureDesk"), "", parent=self
        )
        box.setObjectName("aboutBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.about_text())
        box.open()

    def retranslate(self) -> None:
        """Redraw every text in the language now installed (open case tabs close)."""
        self._build_menus()
        if not self.locked:
            self._build_content()
        self.update_marking()

    def _clear_stack(self) -> None:
        # Take focus off the widgets about to go, so none is destroyed while holding it.
        focused = QApplication.focusWidget()
        if focused is not None and self.stack.isAncestorOf(focused):
            focused.clearFocus()
            self.setFocus()
        while self.stack.count():
            old = self.stack.widget(0)
            if old is None:
                break
            self.stack.removeWidget(old)
            old.hide()
            silence(old)
            # Deleted now, not later: lock_now and _unlocked run from the event loop (a
            # queued shortcut, a timer, a finished task), never from inside `old` itself.
            old.setParent(None)
            shiboken6.delete(old)

    def _make_page(self, key: str) -> QWidget:
        if key in ("my_cases", "all_cases"):
            page = CaseListPage(self.session, mine=key == "my_cases")
            page.open_requested.connect(self.open_case)
            # The banner shows the highest marking among the rows on screen, so it follows
            # every change of those rows: a new list, a search, a scroll, a resize.
            page.model.modelReset.connect(self.update_marking)
            page.table.verticalScrollBar().valueChanged.connect(self.update_marking)
            return page
        if key == "meetings":
            from securedesk.gui.meetings_page import MeetingsPage

            return MeetingsPage(self.session)
        if key == "reports":
            from securedesk.gui.reports_page import ReportsPage

            reports = ReportsPage(self.session)
            reports.markings_changed.connect(self.update_marking)  # the report's marking
            return reports
        if key == "audit":
            from securedesk.gui.audit_page import AuditPage

            return AuditPage(self.session)
        if key == "retention":
            from securedesk.gui.retention_page import RetentionPage

            return RetentionPage(self.session)
        if key == "admin":
            from securedesk.gui.admin_page import AdminPage

            return AdminPage(self.session)
        from securedesk.gui.transfers_page import TransfersPage

        transfers = TransfersPage(self.session)
        # The Outbox lists cases: the banner follows their markings as the list changes.
        transfers.markings_changed.connect(self.update_marking)
        return transfers

    def page(self, key: str) -> QWidget:
        """The page for `key`, built now if it has not been shown yet."""
        index = self.page_keys.index(key)
        widget = self.pages.widget(index)
        assert widget is not None
        if widget.objectName() == f"unbuilt:{key}":
            built = self._make_page(key)
            self.pages.insertWidget(index, built)
            self.pages.removeWidget(widget)
            widget.deleteLater()
            widget = built
        return widget

    def _navigate(self, row: int) -> None:
        if row < 0:
            return
        self.pages.setCurrentWidget(self.page(self.page_keys[row]))
        self.workspace.setCurrentWidget(self.pages)
        self.update_marking()

    def show_cases(self) -> None:
        self.workspace.setCurrentWidget(self.case_tabs)
        self.update_marking()

    # -- cases ------------------------------------------------------------------------

    def open_case(self, ref: str, justification: str | None = None) -> CaseViewWidget | None:
        """Open (or bring forward) a case; asks for a justification outside the caseload."""
        for i in range(self.case_tabs.count()):
            w = self.case_tabs.widget(i)
            if isinstance(w, CaseViewWidget) and w.ref == ref:
                self.case_tabs.setCurrentIndex(i)
                self.show_cases()
                return w
        try:
            if justification is None and self.session.cases.needs_justification(ref):
                dialog = self.make_justification_dialog(ref)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return None  # cancelling opens nothing
                justification = dialog.justification()
            view = self.session.cases.open_case(ref, justification or "")
        except Exception as exc:
            self.statusBar().showMessage(message_for(exc), 10_000)
            return None
        widget = CaseViewWidget(self.session, view, self.clipboard, justification or "")
        widget.marking_changed.connect(lambda _m: self.update_marking())
        index = self.case_tabs.addTab(widget, ref)
        self.case_tabs.setCurrentIndex(index)
        self.show_cases()
        return widget

    def find_person(self) -> QDialog:
        """Find a person (gui/person_view.py); double-click one to see them."""
        from securedesk.gui.person_view import PersonSearchDialog

        dialog = PersonSearchDialog(self.session, self)
        dialog.person_chosen.connect(self.show_person)
        dialog.show()
        self.person_search = dialog
        return dialog

    def show_person(self, person_id: str) -> QDialog:
        from securedesk.gui.person_view import PersonView

        view = PersonView(self.session, person_id, "", self)
        view.open_case_requested.connect(lambda ref: self.open_case(ref))
        view.show()
        self.person_view = view
        return view

    def make_justification_dialog(self, ref: str) -> JustificationDialog:
        return JustificationDialog(ref, self)

    def close_case_tab(self, index: int) -> None:
        w = self.case_tabs.widget(index)
        self.case_tabs.removeTab(index)
        if w is not None:
            w.deleteLater()
        if self.case_tabs.count() == 0:
            self.workspace.setCurrentWidget(self.pages)
        self.update_marking()

    def shown_markings(self) -> list[Marking]:
        """Markings of what is on screen now: the open case, or the rows of a list."""
        if self.locked:
            return []
        if self.workspace.currentWidget() is self.case_tabs:
            w = self.case_tabs.currentWidget()
            return [w.view.case.marking] if isinstance(w, CaseViewWidget) else []
        page = self.pages.currentWidget()
        if isinstance(page, CaseListPage):
            table = page.table
            first = table.rowAt(0)
            last = table.rowAt(max(0, table.viewport().height() - 1))
            if first < 0:
                return [Marking.OFFICIAL]
            if last < 0:
                last = page.model.rowCount() - 1
            rows = [page.model.row_at(r) for r in range(first, last + 1)]
            return [r.marking for r in rows if r is not None]
        shown = getattr(page, "shown_markings", None)
        if callable(shown):
            return list(shown())
        return [Marking.OFFICIAL]

    def update_marking(self) -> None:
        marking = None if self.locked else highest(self.shown_markings())
        self.top_banner.set_marking(marking)
        self.bottom_banner.set_marking(marking)
        self.chrome.update()  # what is in front changed: so do the toolbar's actions

    # -- locking ----------------------------------------------------------------------

    def lock_now(self) -> None:
        """Hide every window's content, close the vault and drop its key."""
        if self.locked:
            return
        self.locked = True
        self.idle.stop()
        for w in QApplication.topLevelWidgets():
            # Dialogs and viewers close; another main window (another vault) locks itself.
            if w is not self and w.isVisible() and not isinstance(w, MainWindow):
                w.close()
        # Whoever filled it: case text pasted elsewhere and copied again is still case text.
        self.clipboard.clear()
        # The cases open now are opened again after unlocking (the refs and reasons only,
        # which are not case content; the content is read again through the gate).
        self.reopen_after_unlock = self.open_case_refs()
        # Destroy every widget that held case content before showing the lock screen.
        self._clear_stack()
        self.case_tabs = QTabWidget()
        self.pages = QStackedWidget()
        # Background work (a search, a key rotation) shares the connection: let it finish
        # before the connection closes. Cancelled searches end at their next step.
        QThreadPool.globalInstance().waitForDone(10_000)
        try:
            self.session.lock()
        except Exception as exc:  # damage found while locking: still locked, and said so
            self.statusBar().showMessage(message_for(exc))
        self.lock_screen = LockScreen(self.user_name)
        self.lock_screen.unlock_requested.connect(self._unlock)
        self.lock_screen.sign_out_requested.connect(self._sign_out)
        self.stack.addWidget(self.lock_screen)
        self.lock_screen.passphrase.setFocus()
        self.update_marking()

    def _unlock(self, passphrase: str) -> None:
        folder, user = self.vault_folder, self.user_name

        def work(control: TaskControl) -> Session:
            return Session.sign_in(folder, user, passphrase)

        self._task = Task(work, self)
        self._task.finished.connect(self._unlocked)
        self._task.failed.connect(
            lambda exc: (
                self.lock_screen.show_error(message_for(exc))
                if self.lock_screen is not None
                else None
            )
        )
        self._task.start()

    def _unlocked(self, session: object) -> None:
        assert isinstance(session, Session)
        self.session = session
        self.locked = False
        self.lock_screen = None
        self._build_content()
        self.reopen_cases(self.reopen_after_unlock)
        self.reopen_after_unlock = ([], -1)

    def open_case_refs(self) -> tuple[list[tuple[str, str]], int]:
        """(ref, justification) of each open case tab, and the index of the one in front
        (-1 when a page, not a case, is in front)."""
        opened = []
        for i in range(self.case_tabs.count()):
            w = self.case_tabs.widget(i)
            if isinstance(w, CaseViewWidget):
                opened.append((w.ref, w.justification))
        front = (
            self.case_tabs.currentIndex()
            if self.workspace.currentWidget() is self.case_tabs
            else -1
        )
        return opened, front

    def reopen_cases(self, opened: tuple[list[tuple[str, str]], int]) -> None:
        """Open again the cases open before locking, with the reasons given then; a case
        that can no longer be opened (closed to this user meanwhile) is said in the bar."""
        refs, front = opened
        for ref, why in refs:
            self.open_case(ref, why)
        if 0 <= front < self.case_tabs.count():
            self.case_tabs.setCurrentIndex(front)
            self.show_cases()
        elif refs:
            self.workspace.setCurrentWidget(self.pages)
            self.update_marking()

    def _sign_out_now(self) -> None:
        if not self.locked:
            self.lock_now()
        self._sign_out()

    def _sign_out(self) -> None:
        self.signed_out.emit()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle.stop()
        silence(self.stack)
        self.clipboard.clear()
        # As when locking: background work shares the connection about to close.
        QThreadPool.globalInstance().waitForDone(10_000)
        if not self.locked:
            try:
                self.session.lock()
            except Exception:  # closing anyway; the vault is locked by closing it
                self.session.vault.lock()
        super().closeEvent(event)
