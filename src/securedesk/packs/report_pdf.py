"""A panel report as a PDF: statistics without names, in the meeting pack's house style (the
marking in capitals at top and bottom of every page, "Page n of N"), each section a table
and a ReportLab graphics chart. Drawn in memory; the caller writes the bytes."""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.piecharts import Pie  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing, String  # type: ignore[import-untyped]
from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from securedesk import __version__
from securedesk.core.reports.panel_report import PanelReport, Section
from securedesk.packs.document import GRID, SHADE, long_date, make_styles
from securedesk.packs.fonts import load_fonts
from securedesk.packs.page_furniture import CONTENT_WIDTH, numbered_canvas, page_document
from securedesk.packs.text import markup

CHART_WIDTH = CONTENT_WIDTH
# Muted, distinguishable when printed in grey.
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#1f4e79",
        "#c55a11",
        "#548235",
        "#7030a0",
        "#bf9000",
        "#2e75b6",
        "#843c0c",
        "#7f7f7f",
    )
]
STATUS_LABELS = {"in progress": "In progress"}


def _label(text: str) -> str:
    """Statuses and consent values are stored in lower case; a table shows them as words."""
    return STATUS_LABELS.get(text, text[:1].upper() + text[1:])


def _table(section: Section, styles: Any) -> Table:
    head = ["Category", "Count"] + (["Mean days", "Median days"] if section.timed else [])
    data: list[list[Any]] = [[Paragraph(h, styles.cell_head) for h in head]]
    for cell in section.rows:
        row = [Paragraph(markup(_label(cell.label)), styles.cell), cell.shown]
        if section.timed:
            row += [cell.mean_days or "—", cell.median_days or "—"]
        data.append(row)
    if section.total is not None:
        data.append([Paragraph(f"<b>{section.total.label}</b>", styles.cell), section.total.shown])
    width = CHART_WIDTH
    cols = (
        [width * 0.58, width * 0.42] if not section.timed else [width * 0.46] + [width * 0.18] * 3
    )
    table = Table(data, colWidths=cols, repeatRows=1, hAlign="LEFT")
    style = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("FONTNAME", (0, 1), (-1, -1), styles.cell.fontName),
        ("FONTSIZE", (0, 1), (-1, -1), 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    if section.total is not None:
        style.append(("BACKGROUND", (0, len(data) - 1), (-1, len(data) - 1), SHADE))
    table.setStyle(TableStyle(style))
    return table


def _median(cell: Any) -> float:
    try:
        return float(cell.median_days)
    except ValueError:  # suppressed or none: not drawn
        return 0.0


def _chart(section: Section, regular: str) -> Drawing | None:
    """A chart of the counts that may be shown; a suppressed count is left out of the chart
    (the table says why), never drawn as a guess."""
    shown = [(c, c.value) for c in section.rows if c.value]
    if not section.chart or not shown:
        return None
    if section.chart == "pie" and len(shown) > 1:
        drawing = Drawing(CHART_WIDTH, 150)
        pie = Pie()
        pie.x, pie.y, pie.width, pie.height = 30, 10, 130, 130
        pie.data = [v for _, v in shown]
        pie.labels = None
        pie.slices.strokeColor = colors.white
        for n in range(len(shown)):
            pie.slices[n].fillColor = PALETTE[n % len(PALETTE)]
        drawing.add(pie)
        for n, (cell, value) in enumerate(shown):
            y = 130 - n * 14
            drawing.add(
                String(
                    200, y, "■", fontName=regular, fontSize=10, fillColor=PALETTE[n % len(PALETTE)]
                )
            )
            drawing.add(
                String(214, y, f"{_label(cell.label)}: {value}", fontName=regular, fontSize=8)
            )
        return drawing
    bar_height = 14
    height = max(60, bar_height * len(section.rows) + 30)
    drawing = Drawing(CHART_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 215, 15
    chart.width, chart.height = CHART_WIDTH - 235, height - 25
    rows = list(reversed(section.rows))
    # A timed section charts the median stay in days; others, the counts that may be shown.
    chart.data = [[_median(c) if section.timed else (c.value or 0) for c in rows]]
    chart.categoryAxis.categoryNames = [_label(c.label)[:48] for c in rows]
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    if section.timed:
        drawing.add(String(chart.x, height - 8, "Median days", fontName=regular, fontSize=7))
    drawing.add(chart)
    return drawing


def render_report_pdf(report: PanelReport) -> bytes:
    regular, bold = load_fonts()
    styles = make_styles(regular, bold)
    buffer = io.BytesIO()
    marking = report.marking.value
    footer = (
        f"SecureDesk {__version__} · panel report · {report.period.start} to {report.period.end}"
    )
    doc = page_document(
        buffer,
        title="Panel report",
        author="SecureDesk",
        creator=f"SecureDesk {__version__}",
        invariant=1,
    )
    story: list[Any] = [
        Paragraph("Panel report", styles.title),
        Paragraph(f"{long_date(report.period.start)} to {long_date(report.period.end)}", styles.h2),
        Paragraph(
            f"Statistics without names, produced on {long_date(report.today)}. Counts cover "
            f"cases marked up to {report.up_to.value}. Counts from 1 to 4 are shown as "
            "“fewer than 5”; where the total of a table would give such a count away, the "
            "next smallest count is also withheld (“suppressed”). Missing values are counted "
            "as “Not recorded”, never guessed.",
            styles.body,
        ),
        Paragraph(
            "Categories follow the Home Office release “Individuals referred to and supported "
            "through the Prevent Programme” (sector, gender, age band, type of concern, "
            "stage reached).",
            styles.small,
        ),
        Spacer(1, 8),
    ]
    for section in report.sections:
        block: list[Any] = [
            Paragraph(markup(section.title), styles.h2),
            Paragraph(markup(section.note), styles.small),
            _table(section, styles),
        ]
        if section.code == "time-in-stage":
            block.append(
                Paragraph(
                    f"Stays not timed (their start was not recorded as it happened: before "
                    f"stage history was kept, or received in a bundle): {report.stays_not_timed}.",
                    styles.small,
                )
            )
        story.append(CondPageBreak(160))
        story.append(KeepTogether(block))
        chart = _chart(section, regular)
        if chart is not None:
            story += [Spacer(1, 4), chart]
        story.append(Spacer(1, 12))
    canvas = numbered_canvas(
        marking=marking,
        footer=footer,
        page=lambda n, total: f"Page {n} of {total}",
        regular=regular,
        bold=bold,
    )
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
