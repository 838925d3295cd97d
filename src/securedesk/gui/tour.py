"""A tour of the real application: sign in to the demo vault and save a screenshot of each
main screen. Run under a virtual screen:

    xvfb-run -a python -m securedesk.gui.tour docs/screenshots

Screenshots show invented people only (the demo vault).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from securedesk.app import make_application
from securedesk.core.cases.case_store import CaseQuery
from securedesk.core.paths import demo_vault
from securedesk.core.session import Session
from securedesk.demo.demo_vault import DEMO_PASSPHRASE, DEMO_USER, build_demo_vault
from securedesk.gui.case_list_page import CaseListPage
from securedesk.gui.main_window import MainWindow
from securedesk.gui.sign_in import SignInDialog


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


def run_tour(out: Path, vault: Path) -> list[Path]:
    app = make_application()
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
    mine = session.cases.list_cases(CaseQuery(owner=DEMO_USER, open_only=True, limit=50))
    chosen = next((r for r in mine if r.status.value in ("support plan", "review")), mine[0])

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
    for key, name in (("meetings", "11-meetings"),):
        if key in window.page_keys:
            index = window.page_keys.index(key)
            steps.append((name, partial(window.nav.setCurrentRow, index)))
    for name, step in steps:
        step()
        _settle(app, 700)
        saved.append(_save(window, out, name))
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
    admin_window.close()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--vault", type=Path, default=None)
    args = parser.parse_args(argv)
    for path in run_tour(args.out, args.vault or demo_vault()):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
