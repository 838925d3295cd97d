"""SQL for cases and what they hold: people, cases, items, chronology, actions, assessments,
attachments. The store knows nothing of rights or the audit log; the session composes them."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from securedesk.core.access import CaseFacts
from securedesk.core.cases.action_store import ActionStore
from securedesk.core.cases.case_query import SORT_COLUMNS, CaseQuery
from securedesk.core.cases.name_keys import name_key
from securedesk.core.domain import (
    Action,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    ConsentStatus,
    FactorScore,
    Identifier,
    InformationItem,
    Person,
    PersonLink,
    iso_day,
    parse_day,
)
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection


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
            "next_review": iso_day(self.next_review),
            "child": self.is_child,
            "updated_at": self.updated_at,
        }


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


CASE_ROW_COLUMNS = (
    f"c.id, c.ref, coalesce({_SUBJECTS_SQL}, ''), c.status, c.marking, c.owner, "
    "c.next_review, c.is_child, c.updated_at"
)


def case_rows_in_order(conn: Connection, rowids: list[int]) -> list[Sequence[Any]]:
    """The case-list rows of the cases with these rowids, in that order, each with its
    rowid last: the one way the list and the search read the rows they have chosen."""
    position = {rowid: n for n, rowid in enumerate(rowids)}
    return sorted(
        conn.execute(
            f"SELECT {CASE_ROW_COLUMNS}, c.rowid "
            "FROM json_each(?) j JOIN cases c ON c.rowid = j.value",
            (json.dumps(rowids),),
        ).fetchall(),
        key=lambda r: position[r[9]],
    )


def case_row_from(row: Sequence[Any]) -> CaseRow:
    return CaseRow(
        id=row[0],
        ref=row[1],
        subjects=row[2],
        status=CaseStatus(row[3]),
        marking=Marking(row[4]),
        owner=row[5],
        next_review=parse_day(row[6]),
        is_child=bool(row[7]),
        updated_at=row[8],
    )


def person_search_text(person: Person) -> str:
    """What the people search index holds for a person: names, aliases, identifiers."""
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


class CaseStore(ActionStore):
    """People, cases and everything a case holds (actions: ActionStore)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_person(self, person: Person, now: str) -> None:
        self.conn.execute(
            "INSERT INTO people (id, given_name, family_name, date_of_birth, created_at, "
            "updated_at, search_text, name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                person.id,
                person.given_name,
                person.family_name,
                iso_day(person.date_of_birth),
                now,
                now,
                person_search_text(person),
                name_key(person.given_name, person.family_name),  # likely duplicates' index
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
            raise NotFound(ErrorKind.PERSON_NOT_FOUND, person_id=person_id)
        return Person(
            id=row[0],
            given_name=row[1],
            family_name=row[2],
            date_of_birth=parse_day(row[3]),
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
                iso_day(case.next_review),
                iso_day(case.retention_review),
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
                raise NotFound(ErrorKind.PERSON_NOT_FOUND, person_id=pid)
            dob = parse_day(row[0])
            if dob is not None and Person("", "", dob).is_child_on(on):
                return True
        return False

    def case_record_marking(self, case_id: str) -> Marking:
        """The marking of the case's own record, apart from the items it holds."""
        row = self.conn.execute(
            "SELECT coalesce(record_marking, marking) FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.CASE_ID_NOT_FOUND, case_id=case_id)
        return Marking(row[0])

    def case_facts(self, case_id: str) -> CaseFacts:
        """What the gate decides on: reference, owner and marking, nothing more."""
        row = self.conn.execute(
            "SELECT id, ref, coalesce(owner, ''), marking FROM cases WHERE id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.CASE_ID_NOT_FOUND, case_id=case_id)
        return CaseFacts(id=row[0], ref=row[1], owner=row[2], marking=Marking(row[3]))

    def case_id_for_ref(self, ref: str) -> str:
        """References are matched without regard to case (people type them); they are made
        in capitals, so an exact look-up by the index serves both."""
        ref = ref.strip()
        row = self.conn.execute("SELECT id FROM cases WHERE ref = ?", (ref,)).fetchone()
        if row is None and ref != ref.upper():
            row = self.conn.execute("SELECT id FROM cases WHERE ref = ?", (ref.upper(),)).fetchone()
        if row is None:  # a partner's ref kept as sent, not in capitals: a scan, when not found
            row = self.conn.execute(
                "SELECT id FROM cases WHERE ref = ? COLLATE NOCASE ORDER BY ref LIMIT 1", (ref,)
            ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.CASE_NOT_FOUND, ref=ref)
        return str(row[0])

    def get_case(self, case_id: str) -> CaseRecord:
        row = self.conn.execute(
            "SELECT id, ref, referral_source, referral_date, owner, marking, status, "
            "closing_reason, consent, consent_note, next_review, retention_review "
            "FROM cases WHERE id = ?",
            (case_id,),
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.CASE_ID_NOT_FOUND, case_id=case_id)
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
            next_review=parse_day(row[10]),
            retention_review=parse_day(row[11]),
            subject_ids=subject_ids,
        )
        return CaseRecord(case, [self.get_person(pid) for pid in subject_ids])

    def case_row(self, case_id: str) -> CaseRow:
        row = self.conn.execute(
            f"SELECT {CASE_ROW_COLUMNS} FROM cases c WHERE c.id = ?", (case_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.CASE_ID_NOT_FOUND, case_id=case_id)
        return case_row_from(row)

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
        column = SORT_COLUMNS.get(query.sort)
        if column is None:
            raise InvalidInput(
                ErrorKind.SORT_KEY_UNKNOWN, sort=query.sort, allowed=", ".join(SORT_COLUMNS)
            )
        where, params = query.where(query.sort)
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
        index = query.list_index(query.sort)
        hint = f" INDEXED BY {index}" if index else ""
        chosen = [
            int(r)
            for (r,) in self.conn.execute(
                f"SELECT c.rowid FROM cases c{hint}{where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, query.limit, query.offset],
            )
        ]
        rows = case_rows_in_order(self.conn, chosen)
        return [case_row_from(r) for r in rows]

    def count_cases(self, query: CaseQuery) -> int:
        where, params = query.count_where()
        return int(self.conn.execute(f"SELECT count(*) FROM cases c{where}", params).fetchone()[0])

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

    def item_caveats(self, item_id: str) -> list[str]:
        row = self.conn.execute("SELECT caveats FROM items WHERE id = ?", (item_id,)).fetchone()
        return list(json.loads(row[0])) if row else []

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
            SELECT coalesce(agreed_on, substr(created_at, 1, 10)), 'action',
                   'Action agreed: ' || description, id, created_at
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

    def attachment_case_id(self, attachment_id: str) -> str:
        row = self.conn.execute(
            "SELECT case_id FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.ATTACHMENT_NOT_FOUND, attachment_id=attachment_id)
        return str(row[0])

    def attachment_data(self, attachment_id: str) -> bytes:
        row = self.conn.execute(
            "SELECT data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise NotFound(ErrorKind.ATTACHMENT_NOT_FOUND, attachment_id=attachment_id)
        return bytes(row[0])
