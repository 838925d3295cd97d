"""Likely duplicates (issue 11): the indexed folded-name key against the plain scan it
replaces, on the same people in the same process. Prints times and their ratio.

    python bench/people_duplicates_bench.py [--people 100000] [--checks 200]

The people are invented (random letters, Welsh diacritics, dates of birth over 80 years)
and written with the store's own add_person, so they carry their key as in use. The
baseline reads every person and folds their name in Python, as a look-up without the key
would have to (SQL cannot fold NFKD). Both answer the same question; the check asserts they
agree.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date, timedelta

import sqlcipher3

from securedesk.core.cases.case_store import CaseStore
from securedesk.core.cases.name_keys import name_key
from securedesk.core.cases.person_store import PersonStore
from securedesk.core.domain import Person
from securedesk.core.vault import schema

LETTERS = "abcdefghijklmnopqrstuvwyâêîôûŵŷ"


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 9))).capitalize()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--checks", type=int, default=200)
    args = parser.parse_args()
    rng = random.Random(20261130)
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    schema.migrate(conn)
    store = CaseStore(conn)
    people = []
    conn.execute("BEGIN")
    for _ in range(args.people):
        dob = date(1940, 1, 1) + timedelta(days=rng.randint(0, 80 * 365))
        p = Person(_name(rng), _name(rng), dob)
        store.add_person(p, "2026-01-01T00:00:00+00:00")
        people.append(p)
    conn.execute("COMMIT")
    persons = PersonStore(conn)
    probes = [rng.choice(people) for _ in range(args.checks)]
    probes = [Person(p.given_name.upper(), p.family_name.lower(), p.date_of_birth) for p in probes]

    def indexed(p: Person) -> set[str]:
        return {m.person_id for m in persons.likely_matches([p], exclude=set())}

    def scan(p: Person) -> set[str]:
        key, dob = name_key(p.given_name, p.family_name), p.date_of_birth
        assert dob is not None
        return {
            pid
            for pid, g, f, d in conn.execute(
                "SELECT id, given_name, family_name, date_of_birth FROM people"
            )
            if d == dob.isoformat() and name_key(g, f) == key
        }

    def timed(fn: object, sample: list[Person]) -> list[float]:
        out = []
        for p in sample:
            t = time.perf_counter()
            fn(p)  # type: ignore[operator]
            out.append(time.perf_counter() - t)
        return out

    for p in probes[:5]:
        assert indexed(p) == scan(p), "the index and the scan disagree"
    fast = timed(indexed, probes)
    slow = timed(scan, probes[: max(5, args.checks // 20)])
    f_med, s_med = statistics.median(fast), statistics.median(slow)
    print(f"people: {args.people}, checks: {len(fast)} indexed / {len(slow)} scanned")
    print(f"indexed folded-name key  median {f_med * 1000:.3f} ms")
    print(f"baseline full scan       median {s_med * 1000:.1f} ms")
    print(f"ratio indexed/scan       {f_med / s_med:.5f}  ({s_med / f_med:,.0f}x faster)")


if __name__ == "__main__":
    main()
