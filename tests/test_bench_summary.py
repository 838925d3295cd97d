"""The benchmark's summary table and JSON line (bench/summary_table.py), on fixed figures:
the keys, the goals of issue 15 and when a row is met. No timing here."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def load_bench(name: str) -> ModuleType:
    path = ROOT / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"bench_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


st = load_bench("summary_table")


def measure(mid: str, group: str, cipher: tuple[float, float], plain: tuple[float, float]) -> Any:
    def stats(fig: tuple[float, float]) -> dict[str, float]:
        return {"median": fig[0], "p95": fig[1]}

    return {
        "id": mid,
        "label": mid.replace("_", " "),
        "group": group,
        "targets": {"sqlcipher": stats(cipher), "plain": stats(plain)},
    }


MEASURES = [
    measure("open_warm", "open", (7.0, 9.0), (5.0, 6.0)),  # 1.4x: met (<= 1.5x)
    measure("open_cold", "open", (32.0, 40.0), (20.0, 30.0)),  # 1.6x: not met
    measure("list_open_first", "list", (1.0, 2.4), (1.0, 2.0)),  # p95 1.2x, 2.4 ms: met
    measure("list_child_marking", "list", (3.0, 12.0), (3.0, 11.0)),  # p95 12 ms > 10: not met
    measure("list_all_deep", "list", (4.0, 6.0), (3.0, 4.0)),  # p95 1.5x: not met
    measure("count_open", "count", (5.0, 6.0), (1.0, 1.0)),  # not in the summary
    measure("search_all", "search", (4.0, 9.0), (3.2, 8.0)),  # 1.25x, 4 ms: met
    measure("search_surname", "search-kind", (9.0, 9.0), (1.0, 1.0)),  # not in the summary
    measure("insert_sample", "insert", (300.0, 320.0), (200.0, 210.0)),  # 1.5x: not met
]


def test_vault_rows_take_the_goals_of_issue_15() -> None:
    rows = st.vault_rows(MEASURES)
    assert [tuple(r) for r in rows] == [st.KEYS] * len(rows)
    by = {r["measure"].split(",")[0]: r for r in rows}
    assert list(by) == [
        "open warm",
        "open cold",
        "list open first",
        "list child marking",
        "list all deep",
        "search all",
        "insert sample",
    ]
    met = {name: r["met"] for name, r in by.items()}
    assert met == {
        "open warm": True,
        "open cold": False,
        "list open first": True,
        "list child marking": False,
        "list all deep": False,
        "search all": True,
        "insert sample": False,
    }
    # Lists are judged on the p95, the rest on the median.
    assert by["list open first"]["figure"] == 2.4
    assert by["list open first"]["baseline"] == 2.0
    assert by["search all"]["figure"] == 4.0
    assert abs(by["open warm"]["ratio"] - 1.4) < 1e-9
    assert by["search all"]["goal"] == "median <= 5 ms; <= 1.3x"


def test_search_over_5_ms_misses_even_at_a_good_ratio() -> None:
    slow = [measure("search_all", "search", (6.0, 9.0), (5.9, 9.0))]
    (r,) = st.vault_rows(slow)
    assert r["ratio"] < 1.3
    assert r["met"] is False


def test_memory_security_rows_are_recorded_and_labelled() -> None:
    rows = st.vault_rows(MEASURES, policy_on=True)
    assert all(r["measure"].startswith("memsec on: ") for r in rows)
    assert {r["goal"] for r in rows} == {"recorded (policy on)"}
    assert all(r["met"] is True for r in rows)
    missing = [measure("search_all", "search", (float("nan"), 1.0), (1.0, 1.0))]
    (r,) = st.vault_rows(missing, policy_on=True)
    assert r["figure"] is None and r["ratio"] is None and r["met"] is False


def test_transfer_rows_export_15x_import_3x() -> None:
    report = {
        "timing": {
            "seconds": {
                "export": [1.4, 1.6, 1.5],
                "bl_export": [1.0, 1.0],
                "import": [2.9, 2.95],
                "bl_import": [1.0, 1.0],
                # the second baseline: the pipeline plus a plain-SQLite insert
                "bl_import_sqlite": [2.0, 2.0],
            },
            "diagnostic": {"export": 2.0, "import": 20.0},
        }
    }
    rows = st.transfer_rows(report)
    assert [(r["measure"], r["met"]) for r in rows] == [
        ("bundle export, median s", True),
        ("bundle import, median s", True),
        ("bundle import vs pipeline + plain SQLite insert, median s", True),
        ("memsec on: bundle export, 1 run s", True),
        ("memsec on: bundle import, 1 run s", True),
    ]
    second = rows[2]
    assert second["goal"] == "<= 1.5x that + plain SQLite insert"
    assert (second["figure"], second["baseline"]) == (2.925, 2.0)
    assert second["ratio"] == 2.925 / 2.0
    report["timing"]["seconds"]["import"] = [3.2]
    report["timing"]["seconds"]["export"] = [1.6]
    # 3.2 s: over 3x the pipeline (1.0 s) and over 1.5x the second baseline (2.0 s)
    assert [r["met"] for r in st.transfer_rows(report, policy_on_too=False)] == [False] * 3
    report["timing"]["seconds"]["bl_import_sqlite"] = [2.2]
    assert st.transfer_rows(report, policy_on_too=False)[2]["met"] is True  # 1.45x
    # Results from before the second baseline: no row for it.
    del report["timing"]["seconds"]["bl_import_sqlite"]
    assert len(st.transfer_rows(report, policy_on_too=False)) == 2
    assert st.transfer_rows({}) == []


def test_json_line_is_the_rows_with_the_six_keys() -> None:
    rows = st.vault_rows(MEASURES) + st.vault_rows(MEASURES[:1], policy_on=True)
    line = st.json_line(rows)
    assert line.startswith("BENCH_JSON [")
    assert "\n" not in line
    data = st.parse_json_line(line)
    assert data == json.loads(line.removeprefix("BENCH_JSON "))
    assert len(data) == len(rows)
    for obj in data:
        assert set(obj) == {"measure", "figure", "baseline", "ratio", "goal", "met"}
        assert isinstance(obj["met"], bool)
    assert [o["met"] for o in data] == [r["met"] for r in rows]
    assert data[0] == {
        "measure": "open warm, median ms",
        "figure": 7.0,
        "baseline": 5.0,
        "ratio": 1.4,
        "goal": "<= 1.5x",
        "met": True,
    }
    # A figure that could not be taken is null, never NaN (which is not JSON).
    nan = st.vault_rows([measure("open_warm", "open", (float("nan"),) * 2, (1.0, 1.0))])
    assert st.parse_json_line(st.json_line(nan))[0]["figure"] is None


def test_table_has_one_line_per_row_and_the_verdict() -> None:
    rows = st.vault_rows(MEASURES)
    lines = st.table(rows).splitlines()
    assert [h.strip() for h in lines[0].split(" | ")] == [
        "measure",
        "goal",
        "figure",
        "baseline",
        "ratio",
        "met",
    ]
    assert len(lines) == 2 + len(rows)
    assert lines[2].rstrip().endswith("yes")  # open warm
    assert lines[3].rstrip().endswith("NO")  # open cold
    assert "1.40x" in lines[2]


def test_memory_row_flat_when_the_peak_barely_grows_with_the_bundle() -> None:
    def run(mb: float, export_peak: float, import_peak: float) -> dict[str, Any]:
        return {
            "export": {"bundle_bytes": mb * 1e6, "peak_mib": export_peak},
            "import": {"peak_mib": import_peak},
        }

    report: dict[str, Any] = {"memory": [run(250, 60, 70), run(1000, 95, 110), run(500, 90, 100)]}
    (flat,) = st.memory_rows(report)
    assert flat["measure"] == "bundle peak memory, 1,000 MB bundle vs 500 MB, MiB"
    assert (flat["figure"], flat["baseline"], flat["met"]) == (110.0, 100.0, True)
    report["memory"][1] = run(1000, 400, 110)  # export grew with the bundle: not flat
    assert st.memory_rows(report)[0]["met"] is False
    report["memory"] = [run(250, 60, 70), run(500, 240, 240), run(1000, 260, 260)]
    assert st.memory_rows(report)[0]["met"] is False  # flat, but over 250 MiB
    assert st.memory_rows({"memory": [run(250, 90, 100)]}) == []
    assert st.memory_rows({}) == []
    # transfer_rows carries it after the import rows
    report["timing"] = {"seconds": {"export": [1.0], "bl_export": [1.0], "import": [1.0]}}
    report["timing"]["seconds"]["bl_import"] = [1.0]
    assert st.transfer_rows(report, policy_on_too=False)[-1]["measure"].startswith("bundle peak")
