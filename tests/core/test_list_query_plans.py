"""Every list the case window offers is read from an index, in order: no scan of the whole
table and no temporary b-tree to sort a page, for a user cleared to SECRET and one cleared to
OFFICIAL-SENSITIVE (whose clearance clause once kept the list indexes from serving). And the
index-friendly clauses return the rows the plain filters and sort say they should."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
import sqlcipher3

from securedesk.core.cases.case_query import SORT_COLUMNS, CaseQuery
from securedesk.core.cases.case_store import CaseRow, CaseStore
from securedesk.core.domain import CaseStatus
from securedesk.core.markings import Marking
from securedesk.core.vault import schema
from securedesk.demo.invented_data import generate
from securedesk.gui.case_list_model import COLUMNS

OWNERS = ("olivia", "oscar", "owen", "ola")
TODAY = date(2026, 1, 15)
CLEARANCES = (Marking.SECRET, Marking.OFFICIAL_SENSITIVE)

# What the window offers (gui/case_list_page.py build_query, gui/case_list_model.py COLUMNS):
# "My cases" or "All cases"; open cases, all statuses or one status; any marking or one;
# review due within 30 days or not; children only or not; a sort on any sortable column,
# either way. "updated" (last change) is offered by the store and measured in bench/.
STATUS_CHOICES: tuple[str | CaseStatus | None, ...] = ("open", None, *CaseStatus)
SORTS = sorted({key for _header, key in COLUMNS if key is not None} | {"updated"})

# Plans that are allowed to sort or scan, each with its reason. None: every list is served.
ALLOWED: dict[str, str] = {}


def window_queries(clearance: Marking) -> Iterator[CaseQuery]:
    for mine, status, marking, due, child, sort, descending in itertools.product(
        (False, True),
        STATUS_CHOICES,
        (None, *Marking),
        (False, True),
        (None, True),
        SORTS,
        (False, True),
    ):
        yield CaseQuery(
            owner="olivia" if mine else None,
            open_only=status == "open",
            status=status if isinstance(status, CaseStatus) else None,
            marking=marking,
            review_due_by=TODAY if due else None,
            child=child,
            sort=sort,
            descending=descending,
            max_marking=clearance,
            limit=25,
            offset=10,
        )


class Recording:
    """The store's connection, keeping every statement it is given."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.statements: list[tuple[str, list[Any]]] = []

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.statements.append((sql, list(params)))
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        return self.conn.executemany(sql, rows)


@pytest.fixture(scope="module")
def vault() -> Iterator[Any]:
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    store = CaseStore(conn)
    conn.execute("BEGIN")
    for n, demo in enumerate(generate(20260101, 300, OWNERS, TODAY, items_per_case=1)):
        demo.add_to(
            store,
            recorded_by="admin",
            framework_version=1,
            now=f"2026-01-{1 + n % 28:02d}T09:00:00+00:00",
        )
    conn.execute("COMMIT")
    yield conn
    conn.close()


def _faults(plan: list[str]) -> list[str]:
    faults = [step for step in plan if "USE TEMP B-TREE" in step]
    faults += [step for step in plan if step.startswith("SCAN c") and " INDEX " not in step]
    return faults


@pytest.mark.parametrize("clearance", CLEARANCES, ids=lambda m: m.value)
def test_every_window_list_is_read_from_an_index_in_order(vault: Any, clearance: Marking) -> None:
    recording = Recording(vault)
    store = CaseStore(recording)
    failures: list[str] = []
    checked = 0
    for query in window_queries(clearance):
        recording.statements.clear()
        store.count_cases(query)
        store.list_cases(query)
        for sql, params in recording.statements:
            if "json_each" in sql:  # the chosen page's columns, by rowid
                continue
            plan = [str(r[3]) for r in vault.execute("EXPLAIN QUERY PLAN " + sql, params)]
            checked += 1
            faults = [f for f in _faults(plan) if f not in ALLOWED]
            if faults:
                failures.append(f"{query}\n  {sql}\n  {' | '.join(plan)}")
    assert checked == 2 * 2 * len(STATUS_CHOICES) * 4 * 2 * 2 * len(SORTS) * 2
    assert not failures, f"{len(failures)} list queries sort or scan:\n" + "\n".join(failures[:5])


def _expected(rows: list[CaseRow], query: CaseQuery) -> list[str]:
    """The page by the plain meaning of the filters and the sort, worked out in Python."""
    assert query.max_marking is not None
    kept = [
        r
        for r in rows
        if (query.owner is None or r.owner == query.owner)
        and (query.status is None or r.status is query.status)
        and (not query.open_only or r.status is not CaseStatus.CLOSED)
        and (query.marking is None or r.marking is query.marking)
        and (query.child is None or r.is_child == query.child)
        and (
            query.review_due_by is None
            or (r.next_review is not None and r.next_review <= query.review_due_by)
        )
        and r.marking <= query.max_marking
    ]

    def key(r: CaseRow) -> Any:
        value: Any = {
            "ref": None,
            "status": r.status.value,
            "owner": r.owner,
            "next_review": r.next_review.isoformat() if r.next_review else "",
            "updated": r.updated_at,
            "marking": r.marking.rank,
            "child": int(r.is_child),
        }[query.sort]
        return (value, r.ref) if value is not None else (r.ref,)

    ordered = sorted(kept, key=key, reverse=query.descending)
    return [r.ref for r in ordered[query.offset : query.offset + query.limit]]


def test_the_lists_return_the_rows_their_filters_and_sort_say(vault: Any) -> None:
    store = CaseStore(vault)
    everything = store.list_cases(CaseQuery(limit=10_000))
    assert len(everything) == 300
    assert {r.is_child for r in everything} == {False, True}
    assert {r.marking for r in everything} == set(Marking)
    assert len({r.updated_at for r in everything}) > 1
    nonempty = 0
    for clearance in CLEARANCES:
        for query in window_queries(clearance):
            got = [r.ref for r in store.list_cases(query)]
            assert got == _expected(everything, query), query
            whole = CaseQuery(**{**query.__dict__, "limit": 10_000, "offset": 0})
            assert store.count_cases(query) == len(_expected(everything, whole)), query
            nonempty += bool(got)
    assert nonempty > 500  # the filters are not all empty on this vault


def test_the_sort_keys_tested_are_the_store_s() -> None:
    assert set(SORTS) <= set(SORT_COLUMNS)


@pytest.mark.parametrize("clearance", CLEARANCES, ids=lambda m: m.value)
@pytest.mark.parametrize(
    ("owner", "child", "index"),
    [
        (None, None, "cases_open_marking"),
        (None, True, "cases_open_child_marking"),
        ("olivia", None, "cases_open_owner_marking"),
    ],
)
def test_open_counts_read_the_open_cases_indexes_by_marking(
    vault: Any, clearance: Marking, owner: str | None, child: bool | None, index: str
) -> None:
    """The window counts its list on every change. Without the clearance clause at SECRET,
    and without migration 21's indexes below it, the open count read an index of every case
    (closed ones too) or every open case's row: 31 ms against 0.8 at 20,000 cases."""
    recording = Recording(vault)
    query = CaseQuery(open_only=True, owner=owner, child=child, max_marking=clearance)
    count = CaseStore(recording).count_cases(query)
    [(sql, params)] = recording.statements
    plan = [str(r[3]) for r in vault.execute("EXPLAIN QUERY PLAN " + sql, params)]
    assert len(plan) == 1 and plan[0].startswith(f"SEARCH c USING INDEX {index} ("), plan
    # The count against the list without any clearance clause, filtered here.
    unfiltered = replace(query, max_marking=None, limit=10_000, offset=0)
    visible = [r for r in CaseStore(vault).list_cases(unfiltered) if r.marking <= clearance]
    assert 0 < count == len(visible)


def _reads_case_rows(conn: Any, sql: str, params: list[Any]) -> bool:
    """Whether the statement's program reads a column of a case row (not only an index)."""
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'cases'").fetchone()[0]
    program = conn.execute("EXPLAIN " + sql, params).fetchall()
    table_cursors = {r[2] for r in program if r[1] == "OpenRead" and r[3] == root}
    return any(r[1] == "Column" and r[2] in table_cursors for r in program)


@pytest.mark.parametrize(
    "query",
    [
        CaseQuery(open_only=True),
        CaseQuery(open_only=True, owner="olivia"),
        CaseQuery(open_only=True, owner="olivia", sort="next_review"),
    ],
    ids=["open cases", "my open cases", "my open cases by next review"],
)
def test_the_open_lists_below_secret_test_the_clearance_in_the_index(
    vault: Any, query: CaseQuery
) -> None:
    """Below SECRET every list carries the clearance clause. A page at offset N of the open
    lists once read the N case rows before it to test that clause (25 ms p95 for a deep page
    at 100,000 cases); migration 21 put the marking in these indexes."""
    recording = Recording(vault)
    cleared = replace(query, max_marking=Marking.OFFICIAL_SENSITIVE, offset=40)
    CaseStore(recording).list_cases(cleared)
    sql, params = recording.statements[0]
    assert "json_each" not in sql
    assert not _reads_case_rows(vault, sql, params), sql


@pytest.mark.parametrize("clearance", CLEARANCES, ids=lambda m: m.value)
def test_no_list_reads_case_rows_for_its_lead_open_and_clearance_clauses(
    vault: Any, clearance: Marking
) -> None:
    """Every list the window offers whose only filters are its lead (owner, status or child),
    the open state and the user's clearance reads its page from the index alone: a page at
    offset N once read the N case rows before it (55 ms median, up to 630 ms, for a deep page
    of all cases at 100,000 cases for a user cleared to OFFICIAL-SENSITIVE)."""
    recording = Recording(vault)
    store = CaseStore(recording)
    failures: list[str] = []
    checked = 0
    for query in window_queries(clearance):
        leads = [v for v in (query.owner, query.status, query.child) if v is not None]
        if len(leads) > 1 or query.review_due_by is not None or query.marking is not None:
            continue  # another filter: its column is tested on the row
        recording.statements.clear()
        store.list_cases(query)
        sql, params = recording.statements[0]
        checked += 1
        if _reads_case_rows(vault, sql, params):
            plan = [str(r[3]) for r in vault.execute("EXPLAIN QUERY PLAN " + sql, params)]
            failures.append(f"{query}\n  {sql}\n  {' | '.join(plan)}")
    assert checked > 100
    assert not failures, f"{len(failures)} lists read case rows:\n" + "\n".join(failures[:6])
