"""Checks on what people type: lengths, required fields, dates not in the future."""

from __future__ import annotations

from datetime import date

from securedesk.core.error_kinds import ErrorKind, Kind
from securedesk.core.errors import InvalidInput

MAX_TEXT_CHARS = 200_000


def clean_text(
    value: str, what: Kind, *, required: bool = True, limit: int = MAX_TEXT_CHARS
) -> str:
    """`value` without surrounding space; `what` (a Field) names it in the refusal."""
    value = value.strip()
    if required and not value:
        raise InvalidInput(ErrorKind.TEXT_EMPTY, what=what)
    if len(value) > limit:
        raise InvalidInput(ErrorKind.TEXT_TOO_LONG, what=what, limit=limit)
    return value


def not_future(day: date, what: Kind, today: date) -> None:
    if day > today:
        raise InvalidInput(ErrorKind.DATE_IN_FUTURE, what=what, day=day.isoformat())
