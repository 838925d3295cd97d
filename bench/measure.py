"""Measure the built vaults: open to a ready store, case list pages, search, bulk insert.

Run by run_all.py, once per mode, each in a process of its own:

- `production`: SQLCipher opened by `database.connect` as shipped (cipher_memory_security off,
  the policy's default) beside plain `sqlite3`.
- `memsec-on`: the same with cipher_memory_security on, as a site that turns the policy on.
- `diagnostic`: SQLCipher without memory security, and sqlcipher3's own SQLite on the plain
  file, beside plain `sqlite3` again: where the difference comes from.

Every measurement runs the same call on every target in turn, the order alternating, so
that a disturbance from elsewhere on the machine falls on all of them alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from build import insert_cases, rows_of
from common import (
    META_FILE,
    OWNERS,
    PLAIN_DB,
    SEED,
    SQLCIPHER_DB,
    TODAY,
    Connection,
    Target,
    check_parity,
    evict_from_os_cache,
    load_json,
    migrate,
    now_ms,
    save_json,
    summary,
    targets,
    warm_os_cache,
)
from queries import KINDS, make_queries
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking
from securedesk.core.storage import Storage
from securedesk.demo.invented_data import DemoCase, generate

# A page of the case list, as the window shows it.
PAGE = 100
ALL = CaseQuery(limit=PAGE)
OPEN = CaseQuery(open_only=True, limit=PAGE)
# The window asks search for up to 200 cases (gui/case_list_page.py).
SEARCH_LIMIT = 200


class Run:
    def __init__(self, mode: str, out: Path, seed: int) -> None:
        self.mode = mode
        self.out = out
        self.targets = targets(mode, out)
        self.rng = random.Random(seed)
        self.measures: list[dict[str, Any]] = []
        self.notes: list[str] = []
        self.conns: dict[str, Connection] = {}

    def log(self, text: str) -> None:
        print(f"  [{self.mode}] {text}", file=sys.stderr, flush=True)

    def record(
        self, mid: str, label: str, group: str, samples: dict[str, list[float]], **extra: Any
    ) -> None:
        self.measures.append(
            {
                "id": mid,
                "label": label,
                "group": group,
                "unit": "ms",
                "targets": {name: summary(values) for name, values in samples.items()},
                **extra,
            }
        )

    def each(self, rounds: int, call: Callable[[Target, int], float]) -> dict[str, list[float]]:
        """`call(target, round)` returns one timing; every target every round, order alternating."""
        samples: dict[str, list[float]] = {t.name: [] for t in self.targets}
        for i in range(rounds):
            order = self.targets if i % 2 == 0 else list(reversed(self.targets))
            for t in order:
                samples[t.name].append(call(t, i))
        return samples

    # -- open to a ready store ------------------------------------------------------

    def file_of(self, t: Target) -> Path:
        return self.out / (SQLCIPHER_DB if t.name.startswith("sqlcipher") else PLAIN_DB)

    def open_ready(self, t: Target, cold: bool) -> float:
        if cold:
            evict_from_os_cache(self.file_of(t))
        t0 = now_ms()
        conn = t.connect()
        migrate(conn)  # a no-op on a current vault: reads user_version
        # What the window shows first: the number of open cases and their first page.
        store = Storage(conn)
        store.count_cases(OPEN)
        rows = store.list_cases(OPEN)
        elapsed = now_ms() - t0
        conn.close()
        assert len(rows) == PAGE
        return elapsed

    def measure_open(self, reps: int) -> None:
        for t in self.targets:  # one untimed open each: imports, first-use allocations
            self.open_ready(t, cold=False)
        self.log(f"open to a ready store, {reps} times each, OS cache warm")
        warm = self.each(reps, lambda t, _i: self.open_ready(t, cold=False))
        self.record(
            "open_warm",
            "open -> ready store (OS cache warm)",
            "open",
            warm,
            detail="connect + key + pragmas + schema.migrate (no-op) + count and first page of "
            "the open cases; "
            "KDF excluded; new connection each time",
        )

    def measure_open_cold(self, reps: int) -> None:
        # Last of all: evicting the files would leave every later measure reading the disk.
        self.log(f"open to a ready store, {reps} times each, file evicted from the OS cache")
        cold = self.each(reps, lambda t, _i: self.open_ready(t, cold=True))
        self.record(
            "open_cold",
            "open -> ready store (file evicted from OS cache)",
            "open",
            cold,
            detail="as above, after posix_fadvise(DONTNEED) on the database file",
        )

    # -- case list ------------------------------------------------------------------

    def list_page(self, t: Target, query: CaseQuery) -> float:
        store = Storage(self.conns[t.name])
        t0 = now_ms()
        rows = store.list_cases(query)
        elapsed = now_ms() - t0
        assert rows or query.offset > 0, query
        return elapsed

    def measure_list(self, reps: int) -> None:
        base = self.conns[self.targets[-1].name]
        store = Storage(base)
        officer = OWNERS[3]
        mine = CaseQuery(owner=officer, open_only=True, limit=PAGE)
        # The window's two lists open on "Open cases" by reference (all cases, or the
        # officer's own); the other rows are a click on a column header or a filter away.
        variants: list[tuple[str, str, CaseQuery, bool]] = [
            ("list_open_first", "first page, open cases by ref (default)", OPEN, False),
            ("list_open_deep", "random deep page, open cases by ref", OPEN, True),
            ("list_mine_first", "my open cases by ref (My cases)", mine, False),
            ("list_mine_deep", "random page, my open cases by ref", mine, True),
            (
                "list_mine_review",
                "my open cases by next review",
                dataclasses.replace(mine, sort="next_review"),
                False,
            ),
            ("list_all_first", "first page, all cases by ref", ALL, False),
            ("list_all_deep", "random deep page, all cases by ref", ALL, True),
            (
                "list_all_review",
                "random deep page, all cases by next review",
                dataclasses.replace(ALL, sort="next_review"),
                True,
            ),
            (
                "list_all_updated",
                "random deep page, all cases by last change, newest first",
                dataclasses.replace(ALL, sort="updated", descending=True),
                True,
            ),
            (
                "list_status",
                "random page, status = support plan, by ref",
                dataclasses.replace(ALL, status=CaseStatus.SUPPORT_PLAN),
                True,
            ),
            (
                "list_child_marking",
                "random page, open children only, by marking",
                dataclasses.replace(OPEN, child=True, sort="marking"),
                True,
            ),
            # A user cleared to OFFICIAL-SENSITIVE: the service adds the clearance clause.
            (
                "list_open_deep_os",
                "random deep page, open cases by ref, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(OPEN, max_marking=Marking.OFFICIAL_SENSITIVE),
                True,
            ),
            (
                "list_all_deep_os",
                "random deep page, all cases by ref, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(ALL, max_marking=Marking.OFFICIAL_SENSITIVE),
                True,
            ),
            (
                "list_open_review_os",
                "random deep page, open cases by next review, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(
                    OPEN, sort="next_review", max_marking=Marking.OFFICIAL_SENSITIVE
                ),
                True,
            ),
            (
                "list_all_updated_os",
                "random deep page, all cases by last change, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(
                    ALL, sort="updated", descending=True, max_marking=Marking.OFFICIAL_SENSITIVE
                ),
                True,
            ),
            (
                "list_child_marking_os",
                "random page, open children by marking, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(
                    OPEN, child=True, sort="marking", max_marking=Marking.OFFICIAL_SENSITIVE
                ),
                True,
            ),
        ]
        for mid, label, query, deep in variants:
            total = store.count_cases(query)
            if deep:
                queries = [
                    dataclasses.replace(query, offset=self.rng.randrange(max(1, total - PAGE)))
                    for _ in range(reps)
                ]
            else:
                queries = [query] * reps
            self.log(f"case list: {label} ({total:,} cases match)")
            samples = self.each(reps, lambda t, i, qs=queries: self.list_page(t, qs[i]))  # type: ignore[misc]
            self.record(mid, f"case list: {label}", "list", samples, matching=total)
        counts = [
            ("count_open", "count: open cases", OPEN),
            ("count_mine", "count: my open cases", mine),
            ("count_all", "count: all cases", ALL),
            # Below SECRET the clearance clause is in every count (migration 21's indexes).
            (
                "count_open_os",
                "count: open cases, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(OPEN, max_marking=Marking.OFFICIAL_SENSITIVE),
            ),
            (
                "count_child_os",
                "count: open children, cleared to OFFICIAL-SENSITIVE",
                dataclasses.replace(OPEN, child=True, max_marking=Marking.OFFICIAL_SENSITIVE),
            ),
        ]
        for mid, label, query in counts:
            self.log(label)

            def count(t: Target, _i: int, q: CaseQuery = query) -> float:
                s = Storage(self.conns[t.name])
                t0 = now_ms()
                s.count_cases(q)
                return now_ms() - t0

            self.record(mid, label, "count", self.each(max(5, reps // 3), count))

    # -- full-text search ---------------------------------------------------------------

    def measure_search(self, count: int, seed: int) -> None:
        base = self.conns[self.targets[-1].name]
        queries = make_queries(base, count, seed)
        self.log(f"search: {len(queries)} queries")
        results: dict[str, list[list[str]]] = {t.name: [] for t in self.targets}

        def one(t: Target, i: int) -> float:
            store = Storage(self.conns[t.name])
            t0 = now_ms()
            hits = store.search(queries[i][1], limit=SEARCH_LIMIT)
            elapsed = now_ms() - t0
            results[t.name].append(sorted(h.ref for h in hits))
            return elapsed

        samples = self.each(len(queries), one)
        # The same hits on every target, or the comparison is of different work.
        names = [t.name for t in self.targets]
        by_round = results  # each() calls every target once per round, in round order
        differing = sum(
            1 for i in range(len(queries)) if len({tuple(by_round[n][i]) for n in names}) > 1
        )
        hit_counts = [len(r) for r in by_round[names[-1]]]
        self.record(
            "search_all",
            f"search: all {len(queries)} queries",
            "search",
            samples,
            differing_results=differing,
            empty_results=sum(1 for c in hit_counts if c == 0),
            median_hits=sorted(hit_counts)[len(hit_counts) // 2],
        )
        for kind, _share in KINDS:
            idx = [i for i, (k, _q) in enumerate(queries) if k == kind]
            if not idx:
                continue
            self.record(
                f"search_{kind.replace(' ', '_').replace('-', '_')}",
                f"search: {kind} ({len(idx)})",
                "search-kind",
                {n: [samples[n][i] for i in idx] for n in names},
            )
        slowest = sorted(range(len(queries)), key=lambda i: samples[names[0]][i], reverse=True)[:10]
        self.notes.append(
            "slowest searches on "
            + names[0]
            + ": "
            + "; ".join(
                f"{queries[i][1]!r} ({queries[i][0]}) {samples[names[0]][i]:.1f} ms, "
                f"{len(by_round[names[-1]][i])} hits"
                for i in slowest
            )
        )
        save_json(self.out / f"queries-{self.mode}.json", queries)

    # -- bulk insert sample ---------------------------------------------------------

    def measure_insert(self, batches: int, batch_cases: int) -> None:
        """Batches of new cases into the full vault, each in a transaction rolled back.

        Rolled back so the vault stays as built; the COMMIT (write and fsync of the WAL)
        is in the build's figures instead.
        """
        sample: list[DemoCase] = []
        for demo in generate(SEED + 1, batches * batch_cases, OWNERS, TODAY):
            # The second run numbers its refs from 1 again: move them to a prefix of their own.
            demo.case = dataclasses.replace(demo.case, ref="BX" + demo.case.ref[2:])
            sample.append(demo)
        chunks = [sample[i * batch_cases : (i + 1) * batch_cases] for i in range(batches)]
        rows = [sum(rows_of(d) for d in chunk) for chunk in chunks]
        self.log(f"bulk insert: {batches} batches of {batch_cases} cases, rolled back")

        def one(t: Target, i: int) -> float:
            conn = self.conns[t.name]
            t0 = now_ms()
            conn.execute("BEGIN IMMEDIATE")
            insert_cases(conn, chunks[i])
            elapsed = now_ms() - t0
            conn.execute("ROLLBACK")
            return elapsed

        samples = self.each(batches, one)
        per_s = {n: sum(rows) / (sum(v) / 1000) for n, v in samples.items() if sum(v) > 0}
        self.record(
            "insert_sample",
            f"bulk insert: {batch_cases} cases/transaction into the full vault",
            "insert",
            samples,
            rows_per_batch=sum(rows) / len(rows),
            rows_per_s=per_s,
            detail="insert timed up to the COMMIT, then rolled back",
        )

    # -- all of it ------------------------------------------------------------------

    def run(self, args: argparse.Namespace) -> dict[str, Any]:
        meta = load_json(self.out / META_FILE)
        for name in (SQLCIPHER_DB, PLAIN_DB):  # an earlier pass may have evicted them
            warm_os_cache(self.out / name)
        probe = {t.name: t.connect() for t in self.targets}
        problems = check_parity(probe)
        memsec = {
            t.name: str(probe[t.name].execute("PRAGMA cipher_memory_security").fetchone()[0])
            for t in self.targets
            if t.name != "plain"
        }
        for conn in probe.values():
            conn.close()
        if problems:
            self.notes.append("settings differ between targets: " + "; ".join(problems))
        self.measure_open(args.open_reps)
        self.conns = {t.name: t.connect() for t in self.targets}
        for conn in self.conns.values():
            migrate(conn)
        self.measure_list(args.list_reps)
        self.measure_search(args.queries, args.query_seed)
        if args.insert_batches:
            self.measure_insert(args.insert_batches, args.insert_batch_cases)
        for conn in self.conns.values():
            conn.close()
        self.measure_open_cold(args.open_reps)
        return {
            "mode": self.mode,
            "targets": [
                {"name": t.name, "label": t.label, "memory_security": t.memory_security}
                for t in self.targets
            ],
            "cipher_memory_security_reported": memsec,
            "settings_differences": problems,
            "vault": {k: meta[k] for k in ("cases", "items", "rows", "items_per_case")},
            "measures": self.measures,
            "notes": self.notes,
        }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--mode", choices=("production", "memsec-on", "diagnostic"), required=True)
    parser.add_argument("--result", type=Path, required=True)
    parser.add_argument("--queries", type=int, default=400)
    parser.add_argument("--query-seed", type=int, default=7)
    parser.add_argument("--open-reps", type=int, default=30)
    parser.add_argument("--list-reps", type=int, default=30)
    parser.add_argument("--insert-batches", type=int, default=3)
    parser.add_argument("--insert-batch-cases", type=int, default=200)
    args = parser.parse_args(argv)
    run = Run(args.mode, args.out, seed=11)
    save_json(args.result, run.run(args))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
