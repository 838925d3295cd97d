"""The case list's filters and order, as SQL that the list and count indexes serve.

CaseQuery writes the WHERE clause of a list page or a count so that one index holds the
page in order and tests every clause it can (migrations 4, 11 and 21; checked by
tests/core/test_list_query_plans.py with EXPLAIN). CaseStore runs it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking

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

    def where(self, sort: str | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters. Given the sort key (the list's query), the
        clause also chooses the index the page is read from: the term of the first of
        owner, status and child that is set (each has an index per sort column, migration
        11), and any term on the sort column itself, stay usable by an index; every other
        term is written `+c.column`, which is the same comparison (the parameters have no
        affinity and the columns hold one type) but which the planner cannot search an index
        with. Without that, an equality or a range on a filter column (the clearance clause
        of a user cleared below SECRET, the review date) would be searched and the page then
        sorted in a temporary b-tree."""
        lead = next(
            (
                column
                for column, value in (
                    ("owner", self.owner),
                    ("status", self.status),
                    ("is_child", self.child),
                )
                if value is not None
            ),
            None,
        )
        sort_column = SORT_COLUMNS[sort].removeprefix("c.") if sort in SORT_COLUMNS else None

        def col(name: str) -> str:
            if sort is None or name in (lead, sort_column):
                return f"c.{name}"
            return f"+c.{name}"

        clauses: list[str] = []
        params: list[Any] = []
        if self.status is not None:
            clauses.append(f"{col('status')} = ?")
            params.append(self.status.value)
        if self.owner is not None:
            clauses.append(f"{col('owner')} = ?")
            params.append(self.owner)
        if self.review_due_by is not None:
            clauses.append(f"{col('next_review')} <= ?")
            params.append(self.review_due_by.isoformat())
        if self.marking is not None:
            # The rank stands for the marking one to one (the table's CHECK), and it is the
            # indexed column.
            clauses.append(f"{col('marking_rank')} = ?")
            params.append(self.marking.rank)
        if self.child is not None:
            clauses.append(f"{col('is_child')} = ?")
            params.append(1 if self.child else 0)
        if self.open_only:
            # Never searched with (an index cannot seek `<>`), and written as the partial
            # indexes of migrations 4 and 21 say, so that they serve the open lists.
            clauses.append("c.status <> 'closed'")
        # At SECRET, the highest marking, the clause filters nothing, and a list leaves it
        # out (counts add it: count_where). Below it, every list index holds the marking
        # (migration 21), so the clause is tested in the index, not on the row.
        if self.max_marking is not None and self.max_marking is not Marking.SECRET:
            clauses.append(f"{col('marking_rank')} <= ?")
            params.append(self.max_marking.rank)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def list_index(self, sort: str) -> str | None:
        """The index to read this list's page from, where SQLite would not choose it, or None.

        SQLite has no statistics here, so between an index of an officer's cases and the same
        index of their open cases it takes the first (and reads the row of every closed case
        it steps over), and it never prefers an index for holding the marking and status that
        spare the read of the row for the clearance and open clauses (migration 21).
        Each named index is usable whenever it is named (an open index only for open_only,
        whose clause says exactly what the index's WHERE says) and keeps the page's order (the
        lead's equality, then the sort column, then the reference)."""
        if self.status is not None:
            return None
        if not self.open_only:
            lead = self.owner is not None or self.child is not None
            return "cases_ref_marking" if sort == "ref" and not lead else None
        if self.owner is not None:
            return _OPEN_OWNER_INDEXES.get(sort)
        if self.child is not None:
            return "cases_open_child_marking" if sort == "marking" else None
        return _OPEN_INDEXES.get(sort)

    def count_where(self) -> tuple[str, list[Any]]:
        """The clause for counting the list: always with the clearance clause, even at
        SECRET where it filters nothing, because it is what lets the planner count from the
        open cases' indexes by marking (migration 21) instead of an index of every case, or
        (below SECRET) the case rows themselves."""
        where, params = self.where()
        if self.max_marking is not None and self.max_marking is not Marking.SECRET:
            return where, params
        clause = "c.marking_rank <= ?"
        return (f"{where} AND {clause}" if where else f" WHERE {clause}"), [
            *params,
            Marking.SECRET.rank,
        ]


# The open lists' partial indexes (migration 21) by sort key: CaseQuery.list_index.
_OPEN_INDEXES = {
    "ref": "cases_open_ref",
    "marking": "cases_open_marking",
    "next_review": "cases_open_review",
    "updated": "cases_open_updated",
}
_OPEN_OWNER_INDEXES = {
    "ref": "cases_open_owner",
    "next_review": "cases_open_owner_review",
    "marking": "cases_open_owner_marking",
}
