"""Destruction of a large case (issue 12): how long `retention approve` takes for a case with
10,000 items in a vault that also holds other invented cases, against a plain DELETE of the
same rows in the same process.

Two copies of one vault are made (the same bytes). On copy A the case is destroyed as the
product does it (RetentionService.approve: the map of every table, FTS5 secure-delete,
secure_delete, then checkpoint TRUNCATE, VACUUM, checkpoint TRUNCATE). On copy B the baseline
is the same rows deleted with plain DELETE statements in one transaction (the schema's own
triggers still run; no wipe). Both figures and their ratio are printed, with the destruction's
own split (delete vs wipe), and a JSON line for tools.

    python bench/destruction_bench.py                 # 10,000 items, 2,000 other cases
    python bench/destruction_bench.py --items 2000 --cases 200   # a quick try
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import keyring

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.keyring_memory import MemoryKeyring

from securedesk.core.access import Role
from securedesk.core.clock import FixedClock
from securedesk.core.domain import CaseStatus, InformationItem, Person
from securedesk.core.markings import Marking
from securedesk.core.retention import destruction_map
from securedesk.core.retention.service import RetentionService
from securedesk.core.retention.wipe import wipe_freed_space
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.core.vault.kdf import KdfParams
from securedesk.demo.invented_data import generate

PASS = "benchmark passphrase only"
KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
CLOCK = FixedClock("2026-11-01T10:00:00.000000+00:00", date(2026, 11, 1))


def _session(folder: Path, user: str) -> Session:
    s = Session.sign_in(folder, user, PASS)
    s.clock = CLOCK
    return s


def build(folder: Path, items: int, cases: int) -> str:
    admin = Session.create_vault(folder, admin="admin", passphrase=PASS, kdf_params=KDF)
    admin.users.add_user("olivia", [Role.OFFICER], PASS, Marking.SECRET)
    for name in ("ada", "alan"):
        admin.users.add_user(name, [Role.AUDITOR], PASS, Marking.SECRET)
    admin.lock()
    for name in ("olivia", "ada", "alan"):
        s = Session.sign_in(folder, name, PASS)
        s.users.change_own_passphrase(PASS)
        s.lock()
    s = _session(folder, "olivia")
    try:
        with database.transaction(s.vault.conn):
            for demo in generate(7, cases, ["olivia"], CLOCK.today()):
                demo.add_to(s.store, recorded_by="olivia", framework_version=1, now=CLOCK.now())
        big = s.cases.add_case(
            [Person("Large", "Case")], referral_source="Police", referral_date=date(2026, 1, 2)
        )
        rows = [
            InformationItem(
                big.id,
                "Police",
                "Analyst",
                date(2026, 2, 1),
                f"Observation {n}: movements, contacts and the account given on that day. " * 3,
            )
            for n in range(items)
        ]
        with database.transaction(s.vault.conn):
            for item in rows:
                s.store.add_item(item, "olivia", CLOCK.now())
        s.cases.change_status(big.ref, CaseStatus.CLOSED, "Ended")
        RetentionService(s).propose(big.ref, "Benchmark")
        with database.guarded(s.vault.conn):
            s.vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        return big.ref
    finally:
        s.lock()


def destroy_as_product(folder: Path, ref: str) -> dict[str, float]:
    s = _session(folder, "ada")
    try:
        service = RetentionService(s)
        # The same two steps approve() runs, timed apart (approve itself also timed below).
        start = time.perf_counter()
        service.approve(ref)
        total = time.perf_counter() - start
        start = time.perf_counter()
        wipe_freed_space(s.vault.conn)
        wipe_again = time.perf_counter() - start
        pages = int(s.vault.conn.execute("PRAGMA page_count").fetchone()[0])
        return {"approve_s": total, "wipe_alone_s": wipe_again, "pages_after": pages}
    finally:
        s.lock()


def destroy_plain(folder: Path, ref: str, *, markers: bool = False) -> float:
    """The baseline: the same rows, plain DELETE statements, one transaction, no wipe.
    With `markers`, the search indexes keep delete markers (FTS5 secure-delete off, as
    before migration 17): the least work a delete can do, and it leaves the terms behind."""
    s = _session(folder, "ada")
    try:
        conn = s.vault.conn
        with database.guarded(conn):
            case_id = s.store.case_id_for_ref(ref)
            start = time.perf_counter()
            with database.transaction(conn):
                conn.execute("PRAGMA defer_foreign_keys = ON")
                if markers:
                    for index in destruction_map.FTS_INDEXES:
                        conn.execute(
                            f"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 0)"
                        )
                conn.execute("INSERT INTO erasure_in_progress VALUES (?)", (case_id,))
                people = [
                    r[0]
                    for r in conn.execute(
                        "SELECT person_id FROM case_subjects WHERE case_id = ?", (case_id,)
                    )
                ]
                for table, rel in destruction_map.TABLES.items():
                    if isinstance(rel, destruction_map.ByCase):
                        conn.execute(f"DELETE FROM {table} WHERE {rel.column} = ?", (case_id,))
                for pid in people:
                    conn.execute("DELETE FROM people WHERE id = ?", (pid,))
                conn.execute("DELETE FROM erasure_in_progress WHERE case_id = ?", (case_id,))
            return time.perf_counter() - start
    finally:
        s.lock()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--cases", type=int, default=2_000, help="other invented cases")
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    database.build_invented_data_only()
    work = Path(tempfile.mkdtemp(prefix="securedesk-destruction-bench-"))
    try:
        a, b = work / "a", work / "b"
        start = time.perf_counter()
        ref = build(a, args.items, args.cases)
        built = time.perf_counter() - start
        shutil.copytree(a, b)
        c = work / "c"
        shutil.copytree(a, c)
        size = (a / "vault.db").stat().st_size
        plain = destroy_plain(b, ref)
        least = destroy_plain(c, ref, markers=True)
        product = destroy_as_product(a, ref)
        ratio = product["approve_s"] / plain
        print(
            f"vault: {args.cases} other cases, one case of {args.items} items, "
            f"{size / 2**20:.1f} MiB (built in {built:.1f} s)"
        )
        print(f"{'measure':44} {'seconds':>9}")
        print(f"{'retention approve (destroy + wipe)':44} {product['approve_s']:9.3f}")
        print(f"{'a wipe alone, run again after (VACUUM etc.)':44} {product['wipe_alone_s']:9.3f}")
        print(f"{'baseline: plain DELETE of the same rows':44} {plain:9.3f}")
        print(f"{'baseline: plain DELETE, index delete markers':44} {least:9.3f}")
        print(
            f"ratio approve / plain DELETE: {ratio:.2f}x; / DELETE with markers: "
            f"{product['approve_s'] / least:.2f}x"
        )
        print(
            "BENCH_JSON "
            + json.dumps(
                {
                    "measure": "destroy case",
                    "items": args.items,
                    "other_cases": args.cases,
                    "vault_mib": round(size / 2**20, 1),
                    "figure_s": round(product["approve_s"], 3),
                    "wipe_s": round(product["wipe_alone_s"], 3),
                    "baseline_s": round(plain, 3),
                    "baseline_markers_s": round(least, 3),
                    "ratio": round(ratio, 2),
                }
            )
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
