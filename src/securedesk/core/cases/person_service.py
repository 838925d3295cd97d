"""People as records of their own, for the signed-in user: `session.people`.

Who may see a person follows from the cases: a person is reached through the cases they are
a subject of, or (someone recorded only as a subject's relation) through the cases of the
people linked to them.

- Search and likely duplicates list only people reached through a case at or below what the
  user may see (their clearance and the terminal's ceiling), as the case list does; the
  cases they show are those cases, by reference, as the case list shows them.
- Showing a person's details (identifiers, addresses, links) is a consultation of a case:
  the gate is asked for one case that reaches them (the user's own first, otherwise the one
  the given justification opens) and the event is recorded on that case.
- Cases above what the user may see are neither shown nor counted, anywhere: a count would
  tell them that a case they may not know of exists.
- A merge changes every case either person appears in, so it needs the gate's leave to change
  each of them; if any is refused (above clearance included) the merge is refused without
  naming the case.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from securedesk.core.access import Permission
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.audit.search_digest import search_details
from securedesk.core.cases.case_search import fts_query
from securedesk.core.cases.people_kinds import PeopleField, PeopleKind
from securedesk.core.cases.person_store import (
    LikelyMatch,
    MergeRecord,
    PersonCase,
    PersonLinkView,
    PersonStore,
)
from securedesk.core.domain import Person, new_id
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput, NotFound, PolicyRefused
from securedesk.core.id_prefix import IdWhat, lower_id, resolve_prefix
from securedesk.core.text_rules import clean_text
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

MIN_SEARCH_CHARS = 2
MAX_SEARCH_HITS = 200


@dataclass(frozen=True)
class PersonHit:
    person: Person
    cases: tuple[PersonCase, ...]  # the visible cases they are a subject of
    merged_into: str | None
    linked_cases: tuple[PersonCase, ...] = ()  # visible cases of people linked to them


@dataclass(frozen=True)
class PersonRecord:
    """Everything `person show` and the person view show about one person."""

    person: Person
    merged_into: str | None
    cases: tuple[PersonCase, ...]  # subject of, at or below what the user may see
    linked_cases: tuple[PersonCase, ...]  # through a linked person, likewise
    links: tuple[PersonLinkView, ...]
    merges: tuple[MergeRecord, ...]
    seen_through: str  # the case (ref) whose gate let the user in


@dataclass(frozen=True)
class Duplicate:
    """A likely duplicate as offered to the officer: the match and its visible cases."""

    match: LikelyMatch
    cases: tuple[PersonCase, ...] = field(default_factory=tuple)


class PersonService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.store = PersonStore(session.vault.conn)

    # -- who may be seen ----------------------------------------------------------------

    def _visible(self, cases: list[PersonCase]) -> list[PersonCase]:
        limit = self.session.visible_marking
        return [c for c in cases if c.marking <= limit]

    def _reach(self, person_id: str) -> tuple[list[PersonCase], list[PersonCase]]:
        """Cases the person is a subject of, and cases reaching them through a link, at or
        below what the user may see. A merged record is reached as its kept one is."""
        kept = self.store.merged_into(person_id)
        if kept is not None:
            cases, linked = self._reach(kept)
            return [], cases + [c for c in linked if c not in cases]
        return (
            self._visible(self.store.subject_cases(person_id)),
            self._visible(self.store.linked_cases(person_id)),
        )

    def resolve(self, typed: str) -> str:
        """The person id `typed` names (a unique prefix will do), among the people this user
        could reach at all: an id of someone only in cases above their clearance is not
        found, and never counted in an ambiguity."""
        rank = self.session.visible_marking.rank
        reach = (
            "id IN (SELECT cs.person_id FROM case_subjects cs JOIN cases c ON c.id = cs.case_id"
            " WHERE c.marking_rank <= :r) OR id IN (SELECT l.other_id FROM person_links l "
            "JOIN case_subjects cs ON cs.person_id = l.person_id JOIN cases c ON c.id = "
            "cs.case_id WHERE c.marking_rank <= :r) OR id IN (SELECT l.person_id FROM "
            "person_links l JOIN case_subjects cs ON cs.person_id = l.other_id JOIN cases c "
            "ON c.id = cs.case_id WHERE c.marking_rank <= :r) OR merged_into IS NOT NULL"
        ).replace(":r", str(int(rank)))
        with database.guarded(self.session.vault.conn):
            return resolve_prefix(
                self.session.vault.conn,
                "people",
                "id",
                typed,
                what=IdWhat.PERSON,
                normalise=lower_id,
                where=reach,
                missing=lambda shown: NotFound(ErrorKind.PERSON_NOT_FOUND, person_id=shown),
            )

    # -- search and show ----------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[PersonHit]:
        """People whose names, aliases or identifiers match, with their visible cases. A
        consultation: the query is recorded, never the results."""
        self.session.require(Permission.VIEW_CASES)
        match = fts_query(text)
        if match is None or sum(ch.isalnum() for ch in text) < MIN_SEARCH_CHARS:
            raise InvalidInput(PeopleKind.SEARCH_TOO_SHORT, minimum=MIN_SEARCH_CHARS)
        limit = max(1, min(limit, MAX_SEARCH_HITS))
        hits: list[PersonHit] = []
        with self.session.consult(
            AuditAction.PEOPLE_SEARCHED,
            OnObject("search", "people"),
            details=search_details(self.session.vault.conn, text),
        ):
            for pid in self.store.search_ids(match, limit * 4):
                cases, linked = self._reach(pid)
                if not cases and not linked:
                    continue
                hits.append(
                    PersonHit(
                        self.store.person(pid),
                        tuple(cases),
                        self.store.merged_into(pid),
                        tuple(c for c in linked if c not in cases),
                    )
                )
                if len(hits) >= limit:
                    break
        return hits

    def show(self, typed_id: str, justification: str = "") -> PersonRecord:
        person_id = self.resolve(typed_id)
        cases, linked = self._reach(person_id)
        reach = cases + [c for c in linked if c not in cases]
        me = self.session.vault.user
        chosen = next((c for c in reach if c.owner == me), None)
        if chosen is None:
            for c in reach:
                if self.session.may(
                    OnCase(case_id=c.case_id, justification=justification), Permission.VIEW_CASES
                ):
                    chosen = c
                    break
        if not reach:
            raise NotFound(ErrorKind.PERSON_NOT_FOUND, person_id=person_id)
        # Nobody chosen: the gate on the first case records the refusal and words it.
        through = chosen or reach[0]
        with self.session.consult(
            AuditAction.PERSON_VIEWED,
            OnCase(case_id=through.case_id, justification=justification),
            details={"person": person_id},
        ):
            return PersonRecord(
                person=self.store.person(person_id),
                merged_into=self.store.merged_into(person_id),
                cases=tuple(cases),
                linked_cases=tuple(c for c in linked if c not in cases),
                links=tuple(self.store.links(person_id)),
                merges=tuple(self.store.merges_of(person_id)),
                seen_through=through.ref,
            )

    # -- likely duplicates --------------------------------------------------------------

    def likely_duplicates(self, people: list[Person], *, purpose: str = "case") -> list[Duplicate]:
        """People held here who look like `people` (same folded name and date of birth, or
        the same identifier), among those the user may see: before a case is added or a
        bundle imported. Recorded as a consultation (how many, never who)."""
        self.session.require(Permission.VIEW_CASES)
        conn = self.session.vault.conn
        with database.guarded(conn):
            with database.transaction(conn):
                self.store.key_missing()
            found: list[Duplicate] = []
            for match in self.store.likely_matches(people, exclude={p.id for p in people}):
                cases, linked = self._reach(match.person_id)
                if cases or linked:
                    found.append(Duplicate(match, tuple(cases)))
        with self.session.consult(
            AuditAction.LIKELY_DUPLICATES_CHECKED,
            OnObject("search", "people"),
            details={"for": purpose, "people": len(people), "likely": len(found)},
        ):
            pass
        return found

    def check_existing(self, typed_ids: list[str]) -> list[str]:
        """Person ids for a new case's existing subjects: each one the user may reach and not
        merged into another (its kept record is named instead)."""
        ids = []
        for typed in typed_ids:
            pid = self.resolve(typed)
            kept = self.store.merged_into(pid)
            if kept is not None:
                raise InvalidInput(PeopleKind.PERSON_MERGED, person_id=pid, kept_id=kept)
            ids.append(pid)
        return ids

    # -- merging ------------------------------------------------------------------------

    def merge(
        self, keep_typed: str, other_typed: str, reason: str, *, justification: str = ""
    ) -> MergeRecord:
        """One person from two records: the other's cases and links move to the kept one,
        which also gains its names (as aliases), identifiers and addresses; the other stays,
        marked as merged into the kept one, so the merge can be explained. Audited as one
        combination, with an event on each case whose subjects changed."""
        self.session.require(Permission.EDIT_CASES)
        keep = self.resolve(keep_typed)
        other = self.resolve(other_typed)
        if keep == other:
            raise InvalidInput(PeopleKind.MERGE_SAME_PERSON, person_id=keep)
        for pid in (keep, other):
            kept = self.store.merged_into(pid)
            if kept is not None:
                raise InvalidInput(PeopleKind.PERSON_MERGED, person_id=pid, kept_id=kept)
        reason = clean_text(reason, PeopleField.MERGE_REASON, limit=2000)
        affected: dict[str, PersonCase] = {}
        for pid in (keep, other):
            subject = self.store.subject_cases(pid)
            for c in subject or self.store.linked_cases(pid):
                affected[c.case_id] = c
        refused = [
            c
            for c in affected.values()
            if not self.session.may(
                OnCase(case_id=c.case_id, justification=justification), Permission.EDIT_CASES
            )
        ]
        if refused or not affected:
            self.session.record_refusal(
                AuditAction.REFUSED_PERSON_MERGE,
                "person",
                keep,
                justification,
                category=Category.COMBINATION,
                details={"merged": other, "cases_refused": len(refused)},
            )
            raise PolicyRefused(PeopleKind.MERGE_NOT_VISIBLE)
        merge_id = new_id()
        now = self.session.clock.now()
        with self.session.change(
            Category.COMBINATION,
            AuditAction.PERSON_MERGED,
            OnObject("person", keep),
            details={"merged": other, "merge": merge_id},
        ) as tx:
            for case_id in sorted(affected):
                with self.session.change(
                    Category.COMBINATION,
                    AuditAction.CASE_SUBJECT_MERGED,
                    OnCase(case_id=case_id, justification=justification),
                    details={"kept": keep, "merged": other, "merge": merge_id},
                ):
                    pass
            moved = self.store.merge(merge_id, keep, other, reason, self.session.vault.user, now)
            tx.details = {
                "merged": other,
                "merge": merge_id,
                "cases": len(moved["cases"]),
                "aliases": moved["aliases"],
                "identifiers": moved["identifiers"],
                "links": moved["links"],
            }
        return next(m for m in self.store.merges_of(keep) if m.id == merge_id)
