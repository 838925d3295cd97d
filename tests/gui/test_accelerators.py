"""No two controls a user can reach at once share an Alt+letter, in either language.

Translated labels pick their own letters, so a window that is clean in English can have four
Alt+A in Welsh (the Transfers page had). The check walks every page of the main window, and
every tab of every tab widget on it, as a user with every role sees them, in English and in
Welsh, and collects the mnemonics of what is visible together: the menu bar, buttons, check
boxes, labels with a buddy, group boxes and tab titles.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

from securedesk.app import install_translator, remove_translator
from securedesk.core.access import Role
from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow

from ..conftest import ADMIN_PASS


def mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


def visible_mnemonics(root: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            found[key].append(text)

    for menubar in root.findChildren(QMenuBar):
        if menubar.isVisibleTo(root):
            for action in menubar.actions():
                if action.isVisible():
                    add(action.text())
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i):
                    add(widget.tabText(i))
    return found


def clashes(root: QWidget, where: str) -> list[str]:
    return [
        f"{where}: Alt+{key.upper()} on {texts}"
        for key, texts in sorted(visible_mnemonics(root).items())
        if len(texts) > 1
    ]


@pytest.mark.parametrize("language", ["en_GB", "cy"])
def test_no_accelerator_is_shared_within_a_window(qtbot, vault: Path, language: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    admin.users.set_roles("admin", list(Role))  # every page and every tab
    ref = admin.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    ).ref
    translator = install_translator(app, language)
    try:
        window = MainWindow(admin)
        qtbot.addWidget(window)
        window.show()
        found: list[str] = []
        # Every page, and (once a case is open in front) every tab of the case view too.
        pages = list(range(window.nav.count()))
        for page in [*pages, None]:
            if page is None:
                assert window.open_case(ref) is not None
                page = window.nav.currentRow()
            window.nav.setCurrentRow(page)
            qtbot.wait(10)
            name = window.nav.item(page).text()
            found += clashes(window, name)
            for tabs in window.findChildren(QTabWidget):
                if not tabs.isVisibleTo(window):
                    continue
                for tab in range(tabs.count()):
                    tabs.setCurrentIndex(tab)
                    qtbot.wait(5)
                    found += clashes(window, f"{name} / {tabs.tabText(tab)}")
        assert sorted(set(found)) == []
    finally:
        if translator is not None:
            remove_translator(app, translator)
        QApplication.instance().processEvents()
        admin.lock()
