"""A digest of a vault's content, to prove that a refused attempt changed nothing."""

from __future__ import annotations

import hashlib
from typing import Any

from securedesk.core.vault import database


def content_digest(conn: Any) -> str:
    """SHA-256 over every row of every table but the audit log's (which a refusal is meant
    to grow) and the search indexes (their shadow tables follow the rows digested here)."""
    with database.guarded(conn):
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'audit%' "
                "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite%' ORDER BY name"
            )
        ]
        h = hashlib.sha256()
        for t in tables:
            for row in conn.execute(f"SELECT * FROM {t} ORDER BY 1"):
                h.update(repr(row).encode())
        return h.hexdigest()
