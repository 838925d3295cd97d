"""The search terms: drawn reproducibly from the invented data in the built vault.

What a room officer types: a surname, a given name, a name typed without its accents, the
first letters of a name (search as you type), a word remembered from an information item, a
case reference, or two words (given name and surname, or two words of one item).
"""

from __future__ import annotations

import random
import re
import unicodedata
from typing import Any

Connection = Any

# Share of each kind among the queries; they add up to 1.
KINDS = (
    ("surname", 0.18),
    ("given name", 0.12),
    ("unaccented name", 0.10),
    ("prefix 3-5", 0.20),
    ("item word", 0.15),
    ("case ref", 0.10),
    ("two words", 0.15),
)

_WORD = re.compile(r"[^\W\d_]{5,}", re.UNICODE)


def fold(text: str) -> str:
    """The name as typed on a keyboard without accents: Siân -> Sian."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _max_rowid(conn: Connection, table: str) -> int:
    return int(conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0])


class _Sampler:
    def __init__(self, conn: Connection, rng: random.Random) -> None:
        self.conn = conn
        self.rng = rng
        self.max_person = _max_rowid(conn, "people")
        self.max_item = _max_rowid(conn, "items")
        self.max_case = _max_rowid(conn, "cases")

    def subject(self) -> tuple[str, str]:
        """Given and family name of a random case subject (searchable through their case)."""
        while True:
            row = self.conn.execute(
                "SELECT p.given_name, p.family_name FROM people p "
                "WHERE p.rowid = ? AND EXISTS (SELECT 1 FROM case_subjects cs "
                "WHERE cs.person_id = p.id)",
                (self.rng.randint(1, self.max_person),),
            ).fetchone()
            if row:
                return str(row[0]), str(row[1])

    def item_text(self) -> str:
        while True:
            row = self.conn.execute(
                "SELECT text FROM items WHERE rowid = ?", (self.rng.randint(1, self.max_item),)
            ).fetchone()
            if row:
                return str(row[0])

    def item_words(self, count: int) -> list[str]:
        while True:
            words = _WORD.findall(self.item_text())
            if len(words) >= count:
                start = self.rng.randrange(len(words) - count + 1)
                return words[start : start + count]

    def case_ref(self) -> str:
        while True:
            row = self.conn.execute(
                "SELECT ref FROM cases WHERE rowid = ?", (self.rng.randint(1, self.max_case),)
            ).fetchone()
            if row:
                return str(row[0])

    def query(self, kind: str) -> str:
        rng = self.rng
        if kind == "surname":
            return self.subject()[1]
        if kind == "given name":
            return self.subject()[0]
        if kind == "unaccented name":
            for _ in range(2000):
                given, family = self.subject()
                accented = [n for n in (given, family) if fold(n) != n]
                if accented:
                    text = fold(rng.choice(accented))
                    return text.lower() if rng.random() < 0.5 else text
            return fold(self.subject()[1])
        if kind == "prefix 3-5":
            name = rng.choice(self.subject()).split()[-1]
            return name[: rng.randint(3, 5)].lower()
        if kind == "item word":
            return self.item_words(1)[0].lower()
        if kind == "case ref":
            return self.case_ref()
        if kind == "two words":
            if rng.random() < 2 / 3:
                given, family = self.subject()
                return f"{given} {family}"
            return " ".join(self.item_words(2)).lower()
        raise ValueError(kind)


def make_queries(conn: Connection, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, text) pairs, the kinds in their shares and shuffled, the same for the same seed."""
    rng = random.Random(seed)
    sampler = _Sampler(conn, rng)
    kinds: list[str] = []
    for kind, share in KINDS:
        kinds += [kind] * round(count * share)
    while len(kinds) < count:
        kinds.append(KINDS[len(kinds) % len(KINDS)][0])
    kinds = kinds[:count]
    rng.shuffle(kinds)
    return [(kind, sampler.query(kind)) for kind in kinds]
