"""Full-text search over case references, people and items (SQL)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from securedesk.core.cases.case_store import case_rows_in_order
from securedesk.core.domain import (
    CaseStatus,
)
from securedesk.core.markings import Marking
from securedesk.core.vault.database import Connection


@dataclass(frozen=True)
class SearchHit:
    case_id: str
    ref: str
    subjects: str
    marking: Marking
    owner: str
    matched: tuple[str, ...]  # which kinds of record matched: case, person, item
    status: CaseStatus = CaseStatus.REFERRAL


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


class CaseSearch:
    """The search indexes: candidates from each, grouped into cases."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def optimize_search(self) -> None:
        """Merge each full-text index into one segment after a bulk load: every later
        query then reads one b-tree instead of dozens (about fivefold faster per query
        with SQLCipher's memory security on)."""
        for table in ("cases_fts", "people_fts", "items_fts"):
            self.conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")

    def search(
        self,
        text: str,
        limit: int = 50,
        per_source: int = 200,
        max_marking: Marking = Marking.SECRET,
        *,
        items_of_owner: str | None = None,
        item_max_marking: Marking = Marking.SECRET,
        owner: str | None = None,
    ) -> list[SearchHit]:
        """Cases whose reference, subjects or items match every word of `text`.

        Each index (case references, people, items) gives at most `per_source` candidates,
        read in rowid order and never all of its matches, so a common word costs about what
        a rare one does: whole-word matches first (a single word's newest first); then, if
        there are fewer than `per_source`, matches of the last word as a prefix (the user
        may still be typing it). Nothing is ranked over every match: bm25 over the 300,000
        items holding a common word took seconds.

        `items_of_owner` limits item matches to that user's cases, `item_max_marking` to items
        at or below it, and `owner` limits every match to that owner's cases (in SQL, so a
        large vault's "my cases" search misses none).

        The cases come in the order: reference matched, then a subject, then an item; the
        most recently changed first within each, then by reference.
        """
        chosen, kinds = self._matching_cases(
            text, per_source, max_marking, items_of_owner, item_max_marking, owner
        )
        return self._hits(chosen[:limit], kinds)

    def search_every(
        self,
        text: str,
        max_marking: Marking = Marking.SECRET,
        *,
        items_of_owner: str | None = None,
        item_max_marking: Marking = Marking.SECRET,
        owner: str | None = None,
        offset: int = 0,
        limit: int | None = None,
    ) -> tuple[list[SearchHit], int]:
        """search() over every match of each index, not the first `per_source`: the page of
        hits at `offset` (all from there without `limit`), in search()'s order, and the
        number of cases that match under the same limits. Its cost grows with the matches
        of a common word, so it is for a complete list, not for search as you type."""
        chosen, kinds = self._matching_cases(
            text, None, max_marking, items_of_owner, item_max_marking, owner
        )
        end = None if limit is None else offset + limit
        return self._hits(chosen[offset:end], kinds), len(chosen)

    def _matching_cases(
        self,
        text: str,
        per_source: int | None,
        max_marking: Marking,
        items_of_owner: str | None,
        item_max_marking: Marking,
        owner: str | None,
    ) -> tuple[list[int], dict[int, set[int]]]:
        """The rowids of the matching cases in search order, and what matched in each."""
        exact = fts_query(text, prefix_last=False)
        if exact is None:
            return [], {}
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
             WHERE c.marking_rank <= :max_rank AND (:owner IS NULL OR c.owner = :owner)
            UNION ALL
            SELECT c.rowid, 1, c.updated_at, c.ref
              FROM json_each(:people) j
              JOIN people pe ON pe.rowid = j.value
              JOIN case_subjects cs ON cs.person_id = pe.id
              JOIN cases c ON c.id = cs.case_id
             WHERE c.marking_rank <= :max_rank AND (:owner IS NULL OR c.owner = :owner)
            UNION ALL
            SELECT c.rowid, 2, c.updated_at, c.ref
              FROM json_each(:items) j
              JOIN items it ON it.rowid = j.value
              JOIN cases c ON c.id = it.case_id
             WHERE c.marking_rank <= :max_rank AND (:owner IS NULL OR c.owner = :owner)
               AND (:item_owner IS NULL OR c.owner = :item_owner)
               AND it.marking IN (SELECT value FROM json_each(:item_markings))
            """,
            {
                "cases": found["cases_fts"],
                "people": found["people_fts"],
                "items": found["items_fts"],
                "max_rank": max_marking.rank,
                "owner": owner,
                "item_owner": items_of_owner,
                # The markings allowed, from the one order in markings.py (items keep no rank).
                "item_markings": json.dumps([m.value for m in Marking if m <= item_max_marking]),
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
        return chosen, kinds

    def _hits(self, chosen: list[int], kinds: dict[int, set[int]]) -> list[SearchHit]:
        rows = case_rows_in_order(self.conn, chosen)
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

    def _fts_candidates(
        self, table: str, exact: str, top_up: str | None, n: int | None
    ) -> list[int]:
        """Up to `n` rowids of `table` matching `exact`, then `top_up`'s (every match of
        either when `n` is None).

        FTS5 reads matches in rowid order without ranking them, so a LIMIT stops early. One
        word is read newest first. Several words, which seldom match more than `n` records,
        and a prefix are read oldest first: in descending order FTS5 intersects and merges
        lists in ways that, under cipher_memory_security, cost 25 times as much (a case
        reference) and, for a common prefix of the items index, over a minute.
        """
        if n is None:
            every: dict[int, None] = {}
            for query in (exact, top_up) if top_up is not None else (exact,):
                for (r,) in self.conn.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (query,)
                ):
                    every[int(r)] = None
            return list(every)
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
