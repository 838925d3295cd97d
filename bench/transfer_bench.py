"""Transfer bundles: export, verify and import timed beside tar | age + minisign, and the peak
memory of export and import as the bundle grows. Invented data only.

    python bench/transfer_bench.py            # 1,000 cases, ~100,000 items, 500 MB (~15 min)
    python bench/transfer_bench.py --quick    # 100 cases, ~10,000 items, 50 MB (about 1 min)

The source vaults are built in a child process with SQLCipher's cipher_memory_security off
(`database.build_invented_data_only`: invented data only) and cached in bench/out/transfer/,
keyed by their parameters. Everything measured runs as shipped, with memory security off (a
policy, off by default): the timing in this process, the memory runs each in a fresh child
process. One export and import run again in a child with memory security ON, as a site that
turns the policy on has it. See bench/transfer_README.md for the latest figures.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import shutil
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import sqlcipher3

from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import import_bundle
from transfer_fixture import (
    OFFICER,
    OUT,
    PASSPHRASE,
    Source,
    build,
    case_refs,
    child,
    ensure_built,
    fingerprint_of,
    folder_bytes,
    fresh_copy,
    memory_security_on,
    warm,
)
from transfer_memory import diagnostic, memory, memory_export, memory_import, reset_peak
from transfer_plain_insert import plain_insert
from transfer_report import memory_table, time_rows, time_table
from transfer_steps import bl_export, bl_fsync, bl_import, bl_verify, sd_check, sd_export, sd_import

HERE = Path(__file__).resolve()
RESULTS = HERE.parent / "out" / "transfer_results.json"
RESULTS_QUICK = HERE.parent / "out" / "transfer_results-quick.json"  # --quick: apart
ATTACHMENT_BYTES = 500_000  # 500 kB each, random after a "%PDF-1.4" line: incompressible


# --- timing ---------------------------------------------------------------------------------


def timing(src: Source, meta: dict[str, Any], runs: int) -> dict[str, Any]:
    work = OUT / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    bundle, bl_out = work / "bench.sdbundle", work / "out.age"
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a)
    warm(src.vault_a, src.baseline_input)
    times: dict[str, list[float]] = {
        k: []
        for k in (
            "export",
            "bl_export",
            "bl_fsync",
            "check",
            "bl_verify",
            "import",
            "bl_import",
            "bl_sqlite_insert",
            "bl_import_sqlite",
        )
    }
    info: dict[str, Any] = {}
    for run in range(runs):
        # The order alternates between runs, so neither side always goes first.
        for side in ("sd", "bl") if run % 2 == 0 else ("bl", "sd"):
            if side == "sd":
                elapsed, result = sd_export(src.vault_a, to, refs, bundle)
                times["export"].append(elapsed)
                info["bundle_bytes"] = result.file_size
                info["bundle_records"] = result.records
                info["bundle_attachments"] = result.attachments
            else:
                times["bl_export"].append(bl_export(src, bl_out))
                times["bl_fsync"].append(bl_fsync(bl_out))
                info["baseline_bytes"] = bl_out.stat().st_size
        print(
            f"  run {run + 1}: export {times['export'][-1]:.1f} s, "
            f"baseline {times['bl_export'][-1]:.1f} s",
            flush=True,
        )
    for run in range(runs):
        target = fresh_copy(src.vault_b_empty, work / "b")
        extract = work / "extract"
        for side in ("sd", "bl") if run % 2 == 0 else ("bl", "sd"):
            if side == "sd":
                times["check"].append(sd_check(target, bundle))
                elapsed, outcome = sd_import(target, bundle)
                times["import"].append(elapsed)
                info["import_totals"] = outcome.preview.to_json()["totals"]
                with Session.sign_in(target, OFFICER, PASSPHRASE) as s:
                    n = s.vault.conn.execute("SELECT count(*) FROM cases").fetchone()[0]
                assert n == meta["cases"], (n, meta["cases"])
                info["vault_b_bytes_after_import"] = folder_bytes(target)
            else:
                times["bl_verify"].append(bl_verify(src, bl_out))
                times["bl_import"].append(bl_import(src, bl_out, extract))
                got = sum(1 for _ in (extract / "attachments").iterdir())
                assert got == meta["attachments"], (got, meta["attachments"])
                # The second baseline: the pipeline, then the same rows into plain SQLite.
                inserted = plain_insert(extract, work / "plain-b.db", OFFICER)
                times["bl_sqlite_insert"].append(inserted)
                times["bl_import_sqlite"].append(times["bl_import"][-1] + inserted)
        shutil.rmtree(target)
        shutil.rmtree(extract, ignore_errors=True)
        print(
            f"  run {run + 1}: check {times['check'][-1]:.1f} s, "
            f"verify {times['bl_verify'][-1]:.1f} s; import {times['import'][-1]:.1f} s, "
            f"baseline {times['bl_import'][-1]:.1f} s "
            f"(+ plain SQLite insert {times['bl_sqlite_insert'][-1]:.1f} s)",
            flush=True,
        )
    info["bundle_path"] = str(bundle)
    return {"seconds": times, **info}


# --- profile (when a goal is missed) ---------------------------------------------------------


def profile(src: Source, what: str, memory_security: bool) -> None:
    """cProfile of one export or import, top functions to a file. Memory security is off as
    shipped unless `memory_security` is True (as a site that turns the policy on)."""
    if memory_security:
        database.measure_with_memory_security()
    work = OUT / "work"
    work.mkdir(parents=True, exist_ok=True)
    bundle = work / f"profile-{src.folder.name}.sdbundle"
    to = fingerprint_of(src.vault_b_empty)
    refs = case_refs(src.vault_a)
    warm(src.vault_a)
    profiler = cProfile.Profile()
    if what == "export":
        bundle.unlink(missing_ok=True)
        with Session.sign_in(src.vault_a, OFFICER, PASSPHRASE) as s:
            profiler.enable()
            export_bundle(s, recipients=[to], case_refs=refs, out=bundle)
            profiler.disable()
    else:
        if not bundle.exists() or bundle.stat().st_mtime < src.meta.stat().st_mtime:
            sd_export(src.vault_a, to, refs, bundle)
        target = fresh_copy(src.vault_b_empty, work / "b-profile")
        with Session.sign_in(target, OFFICER, PASSPHRASE) as s:
            profiler.enable()
            import_bundle(s, bundle)
            profiler.disable()
        shutil.rmtree(target)
    suffix = "-memsec-on" if memory_security else ""
    report = HERE.parent / "out" / f"transfer-profile-{what}{suffix}.txt"
    with report.open("w") as f:
        stats = pstats.Stats(profiler, stream=f)
        stats.sort_stats("tottime").print_stats(40)
        stats.sort_stats("cumulative").print_stats(60)
    print(f"profile of {what}: {report}")


# --- main -----------------------------------------------------------------------------------


def sources(quick: bool) -> tuple[Source, Source]:
    """(timing, memory): the memory vault holds twice the attachment bytes per case and fewer
    items, so that exporting a quarter, half and all of its cases gives ~250 MB, ~500 MB and
    ~1 GB bundles (1/10 of that with --quick)."""
    cases = 100 if quick else 1000
    timing_src = Source(cases, 101.0, 1, ATTACHMENT_BYTES, True)
    memory_src = Source(cases, 10.0, 2, ATTACHMENT_BYTES, False)
    return timing_src, memory_src


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="100 cases, ~10k items, 50 MB")
    parser.add_argument("--runs", type=int, default=2, help="timed runs of each side")
    parser.add_argument("--rebuild", action="store_true", help="build the source vaults anew")
    parser.add_argument("--no-timing", action="store_true")
    parser.add_argument("--no-memory", action="store_true")
    parser.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the export and import with memory security on (a child process)",
    )
    parser.add_argument(
        "--profile", choices=("export", "import"), help="cProfile one run instead (timing vault)"
    )
    parser.add_argument(
        "--profile-memory-security-on",
        action="store_true",
        help="with --profile: memory security on, as a site that turns the policy on",
    )
    # Internal: the child processes.
    parser.add_argument(
        "--child", choices=("build", "memory-export", "memory-import", "diagnostic")
    )
    parser.add_argument("--cases", type=int)
    parser.add_argument("--items-per-case", type=float)
    parser.add_argument("--attachments-per-case", type=int)
    parser.add_argument("--attachment-bytes", type=int)
    parser.add_argument("--baseline-files", action="store_true")
    parser.add_argument("--n-cases", type=int)
    parser.add_argument("--bundle", type=Path)
    args = parser.parse_args()

    if args.child:
        if args.child.startswith("memory") and not reset_peak():
            raise SystemExit("cannot reset the peak RSS (/proc/self/clear_refs)")
        src = Source(
            args.cases,
            args.items_per_case,
            args.attachments_per_case,
            args.attachment_bytes,
            args.baseline_files,
        )
        if args.child == "build":
            build(src)
        elif args.child == "diagnostic":
            print(json.dumps(diagnostic(src)))
        elif args.child == "memory-export":
            print(json.dumps(memory_export(src, args.n_cases, args.bundle)))
        else:
            print(json.dumps(memory_import(src, args.bundle)))
        return 0

    started = time.perf_counter()
    timing_src, memory_src = sources(args.quick)
    if args.profile:
        ensure_built(timing_src, args.rebuild)
        profile(timing_src, args.profile, args.profile_memory_security_on)
        return 0
    report: dict[str, Any] = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores (shared), Python "
        f"{platform.python_version()}, SQLCipher {sqlcipher3.sqlite_version}",
        "quick": args.quick,
        "runs": args.runs,
        "memory_security_in_measuring_processes": False,
    }
    if not args.no_timing:
        meta = ensure_built(timing_src, args.rebuild)
        report["timing_source"] = meta
        print(
            f"timing: {meta['cases']:,} cases, {meta['items']:,} items, {meta['attachments']:,} "
            f"attachments ({meta['attachment_bytes'] / 1e6:,.0f} MB); memory security "
            f"{'ON' if memory_security_on(timing_src.vault_a) else 'OFF'} in this process",
            flush=True,
        )
        timed = timing(timing_src, meta, args.runs)
        if not args.no_diagnostic:
            print("site policy: export and import with memory security ON (child) ...", flush=True)
            timed["diagnostic"] = json.loads(child("diagnostic", *timing_src.args()))
        report["timing"] = timed
        report["table"] = time_rows(timed["seconds"], timed.get("diagnostic"))
    if not args.no_memory:
        meta = ensure_built(memory_src, args.rebuild)
        report["memory_source"] = meta
        print(
            f"memory: {meta['cases']:,} cases, {meta['items']:,} items, "
            f"{meta['attachment_bytes'] / 1e6:,.0f} MB of attachments; one child per run",
            flush=True,
        )
        report["memory"] = memory(memory_src, (0.25, 0.5, 1.0))
    report["wall_seconds"] = round(time.perf_counter() - started, 1)
    # A run of one part keeps the other part of an earlier run of the same size.
    results = RESULTS_QUICK if args.quick else RESULTS
    previous = json.loads(results.read_text()) if results.exists() else {}
    if previous.get("quick") == args.quick:
        for part, keys in (
            ("timing", ("timing_source", "timing", "table")),
            ("memory", ("memory_source", "memory")),
        ):
            if part not in report and part in previous:
                report.update({k: previous[k] for k in keys if k in previous})
                report[f"{part}_date"] = previous.get(f"{part}_date", previous.get("date"))
    for part in ("timing", "memory"):
        report.setdefault(f"{part}_date", report["date"])
    results.write_text(json.dumps(report, indent=2) + "\n")

    print()
    print(f"Transfer bundles ({report['machine']}); as shipped: cipher_memory_security off")
    if "table" in report:
        t = report["timing"]
        m = report["timing_source"]
        print(
            f"{m['cases']:,} cases, {m['items']:,} items, {t['bundle_records']:,} records, "
            f"{t['bundle_attachments']:,} attachments ({m['attachment_bytes'] / 1e6:,.0f} MB); "
            f"bundle {t['bundle_bytes'] / 1e6:,.1f} MB, baseline out.age "
            f"{t['baseline_bytes'] / 1e6:,.1f} MB; {len(t['seconds']['export'])} runs of each "
            f"({report['timing_date']})"
        )
        print(time_table(report["table"]))
    if "memory" in report:
        print()
        print(
            "Peak memory (a fresh child process per run, memory security off as shipped; "
            f"{report['memory_date']})"
        )
        print(memory_table(report["memory"]))
    print(f"\nresults: {results} (wall time {report['wall_seconds']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
