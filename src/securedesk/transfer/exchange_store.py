"""The SQL of transfer bundles' records: a case's records read whole by global id, and
records written with the ids, values and provenance they arrived with.

Each reader returns a record as a plain JSON-able dict in the bundle's shape (see
`securedesk.transfer.records`); writers take such dicts after they were validated. Local
bookkeeping (created/updated times, the search text, `is_child`, the case's overall marking)
is kept out of the records and maintained here, as `CaseStore`'s insert paths do.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection

Record = dict[str, Any]

# How many records one query reads: a case may hold thousands of items.
BATCH = 200

_RANK_SQL = "CASE {0} WHEN 'SECRET' THEN 3 WHEN 'OFFICIAL-SENSITIVE' THEN 2 ELSE 1 END"

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


def _search_text(rec: Record) -> str:
    parts = [rec["given_name"], rec["family_name"], *rec["aliases"]]
    parts += [i["value"] for i in rec["identifiers"]]
    return " ".join(p for p in parts if p)


class ExchangeStore:
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

    # -- writing records with the ids they arrived with -----------------------------------

    def insert_person(self, rec: Record, now: str) -> None:
        self.conn.execute(
            "INSERT INTO people (id, given_name, family_name, date_of_birth, created_at, "
            "updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["given_name"],
                rec["family_name"],
                rec["date_of_birth"],
                now,
                now,
                _search_text(rec),
            ),
        )
        self._person_lists(rec)

    def update_person(self, rec: Record, now: str) -> None:
        """Replace a person's details; the search index follows `search_text` by trigger, and
        the child flag of every case with this subject is worked out again."""
        pid = rec["id"]
        self.conn.execute(
            "UPDATE people SET given_name = ?, family_name = ?, date_of_birth = ?, "
            "updated_at = ?, search_text = ? WHERE id = ?",
            (
                rec["given_name"],
                rec["family_name"],
                rec["date_of_birth"],
                now,
                _search_text(rec),
                pid,
            ),
        )
        for table in ("person_aliases", "person_identifiers", "person_addresses"):
            self.conn.execute(f"DELETE FROM {table} WHERE person_id = ?", (pid,))
        self._person_lists(rec)
        for (case_id,) in self.conn.execute(
            "SELECT case_id FROM case_subjects WHERE person_id = ?", (pid,)
        ).fetchall():
            self._refresh_is_child(str(case_id))

    def _person_lists(self, rec: Record) -> None:
        pid = rec["id"]
        self.conn.executemany(
            "INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)",
            [(pid, a) for a in rec["aliases"]],
        )
        self.conn.executemany(
            "INSERT INTO person_identifiers (person_id, kind, value) VALUES (?, ?, ?)",
            [(pid, i["kind"], i["value"]) for i in rec["identifiers"]],
        )
        self.conn.executemany(
            "INSERT INTO person_addresses (person_id, position, address) VALUES (?, ?, ?)",
            [(pid, n, a) for n, a in enumerate(rec["addresses"])],
        )

    def insert_link(self, rec: Record) -> None:
        self.conn.execute(
            "INSERT INTO person_links (id, person_id, other_id, relationship) VALUES (?, ?, ?, ?)",
            (rec["id"], rec["person_id"], rec["other_id"], rec["relationship"]),
        )

    def insert_case(self, rec: Record, now: str) -> None:
        """`rec` holds the local ref and owner already. The case's overall marking starts at
        its record's marking and rises with the items imported into it."""
        self.conn.execute(
            "INSERT INTO cases (id, ref, referral_source, referral_date, owner, marking, "
            "record_marking, status, closing_reason, consent, consent_note, next_review, "
            "retention_review, is_child, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
            (
                rec["id"],
                rec["ref"],
                rec["referral_source"],
                rec["referral_date"],
                rec["owner"],
                rec["record_marking"],
                rec["record_marking"],
                rec["status"],
                rec["closing_reason"],
                rec["consent"],
                rec["consent_note"],
                rec["next_review"],
                rec["retention_review"],
                now,
                now,
            ),
        )
        self._set_subjects(rec)

    def update_case(self, rec: Record, now: str) -> None:
        """Everything but the id and the (local) ref; the overall marking is worked out again
        from the record's marking and the items held here."""
        self.conn.execute(
            "UPDATE cases SET referral_source = ?, referral_date = ?, owner = ?, "
            "record_marking = ?, status = ?, closing_reason = ?, consent = ?, consent_note = ?, "
            "next_review = ?, retention_review = ?, updated_at = ? WHERE id = ?",
            (
                rec["referral_source"],
                rec["referral_date"],
                rec["owner"],
                rec["record_marking"],
                rec["status"],
                rec["closing_reason"],
                rec["consent"],
                rec["consent_note"],
                rec["next_review"],
                rec["retention_review"],
                now,
                rec["id"],
            ),
        )
        self.conn.execute("DELETE FROM case_subjects WHERE case_id = ?", (rec["id"],))
        self._set_subjects(rec)
        highest = self.conn.execute(
            f"SELECT max({_RANK_SQL.format('marking')}) FROM items WHERE case_id = ?",
            (rec["id"],),
        ).fetchone()[0]
        marking = Marking(rec["record_marking"])
        if highest is not None and int(highest) > marking.rank:
            marking = next(m for m in Marking if m.rank == int(highest))
        self.conn.execute("UPDATE cases SET marking = ? WHERE id = ?", (marking.value, rec["id"]))

    def _set_subjects(self, rec: Record) -> None:
        self.conn.executemany(
            "INSERT INTO case_subjects (case_id, person_id, position) VALUES (?, ?, ?)",
            [(rec["id"], pid, n) for n, pid in enumerate(rec["subject_ids"])],
        )
        self._refresh_is_child(rec["id"])

    def _refresh_is_child(self, case_id: str) -> None:
        """The same rule as `CaseStore.add_case`: a subject under 18 on the referral date."""
        row = self.conn.execute(
            "SELECT referral_date FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        referral = date.fromisoformat(row[0])
        is_child = any(
            Person("", "", date.fromisoformat(dob)).is_child_on(referral)
            for (dob,) in self.conn.execute(
                "SELECT p.date_of_birth FROM case_subjects cs JOIN people p ON p.id = cs.person_id "
                "WHERE cs.case_id = ? AND p.date_of_birth IS NOT NULL",
                (case_id,),
            )
        )
        self.conn.execute(
            "UPDATE cases SET is_child = ? WHERE id = ? AND is_child <> ?",
            (int(is_child), case_id, int(is_child)),
        )

    def insert_item(self, rec: Record) -> None:
        """Items are append-only: inserted, never updated."""
        self.conn.execute(
            "INSERT INTO items (id, case_id, agency, author, item_date, text, source_grade, "
            "information_grade, marking, caveats, supersedes, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["agency"],
                rec["author"],
                rec["item_date"],
                rec["text"],
                rec["source_grade"],
                rec["information_grade"],
                rec["marking"],
                json.dumps(rec["caveats"]),
                rec["supersedes"],
                rec["recorded_by"],
                rec["recorded_at"],
            ),
        )

    def case_marking(self, case_id: str) -> Marking | None:
        """The case's overall marking: the highest of its record's and its items'."""
        row = self.conn.execute("SELECT marking FROM cases WHERE id = ?", (case_id,)).fetchone()
        return Marking(row[0]) if row else None

    def set_case_marking(self, case_id: str, marking: Marking, now: str) -> None:
        self.conn.execute(
            "UPDATE cases SET marking = ?, updated_at = ? WHERE id = ?",
            (marking.value, now, case_id),
        )

    def insert_entry(self, rec: Record) -> None:
        self.conn.execute(
            "INSERT INTO chronology_entries (id, case_id, event_date, summary, author, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["event_date"],
                rec["summary"],
                rec["author"],
                rec["recorded_at"],
            ),
        )

    def insert_assessment(self, rec: Record) -> None:
        self.conn.execute(
            "INSERT INTO assessments (id, case_id, assessor, assessed_on, framework_id, "
            "framework_version, summary, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["assessor"],
                rec["assessed_on"],
                rec["framework_id"],
                rec["framework_version"],
                rec["summary"],
                rec["recorded_at"],
            ),
        )
        self.conn.executemany(
            "INSERT INTO assessment_scores (assessment_id, factor_id, score, evidence) "
            "VALUES (?, ?, ?, ?)",
            [(rec["id"], s["factor_id"], s["score"], s["evidence"]) for s in rec["scores"]],
        )

    def insert_action(self, rec: Record, now: str) -> None:
        self.conn.execute(
            "INSERT INTO actions (id, case_id, description, agency, owner, due_date, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["description"],
                rec["agency"],
                rec["owner"],
                rec["due_date"],
                rec["status"],
                rec["created_at"],
                now,
            ),
        )
        self._add_updates(rec["id"], rec["updates"])

    def update_action(self, rec: Record, new_updates: Sequence[Record], now: str) -> None:
        """The action's details and status as sent, with the updates not yet held here
        appended (updates are never changed or removed)."""
        self.conn.execute(
            "UPDATE actions SET description = ?, agency = ?, owner = ?, due_date = ?, "
            "status = ?, created_at = ?, updated_at = ? WHERE id = ?",
            (
                rec["description"],
                rec["agency"],
                rec["owner"],
                rec["due_date"],
                rec["status"],
                rec["created_at"],
                now,
                rec["id"],
            ),
        )
        self._add_updates(rec["id"], new_updates)

    def _add_updates(self, action_id: str, updates: Sequence[Record]) -> None:
        self.conn.executemany(
            "INSERT INTO action_updates (id, action_id, at, author, status, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(u["id"], action_id, u["at"], u["author"], u["status"], u["note"]) for u in updates],
        )

    def action_update_ids(self, update_ids: Sequence[str]) -> set[str]:
        """Which of these action update ids are held here already (for any action)."""
        return {
            str(i)
            for (i,) in self.conn.execute(
                "SELECT id FROM action_updates WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(list(update_ids)),),
            )
        }

    def insert_attachment(self, rec: Record, data: bytes | None) -> None:
        """With `data` (empty while the bytes are still to come: see fill_attachment_data),
        or, given None, with the bytes of an attachment held here with the same SHA-256."""
        columns = "id, case_id, name, media_type, size, sha256, added_by, added_at"
        values = (
            rec["id"],
            rec["case_id"],
            rec["name"],
            rec["media_type"],
            rec["size"],
            rec["sha256"],
            rec["added_by"],
            rec["added_at"],
        )
        if data is not None:
            self.conn.execute(
                f"INSERT INTO attachments ({columns}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, data),
            )
        else:
            self.conn.execute(
                f"INSERT INTO attachments ({columns}, data) SELECT ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT data FROM attachments WHERE sha256 = ? AND length(data) = ? LIMIT 1)",
                (*values, rec["sha256"], rec["size"]),
            )

    def fill_attachment_data(self, attachment_ids: Sequence[str], data: bytes) -> None:
        self.conn.execute(
            "UPDATE attachments SET data = ? WHERE id IN (SELECT value FROM json_each(?))",
            (data, json.dumps(list(attachment_ids))),
        )

    # -- provenance and conflicts ---------------------------------------------------------

    def provenance_sha256(self, record_type: str, record_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT content_sha256 FROM record_provenance WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        return str(row[0]) if row else None

    def provenance(self, record_type: str, record_id: str) -> tuple[str, str, str, str] | None:
        """(bundle id, sender fingerprint, received at, content SHA-256) of the last import."""
        row = self.conn.execute(
            "SELECT bundle_id, sender_fingerprint, received_at, content_sha256 "
            "FROM record_provenance WHERE record_type = ? AND record_id = ?",
            (record_type, record_id),
        ).fetchone()
        return (str(row[0]), str(row[1]), str(row[2]), str(row[3])) if row else None

    def set_provenance(
        self,
        record_type: str,
        record_id: str,
        *,
        bundle_id: str,
        sender_fingerprint: str,
        received_at: str,
        content_sha256: str,
        new: bool = False,
    ) -> None:
        """Record where a record came from. `new`: the record was just created here, so it
        has no provenance yet and a plain INSERT will do (an upsert costs twice as much under
        SQLCipher's memory security, and an import writes one per record)."""
        values = (
            record_type,
            record_id,
            bundle_id,
            sender_fingerprint,
            received_at,
            content_sha256,
        )
        if new:
            self.conn.execute(
                "INSERT INTO record_provenance (record_type, record_id, bundle_id, "
                "sender_fingerprint, received_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?)",
                values,
            )
            return
        self.conn.execute(
            "INSERT INTO record_provenance (record_type, record_id, bundle_id, "
            "sender_fingerprint, received_at, content_sha256) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (record_type, record_id) DO UPDATE SET bundle_id = excluded.bundle_id, "
            "sender_fingerprint = excluded.sender_fingerprint, "
            "received_at = excluded.received_at, content_sha256 = excluded.content_sha256",
            values,
        )

    def add_conflict(
        self,
        conflict_id: str,
        *,
        bundle_id: str,
        record_type: str,
        record_id: str,
        incoming: str,
        detected_at: str,
    ) -> None:
        self.conn.execute(
            "INSERT INTO import_conflicts (id, bundle_id, record_type, record_id, incoming, "
            "detected_at) VALUES (?, ?, ?, ?, ?, ?)",
            (conflict_id, bundle_id, record_type, record_id, incoming, detected_at),
        )

    def conflicts_for(self, record_type: str, record_id: str) -> list[tuple[str, str, str]]:
        """(bundle id, incoming record as JSON, detected at) of unresolved conflicts."""
        return [
            (str(b), str(i), str(d))
            for b, i, d in self.conn.execute(
                "SELECT bundle_id, incoming, detected_at FROM import_conflicts "
                "WHERE record_type = ? AND record_id = ? AND resolved_at IS NULL "
                "ORDER BY detected_at, id",
                (record_type, record_id),
            )
        ]

    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit rather than at each statement, for the rest of the
        current transaction only (SQLite turns this off again at its end)."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    def bundle_recorded(self, bundle_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM incoming_bundles WHERE bundle_id = ?", (bundle_id,)
        ).fetchone()
        return row is not None


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
        "caveats": list(json.loads(r[9])),
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


@contextmanager
def item_search_index_deferred(conn: Connection) -> Iterator[None]:
    """Inside the caller's transaction: index newly inserted items for search in one
    statement at the end instead of one trigger run per item.

    Under SQLCipher's memory security a per-row full-text insert costs ~0.6 ms; one
    INSERT ... SELECT over the same rows costs a few percent of that. The trigger is dropped
    and re-created from its own stored text inside the same transaction, so a crash or an
    error restores it with everything else.
    """
    if not conn.in_transaction:
        raise ValueError("the search index is deferred only inside a transaction")
    row = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'items_fts_insert'"
    ).fetchone()
    if row is None:
        raise ValueError("the items search trigger is missing")
    top = conn.execute("SELECT coalesce(max(rowid), 0) FROM items").fetchone()[0]
    conn.execute("DROP TRIGGER items_fts_insert")
    yield
    conn.execute(
        "INSERT INTO items_fts (rowid, agency, text) SELECT rowid, agency, text FROM items "
        "WHERE rowid > ?",
        (top,),
    )
    conn.execute(row[0])


@dataclass(frozen=True)
class ImportConflict:
    """An incoming version set aside because the local record had been edited."""

    id: str
    bundle_id: str
    record_type: str
    record_id: str
    case_ref: str  # the local case the record belongs to ("" if it cannot be told)
    detected_at: str
    resolved_at: str | None
    resolved_by: str | None


def list_conflicts(conn: Connection, *, include_resolved: bool = False) -> list[ImportConflict]:
    """Conflicts, oldest first, with the case each belongs to; never the incoming content."""
    rows = conn.execute(
        "SELECT x.id, x.bundle_id, x.record_type, x.record_id, coalesce(c.ref, ''), "
        "x.detected_at, x.resolved_at, x.resolved_by FROM import_conflicts x "
        "LEFT JOIN cases c ON c.id = CASE WHEN x.record_type = 'case' THEN x.record_id "
        "ELSE json_extract(x.incoming, '$.case_id') END "
        "WHERE ? OR x.resolved_at IS NULL ORDER BY x.detected_at, x.id",
        (int(include_resolved),),
    ).fetchall()
    return [ImportConflict(*r) for r in rows]


def resolve_conflict(conn: Connection, conflict_id: str, user: str, at: str) -> bool:
    """Mark a conflict settled in favour of the local record; False if none was open."""
    cursor = conn.execute(
        "UPDATE import_conflicts SET resolved_at = ?, resolved_by = ? "
        "WHERE id = ? AND resolved_at IS NULL",
        (at, user, conflict_id),
    )
    return int(cursor.rowcount) == 1
