"""The keys people are matched on as likely duplicates: names folded for diacritics and
case, identifiers without spaces, hyphens or case."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """`text` folded for diacritics and case: NFKD, combining marks dropped, casefold, and
    spaces collapsed ("Siân  Ó Néill" -> "sian o neill")."""
    out = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in out if not unicodedata.combining(c)).casefold()
    # casefold can itself produce decomposable text: fold once more.
    out = "".join(c for c in unicodedata.normalize("NFKD", out) if not unicodedata.combining(c))
    return " ".join(out.split())


def name_key(given_name: str, family_name: str) -> str:
    """The key people are matched on: the whole name folded, however it was split."""
    return fold(f"{given_name} {family_name}")


def identifier_key(value: str) -> str:
    """An identifier's value without spaces or hyphens, in capitals (as its index has it)."""
    return value.replace(" ", "").replace("-", "").upper()
