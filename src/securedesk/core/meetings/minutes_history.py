"""Minutes that keep their history: an amendment changes only the fields it is given, and the
text it replaces is kept (meeting_minutes_history, append-only), for the chair and the
auditor to read back. SQL only: the rights and the audit event are the service's."""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.domain import new_id
from securedesk.core.vault.database import Connection

FIELDS = ("discussion", "decision", "rationale", "dissent")
Texts = tuple[str, str, str, str]  # in the order of FIELDS


@dataclass(frozen=True)
class MinutesVersion:
    """The minutes of one case at one meeting as they stood before an amendment."""

    discussion: str
    decision: str
    rationale: str
    dissent: str
    recorded_by: str
    recorded_at: str
    replaced_by: str
    replaced_at: str
    fields: tuple[str, ...]  # what the amendment that replaced it changed


def current_minutes(conn: Connection, meeting_id: str, case_id: str) -> tuple[str, ...] | None:
    """(discussion, decision, rationale, dissent, recorded by, recorded at), or None."""
    row = conn.execute(
        "SELECT discussion, decision, rationale, dissent, recorded_by, recorded_at "
        "FROM meeting_minutes WHERE meeting_id = ? AND case_id = ?",
        (meeting_id, case_id),
    ).fetchone()
    return None if row is None else tuple(str(v) for v in row)


def merged(current: tuple[str, ...] | None, given: tuple[str | None, ...]) -> Texts:
    """The fields given, and for each field not given (None) what is recorded now."""
    old = current[:4] if current is not None else ("", "", "", "")
    a, b, c, d = (new if new is not None else was for new, was in zip(given, old, strict=True))
    return (a, b, c, d)


def changed_fields(current: tuple[str, ...] | None, texts: Texts) -> list[str]:
    old = current[:4] if current is not None else ("", "", "", "")
    return [name for name, new, was in zip(FIELDS, texts, old, strict=True) if new != was]


def keep_previous(
    conn: Connection,
    meeting_id: str,
    case_id: str,
    previous: tuple[str, ...],
    fields: list[str],
    replaced_by: str,
    now: str,
) -> None:
    conn.execute(
        "INSERT INTO meeting_minutes_history (id, meeting_id, case_id, discussion, decision, "
        "rationale, dissent, recorded_by, recorded_at, replaced_by, replaced_at, fields) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (new_id(), meeting_id, case_id, *previous[:6], replaced_by, now, ",".join(fields)),
    )


def versions(conn: Connection, meeting_id: str, case_id: str) -> list[MinutesVersion]:
    """Every earlier version, oldest first."""
    return [
        MinutesVersion(
            str(r[0]),
            str(r[1]),
            str(r[2]),
            str(r[3]),
            str(r[4]),
            str(r[5]),
            str(r[6]),
            str(r[7]),
            tuple(f for f in str(r[8]).split(",") if f),
        )
        for r in conn.execute(
            "SELECT discussion, decision, rationale, dissent, recorded_by, recorded_at, "
            "replaced_by, replaced_at, fields FROM meeting_minutes_history "
            "WHERE meeting_id = ? AND case_id = ? ORDER BY replaced_at, id",
            (meeting_id, case_id),
        )
    ]
