"""The storage API: every SQL statement the application runs on case data lives here.

The store knows nothing of users' rights or the audit log; `session.Session` composes it
with those. Keeping SQL behind this one class is what would let a larger installation move
to a database server without touching the rest of the program.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from securedesk.core.access import Role
from securedesk.core.domain import (
    Action,
    ActionStatus,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    FactorScore,
    Identifier,
    InformationItem,
    Meeting,
    MeetingMember,
    Person,
    PersonLink,
)
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.markings import Marking
from securedesk.core.meetings.copy_register import CopyStatus, IssuedCopy, PackVariant
from securedesk.core.vault.database import Connection


def _d(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# --- rows the store returns ----------------------------------------------------------


@dataclass(frozen=True)
class UserRecord:
    name: str
    display_name: str
    clearance: Marking
    roles: frozenset[Role]
    disabled: bool
    must_change_passphrase: bool
    created_at: str


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: str
    ref: str
    subjects: str
    status: CaseStatus
    marking: Marking
    owner: str
    next_review: date | None
    is_child: bool
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ref": self.ref,
            "subjects": self.subjects,
            "status": self.status.value,
            "marking": self.marking.value,
            "owner": self.owner,
            "next_review": _d(self.next_review),
            "child": self.is_child,
            "updated_at": self.updated_at,
        }


SORT_COLUMNS = {
    "ref": "c.ref",
    "status": "c.status",
    "owner": "c.owner",
    "next_review": "c.next_review",
    "updated": "c.updated_at",
    "marking": "c.marking_rank",
    "child": "c.is_child",
}


@dataclass(frozen=True)
class CaseQuery:
    """Filters and order for the case list; all of it is done in SQL."""

    status: CaseStatus | None = None
    owner: str | None = None
    review_due_by: date | None = None
    marking: Marking | None = None
    child: bool | None = None
    open_only: bool = False
    max_marking: Marking | None = None  # leave out cases marked above this
    sort: str = "ref"
    descending: bool = False
    limit: int = 100
    offset: int = 0

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.status is not None:
            clauses.append("c.status = ?")
            params.append(self.status.value)
        if self.owner is not None:
            clauses.append("c.owner = ?")
            params.append(self.owner)
        if self.review_due_by is not None:
            clauses.append("c.next_review <= ?")
            params.append(self.review_due_by.isoformat())
        if self.marking is not None:
            clauses.append("c.marking = ?")
            params.append(self.marking.value)
        if self.child is not None:
            clauses.append("c.is_child = ?")
            params.append(1 if self.child else 0)
        if self.open_only:
            clauses.append("c.status <> 'closed'")
        # At SECRET, the highest marking, the clause filters nothing but would keep the
        # list indexes from serving the query (every counted row read and decrypted).
        if self.max_marking is not None and self.max_marking is not Marking.SECRET:
            clauses.append("c.marking_rank <= ?")
            params.append(self.max_marking.rank)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


@dataclass(frozen=True)
class StoredItem:
    item: InformationItem
    recorded_by: str
    recorded_at: str
    superseded_by: str | None


@dataclass(frozen=True)
class ChronologyRow:
    on: date
    kind: str  # item | entry | assessment | action | meeting
    summary: str
    source_id: str


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    ref: str
    subjects: str
    marking: Marking
    owner: str
    matched: tuple[str, ...]  # which kinds of record matched: case, person, item
    status: CaseStatus = CaseStatus.REFERRAL


@dataclass(frozen=True)
class Attachment:
    id: str
    case_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_by: str = ""
    added_at: str = ""


@dataclass
class CaseRecord:
    """A case with its subjects: what `get_case` returns."""

    case: Case
    subjects: list[Person] = field(default_factory=list)


_SUBJECTS_SQL = (
    "(SELECT group_concat(name, ', ') FROM (SELECT p.given_name || ' ' || p.family_name AS name "
    "FROM case_subjects cs JOIN people p ON p.id = cs.person_id "
    "WHERE cs.case_id = c.id ORDER BY cs.position))"
)
_CASE_ROW_COLUMNS = (
    f"c.id, c.ref, coalesce({_SUBJECTS_SQL}, ''), c.status, c.marking, c.owner, "
    "c.next_review, c.is_child, c.updated_at"
)


def _case_row(row: Sequence[Any]) -> CaseRow:
    return CaseRow(
        id=row[0],
        ref=row[1],
        subjects=row[2],
        status=CaseStatus(row[3]),
        marking=Marking(row[4]),
        owner=row[5],
        next_review=_date(row[6]),
        is_child=bool(row[7]),
        updated_at=row[8],
    )


_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TOKENS = 12


def fts_query(text: str, *, prefix_last: bool = True) -> str | None:
    """A safe FTS5 query from what a user typed: words only, each quoted, all required.

    Quotes, brackets, operators and column filters in the input are never interpreted,
    so any text can be searched without an error. The last word matches as a prefix, as
    the user may still be typing it.
    """
    tokens = _TOKEN.findall(text)[:MAX_QUERY_TOKENS]
    if not tokens:
        return None
    quoted = [f'"{t}"' for t in tokens]
    if prefix_last and len(tokens[-1]) >= 2:
        quoted[-1] += "*"
    return " ".join(quoted)


class CaseStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    # -- vault facts and policy -------------------------------------------------------

    def vault_info(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM vault_info").fetchall())

    def set_vault_info(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO vault_info (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    def policy(self) -> dict[str, str]:
        return dict(self.conn.execute("SELECT key, value FROM policy").fetchall())

    def set_policy(self, key: str, value: str) -> None:
        self.conn.execute(
            "INSERT INTO policy (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )

    # -- users ------------------------------------------------------------------------

    def add_user(
        self,
        name: str,
        display_name: str,
        clearance: Marking,
        roles: Iterable[Role],
        now: str,
        must_change_passphrase: bool = False,
    ) -> None:
        if self.conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone():
            raise InvalidInput(f"There is already a user '{name}'. Choose another name.")
        self.conn.execute(
            "INSERT INTO users (name, display_name, clearance, must_change_passphrase, "
            "created_at) VALUES (?, ?, ?, ?, ?)",
            (name, display_name, clearance.value, int(must_change_passphrase), now),
        )
        self.set_roles(name, roles)

    def set_roles(self, name: str, roles: Iterable[Role]) -> None:
        self.conn.execute("DELETE FROM user_roles WHERE user = ?", (name,))
        self.conn.executemany(
            "INSERT INTO user_roles (user, role) VALUES (?, ?)",
            [(name, r.value) for r in sorted(set(roles), key=lambda r: r.value)],
        )

    def set_clearance(self, name: str, clearance: Marking) -> None:
        self.conn.execute("UPDATE users SET clearance = ? WHERE name = ?", (clearance.value, name))

    def set_disabled(self, name: str, disabled: bool) -> None:
        self.conn.execute("UPDATE users SET disabled = ? WHERE name = ?", (int(disabled), name))

    def set_must_change_passphrase(self, name: str, value: bool) -> None:
        self.conn.execute(
            "UPDATE users SET must_change_passphrase = ? WHERE name = ?", (int(value), name)
        )

    def get_user(self, name: str) -> UserRecord:
        row = self.conn.execute(
            "SELECT name, display_name, clearance, disabled, must_change_passphrase, created_at "
            "FROM users WHERE name = ?",
            (name,),
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no user '{name}'. 'securedesk user list' shows them.")
        roles = frozenset(
            Role(r)
            for (r,) in self.conn.execute("SELECT role FROM user_roles WHERE user = ?", (name,))
        )
        return UserRecord(
            name=row[0],
            display_name=row[1],
            clearance=Marking(row[2]),
            roles=roles,
            disabled=bool(row[3]),
            must_change_passphrase=bool(row[4]),
            created_at=row[5],
        )

    def list_users(self) -> list[UserRecord]:
        names = [r[0] for r in self.conn.execute("SELECT name FROM users ORDER BY name")]
        return [self.get_user(n) for n in names]

    # -- people -----------------------------------------------------------------------

    def add_person(self, person: Person, now: str) -> None:
        self.conn.execute(
            "INSERT INTO people (id, given_name, family_name, date_of_birth, created_at, "
            "updated_at, search_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                person.id,
                person.given_name,
                person.family_name,
                _d(person.date_of_birth),
                now,
                now,
                _person_search_text(person),
            ),
        )
        self.conn.executemany(
            "INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)",
            [(person.id, a) for a in person.aliases],
        )
        self.conn.executemany(
            "INSERT INTO person_identifiers (person_id, kind, value) VALUES (?, ?, ?)",
            [(person.id, i.kind, i.value) for i in person.identifiers],
        )
        self.conn.executemany(
            "INSERT INTO person_addresses (person_id, position, address) VALUES (?, ?, ?)",
            [(person.id, n, a) for n, a in enumerate(person.addresses)],
        )

    def add_person_link(self, link: PersonLink) -> None:
        self.conn.execute(
            "INSERT INTO person_links (id, person_id, other_id, relationship) VALUES (?, ?, ?, ?)",
            (link.id, link.person_id, link.other_id, link.relationship),
        )

    def get_person(self, person_id: str) -> Person:
        row = self.conn.execute(
            "SELECT id, given_name, family_name, date_of_birth FROM people WHERE id = ?",
            (person_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no person with id {person_id}.")
        return Person(
            id=row[0],
            given_name=row[1],
            family_name=row[2],
            date_of_birth=_date(row[3]),
            aliases=[
                a
                for (a,) in self.conn.execute(
                    "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY rowid",
                    (person_id,),
                )
            ],
            identifiers=[
                Identifier(k, v)
                for k, v in self.conn.execute(
                    "SELECT kind, value FROM person_identifiers WHERE person_id = ? ORDER BY rowid",
                    (person_id,),
                )
            ],
            addresses=[
                a
                for (a,) in self.conn.execute(
                    "SELECT address FROM person_addresses WHERE person_id = ? ORDER BY position",
                    (person_id,),
                )
            ],
        )

    def links_of(self, person_id: str) -> list[PersonLink]:
        return [
            PersonLink(id=r[0], person_id=r[1], other_id=r[2], relationship=r[3])
            for r in self.conn.execute(
                "SELECT id, person_id, other_id, relationship FROM person_links "
                "WHERE person_id = ? ORDER BY relationship",
                (person_id,),
            )
        ]

    # -- cases ------------------------------------------------------------------------

    def next_case_ref(self, prefix: str, year: int) -> str:
        stem = f"{prefix}-{year}-"
        # A range over the unique index on ref, not a LIKE scan of the whole table.
        row = self.conn.execute(
            "SELECT max(CAST(substr(ref, ?) AS INTEGER)) FROM cases WHERE ref >= ? AND ref < ?",
            (len(stem) + 1, stem, stem[:-1] + "."),
        ).fetchone()
        number = int(row[0] or 0) + 1
        return f"{stem}{number:04d}"

    def add_case(self, case: Case, now: str) -> None:
        """Insert a case; its subjects must already be stored (add_person)."""
        is_child = self._any_child(case.subject_ids, case.referral_date)
        self.conn.execute(
            "INSERT INTO cases (id, ref, referral_source, referral_date, owner, marking, "
            "record_marking, status, closing_reason, consent, consent_note, next_review, "
            "retention_review, is_child, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                case.id,
                case.ref,
                case.referral_source,
                case.referral_date.isoformat(),
                case.owner,
                case.marking.value,
                case.marking.value,  # the record is marked as the case is when opened
                case.status.value,
                case.closing_reason,
                case.consent.value,
                case.consent_note,
                _d(case.next_review),
                _d(case.retention_review),
                int(is_child),
                now,
                now,
            ),
        )
        self.conn.executemany(
            "INSERT INTO case_subjects (case_id, person_id, position) VALUES (?, ?, ?)",
            [(case.id, pid, n) for n, pid in enumerate(case.subject_ids)],
        )

    def _any_child(self, person_ids: Sequence[str], on: date) -> bool:
        for pid in person_ids:
            row = self.conn.execute(
                "SELECT date_of_birth FROM people WHERE id = ?", (pid,)
            ).fetchone()
            if row is None:
                raise NotFound(f"There is no person with id {pid}.")
            dob = _date(row[0])
            if dob is not None and Person("", "", dob).is_child_on(on):
                return True
        return False

    def case_record_marking(self, case_id: str) -> Marking:
        """The marking of the case's own record, apart from the items it holds."""
        row = self.conn.execute(
            "SELECT coalesce(record_marking, marking) FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no case with id {case_id}.")
        return Marking(row[0])

    def case_id_for_ref(self, ref: str) -> str:
        row = self.conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
        if row is None:
            raise NotFound(f"There is no case {ref}. 'securedesk case list' shows the cases.")
        return str(row[0])

    def get_case(self, case_id: str) -> CaseRecord:
        row = self.conn.execute(
            "SELECT id, ref, referral_source, referral_date, owner, marking, status, "
            "closing_reason, consent, consent_note, next_review, retention_review "
            "FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no case with id {case_id}.")
        subject_ids = [
            pid
            for (pid,) in self.conn.execute(
                "SELECT person_id FROM case_subjects WHERE case_id = ? ORDER BY position",
                (case_id,),
            )
        ]
        case = Case(
            id=row[0],
            ref=row[1],
            referral_source=row[2],
            referral_date=date.fromisoformat(row[3]),
            owner=row[4],
            marking=Marking(row[5]),
            status=CaseStatus(row[6]),
            closing_reason=row[7],
            consent=ConsentStatus(row[8]),
            consent_note=row[9],
            next_review=_date(row[10]),
            retention_review=_date(row[11]),
            subject_ids=subject_ids,
        )
        return CaseRecord(case, [self.get_person(pid) for pid in subject_ids])

    def case_row(self, case_id: str) -> CaseRow:
        row = self.conn.execute(
            f"SELECT {_CASE_ROW_COLUMNS} FROM cases c WHERE c.id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no case with id {case_id}.")
        return _case_row(row)

    def set_case_status(
        self, case_id: str, status: CaseStatus, closing_reason: str | None, now: str
    ) -> None:
        self.conn.execute(
            "UPDATE cases SET status = ?, closing_reason = ?, updated_at = ? WHERE id = ?",
            (status.value, closing_reason, now, case_id),
        )

    def set_case_marking(self, case_id: str, marking: Marking, now: str) -> None:
        self.conn.execute(
            "UPDATE cases SET marking = ?, updated_at = ? WHERE id = ?",
            (marking.value, now, case_id),
        )

    def touch_case(self, case_id: str, now: str) -> None:
        self.conn.execute("UPDATE cases SET updated_at = ? WHERE id = ?", (now, case_id))

    def list_cases(self, query: CaseQuery) -> list[CaseRow]:
        where, params = query.where()
        column = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise InvalidInput(
                f"Cannot sort by '{query.sort}'; use one of {', '.join(SORT_COLUMNS)}."
            )
        direction = "DESC" if query.descending else "ASC"
        # ref breaks ties so that paging is stable.
        order = (
            f"{column} {direction}, c.ref {direction}"
            if column != "c.ref"
            else f"c.ref {direction}"
        )
        # The page's rows are chosen first, from an index alone where one fits, and only
        # then are their columns read: the subjects of a row skipped by OFFSET or left out by
        # a sort are never looked up. The page is put in order here, not by a second ORDER BY
        # (a temporary b-tree is dear under cipher_memory_security).
        chosen = [
            int(r)
            for (r,) in self.conn.execute(
                f"SELECT c.rowid FROM cases c{where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, query.limit, query.offset],
            )
        ]
        position = {rowid: n for n, rowid in enumerate(chosen)}
        rows = sorted(
            self.conn.execute(
                f"SELECT {_CASE_ROW_COLUMNS}, c.rowid "
                "FROM json_each(?) j JOIN cases c ON c.rowid = j.value",
                (json.dumps(chosen),),
            ).fetchall(),
            key=lambda r: position[r[9]],
        )
        return [_case_row(r) for r in rows]

    def count_cases(self, query: CaseQuery) -> int:
        where, params = query.where()
        return int(self.conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])

    # -- information items ------------------------------------------------------------

    def add_item(self, item: InformationItem, recorded_by: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO items (id, case_id, agency, author, item_date, text, source_grade, "
            "information_grade, marking, caveats, supersedes, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            _item_params(item, recorded_by, now),
        )

    def item_case_id(self, item_id: str) -> str | None:
        row = self.conn.execute("SELECT case_id FROM items WHERE id = ?", (item_id,)).fetchone()
        return str(row[0]) if row else None

    def items_for_case(self, case_id: str) -> list[StoredItem]:
        rows = self.conn.execute(
            "SELECT i.id, i.case_id, i.agency, i.author, i.item_date, i.text, i.source_grade, "
            "i.information_grade, i.marking, i.caveats, i.supersedes, i.recorded_by, "
            "i.recorded_at, (SELECT s.id FROM items s WHERE s.supersedes = i.id LIMIT 1) "
            "FROM items i WHERE i.case_id = ? ORDER BY i.item_date, i.recorded_at",
            (case_id,),
        ).fetchall()
        return [
            StoredItem(
                item=InformationItem(
                    id=r[0],
                    case_id=r[1],
                    agency=r[2],
                    author=r[3],
                    item_date=date.fromisoformat(r[4]),
                    text=r[5],
                    source_grade=r[6],
                    information_grade=r[7],
                    marking=Marking(r[8]),
                    caveats=list(json.loads(r[9])),
                    supersedes=r[10],
                ),
                recorded_by=r[11],
                recorded_at=r[12],
                superseded_by=r[13],
            )
            for r in rows
        ]

    def highest_item_marking(self, case_id: str) -> Marking | None:
        row = self.conn.execute(
            "SELECT marking FROM items WHERE case_id = ? ORDER BY CASE marking "
            "WHEN 'SECRET' THEN 3 WHEN 'OFFICIAL-SENSITIVE' THEN 2 ELSE 1 END DESC LIMIT 1",
            (case_id,),
        ).fetchone()
        return Marking(row[0]) if row else None

    # -- chronology, actions, assessments ---------------------------------------------

    def add_chronology_entry(self, entry: ChronologyEntry, now: str) -> None:
        self.conn.execute(
            "INSERT INTO chronology_entries (id, case_id, event_date, summary, author, "
            "recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                entry.case_id,
                entry.event_date.isoformat(),
                entry.summary,
                entry.author,
                now,
            ),
        )

    def add_action(self, action: Action, now: str) -> None:
        self.conn.execute(
            "INSERT INTO actions (id, case_id, description, agency, owner, due_date, status, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                action.id,
                action.case_id,
                action.description,
                action.agency,
                action.owner,
                _d(action.due_date),
                action.status.value,
                now,
                now,
            ),
        )

    def update_action(
        self,
        action_id: str,
        status: ActionStatus,
        note: str,
        author: str,
        now: str,
        update_id: str,
    ) -> None:
        changed = self.conn.execute(
            "UPDATE actions SET status = ?, updated_at = ? WHERE id = ?",
            (status.value, now, action_id),
        ).rowcount
        if not changed:
            raise NotFound(f"There is no action with id {action_id}.")
        self.conn.execute(
            "INSERT INTO action_updates (id, action_id, at, author, status, note) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (update_id, action_id, now, author, status.value, note),
        )

    def actions_for_case(self, case_id: str) -> list[Action]:
        return [
            Action(
                id=r[0],
                case_id=r[1],
                description=r[2],
                agency=r[3],
                owner=r[4],
                due_date=_date(r[5]),
                status=ActionStatus(r[6]),
            )
            for r in self.conn.execute(
                "SELECT id, case_id, description, agency, owner, due_date, status "
                "FROM actions WHERE case_id = ? ORDER BY due_date IS NULL, due_date, id",
                (case_id,),
            )
        ]

    def add_assessment(self, assessment: Assessment, framework_version: int, now: str) -> None:
        self.conn.execute(
            "INSERT INTO assessments (id, case_id, assessor, assessed_on, framework_id, "
            "framework_version, summary, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                assessment.id,
                assessment.case_id,
                assessment.assessor,
                assessment.assessed_on.isoformat(),
                assessment.framework_id,
                framework_version,
                assessment.summary,
                now,
            ),
        )
        self.conn.executemany(
            "INSERT INTO assessment_scores (assessment_id, factor_id, score, evidence) "
            "VALUES (?, ?, ?, ?)",
            [(assessment.id, s.factor_id, s.score, s.evidence) for s in assessment.scores],
        )

    def assessments_for_case(self, case_id: str) -> list[Assessment]:
        """Oldest first."""
        rows = self.conn.execute(
            "SELECT id, case_id, assessor, assessed_on, framework_id, summary FROM assessments "
            "WHERE case_id = ? ORDER BY assessed_on, recorded_at",
            (case_id,),
        ).fetchall()
        result = []
        for r in rows:
            scores = [
                FactorScore(factor_id=f, score=s, evidence=e)
                for f, s, e in self.conn.execute(
                    "SELECT factor_id, score, evidence FROM assessment_scores "
                    "WHERE assessment_id = ? ORDER BY factor_id",
                    (r[0],),
                )
            ]
            result.append(
                Assessment(
                    id=r[0],
                    case_id=r[1],
                    assessor=r[2],
                    assessed_on=date.fromisoformat(r[3]),
                    framework_id=r[4],
                    scores=scores,
                    summary=r[5],
                )
            )
        return result

    def chronology(self, case_id: str) -> list[ChronologyRow]:
        """One ordered timeline from items, manual entries, assessments, actions, meetings."""
        rows = self.conn.execute(
            """
            SELECT item_date, 'item', agency || ': ' || substr(text, 1, 200), id, recorded_at
              FROM items WHERE case_id = :c
            UNION ALL
            SELECT event_date, 'entry', summary, id, recorded_at
              FROM chronology_entries WHERE case_id = :c
            UNION ALL
            SELECT assessed_on, 'assessment', 'Assessment by ' || assessor, id, recorded_at
              FROM assessments WHERE case_id = :c
            UNION ALL
            SELECT substr(created_at, 1, 10), 'action', 'Action agreed: ' || description, id,
                   created_at
              FROM actions WHERE case_id = :c
            UNION ALL
            SELECT m.meeting_date, 'meeting', 'Discussed at ' || m.title, m.id, m.created_at
              FROM meeting_agenda a JOIN meetings m ON m.id = a.meeting_id
             WHERE a.case_id = :c
            ORDER BY 1, 5
            """,
            {"c": case_id},
        ).fetchall()
        return [ChronologyRow(date.fromisoformat(r[0]), r[1], r[2], r[3]) for r in rows]

    def add_case_with_records(
        self,
        case: Case,
        people: Sequence[Person],
        links: Sequence[PersonLink],
        items: Sequence[InformationItem],
        chronology: Sequence[ChronologyEntry],
        actions: Sequence[Action],
        assessments: Sequence[Assessment],
        *,
        recorded_by: str,
        framework_version: int,
        now: str,
    ) -> None:
        """A whole case at once (invented data now, imported bundles later)."""
        for person in people:
            self.add_person(person, now)
        for link in links:
            self.add_person_link(link)
        self.add_case(case, now)
        self.conn.executemany(
            "INSERT INTO items (id, case_id, agency, author, item_date, text, source_grade, "
            "information_grade, marking, caveats, supersedes, recorded_by, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_item_params(i, recorded_by, now) for i in items],
        )
        for entry in chronology:
            self.add_chronology_entry(entry, now)
        for action in actions:
            self.add_action(action, now)
        for assessment in assessments:
            self.add_assessment(assessment, framework_version, now)

    # -- attachments ------------------------------------------------------------------

    def add_attachment(self, attachment: Attachment, data: bytes, added_by: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO attachments (id, case_id, name, media_type, size, sha256, data, "
            "added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment.id,
                attachment.case_id,
                attachment.name,
                attachment.media_type,
                attachment.size,
                attachment.sha256,
                data,
                added_by,
                now,
            ),
        )

    def attachments_for_case(self, case_id: str) -> list[Attachment]:
        return [
            Attachment(
                id=r[0],
                case_id=r[1],
                name=r[2],
                media_type=r[3],
                size=r[4],
                sha256=r[5],
                added_by=r[6],
                added_at=r[7],
            )
            for r in self.conn.execute(
                "SELECT id, case_id, name, media_type, size, sha256, added_by, added_at "
                "FROM attachments WHERE case_id = ? ORDER BY added_at, name",
                (case_id,),
            )
        ]

    def attachment_data(self, attachment_id: str) -> bytes:
        row = self.conn.execute(
            "SELECT data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"There is no attachment {attachment_id}.")
        return bytes(row[0])

    # -- meetings (storage only; packs come later) ------------------------------------

    def add_meeting(self, meeting: Meeting, now: str) -> None:
        self.conn.execute(
            "INSERT INTO meetings (id, title, meeting_date, place, chair, "
            "confidentiality_statement, next_meeting, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                meeting.id,
                meeting.title,
                meeting.meeting_date.isoformat(),
                meeting.place,
                meeting.chair,
                meeting.confidentiality_statement,
                _d(meeting.next_meeting),
                now,
            ),
        )

    def add_meeting_member(self, member: MeetingMember) -> None:
        self.conn.execute(
            "INSERT INTO meeting_members (id, meeting_id, name, agency, clearance, attendance) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                member.id,
                member.meeting_id,
                member.name,
                member.agency,
                member.clearance.value,
                member.attendance,
            ),
        )

    def set_agenda(self, meeting_id: str, case_ids: Sequence[str]) -> None:
        self.conn.execute("DELETE FROM meeting_agenda WHERE meeting_id = ?", (meeting_id,))
        self.conn.executemany(
            "INSERT INTO meeting_agenda (meeting_id, case_id, position) VALUES (?, ?, ?)",
            [(meeting_id, cid, n) for n, cid in enumerate(case_ids)],
        )

    def get_meeting(self, meeting_id: str) -> Meeting:
        r = self.conn.execute(
            "SELECT id, title, meeting_date, place, chair, confidentiality_statement, "
            "next_meeting FROM meetings WHERE id = ?",
            (meeting_id,),
        ).fetchone()
        if r is None:
            raise NotFound(f"There is no meeting {meeting_id}.")
        return Meeting(
            id=r[0],
            title=r[1],
            meeting_date=date.fromisoformat(r[2]),
            place=r[3],
            chair=r[4],
            confidentiality_statement=r[5],
            next_meeting=_date(r[6]),
        )

    def list_meetings(self, limit: int = 500) -> list[Meeting]:
        """Newest first."""
        ids = [
            mid
            for (mid,) in self.conn.execute(
                "SELECT id FROM meetings ORDER BY meeting_date DESC, created_at DESC LIMIT ?",
                (limit,),
            )
        ]
        return [self.get_meeting(m) for m in ids]

    def meeting_members(self, meeting_id: str) -> list[MeetingMember]:
        return [
            _member_row(r)
            for r in self.conn.execute(
                f"SELECT {_MEMBER_COLUMNS} FROM meeting_members WHERE meeting_id = ? ORDER BY name",
                (meeting_id,),
            )
        ]

    def agenda(self, meeting_id: str) -> list[str]:
        return [
            cid
            for (cid,) in self.conn.execute(
                "SELECT case_id FROM meeting_agenda WHERE meeting_id = ? ORDER BY position",
                (meeting_id,),
            )
        ]

    def agenda_refs(self, meeting_id: str) -> list[str]:
        return [
            ref
            for (ref,) in self.conn.execute(
                "SELECT c.ref FROM meeting_agenda a JOIN cases c ON c.id = a.case_id "
                "WHERE a.meeting_id = ? ORDER BY a.position",
                (meeting_id,),
            )
        ]

    def meetings_for_case(self, case_id: str) -> list[Meeting]:
        ids = [
            mid
            for (mid,) in self.conn.execute(
                "SELECT a.meeting_id FROM meeting_agenda a JOIN meetings m ON m.id = a.meeting_id "
                "WHERE a.case_id = ? ORDER BY m.meeting_date",
                (case_id,),
            )
        ]
        return [self.get_meeting(m) for m in ids]

    # -- meetings in use and the copy register ----------------------------------------

    def set_meeting_details(
        self, meeting_id: str, place: str, statement: str, next_meeting: date | None
    ) -> None:
        changed = self.conn.execute(
            "UPDATE meetings SET place = ?, confidentiality_statement = ?, next_meeting = ? "
            "WHERE id = ?",
            (place, statement, _d(next_meeting), meeting_id),
        ).rowcount
        if not changed:
            raise NotFound(f"There is no meeting {meeting_id}.")

    def get_meeting_member(self, member_id: str) -> MeetingMember:
        r = self.conn.execute(
            f"SELECT {_MEMBER_COLUMNS} FROM meeting_members WHERE id = ?", (member_id,)
        ).fetchone()
        if r is None:
            raise NotFound(f"There is no meeting member {member_id}.")
        return _member_row(r)

    def set_member_attendance(self, member_id: str, attendance: str) -> None:
        changed = self.conn.execute(
            "UPDATE meeting_members SET attendance = ? WHERE id = ?", (attendance, member_id)
        ).rowcount
        if not changed:
            raise NotFound(f"There is no meeting member {member_id}.")

    def set_decision_sought(self, meeting_id: str, case_id: str, text: str) -> None:
        """What the panel is asked to decide on a case; empty text removes it."""
        if not text:
            self.conn.execute(
                "DELETE FROM meeting_decisions_sought WHERE meeting_id = ? AND case_id = ?",
                (meeting_id, case_id),
            )
            return
        self.conn.execute(
            "INSERT INTO meeting_decisions_sought (meeting_id, case_id, text) VALUES (?, ?, ?) "
            "ON CONFLICT (meeting_id, case_id) DO UPDATE SET text = excluded.text",
            (meeting_id, case_id, text),
        )

    def decisions_sought(self, meeting_id: str) -> dict[str, str]:
        """case id -> what the panel is asked to decide."""
        return dict(
            self.conn.execute(
                "SELECT case_id, text FROM meeting_decisions_sought WHERE meeting_id = ?",
                (meeting_id,),
            ).fetchall()
        )

    def save_minutes(
        self,
        meeting_id: str,
        case_id: str,
        texts: tuple[str, str, str, str],
        recorded_by: str,
        now: str,
    ) -> bool:
        """Minutes of one case at one meeting: (discussion, decision, rationale, dissent).
        Replaces earlier minutes of the same case at the same meeting; True if it did."""
        existed = self.conn.execute(
            "SELECT 1 FROM meeting_minutes WHERE meeting_id = ? AND case_id = ?",
            (meeting_id, case_id),
        ).fetchone()
        self.conn.execute(
            "INSERT INTO meeting_minutes (meeting_id, case_id, discussion, decision, rationale, "
            "dissent, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (meeting_id, case_id) DO UPDATE SET discussion = excluded.discussion, "
            "decision = excluded.decision, rationale = excluded.rationale, "
            "dissent = excluded.dissent, recorded_by = excluded.recorded_by, "
            "recorded_at = excluded.recorded_at",
            (meeting_id, case_id, *texts, recorded_by, now),
        )
        return existed is not None

    def minutes_for_meeting(self, meeting_id: str) -> list[tuple[str, ...]]:
        """(case id, discussion, decision, rationale, dissent, recorded by, recorded at)."""
        return [
            tuple(str(v) for v in r)
            for r in self.conn.execute(
                "SELECT n.case_id, n.discussion, n.decision, n.rationale, n.dissent, "
                "n.recorded_by, n.recorded_at FROM meeting_minutes n "
                "LEFT JOIN meeting_agenda a ON a.meeting_id = n.meeting_id "
                "AND a.case_id = n.case_id WHERE n.meeting_id = ? ORDER BY a.position",
                (meeting_id,),
            )
        ]

    def earlier_decisions(self, case_id: str, before: date) -> list[tuple[str, ...]]:
        """Minutes of a case at meetings dated before `before`, oldest first:
        (meeting id, meeting title, meeting date, decision, rationale, dissent)."""
        return [
            tuple(str(v) for v in r)
            for r in self.conn.execute(
                "SELECT m.id, m.title, m.meeting_date, n.decision, n.rationale, n.dissent "
                "FROM meeting_minutes n JOIN meetings m ON m.id = n.meeting_id "
                "WHERE n.case_id = ? AND m.meeting_date < ? ORDER BY m.meeting_date, m.id",
                (case_id, before.isoformat()),
            )
        ]

    def link_meeting_action(self, meeting_id: str, case_id: str, action_id: str, now: str) -> None:
        self.conn.execute(
            "INSERT INTO meeting_actions (meeting_id, case_id, action_id, agreed_at) "
            "VALUES (?, ?, ?, ?)",
            (meeting_id, case_id, action_id, now),
        )

    def meeting_action_ids(self, meeting_id: str) -> list[tuple[str, str]]:
        """(case id, action id) of the actions a meeting agreed, in the order agreed."""
        return [
            (str(c), str(a))
            for c, a in self.conn.execute(
                "SELECT case_id, action_id FROM meeting_actions WHERE meeting_id = ? "
                "ORDER BY agreed_at, action_id",
                (meeting_id,),
            )
        ]

    def cases_not_reviewed_since(
        self, cutoff: date, today: date, max_marking: Marking, limit: int = 1000
    ) -> list[tuple[CaseRow, date | None, date | None, date]]:
        """Open cases last discussed at a meeting (or, never discussed, referred) on or before
        `cutoff`, longest waiting first: (row, last meeting date, next meeting date, the
        date it has waited since)."""
        rows = self.conn.execute(
            f"""
            SELECT {_CASE_ROW_COLUMNS}, r.last_meeting, r.next_meeting,
                   coalesce(r.last_meeting, r.referral)
              FROM (SELECT k.rowid AS rid, k.referral_date AS referral,
                           (SELECT max(m.meeting_date) FROM meeting_agenda a
                              JOIN meetings m ON m.id = a.meeting_id
                             WHERE a.case_id = k.id AND m.meeting_date <= :today) AS last_meeting,
                           (SELECT min(m.meeting_date) FROM meeting_agenda a
                              JOIN meetings m ON m.id = a.meeting_id
                             WHERE a.case_id = k.id AND m.meeting_date > :today) AS next_meeting
                      FROM cases k
                     WHERE k.status <> 'closed' AND k.marking_rank <= :rank) r
              JOIN cases c ON c.rowid = r.rid
             WHERE coalesce(r.last_meeting, r.referral) <= :cutoff
             ORDER BY coalesce(r.last_meeting, r.referral), c.ref
             LIMIT :limit
            """,
            {
                "today": today.isoformat(),
                "cutoff": cutoff.isoformat(),
                "rank": max_marking.rank,
                "limit": limit,
            },
        ).fetchall()
        return [
            (_case_row(r[:9]), _date(r[9]), _date(r[10]), date.fromisoformat(r[11])) for r in rows
        ]

    def next_copy_number(self, meeting_id: str) -> int:
        row = self.conn.execute(
            "SELECT max(copy_number) FROM issued_copies WHERE meeting_id = ?", (meeting_id,)
        ).fetchone()
        return int(row[0] or 0) + 1

    def add_issued_copy(self, copy: IssuedCopy) -> None:
        self.conn.execute(
            "INSERT INTO issued_copies (id, meeting_id, copy_number, member_id, variant, marking, "
            "pages, size, sha256, saved, issued_at, issued_by, status, status_at, status_by, "
            "status_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                copy.id,
                copy.meeting_id,
                copy.copy_number,
                copy.member_id,
                copy.variant.value,
                copy.marking.value,
                copy.pages,
                copy.size,
                copy.sha256,
                int(copy.saved),
                copy.issued_at,
                copy.issued_by,
                copy.status.value,
                copy.status_at or copy.issued_at,
                copy.status_by or copy.issued_by,
                copy.status_note,
            ),
        )

    def issued_copies(
        self, meeting_id: str | None = None, status: CopyStatus | None = None
    ) -> list[IssuedCopy]:
        """The register, by meeting date then copy number, optionally narrowed."""
        clauses: list[str] = []
        params: list[Any] = []
        if meeting_id is not None:
            clauses.append("k.meeting_id = ?")
            params.append(meeting_id)
        if status is not None:
            clauses.append("k.status = ?")
            params.append(status.value)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        return [
            _issued_copy(r)
            for r in self.conn.execute(
                f"SELECT {_COPY_COLUMNS} FROM issued_copies k "
                f"JOIN meetings m ON m.id = k.meeting_id{where} "
                "ORDER BY m.meeting_date, k.meeting_id, k.copy_number",
                params,
            )
        ]

    def get_issued_copy(self, meeting_id: str, copy_number: int) -> IssuedCopy:
        r = self.conn.execute(
            f"SELECT {_COPY_COLUMNS} FROM issued_copies k "
            "WHERE k.meeting_id = ? AND k.copy_number = ?",
            (meeting_id, copy_number),
        ).fetchone()
        if r is None:
            raise NotFound(f"Meeting {meeting_id} has no copy {copy_number} in the register.")
        return _issued_copy(r)

    def set_copy_status(
        self, copy_id: str, status: CopyStatus, at: str, by: str, note: str
    ) -> None:
        self.conn.execute(
            "UPDATE issued_copies SET status = ?, status_at = ?, status_by = ?, status_note = ? "
            "WHERE id = ?",
            (status.value, at, by, note, copy_id),
        )

    def optimize_search(self) -> None:
        """Merge each full-text index into one segment after a bulk load: every later
        query then reads one b-tree instead of dozens (about fivefold faster per query
        with SQLCipher's memory security on)."""
        for table in ("cases_fts", "people_fts", "items_fts"):
            self.conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    # -- full-text search -------------------------------------------------------------

    def search(
        self,
        text: str,
        limit: int = 50,
        per_source: int = 200,
        max_marking: Marking = Marking.SECRET,
    ) -> list[SearchHit]:
        """Cases whose reference, subjects or items match every word of `text`.

        Each index (case references, people, items) gives at most `per_source` candidates,
        read in rowid order and never all of its matches, so a common word costs about what
        a rare one does: whole-word matches first (a single word's newest first); then, if
        there are fewer than `per_source`, matches of the last word as a prefix (the user
        may still be typing it). Nothing is ranked over every match: bm25 over the 300,000
        items holding a common word took seconds.

        The cases come in the order: reference matched, then a subject, then an item; the
        most recently changed first within each, then by reference.
        """
        exact = fts_query(text, prefix_last=False)
        if exact is None:
            return []
        prefixed = fts_query(text)
        top_up = prefixed if prefixed != exact else None
        found = {
            table: json.dumps(self._fts_candidates(table, exact, top_up, per_source))
            for table in ("cases_fts", "people_fts", "items_fts")
        }
        # Grouping and ordering a few hundred candidates is done here rather than in SQL:
        # under cipher_memory_security each temporary b-tree of a GROUP BY or ORDER BY costs
        # more than the rest of the search together.
        hits = self.conn.execute(
            """
            SELECT c.rowid, 0, c.updated_at, c.ref
              FROM json_each(:cases) j JOIN cases c ON c.rowid = j.value
             WHERE c.marking_rank <= :max_rank
            UNION ALL
            SELECT c.rowid, 1, c.updated_at, c.ref
              FROM json_each(:people) j
              JOIN people pe ON pe.rowid = j.value
              JOIN case_subjects cs ON cs.person_id = pe.id
              JOIN cases c ON c.id = cs.case_id
             WHERE c.marking_rank <= :max_rank
            UNION ALL
            SELECT c.rowid, 2, c.updated_at, c.ref
              FROM json_each(:items) j
              JOIN items it ON it.rowid = j.value
              JOIN cases c ON c.id = it.case_id
             WHERE c.marking_rank <= :max_rank
            """,
            {
                "cases": found["cases_fts"],
                "people": found["people_fts"],
                "items": found["items_fts"],
                "max_rank": max_marking.rank,
            },
        ).fetchall()
        kinds: dict[int, set[int]] = {}
        order: dict[int, tuple[str, str]] = {}
        for rowid, kind, updated_at, ref in hits:
            kinds.setdefault(rowid, set()).add(kind)
            order[rowid] = (updated_at, ref)
        chosen = sorted(order, key=lambda r: order[r][1])  # by ref, then stable sorts on top
        chosen.sort(key=lambda r: order[r][0], reverse=True)  # most recently changed first
        chosen.sort(key=lambda r: min(kinds[r]))  # reference, then subject, then item
        chosen = chosen[:limit]
        position = {rowid: n for n, rowid in enumerate(chosen)}
        rows = sorted(
            self.conn.execute(
                f"SELECT {_CASE_ROW_COLUMNS}, c.rowid "
                "FROM json_each(?) j JOIN cases c ON c.rowid = j.value",
                (json.dumps(chosen),),
            ).fetchall(),
            key=lambda r: position[r[9]],
        )
        names = ("case", "person", "item")
        return [
            SearchHit(
                case_id=r[0],
                ref=r[1],
                subjects=r[2],
                marking=Marking(r[4]),
                owner=r[5],
                matched=tuple(sorted(names[k] for k in kinds[r[9]])),
                status=CaseStatus(r[3]),
            )
            for r in rows
        ]

    def _fts_candidates(self, table: str, exact: str, top_up: str | None, n: int) -> list[int]:
        """Up to `n` rowids of `table` matching `exact`, then `top_up`'s.

        FTS5 reads matches in rowid order without ranking them, so a LIMIT stops early. One
        word is read newest first. Several words, which seldom match more than `n` records,
        and a prefix are read oldest first: in descending order FTS5 intersects and merges
        lists in ways that, under cipher_memory_security, cost 25 times as much (a case
        reference) and, for a common prefix of the items index, over a minute.
        """
        newest_first = " ORDER BY rowid DESC" if exact.count('"') == 2 else ""
        rowids = [
            int(r)
            for (r,) in self.conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ?{newest_first} LIMIT ?",
                (exact, n),
            )
        ]
        if top_up is not None and len(rowids) < n:
            seen = set(rowids)
            more = self.conn.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH ? LIMIT ?", (top_up, 2 * n)
            ).fetchall()
            rowids += [int(r) for (r,) in more if r not in seen][: n - len(rowids)]
        return rowids


_MEMBER_COLUMNS = "id, meeting_id, name, agency, clearance, attendance"


def _member_row(r: Sequence[Any]) -> MeetingMember:
    return MeetingMember(
        id=r[0],
        meeting_id=r[1],
        name=r[2],
        agency=r[3],
        clearance=Marking(r[4]),
        attendance=r[5],
    )


def _person_search_text(person: Person) -> str:
    parts = [person.given_name, person.family_name, *person.aliases]
    parts += [i.value for i in person.identifiers]
    return " ".join(p for p in parts if p)


def _item_params(item: InformationItem, recorded_by: str, now: str) -> tuple[Any, ...]:
    return (
        item.id,
        item.case_id,
        item.agency,
        item.author,
        item.item_date.isoformat(),
        item.text,
        item.source_grade,
        item.information_grade,
        item.marking.value,
        json.dumps(item.caveats),
        item.supersedes,
        recorded_by,
        now,
    )


_COPY_COLUMNS = (
    "k.id, k.meeting_id, k.copy_number, k.member_id, k.variant, k.marking, k.pages, k.size, "
    "k.sha256, k.saved, k.issued_at, k.issued_by, k.status, k.status_at, k.status_by, "
    "k.status_note"
)


def _issued_copy(r: Sequence[Any]) -> IssuedCopy:
    return IssuedCopy(
        id=r[0],
        meeting_id=r[1],
        copy_number=int(r[2]),
        member_id=r[3],
        variant=PackVariant(r[4]),
        marking=Marking(r[5]),
        pages=int(r[6]),
        size=int(r[7]),
        sha256=r[8],
        saved=bool(r[9]),
        issued_at=r[10],
        issued_by=r[11],
        status=CopyStatus(r[12]),
        status_at=r[13],
        status_by=r[14],
        status_note=r[15],
    )
