"""What a report may show: counts under 5 are shown as "fewer than 5", so nobody can be
singled out, and a table that would let a suppressed count be worked out is protected too.

The rules:
- a count from 1 to 4 is "fewer than 5" (a zero is shown: it singles nobody out);
- a table whose rows split one total (every referral falls in exactly one sector) shows its
  total; if exactly one row of it is suppressed, the total less the rows shown would give
  that row away, so the smallest other row above zero is suppressed too, shown as
  "suppressed" (secondary suppression). The same total is shown in several tables (every
  referral table adds up to the referrals of the period), which is why the rows are
  protected rather than the total;
- a total under 5 is itself "fewer than 5";
- a time spent in a stage is shown only for 5 stays or more (a mean of fewer could describe
  one person's case).
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP
from securedesk.core.reports.panel_stats import Count, StageTime

THRESHOLD = 5
FEWER_THAN_5 = QT_TRANSLATE_NOOP("reports", "fewer than 5")
SUPPRESSED = QT_TRANSLATE_NOOP("reports", "suppressed")
TOTAL_LABEL = QT_TRANSLATE_NOOP("reports", "Total")


@dataclass(frozen=True)
class Cell:
    """One row of a table as it may be shown: `value` is None when suppressed, and `shown` is
    the number or the words a reader sees."""

    code: str
    label: str
    cy: str
    value: int | None
    shown: str
    mean_days: str = ""
    median_days: str = ""


def shown_count(n: int) -> tuple[int | None, str]:
    if 0 < n < THRESHOLD:
        return None, FEWER_THAN_5
    return n, str(n)


def partition(counts: list[Count]) -> tuple[list[Cell], Cell]:
    """The rows of a table that splits one total, and its total row, suppressed."""
    total = sum(c.count for c in counts)
    hidden = {c.code for c in counts if 0 < c.count < THRESHOLD}
    secondary: set[str] = set()
    if len(hidden) == 1 and total >= THRESHOLD:
        others = [c for c in counts if c.code not in hidden and c.count > 0]
        if others:
            secondary.add(min(others, key=lambda c: (c.count, c.code)).code)
    rows = []
    for c in counts:
        if c.code in secondary:
            rows.append(Cell(c.code, c.label, c.cy, None, SUPPRESSED))
        else:
            value, shown = shown_count(c.count)
            rows.append(Cell(c.code, c.label, c.cy, value, shown))
    value, shown = shown_count(total)
    return rows, Cell("total", TOTAL_LABEL, "", value, shown)


def separate(counts: list[Count]) -> list[Cell]:
    """Rows that do not add up to a total shown (the stages reached overlap): each row is
    suppressed on its own."""
    return [Cell(c.code, c.label, c.cy, *shown_count(c.count)) for c in counts]


def stage_times(times: list[StageTime]) -> list[Cell]:
    rows = []
    for t in times:
        value, shown = shown_count(t.stays)
        if value is None or t.mean_days is None or t.median_days is None or not value:
            mean = median = "" if not t.stays else SUPPRESSED
        else:
            mean, median = f"{t.mean_days:.1f}", f"{t.median_days:.1f}"
        rows.append(Cell(t.status, t.status, "", value, shown, mean, median))
    return rows
