"""Panel statistics without names: every count is made in SQL over the cases a user may see
(marked up to a limit), grouped by the categories of a return; small counts are then
suppressed (`suppression.py`). No row read here names a person or holds case content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from securedesk.core.cases.action_store import OUTSTANDING
from securedesk.core.domain import CaseStatus, ConsentStatus
from securedesk.core.error_kinds import QT_TRANSLATE_NOOP
from securedesk.core.markings import Marking
from securedesk.core.reports.categories import (
    NOT_RECORDED,
    NOT_RECORDED_LABEL,
    ClosingOutcome,
    ReportingCategories,
)

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


# The markings a report may count, as a condition on the stored column: the indexes that
# serve reports hold `marking` (an index on the generated marking_rank is not covering, so
# every row would be read from the table).
MARKINGS_COUNTED = "IN (:m1, :m2, :m3)"


def compute(
    conn: Any,
    categories: ReportingCategories,
    period: Period,
    *,
    up_to: Marking,
    today: date,
    now: str,
) -> RawStats:
    counted = [m.value for m in Marking if m <= up_to]
    p = {
        **{f"m{n}": counted[min(n - 1, len(counted) - 1)] for n in (1, 2, 3)},
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
        "today": today.isoformat(),
        "now": now,
    }

    def grouped(sql: str) -> dict[Any, int]:
        return {key: int(n) for key, n in conn.execute(sql, p)}

    # One read of the report index (cases_report) for every figure of a case's own columns:
    # a count for each combination, of cases referred up to the end of the period, marked
    # whether referred within it.
    tally: dict[str, dict[Any, int]] = {
        k: {} for k in ("status", "source", "gender", "concern", "consent")
    }
    referrals = open_child_cases = 0
    held: set[Marking] = set()
    stages: dict[str, int] = {}
    for row in conn.execute(
        "SELECT referral_date >= :start, status, lower(trim(referral_source)), gender, "
        "concern_type, consent, is_child, marking, stage_reached, closing_outcome, "
        "id IN (SELECT case_id FROM meeting_agenda), count(*) FROM cases "
        f"WHERE referral_date <= :end AND marking {MARKINGS_COUNTED} "
        "GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11",
        p,
    ):
        in_period, status, source, gender, concern, consent, child, marking = row[:8]
        reached, outcome, on_agenda, n = row[8], row[9], row[10], int(row[11])
        held.add(Marking(marking))
        _add(tally["status"], status, n)
        if child and status != CaseStatus.CLOSED.value:
            open_child_cases += n
        if in_period:
            referrals += n
            for stage in _stages_of(status, int(reached), outcome, bool(on_agenda)):
                _add(stages, stage, n)
            for key, value in (
                ("source", source),
                ("gender", gender),
                ("concern", concern),
                ("consent", consent),
            ):
                _add(tally[key], value, n)
    caseload = [Count(s.value, s.value, tally["status"].get(s.value, 0)) for s in CaseStatus]
    sector_counts: dict[str, int] = {}
    for source, n in tally["source"].items():
        _add(sector_counts, categories.sector_of_source.get(source or "", "other"), n)
    sector = [
        Count(c.code, c.en, sector_counts.get(c.code, 0), c.cy) for c in categories.sector.items
    ]

    def listed(rows: dict[Any, int], items: Any) -> list[Count]:
        known = {c.code for c in items}
        missing = sum(n for code, n in rows.items() if code not in known)
        return [Count(c.code, c.en, rows.get(c.code, 0), c.cy) for c in items] + [
            Count(NOT_RECORDED, NOT_RECORDED_LABEL, missing)
        ]

    gender = listed(tally["gender"], categories.gender.items)
    concern = listed(tally["concern"], categories.concern_type.items)
    consent = [Count(s.value, s.value, tally["consent"].get(s.value, 0)) for s in ConsentStatus]

    # Age on the referral date of the first subject, in whole years.
    ages = grouped(
        "SELECT CASE WHEN p.date_of_birth IS NULL THEN NULL ELSE "
        "CAST(strftime('%Y', c.referral_date) AS INTEGER) "
        "- CAST(strftime('%Y', p.date_of_birth) AS INTEGER) "
        "- (strftime('%m-%d', c.referral_date) < strftime('%m-%d', p.date_of_birth)) END, "
        "count(*) FROM cases c "
        "LEFT JOIN case_subjects s ON s.case_id = c.id AND s.position = 0 "
        # The date of birth from the index that holds it: no person's row is read.
        "LEFT JOIN people p INDEXED BY people_date_of_birth ON p.id = s.person_id "
        "WHERE c.referral_date BETWEEN :start AND :end "
        f"AND c.marking {MARKINGS_COUNTED} GROUP BY 1"
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
    stage_reached = [Count(code, label, stages.get(code, 0)) for code, label in STAGE_LABELS]
    time_in_stage, not_timed = _time_in_stage(conn, p)
    outcomes = _outcomes(conn, p)
    overdue = _overdue(conn, p)

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
        highest_marking_counted=max(held) if held else None,
    )


def _add(counts: dict[Any, int], key: Any, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


STAGE_LABELS = (
    ("referred", QT_TRANSLATE_NOOP("reports", "Referred")),
    ("discussed-at-panel", QT_TRANSLATE_NOOP("reports", "Discussed at panel")),
    ("adopted", QT_TRANSLATE_NOOP("reports", "Adopted as a case (support plan)")),
    ("closed-no-further-concern", QT_TRANSLATE_NOOP("reports", "Closed with no further concern")),
    ("closed-further-concern", QT_TRANSLATE_NOOP("reports", "Closed with further concern")),
    ("closed-outcome-not-recorded", QT_TRANSLATE_NOOP("reports", "Closed, outcome not recorded")),
    ("open", QT_TRANSLATE_NOOP("reports", "Still open")),
)
# cases.stage_reached: the workflow's stages in order (0 referral ... 5 review).
PANEL_STAGE, SUPPORT_PLAN_STAGE = 3, 4


def _stages_of(status: str, reached: int, outcome: str | None, on_agenda: bool) -> list[str]:
    """The rows of "stage reached" a case counts in. The workflow moves one stage at a time,
    so a case that reached support plan or review passed panel; a case on a meeting's agenda
    was discussed there whatever its stage."""
    out = ["referred"]
    if reached >= PANEL_STAGE or on_agenda:
        out.append("discussed-at-panel")
    if reached >= SUPPORT_PLAN_STAGE:
        out.append("adopted")
    if status != CaseStatus.CLOSED.value:
        out.append("open")
    elif outcome is None or outcome not in {o.value for o in ClosingOutcome}:
        out.append("closed-outcome-not-recorded")
    elif ClosingOutcome(outcome).further_concern:
        out.append("closed-further-concern")
    else:
        out.append("closed-no-further-concern")
    return out


# Cases a report may count, for the stage history (an IN list built once per query).
COUNTED_CASES = f"(SELECT id FROM cases WHERE marking {MARKINGS_COUNTED})"


def in_period(day_column: str) -> str:
    """A moment kept as a Julian day falls within the period's days (UTC)."""
    return f"{day_column} >= julianday(:start) AND {day_column} < julianday(:end, '+1 day')"


def _time_in_stage(conn: Any, p: dict[str, Any]) -> tuple[list[StageTime], int]:
    """Stays that ended in the period, per stage: how many, and their mean and median length
    in days. A stay is timed only when its start was recorded as it happened: a change of
    status, or a case opened at referral. Stays begun before stage history was kept (the
    back-fill) or at a status a bundle brought in are counted in `not timed`.

    One read of an index (each stay's start and end are kept on its row): stays are grouped
    by stage and length to a tenth of a day, and the median is read from those groups (to the
    tenth of a day a report shows)."""
    rows = conn.execute(
        "SELECT status, (basis = 'changed' OR (basis = 'opened' AND status = 'referral')), "
        "round(left_day - entered_day, 1), count(*), sum(left_day - entered_day) "
        f"FROM case_status_history WHERE {in_period('left_day')} AND status <> 'closed' "
        f"AND entered_day IS NOT NULL AND {_counted_history(p)} GROUP BY 1, 2, 3",
        p,
    ).fetchall()
    not_timed = 0
    groups: dict[str, list[tuple[float, int]]] = {}
    sums: dict[str, float] = {}
    for status, timed, days, n, total in rows:
        if not timed:
            not_timed += int(n)
            continue
        groups.setdefault(status, []).append((float(days), int(n)))
        sums[status] = sums.get(status, 0.0) + float(total)
    out = []
    for s in CaseStatus:
        if s is CaseStatus.CLOSED:
            continue
        found = sorted(groups.get(s.value, []))
        n = sum(c for _, c in found)
        if not n:
            out.append(StageTime(s.value, 0, None, None))
            continue
        out.append(StageTime(s.value, n, sums[s.value] / n, _median(found, n)))
    return out, not_timed


def _counted_history(p: dict[str, Any]) -> str:
    """History rows of cases the report may count: every row when every marking is counted
    (the check would cost a look-up per row and exclude nothing)."""
    if {p["m1"], p["m2"], p["m3"]} == {m.value for m in Marking}:
        return "1"
    return f"case_id IN {COUNTED_CASES}"


def _median(groups: list[tuple[float, int]], n: int) -> float:
    """The median of values given as sorted (value, how many) groups."""

    def nth(k: int) -> float:  # the k-th value, from 0
        seen = 0
        for value, count in groups:
            seen += count
            if k < seen:
                return value
        return groups[-1][0]

    return (nth((n - 1) // 2) + nth(n // 2)) / 2


def _outcomes(conn: Any, p: dict[str, Any]) -> list[Count]:
    rows = {
        key: int(n)
        for key, n in conn.execute(
            "SELECT closing_outcome, count(*) FROM case_status_history "
            f"WHERE status = 'closed' AND {in_period('entered_day')} "
            f"AND {_counted_history(p)} GROUP BY 1",
            p,
        )
    }
    known = {o.value for o in ClosingOutcome}
    missing = sum(n for k, n in rows.items() if k not in known)
    return [Count(o.value, o.label, rows.get(o.value, 0)) for o in ClosingOutcome] + [
        Count(NOT_RECORDED, NOT_RECORDED_LABEL, missing)
    ]


def _overdue(conn: Any, p: dict[str, Any]) -> list[Count]:
    """Open or in-progress actions whose due date is before today, by how long overdue
    (action_store.is_overdue's rule, in SQL)."""
    states = "(" + ", ".join(f"'{s.value}'" for s in OUTSTANDING) + ")"
    days_overdue = {
        int(days): int(n)
        for days, n in conn.execute(
            "SELECT CAST(julianday(:today) - julianday(a.due_date) AS INTEGER), count(*) "
            "FROM actions a JOIN cases c ON c.id = a.case_id "
            f"WHERE c.marking {MARKINGS_COUNTED} AND a.status IN {states} AND a.due_date < :today "
            "AND julianday(a.due_date) IS NOT NULL GROUP BY 1",
            p,
        )
    }
    out = []
    for code, low, high, label in OVERDUE_BANDS:
        n = sum(v for d, v in days_overdue.items() if d >= low and (high is None or d <= high))
        out.append(Count(code, label, n))
    return out
