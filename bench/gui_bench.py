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
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from gui_common import (
    DEFAULT_CASES,
    GOALS,
    OUT_DIR,
    RESULTS_FILE,
    build_meta_path,
    child_env,
    loadavg,
    vault_folder,
)
from gui_report import make_table, merge_sessions, print_table, src_state
from gui_scroll import phase_endurance
from gui_session import phase_memory_baseline, phase_session
from gui_start import measure_start
from gui_unlock import phase_unlock

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
