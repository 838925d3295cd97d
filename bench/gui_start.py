"""Measure 1 of the GUI benchmark: a fresh interpreter to the sign-in window's first paint
(baseline: the same interpreter showing a bare dialog)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from gui_common import (
    child_env,
    summary,
)

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
