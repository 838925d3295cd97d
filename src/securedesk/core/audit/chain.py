"""The tamper-evident audit log: events chained by SHA-256, recorded in the same transaction
as the change they describe, and verified by recomputing the chain.

Once the vault has an auditor, each event also carries a forward-secure MAC (mac_chain.py);
`verify` checks those MACs when it is given the auditor's starting keys."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import Enum
from typing import Any

from securedesk.core.audit import mac_chain
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
    mac: str = ""  # "" before the MAC chain started (no auditor yet, or an older vault)

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
            "mac": self.mac,
        }


_COLUMNS = (
    "seq, at, user, category, action, object_type, object_id, justification, outcome, "
    "details, prev_hash, hash, mac"
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
    # The event's own fields, in _COLUMNS' order: hashed, then stored with the links.
    fields = (
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
    digest = event_hash(prev, *fields)
    mac = mac_chain.advance(conn, seq, digest)
    # Before the MAC chain starts the column keeps its default (and a schema from before
    # version 8, which a vault is built at in the migration tests, has no such column).
    columns = _COLUMNS if mac else _COLUMNS.removesuffix(", mac")
    marks = ", ".join("?" for _ in columns.split(","))
    conn.execute(
        f"INSERT INTO audit_events ({columns}) VALUES ({marks})",
        (*fields, prev, digest, *([mac] if mac else [])),
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
class MacKeys:
    """What an auditor brings to verification: the starting key of each epoch they could
    unseal, and their name (to notice a copy sealed to them that has gone)."""

    auditor: str
    start_keys: dict[int, bytes]
    # Epochs whose copy for this auditor was sealed to a key pair they no longer have (an
    # administrator's reset): not theirs to check, and not a sign of tampering.
    stale: frozenset[int] = frozenset()


@dataclass(frozen=True)
class ChainReport:
    """What verifying the chain found; `why` says how the first broken link fails.

    `mac_started`: the chain has announced a MAC epoch; `macs_checked`: events whose MAC was
    recomputed (0 without an auditor's keys); `macs_unchecked`: MACed events whose epoch key
    the verifier does not hold."""

    events: int
    ok: bool
    first_broken_seq: int | None = None
    why: Detail | None = None
    head_hash: str = GENESIS
    mac_started: bool = False
    macs_checked: int = 0
    macs_unchecked: int = 0

    @property
    def reason(self) -> str:
        """The English wording of `why` ("" when intact), for --json and logs; the window
        words `why` in the user's language."""
        return word(self.why, {"seq": self.first_broken_seq}) if self.why is not None else ""


@dataclass
class _Walk:
    """The MAC side of a verification in progress."""

    keys: MacKeys | None
    epoch: int = 0
    key: bytes | None = None
    checked: int = 0
    unchecked: int = 0

    def step(self, ev: AuditEvent) -> Detail | None:
        """Check one event's MAC (after its hash held); then follow an epoch it announces."""
        if self.epoch:
            if not mac_chain.is_mac_text(ev.mac):
                return Detail.AUDIT_MAC_MISSING
            if self.key is None:
                self.unchecked += 1
            else:
                if not hmac.compare_digest(ev.mac, mac_chain.event_mac(self.key, ev.hash)):
                    return Detail.AUDIT_MAC_WRONG
                self.key = mac_chain.evolve(self.key)
                self.checked += 1
        elif ev.mac:
            return Detail.AUDIT_MAC_BEFORE_START
        if ev.action == AuditAction.AUDIT_KEY_STARTED and ev.outcome == Outcome.SUCCESS.value:
            return self._start(ev)
        return None

    def _start(self, ev: AuditEvent) -> Detail | None:
        details = json.loads(ev.details)
        epoch = details.get("epoch")
        sealed_to = details.get("sealed_to", {})
        if epoch != self.epoch + 1 or not isinstance(sealed_to, dict):
            return Detail.AUDIT_EPOCH_OUT_OF_ORDER
        self.epoch = epoch
        self.key = None
        if self.keys is None:
            return None
        start = self.keys.start_keys.get(epoch)
        if start is None:
            mine = self.keys.auditor in sealed_to and epoch not in self.keys.stale
            return Detail.AUDIT_KEY_SEAL_ALTERED if mine else None
        if mac_chain.key_id(start) != details.get("key_id"):
            return Detail.AUDIT_KEY_SEAL_ALTERED
        self.key = start
        return None

    def finish(self, conn: Connection, last_seq: int) -> Detail | None:
        """The stored key state must be where the chain's last event left it: a key that has
        moved on past the head means events were deleted after it."""
        state = mac_chain.load_state(conn)
        if state is None:
            return Detail.AUDIT_MAC_STATE_MISSING if self.epoch else None
        if state.epoch != self.epoch or state.next_seq != last_seq + 1:
            return Detail.AUDIT_MAC_KEY_AHEAD
        if self.key is not None and not hmac.compare_digest(state.key, self.key):
            return Detail.AUDIT_MAC_KEY_AHEAD
        return None


def verify(conn: Connection, keys: MacKeys | None = None) -> ChainReport:
    """Recompute the chain from the first event; report the first link that does not hold.

    Every verifier sees whether MACs are present where the MAC chain has started; with an
    auditor's `keys` each MAC is recomputed, and the stored current key must be the one the
    last event leaves (so deleting the newest events is caught without a checkpoint)."""
    prev = GENESIS
    expected_seq = 1
    count = 0
    walk = _Walk(keys)

    def broken(seq: int, why: Detail) -> ChainReport:
        return ChainReport(
            count, False, seq, why, mac_started=walk.epoch > 0, macs_checked=walk.checked
        )

    for ev in iter_events(conn):
        if ev.seq != expected_seq:
            return broken(expected_seq, Detail.AUDIT_EVENT_MISSING)
        if ev.prev_hash != prev:
            return broken(ev.seq, Detail.AUDIT_LINK_BROKEN)
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
            return broken(ev.seq, Detail.AUDIT_CONTENT_ALTERED)
        why = walk.step(ev)
        if why is not None:
            return broken(ev.seq, why)
        prev = ev.hash
        expected_seq += 1
        count += 1
    why = walk.finish(conn, count)
    if why is not None:
        return broken(count + 1, why)
    return ChainReport(
        count,
        True,
        head_hash=prev,
        mac_started=walk.epoch > 0,
        macs_checked=walk.checked,
        macs_unchecked=walk.unchecked,
    )


def event_at(conn: Connection, seq: int) -> AuditEvent | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM audit_events WHERE seq = ?", (seq,)).fetchone()
    return AuditEvent(*row) if row is not None else None


def head(conn: Connection) -> AuditEvent | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM audit_events ORDER BY seq DESC LIMIT 1").fetchone()
    return AuditEvent(*row) if row is not None else None


def events_with_query_digest(conn: Connection, digest: str) -> list[AuditEvent]:
    """Every search event whose details hold `digest` (search_digest.py), oldest first."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_events WHERE json_valid(details) "
        "AND json_extract(details, '$.query_digest') = ? ORDER BY seq",
        (digest,),
    ).fetchall()
    return [AuditEvent(*r) for r in rows]


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
    # Or any of these LIKE patterns (escape: backslash): the stored actions whose words in
    # the window's language contain what was typed (the window words them; the chain does not).
    action_like: tuple[str, ...] = ()
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
    if q.action or q.action_like:
        any_of = ["instr(lower(action), lower(?)) > 0"] if q.action else []
        params.extend([q.action] if q.action else [])
        any_of += ["action LIKE ? ESCAPE '\\'"] * len(q.action_like)
        params.extend(q.action_like)
        clauses.append(f"({' OR '.join(any_of)})")
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM audit_events WHERE {' AND '.join(clauses)} "
        "ORDER BY seq DESC LIMIT ?",
        [*params, q.limit + 1],
    ).fetchall()
    events = [AuditEvent(*r) for r in rows[: q.limit]]
    return events, len(rows) > q.limit
