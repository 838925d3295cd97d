"""Panel statistics without names: every count is made in SQL over the cases a user may see
(marked up to a limit), grouped by the categories of a return; small counts are then
suppressed (`suppression.py`). No row read here names a person or holds case content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.domain import ActionStatus, CaseStatus, ConsentStatus
from securedesk.core.error_kinds import QT_TRANSLATE_NOOP
from securedesk.core.markings import Marking
from securedesk.core.reports.categories import (
    NOT_RECORDED,
    NOT_RECORDED_LABEL,
    ClosingOutcome,
    ReportingCategories,
)

# The workflow moves one stage at a time, so a case that reached a stage passed the ones
# before it: reaching support plan or review means it was discussed at panel.
DISCUSSED = ("panel", "support plan", "review")
ADOPTED = ("support plan", "review")
# Overdue actions by how long past their due date, in days: [low, high] (None: no bound).
OVERDUE_BANDS = (
    ("overdue-1-30", 1, 30, QT_TRANSLATE_NOOP("reports", "1 to 30 days overdue")),
    ("overdue-31-90", 31, 90, QT_TRANSLATE_NOOP("reports", "31 to 90 days overdue")),
    ("overdue-over-90", 91, None, QT_TRANSLATE_NOOP("reports", "More than 90 days overdue")),
)


@dataclass(frozen=True)
class Period:
    start: date
    end: date


@dataclass(frozen=True)
class Count:
    code: str
    label: str  # English; the window translates it (context "reports") unless `cy` is given
    count: int
    cy: str = ""  # the Welsh label of a category from the resources' lists


@dataclass(frozen=True)
class StageTime:
    status: str
    stays: int
    mean_days: float | None
    median_days: float | None


@dataclass(frozen=True)
class RawStats:
    """The counts before suppression (never shown as they are)."""

    period: Period
    today: date
    up_to: Marking
    caseload: list[Count]
    referrals: int
    sector: list[Count]
    gender: list[Count]
    age_band: list[Count]
    concern_type: list[Count]
    children: list[Count]
    open_child_cases: int
    consent: list[Count]
    stage_reached: list[Count]
    time_in_stage: list[StageTime]
    stays_not_timed: int
    outcomes: list[Count]
    overdue_actions: list[Count]
    highest_marking_counted: Marking | None


def _referrals(where: str = "") -> str:
    """Cases referred in the period that the user may count (parameters :rank, :start, :end)."""
    return (
        "FROM cases c WHERE c.marking_rank <= :rank AND c.referral_date BETWEEN :start AND :end"
        + (f" AND {where}" if where else "")
    )


def compute(
    conn: Any,
    categories: ReportingCategories,
    period: Period,
    *,
    up_to: Marking,
    today: date,
    now: str,
) -> RawStats:
    p = {
        "rank": up_to.rank,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "today": today.isoformat(),
        "now": now,
    }

    def grouped(sql: str) -> dict[Any, int]:
        return {key: int(n) for key, n in conn.execute(sql, p)}

    caseload_rows = grouped(
        "SELECT status, count(*) FROM cases WHERE marking_rank <= :rank "
        "AND referral_date <= :end GROUP BY status"
    )
    caseload = [Count(s.value, s.value, caseload_rows.get(s.value, 0)) for s in CaseStatus]

    referrals = int(conn.execute(f"SELECT count(*) {_referrals()}", p).fetchone()[0])

    by_source = grouped(
        f"SELECT lower(trim(c.referral_source)), count(*) {_referrals()} GROUP BY 1"
    )
    sector_counts: dict[str, int] = {}
    for source, n in by_source.items():
        code = categories.sector_of_source.get(source or "", "other")
        sector_counts[code] = sector_counts.get(code, 0) + n
    sector = [
        Count(c.code, c.en, sector_counts.get(c.code, 0), c.cy) for c in categories.sector.items
    ]

    def listed(column: str, items: Any) -> list[Count]:
        rows = grouped(f"SELECT c.{column}, count(*) {_referrals()} GROUP BY 1")
        known = {c.code for c in items}
        missing = sum(n for code, n in rows.items() if code not in known)
        return [Count(c.code, c.en, rows.get(c.code, 0), c.cy) for c in items] + [
            Count(NOT_RECORDED, NOT_RECORDED_LABEL, missing)
        ]

    gender = listed("gender", categories.gender.items)
    concern = listed("concern_type", categories.concern_type.items)

    # Age on the referral date of the first subject, in whole years.
    ages = grouped(
        "SELECT CASE WHEN p.date_of_birth IS NULL THEN NULL ELSE "
        "CAST(strftime('%Y', c.referral_date) AS INTEGER) "
        "- CAST(strftime('%Y', p.date_of_birth) AS INTEGER) "
        "- (strftime('%m-%d', c.referral_date) < strftime('%m-%d', p.date_of_birth)) END, "
        "count(*) FROM cases c "
        "LEFT JOIN case_subjects s ON s.case_id = c.id AND s.position = 0 "
        "LEFT JOIN people p ON p.id = s.person_id "
        "WHERE c.marking_rank <= :rank AND c.referral_date BETWEEN :start AND :end GROUP BY 1"
    )
    band_counts = dict.fromkeys((b.code for b in categories.age_bands), 0)
    unknown_age = under_18 = adults = 0
    for age, n in ages.items():
        if age is None or int(age) < 0:
            unknown_age += n
            continue
        for band in categories.age_bands:
            if band.low <= age and (band.high is None or age <= band.high):
                band_counts[band.code] += n
                break
        if age < 18:
            under_18 += n
        else:
            adults += n
    age_band = [Count(b.code, b.en, band_counts[b.code], b.cy) for b in categories.age_bands] + [
        Count(NOT_RECORDED, NOT_RECORDED_LABEL, unknown_age)
    ]
    children = [
        Count("under-18", QT_TRANSLATE_NOOP("reports", "Under 18 on the referral date"), under_18),
        Count(
            "18-and-over", QT_TRANSLATE_NOOP("reports", "18 or over on the referral date"), adults
        ),
        Count(NOT_RECORDED, NOT_RECORDED_LABEL, unknown_age),
    ]
    open_child_cases = int(
        conn.execute(
            "SELECT count(*) FROM cases WHERE marking_rank <= :rank AND is_child = 1 "
            "AND status <> 'closed'",
            p,
        ).fetchone()[0]
    )

    consent_rows = grouped(f"SELECT c.consent, count(*) {_referrals()} GROUP BY 1")
    consent = [Count(s.value, s.value, consent_rows.get(s.value, 0)) for s in ConsentStatus]

    stage_reached = _stage_reached(conn, p)
    time_in_stage, not_timed = _time_in_stage(conn, p)
    outcomes = _outcomes(conn, p)
    overdue = _overdue(conn, p)

    highest = conn.execute(
        "SELECT max(marking_rank) FROM cases WHERE marking_rank <= :rank AND referral_date <= :end",
        p,
    ).fetchone()[0]
    return RawStats(
        period=period,
        today=today,
        up_to=up_to,
        caseload=caseload,
        referrals=referrals,
        sector=sector,
        gender=gender,
        age_band=age_band,
        concern_type=concern,
        children=children,
        open_child_cases=open_child_cases,
        consent=consent,
        stage_reached=stage_reached,
        time_in_stage=time_in_stage,
        stays_not_timed=not_timed,
        outcomes=outcomes,
        overdue_actions=overdue,
        highest_marking_counted=next((m for m in Marking if m.rank == highest), None),
    )


def _stage_reached(conn: Any, p: dict[str, Any]) -> list[Count]:
    def reached(statuses: tuple[str, ...]) -> str:
        listed = ", ".join(f"'{s}'" for s in statuses)
        return (
            "EXISTS (SELECT 1 FROM case_status_history h WHERE h.case_id = c.id "
            f"AND h.status IN ({listed}))"
        )

    without = ", ".join(f"'{o.value}'" for o in ClosingOutcome if not o.further_concern)
    with_ = ", ".join(f"'{o.value}'" for o in ClosingOutcome if o.further_concern)
    row = conn.execute(
        "SELECT count(*), "
        f"coalesce(sum({reached(DISCUSSED)} OR EXISTS (SELECT 1 FROM meeting_agenda a "
        "WHERE a.case_id = c.id)), 0), "
        f"coalesce(sum({reached(ADOPTED)}), 0), "
        f"coalesce(sum(c.status = 'closed' AND c.closing_outcome IN ({without})), 0), "
        f"coalesce(sum(c.status = 'closed' AND c.closing_outcome IN ({with_})), 0), "
        "coalesce(sum(c.status = 'closed' AND c.closing_outcome IS NULL), 0), "
        f"coalesce(sum(c.status <> 'closed'), 0) {_referrals()}",
        p,
    ).fetchone()
    labels = (
        ("referred", QT_TRANSLATE_NOOP("reports", "Referred")),
        ("discussed-at-panel", QT_TRANSLATE_NOOP("reports", "Discussed at panel")),
        ("adopted", QT_TRANSLATE_NOOP("reports", "Adopted as a case (support plan)")),
        (
            "closed-no-further-concern",
            QT_TRANSLATE_NOOP("reports", "Closed with no further concern"),
        ),
        ("closed-further-concern", QT_TRANSLATE_NOOP("reports", "Closed with further concern")),
        (
            "closed-outcome-not-recorded",
            QT_TRANSLATE_NOOP("reports", "Closed, outcome not recorded"),
        ),
        ("open", QT_TRANSLATE_NOOP("reports", "Still open")),
    )
    return [Count(code, label, int(n)) for (code, label), n in zip(labels, row, strict=True)]


def _time_in_stage(conn: Any, p: dict[str, Any]) -> tuple[list[StageTime], int]:
    """Stays that ended in the period, per stage: how many, and their mean and median length
    in days. A stay is timed only when its start was recorded as it happened: a change of
    status, or a case opened at referral. Stays begun before stage history was kept (the
    back-fill) or at a status a bundle brought in are counted in `not timed`."""
    rows = conn.execute(
        "WITH h AS (SELECT h.status, h.basis, h.entered_at, "
        "lead(h.entered_at) OVER (PARTITION BY h.case_id ORDER BY h.id) AS left_at "
        "FROM case_status_history h JOIN cases c ON c.id = h.case_id "
        "WHERE c.marking_rank <= :rank), "
        "ended AS (SELECT status, basis, entered_at, left_at FROM h WHERE status <> 'closed' "
        "AND left_at IS NOT NULL AND date(left_at) BETWEEN :start AND :end), "
        "timed AS (SELECT status, julianday(left_at) - julianday(entered_at) AS days FROM ended "
        "WHERE (basis = 'changed' OR (basis = 'opened' AND status = 'referral')) "
        "AND julianday(left_at) IS NOT NULL AND julianday(entered_at) IS NOT NULL), "
        "ranked AS (SELECT status, days, "
        "row_number() OVER (PARTITION BY status ORDER BY days) AS rn, "
        "count(*) OVER (PARTITION BY status) AS n, "
        "avg(days) OVER (PARTITION BY status) AS mean FROM timed) "
        "SELECT status, max(n), max(mean), avg(days) FROM ranked "
        "WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY status",
        p,
    ).fetchall()
    by_status = {status: (int(n), float(mean), float(median)) for status, n, mean, median in rows}
    not_timed = conn.execute(
        "WITH h AS (SELECT h.status, h.basis, "
        "lead(h.entered_at) OVER (PARTITION BY h.case_id ORDER BY h.id) AS left_at "
        "FROM case_status_history h JOIN cases c ON c.id = h.case_id "
        "WHERE c.marking_rank <= :rank) "
        "SELECT count(*) FROM h WHERE status <> 'closed' AND left_at IS NOT NULL "
        "AND date(left_at) BETWEEN :start AND :end "
        "AND NOT (basis = 'changed' OR (basis = 'opened' AND status = 'referral'))",
        p,
    ).fetchone()[0]
    out = []
    for s in CaseStatus:
        if s is CaseStatus.CLOSED:
            continue
        n, mean, median = by_status.get(s.value, (0, None, None))
        out.append(StageTime(s.value, n, mean, median))
    return out, int(not_timed)


def _outcomes(conn: Any, p: dict[str, Any]) -> list[Count]:
    rows = {
        key: int(n)
        for key, n in conn.execute(
            "SELECT h.closing_outcome, count(*) FROM case_status_history h "
            "JOIN cases c ON c.id = h.case_id WHERE c.marking_rank <= :rank "
            "AND h.status = 'closed' AND date(h.entered_at) BETWEEN :start AND :end GROUP BY 1",
            p,
        )
    }
    known = {o.value for o in ClosingOutcome}
    missing = sum(n for k, n in rows.items() if k not in known)
    return [Count(o.value, o.label, rows.get(o.value, 0)) for o in ClosingOutcome] + [
        Count(NOT_RECORDED, NOT_RECORDED_LABEL, missing)
    ]


def _overdue(conn: Any, p: dict[str, Any]) -> list[Count]:
    """Open or in-progress actions whose due date is before today, by how long overdue."""
    states = f"('{ActionStatus.OPEN.value}', '{ActionStatus.IN_PROGRESS.value}')"
    days_overdue = {
        int(days): int(n)
        for days, n in conn.execute(
            "SELECT CAST(julianday(:today) - julianday(a.due_date) AS INTEGER), count(*) "
            "FROM actions a JOIN cases c ON c.id = a.case_id WHERE c.marking_rank <= :rank "
            f"AND a.status IN {states} AND a.due_date < :today "
            "AND julianday(a.due_date) IS NOT NULL GROUP BY 1",
            p,
        )
    }
    out = []
    for code, low, high, label in OVERDUE_BANDS:
        n = sum(v for d, v in days_overdue.items() if d >= low and (high is None or d <= high))
        out.append(Count(code, label, n))
    return out
