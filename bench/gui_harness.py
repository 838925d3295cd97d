"""The Qt side of the GUI benchmark's child processes: the application, waiting and paint
watching, the baseline window and model, timing wrappers, signing in."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets


class Gui:
    """The pieces every in-process measurement uses: the app, waiting, paint watching."""

    def __init__(self) -> None:
        from securedesk.app import make_application

        self.app = make_application(["securedesk-gui-bench"])
        self._waker = QtCore.QTimer()
        self._waker.setInterval(20)
        self.none_refs_start = sys.getrefcount(None)
        self.none_guard = 0

    def guard_none(self, refs: int) -> None:
        """Give None `refs` extra references (no memory used).

        With PySide6 6.12.0 on CPython 3.11 every call from Python of a Qt method that
        returns nothing (and every None a Python data() returns through QModelIndex.data())
        loses one reference to None; when the count reaches zero CPython aborts
        ("none_dealloc"). The case list reaches that after about 500 scroll frames. The
        guard lets the timing runs finish on such a version; the `endurance` phase runs
        without it and records the abort. With 6.11.3 nothing is lost."""
        import ctypes

        incref = ctypes.pythonapi.Py_IncRef
        incref.argtypes = [ctypes.py_object]
        for _ in range(refs):
            incref(None)
        self.none_guard += refs

    def none_refs_lost(self) -> int:
        return self.none_refs_start + self.none_guard - sys.getrefcount(None)

    def wait(self, pred: Callable[[], bool], timeout_s: float = 60.0, what: str = "") -> None:
        flags = (
            QtCore.QEventLoop.ProcessEventsFlag.AllEvents
            | QtCore.QEventLoop.ProcessEventsFlag.WaitForMoreEvents
        )
        end = time.perf_counter() + timeout_s
        self._waker.start()
        try:
            while not pred():
                if time.perf_counter() > end:
                    raise TimeoutError(f"waited {timeout_s} s for {what or 'a condition'}")
                self.app.processEvents(flags)
        finally:
            self._waker.stop()

    def settle(self, ms: int = 50) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            self.app.processEvents()
            time.sleep(0.002)
        self.flush_deletes()

    def flush_deletes(self) -> None:
        QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)

    def paint_watch(self, match: Callable[[Any], bool]) -> Any:
        """An event filter that notes the first Paint of an object `match` accepts, and the
        moment control is back in the event loop after it (that frame painted and flushed)."""
        paint_type = QtCore.QEvent.Type.Paint

        class Watch(QtCore.QObject):
            def __init__(self) -> None:
                super().__init__()
                self.armed = True
                self.paint_at: float | None = None
                self.done_at: float | None = None
                self.count = 0

            def rearm(self) -> None:
                self.armed, self.paint_at, self.done_at = True, None, None

            def _done(self) -> None:
                self.done_at = time.perf_counter()

            def eventFilter(self, obj: Any, ev: Any) -> bool:
                if self.armed and ev.type() == paint_type and match(obj):
                    self.armed = False
                    self.count += 1
                    self.paint_at = time.perf_counter()
                    QtCore.QTimer.singleShot(0, self._done)
                return False

        return Watch()


def case_table_with_rows(obj: Any) -> bool:
    """A case list's viewport, its view showing at least one row."""
    from PySide6.QtWidgets import QTableView

    view = obj.parent()
    return (
        isinstance(view, QTableView)
        and view.objectName() == "caseTable"
        and obj is view.viewport()
        and view.model() is not None
        and view.model().rowCount() > 0
        and view.rowAt(0) >= 0
    )


def baseline_table_with_rows(obj: Any) -> bool:
    from PySide6.QtWidgets import QTableView

    view = obj.parent()
    return (
        isinstance(view, QTableView)
        and view.objectName() == "baselineTable"
        and obj is view.viewport()
        and view.model().rowCount() > 0
    )


def computed_model_class() -> Any:
    Qt = QtCore.Qt

    class ComputedModel(QtCore.QAbstractTableModel):
        """A trivial model: strings computed from the row number, nothing stored."""

        def __init__(self, rows: int) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else self.rows

        def columnCount(self, parent: Any = QtCore.QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 7

        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            r, c = index.row(), index.column()
            if c == 0:
                return f"WF-2025-{r:06d}"
            if c == 1:
                return f"Subject {r % 977} Family{r % 313}, Other {r % 89}"
            return ("Active", "OFFICIAL-SENSITIVE", "demo", "2026-02-01", "")[c - 2]

        def headerData(self, section: int, orientation: Any, role: int = 0) -> Any:
            if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
                return (
                    "Reference",
                    "Subjects",
                    "Status",
                    "Marking",
                    "Owner",
                    "Next review",
                    "Child",
                )[section]
            return None

    return ComputedModel


def baseline_window(gui: Gui, model: Any) -> Any:
    """A main window like the application's, with one table set up as the case table is."""
    window = QtWidgets.QMainWindow()
    table = QtWidgets.QTableView()
    table.setObjectName("baselineTable")
    table.setModel(model)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
    table.horizontalHeader().setSectionResizeMode(1, QtWidgets.QHeaderView.ResizeMode.Stretch)
    body = QtWidgets.QWidget()
    row = QtWidgets.QHBoxLayout(body)
    nav = QtWidgets.QListWidget()
    nav.setMaximumWidth(200)
    for label in ("My cases", "All cases", "Meetings", "Transfers"):
        nav.addItem(label)
    row.addWidget(nav)
    col = QtWidgets.QVBoxLayout()
    col.addWidget(QtWidgets.QLineEdit())
    col.addWidget(table)
    row.addLayout(col, 1)
    window.setCentralWidget(body)
    window.resize(1280, 820)
    window.table = table  # type: ignore[attr-defined]
    return window


class Instrument:
    """Timing wrappers that observe the application's calls (nothing else changes)."""

    def __init__(self) -> None:
        import securedesk.core.vault.folder as vault_module

        self.kdf_ms: list[float] = []
        names = vars(vault_module)  # the name vault.py calls; replaced there, observed only
        orig = names["unwrap_slot"]

        def timed_unwrap(*a: Any, **k: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return orig(*a, **k)
            finally:
                self.kdf_ms.append((time.perf_counter() - t0) * 1000)

        names["unwrap_slot"] = timed_unwrap

    @staticmethod
    def wrap_list_cases(session: Any, log: list[tuple[int, float]]) -> None:
        orig = session.list_cases

        def timed(query: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return orig(query)
            finally:
                log.append((int(query.offset), (time.perf_counter() - t0) * 1000))

        session.list_cases = timed  # instance attribute: the model calls session.list_cases

    @staticmethod
    def wrap_count_cases(session: Any, log: list[dict[str, Any]]) -> None:
        orig = session.count_cases

        def timed(query: Any) -> Any:
            t0 = time.perf_counter()
            try:
                return orig(query)
            finally:
                where, params = query.where()
                log.append(
                    {
                        "where": where.strip() or "(none)",
                        "params": [str(p) for p in params],
                        "ms": (time.perf_counter() - t0) * 1000,
                    }
                )

        session.count_cases = timed


def sign_in(folder: Path, inst: Instrument) -> tuple[Any, dict[str, float]]:
    from securedesk.core.session import Session
    from securedesk.demo.demo_vault import DEMO_PASSPHRASE, DEMO_USER

    before = len(inst.kdf_ms)
    t0 = time.perf_counter()
    session = Session.sign_in(folder, DEMO_USER, DEMO_PASSPHRASE)
    total = (time.perf_counter() - t0) * 1000
    kdf = sum(inst.kdf_ms[before:])
    return session, {"sign_in_ms": total, "kdf_ms": kdf, "sign_in_without_kdf_ms": total - kdf}


def close_main_window(gui: Gui, window: Any) -> None:
    window.close()  # locks the session (closeEvent)
    window.deleteLater()
    gui.settle(30)
