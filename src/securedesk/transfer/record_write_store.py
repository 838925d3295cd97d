"""The SQL that writes transfer bundles' records here with the ids, values and times they
arrived with, after they were validated.

Local bookkeeping (created/updated times, the search text, `is_child`, the case's overall
marking) is maintained here, as `CaseStore`'s insert paths do.

Items, chronology entries, assessments and attachments, which never change once written,
carry the id of the bundle that brought them (`import_bundle_id`, migration 19): that is their
provenance. Items, most of a bundle, are written in batches (`executemany`): held back until
ITEM_BATCH of them wait, or until any other statement of this store runs (`flush`), so that
whatever is read or written next sees them.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date

import sqlcipher3

from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection
from securedesk.transfer.record_read_store import Record

_RANK_SQL = "CASE {0} WHEN 'SECRET' THEN 3 WHEN 'OFFICIAL-SENSITIVE' THEN 2 ELSE 1 END"

ITEM_BATCH = 500  # items held back before one executemany writes them
_ITEM_INSERT = (
    "INSERT INTO items (id, case_id, agency, author, item_date, text, source_grade, "
    "information_grade, marking, caveats, supersedes, recorded_by, recorded_at, "
    "import_bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class ItemNotStored(Exception):
    """An item of a batch broke a constraint of the vault: `record_id` and the caller's
    `tag` (where the record was in the bundle) name it. The batch is undone; the caller's
    transaction rolls back the rest."""

    def __init__(self, record_id: str, tag: object) -> None:
        super().__init__(record_id)
        self.record_id = record_id
        self.tag = tag


def _search_text(rec: Record) -> str:
    parts = [rec["given_name"], rec["family_name"], *rec["aliases"]]
    parts += [i["value"] for i in rec["identifiers"]]
    return " ".join(p for p in parts if p)


class RecordWriteStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._items: list[tuple[object, ...]] = []
        self._item_tags: list[object] = []

    def flush(self) -> None:
        """Write the items held back, in the order they came (a correction after the item it
        supersedes). ItemNotStored names the first that fails."""
        if not self._items:
            return
        rows, tags = self._items, self._item_tags
        self._items, self._item_tags = [], []
        self.conn.execute("SAVEPOINT item_batch")
        try:
            self.conn.executemany(_ITEM_INSERT, rows)
        except sqlcipher3.IntegrityError:
            # Which one: the batch undone, then row by row up to the first that fails.
            self.conn.execute("ROLLBACK TO item_batch")
            for row, tag in zip(rows, tags, strict=True):
                try:
                    self.conn.execute(_ITEM_INSERT, row)
                except sqlcipher3.IntegrityError as exc:
                    raise ItemNotStored(str(row[0]), tag) from exc
            raise
        finally:
            self.conn.execute("RELEASE item_batch")

    def defer_foreign_keys(self) -> None:
        """Check foreign keys at commit rather than at each statement, for the rest of the
        current transaction only (SQLite turns this off again at its end)."""
        self.conn.execute("PRAGMA defer_foreign_keys = ON")

    # -- writing records with the ids they arrived with -----------------------------------

    def insert_person(self, rec: Record, now: str) -> None:
        self.flush()
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
        self.flush()
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
        self.flush()
        self.conn.execute(
            "INSERT INTO person_links (id, person_id, other_id, relationship) VALUES (?, ?, ?, ?)",
            (rec["id"], rec["person_id"], rec["other_id"], rec["relationship"]),
        )

    def insert_case(self, rec: Record, now: str) -> None:
        """`rec` holds the local ref and owner already. The case's overall marking starts at
        its record's marking and rises with the items imported into it."""
        self.flush()
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
        self.flush()
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

    def insert_item(self, rec: Record, bundle_id: str | None, tag: object = None) -> None:
        """Items are append-only: inserted, never updated. Held back for a batch (see
        `flush`); `tag` names the record if it fails."""
        self._items.append(
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
                bundle_id,
            )
        )
        self._item_tags.append(tag)
        if len(self._items) >= ITEM_BATCH:
            self.flush()

    def case_marking(self, case_id: str) -> Marking | None:
        """The case's overall marking: the highest of its record's and its items'."""
        row = self.conn.execute("SELECT marking FROM cases WHERE id = ?", (case_id,)).fetchone()
        return Marking(row[0]) if row else None

    def set_case_marking(self, case_id: str, marking: Marking, now: str) -> None:
        self.flush()
        self.conn.execute(
            "UPDATE cases SET marking = ?, updated_at = ? WHERE id = ?",
            (marking.value, now, case_id),
        )

    def insert_entry(self, rec: Record, bundle_id: str | None) -> None:
        self.flush()
        self.conn.execute(
            "INSERT INTO chronology_entries (id, case_id, event_date, summary, author, "
            "recorded_at, import_bundle_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["event_date"],
                rec["summary"],
                rec["author"],
                rec["recorded_at"],
                bundle_id,
            ),
        )

    def insert_assessment(self, rec: Record, bundle_id: str | None) -> None:
        self.flush()
        self.conn.execute(
            "INSERT INTO assessments (id, case_id, assessor, assessed_on, framework_id, "
            "framework_version, summary, recorded_at, import_bundle_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                rec["id"],
                rec["case_id"],
                rec["assessor"],
                rec["assessed_on"],
                rec["framework_id"],
                rec["framework_version"],
                rec["summary"],
                rec["recorded_at"],
                bundle_id,
            ),
        )
        self.conn.executemany(
            "INSERT INTO assessment_scores (assessment_id, factor_id, score, evidence) "
            "VALUES (?, ?, ?, ?)",
            [(rec["id"], s["factor_id"], s["score"], s["evidence"]) for s in rec["scores"]],
        )

    def insert_action(self, rec: Record, now: str) -> None:
        self.flush()
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
        self.flush()
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

    def insert_attachment(self, rec: Record, data: bytes | None, bundle_id: str | None) -> None:
        """With `data` (empty while the bytes are still to come: see fill_attachment_data),
        or, given None, with the bytes of an attachment held here with the same SHA-256."""
        self.flush()
        columns = (
            "id, case_id, name, media_type, size, sha256, added_by, added_at, import_bundle_id"
        )
        values = (
            rec["id"],
            rec["case_id"],
            rec["name"],
            rec["media_type"],
            rec["size"],
            rec["sha256"],
            rec["added_by"],
            rec["added_at"],
            bundle_id,
        )
        if data is not None:
            self.conn.execute(
                f"INSERT INTO attachments ({columns}, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*values, data),
            )
        else:
            self.conn.execute(
                f"INSERT INTO attachments ({columns}, data) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "(SELECT data FROM attachments WHERE sha256 = ? AND length(data) = ? LIMIT 1)",
                (*values, rec["sha256"], rec["size"]),
            )

    def fill_attachment_data(self, attachment_ids: Sequence[str], data: bytes) -> None:
        self.flush()
        self.conn.execute(
            "UPDATE attachments SET data = ? WHERE id IN (SELECT value FROM json_each(?))",
            (data, json.dumps(list(attachment_ids))),
        )


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
