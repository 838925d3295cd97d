"""The import's second baseline (issue 15): after `minisign -V` + `age -d | tar -x`, a plain-SQLite
insert of the same rows, with the same schema (indexes, triggers, FTS) and the same settings
(WAL, synchronous FULL, secure_delete, foreign keys), in one transaction, timed in this
process.

It writes with the importer's own statements (`RecordWriteStore`: items in batches, the items'
search index filled in one statement at the end, people's and cases' by their triggers) into
a new plain `sqlite3` file, and does nothing an import must do besides: no strict parsing (a
plain `json.loads`), no id, reference or marking checks, no provenance, no audit chain, no
encryption. The attachments are read back from the files `tar -x` wrote (page cache warm).
It is the least an import into this schema can cost: the honest limit the issue names.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from common import connect_plain, migrate
from securedesk.transfer.record_write_store import RecordWriteStore, item_search_index_deferred

NOW = "2026-01-15T09:00:00+00:00"


def empty_plain_vault(path: Path) -> sqlite3.Connection:
    """A new plain SQLite file with the vault's schema (not timed)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    conn = connect_plain(path, create=True)
    migrate(conn)
    return conn


def plain_insert(extract: Path, db: Path, owner: str) -> float:
    """Seconds to write every record and attachment `tar -x` left in `extract` into a new
    plain vault at `db` and commit."""
    conn = empty_plain_vault(db)
    try:
        writes = RecordWriteStore(conn)  # type: ignore[arg-type]
        files = sorted((extract / "records").glob("*.jsonl"))
        attachments = extract / "attachments"
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        with item_search_index_deferred(conn):  # type: ignore[arg-type]
            for path in files:
                with path.open("rb") as f:
                    for line in f:
                        _write(writes, json.loads(line), owner, attachments)
            writes.flush()
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()


def _write(writes: RecordWriteStore, rec: dict[str, Any], owner: str, attachments: Path) -> None:
    kind = rec["type"]
    if kind == "person":
        writes.insert_person(rec, NOW)
    elif kind == "person_link":
        writes.insert_link(rec)
    elif kind == "case":
        writes.insert_case({**rec, "owner": owner}, NOW)
    elif kind == "item":
        writes.insert_item(rec, None)
    elif kind == "chronology_entry":
        writes.insert_entry(rec, None)
    elif kind == "assessment":
        writes.insert_assessment(rec, None)
    elif kind == "action":
        writes.insert_action(rec, NOW)
    elif kind == "attachment":
        writes.insert_attachment(rec, (attachments / rec["sha256"]).read_bytes(), None)
