"""Checks on what people type: lengths, required fields, dates not in the future."""

from __future__ import annotations

from datetime import date

from securedesk.core.errors import InvalidInput

MAX_TEXT_CHARS = 200_000


def clean_text(value: str, what: str, *, required: bool = True, limit: int = MAX_TEXT_CHARS) -> str:
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} cannot be empty.")
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters.")
    return value


def not_future(day: date, what: str, today: date) -> None:
    if day > today:
        raise InvalidInput(f"{what} ({day.isoformat()}) is in the future.")
