"""Build the two benchmark vaults (SQLCipher and plain SQLite) from the same invented data.

Run by run_all.py in a process of its own: the SQLCipher vault is written without
cipher_memory_security (identical file, identical key and pragmas otherwise), because with it
on, SQLCipher makes two system calls per SQLite allocation and a full build would take most
of an hour. The cost of memory security on inserts is measured separately, by measure.py, on
sample batches into the built vault.

Each batch of generated cases is written to both vaults, one transaction each, the order
alternating between batches; only the inserts and the COMMIT are timed, not the generator.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
from pathlib import Path
from typing import Any

import sqlcipher3

from common import (
    FRAMEWORK_VERSION,
    META_FILE,
    OWNERS,
    PLAIN_DB,
    RECORDED_BY,
    SEED,
    SQLCIPHER_DB,
    TODAY,
    Connection,
    connect_cipher_nomemsec,
    connect_plain,
    migrate,
    now_ms,
    save_json,
    summary,
    write_key,
)
from securedesk.core.storage import Storage
from securedesk.demo.invented_data import DemoCase, generate

NOW = f"{TODAY.isoformat()}T09:00:00.000000+00:00"


def rows_of(demo: DemoCase) -> int:
    """Every table row one generated case adds (FTS index rows not counted)."""
    people = demo.people
    return (
        1  # the case
        + len(demo.case.subject_ids)
        + len(people)
        + sum(len(p.aliases) + len(p.identifiers) + len(p.addresses) for p in people)
        + len(demo.links)
        + len(demo.items)
        + len(demo.chronology)
        + len(demo.actions)
        + len(demo.assessments)
        + sum(len(a.scores) for a in demo.assessments)
    )


def insert_cases(conn: Connection, batch: list[DemoCase]) -> None:
    """The generated cases through the store, as the demo-data import writes them."""
    store = Storage(conn)
    for demo in batch:
        demo.add_to(
            store,
            recorded_by=RECORDED_BY,
            framework_version=FRAMEWORK_VERSION,
            now=NOW,
        )


def insert_batch(conn: Connection, batch: list[DemoCase]) -> None:
    """One batch, one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        insert_cases(conn, batch)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def remove_vaults(out: Path) -> None:
    for name in (SQLCIPHER_DB, PLAIN_DB):
        for suffix in ("", "-wal", "-shm", "-journal"):
            (out / (name + suffix)).unlink(missing_ok=True)
    (out / META_FILE).unlink(missing_ok=True)


def build(out: Path, cases: int, items_per_case: float, batch_cases: int) -> dict[str, Any]:
    out.mkdir(parents=True, exist_ok=True)
    remove_vaults(out)
    key = os.urandom(32)
    write_key(out, key)
    conns = {
        "sqlcipher": connect_cipher_nomemsec(out / SQLCIPHER_DB, key, create=True),
        "plain": connect_plain(out / PLAIN_DB, create=True),
    }
    for conn in conns.values():
        migrate(conn)
    times: dict[str, list[float]] = {name: [] for name in conns}
    generator = generate(SEED, cases, OWNERS, TODAY, items_per_case)
    done = items = rows = 0
    gen_ms = 0.0
    started = now_ms()
    batch_no = 0
    while done < cases:
        t0 = now_ms()
        batch = [demo for _, demo in zip(range(batch_cases), generator, strict=False)]
        gen_ms += now_ms() - t0
        if not batch:
            break
        order = list(conns) if batch_no % 2 == 0 else list(reversed(conns))
        for name in order:
            t0 = now_ms()
            insert_batch(conns[name], batch)
            times[name].append(now_ms() - t0)
        done += len(batch)
        items += sum(len(d.items) for d in batch)
        rows += sum(rows_of(d) for d in batch)
        batch_no += 1
        if batch_no % 10 == 0 or done == cases:
            elapsed = (now_ms() - started) / 1000
            print(
                f"  build: {done:,}/{cases:,} cases, {items:,} items, {elapsed:.0f} s "
                f"(last batch: sqlcipher {times['sqlcipher'][-1]:.0f} ms, "
                f"plain {times['plain'][-1]:.0f} ms)",
                file=sys.stderr,
                flush=True,
            )
    close_ms = {}
    for name, conn in conns.items():
        t0 = now_ms()
        conn.close()  # the last connection checkpoints the WAL into the file
        close_ms[name] = now_ms() - t0
    meta: dict[str, Any] = {
        "cases": cases,
        "items_per_case": items_per_case,
        "batch_cases": batch_cases,
        "seed": SEED,
        "today": TODAY.isoformat(),
        "owners": len(OWNERS),
        "items": items,
        "rows": rows,
        "generator_s": gen_ms / 1000,
        "wall_s": (now_ms() - started) / 1000,
        "sqlcipher_memory_security_during_build": False,
        "versions": {
            "python": platform.python_version(),
            "sqlite3": sqlite3.sqlite_version,
            "sqlcipher3_sqlite": sqlcipher3.sqlite_version,
        },
        "targets": {},
    }
    for name in conns:
        path = out / (SQLCIPHER_DB if name == "sqlcipher" else PLAIN_DB)
        total_ms = sum(times[name]) + close_ms[name]
        meta["targets"][name] = {
            "batch_ms": summary(times[name]),
            "close_checkpoint_ms": close_ms[name],
            "total_s": total_ms / 1000,
            "rows_per_s": rows / (total_ms / 1000),
            "items_per_s": items / (total_ms / 1000),
            "file_bytes": path.stat().st_size,
        }
    save_json(out / META_FILE, meta)
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--items-per-case", type=float, required=True)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args(argv)
    build(args.out, args.cases, args.items_per_case, args.batch)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
