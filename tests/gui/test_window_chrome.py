"""The window's chrome: icons shipped with their licence, a toolbar, the standard shortcuts
driven by real key presses, the Help menu (guide in both languages, shortcuts, About) and
the Language menu's tick."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMenu, QToolBar

from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.icons import NAVIGATION_ICONS, icon, icon_path
from securedesk.gui.main_window import MainWindow
from securedesk.gui.window_chrome import GuideViewer, ShortcutsDialog, guide_file
from securedesk.resource_files import resources_folder


def _window(qtbot, session: Session) -> MainWindow:
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5_000)
    return window


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            menu = action.menu()
            assert isinstance(menu, QMenu)
            return menu
    raise AssertionError(f"no menu {title}")


def test_icons_are_shipped_with_their_licence(qapp) -> None:
    folder = resources_folder() / "icons"
    licence = (folder / "LICENSE").read_text()
    assert "CC0" in licence
    for name in [*NAVIGATION_ICONS.values(), "new-case", "search", "refresh", "print", "lock"]:
        assert Path(icon_path(name)).is_file(), name
        assert not icon(name).pixmap(22, 22).isNull(), name


def test_toolbar_navigation_icons_and_tooltips(qtbot, officer: Session) -> None:
    window = _window(qtbot, officer)
    toolbar = window.findChild(QToolBar, "mainToolbar")
    assert toolbar is not None and toolbar.isVisible()
    texts = [a.text().replace("&", "") for a in toolbar.actions() if not a.isSeparator()]
    assert texts[:5] == ["New case", "Search", "Refresh", "Print", "Close case"]
    assert all(a.toolTip() for a in toolbar.actions() if not a.isSeparator())
    for row in range(window.nav.count()):
        assert not window.nav.item(row).icon().isNull()
    assert not window.chrome.close_tab.isEnabled()  # no case open
    assert not window.chrome.print.isEnabled()  # not on the meetings page
    window.close()


def test_standard_shortcuts_by_key(qtbot, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Owain", "Jenkins")], referral_source="Police", referral_date=date(2026, 2, 2)
    ).ref
    window = _window(qtbot, officer)
    page = window.pages.currentWidget()
    assert isinstance(page, CaseListPage)
    qtbot.keyClick(window.nav, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    rows_before = page.model.rowCount()
    window.open_case(ref)
    assert window.case_tabs.count() == 1 and window.chrome.close_tab.isEnabled()
    qtbot.keyClick(window.case_tabs, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.case_tabs.count() == 0
    officer.cases.add_case(
        [Person("Owain", "Rhys")], referral_source="Police", referral_date=date(2026, 2, 3)
    )
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_F5)
    assert page.model.rowCount() == rows_before + 1
    # Ctrl+N opens the new-case dialog (replaced here, to close it at once).
    opened: list[bool] = []

    class Dialog:
        case = None

        def exec(self) -> int:
            opened.append(True)
            return 0

    page.make_new_case_dialog = lambda: Dialog()  # type: ignore[method-assign,assignment,return-value]
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [True]
    shortcuts = {a.shortcut().toString() for a in window.actions()}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+W", "F5", "Ctrl+P", "Ctrl+L"} <= shortcuts
    window.close()


def test_help_menu_guide_shortcuts_and_about(qtbot, officer: Session) -> None:
    window = _window(qtbot, officer)
    help_menu = _menu(window, "Help")
    names = [a.text().replace("&", "") for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["User guide", "Keyboard shortcuts", "About SecureDesk"]
    english = Path(guide_file("en_GB")).read_text()
    welsh = Path(guide_file("cy")).read_text()
    for role in ("Case officers", "Chairs", "Transfer officers", "Administrators", "Auditors"):
        assert role in english
    assert 'lang="cy"' in welsh and "Cadeiryddion" in welsh and "Archwilwyr" in welsh
    viewer = GuideViewer(window)
    qtbot.addWidget(viewer)
    assert "B2" in viewer.browser.toPlainText()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    keys = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert {"Ctrl+F", "Ctrl+N", "Ctrl+W", "F5", "Ctrl+P", "Ctrl+L"} <= keys
    window.close()


def test_language_menu_ticks_the_current_language(qtbot, officer: Session) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    before = app.property("securedesk_language")
    try:
        app.setProperty("securedesk_language", "cy")
        window = _window(qtbot, officer)
        menu_actions = window.language_group.actions()
        ticked = [a.data() for a in menu_actions if a.isChecked()]
        assert ticked == ["cy"]
        assert all(a.isCheckable() for a in menu_actions)
        chosen: list[str] = []
        window.language_chosen.connect(chosen.append)
        menu_actions[0].trigger()
        assert chosen == ["en_GB"]
        assert [a.data() for a in menu_actions if a.isChecked()] == ["en_GB"]
        window.close()
    finally:
        app.setProperty("securedesk_language", before)


def test_about_names_the_vault_and_its_binding(qtbot, officer: Session) -> None:
    window = MainWindow(officer)
    qtbot.addWidget(window)
    text = window.about_text()
    assert f"Vault: {officer.vault.folder}" in text
    bound = "yes" if officer.vault.terminal_binding else "no"
    assert f"Bound to this terminal: {bound}" in text
    window.close()
