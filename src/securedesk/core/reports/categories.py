"""The categories a return counts by: the controlled lists in resources/ (gender, type of
concern, referral sector, age bands, with English and Welsh labels) and the fixed list of
closing outcomes, with the stages a case can be said to have reached."""

from __future__ import annotations

import enum
import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP
from securedesk.core.errors import InvalidInput
from securedesk.core.reports.report_kinds import ReportErrorKind
from securedesk.resource_files import resources_folder

CATEGORIES_FILE = "reporting_categories.json"
MAX_CATEGORIES_BYTES = 256 * 1024
# The context the window translates enumerations shown to the user in.
LABELS = "reports"
NOT_RECORDED = "not-recorded"
NOT_RECORDED_LABEL = QT_TRANSLATE_NOOP("reports", "Not recorded")


class ClosingOutcome(enum.Enum):
    """How a case ended: a fixed list, since the stage a return says a case reached (closed
    with or without further concern) is read from it."""

    NO_FURTHER_ACTION = "no-further-action"
    SIGNPOSTED = "signposted"
    SUPPORT_COMPLETED = "support-completed"
    FURTHER_CONCERN = "further-concern"
    CONSENT_WITHDRAWN = "consent-withdrawn"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]

    @property
    def further_concern(self) -> bool:
        """Closed with a concern remaining: returned to police-led management, or support
        refused while the concern stood."""
        return self in (ClosingOutcome.FURTHER_CONCERN, ClosingOutcome.CONSENT_WITHDRAWN)

    @classmethod
    def parse(cls, text: str) -> ClosingOutcome:
        norm = " ".join(text.strip().lower().replace("-", " ").split())
        for outcome in cls:
            if norm in (outcome.value.replace("-", " "), outcome.label.lower()):
                return outcome
        raise InvalidInput(
            ReportErrorKind.NOT_A_CLOSING_OUTCOME, text=text, allowed=allowed_outcomes()
        )


OUTCOME_LABELS = {
    ClosingOutcome.NO_FURTHER_ACTION: QT_TRANSLATE_NOOP("reports", "No further action"),
    ClosingOutcome.SIGNPOSTED: QT_TRANSLATE_NOOP("reports", "Signposted to other services"),
    ClosingOutcome.SUPPORT_COMPLETED: QT_TRANSLATE_NOOP(
        "reports", "Support completed: no further concern"
    ),
    ClosingOutcome.FURTHER_CONCERN: QT_TRANSLATE_NOOP(
        "reports", "Further concern: returned to police-led management"
    ),
    ClosingOutcome.CONSENT_WITHDRAWN: QT_TRANSLATE_NOOP(
        "reports", "Consent withdrawn while the concern remained"
    ),
}


def allowed_outcomes() -> str:
    return ", ".join(o.value for o in ClosingOutcome)


@dataclass(frozen=True)
class Category:
    code: str
    en: str
    cy: str


@dataclass(frozen=True)
class AgeBand:
    code: str
    low: int
    high: int | None
    en: str
    cy: str


@dataclass(frozen=True)
class CategoryList:
    name: str
    items: tuple[Category, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.items)

    def label(self, code: str | None) -> str:
        for c in self.items:
            if c.code == code:
                return c.en
        return NOT_RECORDED_LABEL

    def find(self, text: str) -> str | None:
        """The code `text` names (a code or an English or Welsh label, in any case)."""
        norm = " ".join(text.strip().lower().split())
        for c in self.items:
            if norm in (c.code, c.en.lower(), c.cy.lower()):
                return c.code
        return None


@dataclass(frozen=True)
class ReportingCategories:
    gender: CategoryList
    concern_type: CategoryList
    sector: CategoryList
    sector_of_source: dict[str, str]
    age_bands: tuple[AgeBand, ...]

    def parse_gender(self, text: str) -> str:
        code = self.gender.find(text)
        if code is None:
            raise InvalidInput(
                ReportErrorKind.NOT_A_GENDER, text=text[:80], allowed=", ".join(self.gender.codes)
            )
        return code

    def parse_concern(self, text: str) -> str:
        code = self.concern_type.find(text)
        if code is None:
            raise InvalidInput(
                ReportErrorKind.NOT_A_CONCERN_TYPE,
                text=text[:80],
                allowed=", ".join(self.concern_type.codes),
            )
        return code


def categories_file() -> Path:
    return resources_folder() / CATEGORIES_FILE


@functools.cache
def load_categories(path: Path | None = None) -> ReportingCategories:
    """The lists shipped in resources/ (or an authority's own file)."""
    where = path or categories_file()
    try:
        data = where.read_bytes()
    except OSError as exc:
        raise InvalidInput(
            ReportErrorKind.CATEGORIES_FILE_INVALID, path=str(where), why=exc.strerror or "?"
        ) from None
    try:
        if len(data) > MAX_CATEGORIES_BYTES:
            raise ValueError("too large")
        return _parse(json.loads(data))
    except (ValueError, KeyError, TypeError) as exc:
        raise InvalidInput(
            ReportErrorKind.CATEGORIES_FILE_INVALID, path=str(where), why=str(exc)[:200]
        ) from None


def _list(obj: Any, name: str) -> CategoryList:
    items = tuple(Category(str(i["code"]), str(i["en"]), str(i["cy"])) for i in obj[name])
    codes = [i.code for i in items]
    if not items or len(set(codes)) != len(codes) or NOT_RECORDED in codes:
        raise ValueError(f"{name}: codes must be present and unique")
    if any(not 1 <= len(c) <= 64 for c in codes):
        raise ValueError(f"{name}: a code is empty or too long")
    return CategoryList(name, items)


def _parse(obj: Any) -> ReportingCategories:
    sector = _list(obj, "sector")
    mapping = {str(k).lower(): str(v) for k, v in obj["sector_of_source"].items()}
    if not set(mapping.values()) <= set(sector.codes) or "other" not in sector.codes:
        raise ValueError("sector_of_source names a sector not listed, or 'other' is missing")
    bands = tuple(
        AgeBand(
            str(b["code"]),
            int(b["from"]),
            None if b["to"] is None else int(b["to"]),
            str(b["en"]),
            str(b["cy"]),
        )
        for b in obj["age_bands"]
    )
    expected = 0
    for n, band in enumerate(bands):
        if band.low != expected or (band.high is None) != (n == len(bands) - 1):
            raise ValueError("age bands must run from 0 without gaps, the last open-ended")
        if band.high is not None:
            if band.high < band.low:
                raise ValueError("an age band ends before it starts")
            expected = band.high + 1
    return ReportingCategories(
        gender=_list(obj, "gender"),
        concern_type=_list(obj, "concern_type"),
        sector=sector,
        sector_of_source=mapping,
        age_bands=bands,
    )
