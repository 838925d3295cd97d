"""Reporting for the signed-in user: a case's categories for returns (gender, type of
concern, closing outcome) and panel statistics without names, on screen or as a file.

Who may see statistics: the panel chair (who reports upwards) and the auditor or data
protection officer (who answers freedom-of-information requests) — the holders of "manage
meetings" or "audit". An officer's need to know is their own caseload, not the authority's
figures. Counts never include a case above the user's clearance or the terminal's ceiling.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from securedesk.core.access import Permission
from securedesk.core.atomic_file import write_new
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category
from securedesk.core.domain import CaseStatus
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.reports import case_categories, panel_report, panel_stats
from securedesk.core.reports.categories import (
    NOT_RECORDED,
    ClosingOutcome,
    ReportingCategories,
    allowed_outcomes,
    load_categories,
)
from securedesk.core.reports.panel_report import PanelReport
from securedesk.core.reports.panel_stats import Period
from securedesk.core.reports.report_csv import render_csv
from securedesk.core.reports.report_kinds import ReportErrorKind
from securedesk.core.unit_of_work import OnCase, OnObject
from securedesk.core.vault import database

if TYPE_CHECKING:
    from securedesk.core.session import Session

REPORT_PERMISSIONS = (Permission.MANAGE_MEETINGS, Permission.AUDIT)
FORMATS = (".pdf", ".csv")
PdfRenderer = Callable[[PanelReport], bytes]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    format: str
    size: int
    marking: Marking  # how the file must be handled


def default_period(today: date) -> Period:
    """The financial year so far (1 April to today), as the national release counts."""
    start_year = today.year if (today.month, today.day) >= (4, 1) else today.year - 1
    return Period(date(start_year, 4, 1), today)


def check_period(start: date | None, end: date | None, today: date) -> Period:
    default = default_period(today)
    period = Period(
        start or (default.start if end is None else date(end.year - 1, end.month, 1)), end or today
    )
    if period.start > period.end:
        raise InvalidInput(
            ReportErrorKind.PERIOD_REVERSED,
            start=period.start.isoformat(),
            end=period.end.isoformat(),
        )
    return period


def check_output(path: Path) -> str:
    """The format a report file is written in, once its name and folder are known to be
    usable; nothing is written here."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InvalidInput(ReportErrorKind.FORMAT_UNKNOWN, path=str(path))
    if path.exists() or path.is_symlink():
        raise InvalidInput(ReportErrorKind.FILE_EXISTS, path=str(path))
    folder = path.parent if str(path.parent) else Path()
    if not folder.is_dir():
        raise InvalidInput(ReportErrorKind.FOLDER_MISSING, folder=str(folder))
    return suffix[1:]


class ReportService:
    def __init__(self, session: Session) -> None:
        self.session = session

    @property
    def categories(self) -> ReportingCategories:
        return load_categories()

    # -- a case's categories -------------------------------------------------------------

    def set_categories(
        self,
        ref: str,
        *,
        gender: str | None = None,
        concern: str | None = None,
        justification: str = "",
    ) -> list[str]:
        """Record a case's gender and/or type of concern ("not-recorded" clears one);
        returns the fields that changed. The event names the fields, never their values."""
        if gender is None and concern is None:
            raise InvalidInput(ReportErrorKind.NOTHING_TO_SET)
        codes = self.parse(gender, concern)
        with self.session.change(
            Category.ALTERATION,
            AuditAction.CASE_CATEGORIES_SET,
            OnCase(ref, justification=justification),
        ) as tx:
            changed = case_categories.write_categories(
                tx.conn, tx.case_id, gender=codes[0], concern_type=codes[1]
            )
            tx.details = {"fields": changed}
        return changed

    def parse(self, gender: str | None, concern: str | None) -> tuple[str | None, str | None]:
        """The codes of what a user typed or chose (None: not given), or InvalidInput."""
        cats = self.categories
        not_recorded = NOT_RECORDED

        def code(text: str | None, parse: Callable[[str], str]) -> str | None:
            if text is None:
                return None
            if text.strip().lower() in (not_recorded, "not recorded"):
                return not_recorded
            return parse(text)

        return code(gender, cats.parse_gender), code(concern, cats.parse_concern)

    def read_categories(self, case_id: str) -> case_categories.CaseCategories:
        """For a view of a case already opened through the gate."""
        with database.guarded(self.session.vault.conn):
            return case_categories.read_categories(self.session.vault.conn, case_id)

    def change_status(
        self,
        ref: str,
        status: CaseStatus,
        reason: str = "",
        *,
        outcome: ClosingOutcome | None = None,
        justification: str = "",
    ) -> None:
        """Move a case along its workflow as CaseService.change_status does, with the outcome
        a closing needs: refused without one, and refused with one when not closing. A case
        reopened loses its outcome (the stage history keeps it, with the closing)."""
        if status is CaseStatus.CLOSED and outcome is None:
            raise InvalidInput(ReportErrorKind.OUTCOME_REQUIRED, allowed=allowed_outcomes())
        if status is not CaseStatus.CLOSED and outcome is not None:
            raise InvalidInput(ReportErrorKind.OUTCOME_ONLY_WHEN_CLOSING)
        if outcome is None:
            # The status change is the case service's own unit of work (its gate records a
            # refusal); a case reopened then loses its outcome, as a recorded change.
            self.session.cases.change_status(ref, status, reason, justification=justification)
            subject = OnCase(ref, justification=justification)
            case_id = self.session.store.case_id_for_ref(ref)
            if self.read_categories(case_id).closing_outcome is not None:
                with self.session.change(
                    Category.ALTERATION,
                    AuditAction.CLOSING_OUTCOME_RECORDED,
                    subject,
                    details={"outcome": ""},
                ) as tx:
                    case_categories.record_outcome(tx.conn, tx.case_id, None)
            return
        with self.session.change(
            Category.ALTERATION,
            AuditAction.CLOSING_OUTCOME_RECORDED,
            OnCase(ref, justification=justification),
            details={"outcome": outcome.value},
        ) as tx:
            # Before the status changes: the stage history takes the outcome from the case.
            case_categories.record_outcome(tx.conn, tx.case_id, outcome)
            self.session.cases.change_status(ref, status, reason, justification=justification)

    # -- statistics ----------------------------------------------------------------------

    def _limit(self, up_to: Marking | None) -> Marking:
        visible = self.session.visible_marking
        return visible if up_to is None else min(up_to, visible)

    def _compute(self, period: Period, up_to: Marking) -> PanelReport:
        clock = self.session.clock
        stats = panel_stats.compute(
            self.session.vault.conn,
            self.categories,
            period,
            up_to=up_to,
            today=clock.today(),
            now=clock.now(),
        )
        return panel_report.build(
            stats, produced_at=clock.now(), produced_by=self.session.vault.user
        )

    def panel_statistics(
        self, start: date | None = None, end: date | None = None, *, up_to: Marking | None = None
    ) -> PanelReport:
        """The figures on screen: a consultation of statistics (the period is recorded)."""
        self.session.require_any(*REPORT_PERMISSIONS)
        period = check_period(start, end, self.session.clock.today())
        limit = self._limit(up_to)
        with self.session.consult(
            AuditAction.PANEL_STATISTICS_VIEWED,
            OnObject("report", "panel"),
            permission=REPORT_PERMISSIONS,
            details=_details(period, limit),
        ):
            return self._compute(period, limit)

    def write_report(
        self,
        path: Path,
        *,
        start: date | None = None,
        end: date | None = None,
        up_to: Marking | None = None,
        render_pdf: PdfRenderer,
        report: PanelReport | None = None,
    ) -> WrittenReport:
        """Compute (or take the figures already on screen), render and write a report file,
        recorded as a disclosure: who, which period, which format. The file is written under
        a temporary name and linked into place only if nothing is there: an existing file is
        never replaced, and a failure leaves nothing behind."""
        self.session.require_any(*REPORT_PERMISSIONS)
        fmt = check_output(path)
        if report is None:
            period = check_period(start, end, self.session.clock.today())
            limit = self._limit(up_to)
        else:
            period, limit = report.period, report.up_to
        with self.session.change(
            Category.DISCLOSURE,
            AuditAction.PANEL_REPORT_PRODUCED,
            OnObject("report", "panel"),
            permission=REPORT_PERMISSIONS,
            details={**_details(period, limit), "format": fmt},
        ) as tx:
            if report is None:
                report = self._compute(period, limit)
            data = render_pdf(report) if fmt == "pdf" else render_csv(report)
            tx.details["marking"] = report.marking.value
            _write_new(path, data)
        return WrittenReport(path, fmt, len(data), report.marking)


def _details(period: Period, up_to: Marking) -> dict[str, str]:
    return {"from": period.start.isoformat(), "to": period.end.isoformat(), "up_to": up_to.value}


def _write_new(path: Path, data: bytes) -> None:
    """Write `data` to a new file at `path` (0600), never over an existing one."""
    write_new(path, data, InvalidInput(ReportErrorKind.FILE_EXISTS, path=str(path)))
