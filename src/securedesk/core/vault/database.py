"""Opening the SQLCipher database with a raw key and the settings the vault relies on."""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlcipher3

from securedesk.core import process_hardening, storage_faults
from securedesk.core.error_kinds import Detail
from securedesk.core.errors import VaultDamaged

DatabaseError = sqlcipher3.DatabaseError
Connection = Any  # sqlcipher3 ships no type information

# SQLCipher's memory security (wipe every freed allocation, mlock every allocation) is a site
# policy, off by default: measured here it costs 2-17x on queries and inserts and, without the
# right to lock memory, most of its locks fail (see bench/README.md), while SQLCipher keeps its
# own key material in a locked, wiped allocation either way. The process is hardened instead
# (core/process_hardening.py). A vault whose policy says "on" turns it on when it opens; it is
# then on for the whole process and cannot be turned off again, so turning the policy on takes
# effect at the next sign-in and turning it off at the next start of the application.
MEMORY_SECURITY_POLICY = "cipher_memory_security"

# None: as the vault's policy says. False: never (a process that handles invented data only,
# the demo). True: always (the benchmarks' "site turns it on" pass).
_memory_security_override: bool | None = None


def build_invented_data_only() -> None:
    """Declare that this process handles invented data only: memory security stays off."""
    global _memory_security_override
    _memory_security_override = False


def measure_with_memory_security() -> None:
    """Turn memory security on at every open whatever the policy (the benchmarks only)."""
    global _memory_security_override
    _memory_security_override = True


# The page cache each connection may hold (cache_size below), every page of it mlocked under
# memory security: a lock limit below it cannot cover even the cache. 128 MiB, not SQLite's
# 2 MiB or the 64 MiB used before: every page read from the file is decrypted and
# authenticated, so a search whose index pages do not fit pays for them again on each query.
# At 100,000 cases and 1,000,000 items the search median was 5.5 ms with 64 MiB and 3.1 ms with
# 128 (plain SQLite 2.9; bench/README.md), and the cache fills only as pages are read: a large
# import or export peaks at about 200 MiB in all (bench/transfer_bench.py).
PAGE_CACHE_BYTES = 128 * 1024 * 1024


@dataclass(frozen=True)
class MemorySecurityState:
    """What SQLCipher's memory security does in this process.

    `lock_attempts` and `lock_failures` come from a probe run when it was turned on (see
    _turn_on_memory_security). A probe is short, and locking fails only once the lock limit
    is spent, so `locks_fail` also holds when the limit cannot cover the page cache and
    nothing lifts it (CAP_IPC_LOCK, or the whole process locked at start)."""

    on: bool = False
    lock_attempts: int = 0
    lock_failures: int = 0
    # RLIMIT_MEMLOCK, None when unlimited or not enforced for this process.
    lock_limit_bytes: int | None = None

    @property
    def locks_fail(self) -> bool:
        if not self.on:
            return False
        short = self.lock_limit_bytes is not None and self.lock_limit_bytes < PAGE_CACHE_BYTES
        return self.lock_failures > 0 or short


_memory_state = MemorySecurityState()


def memory_security_state() -> MemorySecurityState:
    return _memory_state


def has_table(conn: Connection, name: str) -> bool:
    """Whether the database has the table `name` (a vault from before its migration may not)."""
    row = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).fetchone()
    return row is not None


def _policy_wants_memory_security(conn: Connection) -> bool:
    if _memory_security_override is not None:
        return _memory_security_override
    if not has_table(conn, "policy"):  # a vault being created, or a database that is not a vault
        return False
    row = conn.execute(
        "SELECT value FROM policy WHERE key = ?", (MEMORY_SECURITY_POLICY,)
    ).fetchone()
    return row is not None and str(row[0]).lower() == "on"  # absent: off


def _turn_on_memory_security(conn: Connection) -> None:
    """Memory security on, with its failures reported rather than hidden.

    SQLCipher logs a failed mlock at WARN, and its log is silenced by default (NONE, above).
    For a probe (reading the schema and the policy again, which allocates as any query does)
    its memory log goes at TRACE to an owner-only file of its own, which counts the locks
    attempted and failed; the file is then closed and removed. The log holds addresses and
    sizes, never data. After the probe the level stays WARN for memory events, but the log
    goes nowhere: a session whose locks fail would write a line per allocation (gigabytes in
    a large import, on a terminal's own disk), so the failure is reported once, from the
    probe and the lock limit (MemorySecurityState.locks_fail), by sign-in and `vault info`."""
    global _memory_state
    conn.execute("PRAGMA cipher_memory_security = ON")
    on = str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    folder = tempfile.mkdtemp(prefix="securedesk-memlog-")  # 0700
    log = Path(folder) / "sqlcipher-memory.log"
    attempts = failures = 0
    try:
        conn.execute("PRAGMA cipher_log_source = NONE")
        conn.execute("PRAGMA cipher_log_source = MEMORY")
        conn.execute("PRAGMA cipher_log = '" + str(log).replace("'", "''") + "'")
        conn.execute("PRAGMA cipher_log_level = TRACE")
        conn.execute("SELECT count(*), max(length(sql)) FROM sqlite_master").fetchone()
        conn.execute("SELECT key, value FROM policy").fetchall()
        conn.execute("PRAGMA cipher_log_level = WARN")
        conn.execute("PRAGMA cipher_log = off")
        if log.is_file():
            with log.open("r", encoding="ascii", errors="replace") as f:
                for line in f:
                    if "calling mlock(" in line:
                        attempts += 1
                    elif "mlock() returned" in line:
                        failures += 1
    finally:
        conn.execute("PRAGMA cipher_log = off")
        with contextlib.suppress(OSError):
            log.unlink()
        with contextlib.suppress(OSError):
            Path(folder).rmdir()
    _memory_state = MemorySecurityState(
        on=on,
        lock_attempts=attempts,
        lock_failures=failures,
        lock_limit_bytes=process_hardening.effective_lock_limit(),
    )


# Errors that mean "this file is not what it should be", as opposed to a bug in a query.
_DAMAGE_MARKERS = ("not a database", "malformed", "hmac", "disk image", "corrupt")


def is_damage(exc: BaseException) -> bool:
    # Errors of the disk under the vault (full, read-only, a working file that cannot be
    # made): never damage, whatever else the message says. The markers are storage_faults'
    # own, so what it names a disk fault is never called damage here.
    if storage_faults.mentions_disk_fault(exc):
        return False
    text = str(exc).lower()
    return isinstance(exc, sqlcipher3.DatabaseError) and any(m in text for m in _DAMAGE_MARKERS)


class GuardedConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """The vault's one connection, with the one lock every unit of work takes.

    The window's worker threads share this connection with the UI thread; without a lock a
    worker and the UI can interleave two transactions ("cannot start a transaction within a
    transaction") or a reader can see another thread's uncommitted rows. Like Calibre's
    cache, every service call holds the lock for its whole unit of work (a re-entrant lock,
    since units nest: a refusal is recorded while the gate holds it).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.guard = threading.RLock()


@contextlib.contextmanager
def guarded(conn: Connection) -> Iterator[Connection]:
    """Hold the connection's lock for a read of several statements."""
    with conn.guard:
        yield conn


@contextlib.contextmanager
def exclusive(conn: Connection, *, grace_seconds: float = 0.5) -> Iterator[Connection]:
    """Hold the lock for locking the vault: wait briefly for the unit of work in progress,
    then interrupt it (its thread sees an error and lets go). A query is never cut off by
    closing the connection under it."""
    if not conn.guard.acquire(timeout=grace_seconds):
        deadline = time.monotonic() + 30.0
        while not conn.guard.acquire(timeout=0.1):
            conn.interrupt()  # aborts the statement running in the other thread
            if time.monotonic() > deadline:
                raise RuntimeError("a database call would not stop; the vault stays open")
    try:
        yield conn
    finally:
        conn.guard.release()


def close_when_idle(conn: Connection) -> None:
    """Close the connection once no other thread is using it."""
    with exclusive(conn):
        conn.close()


def connect(path: Path, raw_key: bytes, *, create: bool = False) -> Connection:
    """An open, keyed connection, or VaultDamaged (never a silently new database)."""
    if not create and not path.is_file():
        raise VaultDamaged(str(path), Detail.DATABASE_MISSING)
    if create:
        # Owner-only from the first byte (SQLite would use the umask); its -wal and -shm
        # files copy these permissions.
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    # mode=rw refuses to create a file where one should already exist.
    uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
    conn = sqlcipher3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, factory=GuardedConnection
    )
    try:
        # SQLCipher's own log would print page-level errors to stderr: ours are enough
        # (memory security, when a site turns it on, reports its failed locks: see below).
        if not _memory_state.on:
            conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA secure_delete = ON")
        # Reading page 1 is the first point at which a wrong key or a damaged header shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        # The site's memory-security policy, read as the vault opens (process-wide once on).
        if not _memory_state.on and _policy_wants_memory_security(conn):
            _turn_on_memory_security(conn)
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted scratch data on disk
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_BYTES // 1024}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        fault = storage_faults.fault_for(exc, path.parent)
        if fault is not None:  # a full or read-only disk is not damage
            raise fault from exc
        raise VaultDamaged(str(path), Detail.PAGES_DO_NOT_DECRYPT) from exc
    return conn


def opens_with(path: Path, raw_key: bytes) -> bool:
    """Whether `raw_key` decrypts the database's first page (used to pick among keys)."""
    try:
        conn = connect(path, raw_key)
    except VaultDamaged:
        return False
    conn.close()
    return True


@contextlib.contextmanager
def _savepoint(conn: Connection) -> Iterator[None]:
    conn.execute("SAVEPOINT unit_of_work")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO unit_of_work")
            conn.execute("RELEASE unit_of_work")
        raise
    conn.execute("RELEASE unit_of_work")


def database_salt(path: Path) -> bytes:
    """The 16 unencrypted bytes at the start of an SQLCipher file, which identify it."""
    with path.open("rb") as f:
        return f.read(16)


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: all of it commits, or none of it does. It holds the
    connection's lock throughout, so no other thread's statements land inside it.

    Inside another transaction (this thread's: the lock is held) it is part of that one, so
    one unit of work can be made of others (an action agreed at a meeting is an action added
    to the case and a link to the meeting); a savepoint undoes its own part if it fails.
    """
    with conn.guard:
        if conn.in_transaction:
            with _savepoint(conn):
                yield conn
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            # Inside the try: a COMMIT that fails (a deferred constraint, a full disk) must
            # not leave the transaction open for the next caller to commit by accident.
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
