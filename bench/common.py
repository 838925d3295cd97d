"""What the benchmark scripts share: where the vaults live, how each kind is opened, timing.

Two vaults are built from the same invented data: `sqlcipher.db` (SQLCipher, random raw key)
and `plain.db` (plain SQLite, no key). Each is opened by one of the "targets" below:

- `sqlcipher`: `securedesk.core.vault.database.connect` itself, exactly as the application opens a
  vault (raw key, secure_delete, WAL, synchronous FULL, ...). As shipped, cipher_memory_security
  is off (a policy, off by default); in the `memsec-on` mode the same call runs with it on, as
  a site that turns the policy on has it.
- `plain`: Python's own `sqlite3` module on `plain.db`, with the same non-cipher pragmas.
- `sqlcipher-nomemsec` (diagnostic): SQLCipher with the same key and pragmas but without
  cipher_memory_security, which SQLCipher applies to every allocation of the whole process.
- `engine-plain` (diagnostic): the SQLite inside sqlcipher3 opening `plain.db` with no key,
  so the SQLite version is the same as SQLCipher's and only the encryption differs.

cipher_memory_security cannot be switched off again in a process once SQLite has allocated
memory with it on, so the production targets and the diagnostic ones run in separate
processes (see run_all.py).
"""

from __future__ import annotations

import json
import os
import sqlite3
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

from securedesk.core.vault import database, schema
from securedesk.core.vault.kdf import KdfParams

if TYPE_CHECKING:
    from securedesk.core.session import Session

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
SQLCIPHER_DB = "sqlcipher.db"
PLAIN_DB = "plain.db"
KEY_FILE = "sqlcipher.key"  # invented data only; git-ignored with the rest of bench/out
META_FILE = "build.json"

# The invented data: fixed, so every run and every machine gets the same vault.
SEED = 20260101
TODAY = date(2026, 1, 15)
OWNERS = tuple(f"officer{n:02d}" for n in range(1, 25))
RECORDED_BY = "bench"
FRAMEWORK_VERSION = 1

# database.connect's settings after the key, in its order; the plain vault gets the same.
# (cipher_log_level and cipher_memory_security are SQLCipher's own and have no plain twin.)
SHARED_PRAGMAS = (
    "PRAGMA secure_delete = ON",
    "SELECT count(*) FROM sqlite_master",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    "PRAGMA temp_store = MEMORY",
    f"PRAGMA cache_size = -{database.PAGE_CACHE_BYTES // 1024}",
)
# What check_parity() compares between every pair of targets.
PARITY_PRAGMAS = (
    "journal_mode",
    "synchronous",
    "foreign_keys",
    "temp_store",
    "cache_size",
    "secure_delete",
    "page_size",
)

Connection = Any


def read_key(out: Path) -> bytes:
    return bytes.fromhex((out / KEY_FILE).read_text().strip())


def write_key(out: Path, key: bytes) -> None:
    path = out / KEY_FILE
    path.unlink(missing_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(key.hex() + "\n")


def _apply(conn: Connection, statements: Sequence[str]) -> Connection:
    for statement in statements:
        conn.execute(statement).fetchall()
    return conn


def connect_plain(path: Path, *, create: bool = False) -> Connection:
    """Plain SQLite (Python's sqlite3) with the vault's non-cipher settings."""
    uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    return _apply(conn, SHARED_PRAGMAS)


def migrate(conn: Connection) -> None:
    """`schema.migrate`, except on Python's own sqlite3 before 3.44, whose FTS5 does not know
    the 'secure-delete' option that migration 17 sets on the search indexes: there those
    statements are left out. The option decides what a delete leaves behind in the index,
    not what inserts, lists and searches cost, so the baseline stays fair."""
    if not isinstance(conn, sqlite3.Connection) or sqlite3.sqlite_version_info >= (3, 44):
        schema.migrate(conn)
        return
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version, _name, sql in schema.migration_files():
        if version <= found:
            continue
        conn.execute("BEGIN IMMEDIATE")
        for statement in schema._statements(sql):
            if "'secure-delete'" not in statement:
                conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {version:d}")
        conn.execute("COMMIT")


def connect_engine_plain(path: Path) -> Connection:
    """The SQLite built into sqlcipher3, on the plain file, with no key."""
    uri = f"file:{path}?mode=rw"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    return _apply(conn, ("PRAGMA cipher_log_level = NONE", *SHARED_PRAGMAS))


def connect_cipher_nomemsec(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """database.connect without cipher_memory_security (for the build and the diagnosis).

    Must not run in a process where memory security was ever switched on: it would stay on.
    """
    if create:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    uri = f"file:{path}?mode={'rwc' if create else 'rw'}"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    _apply(conn, ("PRAGMA cipher_log_level = NONE", f"PRAGMA key = \"x'{key.hex()}'\""))
    _apply(conn, SHARED_PRAGMAS)
    if conn.execute("PRAGMA cipher_memory_security").fetchone()[0] not in ("0", 0):
        raise RuntimeError("cipher_memory_security is already on in this process")
    return conn


@dataclass(frozen=True)
class Target:
    name: str
    label: str
    connect: Callable[[], Connection]
    memory_security: bool


def targets(mode: str, out: Path) -> list[Target]:
    """The targets one measuring process compares, the baseline last."""
    cipher = out / SQLCIPHER_DB
    plain = out / PLAIN_DB
    key = read_key(out)
    plain_t = Target(
        "plain", f"plain sqlite3 {sqlite3.sqlite_version}", lambda: connect_plain(plain), False
    )
    if mode == "production":
        return [
            Target(
                "sqlcipher",
                f"SQLCipher via database.connect, as shipped: memory security off "
                f"(SQLite {sqlcipher3.sqlite_version})",
                lambda: database.connect(cipher, key),
                False,
            ),
            plain_t,
        ]
    if mode == "memsec-on":
        database.measure_with_memory_security()  # this process only: it stays on
        return [
            Target(
                "sqlcipher",
                f"SQLCipher via database.connect, memory security ON (site policy; "
                f"SQLite {sqlcipher3.sqlite_version})",
                lambda: database.connect(cipher, key),
                True,
            ),
            plain_t,
        ]
    if mode == "diagnostic":
        return [
            Target(
                "sqlcipher-nomemsec",
                "SQLCipher, same pragmas, cipher_memory_security OFF",
                lambda: connect_cipher_nomemsec(cipher, key),
                False,
            ),
            Target(
                "engine-plain",
                f"sqlcipher3's SQLite {sqlcipher3.sqlite_version} on plain.db, no key",
                lambda: connect_engine_plain(plain),
                False,
            ),
            plain_t,
        ]
    raise ValueError(mode)


def settings_of(conn: Connection) -> dict[str, str]:
    return {p: str(conn.execute(f"PRAGMA {p}").fetchone()[0]) for p in PARITY_PRAGMAS}


def check_parity(conns: dict[str, Connection]) -> list[str]:
    """Differences in settings between the targets' connections (should be none)."""
    seen = {name: settings_of(c) for name, c in conns.items()}
    names = list(seen)
    problems = []
    for pragma in PARITY_PRAGMAS:
        values = {n: seen[n][pragma] for n in names}
        if len(set(values.values())) > 1:
            problems.append(f"{pragma}: {values}")
    return problems


# --- a vault made through the application ---------------------------------------------------

FAST_KDF = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)  # invented data only
PASSPHRASE = "invented people only"


def create_invented_vault(folder: Path) -> Session:
    """A new vault of invented data at `folder`, unbound, administrator 'admin' signed in:
    every key slot, this one and those made later, derives its key with FAST_KDF."""
    from securedesk.core.session import Session  # the benches that only time SQL never load it
    from securedesk.core.vault import folder as vault_module

    vault_module.default_kdf_params = lambda: FAST_KDF  # type: ignore[assignment]
    return Session.create_vault(
        folder,
        admin="admin",
        passphrase=PASSPHRASE,
        terminal_binding=False,
        kdf_params=FAST_KDF,
        organisation="Invented County Council",
    )


# --- timing -------------------------------------------------------------------------------


def now_ms() -> float:
    return time.perf_counter_ns() / 1e6


def timed(fn: Callable[[], Any], runs: int) -> list[float]:
    """The seconds each of `runs` calls of fn takes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def percentile(values: Sequence[float], pct: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * pct / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def summary(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "median": statistics.median(values) if values else float("nan"),
        "p95": percentile(values, 95),
        "min": min(values) if values else float("nan"),
        "max": max(values) if values else float("nan"),
        "total": sum(values),
    }


def evict_from_os_cache(path: Path) -> None:
    """Ask the kernel to drop the file's cached pages (a first open after boot, roughly)."""
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if p.exists():
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fdatasync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def warm_os_cache(path: Path) -> None:
    """Read the file once so that the kernel holds it (undoing evict_from_os_cache)."""
    with path.open("rb", buffering=0) as f:
        while f.read(1 << 20):
            pass


def load_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text())
    return data


def save_json(path: Path, data: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, sort_keys=False) + "\n")
    tmp.replace(path)
