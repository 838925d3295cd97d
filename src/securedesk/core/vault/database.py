"""Opening the SQLCipher database with a raw key and the settings the vault relies on."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from securedesk.core.error_kinds import Detail
from securedesk.core.errors import VaultDamaged

DatabaseError = sqlcipher3.DatabaseError
Connection = Any  # sqlcipher3 ships no type information

# SQLCipher's memory security (wipe every freed allocation, mlock every allocation) is
# process-wide and cannot be turned off again once on. It is on for every vault a person works
# in. It costs one mlock/munlock pair per allocation (about 15x on bulk writes here), so the
# one process that only ever builds a vault of invented people (the demo) may turn it off.
_memory_security = True


def build_invented_data_only() -> None:
    """Declare that this process handles invented data only: memory security stays off."""
    global _memory_security
    _memory_security = False


# Errors that mean "this file is not what it should be", as opposed to a bug in a query.
_DAMAGE_MARKERS = ("not a database", "malformed", "hmac", "disk image", "corrupt")


def is_damage(exc: BaseException) -> bool:
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
        # SQLCipher's own log would print page-level errors to stderr: ours are enough.
        conn.execute("PRAGMA cipher_log_level = NONE")
        # Wipe freed memory and keep key material out of swap where the platform allows.
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if _memory_security else 'OFF'}")
        conn.execute(f"PRAGMA key = \"x'{raw_key.hex()}'\"")
        conn.execute("PRAGMA secure_delete = ON")
        # Reading page 1 is the first point at which a wrong key or a damaged header shows.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")  # no decrypted scratch data on disk
        conn.execute("PRAGMA cache_size = -65536")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
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
