"""SecureDesk benchmarks: one command, one table.

    python bench/run_all.py [--cases 100000] [--items-per-case 10] [--queries 400] [--rebuild]
    python bench/run_all.py --quick [--with-transfer]   # 20,000 cases in bench/out/quick/

Builds (or reuses, from bench/out/) a SQLCipher vault and a plain SQLite twin from the same
invented data, measures open-to-ready, case list pages, full-text search and bulk insert on
both in the same process, prints a table of medians, 95th percentiles, ratios and the goals
of the work item, and writes it to bench/out/results.json. At the end it prints one summary
table against the goals of issue 15 and, as the very last line, `BENCH_JSON [...]` (see
summary_table.py). See bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import summary_table
from common import META_FILE, OUT_DIR, PLAIN_DB, SQLCIPHER_DB, load_json, save_json

HERE = Path(__file__).resolve().parent
RATIO_GOAL = 1.3
TRANSFER_QUICK_RESULTS = OUT_DIR / "transfer_results-quick.json"  # transfer_bench.py --quick
TRANSFER_RESULTS = OUT_DIR / "transfer_results.json"  # transfer_bench.py, full size

# Defaults of the full run and of --quick (20,000 cases, fewer repetitions, its own folder so
# that the two builds never replace each other).
FULL = {
    "cases": 100_000,
    "queries": 400,
    "open_reps": 30,
    "list_reps": 30,
    "insert_batches": 3,
    "insert_batch_cases": 200,
    "out": OUT_DIR,
}
QUICK = {
    "cases": 20_000,
    "queries": 400,
    "open_reps": 20,
    "list_reps": 30,
    "insert_batches": 3,
    "insert_batch_cases": 100,
    "out": OUT_DIR / "quick",
}


# --- the goals ------------------------------------------------------------------------------


def goal_of(measure: dict[str, Any]) -> tuple[str, list[tuple[str, str, float]]]:
    """(goal text, checks); a check is (statistic, 'max', limit) on the SQLCipher figures."""
    mid, group = measure["id"], measure["group"]
    if group == "open":
        return "p95 <= 150 ms; <= 1.3x", [("p95", "max", 150.0)]
    if group == "list":
        return "p95 <= 10 ms; <= 1.3x", [("p95", "max", 10.0)]
    if mid == "search_all":
        return "med <= 20, p95 <= 60 ms; <= 1.3x", [("median", "max", 20.0), ("p95", "max", 60.0)]
    if group in ("count", "insert", "build"):
        return "<= 1.3x", []
    return "(detail)", []


def assess(measure: dict[str, Any], cipher: str, plain: str) -> dict[str, Any]:
    c = measure["targets"][cipher]
    p = measure["targets"][plain]
    ratio = c["median"] / p["median"] if p["median"] > 0 else float("inf")
    goal, checks = goal_of(measure)
    failed = [f"{s} {c[s]:.1f} > {limit:g}" for s, _kind, limit in checks if c[s] > limit]
    if goal == "(detail)":
        met = "-"
    else:
        if ratio > RATIO_GOAL:
            failed.append(f"ratio {ratio:.2f}")
        met = "yes" if not failed else "NO: " + ", ".join(failed)
    return {
        "measure": measure["label"],
        "id": measure["id"],
        "unit": measure.get("unit", "ms"),
        "sqlcipher_median": c["median"],
        "sqlcipher_p95": c["p95"],
        "plain_median": p["median"],
        "plain_p95": p["p95"],
        "ratio": ratio,
        "goal": goal,
        "met": met,
    }


def build_measure(meta: dict[str, Any]) -> dict[str, Any]:
    """The full build as a measure: per-batch times of the build's transactions."""
    t = meta["targets"]
    return {
        "id": "insert_build",
        "label": (
            f"bulk insert: full build, {meta['batch_cases']:,} cases/transaction "
            "(memory security off)"
        ),
        "group": "build",
        "unit": "ms",
        "targets": {name: t[name]["batch_ms"] for name in ("sqlcipher", "plain")},
    }


# --- the table ------------------------------------------------------------------------------


def fmt(value: float) -> str:
    return "-" if value != value else summary_table.number(value)  # NaN: not measured


def main_table(rows: list[dict[str, Any]]) -> str:
    headers = [
        "measure (ms)",
        "SQLCipher median",
        "p95",
        "plain median",
        "p95",
        "ratio",
        "goal",
        "met?",
    ]
    cells = [
        [
            r["measure"],
            fmt(r["sqlcipher_median"]),
            fmt(r["sqlcipher_p95"]),
            fmt(r["plain_median"]),
            fmt(r["plain_p95"]),
            f"{r['ratio']:.2f}x",
            r["goal"],
            r["met"],
        ]
        for r in rows
    ]
    return summary_table.render(headers, cells, {1, 2, 3, 4, 5})


def diagnostic_rows(diag: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for m in diag["measures"]:
        t = m["targets"]
        a, e, p = t["sqlcipher-nomemsec"], t["engine-plain"], t["plain"]
        rows.append(
            {
                "measure": m["label"],
                "id": m["id"],
                "sqlcipher_nomemsec_median": a["median"],
                "sqlcipher_nomemsec_p95": a["p95"],
                "engine_plain_median": e["median"],
                "plain_median": p["median"],
                "ratio_vs_plain": a["median"] / p["median"] if p["median"] else float("inf"),
                "ratio_vs_engine_plain": a["median"] / e["median"] if e["median"] else float("inf"),
            }
        )
    return rows


def diagnostic_table(rows: list[dict[str, Any]]) -> str:
    headers = [
        "measure (ms)",
        "SQLCipher no-memsec median",
        "p95",
        "same-engine plain median",
        "plain sqlite3 median",
        "vs plain",
        "vs same engine",
    ]
    cells = [
        [
            r["measure"],
            fmt(r["sqlcipher_nomemsec_median"]),
            fmt(r["sqlcipher_nomemsec_p95"]),
            fmt(r["engine_plain_median"]),
            fmt(r["plain_median"]),
            f"{r['ratio_vs_plain']:.2f}x",
            f"{r['ratio_vs_engine_plain']:.2f}x",
        ]
        for r in rows
    ]
    return summary_table.render(headers, cells, {1, 2, 3, 4, 5, 6})


# --- running the parts ----------------------------------------------------------------------


def needs_build(out: Path, cases: int, items_per_case: float) -> str | None:
    meta_path = out / META_FILE
    if not meta_path.is_file():
        return "no vaults built yet"
    if not (out / SQLCIPHER_DB).is_file() or not (out / PLAIN_DB).is_file():
        return "a vault file is missing"
    meta = load_json(meta_path)
    if meta.get("cases") != cases or meta.get("items_per_case") != items_per_case:
        return (
            f"the vaults hold {meta.get('cases')} cases x {meta.get('items_per_case')} items, "
            f"not {cases} x {items_per_case}"
        )
    return None


def child(script: str, *args: str) -> None:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    subprocess.run([sys.executable, str(HERE / script), *args], check=True, env=env)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a fast check: 20,000 cases in bench/out/quick/, fewer repetitions, "
        "no diagnostic pass",
    )
    parser.add_argument("--cases", type=int, help="100000 (--quick: 20000)")
    parser.add_argument("--items-per-case", type=float, default=10.0)
    parser.add_argument("--queries", type=int, help="400")
    parser.add_argument("--rebuild", action="store_true", help="build the vaults anew")
    parser.add_argument("--out", type=Path, help="bench/out (--quick: bench/out/quick)")
    parser.add_argument("--batch", type=int, default=1000, help="cases per build transaction")
    parser.add_argument("--open-reps", type=int, help="30 (--quick: 20)")
    parser.add_argument("--list-reps", type=int, help="30")
    parser.add_argument("--insert-batches", type=int, help="3")
    parser.add_argument("--insert-batch-cases", type=int, help="200 (--quick: 100)")
    parser.add_argument(
        "--with-transfer",
        action="store_true",
        help="also time bundle export and import (transfer_bench.py --no-memory in a child, "
        "with --quick when the run is quick) and put them in the summary",
    )
    parser.add_argument(
        "--no-memory-security-pass",
        action="store_true",
        help="skip the pass with cipher_memory_security on (the setting a site may turn on)",
    )
    parser.add_argument(
        "--no-diagnostic",
        action="store_true",
        help="skip the second pass (SQLCipher without memory security, same-engine plain)",
    )
    args = parser.parse_args(argv)
    for key, value in (QUICK if args.quick else FULL).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.quick:
        args.no_diagnostic = True
    out: Path = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    reason = "--rebuild" if args.rebuild else needs_build(out, args.cases, args.items_per_case)
    if reason:
        print(f"Building both vaults ({reason}) ...", file=sys.stderr, flush=True)
        child(
            "build.py",
            "--out",
            str(out),
            "--cases",
            str(args.cases),
            "--items-per-case",
            str(args.items_per_case),
            "--batch",
            str(args.batch),
        )
    else:
        print(f"Reusing the vaults in {out}", file=sys.stderr, flush=True)
    meta = load_json(out / META_FILE)

    common_args = [
        "--out",
        str(out),
        "--queries",
        str(args.queries),
        "--open-reps",
        str(args.open_reps),
        "--list-reps",
        str(args.list_reps),
    ]
    print(
        "Measuring SQLCipher as shipped (memory security off) beside plain sqlite3 ...",
        file=sys.stderr,
        flush=True,
    )
    prod_path = out / "measure-production.json"
    child(
        "measure.py",
        "--mode",
        "production",
        "--result",
        str(prod_path),
        *common_args,
        "--insert-batches",
        str(args.insert_batches),
        "--insert-batch-cases",
        str(args.insert_batch_cases),
    )
    prod = load_json(prod_path)
    memsec: dict[str, Any] | None = None
    if not args.no_memory_security_pass:
        print(
            "Measuring SQLCipher with memory security on (the site policy) ...",
            file=sys.stderr,
            flush=True,
        )
        memsec_path = out / "measure-memsec-on.json"
        child(
            "measure.py",
            "--mode",
            "memsec-on",
            "--result",
            str(memsec_path),
            *common_args,
            "--insert-batches",
            str(args.insert_batches),
            "--insert-batch-cases",
            str(args.insert_batch_cases),
        )
        memsec = load_json(memsec_path)
    diag: dict[str, Any] | None = None
    if not args.no_diagnostic:
        print(
            "Diagnostic pass: SQLCipher without memory security, same-engine plain ...",
            file=sys.stderr,
            flush=True,
        )
        diag_path = out / "measure-diagnostic.json"
        child(
            "measure.py",
            "--mode",
            "diagnostic",
            "--result",
            str(diag_path),
            *common_args,
            "--insert-batches",
            str(args.insert_batches),
            "--insert-batch-cases",
            str(args.insert_batch_cases),
        )
        diag = load_json(diag_path)
    transfer: dict[str, Any] | None = None
    if args.with_transfer:
        # A quick run times the quick bundle (100 cases); a full run the goals' bundle
        # (1,000 cases, 100,000 items, 500 MB: about 16 minutes more). The memory row comes
        # from transfer_bench.py's last run of the same size with its memory part.
        size = ["--quick"] if args.quick else []
        print(
            f"Transfer bundles: transfer_bench.py {' '.join(size)} --no-memory (child) ...",
            file=sys.stderr,
            flush=True,
        )
        extra = ["--no-diagnostic"] if args.no_memory_security_pass else []
        child("transfer_bench.py", *size, "--no-memory", *extra)
        transfer = load_json(TRANSFER_QUICK_RESULTS if args.quick else TRANSFER_RESULTS)

    measures = [*prod["measures"], build_measure(meta)]
    rows = [assess(m, "sqlcipher", "plain") for m in measures]
    build = meta["targets"]
    vault = (
        f"{meta['cases']:,} cases, {meta['items']:,} items, {meta['rows']:,} rows; "
        f"SQLCipher file {build['sqlcipher']['file_bytes'] / 2**20:,.0f} MiB, "
        f"plain {build['plain']['file_bytes'] / 2**20:,.0f} MiB"
    )
    lines = [
        "",
        f"SecureDesk benchmarks - {vault}",
        f"SQLCipher: {prod['targets'][0]['label']}; plain: {prod['targets'][1]['label']}",
        "",
        main_table(rows),
        "",
        "Bulk insert throughput (rows/s, every table row a case adds):",
    ]
    sample = next(m for m in prod["measures"] if m["id"] == "insert_sample")
    lines.append(
        "  sample batches, as shipped (memory security off): "
        + ", ".join(f"{n} {v:,.0f}" for n, v in sample["rows_per_s"].items())
    )
    memsec_rows: list[dict[str, Any]] = []
    if memsec is not None:
        on_sample = next(m for m in memsec["measures"] if m["id"] == "insert_sample")
        lines.append(
            "  sample batches, memory security on (site policy): "
            + ", ".join(f"{n} {v:,.0f}" for n, v in on_sample["rows_per_s"].items())
        )
        memsec_rows = [assess(m, "sqlcipher", "plain") for m in memsec["measures"]]
    lines.append(
        "  full build (memory security off):   "
        + ", ".join(
            f"{n} {build[n]['rows_per_s']:,.0f} ({build[n]['total_s']:.0f} s in total, "
            f"{build[n]['items_per_s']:,.0f} items/s)"
            for n in ("sqlcipher", "plain")
        )
    )
    lines.append(
        f"  build wall time {meta['wall_s']:.0f} s, of which generating the data "
        f"{meta['generator_s']:.0f} s"
    )
    for note in prod["notes"]:
        lines.append(f"note: {note}")
    if memsec is not None:
        lines += [
            "",
            f"With cipher_memory_security on (a site's policy): {memsec['targets'][0]['label']}",
            "",
            main_table(memsec_rows),
        ]
        for note in memsec["notes"]:
            lines.append(f"note: {note}")
    diag_rows: list[dict[str, Any]] = []
    if diag is not None:
        diag_rows = diagnostic_rows(diag)
        lines += [
            "",
            "Where the SQLCipher cost comes from (second process, memory security never on):",
            "",
            diagnostic_table(diag_rows),
        ]
    summary = summary_table.vault_rows(prod["measures"])
    if transfer is not None:
        summary += summary_table.transfer_rows(transfer, policy_on_too=False)
    if memsec is not None:
        summary += summary_table.vault_rows(memsec["measures"], policy_on=True)
    if transfer is not None:
        summary += [
            r for r in summary_table.transfer_rows(transfer) if r["goal"] == summary_table.POLICY_ON
        ]
    elapsed = time.monotonic() - started
    goals = [r for r in summary if r["goal"] != summary_table.POLICY_ON]
    met = sum(1 for r in goals if r["met"])
    lines += [
        "",
        f"Total run time {elapsed:.0f} s. Results: {out / 'results.json'}",
        "",
        f"Summary ({'--quick, ' if args.quick else ''}{meta['cases']:,} cases, "
        f"{meta['items']:,} items; SQLCipher memory security off as shipped unless the row "
        f"says 'memsec on'; baseline plain sqlite3 or tar|age|minisign; {met} of the "
        f"{len(goals)} goals met as shipped):",
        "",
        summary_table.table(summary),
    ]
    print("\n".join(lines))

    save_json(
        out / "results.json",
        {
            "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "machine": {
                "platform": platform.platform(),
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
            },
            "vault": {k: meta[k] for k in ("cases", "items", "rows", "items_per_case")},
            "table": rows,
            "memory_security_on_table": memsec_rows,
            "diagnostic": diag_rows,
            "summary": summary,
            "quick": args.quick,
            "transfer": transfer,
            "build": meta,
            "production": prod,
            "memory_security_on_raw": memsec,
            "diagnostic_raw": diag,
            "run_s": elapsed,
        },
    )
    print(summary_table.json_line(summary), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
