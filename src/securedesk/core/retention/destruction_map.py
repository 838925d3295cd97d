"""What goes when a case is destroyed: every table of the vault, and how it relates to a case.

Destruction removes the case and everything that exists only for it. Rather than a list of
DELETE statements that a new table would silently escape, every table in the schema is
classified here (`TABLES`), and tests/core/test_destruction_map.py fails while any table in
sqlite_master is not: whoever adds a table says what destruction does to it.

How a table relates to a case:

- `ByCase(column)`: its rows whose `column` holds the case's id go (items, minutes, ...).
- `ByRecord(column, record_type)`: its rows whose `column` holds the id of a record the case
  destroys go (an action's updates, an assessment's scores, a destroyed person's aliases).
- `ByRecordRef(type_column, id_column)`: rows naming a destroyed record by (type, id) go
  (provenance of imported records, import conflicts).
- `Follows(table)`: a full-text index kept in step with its table by triggers (and its
  shadow tables). Migration 17 turns on FTS5 secure-delete for every other delete;
  destruction instead leaves delete markers and then merges each index into one segment
  ('optimize'), which drops the deleted entries, so no term of a destroyed row stays.
- `Kept(why)`: not the case's content, or kept on purpose (the audit chain, the copy
  register's copy numbers and status, the register itself).

The records a case destroys (`RECORDS`) are found first, into a temporary in-memory table,
then every classified table is deleted from, foreign keys deferred to the commit. People go
only when they are in no other case: a subject of this case alone, and a person in no case
linked only to people who go (a relative recorded for this case, and that relative's own
relatives, through any number of links).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class ByCase:
    column: str = "case_id"


@dataclass(frozen=True)
class ByRecord:
    column: str
    record_type: str


@dataclass(frozen=True)
class ByRecordRef:
    type_column: str = "record_type"
    id_column: str = "record_id"


@dataclass(frozen=True)
class Follows:
    table: str


@dataclass(frozen=True)
class Kept:
    why: str


Relation: TypeAlias = ByCase | ByRecord | ByRecordRef | Follows | Kept

# The records of one case, by the record types bundles and provenance use (transfer/records.py),
# each found by a query of the case id (:case) that names its column `id`. People linked
# only to them, and their links, are found afterwards.
RECORDS: dict[str, str] = {
    "case": "SELECT id FROM cases WHERE id = :case",
    "item": "SELECT id FROM items WHERE case_id = :case",
    "chronology_entry": "SELECT id FROM chronology_entries WHERE case_id = :case",
    "assessment": "SELECT id FROM assessments WHERE case_id = :case",
    "action": "SELECT id FROM actions WHERE case_id = :case",
    "action_update": "SELECT u.id AS id FROM action_updates u JOIN actions a ON a.id = u.action_id "
    "WHERE a.case_id = :case",
    "attachment": "SELECT id FROM attachments WHERE case_id = :case",
    # Subjects of this case who are subjects of no other.
    "person": "SELECT s.person_id AS id FROM case_subjects s WHERE s.case_id = :case "
    "AND NOT EXISTS (SELECT 1 FROM case_subjects o WHERE o.person_id = s.person_id "
    "AND o.case_id <> :case)",
}

# People linked to a person who goes, or to one of these, who are a subject of no case: the
# candidates to go with the case (a relative, a relative's partner recorded for it), found
# through any number of links. A candidate stays if linked to anyone who stays; removing it
# can make another stay in turn, so the pruning repeats until nothing changes (`_collect`).
_GOING = """(SELECT record_id FROM temp.erasure_records WHERE record_type = 'person'
            UNION SELECT person_id FROM temp.erasure_candidates)"""

_NEXT_CANDIDATES = f"""
INSERT OR IGNORE INTO temp.erasure_candidates (person_id)
SELECT DISTINCT l.other FROM (
    SELECT other_id AS other, person_id AS via FROM person_links
    UNION ALL
    SELECT person_id AS other, other_id AS via FROM person_links
) l
WHERE l.via IN {_GOING}
  AND l.other NOT IN {_GOING}
  AND NOT EXISTS (SELECT 1 FROM case_subjects s WHERE s.person_id = l.other)
"""

_PRUNE_CANDIDATES = f"""
DELETE FROM temp.erasure_candidates WHERE EXISTS (
    SELECT 1 FROM person_links k
     WHERE (k.person_id = erasure_candidates.person_id AND k.other_id NOT IN {_GOING})
        OR (k.other_id = erasure_candidates.person_id AND k.person_id NOT IN {_GOING}))
"""

_LINKS_OF_PEOPLE_WHO_GO = """
SELECT id FROM person_links
 WHERE person_id IN (SELECT record_id FROM temp.erasure_records WHERE record_type = 'person')
    OR other_id IN (SELECT record_id FROM temp.erasure_records WHERE record_type = 'person')
"""


def _fts(name: str, table: str) -> dict[str, Relation]:
    """A full-text index and its four shadow tables."""
    return {
        name: Follows(table),
        **{f"{name}_{shadow}": Follows(table) for shadow in ("config", "data", "docsize", "idx")},
    }


FTS_INDEXES = ("cases_fts", "people_fts", "items_fts")

TABLES: dict[str, Relation] = {
    # the case and what it holds
    "cases": ByCase("id"),
    "case_subjects": ByCase(),
    "items": ByCase(),
    "chronology_entries": ByCase(),
    "actions": ByCase(),
    "action_updates": ByRecord("action_id", "action"),
    "assessments": ByCase(),
    "assessment_scores": ByRecord("assessment_id", "assessment"),
    "attachments": ByCase(),
    "retention_keeps": ByCase(),
    "retention_proposals": ByCase(),
    # meetings: the case's agenda entry, minutes and their history, what was sought, actions
    "meeting_agenda": ByCase(),
    "meeting_minutes": ByCase(),
    "meeting_minutes_history": ByCase(),
    "meeting_decisions_sought": ByCase(),
    "meeting_actions": ByCase(),
    # people in no other case
    "people": ByRecord("id", "person"),
    "person_aliases": ByRecord("person_id", "person"),
    "person_identifiers": ByRecord("person_id", "person"),
    "person_addresses": ByRecord("person_id", "person"),
    "person_links": ByRecord("id", "person_link"),
    # a merge of two records of a person who goes (the merged record goes too: _collect)
    "person_merges": ByRecord("kept_id", "person"),
    # the case's stages (issue 11's reporting; its own trigger also clears them)
    "case_status_history": ByCase(),
    # consent, owner, marking and review-date history (issue 11's case record)
    "case_record_history": ByCase(),
    # where imported records came from, and versions set aside
    "record_provenance": ByRecordRef(),
    "import_conflicts": ByRecordRef(),
    # search indexes
    **_fts("cases_fts", "cases"),
    **_fts("people_fts", "people"),
    **_fts("items_fts", "items"),
    # kept
    "meetings": Kept("a meeting discussed other cases too; its agenda entry for the case goes"),
    "meeting_members": Kept("panel members, not the case's people"),
    "issued_copies": Kept(
        "the copy register keeps copy numbers and status; the copy's link to the case was "
        "its meeting's agenda entry, which goes"
    ),
    "outgoing_bundles": Kept("bundles sent: ids and counts only, as the audit chain keeps"),
    "incoming_bundles": Kept("bundles received: ids and counts only"),
    "bundle_receipts": Kept("receipts: bundle ids and outcomes"),
    "partner_checkpoints": Kept("partners' signed audit heads"),
    "audit_events": Kept("the audit chain refers to cases by reference and id only"),
    "audit_mac_state": Kept("the audit chain's MAC key"),
    "audit_key_seals": Kept("the audit chain's sealed keys"),
    "destruction_register": Kept("the register of what was destroyed: no personal data"),
    "erasure_in_progress": Kept("marks the case being destroyed, inside the transaction"),
    "users": Kept("user accounts"),
    "user_roles": Kept("user accounts"),
    "policy": Kept("settings"),
    "vault_info": Kept("settings"),
    "terminal_identity": Kept("this terminal's keys"),
    "trusted_terminals": Kept("partner terminals"),
    "backup_recipients": Kept("backup recipients' public keys"),
    "backup_history": Kept("backups made: ids, sizes, digests"),
}

# Tables with a case_id column that are nonetheless kept, and why that is right.
KEPT_WITH_CASE_ID = frozenset({"destruction_register", "erasure_in_progress"})


def unclassified(conn: Connection) -> list[str]:
    """Tables in the schema that TABLES does not classify (empty when complete)."""
    return sorted(set(schema_tables(conn)) - set(TABLES))


def schema_tables(conn: Connection) -> list[str]:
    return [
        str(r[0])
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
            "ORDER BY name"
        )
    ]


def _collect(conn: Connection, case_id: str) -> None:
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS erasure_records (record_type TEXT NOT NULL, "
        "record_id TEXT NOT NULL, PRIMARY KEY (record_type, record_id)) WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.erasure_records")
    for record_type, query in RECORDS.items():
        conn.execute(
            "INSERT OR IGNORE INTO temp.erasure_records (record_type, record_id) "
            f"SELECT :type, x.id FROM ({query}) x",
            {"case": case_id, "type": record_type},
        )
    conn.execute(
        "CREATE TEMP TABLE IF NOT EXISTS erasure_candidates (person_id TEXT PRIMARY KEY) "
        "WITHOUT ROWID"
    )
    conn.execute("DELETE FROM temp.erasure_candidates")
    while conn.execute(_NEXT_CANDIDATES).rowcount:
        pass
    while conn.execute(_PRUNE_CANDIDATES).rowcount:
        pass
    conn.execute(
        "INSERT OR IGNORE INTO temp.erasure_records (record_type, record_id) "
        "SELECT 'person', person_id FROM temp.erasure_candidates"
    )
    conn.execute("DELETE FROM temp.erasure_candidates")
    if "merged_into" in _columns(conn, "people"):
        # A record merged into a person who goes held that person's old names: it goes too.
        conn.execute(
            "INSERT OR IGNORE INTO temp.erasure_records (record_type, record_id) "
            "SELECT 'person', id FROM people WHERE merged_into IN (SELECT record_id "
            "FROM temp.erasure_records WHERE record_type = 'person')"
        )
    conn.execute(
        "INSERT OR IGNORE INTO temp.erasure_records (record_type, record_id) "
        f"SELECT 'person_link', id FROM ({_LINKS_OF_PEOPLE_WHO_GO})"
    )


def _columns(conn: Connection, table: str) -> set[str]:
    return {str(r[1]) for r in conn.execute(f"PRAGMA table_info({table})")}


def destroy(conn: Connection, case_id: str) -> dict[str, int]:
    """Delete the case and everything that exists only for it, inside the caller's
    transaction; returns the rows deleted per table (tables with none left out)."""
    present = set(schema_tables(conn))
    missing = sorted(present - set(TABLES))  # unclassified(), from the list read once
    if missing:
        raise RuntimeError(f"tables not classified for destruction: {', '.join(missing)}")
    conn.execute("PRAGMA defer_foreign_keys = ON")
    _collect(conn, case_id)
    conn.execute("INSERT OR IGNORE INTO erasure_in_progress (case_id) VALUES (?)", (case_id,))
    indexes = sorted(t for t in FTS_INDEXES if t in present)
    # Deleting thousands of rows with FTS5's secure-delete on rewrites index leaves row by
    # row (measured: 8.5 s for a case of 10,000 items); delete markers and one 'optimize'
    # (every segment merged into one, deleted entries dropped, old pages freed and zeroed by
    # secure_delete) leave the same nothing in 0.4 s. Secure-delete is back on after.
    for index in indexes:
        conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 0)")
    counts: dict[str, int] = {}
    for table, relation in TABLES.items():
        if table not in present:  # classified ahead of the migration that makes it
            continue
        deleted = _delete(conn, table, relation, case_id)
        if deleted:
            counts[table] = deleted
    for index in indexes:
        conn.execute(f"INSERT INTO {index}({index}) VALUES ('optimize')")
        conn.execute(f"INSERT INTO {index}({index}, rank) VALUES ('secure-delete', 1)")
    conn.execute("DELETE FROM erasure_in_progress WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM temp.erasure_records")
    return counts


def _delete(conn: Connection, table: str, relation: Relation, case_id: str) -> int:
    if isinstance(relation, ByCase):
        sql = f"DELETE FROM {table} WHERE {relation.column} = ?"
        return int(conn.execute(sql, (case_id,)).rowcount)
    if isinstance(relation, ByRecord):
        sql = (
            f"DELETE FROM {table} WHERE {relation.column} IN "
            "(SELECT record_id FROM temp.erasure_records WHERE record_type = ?)"
        )
        return int(conn.execute(sql, (relation.record_type,)).rowcount)
    if isinstance(relation, ByRecordRef):
        sql = (
            f"DELETE FROM {table} WHERE ({relation.type_column}, {relation.id_column}) IN "
            "(SELECT record_type, record_id FROM temp.erasure_records)"
        )
        return int(conn.execute(sql).rowcount)
    return 0  # Follows (triggers keep the index in step) and Kept
