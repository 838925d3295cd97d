"""The tamper-evident audit log: events chained by SHA-256, recorded in the same transaction
as the change they describe, and verified by recomputing the chain."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from securedesk.core.audit.audit_actions import AuditAction, ComposedAction
from securedesk.core.error_kinds import Detail, word
from securedesk.core.vault.database import Connection

GENESIS = "0" * 64


class Category(Enum):
    """What kind of processing an event records (the spec's list, plus sign-in and admin)."""

    COLLECTION = "collection"
    ALTERATION = "alteration"
    CONSULTATION = "consultation"
    DISCLOSURE = "disclosure"
    COMBINATION = "combination"
    ERASURE = "erasure"
    AUTHENTICATION = "authentication"
    ADMINISTRATION = "administration"


class Outcome(Enum):
    SUCCESS = "success"
    REFUSED = "refused"
    FAILED = "failed"


@dataclass(frozen=True)
class AuditEvent:
    seq: int
    at: str
    user: str
    category: str
    action: str
    object_type: str
    object_id: str
    justification: str
    outcome: str
    details: str
    prev_hash: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "user": self.user,
            "category": self.category,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "justification": self.justification,
            "outcome": self.outcome,
            "details": json.loads(self.details),
            "prev_hash": self.prev_hash,
            "hash": self.hash,
        }


_COLUMNS = (
    "seq, at, user, category, action, object_type, object_id, justification, outcome, "
    "details, prev_hash, hash"
)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def event_hash(
    prev_hash: str,
    seq: int,
    at: str,
    user: str,
    category: str,
    action: str,
    object_type: str,
    object_id: str,
    justification: str,
    outcome: str,
    details: str,
) -> str:
    """The hash of one event: canonical JSON of every field, including its predecessor's."""
    body = json.dumps(
        [
            prev_hash,
            seq,
            at,
            user,
            category,
            action,
            object_type,
            object_id,
            justification,
            outcome,
            details,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(
    conn: Connection,
    *,
    user: str,
    category: Category,
    action: AuditAction | ComposedAction,
    object_type: str,
    object_id: str,
    outcome: Outcome = Outcome.SUCCESS,
    justification: str = "",
    details: dict[str, Any] | None = None,
) -> int:
    """Append one event; call inside the transaction that makes the change it describes.

    `details` holds ids and counts only, never case content.
    """
    last = conn.execute("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
    at = now_utc()
    details_text = json.dumps(details or {}, sort_keys=True, separators=(",", ":"))
    digest = event_hash(
        prev,
        seq,
        at,
        user,
        category.value,
        action,
        object_type,
        object_id,
        justification,
        outcome.value,
        details_text,
    )
    conn.execute(
        f"INSERT INTO audit_events ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            seq,
            at,
            user,
            category.value,
            action,
            object_type,
            object_id,
            justification,
            outcome.value,
            details_text,
            prev,
            digest,
        ),
    )
    return int(seq)


def iter_events(conn: Connection, *, batch: int = 5000) -> Iterator[AuditEvent]:
    """Every event in order, read in batches so memory stays flat for long logs."""
    after = 0
    while True:
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?",
            (after, batch),
        ).fetchall()
        if not rows:
            return
        for row in rows:
            yield AuditEvent(*row)
        after = rows[-1][0]


@dataclass(frozen=True)
class ChainReport:
    """What verifying the chain found; `why` says how the first broken link fails."""

    events: int
    ok: bool
    first_broken_seq: int | None = None
    why: Detail | None = None
    head_hash: str = GENESIS

    @property
    def reason(self) -> str:
        """The English wording of `why` ("" when intact), for --json and logs; the window
        words `why` in the user's language."""
        return word(self.why, {"seq": self.first_broken_seq}) if self.why is not None else ""


def verify(conn: Connection) -> ChainReport:
    """Recompute the chain from the first event; report the first link that does not hold."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    for ev in iter_events(conn):
        if ev.seq != expected_seq:
            return ChainReport(count, False, expected_seq, Detail.AUDIT_EVENT_MISSING)
        if ev.prev_hash != prev:
            return ChainReport(count, False, ev.seq, Detail.AUDIT_LINK_BROKEN)
        digest = event_hash(
            ev.prev_hash,
            ev.seq,
            ev.at,
            ev.user,
            ev.category,
            ev.action,
            ev.object_type,
            ev.object_id,
            ev.justification,
            ev.outcome,
            ev.details,
        )
        if digest != ev.hash:
            return ChainReport(count, False, ev.seq, Detail.AUDIT_CONTENT_ALTERED)
        prev = ev.hash
        expected_seq += 1
        count += 1
    return ChainReport(count, True, head_hash=prev)


def events_for_object(conn: Connection, object_id: str, limit: int = 1000) -> list[AuditEvent]:
    """Events about one object, and events whose details name it (an item's case), newest
    first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_events WHERE object_id = ? "
        "OR (object_type IN ('item', 'attachment') AND json_extract(details, '$.case') = ?) "
        "ORDER BY seq DESC LIMIT ?",
        (object_id, object_id, limit),
    ).fetchall()
    return [AuditEvent(*r) for r in rows]


@dataclass(frozen=True)
class AuditQuery:
    """Which events to list, newest first. Text filters are case-insensitive substrings."""

    user: str = ""
    category: str | None = None
    outcome: str | None = None
    action: str = ""
    before_seq: int | None = None
    limit: int = 500


def query_events(conn: Connection, q: AuditQuery) -> tuple[list[AuditEvent], bool]:
    """The newest `q.limit` matching events (older than `q.before_seq`), and whether older
    matching events exist. Filtering and paging are done in SQL over the primary key."""
    clauses = ["seq < ?"]
    params: list[Any] = [q.before_seq if q.before_seq is not None else 2**62]
    if q.user:
        clauses.append("instr(lower(user), lower(?)) > 0")
        params.append(q.user)
    if q.category is not None:
        clauses.append("category = ?")
        params.append(q.category)
    if q.outcome is not None:
        clauses.append("outcome = ?")
        params.append(q.outcome)
    if q.action:
        clauses.append("instr(lower(action), lower(?)) > 0")
        params.append(q.action)
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_events WHERE {' AND '.join(clauses)} "
        "ORDER BY seq DESC LIMIT ?",
        [*params, q.limit + 1],
    ).fetchall()
    events = [AuditEvent(*r) for r in rows[: q.limit]]
    return events, len(rows) > q.limit
