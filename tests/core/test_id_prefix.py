"""Ids typed as unique prefixes (resolve_prefix), on a plain table and its query plan."""

from __future__ import annotations

import sqlite3

import pytest

from securedesk.core.errors import InvalidInput, NotFound
from securedesk.core.id_prefix import IdKind, IdWhat, lower_id, resolve_prefix, upper_ref

IDS = [
    "3f2a0c1e-0000-4000-8000-000000000001",
    "3f2a0c1e-0000-4000-8000-000000000002",
    "3f2b9999-0000-4000-8000-000000000003",
    "abcd",  # a short whole id
    "ab%d-1111",  # a character LIKE would treat as a wildcard
]


@pytest.fixture
def conn() -> sqlite3.Connection:
    c = sqlite3.connect(":memory:")
    c.execute("CREATE TABLE things (id TEXT PRIMARY KEY, hidden INTEGER NOT NULL DEFAULT 0)")
    c.executemany("INSERT INTO things (id) VALUES (?)", [(i,) for i in IDS])
    c.execute("INSERT INTO things VALUES ('3f2c0000-hidden', 1)")
    return c


def resolve(conn: sqlite3.Connection, typed: str, **kw: object) -> str:
    return resolve_prefix(conn, "things", "id", typed, what=IdWhat.MEETING, **kw)  # type: ignore[arg-type]


def test_a_whole_id_and_a_unique_prefix_resolve(conn: sqlite3.Connection) -> None:
    assert resolve(conn, IDS[2]) == IDS[2]
    assert resolve(conn, "  3f2b ") == IDS[2]
    assert resolve(conn, "3f2a0c1e-0000-4000-8000-000000000001") == IDS[0]
    assert resolve(conn, "3F2B", normalise=lower_id) == IDS[2]


def test_a_short_whole_id_is_accepted_but_a_short_prefix_is_not(conn: sqlite3.Connection) -> None:
    assert resolve(conn, "abcd") == "abcd"
    with pytest.raises(InvalidInput) as e:
        resolve(conn, "3f2")
    assert e.value.kind is IdKind.ID_PREFIX_TOO_SHORT
    assert str(e.value) == (
        "'3f2' is too short to name a meeting: type at least 4 characters of its id, or the "
        "whole id. Nothing was changed."
    )
    with pytest.raises(InvalidInput) as e:
        resolve(conn, "   ")
    assert e.value.kind is IdKind.ID_PREFIX_TOO_SHORT


def test_an_ambiguous_prefix_names_how_many_and_asks_for_more(conn: sqlite3.Connection) -> None:
    with pytest.raises(InvalidInput) as e:
        resolve(conn, "3f2a")
    assert e.value.kind is IdKind.ID_PREFIX_AMBIGUOUS
    assert e.value.data["count"] == 2
    assert str(e.value).startswith(
        f"'3f2a' is the beginning of 2 ids (meeting): {IDS[0]}, {IDS[1]}."
    )
    assert "Type more characters" in str(e.value)


def test_unknown_prefixes_are_not_found_and_like_wildcards_are_plain_characters(
    conn: sqlite3.Connection,
) -> None:
    too_long = IDS[0] + "9"
    for typed in ("ffff", too_long, "ab_d", "3f%a", "3f2á", "3f2\x00a"):
        with pytest.raises(NotFound) as e:
            resolve(conn, typed)
        assert e.value.kind is IdKind.ID_PREFIX_NOT_FOUND
    assert resolve(conn, "ab%d") == "ab%d-1111"
    assert "No meeting has an id beginning 'ffff'" in str(_not_found(conn, "ffff"))


def _not_found(conn: sqlite3.Connection, typed: str) -> NotFound:
    with pytest.raises(NotFound) as e:
        resolve(conn, typed)
    return e.value


def test_a_callers_condition_hides_ids_and_its_own_error_is_used(conn: sqlite3.Connection) -> None:
    assert resolve(conn, "3f2c") == "3f2c0000-hidden"
    with pytest.raises(NotFound):
        resolve(conn, "3f2c", where="hidden = ?", params=(0,))
    with pytest.raises(LookupError, match="gone 3f2c"):
        resolve(conn, "3f2c", where="hidden = 0", missing=lambda p: LookupError(f"gone {p}"))  # type: ignore[arg-type,return-value]


def test_the_range_query_uses_the_index_not_a_scan(conn: sqlite3.Connection) -> None:
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    resolve(conn, "3f2b")
    conn.set_trace_callback(None)
    ranged = [s for s in traced if ">=" in s]
    assert ranged and "LIKE" not in " ".join(traced)
    sql = ranged[0].replace("'3f2b'", "?").replace("'3f2c'", "?")
    plan = " ".join(str(r[-1]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql, ("3f2b", "3f2c")))
    assert "USING" in plan and "INDEX" in plan, plan


def test_table_and_column_must_be_identifiers(conn: sqlite3.Connection) -> None:
    with pytest.raises(ValueError):
        resolve_prefix(conn, "things; DROP TABLE things", "id", "abcd", what=IdWhat.MEETING)


def test_refs_are_normalised_to_capitals() -> None:
    assert upper_ref(" wf-2026-0001 ") == "WF-2026-0001"
