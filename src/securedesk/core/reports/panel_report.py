"""A panel report as it may be shown: sections of suppressed rows, the period, what was
counted. The PDF (packs/report_pdf.py), the CSV (report_csv.py) and the window's Reports
screen are all drawn from this, so they show the same figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP
from securedesk.core.markings import Marking
from securedesk.core.reports import suppression
from securedesk.core.reports.panel_stats import Count, Period, RawStats
from securedesk.core.reports.suppression import Cell


@dataclass(frozen=True)
class Section:
    code: str  # stable: the CSV's first column
    title: str
    note: str
    rows: tuple[Cell, ...]
    total: Cell | None = None
    chart: str = "bar"  # "bar", "pie" or "" (no chart)
    timed: bool = False  # rows carry mean and median days


@dataclass(frozen=True)
class PanelReport:
    period: Period
    today: date
    produced_at: str
    produced_by: str
    up_to: Marking  # the highest marking of the cases it may count
    marking: Marking  # the report's own marking
    sections: tuple[Section, ...]
    stays_not_timed: str  # suppressed like every count

    def section(self, code: str) -> Section:
        return next(s for s in self.sections if s.code == code)


NOTE_REFERRALS = QT_TRANSLATE_NOOP("reports", "Cases referred in the period.")


def _p(code: str, title: str, note: str, counts: list[Count], chart: str = "bar") -> Section:
    rows, total = suppression.partition(counts)
    return Section(code, title, note, tuple(rows), total, chart)


def _stages(counts: list[Count]) -> list[Cell]:
    """Referred, discussed and adopted overlap (each suppressed on its own); the closed rows
    and "still open" split the referrals, whose number is shown as "referred", so they are
    protected as a table with its total."""
    rows, _total = suppression.partition(counts[3:])
    return suppression.separate(counts[:3]) + rows


def build(stats: RawStats, *, produced_at: str, produced_by: str) -> PanelReport:
    """Suppress and arrange; the report is marked OFFICIAL-SENSITIVE at least, and as high as
    the highest marking among the cases it counts."""
    marking = max(
        Marking.OFFICIAL_SENSITIVE, stats.highest_marking_counted or Marking.OFFICIAL_SENSITIVE
    )
    sections = (
        _p(
            "caseload-by-status",
            QT_TRANSLATE_NOOP("reports", "Caseload by status"),
            QT_TRANSLATE_NOOP(
                "reports", "Every case referred up to the end of the period, at its status today."
            ),
            stats.caseload,
        ),
        _p(
            "referrals-by-sector",
            QT_TRANSLATE_NOOP("reports", "Referrals by source (sector)"),
            NOTE_REFERRALS,
            stats.sector,
        ),
        _p(
            "referrals-by-age-band",
            QT_TRANSLATE_NOOP("reports", "Referrals by age band"),
            QT_TRANSLATE_NOOP("reports", "Age on the referral date of the case's first subject."),
            stats.age_band,
        ),
        _p(
            "referrals-by-gender",
            QT_TRANSLATE_NOOP("reports", "Referrals by gender"),
            NOTE_REFERRALS,
            stats.gender,
            "pie",
        ),
        _p(
            "referrals-by-concern-type",
            QT_TRANSLATE_NOOP("reports", "Referrals by type of concern"),
            NOTE_REFERRALS,
            stats.concern_type,
        ),
        _p(
            "children",
            QT_TRANSLATE_NOOP("reports", "Children"),
            NOTE_REFERRALS,
            stats.children,
            "pie",
        ),
        Section(
            "open-child-cases",
            QT_TRANSLATE_NOOP("reports", "Open cases with a child subject"),
            QT_TRANSLATE_NOOP(
                "reports", "Today, of the cases referred up to the end of the period."
            ),
            tuple(
                suppression.separate(
                    [
                        Count(
                            "open-child-cases",
                            QT_TRANSLATE_NOOP("reports", "Open cases"),
                            stats.open_child_cases,
                        )
                    ]
                )
            ),
            chart="",
        ),
        _p(
            "consent",
            QT_TRANSLATE_NOOP("reports", "Consent"),
            QT_TRANSLATE_NOOP("reports", "Cases referred in the period, by their consent today."),
            stats.consent,
            "pie",
        ),
        Section(
            "stage-reached",
            QT_TRANSLATE_NOOP("reports", "Stage reached"),
            QT_TRANSLATE_NOOP(
                "reports",
                "Cases referred in the period, by the furthest stage each reached (a case is "
                "counted at every stage it passed).",
            ),
            tuple(_stages(stats.stage_reached)),
        ),
        Section(
            "time-in-stage",
            QT_TRANSLATE_NOOP("reports", "Time spent in each stage"),
            QT_TRANSLATE_NOOP(
                "reports",
                "Stays in a stage that ended in the period: how many, and their mean and "
                "median length in days.",
            ),
            tuple(suppression.stage_times(stats.time_in_stage)),
            chart="bar",
            timed=True,
        ),
        _p(
            "outcomes-at-closing",
            QT_TRANSLATE_NOOP("reports", "Outcomes at closing"),
            QT_TRANSLATE_NOOP("reports", "Cases closed in the period."),
            stats.outcomes,
        ),
        _p(
            "overdue-actions",
            QT_TRANSLATE_NOOP("reports", "Overdue actions"),
            QT_TRANSLATE_NOOP(
                "reports",
                "Open or in-progress actions whose due date had passed on the day of the report.",
            ),
            stats.overdue_actions,
        ),
    )
    return PanelReport(
        period=stats.period,
        today=stats.today,
        produced_at=produced_at,
        produced_by=produced_by,
        up_to=stats.up_to,
        marking=marking,
        sections=sections,
        stays_not_timed=suppression.shown_count(stats.stays_not_timed)[1],
    )
