"""What every part of the GUI benchmark shares: where things are, the goals, statistics,
this process's memory, and the environment of the child processes."""

from __future__ import annotations

import os
import statistics
from collections.abc import Sequence
from pathlib import Path
from typing import Any

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
