"""Room to wipe: checked before a destruction starts, so that it is refused early rather than
stopping between the deletion and the wipe of the freed space.

What the wipe needs, measured (SQLCipher 4, WAL mode, temp_store = MEMORY; see wipe.py):
VACUUM builds its transient copy of the live pages in memory (the process grew by about the
live size: 38 MB for a 37 MB copy), never in a temporary file; it then writes every live
page into the write-ahead log before the last checkpoint copies them back (the log reached
the live size, 36.7 MB, beside the unchanged 54.8 MB file). So the disk holding the vault
needs about the live size free, plus SQLite's working margin for the destruction's own
transaction, and the machine about the live size of memory available. The destruction's
own log is emptied by the first checkpoint before VACUUM starts.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from securedesk.core.retention.retention_kinds import RetentionErrorKind
from securedesk.core.storage_faults import (
    MB,
    WORKING_MARGIN_BYTES,
    StorageFault,
    space_shortfall,
    whole_mb,
)
from securedesk.core.vault import database
from securedesk.core.vault.database import Connection

MEMINFO = Path("/proc/meminfo")


@dataclass(frozen=True)
class WipeNeeds:
    live_bytes: int  # the pages VACUUM copies: every page in use
    disk_bytes: int  # free space needed on the vault's disk
    memory_bytes: int  # memory needed for VACUUM's transient copy


def wipe_needs(conn: Connection) -> WipeNeeds:
    with database.guarded(conn):
        size, pages, free = (
            int(conn.execute(f"PRAGMA {name}").fetchone()[0])
            for name in ("page_size", "page_count", "freelist_count")
        )
    live = max(0, pages - free) * size
    return WipeNeeds(live, live + WORKING_MARGIN_BYTES, live + WORKING_MARGIN_BYTES)


def available_memory() -> int | None:
    """Memory the kernel says a new allocation can have without swapping (MemAvailable), or
    None where that is not known (then memory is not checked)."""
    with contextlib.suppress(OSError, ValueError):
        for line in MEMINFO.read_text("ascii").splitlines():
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return None


def require_room_to_wipe(conn: Connection, folder: Path, ref: str) -> WipeNeeds:
    """Refuse (a StorageFault, exit 1, never damage) when the vault's disk or the machine's
    memory has less room than destroying a case and wiping the space it used needs."""
    needs = wipe_needs(conn)
    short = space_shortfall(folder, needs.disk_bytes)
    if short is not None:
        raise StorageFault(RetentionErrorKind.NO_ROOM_TO_WIPE, ref=ref, **short)
    memory = available_memory()
    if memory is not None and memory < needs.memory_bytes:
        raise StorageFault(
            RetentionErrorKind.NO_MEMORY_TO_WIPE,
            ref=ref,
            need_mb=whole_mb(needs.memory_bytes),
            free_mb=memory // MB,
        )
    return needs
