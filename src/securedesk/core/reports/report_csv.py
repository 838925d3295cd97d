"""A panel report as CSV, for returns: one row per category under stable headers. The first
rows describe the report (section "report"); counts under 5 read "fewer than 5"."""

from __future__ import annotations

import csv
import io

from securedesk.core.reports.panel_report import PanelReport

HEADERS = ("section", "code", "label", "count", "mean_days", "median_days")


def render_csv(report: PanelReport) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADERS)
    about = (
        ("period-start", "Period start", report.period.start.isoformat()),
        ("period-end", "Period end", report.period.end.isoformat()),
        ("produced-on", "Produced on", report.today.isoformat()),
        ("counts-cases-marked-up-to", "Counts cases marked up to", report.up_to.value),
        ("marking", "Marking", report.marking.value),
        (
            "stays-not-timed",
            "Stays not timed (stage entry not recorded)",
            report.stays_not_timed,
        ),
    )
    for code, label, value in about:
        writer.writerow(("report", code, label, value, "", ""))
    for section in report.sections:
        for cell in section.rows:
            writer.writerow(
                (section.code, cell.code, cell.label, cell.shown, cell.mean_days, cell.median_days)
            )
        if section.total is not None:
            writer.writerow(
                (section.code, "total", section.total.label, section.total.shown, "", "")
            )
    return out.getvalue().encode("utf-8")
