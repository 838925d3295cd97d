"""Inputs checked where people record cases and items (issue 11, item 7).

- Handling caveats are chosen from the list the policy `caveats_allowed` defines (by default
  the five this terminal knows how to apply, core/cases/caveats.py), compared without case or
  extra spaces and stored as the list spells them; a caveat that is not listed is written
  "other: REASON" and needs its reason. An "other" caveat is unknown to every exit, so it
  keeps the item in (caveats.may_leave). A typo ("police-only") is refused with the list,
  where it used to be stored as a new caveat that nothing recognised.
- A date of birth is not in the future (text_rules.not_future) and not more than 120 years
  before today (the session's clock): 1800 is a typing slip, not a subject.

Caveats arriving in a bundle are the partner's and are kept as sent: these checks are for
what is typed here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from securedesk.core.cases.case_record_kinds import CaseRecordKind
from securedesk.core.cases.caveats import folded
from securedesk.core.domain import KNOWN_CAVEATS
from securedesk.core.error_kinds import Field
from securedesk.core.errors import InvalidInput
from securedesk.core.id_prefix import shown
from securedesk.core.text_rules import clean_text

CAVEATS_POLICY = "caveats_allowed"
DEFAULT_CAVEATS = "; ".join(KNOWN_CAVEATS)
OTHER = "other"
MAX_CAVEAT_CHARS = 100
MAX_BIRTH_YEARS = 120


def allowed_caveats(policy_text: str) -> list[str]:
    """The caveats the policy lists, as it spells them, in its order."""
    return [part.strip() for part in policy_text.split(";") if part.strip()]


def checked_caveats_policy(value: str) -> str:
    """The `caveats_allowed` policy as stored, or InvalidInput."""
    caveats = allowed_caveats(value)
    names = [folded(c) for c in caveats]
    if (
        not caveats
        or any(len(c) > MAX_CAVEAT_CHARS for c in caveats)
        or any(n == OTHER or n.startswith(OTHER + ":") for n in names)
        or len(set(names)) != len(names)
    ):
        raise InvalidInput(CaseRecordKind.POLICY_CAVEATS_FORM, key=CAVEATS_POLICY)
    for c in caveats:
        clean_text(c, Field.CAVEAT, limit=MAX_CAVEAT_CHARS)
    return "; ".join(caveats)


def _allowed_text(allowed: list[str]) -> str:
    return ", ".join(f"'{c}'" for c in allowed)


def checked_caveat(caveat: str, allowed: list[str]) -> str:
    """One caveat as typed -> as stored: a listed caveat in the list's spelling, or
    'other: REASON'. InvalidInput for anything else."""
    norm = folded(caveat)
    by_name = {folded(c): c for c in allowed}
    if norm in by_name:
        return by_name[norm]
    head, colon, reason = caveat.strip().partition(":")
    if folded(head) == OTHER:
        reason = " ".join(reason.split())
        if not colon or not reason:
            raise InvalidInput(CaseRecordKind.CAVEAT_OTHER_NEEDS_REASON)
        return f"{OTHER}: {clean_text(reason, Field.CAVEAT, limit=200)}"
    raise InvalidInput(
        CaseRecordKind.CAVEAT_NOT_ALLOWED, caveat=shown(caveat), allowed=_allowed_text(allowed)
    )


def checked_caveats(caveats: Iterable[str], policy_text: str) -> list[str]:
    """Every caveat typed, checked (checked_caveat), each once, in the order given."""
    allowed = allowed_caveats(policy_text) or allowed_caveats(DEFAULT_CAVEATS)
    out: dict[str, str] = {}
    for c in caveats:
        stored = checked_caveat(c, allowed)
        out.setdefault(folded(stored), stored)
    return list(out.values())


def earliest_birth_date(today: date) -> date:
    """MAX_BIRTH_YEARS before today (29 February falls back to the 28th)."""
    year = today.year - MAX_BIRTH_YEARS
    try:
        return today.replace(year=year)
    except ValueError:
        return date(year, today.month, today.day - 1)


def check_birth_date(dob: date, today: date) -> None:
    """InvalidInput for a date of birth more than MAX_BIRTH_YEARS before today (the future is
    refused by text_rules.not_future)."""
    earliest = earliest_birth_date(today)
    if dob < earliest:
        raise InvalidInput(
            CaseRecordKind.BIRTH_DATE_IMPLAUSIBLE,
            date=dob.isoformat(),
            years=MAX_BIRTH_YEARS,
            earliest=earliest.isoformat(),
        )
