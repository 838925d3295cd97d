"""The transfer benchmark's tables: timing rows against the goal, and peak memory by bundle size."""

from __future__ import annotations

import statistics
from typing import Any

GOAL_RATIO = 1.5
GOAL_IMPORT_RATIO = 3.0  # the import against the pipeline alone (issue 15)
GOAL_PEAK_MIB = 250.0


# --- the tables -----------------------------------------------------------------------------


def render(headers: list[str], rows: list[list[str]], right: set[int]) -> str:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return " | ".join(
            c.rjust(widths[i]) if i in right else c.ljust(widths[i]) for i, c in enumerate(cells)
        ).rstrip()

    sep = "-+-".join("-" * w for w in widths)
    return "\n".join([line(headers), sep, *(line(r) for r in rows)])


def time_rows(
    t: dict[str, list[float]], diag: dict[str, Any] | None = None
) -> list[dict[str, Any]]:
    med = {k: statistics.median(v) for k, v in t.items()}
    best = {k: min(v) for k, v in t.items()}
    rows = []
    for label, sd, bl, limit in (
        ("export (export_bundle)", "export", "bl_export", GOAL_RATIO),
        ("verify alone (check_bundle)", "check", "bl_verify", None),
        ("import (import_bundle, incl. verify)", "import", "bl_import", GOAL_IMPORT_RATIO),
        ("import vs pipeline + plain SQLite insert", "import", "bl_import_sqlite", GOAL_RATIO),
    ):
        if bl not in med:  # results from before the second baseline
            continue
        ratio = med[sd] / med[bl]
        rows.append(
            {
                "measure": label,
                "securedesk_median_s": round(med[sd], 2),
                "securedesk_best_s": round(best[sd], 2),
                "baseline_median_s": round(med[bl], 2),
                "baseline_best_s": round(best[bl], 2),
                "ratio": round(ratio, 2),
                "goal": f"<= {limit}x" if limit is not None else "(detail)",
                "met": (ratio <= limit) if limit is not None else None,
            }
        )
    for label, key, bl in (
        ("export", "export", "bl_export"),
        ("verify alone", "check", "bl_verify"),
        ("import", "import", "bl_import"),
    ):
        if diag is None:
            break
        rows.append(
            {
                "measure": f"  site policy: {label}, memory security ON (1 run)",
                "securedesk_median_s": diag[key],
                "securedesk_best_s": None,
                "baseline_median_s": round(med[bl], 2),
                "baseline_best_s": None,
                "ratio": round(diag[key] / med[bl], 2),
                "goal": "(policy on)",
                "met": None,
            }
        )
    if "bl_sqlite_insert" in med:
        rows.append(
            {
                "measure": "  detail: the plain SQLite insert alone (in the second baseline)",
                "securedesk_median_s": None,
                "securedesk_best_s": None,
                "baseline_median_s": round(med["bl_sqlite_insert"], 2),
                "baseline_best_s": round(best["bl_sqlite_insert"], 2),
                "ratio": None,
                "goal": "(detail)",
                "met": None,
            }
        )
    rows.append(
        {
            "measure": "  detail: fsync of the baseline's out.age",
            "securedesk_median_s": None,
            "securedesk_best_s": None,
            "baseline_median_s": round(med["bl_fsync"], 2),
            "baseline_best_s": round(best["bl_fsync"], 2),
            "ratio": None,
            "goal": "(not in the ratio)",
            "met": None,
        }
    )
    return rows


def time_table(rows: list[dict[str, Any]]) -> str:
    def s(v: float | None) -> str:
        return "-" if v is None else f"{v:,.2f}"

    body = [
        [
            r["measure"],
            s(r["securedesk_median_s"]),
            s(r["securedesk_best_s"]),
            s(r["baseline_median_s"]),
            s(r["baseline_best_s"]),
            "-" if r["ratio"] is None else f"{r['ratio']:.2f}x",
            r["goal"],
            "-" if r["met"] is None else ("yes" if r["met"] else f"NO: {r['ratio']:.2f}x"),
        ]
        for r in rows
    ]
    headers = [
        "measure (s)",
        "SecureDesk median",
        "best",
        "baseline median",
        "best",
        "ratio",
        "goal",
        "met?",
    ]
    return render(headers, body, {1, 2, 3, 4, 5})


def memory_table(rows: list[dict[str, Any]]) -> str:
    headers = ["", *(f"{r['export']['bundle_bytes'] / 1e6:,.0f} MB bundle" for r in rows)]
    cases = [
        "cases / records",
        *(f"{r['export']['cases']} / {r['export']['records']:,}" for r in rows),
    ]
    lines = [cases]
    for side in ("export", "import"):
        lines.append(
            [
                f"{side}: RSS after sign-in (MiB)",
                *(f"{r[side]['rss_after_sign_in_mib']:.0f}" for r in rows),
            ]
        )
        lines.append([f"{side}: peak RSS (MiB)", *(f"{r[side]['peak_mib']:.0f}" for r in rows)])
        lines.append(
            [f"{side}: ru_maxrss (MiB, see README)"]
            + [f"{r[side]['ru_maxrss_mib']:.0f}" for r in rows]
        )
        lines.append([f"{side}: time (s)", *(f"{r[side]['seconds']:.0f}" for r in rows)])
    top = max(max(r["export"]["peak_mib"], r["import"]["peak_mib"]) for r in rows)
    verdict = "yes" if top <= GOAL_PEAK_MIB else f"NO: {top:.0f} MiB"
    lines.append(
        [f"goal: peak <= {GOAL_PEAK_MIB:.0f} MiB, flat", verdict, *([""] * (len(rows) - 1))]
    )
    return render(headers, lines, set(range(1, len(headers))))
