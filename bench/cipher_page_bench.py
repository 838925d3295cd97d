"""What one page costs to read: the floor under every "open", "list" and "export" ratio.

The vault's remaining ratios to plain SQLite (open -> ready, random list pages, export, the
COMMIT of an import) are pages read from or written to the file on a fresh connection:
SQLCipher decrypts (AES-256-CBC) and authenticates (HMAC-SHA512, as shipped) every page it
reads and does both again for every page it writes, where plain SQLite copies the page. This
measures that cost per page in one process, on one table of incompressible rows written the
same way under each setting, read on a fresh connection two ways: a full scan (pages in file
order) and 2,000 lookups by rowid at random (pages scattered, as a list page's cases are).

Settings: plain `sqlite3` (the benchmarks' baseline), sqlcipher3's own SQLite on a file with no
key (the engine without encryption), and SQLCipher with the shipped HMAC-SHA512, with
HMAC-SHA256 and with no HMAC at all. The last two are not offered: changing a vault's page
format means rewriting the whole file (sqlcipher_export) and recording the format outside it,
and a page without its HMAC is a page a thief can alter unseen. They are here to show what
share of the per-page cost is authentication (see bench/README.md, "What the misses cost").

    python bench/cipher_page_bench.py [--rows 20000] [--reps 9]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3

KEY = "x'" + "5a" * 32 + "'"  # a fixed raw key for invented bytes only

SETTINGS: dict[str, tuple[Any, list[str]]] = {
    "plain sqlite3 (baseline)": (sqlite3, []),
    "sqlcipher3 engine, no key": (sqlcipher3, []),
    "SQLCipher, HMAC-SHA512 (shipped)": (sqlcipher3, [f'PRAGMA key = "{KEY}"']),
    "SQLCipher, HMAC-SHA256": (
        sqlcipher3,
        [f'PRAGMA key = "{KEY}"', "PRAGMA cipher_hmac_algorithm = HMAC_SHA256"],
    ),
    "SQLCipher, no HMAC": (sqlcipher3, [f'PRAGMA key = "{KEY}"', "PRAGMA cipher_use_hmac = OFF"]),
}


def opener(module: Any, pragmas: list[str], path: Path) -> Callable[[], Any]:
    def open_() -> Any:
        conn = module.connect(str(path))
        for pragma in pragmas:
            conn.execute(pragma)
        return conn

    return open_


def build(open_: Callable[[], Any], rows: int) -> None:
    conn = open_()
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    rng = random.Random(20260101)
    conn.executemany(
        "INSERT INTO t (body) VALUES (?)", ((rng.randbytes(300).hex(),) for _ in range(rows))
    )
    conn.commit()
    conn.close()


def timed(open_: Callable[[], Any], work: Callable[[Any], object]) -> float:
    start = time.perf_counter()
    conn = open_()
    work(conn)
    conn.close()
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()
    ids = random.Random(7).sample(range(1, args.rows + 1), min(2_000, args.rows))

    def scan(conn: Any) -> object:
        return conn.execute("SELECT sum(length(body)) FROM t").fetchone()

    def lookups(conn: Any) -> object:
        return [conn.execute("SELECT body FROM t WHERE id = ?", (i,)).fetchone() for i in ids]

    results: dict[str, tuple[float, float, int]] = {}
    with tempfile.TemporaryDirectory(prefix="cipher-page-bench-") as folder:
        opens = {}
        for n, (name, (module, pragmas)) in enumerate(SETTINGS.items()):
            opens[name] = opener(module, pragmas, Path(folder) / f"{n}.db")
            build(opens[name], args.rows)
        pages = {}
        for name, open_ in opens.items():
            conn = open_()
            pages[name] = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.close()
        samples: dict[str, tuple[list[float], list[float]]] = {name: ([], []) for name in opens}
        for rep in range(args.reps + 1):  # the first round warms the OS cache, untimed
            order = list(opens.items())
            if rep % 2:
                order.reverse()
            for name, open_ in order:
                a, b = timed(open_, scan), timed(open_, lookups)
                if rep:
                    samples[name][0].append(a)
                    samples[name][1].append(b)
        for name, (a, b) in samples.items():
            results[name] = (statistics.median(a), statistics.median(b), pages[name])

    base_scan, base_lookups, _ = results["plain sqlite3 (baseline)"]
    print(f"{args.rows:,} rows of 600 bytes; fresh connection per sample; medians of {args.reps}")
    print(
        f"{'setting':34} | {'pages':>6} | {'scan ms':>8} | {'us/page':>7} | {'ratio':>6} "
        f"| {'2,000 lookups ms':>16} | {'ratio':>6}"
    )
    for name, (scan_ms, lookups_ms, count) in results.items():
        print(
            f"{name:34} | {count:6,} | {scan_ms:8.2f} | {scan_ms * 1000 / count:7.2f} "
            f"| {scan_ms / base_scan:5.2f}x | {lookups_ms:16.2f} "
            f"| {lookups_ms / base_lookups:5.2f}x"
        )


if __name__ == "__main__":
    main()
