"""GUI test fixtures: sessions are locked only after background work has finished, as the
window itself does before it locks (work in the thread pool shares the connection)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QThreadPool

from securedesk.app import settings
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS


def _settled_lock(session: Session) -> None:
    QThreadPool.globalInstance().waitForDone(30_000)
    session.lock()


@pytest.fixture
def officer(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    yield s
    _settled_lock(s)


@pytest.fixture
def admin(vault: Path) -> Iterator[Session]:
    s = Session.sign_in(vault, "admin", ADMIN_PASS)
    yield s
    _settled_lock(s)


@pytest.fixture
def chair(vault: Path) -> Iterator[Session]:
    """Oscar: a case officer who also chairs the panel."""
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    yield s
    _settled_lock(s)


@pytest.fixture
def private_settings(tmp_path: Path) -> Iterator[None]:
    """The application's settings in the test's own folder, cleared afterwards (a module
    that starts the application uses it for every test)."""
    QSettings.setPath(
        QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    yield
    settings().clear()


@pytest.fixture(autouse=True)
def background_work_settles() -> Iterator[None]:
    yield
    QThreadPool.globalInstance().waitForDone(30_000)
