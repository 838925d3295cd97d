"""The SQL that reads transfer bundles' records: a case's records whole by global id, for
export, and single records and the ids an import must check against what is held here.

Each reader returns a record as a plain JSON-able dict in the bundle's shape (see
`securedesk.transfer.records`). Local bookkeeping (created/updated times, the search text,
`is_child`, the case's overall marking) is kept out of the records.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection

Record = dict[str, Any]

# How many records one query reads: a case may hold thousands of items.
BATCH = 200

# record type -> the table holding records of that type (by their `id` column)
TABLES = {
    "person": "people",
    "person_link": "person_links",
    "case": "cases",
    "item": "items",
    "chronology_entry": "chronology_entries",
    "assessment": "assessments",
    "action": "actions",
    "attachment": "attachments",
}


@dataclass(frozen=True)
class ItemHandling:
    id: str
    agency: str
    caveats: list[str]
    supersedes: str | None
    marking: Marking


class RecordReadStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- lookups ------------------------------------------------------------------------

    def exists(self, record_type: str, record_id: str) -> bool:
        table = TABLES[record_type]
        row = self.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (record_id,)).fetchone()
        return row is not None

    def user_exists(self, name: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is not None
        )

    def case_id_with_ref(self, ref: str) -> str | None:
        row = self.conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
        return str(row[0]) if row else None

    def case_ref(self, case_id: str) -> str | None:
        row = self.conn.execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()
        return str(row[0]) if row else None

    def item_case_id(self, item_id: str) -> str | None:
        row = self.conn.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()
        return str(row[0]) if row else None

    def has_attachment_data(self, sha256: str, size: int) -> bool:
        """Whether an attachment here holds bytes with this SHA-256 (rows still waiting for
        their bytes, within an import, hold none)."""
        row = self.conn.execute(
            "SELECT 1 FROM attachments WHERE sha256 = ? AND length(data) = ? LIMIT 1",
            (sha256, size),
        ).fetchone()
        return row is not None

    def record(self, record_type: str, record_id: str) -> Record | None:
        """One record of any type as it would be exported, or None if absent."""
        if record_type == "person":
            return self.person(record_id)
        if record_type == "case":
            return self.case(record_id)
        readers = {
            "person_link": (_LINK_SQL, _link),
            "item": (_ITEM_SQL, _item),
            "chronology_entry": (_ENTRY_SQL, _entry),
            "assessment": (_ASSESSMENT_SQL, self._assessment),
            "action": (_ACTION_SQL, self._action),
            "attachment": (_ATTACHMENT_SQL, _attachment),
        }
        sql, build = readers[record_type]
        row = self.conn.execute(f"{sql} WHERE x.id = ?", (record_id,)).fetchone()
        return build(row) if row else None

    def id_holders(self, ids: Sequence[str]) -> list[tuple[str, str, str | None]]:
        """Where each of these ids is held here, whatever the record type: (id, the record
        type holding it or "action_update", and an update's action id), one query. (One id,
        as for every record but an action, is bound as it is: half the cost of json_each.)"""
        sql, value = (
            (_HOLDERS_OF_ONE_SQL, ids[0])
            if len(ids) == 1
            else (_HOLDERS_SQL, json.dumps(list(ids)))
        )
        return [
            (str(i), str(holder), None if action is None else str(action))
            for i, holder, action in self.conn.execute(sql, (value,))
        ]

    # -- reading a case whole -------------------------------------------------------------

    def person(self, person_id: str) -> Record | None:
        row = self.conn.execute(
            "SELECT id, given_name, family_name, date_of_birth FROM people WHERE id = ?",
            (person_id,),
        ).fetchone()
        if row is None:
            return None
        return {
            "type": "person",
            "id": row[0],
            "given_name": row[1],
            "family_name": row[2],
            "date_of_birth": row[3],
            "aliases": [
                a
                for (a,) in self.conn.execute(
                    "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid",
                    (person_id,),
                )
            ],
            "identifiers": [
                {"kind": k, "value": v}
                for k, v in self.conn.execute(
                    "SELECT kind, value FROM person_identifiers WHERE person_id = ? ORDER BY rowid",
                    (person_id,),
                )
            ],
            "addresses": [
                a
                for (a,) in self.conn.execute(
                    "SELECT address FROM person_addresses WHERE person_id = ? ORDER BY position",
                    (person_id,),
                )
            ],
        }

    def subject_ids(self, case_id: str) -> list[str]:
        return [
            str(pid)
            for (pid,) in self.conn.execute(
                "SELECT person_id FROM case_subjects WHERE case_id = ? ORDER BY position",
                (case_id,),
            )
        ]

    def links_among(self, person_ids: Sequence[str]) -> list[Record]:
        """Links from one of `person_ids` to another of them, in a stable order."""
        ids = json.dumps(list(person_ids))
        return [
            _link(r)
            for r in self.conn.execute(
                f"{_LINK_SQL} WHERE x.person_id IN (SELECT value FROM json_each(?)) "
                "AND x.other_id IN (SELECT value FROM json_each(?)) ORDER BY x.id",
                (ids, ids),
            )
        ]

    def case(self, case_id: str) -> Record | None:
        row = self.conn.execute(
            "SELECT id, ref, referral_source, referral_date, owner, "
            "coalesce(record_marking, marking), status, closing_reason, consent, consent_note, "
            "next_review, retention_review FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            return None
        return {
            "type": "case",
            "id": row[0],
            "ref": row[1],
            "referral_source": row[2],
            "referral_date": row[3],
            "owner": row[4],
            "record_marking": row[5],
            "status": row[6],
            "closing_reason": row[7],
            "consent": row[8],
            "consent_note": row[9],
            "next_review": row[10],
            "retention_review": row[11],
            "subject_ids": self.subject_ids(case_id),
        }

    def items_of(self, case_id: str) -> Iterator[Record]:
        """In the order they were recorded here, so a superseded item precedes its
        correction; read BATCH at a time."""
        rowids = [
            int(r)
            for (r,) in self.conn.execute(
                "SELECT rowid FROM items WHERE case_id = ? ORDER BY rowid", (case_id,)
            )
        ]
        for start in range(0, len(rowids), BATCH):
            batch = json.dumps(rowids[start : start + BATCH])
            rows = self.conn.execute(
                f"{_ITEM_SQL} WHERE x.rowid IN (SELECT value FROM json_each(?)) ORDER BY x.rowid",
                (batch,),
            ).fetchall()
            yield from (_item(r) for r in rows)

    def item_handling(self, case_id: str) -> list[ItemHandling]:
        """What decides whether each item of a case may leave, in recording order (a
        superseded item before its correction): no text."""
        return [
            ItemHandling(str(r[0]), str(r[1]), _caveats(r[2]), r[3], _marking(r[4]))
            for r in self.conn.execute(
                "SELECT id, agency, caveats, supersedes, marking FROM items WHERE case_id = ? "
                "ORDER BY rowid",
                (case_id,),
            )
        ]

    def case_record_marking(self, case_id: str) -> Marking:
        row = self.conn.execute(
            "SELECT coalesce(record_marking, marking) FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        return Marking(row[0])

    def entries_of(self, case_id: str) -> Iterator[Record]:
        yield from self._batched(
            "chronology_entries", "event_date, recorded_at, id", case_id, _ENTRY_SQL, _entry
        )

    def assessments_of(self, case_id: str) -> Iterator[Record]:
        yield from self._batched(
            "assessments",
            "assessed_on, recorded_at, id",
            case_id,
            _ASSESSMENT_SQL,
            self._assessment,
        )

    def actions_of(self, case_id: str) -> Iterator[Record]:
        yield from self._batched("actions", "created_at, id", case_id, _ACTION_SQL, self._action)

    def attachments_of(self, case_id: str) -> Iterator[Record]:
        """Metadata only: the bytes are read apart, by `attachment_data`."""
        yield from self._batched(
            "attachments", "added_at, name, id", case_id, _ATTACHMENT_SQL, _attachment
        )

    def attachment_data(self, attachment_id: str) -> bytes | None:
        row = self.conn.execute(
            "SELECT data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def _batched(
        self,
        table: str,
        order: str,
        case_id: str,
        sql: str,
        build: Any,
    ) -> Iterator[Record]:
        ids = [
            str(i)
            for (i,) in self.conn.execute(
                f"SELECT id FROM {table} WHERE case_id = ? ORDER BY {order}", (case_id,)
            )
        ]
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            position = {rid: n for n, rid in enumerate(chunk)}
            rows = self.conn.execute(
                f"{sql} WHERE x.id IN (SELECT value FROM json_each(?))", (json.dumps(chunk),)
            ).fetchall()
            for r in sorted(rows, key=lambda r: position[r[0]]):
                yield build(r)

    def _assessment(self, r: Sequence[Any]) -> Record:
        return {
            "type": "assessment",
            "id": r[0],
            "case_id": r[1],
            "assessor": r[2],
            "assessed_on": r[3],
            "framework_id": r[4],
            "framework_version": r[5],
            "summary": r[6],
            "recorded_at": r[7],
            "scores": [
                {"factor_id": f, "score": s, "evidence": e}
                for f, s, e in self.conn.execute(
                    "SELECT factor_id, score, evidence FROM assessment_scores "
                    "WHERE assessment_id = ? ORDER BY factor_id",
                    (r[0],),
                )
            ],
        }

    def _action(self, r: Sequence[Any]) -> Record:
        return {
            "type": "action",
            "id": r[0],
            "case_id": r[1],
            "description": r[2],
            "agency": r[3],
            "owner": r[4],
            "due_date": r[5],
            "status": r[6],
            "created_at": r[7],
            "updates": [
                {"id": u[0], "at": u[1], "author": u[2], "status": u[3], "note": u[4]}
                for u in self.conn.execute(
                    "SELECT id, at, author, status, note FROM action_updates "
                    "WHERE action_id = ? ORDER BY at, id",
                    (r[0],),
                )
            ],
        }


# Every table whose rows a global id names: a record type's, and action updates'.
_HOLDERS_SQL = (
    "WITH wanted(id) AS (SELECT value FROM json_each(?)) "
    + " UNION ALL ".join(
        f"SELECT x.id, '{kind}', NULL FROM wanted w JOIN {table} x ON x.id = w.id"
        for kind, table in TABLES.items()
    )
    + " UNION ALL SELECT x.id, 'action_update', x.action_id FROM wanted w "
    "JOIN action_updates x ON x.id = w.id"
)
_HOLDERS_OF_ONE_SQL = (
    " UNION ALL ".join(
        f"SELECT x.id, '{kind}', NULL FROM {table} x WHERE x.id = ?1"
        for kind, table in TABLES.items()
    )
    + " UNION ALL SELECT x.id, 'action_update', x.action_id FROM action_updates x "
    "WHERE x.id = ?1"
)

# Row readers: every SELECT names its table `x` so one WHERE clause fits them all.
_LINK_SQL = "SELECT x.id, x.person_id, x.other_id, x.relationship FROM person_links x"
_ITEM_SQL = (
    "SELECT x.id, x.case_id, x.agency, x.author, x.item_date, x.text, x.source_grade, "
    "x.information_grade, x.marking, x.caveats, x.supersedes, x.recorded_by, x.recorded_at "
    "FROM items x"
)
_ENTRY_SQL = (
    "SELECT x.id, x.case_id, x.event_date, x.summary, x.author, x.recorded_at "
    "FROM chronology_entries x"
)
_ASSESSMENT_SQL = (
    "SELECT x.id, x.case_id, x.assessor, x.assessed_on, x.framework_id, x.framework_version, "
    "x.summary, x.recorded_at FROM assessments x"
)
_ACTION_SQL = (
    "SELECT x.id, x.case_id, x.description, x.agency, x.owner, x.due_date, x.status, "
    "x.created_at FROM actions x"
)
_ATTACHMENT_SQL = (
    "SELECT x.id, x.case_id, x.name, x.media_type, x.size, x.sha256, x.added_by, x.added_at "
    "FROM attachments x"
)


def _link(r: Sequence[Any]) -> Record:
    return {
        "type": "person_link",
        "id": r[0],
        "person_id": r[1],
        "other_id": r[2],
        "relationship": r[3],
    }


_MARKINGS = {m.value: m for m in Marking}


def _marking(value: str) -> Marking:
    """Marking(value) without the enum's call machinery (an export reads one per item)."""
    found = _MARKINGS.get(value)
    return found if found is not None else Marking(value)


def _caveats(text: str) -> list[str]:
    """An item's caveats as stored (a JSON list; most items have none: not parsed then, as
    an export reads every item twice, for its handling and for the bundle)."""
    return [] if text == "[]" else list(json.loads(text))


def _item(r: Sequence[Any]) -> Record:
    return {
        "type": "item",
        "id": r[0],
        "case_id": r[1],
        "agency": r[2],
        "author": r[3],
        "item_date": r[4],
        "text": r[5],
        "source_grade": r[6],
        "information_grade": r[7],
        "marking": r[8],
        "caveats": _caveats(r[9]),
        "supersedes": r[10],
        "recorded_by": r[11],
        "recorded_at": r[12],
    }


def _entry(r: Sequence[Any]) -> Record:
    return {
        "type": "chronology_entry",
        "id": r[0],
        "case_id": r[1],
        "event_date": r[2],
        "summary": r[3],
        "author": r[4],
        "recorded_at": r[5],
    }


def _attachment(r: Sequence[Any]) -> Record:
    return {
        "type": "attachment",
        "id": r[0],
        "case_id": r[1],
        "name": r[2],
        "media_type": r[3],
        "size": r[4],
        "sha256": r[5],
        "added_by": r[6],
        "added_at": r[7],
    }
