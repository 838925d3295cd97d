"""Schema migrations: numbered SQL files applied in order, one transaction each."""

from __future__ import annotations

import re
from importlib import resources

from securedesk.core.errors import VaultTooNew
from securedesk.core.vault.database import Connection

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


def migration_files() -> list[tuple[int, str, str]]:
    """(version, file name, SQL) for every migration shipped, in order."""
    found = []
    for entry in resources.files("securedesk.core.vault.migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort()
    versions = [v for v, _, _ in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files are not numbered 1..n: {versions}")
    return found


def latest_version() -> int:
    return len(migration_files())


def current_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: Connection, target: int | None = None) -> list[int]:
    """Bring the schema up to `target` (default: the latest); return the versions applied.

    A vault newer than this program is refused before anything is touched.
    """
    files = migration_files()
    latest = len(files)
    target = latest if target is None else target
    found = current_version(conn)
    if found > latest:
        raise VaultTooNew(found, latest)
    applied = []
    for version, _name, sql in files:
        if found < version <= target:
            conn.execute("BEGIN IMMEDIATE")
            try:
                # executescript would commit our transaction first; run statement by
                # statement so the whole file and its version number commit together.
                for statement in _statements(sql):
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version:d}")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            applied.append(version)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration file into statements (triggers hold ';' inside BEGIN ... END)."""
    import sqlcipher3

    statements: list[str] = []
    buffer = ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError("a migration file ends inside a statement")
    return statements
