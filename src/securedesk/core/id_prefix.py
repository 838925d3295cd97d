"""Ids typed by people, accepted as any unique prefix (as git accepts a commit's first
characters), and case references matched without regard to case.

`resolve_prefix` turns what a person typed into the one full id it names, or refuses:

- the whole id is always accepted, however short;
- a prefix shorter than `min_length` (MIN_PREFIX, 4) is refused (too short to be safe:
  a slip of two characters should not act on a stranger's meeting);
- a prefix no id begins with is NotFound;
- a prefix several ids begin with is InvalidInput, naming how many and the first few, and
  asking for more characters.

The lookup is an indexed range query (`column >= prefix AND column < successor`), never LIKE
on user input: `%` and `_` in what was typed are ordinary characters, and a primary key or
unique index answers it without a scan. Ids are ASCII; a prefix holding anything else, or a
control character, names nothing.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind
from securedesk.core.errors import InvalidInput, NotFound, SecureDeskError
from securedesk.core.vault import database

MIN_PREFIX = 4  # characters, unless the whole id is typed
SHOWN_CANDIDATES = 5  # ids named in an ambiguity refusal

_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
_PRINTABLE_ASCII = re.compile(r"[\x20-\x7e]*")


@enum.unique
class IdKind(Kind):
    """Ids typed as prefixes: too short, unknown or naming several."""

    ID_PREFIX_TOO_SHORT = (
        "id-prefix-too-short",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{typed}' is too short to name a {what}: type at least {minimum} characters of "
            "its id, or the whole id. Nothing was changed.",
        ),
    )
    ID_PREFIX_NOT_FOUND = (
        "id-prefix-not-found",
        QT_TRANSLATE_NOOP(
            "Errors",
            "No {what} has an id beginning '{typed}'. Check the id (the list commands show "
            "it). Nothing was changed.",
        ),
    )
    ID_PREFIX_AMBIGUOUS = (
        "id-prefix-ambiguous",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{typed}' is the beginning of {count} ids ({what}): {candidates}. Type more "
            "characters of the id to name just one. Nothing was changed.",
        ),
    )


@enum.unique
class IdWhat(Kind):
    """What an id names, to complete the messages above (`what`)."""

    MEETING = "id-what-meeting", QT_TRANSLATE_NOOP("Errors", "meeting")
    BUNDLE = "id-what-bundle", QT_TRANSLATE_NOOP("Errors", "bundle")
    TERMINAL = "id-what-terminal", QT_TRANSLATE_NOOP("Errors", "trusted terminal")
    ACTION = "id-what-action", QT_TRANSLATE_NOOP("Errors", "action")
    PERSON = "id-what-person", QT_TRANSLATE_NOOP("Errors", "person")
    ATTACHMENT = "id-what-attachment", QT_TRANSLATE_NOOP("Errors", "attachment")
    CONFLICT = "id-what-conflict", QT_TRANSLATE_NOOP("Errors", "conflict")


def lower_id(typed: str) -> str:
    """Uuid-style ids are stored in lower case: 'AB12' and 'ab12' name the same one."""
    return typed.strip().lower()


def upper_ref(typed: str) -> str:
    """Case references are stored in upper case ('WF-2026-0001'): 'wf-2026-0001' finds it.

    Normalising what was typed (rather than comparing with NOCASE) keeps the reference's
    unique index usable."""
    return typed.strip().upper()


def _successor(prefix: str) -> str:
    """The least string greater than every string that begins with `prefix` (ASCII, the last
    character not DEL: guaranteed by the printable check)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)


def shown(typed: str) -> str:
    """What was typed, as the message may quote it: printable, at most 60 characters."""
    return "".join(c if c.isprintable() else "?" for c in typed.strip())[:60]


def resolve_prefix(
    conn: database.Connection,
    table: str,
    column: str,
    typed: str,
    *,
    what: Kind,
    normalise: Callable[[str], str] = str.strip,
    min_length: int = MIN_PREFIX,
    where: str = "",
    params: Sequence[object] = (),
    missing: Callable[[str], SecureDeskError] | None = None,
) -> str:
    """The one value of `table.column` that `typed` names: the whole value, or a unique
    prefix of at least `min_length` characters (after `normalise`).

    `where` (an SQL condition written by the caller, never by the user, with `params`)
    narrows the ids considered, e.g. to what the user may see. `missing(prefix)` builds the
    caller's own not-found error, when it has one people already know; otherwise NotFound
    (ID_PREFIX_NOT_FOUND).
    """
    if not (_IDENTIFIER.fullmatch(table) and _IDENTIFIER.fullmatch(column)):
        raise ValueError(f"not an identifier: {table}.{column}")
    prefix = normalise(typed)
    extra = f" AND ({where})" if where else ""

    def not_found() -> SecureDeskError:
        if missing is not None:
            return missing(shown(prefix))
        return NotFound(IdKind.ID_PREFIX_NOT_FOUND, what=what, typed=shown(prefix))

    if not prefix or not _PRINTABLE_ASCII.fullmatch(prefix):
        if not prefix:
            raise InvalidInput(IdKind.ID_PREFIX_TOO_SHORT, what=what, typed="", minimum=min_length)
        raise not_found()
    exact = conn.execute(
        f"SELECT {column} FROM {table} WHERE {column} = ?{extra} LIMIT 1",
        (prefix, *params),
    ).fetchone()
    if exact is not None:
        return str(exact[0])
    if len(prefix) < min_length:
        raise InvalidInput(
            IdKind.ID_PREFIX_TOO_SHORT, what=what, typed=shown(prefix), minimum=min_length
        )
    bounds = (prefix, _successor(prefix), *params)
    rows = conn.execute(
        f"SELECT {column} FROM {table} WHERE {column} >= ? AND {column} < ?{extra} "
        f"ORDER BY {column} LIMIT {SHOWN_CANDIDATES}",
        bounds,
    ).fetchall()
    if not rows:
        raise not_found()
    if len(rows) == 1:
        return str(rows[0][0])
    (count,) = conn.execute(
        f"SELECT count(*) FROM {table} WHERE {column} >= ? AND {column} < ?{extra}", bounds
    ).fetchone()
    candidates = ", ".join(str(r[0]) for r in rows)
    if count > len(rows):
        candidates += ", …"
    raise InvalidInput(
        IdKind.ID_PREFIX_AMBIGUOUS,
        what=what,
        typed=shown(prefix),
        count=int(count),
        candidates=candidates,
    )
