"""The main window's chrome: the toolbar of each page's common actions with the standard
shortcuts, the Help menu (user guide, keyboard shortcuts, About) and the Language menu's tick.

Kept out of main_window.py, which holds navigation and locking. The actions act on whatever
page or case is in front; an action that has nothing to act on there is greyed out.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.gui.icons import icon
from securedesk.resource_files import resources_folder

if TYPE_CHECKING:
    from securedesk.gui.main_window import MainWindow


def guide_file(language: str) -> str:
    """The user guide in the language chosen (English when there is none in it)."""
    folder = resources_folder() / "help"
    chosen = folder / f"guide_{'cy' if language == 'cy' else 'en'}.html"
    return str(chosen if chosen.is_file() else folder / "guide_en.html")


LANGUAGE_NAMES = {"en_GB": "English (UK)", "cy": "Cymraeg"}


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("securedesk_language") if app is not None else None
    return str(value) if value else "en_GB"


def language_combo() -> QComboBox:
    """The languages to choose from (named in themselves), the window's own chosen."""
    combo = QComboBox()
    combo.setAccessibleName("Language / Iaith")
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current_language())))
    return combo


class GuideViewer(QDialog):
    """The user guide, read from the HTML shipped in resources/help (no network, no links
    opened outside the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideViewer")
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(True)  # the guide's own anchors
        self.browser.setSource(QUrl.fromLocalFile(guide_file(current_language())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 700)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), as the shortcuts list shows them."""
    return [
        ("Ctrl+F", QCoreApplication.translate("WindowChrome", "Search the case list")),
        ("Ctrl+N", QCoreApplication.translate("WindowChrome", "Open a new case")),
        ("Ctrl+W", QCoreApplication.translate("WindowChrome", "Close the case tab in front")),
        ("F5", QCoreApplication.translate("WindowChrome", "Refresh the page in front")),
        (
            "Ctrl+P",
            QCoreApplication.translate(
                "WindowChrome", "Print: preview the chosen member's meeting pack"
            ),
        ),
        ("Ctrl+L", QCoreApplication.translate("WindowChrome", "Lock the window now")),
        ("F1", QCoreApplication.translate("WindowChrome", "User guide")),
        (
            "Enter",
            QCoreApplication.translate(
                "WindowChrome", "Open the chosen case (in a list); sign in (at sign-in)"
            ),
        ),
        (
            "Alt+" + QCoreApplication.translate("WindowChrome", "underlined letter"),
            QCoreApplication.translate("WindowChrome", "The button or field with that letter"),
        ),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows()
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (keys, does) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(keys))
            self.table.setItem(r, 1, QTableWidgetItem(does))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 380)


class WindowActions(QObject):
    """The toolbar and its shortcuts, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(22, 22))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        window.addToolBar(self.toolbar)
        self.new_case = self._action("new-case", "Ctrl+N", self._new_case)
        self.search = self._action("search", QKeySequence.StandardKey.Find, self._search)
        self.refresh = self._action("refresh", "F5", self._refresh)
        self.print = self._action("print", QKeySequence.StandardKey.Print, self._print)
        self.close_tab = self._action("close-tab", "Ctrl+W", self._close_tab)
        self.guide = self._action("help", QKeySequence.StandardKey.HelpContents, self.show_guide)
        self.shortcuts = self._action("keyboard", None, self.show_shortcuts)
        self.retranslate()

    def _action(
        self, icon_name: str, keys: str | QKeySequence.StandardKey | None, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(icon(icon_name), "", self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def retranslate(self) -> None:
        texts = (
            (
                self.new_case,
                QCoreApplication.translate("WindowChrome", "&New case"),
                QCoreApplication.translate(
                    "WindowChrome", "Open a new case from a referral (Ctrl+N)"
                ),
            ),
            (
                self.search,
                QCoreApplication.translate("WindowChrome", "&Search"),
                QCoreApplication.translate("WindowChrome", "Search the case list (Ctrl+F)"),
            ),
            (
                self.refresh,
                QCoreApplication.translate("WindowChrome", "&Refresh"),
                QCoreApplication.translate("WindowChrome", "Read the page in front again (F5)"),
            ),
            (
                self.print,
                QCoreApplication.translate("WindowChrome", "&Print"),
                QCoreApplication.translate(
                    "WindowChrome", "Preview and print the chosen member's meeting pack (Ctrl+P)"
                ),
            ),
            (
                self.close_tab,
                QCoreApplication.translate("WindowChrome", "&Close case"),
                QCoreApplication.translate("WindowChrome", "Close the case tab in front (Ctrl+W)"),
            ),
            (
                self.guide,
                QCoreApplication.translate("WindowChrome", "&User guide"),
                QCoreApplication.translate("WindowChrome", "The user guide (F1)"),
            ),
            (
                self.shortcuts,
                QCoreApplication.translate("WindowChrome", "&Keyboard shortcuts"),
                QCoreApplication.translate("WindowChrome", "Every keyboard shortcut"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)
        self.toolbar.clear()
        for action in (self.new_case, self.search, self.refresh, self.print, self.close_tab):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.window.lock_action)
        self.toolbar.setAccessibleName(QCoreApplication.translate("WindowChrome", "Toolbar"))
        self.toolbar.setWindowTitle(QCoreApplication.translate("WindowChrome", "Toolbar"))
        for button in self.toolbar.findChildren(QToolButton):
            action = button.defaultAction()
            if action is not None:
                button.setAccessibleName(action.text().replace("&", ""))
        self.update()

    # -- what is in front -----------------------------------------------------------

    def _page(self) -> QWidget | None:
        w = self.window
        if w.locked or w.workspace.currentWidget() is not w.pages:
            return None
        return w.pages.currentWidget()

    def _case_list(self) -> QWidget | None:
        from securedesk.gui.case_list_page import CaseListPage

        page = self._page()
        return page if isinstance(page, CaseListPage) else None

    def update(self) -> None:
        """Grey out what has nothing to act on where the user is."""
        from securedesk.core.access import Permission
        from securedesk.gui.meetings_page import MeetingsPage

        w = self.window
        if not hasattr(w, "page_keys"):
            return  # the menus are built before the pages
        locked = w.locked
        permissions = w.session.permissions if not locked else frozenset()
        has_cases = any(k in w.page_keys for k in ("my_cases", "all_cases"))
        self.new_case.setEnabled(not locked and Permission.EDIT_CASES in permissions)
        self.search.setEnabled(not locked and has_cases)
        self.refresh.setEnabled(not locked)
        page = self._page()
        self.print.setEnabled(
            not locked
            and isinstance(page, MeetingsPage)
            and page.preview_button.isVisible()
            and page.preview_button.isEnabled()
        )
        self.close_tab.setEnabled(
            not locked and w.workspace.currentWidget() is w.case_tabs and w.case_tabs.count() > 0
        )
        self.window.lock_action.setEnabled(not locked)

    # -- the actions ----------------------------------------------------------------

    def _go_to_cases(self) -> QWidget | None:
        w = self.window
        page = self._case_list()
        if page is None:
            for key in ("my_cases", "all_cases"):
                if key in w.page_keys:
                    w.nav.setCurrentRow(w.page_keys.index(key))
                    break
            page = self._case_list()
        return page

    def _new_case(self) -> None:
        page = self._go_to_cases()
        if page is not None and self.new_case.isEnabled():
            page.create_case()  # type: ignore[attr-defined]

    def _search(self) -> None:
        page = self._go_to_cases()
        if page is not None:
            search = page.search  # type: ignore[attr-defined]
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

    def _refresh(self) -> None:
        w = self.window
        if w.locked:
            return
        if w.workspace.currentWidget() is w.case_tabs:
            view = w.case_tabs.currentWidget()
            reload = getattr(view, "reload", None)
        else:
            page = self._page()
            reload = getattr(page, "reload", None) or getattr(page, "refresh", None)
        if callable(reload):
            try:
                reload()
            except Exception as exc:
                from securedesk.gui.error_text import message_for

                w.statusBar().showMessage(message_for(exc), 10_000)

    def _print(self) -> None:
        from securedesk.gui.meetings_page import MeetingsPage

        page = self._page()
        if isinstance(page, MeetingsPage) and page.preview_button.isEnabled():
            page.preview_pack()

    def _close_tab(self) -> None:
        w = self.window
        if w.workspace.currentWidget() is w.case_tabs and w.case_tabs.count():
            w.close_case_tab(w.case_tabs.currentIndex())

    def show_guide(self) -> None:
        viewer = GuideViewer(self.window)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()

    def show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def add_help_menu(window: MainWindow, actions: WindowActions, about: QAction) -> QMenu:
    menu = window.menuBar().addMenu(QCoreApplication.translate("WindowChrome", "&Help"))
    menu.addAction(actions.guide)
    menu.addAction(actions.shortcuts)
    menu.addSeparator()
    about.setIcon(icon("about"))
    menu.addAction(about)
    return menu


def add_language_menu(
    window: MainWindow, names: dict[str, str], choose: Callable[[str], None]
) -> QActionGroup:
    """The Language menu: one checkable entry per language, the current one ticked."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("WindowChrome", "&Language"))
    group = QActionGroup(window)
    group.setExclusive(True)
    current = current_language()
    for code, name in names.items():
        action = QAction(name, window)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        action.triggered.connect(partial(choose, code))
        group.addAction(action)
        menu.addAction(action)
    return group
