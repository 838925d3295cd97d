"""SQL for people as records of their own: the folded-name key, likely duplicates, the cases
a person appears in, links both ways, and merges. Knows nothing of rights or the audit log."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.cases.case_store import CaseStore, person_search_text
from securedesk.core.cases.name_keys import fold, identifier_key, name_key
from securedesk.core.domain import CaseStatus, Person, parse_day
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class PersonCase:
    """A case a person appears in, as the case list shows it."""

    case_id: str
    ref: str
    status: CaseStatus
    marking: Marking
    owner: str


@dataclass(frozen=True)
class PersonLinkView:
    """A link from or to a person, with the other person's name (directions both ways)."""

    link_id: str
    relationship: str
    outgoing: bool  # True: this person -> other ("mother" of other); False: other -> this
    other_id: str
    other_name: str
    other_dob: date | None


@dataclass(frozen=True)
class MergeRecord:
    id: str
    kept_id: str
    merged_id: str
    reason: str
    merged_by: str
    merged_at: str
    moved: dict[str, Any]


@dataclass(frozen=True)
class LikelyMatch:
    """A person held here who looks like a subject being recorded."""

    candidate: int  # the index of the subject (or incoming person) it looks like
    person_id: str
    name: str
    date_of_birth: date | None
    reason: str  # "name and date of birth" | "identifier"


class PersonStore:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.cases = CaseStore(conn)

    # -- keys -------------------------------------------------------------------------

    def key_missing(self) -> int:
        """Key the people with no name key yet (earlier versions, or writers that do not
        set it): found by the index, so a keyed vault costs one index probe."""
        rows = self.conn.execute(
            "SELECT rowid, given_name, family_name FROM people WHERE name_key IS NULL"
        ).fetchall()
        self.conn.executemany(
            "UPDATE people SET name_key = ? WHERE rowid = ?",
            [(name_key(g, f), rowid) for rowid, g, f in rows],
        )
        return len(rows)

    def likely_matches(self, people: Sequence[Person], exclude: set[str]) -> list[LikelyMatch]:
        """People held here with the same folded name and date of birth, or the same
        identifier (kind folded, value without spaces, hyphens or case), as one of `people`.
        Merged records and ids in `exclude` are left out. Call key_missing() first."""
        found: list[LikelyMatch] = []
        seen: set[tuple[int, str]] = set()

        def add(n: int, row: Sequence[Any], reason: str) -> None:
            if row[0] in exclude or (n, row[0]) in seen:
                return
            seen.add((n, row[0]))
            found.append(
                LikelyMatch(n, row[0], f"{row[1]} {row[2]}".strip(), parse_day(row[3]), reason)
            )

        for n, p in enumerate(people):
            if p.date_of_birth is not None:
                for row in self.conn.execute(
                    "SELECT id, given_name, family_name, date_of_birth FROM people "
                    "WHERE name_key = ? AND date_of_birth = ? AND merged_into IS NULL",
                    (name_key(p.given_name, p.family_name), p.date_of_birth.isoformat()),
                ):
                    add(n, row, "name and date of birth")
            for ident in p.identifiers:
                key = identifier_key(ident.value)
                if not key:
                    continue
                for row in self.conn.execute(
                    "SELECT p.id, p.given_name, p.family_name, p.date_of_birth, i.kind "
                    "FROM person_identifiers i JOIN people p ON p.id = i.person_id "
                    "WHERE upper(replace(replace(i.value, ' ', ''), '-', '')) = ? "
                    "AND p.merged_into IS NULL",
                    (key,),
                ):
                    if fold(row[4]) == fold(ident.kind):
                        add(n, row, "identifier")
        return found

    # -- reading ------------------------------------------------------------------------

    def person(self, person_id: str) -> Person:
        return self.cases.get_person(person_id)

    def merged_into(self, person_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT merged_into FROM people WHERE id = ?", (person_id,)
        ).fetchone()
        return None if row is None else row[0]

    def subject_cases(self, person_id: str) -> list[PersonCase]:
        return [
            PersonCase(r[0], r[1], CaseStatus(r[2]), Marking(r[3]), r[4])
            for r in self.conn.execute(
                "SELECT c.id, c.ref, c.status, c.marking, coalesce(c.owner, '') "
                "FROM case_subjects cs JOIN cases c ON c.id = cs.case_id "
                "WHERE cs.person_id = ? ORDER BY c.ref",
                (person_id,),
            )
        ]

    def linked_cases(self, person_id: str) -> list[PersonCase]:
        """The cases of the people linked to or from this one (a mother recorded only as
        a subject's link is reached through her child's case)."""
        return [
            PersonCase(r[0], r[1], CaseStatus(r[2]), Marking(r[3]), r[4])
            for r in self.conn.execute(
                "SELECT DISTINCT c.id, c.ref, c.status, c.marking, coalesce(c.owner, '') "
                "FROM (SELECT other_id AS pid FROM person_links WHERE person_id = :p "
                "      UNION SELECT person_id FROM person_links WHERE other_id = :p) l "
                "JOIN case_subjects cs ON cs.person_id = l.pid "
                "JOIN cases c ON c.id = cs.case_id ORDER BY c.ref",
                {"p": person_id},
            )
        ]

    def links(self, person_id: str) -> list[PersonLinkView]:
        rows = self.conn.execute(
            "SELECT l.id, l.relationship, 1, p.id, p.given_name || ' ' || p.family_name, "
            "p.date_of_birth FROM person_links l JOIN people p ON p.id = l.other_id "
            "WHERE l.person_id = :p "
            "UNION ALL "
            "SELECT l.id, l.relationship, 0, p.id, p.given_name || ' ' || p.family_name, "
            "p.date_of_birth FROM person_links l JOIN people p ON p.id = l.person_id "
            "WHERE l.other_id = :p ORDER BY 3 DESC, 2, 5",
            {"p": person_id},
        ).fetchall()
        return [
            PersonLinkView(r[0], r[1], bool(r[2]), r[3], r[4].strip(), parse_day(r[5]))
            for r in rows
        ]

    def search_ids(self, match: str, limit: int) -> list[str]:
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT p.id FROM people_fts f JOIN people p ON p.rowid = f.rowid "
                "WHERE people_fts MATCH ? ORDER BY rank LIMIT ?",
                (match, limit),
            )
        ]

    def merges_of(self, person_id: str) -> list[MergeRecord]:
        return [
            MergeRecord(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]))
            for r in self.conn.execute(
                "SELECT id, kept_id, merged_id, reason, merged_by, merged_at, moved "
                "FROM person_merges WHERE kept_id = :p OR merged_id = :p ORDER BY merged_at",
                {"p": person_id},
            )
        ]

    # -- merging ------------------------------------------------------------------------

    def merge(
        self, merge_id: str, keep: str, other: str, reason: str, by: str, now: str
    ) -> dict[str, Any]:
        """Move everything of `other` to `keep`; `other` stays, pointing to `keep`."""
        c = self.conn
        kept = self.person(keep)
        merged = self.person(other)
        shared = [
            r[0]
            for r in c.execute(
                "SELECT a.case_id FROM case_subjects a JOIN case_subjects b "
                "ON b.case_id = a.case_id AND b.person_id = ? WHERE a.person_id = ?",
                (keep, other),
            )
        ]
        moved_cases = [
            r[0]
            for r in c.execute(
                "SELECT case_id FROM case_subjects WHERE person_id = ? ORDER BY case_id", (other,)
            )
            if r[0] not in shared
        ]
        c.executemany(
            "DELETE FROM case_subjects WHERE case_id = ? AND person_id = ?",
            [(case_id, other) for case_id in shared],
        )
        c.execute("UPDATE case_subjects SET person_id = ? WHERE person_id = ?", (keep, other))
        # Aliases: the merged record's own name (when it differs), then its aliases.
        have = {fold(a) for a in kept.aliases} | {name_key(kept.given_name, kept.family_name)}
        new_aliases = []
        for alias in [merged.full_name, *merged.aliases]:
            if alias and fold(alias) not in have:
                have.add(fold(alias))
                new_aliases.append(alias)
        c.executemany(
            "INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)",
            [(keep, a) for a in new_aliases],
        )
        held = {(fold(i.kind), identifier_key(i.value)) for i in kept.identifiers}
        new_idents = [
            i for i in merged.identifiers if (fold(i.kind), identifier_key(i.value)) not in held
        ]
        c.executemany(
            "INSERT INTO person_identifiers (person_id, kind, value) VALUES (?, ?, ?)",
            [(keep, i.kind, i.value) for i in new_idents],
        )
        start = len(kept.addresses)
        new_addresses = [a for a in merged.addresses if a not in kept.addresses]
        c.executemany(
            "INSERT INTO person_addresses (person_id, position, address) VALUES (?, ?, ?)",
            [(keep, start + n, a) for n, a in enumerate(new_addresses)],
        )
        links_moved = c.execute(
            "SELECT count(*) FROM person_links WHERE person_id = :o OR other_id = :o",
            {"o": other},
        ).fetchone()[0]
        c.execute("UPDATE person_links SET person_id = ? WHERE person_id = ?", (keep, other))
        c.execute("UPDATE person_links SET other_id = ? WHERE other_id = ?", (keep, other))
        dropped = c.execute("DELETE FROM person_links WHERE person_id = other_id").rowcount
        # The same relationship twice between the same two people: one is enough.
        dropped += c.execute(
            "DELETE FROM person_links WHERE id NOT IN (SELECT min(id) FROM person_links "
            "WHERE person_id = :k OR other_id = :k GROUP BY person_id, other_id, "
            "relationship) AND (person_id = :k OR other_id = :k)",
            {"k": keep},
        ).rowcount
        moved: dict[str, Any] = {
            "cases": moved_cases,
            "shared_cases": shared,
            "aliases": len(new_aliases),
            "identifiers": len(new_idents),
            "addresses": len(new_addresses),
            "links": int(links_moved) - dropped,
            "links_dropped": dropped,
        }
        c.execute(
            "UPDATE people SET search_text = ?, updated_at = ? WHERE id = ?",
            (person_search_text(self.person(keep)), now, keep),
        )
        c.execute(
            "UPDATE people SET merged_into = ?, updated_at = ? WHERE id = ?", (keep, now, other)
        )
        c.execute(
            "INSERT INTO person_merges (id, kept_id, merged_id, reason, merged_by, merged_at, "
            "moved) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (merge_id, keep, other, reason, by, now, json.dumps(moved, sort_keys=True)),
        )
        return moved
