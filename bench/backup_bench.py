"""Backup and restore of a demo vault, beside plain SQLite's backup plus the real `age`.

    python bench/backup_bench.py            # 100,000 invented cases (the issue's round trip)
    python bench/backup_bench.py --quick    # 5,000 cases, three repetitions
    python bench/backup_bench.py --cases 20000 --reps 2

The issue's round trip, on invented data only:

1. A demo vault (`make_demo_vault`: invented people, cases, items, meetings, a bundle each
   way) with attachments on a few cases is built once in bench/out/backup-bench-N/ (reused).
2. `backup create` (core `create_backup`, the command's code path) WHILE a second process
   signs in as the demo officer and reads the vault in a loop (a case list page, then a
   search): the reader's rounds during the backup and any error it met are reported.
3. `backup restore` (core `restore_backup`) on a "new terminal": a fresh data folder and an
   empty keyring for the restoring process (XDG_DATA_HOME, HOME), a new vault beside none.
4. On the restored vault, the demo officer (reset first, as the restore requires) sees the
   same case list (every page), the same search hits for a set of queries, the same
   attachments (names and SHA-256 of the bytes read back), and `audit verify` passes with
   the source's events up to the backup's checkpoint unchanged.

The baseline, in the same process, on a plain (unencrypted) copy of the same rows
(`sqlcipher_export` into a keyless database, made once, untimed):

- create: Python's sqlite3 online-backup API (`Connection.backup`, what `sqlite3 .backup`
  does) into a new file, then the real `age -r RECIPIENT` encrypting that file;
- restore: `age -d -i KEY` back to a database file, then `PRAGMA quick_check` on it (our
  restore authenticates every page and verifies the audit chain; the baseline only checks).

Figures are medians over the repetitions, in seconds, with ratio = SecureDesk / baseline.
The last line of standard output is `BENCH_JSON [...]` (one object per row, as run_all.py's).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from securedesk.core.access import Role
from securedesk.core.audit import chain
from securedesk.core.backup import recipients
from securedesk.core.backup.container import Signer
from securedesk.core.backup.create import create_backup
from securedesk.core.backup.restore import restore_backup
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.core.vault.kdf import KdfParams
from securedesk.demo.demo_vault import DEMO_ADMIN, DEMO_PASSPHRASE, DEMO_USER, make_demo_vault
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.identity_renewal import renew_after_restore

OUT = Path(__file__).resolve().parent / "out"
FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
RESTORED_PASS = "restored benchmark passphrase"
OFFICER_PASS = "officer benchmark passphrase"
ATTACHED_CASES = 20
QUERIES = ("jones", "school", "police", "hughes", "concern", "davies", "evans", "housing")
PAGE = 200
AGE = shutil.which("age") or "age"


def median(values: list[float]) -> float:
    return statistics.median(values)


def signer_of(session: Session) -> Signer:
    identity = ensure_identity(session)
    return Signer(identity.minisign_secret, identity.minisign_key_id, identity.minisign_public)


def build(folder: Path, cases: int) -> None:
    """A demo vault of `cases` invented cases, with attachments on a few of them."""
    if (folder / "vault.db").exists() and (folder / "attached.json").exists():
        print(f"reusing {folder}", flush=True)
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    print(f"building a demo vault of {cases:,} cases in {folder} …", flush=True)
    make_demo_vault(folder, cases, kdf=FAST_KDF)
    # One process opens a vault at a time, so one session both reads and backs up (as the
    # window does): the demo officer is given the administrator's role here.
    with Session.sign_in(folder, DEMO_ADMIN, DEMO_PASSPHRASE) as admin:
        admin.users.set_roles(DEMO_USER, [Role.OFFICER, Role.CHAIR, Role.TRANSFER, Role.ADMIN])
    attached: list[str] = []
    with Session.sign_in(folder, DEMO_USER, DEMO_PASSPHRASE) as officer:
        rows = officer.cases.list_cases(CaseQuery(owner=DEMO_USER, limit=ATTACHED_CASES))
        scratch = Path(tempfile.mkdtemp(prefix="backup-bench-"))
        try:
            for n, row in enumerate(rows):
                letter = scratch / f"letter-{n}.pdf"
                letter.write_bytes(b"%PDF-1.4\n% invented letter\n" + os.urandom(64 * 1024))
                officer.attachments.add_attachment(row.ref, letter, justification="benchmark")
                attached.append(row.ref)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    (folder / "attached.json").write_text(json.dumps(attached))
    print(f"built in {time.perf_counter() - started:.0f} s", flush=True)


def plain_copy(session: Session, plain: Path) -> None:
    """The same rows in a keyless SQLite database (the baseline's source; untimed)."""
    plain.unlink(missing_ok=True)
    conn = session.vault.second_connection()
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def baseline_create(plain: Path, work: Path, recipient: str) -> tuple[float, float, Path]:
    copy, encrypted = work / "baseline-copy.db", work / "baseline.db.age"
    copy.unlink(missing_ok=True)
    encrypted.unlink(missing_ok=True)
    start = time.perf_counter()
    src, dst = sqlite3.connect(plain), sqlite3.connect(copy)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    backed = time.perf_counter()
    subprocess.run([AGE, "-r", recipient, "-o", str(encrypted), str(copy)], check=True)
    done = time.perf_counter()
    copy.unlink()
    return backed - start, done - backed, encrypted


def baseline_restore(encrypted: Path, work: Path, key: Path) -> tuple[float, float]:
    restored = work / "baseline-restored.db"
    restored.unlink(missing_ok=True)
    start = time.perf_counter()
    subprocess.run([AGE, "-d", "-i", str(key), "-o", str(restored), str(encrypted)], check=True)
    decrypted = time.perf_counter()
    conn = sqlite3.connect(restored)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    done = time.perf_counter()
    restored.unlink()
    return decrypted - start, done - decrypted


class Reader(threading.Thread):
    """Reads the vault in a loop (a case list page, then a search) as the window's UI
    thread does while its worker makes the backup. SecureDesk's process lock lets one
    process open a vault at a time, so the concurrent reader is a thread of this process,
    on the same signed-in vault, through the same services as the window."""

    def __init__(self, session: Session) -> None:
        super().__init__(daemon=True)
        self.session = session
        self.stop = threading.Event()
        self.rounds = 0
        self.errors: list[str] = []

    def run(self) -> None:
        rng = random.Random(7)
        while not self.stop.is_set():
            try:
                self.session.cases.list_cases(CaseQuery(limit=100, offset=rng.randrange(0, 5000)))
                self.session.cases.search(rng.choice(QUERIES), limit=50)
                self.rounds += 1
            except Exception as exc:
                self.errors.append(type(exc).__name__)
                time.sleep(0.05)


def what_an_officer_sees(session: Session, attached: list[str]) -> dict[str, Any]:
    pages: list[list[tuple[str, ...]]] = []
    offset = 0
    while True:
        rows = session.cases.list_cases(CaseQuery(limit=PAGE, offset=offset))
        pages.append([tuple(str(v) for v in vars(r).values()) for r in rows])
        if len(rows) < PAGE:
            break
        offset += PAGE
    listing = hashlib.sha256(repr(pages).encode()).hexdigest()
    hits = {q: [h.ref for h in session.cases.search(q, limit=200)] for q in QUERIES}
    files = {}
    for ref in attached:
        for att in session.attachments.for_case(ref, justification="benchmark check"):
            data = session.attachments.read(att, justification="benchmark check")
            files[f"{ref}/{att.name}"] = hashlib.sha256(data).hexdigest()
    return {
        "cases": sum(len(p) for p in pages),
        "list_sha256": listing,
        "hits": hits,
        "attachments": files,
    }


def audit_prefix(conn: database.Connection, upto: int) -> str:
    rows = conn.execute(
        "SELECT seq, hash FROM audit_events WHERE seq <= ? ORDER BY seq", (upto,)
    ).fetchall()
    return hashlib.sha256(repr([(int(a), str(b)) for a, b in rows]).encode()).hexdigest()


def officer_on_restored(folder: Path) -> Session:
    with Session.sign_in(folder, DEMO_ADMIN, RESTORED_PASS) as admin:
        one_time = admin.users.reset_passphrase(DEMO_USER)
    first = Session.sign_in(folder, DEMO_USER, one_time)
    first.users.change_own_passphrase(OFFICER_PASS)
    first.lock()
    return Session.sign_in(folder, DEMO_USER, OFFICER_PASS)


def row(measure: str, figure: float, baseline: float) -> dict[str, Any]:
    return {
        "measure": measure,
        "figure": round(figure, 3),
        "baseline": round(baseline, 3),
        "ratio": round(figure / baseline, 2) if baseline > 0 else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5,000 cases, three repetitions")
    parser.add_argument("--cases", type=int, default=None)
    parser.add_argument("--reps", type=int, default=None)
    args = parser.parse_args(argv)
    cases = args.cases or (5_000 if args.quick else 100_000)
    reps = args.reps or (3 if args.quick else 1)
    database.build_invented_data_only()  # invented data: memory security off, as the demo

    base = OUT / f"backup-bench-{cases}"
    source = base / "source"
    build(source, cases)
    attached = json.loads((source / "attached.json").read_text())
    work = base / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    key = work / "recovery.txt"

    admin = Session.sign_in(source, DEMO_USER, DEMO_PASSPHRASE)
    admin_reader = admin
    try:
        signer = signer_of(admin)
        recipient = recipients.write_recovery_key(admin, key, signer.public_key)
        plain = work / "plain.db"
        plain_copy(admin, plain)
        db_mb = (source / "vault.db").stat().st_size / 1e6
        ours_create: list[float] = []
        ours_quiet: list[float] = []
        reader_rounds: list[int] = []
        reader_errors: list[str] = []
        backups: list[Path] = []
        for n in range(reps):
            out = work / f"vault-{n}.sdbackup"
            reader = Reader(admin_reader)
            reader.start()
            start = time.perf_counter()
            made = create_backup(admin, out, signer)
            ours_create.append(time.perf_counter() - start)
            reader.stop.set()
            reader.join()
            reader_rounds.append(reader.rounds)
            reader_errors += reader.errors
            backups.append(out)
            quiet = work / f"quiet-{n}.sdbackup"
            start = time.perf_counter()
            create_backup(admin, quiet, signer)
            ours_quiet.append(time.perf_counter() - start)
            quiet.unlink()
        base_backup, base_age, base_restore_age, base_check = [], [], [], []
        for _ in range(reps):
            b, a, encrypted = baseline_create(plain, work, recipient)
            base_backup.append(b)
            base_age.append(a)
            d, c = baseline_restore(encrypted, work, key)
            base_restore_age.append(d)
            base_check.append(c)
            encrypted.unlink()
        checkpoint_seq = made.audit_seq  # of backups[-1], the one restored
        source_prefix = audit_prefix(admin.vault.conn, checkpoint_seq)
        before = what_an_officer_sees(admin, attached)
    finally:
        admin.lock()

    # A new terminal: its own data folder and an empty keyring (no keyring file yet).
    terminal = work / "terminal2"
    (terminal / "home").mkdir(parents=True)
    old_env = {k: os.environ.get(k) for k in ("XDG_DATA_HOME", "HOME")}
    os.environ["XDG_DATA_HOME"] = str(terminal / "home" / ".local" / "share")
    os.environ["HOME"] = str(terminal / "home")
    ours_restore: list[float] = []
    try:
        for n in range(reps):
            target = terminal / f"vault-{n}"
            start = time.perf_counter()
            restored = restore_backup(
                backups[-1],
                target,
                key,
                admin=DEMO_ADMIN,
                passphrase=RESTORED_PASS,
                terminal_binding_on=False,
                kdf_params=FAST_KDF,
                renew_identity=renew_after_restore,
            )
            ours_restore.append(time.perf_counter() - start)
        officer = officer_on_restored(restored.folder)
        try:
            after = what_an_officer_sees(officer, attached)
        finally:
            officer.lock()
        with Session.sign_in(restored.folder, DEMO_ADMIN, RESTORED_PASS) as admin2:
            verified = chain.verify(admin2.vault.conn).ok
            restored_prefix = audit_prefix(admin2.vault.conn, checkpoint_seq)
    finally:
        for k, v in old_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    matches = {
        "case list": before["cases"] == after["cases"]
        and before["list_sha256"] == after["list_sha256"],
        "search": before["hits"] == after["hits"],
        "attachments": before["attachments"] == after["attachments"] and bool(after["attachments"]),
        "audit verify": verified and source_prefix == restored_prefix,
        "reader saw no error": not reader_errors,
    }
    create_base = [b + a for b, a in zip(base_backup, base_age, strict=True)]
    restore_base = [d + c for d, c in zip(base_restore_age, base_check, strict=True)]
    rows = [
        row("backup create while read, s", median(ours_create), median(create_base)),
        row("backup create, no reader, s", median(ours_quiet), median(create_base)),
        row("backup restore, s", median(ours_restore), median(restore_base)),
    ]
    size = backups[-1].stat().st_size / 1e6
    print()
    print(
        f"Backup benchmark: {cases:,} invented cases, vault.db {db_mb:.0f} MB, backup "
        f"{size:.0f} MB, {reps} repetition(s), medians in seconds"
    )
    print(f"{'':38}{'SecureDesk':>12}{'baseline':>12}{'ratio':>8}")
    print(
        f"{'create (snapshot+age+sign, reader on)':38}{rows[0]['figure']:>12.2f}"
        f"{rows[0]['baseline']:>12.2f}{rows[0]['ratio']:>8}"
    )
    print(
        f"{'create, no reader':38}{rows[1]['figure']:>12.2f}"
        f"{rows[1]['baseline']:>12.2f}{rows[1]['ratio']:>8}"
    )
    print(f"{'  baseline: sqlite3 backup API':38}{'':>12}{median(base_backup):>12.2f}")
    print(f"{'  baseline: age -r':38}{'':>12}{median(base_age):>12.2f}")
    print(
        f"{'restore (decrypt, check, rekey, new id)':38}{rows[2]['figure']:>12.2f}"
        f"{rows[2]['baseline']:>12.2f}{rows[2]['ratio']:>8}"
    )
    print(f"{'  baseline: age -d':38}{'':>12}{median(base_restore_age):>12.2f}")
    print(f"{'  baseline: PRAGMA quick_check':38}{'':>12}{median(base_check):>12.2f}")
    print(
        f"reader rounds (list page + search) during each backup: {reader_rounds}; "
        f"errors: {reader_errors or 'none'}"
    )
    print(
        f"cases listed: {before['cases']:,} before, {after['cases']:,} after; "
        f"attachments compared: {len(after['attachments'])}"
    )
    for name, ok in matches.items():
        print(f"  {name:22} {'matches' if ok else 'DIFFERS'}")
    for r in rows:
        r["met"] = all(matches.values())
    results = {
        "cases": cases,
        "reps": reps,
        "rows": rows,
        "matches": matches,
        "reader_rounds": reader_rounds,
        "db_mb": db_mb,
        "backup_mb": size,
    }
    (OUT / f"backup_bench-{cases}.json").write_text(json.dumps(results, indent=2))
    print("BENCH_JSON " + json.dumps(rows))
    return 0 if all(matches.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
