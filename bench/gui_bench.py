#!/usr/bin/env python
"""The desktop application's measured goals (issue 3, "Measured"), at 100,000 cases.

    python bench/gui_bench.py [--cases 100000] [--rebuild] [--runs 7] [--queries 48]

One command: it builds the demo vault once (bench/out/gui-vault/, reused afterwards), runs
each measurement in a fresh process of the shipped configuration (SQLCipher memory security
ON: nothing here calls `database.build_invented_data_only`), prints a table and writes
bench/out/gui-results.json. With no DISPLAY it re-runs itself under `xvfb-run -a` with
QT_QPA_PLATFORM=xcb, so that windows are really painted (use --platform offscreen to skip).

The measures (each repeated; the baseline runs in the same process where one makes sense):

1. start    - launch to the sign-in window's first paint, in a fresh interpreter
              (baseline: the same interpreter showing a bare QDialog with one QLabel).
2. unlock   - a signed-in Session (KDF done) to the first case rows painted by
              MainWindow(session).show() (baseline: QTableView over a 100-row
              QStandardItemModel in a window of the same size).
3. search   - the debounce timer's timeout to the model's reset with the hits, for typed
              queries (names, prefixes, item words, references).
4. scroll   - All cases from top to bottom in page steps, one setValue + viewport repaint a
              frame (baseline: the same view over a computed model of as many rows).
5. memory   - VmRSS of the running application after sign-in, after scrolling end to end,
              and after the searches and opening 10 cases.

Only bench code is here: the application's modules are imported and driven as they are.
Instrumentation (timing wrappers on Session.list_cases / unwrap_slot, event filters) only
observes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtGui, QtTest, QtWidgets

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
OUT_DIR = BENCH_DIR / "out"
RESULTS_FILE = OUT_DIR / "gui-results.json"
DEFAULT_CASES = 100_000

GOALS = {
    "start": 1000.0,  # ms, launch to the sign-in window painted
    "unlock": 300.0,  # ms, signed-in session to first case rows painted
    "search": 100.0,  # ms, debounce timeout to results in the model
    "scroll": 16.0,  # ms, median frame
    "memory": 400.0,  # MB resident
}
JUSTIFICATION = "Performance benchmark on the invented demo vault"


# -- small shared helpers -------------------------------------------------------------------


def summary(values: Sequence[float]) -> dict[str, Any]:
    vals = sorted(float(v) for v in values)
    if not vals:
        return {"n": 0}
    if len(vals) == 1:
        p95 = vals[0]
    else:
        # linear interpolation between closest ranks (same as numpy's default)
        pos = 0.95 * (len(vals) - 1)
        lo = int(pos)
        hi = min(lo + 1, len(vals) - 1)
        p95 = vals[lo] + (vals[hi] - vals[lo]) * (pos - lo)
    return {
        "n": len(vals),
        "median": statistics.median(vals),
        "p95": p95,
        "min": vals[0],
        "max": vals[-1],
        "mean": statistics.fmean(vals),
    }


def proc_status() -> dict[str, float]:
    """VmRSS and VmHWM (peak) of this process, in MB."""
    out: dict[str, float] = {}
    with Path("/proc/self/status").open() as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                key, value = line.split(":", 1)
                out[key] = int(value.split()[0]) / 1024
    return {"rss_mb": out.get("VmRSS", 0.0), "peak_mb": out.get("VmHWM", 0.0)}


def loadavg() -> list[float]:
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text().split()[:3]]
    except OSError:
        return []


def vault_folder(cases: int) -> Path:
    return OUT_DIR / ("gui-vault" if cases == DEFAULT_CASES else f"gui-vault-{cases}")


def build_meta_path(folder: Path) -> Path:
    return folder.with_name(folder.name + "-build.json")


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(ROOT / "src")
    env["PYTHONPATH"] = src + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


# -- measure 1: a fresh interpreter to the sign-in window ------------------------------------

# Run with `python -c`; argv: launch clock (parent's perf_counter just before spawning, the
# same CLOCK_MONOTONIC in every process), mode, vault folder. Prints one JSON line.
START_CHILD = r"""
import sys, time, os, json
t_main = time.perf_counter()
launch = float(sys.argv[1]); mode = sys.argv[2]; vault = sys.argv[3]

def proc_start_clock():
    # process start from /proc/self/stat (clock ticks since boot; 10 ms resolution)
    ticks = int(open('/proc/self/stat').read().rsplit(')', 1)[1].split()[19])
    uptime = float(open('/proc/uptime').read().split()[0])
    return time.perf_counter() - (uptime - ticks / os.sysconf('SC_CLK_TCK'))

proc_start = proc_start_clock()
marks = {'main': t_main}

def report(app):
    end = time.perf_counter()
    marks['done'] = end
    out = {
        'mode': mode,
        'launch_to_paint_ms': (end - launch) * 1000,
        'procstart_to_paint_ms': (end - proc_start) * 1000,
        'launch_to_main_ms': (t_main - launch) * 1000,
        'marks_ms': {k: (v - launch) * 1000 for k, v in marks.items()},
    }
    print('GUIBENCH ' + json.dumps(out), flush=True)
    app.exit(0)

def watch(widget, app):
    from PySide6.QtCore import QEvent, QObject, QTimer
    class W(QObject):
        seen = False
        def eventFilter(self, obj, ev):
            if not self.seen and ev.type() == QEvent.Type.Paint:
                self.seen = True
                marks['first_paint_event'] = time.perf_counter()
                QTimer.singleShot(0, lambda: report(app))
            return False
    w = W(widget)
    widget.installEventFilter(w)
    return w

if mode == 'signin':
    # What run_gui does for an existing vault: make_application, DesktopApp.start.
    from securedesk.app import DesktopApp, make_application
    marks['imported'] = time.perf_counter()
    app = make_application(['securedesk'])
    marks['qapplication'] = time.perf_counter()
    import securedesk.app as sa
    orig = sa.DesktopApp.show_sign_in
    holder = []
    def show_sign_in(self):
        from securedesk.gui.sign_in import SignInDialog
        marks['dialog_imported'] = time.perf_counter()
        orig_show = SignInDialog.show
        def show(dlg):
            marks['dialog_built'] = time.perf_counter()
            holder.append(watch(dlg, app))
            orig_show(dlg)
            marks['shown'] = time.perf_counter()
        SignInDialog.show = show
        orig(self)
    sa.DesktopApp.show_sign_in = show_sign_in
    from pathlib import Path
    desk = DesktopApp(app, Path(vault), demo=False)
    desk.start()
    app.exec()
elif mode == 'entry':
    # The `securedesk --vault FOLDER` command itself: argument parsing, the CLI's imports,
    # run_gui. A hook on DesktopApp.show_sign_in only watches for the dialog's paint.
    import securedesk.app as sa
    orig = sa.DesktopApp.show_sign_in
    holder = []
    def show_sign_in(self):
        orig(self)
        holder.append(watch(self.sign_in_dialog, self.app))
    sa.DesktopApp.show_sign_in = show_sign_in
    from securedesk.cli.main import run
    run(['--vault', vault])
else:  # baseline: a bare dialog with one label
    from PySide6.QtWidgets import QApplication, QDialog, QLabel, QVBoxLayout
    marks['imported'] = time.perf_counter()
    app = QApplication(['baseline'])
    marks['qapplication'] = time.perf_counter()
    dlg = QDialog()
    QVBoxLayout(dlg).addWidget(QLabel('SecureDesk'))
    marks['dialog_built'] = time.perf_counter()
    w = watch(dlg, app)
    dlg.show()
    marks['shown'] = time.perf_counter()
    app.exec()
"""


def run_start_child(mode: str, folder: Path) -> dict[str, Any]:
    env = child_env()
    launch = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", START_CHILD, repr(launch), mode, str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("GUIBENCH "):
            found: dict[str, Any] = json.loads(line[len("GUIBENCH ") :])
            return found
    raise RuntimeError(f"start child ({mode}) failed: rc={proc.returncode}\n{proc.stderr[-3000:]}")


def measure_start(folder: Path, runs: int) -> dict[str, Any]:
    samples: dict[str, list[dict[str, Any]]] = {"signin": [], "baseline": [], "entry": []}
    # One warm-up of each (disk cache for .pyc and Qt libraries), then interleaved runs.
    warmup = {mode: run_start_child(mode, folder) for mode in samples}
    for _ in range(runs):
        for mode in samples:
            samples[mode].append(run_start_child(mode, folder))
    return {
        "warmup": warmup,
        "runs": samples,
        "summary": {
            mode: summary([s["launch_to_paint_ms"] for s in runs_])
            for mode, runs_ in samples.items()
        },
        "summary_procstart": {
            mode: summary([s["procstart_to_paint_ms"] for s in runs_])
            for mode, runs_ in samples.items()
        },
    }


# -- Qt side (phases that run in a child process of their own) --------------------------------


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


# -- measure 2: unlock to first rows ----------------------------------------------------------


def evict_from_os_cache(folder: Path) -> None:
    """Drop this vault's file pages from the OS page cache (nothing else is touched)."""
    for path in (folder / "vault.db", folder / "vault.db-wal"):
        if not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def phase_unlock(
    folder: Path, runs: int, profile: bool, none_guard: int, cold: int = 3
) -> dict[str, Any]:
    gui = Gui()
    gui.guard_none(none_guard)
    inst = Instrument()
    from securedesk.gui.main_window import MainWindow

    app_runs: list[dict[str, float]] = []
    base_runs: list[dict[str, float]] = []
    fetches: list[list[tuple[int, float]]] = []
    count_logs: list[list[dict[str, Any]]] = []

    def one_baseline() -> dict[str, float]:
        watch = gui.paint_watch(baseline_table_with_rows)
        gui.app.installEventFilter(watch)
        t0 = time.perf_counter()
        model = QtGui.QStandardItemModel(100, 7)
        for r in range(100):
            for c in range(7):
                model.setItem(r, c, QtGui.QStandardItem(f"r{r} c{c} WF-2025-{r:06d}"))
        window = baseline_window(gui, model)
        built = time.perf_counter()
        window.show()
        gui.wait(lambda: watch.done_at is not None, 30, "baseline paint")
        gui.app.removeEventFilter(watch)
        out = {
            "to_rows_painted_ms": (watch.done_at - t0) * 1000,
            "construct_ms": (built - t0) * 1000,
            "to_paint_event_ms": (watch.paint_at - t0) * 1000,
        }
        window.close()
        window.deleteLater()
        gui.settle(30)
        return out

    def one_app(prof: Any = None) -> dict[str, float]:
        session, sign = sign_in(folder, inst)
        log: list[tuple[int, float]] = []
        counts: list[dict[str, Any]] = []
        Instrument.wrap_list_cases(session, log)
        Instrument.wrap_count_cases(session, counts)
        watch = gui.paint_watch(case_table_with_rows)
        gui.app.installEventFilter(watch)
        if prof is not None:
            prof.enable()
        t0 = time.perf_counter()
        window = MainWindow(session)
        built = time.perf_counter()
        window.show()
        gui.wait(lambda: watch.done_at is not None, 60, "case rows painted")
        if prof is not None:
            prof.disable()
        gui.app.removeEventFilter(watch)
        out = {
            "to_rows_painted_ms": (watch.done_at - t0) * 1000,
            "construct_ms": (built - t0) * 1000,
            "to_paint_event_ms": (watch.paint_at - t0) * 1000,
            "list_cases_ms": sum(ms for _o, ms in log),
            "count_cases_ms": sum(c["ms"] for c in counts),
            "count_cases_calls": len(counts),
            **sign,
        }
        fetches.append(log)
        count_logs.append(counts)
        close_main_window(gui, window)
        return out

    one_baseline()  # warm-up: fonts, styles, the first window of the process
    first_app = one_app()
    for _ in range(runs):
        base_runs.append(one_baseline())
        app_runs.append(one_app())
    # The first sign-in of the day: the vault's pages are not in the OS file cache (this VM
    # also reclaims idle page cache on its own). Only this vault's files are evicted.
    cold_runs = []
    for _ in range(cold):
        evict_from_os_cache(folder)
        cold_runs.append(one_app())
    result: dict[str, Any] = {
        "first_in_process": first_app,
        "runs": app_runs,
        "baseline_runs": base_runs,
        "list_cases_fetches": fetches,
        "count_cases_calls": count_logs,
        "summary": {key: summary([r[key] for r in app_runs]) for key in app_runs[0]},
        "cold_runs": cold_runs,
        "cold_summary": {key: summary([r[key] for r in cold_runs]) for key in cold_runs[0]}
        if cold_runs
        else {},
        "baseline_summary": {key: summary([r[key] for r in base_runs]) for key in base_runs[0]},
    }
    if profile:
        result["profile"] = profile_unlock(gui, folder, inst, one_app)
    return result


def profile_unlock(
    gui: Gui, folder: Path, inst: Instrument, one_app: Callable[..., Any]
) -> dict[str, Any]:
    """cProfile of MainWindow construction to first rows painted (everything is on the UI
    thread here), written to bench/out/gui-profile-unlock.txt."""
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    run = one_app(prof)
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("cumulative").print_stats(45)
    stats.sort_stats("tottime").print_stats(25)
    path = OUT_DIR / "gui-profile-unlock.txt"
    path.write_text(text.getvalue())
    return {"run": run, "file": str(path)}


# -- measures 3, 4, 5: one signed-in application ------------------------------------------------


def make_queries(n: int, refs: list[str], seed: int = 3) -> list[dict[str, str]]:
    """What an officer types: surnames, given names, the first letters of a name, a word
    remembered from an information item, a given name and surname, a case reference.
    Names come from the invented-data generator's own lists; typed without accents."""
    from securedesk.demo.invented_names import HERITAGES

    rng = random.Random(seed)
    heritages = list(dict.fromkeys(HERITAGES))
    extra = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae"})

    def plain(word: str) -> str:
        # Typed on a UK keyboard without accents (QTest can only type ASCII keys).
        decomposed = unicodedata.normalize("NFKD", word.translate(extra))
        return "".join(ch for ch in decomposed if ch.isascii() and not unicodedata.combining(ch))

    def family() -> str:
        return plain(rng.choice(rng.choice(heritages).family).split()[-1])

    def given() -> str:
        h = rng.choice(heritages)
        return plain(rng.choice(h.male + h.female))

    item_words = [
        "stickers",
        "broadband",
        "leaflets",
        "strategy",
        "withdrawn",
        "intelligence",
        "skate park",
        "gaming",
        "boxing gym",
        "neighbour",
        "downloads folder",
        "grievance",
        "parental controls",
        "livestreaming",
        "extremist slogans",
        "home visit",
        "social isolation",
        "religious studies",
        "college",
        "argumentative",
    ]
    kinds = [
        "surname",
        "prefix",
        "item word",
        "given + surname",
        "given name",
        "surname",
        "prefix",
        "item word",
        "case ref",
    ]
    out: list[dict[str, str]] = []
    i = 0
    while len(out) < n:
        kind = kinds[i % len(kinds)]
        i += 1
        if kind == "surname":
            q = family()
        elif kind == "given name":
            q = given()
        elif kind == "prefix":
            name = family()
            q = name[: rng.randint(3, min(5, len(name)))] if len(name) >= 3 else name
        elif kind == "item word":
            q = rng.choice(item_words)
        elif kind == "given + surname":
            q = f"{given()} {family()}"
        else:
            if not refs:
                continue
            q = rng.choice(refs)
        q = plain(q).strip()
        if len(q) >= 2:
            out.append({"kind": kind, "text": q})
    return out


def phase_session(folder: Path, args: argparse.Namespace) -> dict[str, Any]:
    gui = Gui()
    gui.guard_none(args.none_guard)
    inst = Instrument()
    from securedesk.gui.main_window import MainWindow

    result: dict[str, Any] = {"memory": {"process_start": proc_status()}, "none_refs": {}}
    ComputedModel = computed_model_class()

    session, sign = sign_in(folder, inst)
    result["sign_in"] = sign
    fetch_log: list[tuple[int, float]] = []
    Instrument.wrap_list_cases(session, fetch_log)
    watch = gui.paint_watch(case_table_with_rows)
    gui.app.installEventFilter(watch)
    t0 = time.perf_counter()
    window = MainWindow(session)
    window.show()
    gui.wait(lambda: watch.done_at is not None, 60, "case rows painted")
    gui.app.removeEventFilter(watch)
    result["unlock_once_ms"] = (watch.done_at - t0) * 1000
    gui.settle(300)
    result["memory"]["after_sign_in"] = proc_status()
    result["none_refs"]["after_sign_in"] = -gui.none_refs_lost()

    # -- measure 4: scroll All cases end to end --------------------------------------------
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    page: Any = window.page("all_cases")
    table = page.table
    gui.settle(300)

    def scroll_now(label: str, prof: bool) -> dict[str, Any]:
        rows = page.model.rowCount()
        fetch_log.clear()
        before = gui.none_refs_lost()
        out = scroll_end_to_end(gui, table, window, args.scroll_passes, prof, label, fetch_log)
        out["rows"] = rows
        out["filter"] = page.status.currentText()
        out["fetches"] = [(o, round(ms, 3)) for o, ms in fetch_log]
        out["fetch_summary"] = summary([ms for _o, ms in fetch_log])
        out["none_refs_lost"] = gui.none_refs_lost() - before
        out["none_refs_lost_per_frame"] = out["none_refs_lost"] / max(1, out["frame_ms"]["n"])
        return out

    # The list as it opens (the "Open cases" filter), then every case ("All statuses").
    result["scroll"] = scroll_now("open", args.profile)
    page.status.setCurrentIndex(page.status.findData(None))
    gui.settle(300)
    result["scroll_all"] = scroll_now("all", args.profile)
    gui.settle(300)
    result["memory"]["after_scroll"] = proc_status()
    result["none_refs"]["after_scroll"] = -gui.none_refs_lost()

    # baseline scroll: as many rows through a computed model, same process, same window size
    base = baseline_window(gui, ComputedModel(result["scroll_all"]["rows"]))
    base.show()
    gui.settle(300)
    result["scroll_baseline"] = scroll_end_to_end(gui, base.table, None, 1, False, "baseline")
    base.close()
    base.deleteLater()
    gui.settle(100)

    # References for the searches and the cases to open, spread over the whole list.
    rows = page.model.rowCount()
    search_refs = [page.model.ref_at(i) for i in range(0, min(rows, 3000), 211)]
    open_refs = [page.model.ref_at(i) for i in range(0, rows, max(1, rows // 10))][:10]

    # -- measure 3: search as you type ------------------------------------------------------
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    gui.settle(200)
    qs = make_queries(args.queries, [r for r in search_refs if r])
    result["search"] = search_as_you_type(gui, window, page, qs)
    if args.profile:
        result["search_profile"] = profile_search(session, qs)
    gui.settle(200)
    result["none_refs"]["after_search"] = -gui.none_refs_lost()

    # -- open 10 cases (for memory; the time of each is information) ----------------------
    opened = []
    for ref in [r for r in open_refs if r]:
        t = time.perf_counter()
        widget = window.open_case(ref, JUSTIFICATION)
        gui.app.processEvents()
        opened.append(
            {"ref": ref, "ok": widget is not None, "ms": (time.perf_counter() - t) * 1000}
        )
        window.idle.start()
    result["open_cases"] = opened
    result["open_cases_summary"] = summary([o["ms"] for o in opened])
    gui.settle(500)
    result["memory"]["after_searches_and_cases"] = proc_status()
    result["none_refs"]["after_cases"] = -gui.none_refs_lost()
    result["list_cases_total_calls"] = len(fetch_log)

    close_main_window(gui, window)
    gui.settle(200)
    result["memory"]["after_close"] = proc_status()
    result["none_guard"] = gui.none_guard
    return result


def phase_endurance(folder: Path, max_frames: int) -> None:
    """The shipped configuration without the bench's None guard: scroll All cases in page
    steps until `max_frames` frames, printing progress; if CPython aborts, the parent sees
    the last progress line and the exit status."""
    gui = Gui()
    inst = Instrument()
    from securedesk.gui.main_window import MainWindow

    session, _sign = sign_in(folder, inst)
    window = MainWindow(session)
    window.show()
    gui.settle(500)
    window.nav.setCurrentRow(window.page_keys.index("all_cases"))
    page: Any = window.page("all_cases")
    page.status.setCurrentIndex(page.status.findData(None))
    gui.settle(300)
    sb = page.table.verticalScrollBar()
    step = max(1, sb.pageStep())
    frames = 0
    print(
        f"ENDURANCE start none_refs={sys.getrefcount(None)} step={step} "
        f"rows={page.model.rowCount()}",
        flush=True,
    )
    value = 0
    while frames < max_frames:
        value = value + step if value + step <= sb.maximum() else 0
        sb.setValue(value)
        gui.app.processEvents()  # painted by the event loop, as when a person scrolls
        frames += 1
        if frames % 10 == 0:
            window.idle.start()
            print(f"ENDURANCE frames={frames} none_refs={sys.getrefcount(None)}", flush=True)
    print(f"ENDURANCE survived frames={frames} none_refs={sys.getrefcount(None)}", flush=True)
    sys.stdout.flush()
    os._exit(0)


def run_endurance(folder: Path, max_frames: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--phase",
        "endurance",
        "--vault",
        str(folder),
        "--phase-out",
        "-",
        "--endurance-frames",
        str(max_frames),
    ]
    t0 = time.perf_counter()
    proc = subprocess.run(
        cmd, env=child_env(), capture_output=True, text=True, check=False, timeout=3600
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("ENDURANCE")]
    frames = 0
    last_refs = None
    for ln in lines:
        for part in ln.split():
            if part.startswith("frames="):
                frames = int(part.split("=")[1])
            if part.startswith("none_refs="):
                last_refs = int(part.split("=")[1])
    start_refs = None
    if lines and "none_refs=" in lines[0]:
        start_refs = int(lines[0].split("none_refs=")[1].split()[0])
    fatal = [ln for ln in proc.stderr.splitlines() if "Fatal Python error" in ln]
    return {
        "returncode": proc.returncode,
        "aborted": proc.returncode != 0,
        "frames_before_end": frames,
        "survived": any("survived" in ln for ln in lines),
        "none_refs_at_start": start_refs,
        "none_refs_last_seen": last_refs,
        "fatal_error": fatal[:1],
        "stderr_tail": proc.stderr[-1500:],
        "wall_s": time.perf_counter() - t0,
        "max_frames": max_frames,
    }


def scroll_end_to_end(
    gui: Gui,
    table: Any,
    window: Any,
    passes: int,
    profile: bool,
    label: str = "",
    fetch_log: list[tuple[int, float]] | None = None,
) -> dict[str, Any]:
    sb = table.verticalScrollBar()
    viewport = table.viewport()
    sb.setValue(0)
    gui.settle(100)
    step = max(1, sb.pageStep())
    maximum = sb.maximum()
    values = list(range(step, maximum + 1, step))
    if not values or values[-1] != maximum:
        values.append(maximum)
    out: dict[str, Any] = {"page_step_rows": step, "scrollbar_max": maximum, "passes": []}
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
    # With --profile, one more pass runs under cProfile after the timed passes; its frames
    # and page fetches are left out of the timings.
    for p in range(passes + (1 if prof is not None else 0)):
        profiled = p == passes
        fetches_before = len(fetch_log) if fetch_log is not None else 0
        sb.setValue(0)
        gui.settle(50)
        frames: list[float] = []
        with_events: list[float] = []
        fetched: list[bool] = []
        t_pass = time.perf_counter()
        for i, v in enumerate(values):
            n_fetch = len(fetch_log) if fetch_log is not None else 0
            if window is not None and i % 50 == 0:
                window.idle.start()  # the bench stands in for a user's scrolling input
            if profiled and prof is not None:
                prof.enable()
            t0 = time.perf_counter()
            sb.setValue(v)
            viewport.repaint()
            t1 = time.perf_counter()
            gui.app.processEvents()
            t2 = time.perf_counter()
            if profiled and prof is not None:
                prof.disable()
            frames.append((t1 - t0) * 1000)
            with_events.append((t2 - t0) * 1000)
            fetched.append(fetch_log is not None and len(fetch_log) > n_fetch)
        if profiled:
            if fetch_log is not None:
                del fetch_log[fetches_before:]
            out["profiled_pass_frame_ms"] = summary(frames)
            continue
        out["passes"].append(
            {
                "frames": len(frames),
                "wall_s": time.perf_counter() - t_pass,
                "frame_ms": summary(frames),
                "frame_with_events_ms": summary(with_events),
                "over_16ms": sum(1 for f in frames if f > 16),
                "frames_with_page_fetch": sum(fetched),
                "frame_ms_without_fetch": summary(
                    [f for f, x in zip(frames, fetched, strict=True) if not x]
                ),
                "frame_ms_with_fetch": summary(
                    [f for f, x in zip(frames, fetched, strict=True) if x]
                ),
                "raw_frame_ms": [round(f, 3) for f in frames],
                "raw_fetched": [int(x) for x in fetched],
            }
        )
    all_frames = [f for p_ in out["passes"] for f in p_["raw_frame_ms"]]
    all_fetched = [x for p_ in out["passes"] for x in p_["raw_fetched"]]
    out["frame_ms"] = summary(all_frames)
    out["frame_ms_without_fetch"] = summary(
        [f for f, x in zip(all_frames, all_fetched, strict=True) if not x]
    )
    out["frame_ms_with_fetch"] = summary(
        [f for f, x in zip(all_frames, all_fetched, strict=True) if x]
    )
    out["frame_with_events_ms"] = summary(
        [p_["frame_with_events_ms"]["median"] for p_ in out["passes"]]
    )
    if prof is not None:
        import io
        import pstats

        text = io.StringIO()
        stats = pstats.Stats(prof, stream=text)
        stats.sort_stats("cumulative").print_stats(40)
        stats.sort_stats("tottime").print_stats(20)
        path = OUT_DIR / f"gui-profile-scroll-{label or 'list'}.txt"
        path.write_text(text.getvalue())
        out["profile_file"] = str(path)
    return out


def search_as_you_type(
    gui: Gui, window: Any, page: Any, queries: list[dict[str, str]]
) -> dict[str, Any]:
    Qt = QtCore.Qt
    timer_type = QtCore.QEvent.Type.Timer
    debounce = page._debounce
    table = page.table

    class State(QtCore.QObject):
        def __init__(self) -> None:
            super().__init__()
            self.reset()

        def reset(self) -> None:
            self.timeouts: list[float] = []
            self.reset_at: float | None = None
            self.painted_at: float | None = None
            self.paint_armed = False

        def eventFilter(self, obj: Any, ev: Any) -> bool:
            t = ev.type()
            if obj is debounce and t == timer_type:
                self.timeouts.append(time.perf_counter())
            elif self.paint_armed and t == QtCore.QEvent.Type.Paint:
                self.paint_armed = False
                QtCore.QTimer.singleShot(0, self._painted)
            return False

        def _painted(self) -> None:
            self.painted_at = time.perf_counter()

        def on_reset(self) -> None:
            if self.timeouts and self.reset_at is None:
                self.reset_at = time.perf_counter()
                self.paint_armed = True

    state = State()
    debounce.installEventFilter(state)
    table.viewport().installEventFilter(state)
    page.model.modelReset.connect(state.on_reset)

    def type_query(text: str) -> dict[str, Any]:
        window.idle.start()
        page.search.setFocus()
        QtTest.QTest.keyClick(page.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        state.reset()
        typed_at = time.perf_counter()
        QtTest.QTest.keyClicks(page.search, text)
        typed_end = time.perf_counter()
        gui.wait(lambda: state.painted_at is not None, 120, f"search '{text}'")
        gui.settle(20)
        t0 = state.timeouts[-1]
        assert state.reset_at is not None and state.painted_at is not None
        return {
            "text": text,
            "debounce_to_reset_ms": (state.reset_at - t0) * 1000,
            "debounce_to_painted_ms": (state.painted_at - t0) * 1000,
            "typing_ms": (typed_end - typed_at) * 1000,
            "last_key_to_painted_ms": (state.painted_at - typed_end) * 1000,
            "debounce_fired": len(state.timeouts),
            "last_search_ms": page.last_search_ms,
            "hits": page.model.rowCount(),
        }

    type_query("Taylor")  # warm-up (the first search of a session, reported separately)
    warm = type_query("Jones")
    runs = []
    for q in queries:
        r = type_query(q["text"])
        r["kind"] = q["kind"]
        runs.append(r)
    page.model.modelReset.disconnect(state.on_reset)
    debounce.removeEventFilter(state)
    table.viewport().removeEventFilter(state)
    by_kind: dict[str, list[float]] = {}
    for r in runs:
        by_kind.setdefault(r["kind"], []).append(r["debounce_to_reset_ms"])
    return {
        "warmup": warm,
        "runs": runs,
        "summary": summary([r["debounce_to_reset_ms"] for r in runs]),
        "to_painted_summary": summary([r["debounce_to_painted_ms"] for r in runs]),
        "by_kind": {k: summary(v) for k, v in by_kind.items()},
        "over_goal": [
            {"text": r["text"], "kind": r["kind"], "ms": round(r["debounce_to_reset_ms"], 1)}
            for r in runs
            if r["debounce_to_reset_ms"] > GOALS["search"]
        ],
    }


def profile_search(session: Any, queries: list[dict[str, str]]) -> dict[str, Any]:
    """The search work itself (it runs in the thread pool in the window, so cProfile sees it
    only when called directly): Session.search for every query, on this thread."""
    import cProfile
    import io
    import pstats

    prof = cProfile.Profile()
    times: list[dict[str, Any]] = []
    for q in queries:
        t = time.perf_counter()
        prof.enable()
        session.cases.search(q["text"], limit=200)
        prof.disable()
        times.append({"text": q["text"], "ms": (time.perf_counter() - t) * 1000})
    text = io.StringIO()
    stats = pstats.Stats(prof, stream=text)
    stats.sort_stats("tottime").print_stats(20)
    path = OUT_DIR / "gui-profile-search.txt"
    path.write_text(text.getvalue())
    return {"file": str(path), "direct_ms": summary([t["ms"] for t in times]), "runs": times}


def phase_memory_baseline() -> dict[str, Any]:
    """A bare Qt application's resident memory with a window like the application's."""
    gui = Gui()
    ComputedModel = computed_model_class()
    window = baseline_window(gui, ComputedModel(DEFAULT_CASES))
    window.show()
    gui.settle(500)
    return {"rss": proc_status()}


# -- the parent: vault, phases, table ----------------------------------------------------------


def ensure_vault(cases: int, rebuild: bool) -> dict[str, Any]:
    folder = vault_folder(cases)
    meta_path = build_meta_path(folder)
    if rebuild:
        shutil.rmtree(folder, ignore_errors=True)
        meta_path.unlink(missing_ok=True)
    if folder.is_dir() and any(folder.iterdir()):
        if meta_path.is_file():
            meta: dict[str, Any] = json.loads(meta_path.read_text())
            if meta.get("cases") == cases and meta.get("ok"):
                meta["reused"] = True
                return meta
        raise SystemExit(
            f"{folder} holds a vault this script did not finish building "
            "(no build record, or a build in progress). Wait for it, or use --rebuild."
        )
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "securedesk.demo.demo_vault", str(folder), str(cases)]
    print(
        f"building the demo vault of {cases:,} cases in {folder} (a child process that "
        "declares invented data only; about 10 minutes at 100,000)...",
        flush=True,
    )
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        cmd, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    while proc.poll() is None:
        time.sleep(30)
        size = sum(p.stat().st_size for p in folder.glob("vault.db*")) if folder.exists() else 0
        print(f"  ... {time.perf_counter() - t0:5.0f} s, {size / 1e6:,.0f} MB", flush=True)
    output = proc.stdout.read() if proc.stdout else ""
    if proc.returncode != 0:
        raise SystemExit(f"the vault build failed (exit {proc.returncode}):\n{output[-3000:]}")
    meta = {
        "cases": cases,
        "ok": True,
        "build_s": time.perf_counter() - t0,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "command": " ".join(cmd),
        "db_bytes": (folder / "vault.db").stat().st_size,
        "loadavg_after": loadavg(),
    }
    meta_path.write_text(json.dumps(meta, indent=2))
    meta["reused"] = False
    return meta


def run_phase(
    name: str, args: argparse.Namespace, folder: Path, profile: bool | None = None
) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile(suffix=".json", dir=OUT_DIR, delete=False) as f:
        out = Path(f.name)
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--phase",
        name,
        "--vault",
        str(folder),
        "--phase-out",
        str(out),
        "--runs",
        str(args.runs),
        "--queries",
        str(args.queries),
        "--scroll-passes",
        str(args.scroll_passes),
        "--none-guard",
        str(args.none_guard),
    ]
    if args.profile if profile is None else profile:
        cmd.append("--profile")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, env=child_env(), check=False)
        if proc.returncode != 0:
            raise SystemExit(f"phase {name} failed (exit {proc.returncode})")
        data: dict[str, Any] = json.loads(out.read_text())
    finally:
        out.unlink(missing_ok=True)
    data["phase_wall_s"] = time.perf_counter() - t0
    return data


def phase_main(args: argparse.Namespace) -> None:
    folder = Path(args.vault)
    if args.phase == "unlock":
        data = phase_unlock(folder, args.runs, args.profile, args.none_guard)
    elif args.phase == "session":
        data = phase_session(folder, args)
    elif args.phase == "endurance":
        phase_endurance(folder, args.endurance_frames)
        return
    elif args.phase == "membase":
        data = phase_memory_baseline()
    else:
        raise SystemExit(f"unknown phase {args.phase}")
    data["loadavg_end"] = loadavg()
    Path(args.phase_out).write_text(json.dumps(data))
    # Leave at once: Qt's teardown of a process with many widgets is not what is measured.
    sys.stdout.flush()
    os._exit(0)


def merge_sessions(sessions: list[dict[str, Any]]) -> dict[str, Any]:
    """The session phases pooled: every frame and every query of every run counts once."""

    def pool_scroll(key: str) -> dict[str, Any]:
        frames = [f for se in sessions for p in se[key]["passes"] for f in p["raw_frame_ms"]]
        fetched = [
            x
            for se in sessions
            for p in se[key]["passes"]
            for x in p.get("raw_fetched", [0] * len(p["raw_frame_ms"]))
        ]
        fetch_ms = [ms for se in sessions for _o, ms in se[key].get("fetches", [])]
        return {
            "rows": sessions[0][key].get("rows"),
            "frame_ms": summary(frames),
            "frame_ms_without_fetch": summary(
                [f for f, x in zip(frames, fetched, strict=True) if not x]
            ),
            "frame_ms_with_fetch": summary([f for f, x in zip(frames, fetched, strict=True) if x]),
            "fetch_summary": summary(fetch_ms),
            "per_run_median_ms": [se[key]["frame_ms"]["median"] for se in sessions],
        }

    searches = [r for se in sessions for r in se["search"]["runs"]]
    by_kind: dict[str, list[float]] = {}
    for r in searches:
        by_kind.setdefault(r["kind"], []).append(r["debounce_to_reset_ms"])
    memory = {
        key: {
            "rss_mb": statistics.median(se["memory"][key]["rss_mb"] for se in sessions),
            "peak_mb": statistics.median(se["memory"][key]["peak_mb"] for se in sessions),
            "per_run_rss_mb": [se["memory"][key]["rss_mb"] for se in sessions],
        }
        for key in sessions[0]["memory"]
    }
    return {
        "runs": len(sessions),
        "search": {
            "summary": summary([r["debounce_to_reset_ms"] for r in searches]),
            "to_painted_summary": summary([r["debounce_to_painted_ms"] for r in searches]),
            "by_kind": {k: summary(v) for k, v in by_kind.items()},
            "over_goal": [o for se in sessions for o in se["search"]["over_goal"]],
            "per_run_median_ms": [se["search"]["summary"]["median"] for se in sessions],
        },
        "scroll": pool_scroll("scroll"),
        "scroll_all": pool_scroll("scroll_all"),
        "scroll_baseline": pool_scroll("scroll_baseline"),
        "memory": memory,
        "open_cases_summary": summary([o["ms"] for se in sessions for o in se["open_cases"]]),
        "none_refs_lost_per_frame": [
            se["scroll_all"].get("none_refs_lost_per_frame") for se in sessions
        ],
    }


def src_state() -> dict[str, Any]:
    """Which application code was measured: the commit and any uncommitted changes in src/."""

    def git(*a: str) -> str:
        git_exe = shutil.which("git") or "git"
        r = subprocess.run([git_exe, *a], cwd=ROOT, capture_output=True, text=True, check=False)
        return r.stdout.strip()

    return {
        "commit": git("rev-parse", "HEAD"),
        "uncommitted_in_src": git("status", "--porcelain", "--", "src").splitlines(),
    }


def fmt(v: float | None, unit: str) -> str:
    if v is None:
        return "—"
    return f"{v:,.0f} {unit}" if v >= 100 else f"{v:.1f} {unit}"


def make_table(res: dict[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []

    def add(
        measure: str,
        s: dict[str, Any] | None,
        base: dict[str, Any] | None,
        unit: str,
        goal: float | None,
        goal_text: str,
        key: str = "median",
        value: float | None = None,
    ) -> None:
        med = value if value is not None else (s or {}).get(key)
        p95 = (s or {}).get("p95") if value is None else None
        bmed = (base or {}).get("median")
        ratio = med / bmed if (med is not None and bmed) else None
        met = None if goal is None or med is None else med <= goal
        rows.append(
            {
                "measure": measure,
                "median": med,
                "p95": p95,
                "baseline_median": bmed,
                "ratio": ratio,
                "goal": goal_text,
                "met": met,
                "unit": unit,
                "n": (s or {}).get("n"),
            }
        )

    st = res.get("start")
    if st:
        add(
            "1. start → sign-in window painted",
            st["summary"]["signin"],
            st["summary"]["baseline"],
            "ms",
            GOALS["start"],
            "≤ 1000 ms",
        )
        add(
            "   (info) via `securedesk --vault` entry point",
            st["summary"]["entry"],
            st["summary"]["baseline"],
            "ms",
            GOALS["start"],
            "≤ 1000 ms",
        )
    un = res.get("unlock")
    if un:
        add(
            "2. unlock → first case rows painted",
            un["summary"]["to_rows_painted_ms"],
            un["baseline_summary"]["to_rows_painted_ms"],
            "ms",
            GOALS["unlock"],
            "≤ 300 ms",
        )
        if un.get("cold_summary"):
            add(
                "   the same, vault evicted from the OS file cache (first sign-in of a day)",
                un["cold_summary"]["to_rows_painted_ms"],
                un["baseline_summary"]["to_rows_painted_ms"],
                "ms",
                GOALS["unlock"],
                "≤ 300 ms",
            )
            add(
                "   (info) of which Session.count_cases, evicted",
                un["cold_summary"]["count_cases_ms"],
                None,
                "ms",
                None,
                "—",
            )
        add(
            "   (info) of which MainWindow() construction",
            un["summary"]["construct_ms"],
            un["baseline_summary"]["construct_ms"],
            "ms",
            None,
            "—",
        )
        add(
            f"   (info) of which Session.count_cases "
            f"({un['summary']['count_cases_calls']['median']:.0f} calls)",
            un["summary"]["count_cases_ms"],
            None,
            "ms",
            None,
            "—",
        )
        add(
            "   (info) of which Session.list_cases (first page)",
            un["summary"]["list_cases_ms"],
            None,
            "ms",
            None,
            "—",
        )
        add(
            "   (info) KDF (Argon2id) at sign-in",
            un["summary"]["kdf_ms"],
            None,
            "ms",
            None,
            "excluded",
        )
        add(
            "   (info) Session.sign_in without KDF",
            un["summary"]["sign_in_without_kdf_ms"],
            None,
            "ms",
            None,
            "—",
        )
    se = res.get("session")
    if se:
        s = se["search"]
        add(
            "3. search: debounce timeout → results in model",
            s["summary"],
            None,
            "ms",
            GOALS["search"],
            "≤ 100 ms",
        )
        add(
            "   (info) debounce timeout → result rows painted",
            s["to_painted_summary"],
            None,
            "ms",
            None,
            "—",
        )
        for key, label in (
            ("scroll", "open cases, as the list opens"),
            ("scroll_all", "all statuses"),
        ):
            sc = se[key]
            add(
                f"4. scroll All cases end to end, {label} ({sc['frame_ms']['n']:,} frames, "
                f"{sc['rows']:,} rows)",
                sc["frame_ms"],
                se["scroll_baseline"]["frame_ms"],
                "ms",
                GOALS["scroll"],
                "median ≤ 16 ms",
            )
            add(
                "   (info) frames that fetched no page",
                sc["frame_ms_without_fetch"],
                se["scroll_baseline"]["frame_ms"],
                "ms",
                None,
                "—",
            )
            add(
                f"   (info) frames that fetched a page ({sc['frame_ms_with_fetch'].get('n', 0)})",
                sc["frame_ms_with_fetch"],
                None,
                "ms",
                None,
                "—",
            )
            add(
                "   (info) the page fetches themselves (Session.list_cases)",
                sc["fetch_summary"],
                None,
                "ms",
                None,
                "—",
            )
        mb = (res.get("membase") or {}).get("rss", {}).get("rss_mb")
        base = {"median": mb} if mb else None
        for label, key in (
            ("after sign-in", "after_sign_in"),
            ("after scrolling end to end", "after_scroll"),
            (
                f"after {s['summary']['n'] // se.get('runs', 1)} searches and 10 cases",
                "after_searches_and_cases",
            ),
        ):
            add(
                f"5. resident memory {label}",
                None,
                base,
                "MB",
                GOALS["memory"],
                "≤ 400 MB",
                value=se["memory"][key]["rss_mb"],
            )
        add(
            "   (info) peak resident memory (VmHWM)",
            None,
            base,
            "MB",
            GOALS["memory"],
            "≤ 400 MB",
            value=se["memory"]["after_searches_and_cases"]["peak_mb"],
        )
    en = res.get("endurance")
    if en:
        rows.append(
            {
                "measure": "(finding) unguarded scrolling: frames until CPython aborts",
                "median": float(en["frames_before_end"]) if en["aborted"] else None,
                "p95": None,
                "baseline_median": None,
                "ratio": None,
                "goal": "no abort",
                "met": not en["aborted"],
                "unit": "frames",
                "n": 1,
            }
        )
    return rows


def print_table(rows: list[dict[str, Any]]) -> str:
    head = ("measure", "median", "p95", "baseline median", "ratio", "goal", "met?")
    body = []
    for r in rows:
        body.append(
            (
                r["measure"],
                fmt(r["median"], r["unit"]),
                fmt(r["p95"], r["unit"]) if r["p95"] is not None else "—",
                fmt(r["baseline_median"], r["unit"]),
                f"{r['ratio']:.1f}×" if r["ratio"] is not None else "—",
                r["goal"],
                "—" if r["met"] is None else ("yes" if r["met"] else "NO"),
            )
        )
    widths = [max(len(str(x[i])) for x in [head, *body]) for i in range(len(head))]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(head, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)) for row in body]
    text = "\n".join(lines)
    print(text)
    return text


def ensure_display(argv: list[str], platform_choice: str) -> str:
    if platform_choice == "offscreen":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen"
    if os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"
        return "xcb (DISPLAY " + os.environ["DISPLAY"] + ")"
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        print("no DISPLAY and no xvfb-run: painting offscreen", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return "offscreen (no xvfb-run)"
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    os.execvpe(  # noqa: S606 - re-running this script under xvfb-run is the point
        xvfb,
        [
            xvfb,
            "-a",
            "-s",
            "-screen 0 1920x1080x24",
            sys.executable,
            str(Path(__file__).resolve()),
            *argv,
        ],
        env,
    )
    raise AssertionError("unreachable")


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=DEFAULT_CASES)
    parser.add_argument("--rebuild", action="store_true", help="build the vault afresh")
    parser.add_argument("--runs", type=int, default=7, help="repeats of measures 1 and 2")
    parser.add_argument("--queries", type=int, default=48, help="typed searches (≥ 40)")
    parser.add_argument(
        "--sessions",
        type=int,
        default=2,
        help="signed-in application runs for measures 3-5 (pooled)",
    )
    parser.add_argument(
        "--scroll-passes",
        type=int,
        default=1,
        help="end-to-end scroll passes (each thousands of frames)",
    )
    parser.add_argument(
        "--only",
        default="start,unlock,session,membase,endurance",
        help="comma-separated phases to run",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile the slow paths into bench/out/gui-profile-*.txt",
    )
    parser.add_argument("--platform", choices=("xcb", "offscreen"), default="xcb")
    parser.add_argument(
        "--none-guard",
        type=int,
        default=1_000_000,
        help="extra references the timing phases give None (see Gui.guard_none)",
    )
    parser.add_argument(
        "--endurance-frames",
        type=int,
        default=3000,
        help="frames the unguarded endurance phase scrolls at most",
    )
    parser.add_argument(
        "--results", metavar="FILE", help=f"write the results here instead of {RESULTS_FILE.name}"
    )
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument(
        "--vault",
        metavar="FOLDER",
        help="measure this existing demo vault instead of bench/out/gui-vault "
        "(what-if runs); --cases should then say how many cases it holds",
    )
    parser.add_argument("--phase-out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.phase:
        phase_main(args)
        return
    where = ensure_display(argv, args.platform)
    if args.vault:  # a what-if: an existing vault (e.g. a copy with other indexes)
        folder = Path(args.vault).resolve()
        meta = {"cases": args.cases, "ok": True, "build_s": None, "external": True}
    else:
        meta = ensure_vault(args.cases, args.rebuild)
        folder = vault_folder(args.cases)
    wanted = set(args.only.split(","))
    started = time.perf_counter()
    res: dict[str, Any] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "qt_platform": where,
            "loadavg_start": loadavg(),
        },
        "vault": {"folder": str(folder), **meta},
        "goals": GOALS,
        "src_state": src_state(),
    }
    try:
        import PySide6

        res["machine"]["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    if "start" in wanted:
        print(f"measure 1: start to sign-in window ({args.runs} runs each)...", flush=True)
        res["start"] = measure_start(folder, args.runs)
    if "unlock" in wanted:
        print(f"measure 2: unlock to first rows ({args.runs} runs)...", flush=True)
        res["unlock"] = run_phase("unlock", args, folder)
    if "session" in wanted:
        sessions = []
        for n in range(args.sessions):
            print(
                f"measures 3-5: scroll, search, memory (signed-in application {n + 1} of "
                f"{args.sessions})...",
                flush=True,
            )
            # Only the first run profiles (an extra, untimed pass; it is slow).
            sessions.append(run_phase("session", args, folder, args.profile and n == 0))
        res["sessions"] = sessions
        res["session"] = merge_sessions(sessions)
    if "membase" in wanted:
        res["membase"] = run_phase("membase", args, folder)
    if "endurance" in wanted:
        print(
            f"endurance: scrolling without the None guard (up to {args.endurance_frames} "
            "frames)...",
            flush=True,
        )
        res["endurance"] = run_endurance(folder, args.endurance_frames)
    res["machine"]["loadavg_end"] = loadavg()
    res["run_s"] = time.perf_counter() - started
    rows = make_table(res)
    res["table"] = rows
    print()
    res["table_text"] = print_table(rows)
    built = f"built in {meta['build_s']:.0f} s" if meta.get("build_s") else "not built here"
    print(
        f"\nvault: {folder} ({meta['cases']:,} cases, {built}"
        f"{', reused' if meta.get('reused') else ''}); load average "
        f"{res['machine']['loadavg_start']} → {res['machine']['loadavg_end']}"
    )
    # Raw frame lists make the file large; keep them, they are the evidence.
    out_file = Path(args.results) if args.results else RESULTS_FILE
    out_file.write_text(json.dumps(res, indent=1))
    print(f"results: {out_file}")


if __name__ == "__main__":
    main()
