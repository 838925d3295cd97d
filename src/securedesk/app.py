"""Wires a QApplication to a vault: first run or sign-in, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from securedesk.core.session import Session
from securedesk.demo.demo_vault import DEMO_CASES, DEMO_PASSPHRASE, DEMO_USER, build_demo_vault
from securedesk.gui.window_chrome import LANGUAGE_NAMES
from securedesk.gui.workers import Task, TaskControl
from securedesk.resource_files import (
    compiled_qt_base_translation,
    compiled_translation,
    resources_folder,
)

ORGANISATION = "SecureDesk"


def settings() -> QSettings:
    return QSettings(ORGANISATION, "SecureDesk")


def chosen_language() -> str:
    value = settings().value("language", "")
    if isinstance(value, str) and value in LANGUAGE_NAMES:
        return value
    return "cy" if QLocale.system().language() == QLocale.Language.Welsh else "en_GB"


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Install the language's catalogue and, where we ship one, our catalogue of Qt's own
    strings (Qt has no Welsh: without it Cancel, OK and the file dialog stay English)."""
    translator = QTranslator(app)
    if translator.load(str(compiled_translation(language))):
        app.installTranslator(translator)
        qt_base = QTranslator(translator)  # goes with the catalogue it belongs to
        if qt_base.load(str(compiled_qt_base_translation(language))):
            app.installTranslator(qt_base)
        app.setProperty("securedesk_language", language)
        return translator
    return None


def remove_translator(app: QApplication, translator: QTranslator) -> None:
    """Take a catalogue installed by install_translator out, with its Qt strings."""
    for qt_base in translator.findChildren(QTranslator):
        app.removeTranslator(qt_base)
    app.removeTranslator(translator)
    app.setProperty("securedesk_language", None)  # English until another is installed


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("SecureDesk")
    app.setApplicationDisplayName("SecureDesk")
    # The installed desktop entry's id (packaging/desktop), so the desktop pairs the window
    # with its entry; and the application's mark for every window and the task bar.
    app.setDesktopFileName("org.securedesk.SecureDesk")
    app.setWindowIcon(application_icon())
    app.securedesk_translator = install_translator(app, chosen_language())  # type: ignore[attr-defined]
    return app


def application_icon() -> QIcon:
    """SecureDesk's mark (resources/icons): the SVG for any size, the PNG where SVG is not
    available."""
    icon = QIcon()
    for name in ("securedesk.svg", "securedesk.png"):
        path = resources_folder() / "icons" / name
        if path.is_file():
            icon.addFile(str(path))
    return icon


def has_vault(folder: Path) -> bool:
    return folder.is_dir() and any(folder.iterdir())


class DesktopApp:
    """Keeps the windows of one run: sign-in (or first run), then the main window."""

    def __init__(self, app: QApplication, vault: Path, *, demo: bool) -> None:
        self.app = app
        self.vault = vault
        self.demo = demo
        self.window: QWidget | None = None  # the main window, once signed in
        self.sign_in_dialog: QWidget | None = None
        self._task: Task | None = None
        self._switching = False
        self.translator: QTranslator | None = getattr(app, "securedesk_translator", None)

    def start(self) -> None:
        if self.demo and not has_vault(self.vault):
            self._build_demo()
        elif not self.demo and not has_vault(self.vault):
            self._first_run()
        else:
            self.show_sign_in()

    def _build_demo(self) -> None:
        progress = QProgressDialog(
            QCoreApplication.translate("DesktopApp", "Creating the demo vault of invented people…"),
            "",
            0,
            0,
        )
        progress.setCancelButton(None)
        progress.setMinimumDuration(0)
        progress.show()
        folder = self.vault

        def work(control: TaskControl) -> None:
            build_demo_vault(folder, DEMO_CASES)

        def done(_result: object) -> None:
            progress.close()
            self.show_sign_in()

        def failed(exc: object) -> None:
            progress.close()
            from securedesk.gui.error_text import message_for

            assert isinstance(exc, BaseException)
            QMessageBox.critical(None, "SecureDesk", message_for(exc))
            self.app.exit(1)

        self._task = Task(work)
        self._task.finished.connect(done)
        self._task.failed.connect(failed)
        self._task.start()

    def _first_run(self) -> None:
        from securedesk.gui.first_run import FirstRunWizard

        wizard = FirstRunWizard(self.vault)
        self.sign_in_dialog = wizard
        wizard.accepted.connect(lambda: self._signed_in(wizard.session))
        # Choosing a language on the welcome page rebuilds the wizard in it (closing the
        # old one then must not quit).
        wizard.language_chosen.connect(self.set_language)
        wizard.rejected.connect(self._quit_if_no_window)
        wizard.show()

    def show_sign_in(self) -> None:
        from securedesk.gui.sign_in import SignInDialog

        hint = (DEMO_USER, DEMO_PASSPHRASE) if self.demo else None
        dialog = SignInDialog(self.vault, demo_hint=hint, user=DEMO_USER if self.demo else "")
        self.sign_in_dialog = dialog
        dialog.signed_in.connect(self._signed_in)
        dialog.language_chosen.connect(self.set_language)
        dialog.rejected.connect(self._quit_if_no_window)
        dialog.show()

    def _quit_if_no_window(self) -> None:
        if self.window is None and not self._switching:
            self.app.quit()

    def _signed_in(self, session: object) -> None:
        from securedesk.gui.change_passphrase import ChangePassphraseDialog
        from securedesk.gui.main_window import MainWindow

        assert isinstance(session, Session)
        report = session.signin_report
        if session.user.must_change_passphrase:
            dialog = ChangePassphraseDialog(session, forced=True)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                session.lock()
                self.show_sign_in()
                return
        window = MainWindow(session)
        self.window = window
        window.signed_out.connect(self._after_sign_out)
        window.language_chosen.connect(self.set_language)
        window.show()
        if report.record_tampered:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("DesktopApp", "Sign-in record tampered with"),
                QCoreApplication.translate(
                    "DesktopApp",
                    "The record of failed sign-in attempts was deleted, edited or put back "
                    "from an older copy since the last sign-in, so failed attempts may have "
                    "been hidden. This is recorded in the audit log; tell your administrator.",
                ),
            )
        if report.failed_attempts:
            QMessageBox.warning(
                window,
                QCoreApplication.translate("DesktopApp", "Failed sign-in attempts"),
                QCoreApplication.translate(
                    "DesktopApp",
                    "There were %1 failed sign-in attempts for your account since you last "
                    "signed in (the last at %2). If they were not yours, tell your "
                    "administrator.",
                )
                .replace("%1", str(report.failed_attempts))
                .replace("%2", (report.last_failure_at or "")[:19].replace("T", " ")),
            )

    def set_language(self, code: str) -> None:
        """Remember the choice and switch the open windows to it at once."""
        if code not in LANGUAGE_NAMES:
            return
        settings().setValue("language", code)
        if self.translator is not None:
            remove_translator(self.app, self.translator)
        self.translator = install_translator(self.app, code)
        window = self.window
        if window is not None and hasattr(window, "retranslate"):
            window.retranslate()
        elif self.sign_in_dialog is not None and self.sign_in_dialog.isVisible():
            old = self.sign_in_dialog
            self._switching = True
            old.close()
            self._switching = False
            self.start()

    def _after_sign_out(self) -> None:
        self.window = None
        self.show_sign_in()


def run_gui(vault: Path, *, demo: bool) -> int:
    app = make_application()
    desktop = DesktopApp(app, vault, demo=demo)
    desktop.start()
    return app.exec()
