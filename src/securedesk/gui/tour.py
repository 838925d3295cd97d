"""A tour of the real application: sign in to the demo vault and save a screenshot of each
screen. Run under a virtual screen:

    xvfb-run -a python -m securedesk.gui.tour docs/screenshots
    xvfb-run -a python -m securedesk.gui.tour docs/screenshots --language cy

English shots go into the folder given, Welsh ones into its `cy` folder, under the same
names. Screenshots show invented people only (the demo vault).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from securedesk.app import install_translator, make_application, remove_translator
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.paths import demo_vault
from securedesk.core.session import Session
from securedesk.demo.demo_vault import DEMO_PASSPHRASE, DEMO_USER, build_demo_vault
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.main_window import MainWindow
from securedesk.gui.sign_in import SignInDialog
from securedesk.gui.window_chrome import LANGUAGE_NAMES

# The languages the window offers, for --language (one table: window_chrome.LANGUAGE_NAMES).
LANGUAGES = tuple(LANGUAGE_NAMES)


def _settle(app: QApplication, ms: int = 300) -> None:
    """Let queued work and painting finish (searches run in the thread pool)."""
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(ms)
    loop.exec()


def _save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    return path


def _save_with_popup(window: QWidget, popup: QWidget, out: Path, name: str) -> Path:
    """The window with a menu open over it: a popup is a window of its own, so it is
    painted onto the window's picture where it stands."""
    picture = window.grab()
    painter = QPainter(picture)
    at = window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0)))
    painter.drawPixmap(at, popup.grab())
    painter.end()
    path = out / f"{name}.png"
    picture.save(str(path))
    return path


def _save_over(window: QWidget, dialog: QWidget, out: Path, name: str) -> Path:
    """A dialog over the window it belongs to, centred on it."""
    picture: QPixmap = window.grab()
    painter = QPainter(picture)
    shot = dialog.grab()
    at = QPoint((picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3)
    painter.drawPixmap(at, shot)
    painter.end()
    path = out / f"{name}.png"
    picture.save(str(path))
    return path


def use_language(app: QApplication, language: str) -> None:
    """Install the language's catalogue in place of whatever make_application chose."""
    old = getattr(app, "securedesk_translator", None)
    if old is not None:
        remove_translator(app, old)
    app.securedesk_translator = (  # type: ignore[attr-defined]
        install_translator(app, language) if language != "en_GB" else None
    )


def _wait(app: QApplication, busy: Callable[[], bool], limit_ms: int = 20_000) -> None:
    waited = 0
    while busy() and waited < limit_ms:
        _settle(app, 100)
        waited += 100


def run_tour(out: Path, vault: Path, language: str = "en_GB") -> list[Path]:
    app = make_application()
    use_language(app, language)
    if language != "en_GB":
        out = out / language
    out.mkdir(parents=True, exist_ok=True)
    if not (vault.is_dir() and any(vault.iterdir())):
        build_demo_vault(vault)
    saved: list[Path] = []
    sign_in = SignInDialog(vault, demo_hint=(DEMO_USER, DEMO_PASSPHRASE), user=DEMO_USER)
    sign_in.show()
    _settle(app)
    saved.append(_save(sign_in, out, "01-sign-in"))
    sign_in.close()

    session = Session.sign_in(vault, DEMO_USER, DEMO_PASSPHRASE)
    window = MainWindow(session)
    window.resize(1360, 860)
    window.show()
    _settle(app, 500)
    saved.append(_save(window, out, "02-my-cases"))

    steps: list[tuple[str, Callable[[], None]]] = []
    all_cases = window.page_keys.index("all_cases")

    def search() -> None:
        window.nav.setCurrentRow(all_cases)
        page = window.page("all_cases")
        assert isinstance(page, CaseListPage)
        page.search.setText("Prydderch")

    steps.append(("03-search", search))
    mine = session.cases.list_cases(
        CaseQuery(owner=DEMO_USER, open_only=True, sort="ref", limit=50)
    )
    # The demo's plan work (overdue, handed-on and done actions) is on one of the officer's
    # cases: that one, so the Plan tab shows them.
    overdue = {line.ref for line in session.actions.in_caseload(overdue=True, mine=True)}
    chosen = next((r for r in mine if r.ref in overdue), mine[0])

    def open_case() -> None:
        window.open_case(chosen.ref)

    steps.append(("04-case-overview", open_case))
    for n, (tab, name) in enumerate(
        [(1, "chronology"), (2, "information"), (3, "assessment"), (4, "plan"), (7, "access-log")],
        start=5,
    ):

        def show_tab(tab: int = tab) -> None:
            view = window.case_tabs.currentWidget()
            tabs = getattr(view, "tabs", None)
            if tabs is not None:
                tabs.setCurrentIndex(tab)

        steps.append((f"{n:02d}-case-{name}", show_tab))
    for name, step in steps:
        step()
        _settle(app, 700)
        saved.append(_save(window, out, name))

    # The person view of the case's first subject, and the search that finds people.
    view = window.case_tabs.currentWidget()
    subjects = view.view.record.subjects if view is not None else []  # type: ignore[attr-defined]
    subject = subjects[0] if subjects else None
    if subject is not None:
        person = window.show_person(subject.id)
        _settle(app, 700)
        saved.append(_save(person, out, "10-person"))
        person.close()
        finder = window.find_person()
        _settle(app)
        saved.append(_save(finder, out, "18-find-person-empty"))
        finder.query.setText(subject.family_name)  # type: ignore[attr-defined]
        finder.search()  # type: ignore[attr-defined]
        _settle(app)
        saved.append(_save(finder, out, "19-find-person"))
        finder.close()

    # Meetings, the past meeting chosen: members, agenda and its copy register.
    window.nav.setCurrentRow(window.page_keys.index("meetings"))
    meetings = window.page("meetings")
    for row in range(meetings.meetings.rowCount()):  # type: ignore[attr-defined]
        meetings.meetings.selectRow(row)  # type: ignore[attr-defined]
        if meetings.copies_panel.copies:  # type: ignore[attr-defined]
            break
    _settle(app, 700)
    saved.append(_save(window, out, "11-meetings"))

    window.nav.setCurrentRow(window.page_keys.index("reports"))
    reports = window.page("reports")
    reports.refresh()  # type: ignore[attr-defined]
    _wait(app, lambda: not reports.show_button.isEnabled())  # type: ignore[attr-defined]
    _settle(app, 700)
    saved.append(_save(window, out, "20-reports"))

    # The Help menu open, then the About box.
    help_menu = window.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    help_menu.popup(
        window.mapToGlobal(
            window.menuBar().actionGeometry(window.menuBar().actions()[-1]).bottomLeft()
        )
    )
    _settle(app)
    saved.append(_save_with_popup(window, help_menu, out, "21-help-menu"))
    help_menu.close()
    window.show_about()
    _settle(app)
    about = window.findChild(QMessageBox, "aboutBox")
    if about is not None:
        saved.append(_save(about, out, "22-about"))
        about.close()

    window.lock_now()
    _settle(app)
    saved.append(_save(window, out, "12-locked"))
    window.close()

    admin = Session.sign_in(vault, "demo-admin", DEMO_PASSPHRASE)
    admin_window = MainWindow(admin)
    admin_window.resize(1360, 860)
    admin_window.show()
    # Administrators also reach Transfers (the trust store), listed before Audit.
    admin_window.nav.setCurrentRow(admin_window.page_keys.index("audit"))
    _settle(app, 500)
    saved.append(_save(admin_window, out, "13-audit"))
    admin_window.nav.setCurrentRow(admin_window.page_keys.index("admin"))
    _settle(app, 500)
    saved.append(_save(admin_window, out, "14-administration"))
    admin_page = admin_window.page("admin")
    admin_page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    _settle(app, 700)
    saved.append(_save(admin_window, out, "23-backups"))
    admin_window.nav.setCurrentRow(admin_window.page_keys.index("retention"))
    _settle(app, 700)
    saved.append(_save(admin_window, out, "24-retention"))
    admin_window.close()

    from securedesk.gui.first_run import FirstRunWizard

    with tempfile.TemporaryDirectory() as empty:
        wizard = FirstRunWizard(Path(empty) / "vault")
        wizard.show()
        _settle(app)
        saved.append(_save(wizard, out, "25-first-run-welcome"))
        wizard.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--vault", type=Path, default=None)
    parser.add_argument("--language", choices=LANGUAGES, default="en_GB")
    args = parser.parse_args(argv)
    for path in run_tour(args.out, args.vault or demo_vault(), args.language):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
