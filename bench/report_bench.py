"""Panel reports on a large demo vault: statistics, CSV and PDF timed beside a plain SQL count
of the same vault's cases, in the same process.

    python bench/report_bench.py            # 100,000 invented cases (built once, then reused)
    python bench/report_bench.py --quick    # 5,000 cases: a smoke run
    python bench/report_bench.py --rebuild  # build the vault again

The vault (bench/out/report-bench-N, invented people only) is a real SecureDesk vault made
through the session: an administrator, four officers and a chair cleared SECRET, and N demo
cases from `import_demo_cases` (the demo's DemoCase generator, items and all, with the demo's
reporting values: gender, type of concern, outcomes and a stage history).

What is timed, as the chair, each run a full pass over the vault:

- statistics: `ReportService.panel_statistics` for four years (every figure of the report,
  suppressed, and its consultation event);
- csv: `write_report` to a new .csv (figures, file, disclosure event);
- pdf: `write_report` to a new .pdf (figures, ReportLab tables and charts, file, event);
- baselines, on the same connection: `SELECT count(*) FROM cases` (SQLite counts an index's
  pages; microseconds) and a plain grouped count that reads every case,
  `SELECT referral_source, count(*) FROM cases GROUP BY referral_source` (the least one
  figure of a report costs). Ratios are printed against both; the grouped count is the fair
  one (a report is about twenty such figures, several over the stage history).

Goal (issue 11): reports render in under 5 s on a 100,000-case vault. The machine is shared,
so the ratio to the baseline, measured in the same run, is printed beside each figure.
Results go to bench/out/report_bench.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from common import PASSPHRASE, create_invented_vault, timed
from securedesk.core.access import Role
from securedesk.core.clock import FixedClock
from securedesk.core.markings import Marking
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session
from securedesk.demo.demo_vault import import_demo_cases
from securedesk.packs.report_pdf import render_report_pdf

OUT = Path(__file__).resolve().parent / "out"
TODAY = date(2026, 1, 15)
SEED = 2026
GOAL_SECONDS = 5.0


def folder_for(cases: int) -> Path:
    return OUT / f"report-bench-{cases}"


def build(folder: Path, cases: int) -> float:
    shutil.rmtree(folder, ignore_errors=True)
    OUT.mkdir(exist_ok=True)
    started = time.perf_counter()
    admin = create_invented_vault(folder)
    try:
        for n in range(1, 5):
            admin.users.add_user(f"officer{n}", [Role.OFFICER], PASSPHRASE, Marking.SECRET)
        admin.users.add_user("chair", [Role.OFFICER, Role.CHAIR], PASSPHRASE, Marking.SECRET)
        admin.clock = FixedClock(f"{TODAY.isoformat()}T09:00:00.000000+00:00", TODAY)

        def progress(done: int, total: int) -> None:
            if done % 10_000 == 0 or done == total:
                print(f"  built {done:,} of {total:,} cases", flush=True)

        import_demo_cases(admin, cases, SEED, today=TODAY, progress=progress)
    finally:
        admin.lock()
    with Session.sign_in(folder, "chair", PASSPHRASE) as chair:
        chair.users.change_own_passphrase(PASSPHRASE)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5,000 cases: a smoke run")
    parser.add_argument("--cases", type=int, help="how many invented cases (default 100,000)")
    parser.add_argument("--rebuild", action="store_true", help="build the vault again")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    cases = args.cases or (5_000 if args.quick else 100_000)
    folder = folder_for(cases)
    build_seconds = None
    if args.rebuild or not (folder / "vault.db").exists():
        print(f"Building a {cases:,}-case demo vault in {folder} ...", flush=True)
        build_seconds = build(folder, cases)
        print(f"  built in {build_seconds:.0f} s", flush=True)

    files = OUT / "report-bench-files"
    shutil.rmtree(files, ignore_errors=True)
    files.mkdir(parents=True)
    with Session.sign_in(folder, "chair", PASSPHRASE) as chair:
        chair.clock = FixedClock(f"{TODAY.isoformat()}T09:00:00.000000+00:00", TODAY)
        service = ReportService(chair)
        conn = chair.vault.conn
        start = date(TODAY.year - 4, 1, 1)
        count = [0]

        def baseline() -> None:
            conn.execute("SELECT count(*) FROM cases").fetchone()

        def grouped() -> None:
            conn.execute(
                "SELECT referral_source, count(*) FROM cases GROUP BY referral_source"
            ).fetchall()

        def stats() -> None:
            service.panel_statistics(start, TODAY)

        def write(fmt: str) -> Callable[[], None]:
            def run() -> None:
                count[0] += 1
                service.write_report(
                    files / f"report-{count[0]}.{fmt}",
                    start=start,
                    end=TODAY,
                    render_pdf=render_report_pdf,
                )

            return run

        held = int(conn.execute("SELECT count(*) FROM cases").fetchone()[0])
        stats()  # warm the page cache once, as a panel would have the vault open
        base = timed(baseline, max(args.runs, 5))
        base_grouped = statistics.median(timed(grouped, max(args.runs, 5)))
        results = {
            "statistics": timed(stats, args.runs),
            "csv": timed(write("csv"), args.runs),
            "pdf": timed(write("pdf"), args.runs),
        }
        base_median = statistics.median(base)

    rows = []
    print(f"\nReports on {held:,} cases (median of {args.runs} runs)")
    print(f"  baseline count(*):       {base_median * 1000:8.3f} ms")
    print(f"  baseline grouped count:  {base_grouped * 1000:8.1f} ms")
    for name, values in results.items():
        median = statistics.median(values)
        ratio = median / base_median if base_median else float("inf")
        ratio_grouped = median / base_grouped if base_grouped else float("inf")
        met = median < GOAL_SECONDS
        rows.append(
            {
                "measure": f"report {name}",
                "figure_s": round(median, 3),
                "baseline_s": round(base_median, 5),
                "ratio": round(ratio, 1),
                "baseline_grouped_s": round(base_grouped, 4),
                "ratio_grouped": round(ratio_grouped, 1),
                "goal_s": GOAL_SECONDS,
                "met": met,
                "runs_s": [round(v, 3) for v in values],
            }
        )
        print(
            f"  {name:<10} {median:7.2f} s   {ratio_grouped:6.1f}x grouped count   "
            f"{ratio:9.0f}x count(*)   "
            f"goal < {GOAL_SECONDS:.0f} s: {'met' if met else 'NOT met'}"
        )
    sizes = {p.suffix: p.stat().st_size for p in files.iterdir()}
    result = {
        "cases": held,
        "build_seconds": build_seconds,
        "python": sys.version.split()[0],
        "machine": platform.platform(),
        "file_bytes": sizes,
        "rows": rows,
    }
    name = "report_bench-quick.json" if args.quick else "report_bench.json"
    (OUT / name).write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    print("BENCH_JSON " + json.dumps(rows))
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
