"""Starting the application: first run, the demo vault's sign-in, choosing a language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel

from securedesk.app import DesktopApp, chosen_language, settings
from securedesk.demo.demo_vault import DEMO_PASSPHRASE, DEMO_USER, make_demo_vault
from securedesk.gui.first_run import FirstRunWizard
from securedesk.gui.sign_in import SignInDialog
from securedesk.gui.window_chrome import LANGUAGE_NAMES
from securedesk.resource_files import compiled_translation

from ..conftest import FAST_KDF

pytestmark = pytest.mark.usefixtures("private_settings")


def _app() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app


def test_no_vault_starts_the_first_run_wizard(qtbot, tmp_path: Path) -> None:
    desktop = DesktopApp(_app(), tmp_path / "new", demo=False)
    desktop.start()
    assert isinstance(desktop.sign_in_dialog, FirstRunWizard)
    qtbot.addWidget(desktop.sign_in_dialog)
    assert not (tmp_path / "new").exists()  # nothing is made until Finish
    desktop.sign_in_dialog.close()


def test_demo_sign_in_shows_its_details_and_opens_the_window(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    make_demo_vault(folder, 12, FAST_KDF)
    desktop = DesktopApp(_app(), folder, demo=True)
    desktop.start()
    dialog = desktop.sign_in_dialog
    assert isinstance(dialog, SignInDialog)
    qtbot.addWidget(dialog)
    hint = dialog.findChild(QLabel, "demoHint")
    assert hint is not None and DEMO_USER in hint.text() and DEMO_PASSPHRASE in hint.text()
    assert dialog.user.text() == DEMO_USER
    dialog.passphrase.setText(DEMO_PASSPHRASE)
    dialog.attempt()
    qtbot.waitUntil(lambda: desktop.window is not None, timeout=10_000)
    window = desktop.window
    qtbot.addWidget(window)
    assert window.isVisible()
    window.close()


def test_choosing_welsh_translates_at_once_and_is_remembered(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    make_demo_vault(folder, 5, FAST_KDF)
    desktop = DesktopApp(_app(), folder, demo=True)
    desktop.start()
    english = desktop.sign_in_dialog
    assert isinstance(english, SignInDialog)
    qtbot.addWidget(english)
    english_title = english.windowTitle()
    try:
        desktop.set_language("cy")
        welsh = desktop.sign_in_dialog
        assert isinstance(welsh, SignInDialog) and welsh is not english
        qtbot.addWidget(welsh)
        assert welsh.windowTitle() != english_title
        assert QCoreApplication.translate("LockScreen", "&Unlock") != "&Unlock"
        assert settings().value("language") == "cy"
    finally:
        desktop.set_language("en_GB")
    assert QCoreApplication.translate("LockScreen", "&Unlock") == "&Unlock"
    assert desktop.sign_in_dialog is not None
    desktop.sign_in_dialog.close()


def test_the_remembered_language_is_one_the_language_menu_offers() -> None:
    """The app and the Language menu read one table (window_chrome.LANGUAGE_NAMES): every
    language offered is remembered and has its catalogue; anything else is not kept."""
    for code in LANGUAGE_NAMES:
        assert compiled_translation(code).is_file()
        settings().setValue("language", code)
        assert chosen_language() == code
    settings().setValue("language", "fr")
    assert chosen_language() in LANGUAGE_NAMES
