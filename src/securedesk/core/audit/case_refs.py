"""Case references for the audit screen: the log records a case by its id (the id never
changes; a reference can be renumbered on import), and an auditor reads references.

Only the reference is given, never anything the case holds, and only to a user with the
audit permission (a refusal is recorded as any other). A case destroyed since keeps its id
in the log and gets no reference.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from securedesk.core.access import Permission

if TYPE_CHECKING:
    from securedesk.core.session import Session

CHUNK = 500  # ids bound per query, under SQLite's variable limit


def case_refs(session: Session, case_ids: Iterable[str]) -> dict[str, str]:
    """case id -> reference, for the ids that are cases still held."""
    session.require(Permission.AUDIT)
    wanted = sorted({i for i in case_ids if i})
    found: dict[str, str] = {}
    conn = session.vault.conn
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start : start + CHUNK]
        marks = ",".join("?" * len(part))
        for case_id, ref in conn.execute(
            f"SELECT id, ref FROM cases WHERE id IN ({marks})",
            part,
        ):
            found[str(case_id)] = str(ref)
    return found
