"""Leaving none of a destroyed case's bytes in the vault's files.

`secure_delete` is on for every connection (core/vault/database.py): deleted cells and freed
pages are overwritten with zeros as they are freed. The write-ahead log still holds page
images written before the deletion; a checkpoint with TRUNCATE copies the current pages into
the database file and cuts the log to nothing. VACUUM then rebuilds the file from the live
rows only (no free pages, no slack in a page), and a last checkpoint empties the log it
wrote. The transient copy VACUUM builds stays in memory (temp_store = MEMORY), never in a
temporary file.
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.vault import database
from securedesk.core.vault.database import Connection


class WipeFailed(Exception):
    """A step could not run (another reader holds the log, a full disk): `step` names it."""

    def __init__(self, step: str) -> None:
        super().__init__(step)
        self.step = step


@dataclass(frozen=True)
class WipeReport:
    pages_before: int
    free_pages_before: int
    pages_after: int


def _checkpoint(conn: Connection, step: str) -> None:
    busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy:
        raise WipeFailed(step)


def wipe_freed_space(conn: Connection) -> WipeReport:
    """Checkpoint (truncate), vacuum, checkpoint (truncate); outside any transaction."""
    with database.guarded(conn):
        if conn.in_transaction:
            raise RuntimeError("the freed space is wiped after the destruction commits")
        pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
        free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
        try:
            _checkpoint(conn, "checkpoint")
            conn.execute("PRAGMA secure_delete = ON")
            conn.execute("VACUUM")
            _checkpoint(conn, "checkpoint after vacuum")
        except database.DatabaseError as exc:
            raise WipeFailed(type(exc).__name__) from exc
        after = int(conn.execute("PRAGMA page_count").fetchone()[0])
        return WipeReport(pages, free, after)
