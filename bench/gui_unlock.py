"""Measure 2 of the GUI benchmark: a signed-in session to the first case rows painted
(baseline: a table over a 100-row QStandardItemModel), warm and from a cold file cache."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtGui

from gui_common import (
    OUT_DIR,
    summary,
)
from gui_harness import (
    Gui,
    Instrument,
    baseline_table_with_rows,
    baseline_window,
    case_table_with_rows,
    close_main_window,
    sign_in,
)


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
