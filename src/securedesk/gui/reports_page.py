"""The Reports screen: panel statistics without names for a period, as tables and QtCharts
charts, saved as a PDF (the same document `securedesk report panel` writes) or a CSV for
returns. Figures are computed in the core, off the UI thread; the window only shows them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.domain import CaseStatus, ConsentStatus
from securedesk.core.markings import Marking
from securedesk.core.reports.panel_report import PanelReport, Section
from securedesk.core.reports.report_service import ReportService, WrittenReport, default_period
from securedesk.core.reports.suppression import SUPPRESSED, Cell
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.labels import status_label
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.window_chrome import current_language
from securedesk.gui.workers import Task, TaskControl
from securedesk.packs.report_pdf import render_report_pdf

CONTEXT = "reports"
PALETTE = ("#1f4e79", "#c55a11", "#548235", "#7030a0", "#bf9000", "#2e75b6", "#843c0c", "#7f7f7f")
CHART_HEIGHT = 220
CATEGORY = str(QT_TRANSLATE_NOOP("reports", "Category"))
COUNT = str(QT_TRANSLATE_NOOP("reports", "Count"))
MEAN_DAYS = str(QT_TRANSLATE_NOOP("reports", "Mean days"))
MEDIAN_DAYS = str(QT_TRANSLATE_NOOP("reports", "Median days"))
# Consent values as a report shows them (the core stores them in English, lower case).
_CONSENT = {
    ConsentStatus.NOT_SOUGHT.value: str(QT_TRANSLATE_NOOP("reports", "Not sought")),
    ConsentStatus.GIVEN.value: str(QT_TRANSLATE_NOOP("reports", "Given")),
    ConsentStatus.PARENTAL_GIVEN.value: str(QT_TRANSLATE_NOOP("reports", "Parental consent given")),
    ConsentStatus.REFUSED.value: str(QT_TRANSLATE_NOOP("reports", "Refused")),
    ConsentStatus.WITHDRAWN.value: str(QT_TRANSLATE_NOOP("reports", "Withdrawn")),
}


def row_label(cell: Cell) -> str:
    """A category in the user's language: the Welsh of the resources' lists, the window's
    words for statuses, the catalogue's for the rest."""
    if cell.cy and current_language() == "cy":
        return cell.cy
    statuses = {s.value: s for s in CaseStatus}
    if cell.code in statuses:
        text = status_label(statuses[cell.code])
        return text[:1].upper() + text[1:]
    if cell.code in _CONSENT:
        return QCoreApplication.translate(CONTEXT, _CONSENT[cell.code])
    return QCoreApplication.translate(CONTEXT, cell.label)


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class SectionView(QGroupBox):
    """One section: its note, its table (counts as they may be shown) and its chart."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(tr(section.title), parent)
        self.setObjectName(f"section:{section.code}")
        layout = QVBoxLayout(self)
        note = QLabel(tr(section.note))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(self)
        self.table.setObjectName(f"table:{section.code}")
        heads = [tr(CATEGORY), tr(COUNT)]
        if section.timed:
            heads += [tr(MEAN_DAYS), tr(MEDIAN_DAYS)]
        rows = list(section.rows) + ([section.total] if section.total is not None else [])
        self.table.setColumnCount(len(heads))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(heads)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, cell in enumerate(rows):
            values = [row_label(cell), tr(cell.shown) if cell.value is None else cell.shown]
            if section.timed:
                values += [cell.mean_days, cell.median_days]
            for c, text in enumerate(values):
                item = QTableWidgetItem(tr(text) if text == SUPPRESSED else text)
                if c:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setFixedHeight(
            header.height() + sum(self.table.rowHeight(r) for r in range(len(rows))) + 4
        )
        layout.addWidget(self.table)
        self.chart_view: QChartView | None = None
        chart = self._chart(section)
        if chart is not None:
            self.chart_view = QChartView(chart)
            self.chart_view.setObjectName(f"chart:{section.code}")
            self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
            bars = len(section.rows) if section.chart != "pie" else 6
            self.chart_view.setMinimumHeight(max(CHART_HEIGHT, 28 * bars + 60))
            layout.addWidget(self.chart_view)

    def _chart(self, section: Section) -> QChart | None:
        """Counts that may be shown; a suppressed one is left out (the table says why)."""
        shown = [c for c in section.rows if c.value]
        if not section.chart or not shown:
            return None
        chart = QChart()
        chart.legend().setVisible(section.chart == "pie")
        chart.setMargins(QMargins(4, 4, 4, 4))
        if section.chart == "pie" and not section.timed:
            pie = QPieSeries()
            for n, cell in enumerate(shown):
                slice_ = pie.append(f"{row_label(cell)}: {cell.value}", float(cell.value or 0))
                slice_.setColor(QColor(PALETTE[n % len(PALETTE)]))
            chart.addSeries(pie)
            chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
            return chart
        rows = list(reversed(section.rows))
        bars = QBarSet(tr(MEDIAN_DAYS) if section.timed else tr(COUNT))
        bars.setColor(QColor(PALETTE[0]))
        for cell in rows:
            if section.timed:
                try:
                    bars.append(float(cell.median_days))
                except ValueError:
                    bars.append(0.0)
            else:
                bars.append(float(cell.value or 0))
        series = QHorizontalBarSeries()
        series.append(bars)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append([row_label(c) for c in rows])
        axis_y.setTruncateLabels(False)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%d")
        axis_x.setMin(0)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_x.applyNiceNumbers()  # round ticks
        if section.timed:
            chart.setTitle(tr(MEDIAN_DAYS))
        return chart


class ReportsPage(QWidget):
    # The report on screen changed: the window's banner shows its marking.
    markings_changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.session = session
        self.service = ReportService(session)
        self.report: PanelReport | None = None
        self.task: Task | None = None

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Panel statistics"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Counts without names for the period, for returns and freedom-of-information "
                "answers. Counts from 1 to 4 show as “fewer than 5”; missing values count as "
                "“Not recorded”."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        period = default_period(session.clock.today())
        form = QFormLayout()
        row = QHBoxLayout()
        self.start = QDateEdit(_to_qdate(period.start))
        self.start.setObjectName("reportFrom")
        self.end = QDateEdit(_to_qdate(period.end))
        self.end.setObjectName("reportTo")
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        form.addRow(self.tr("Period from"), row)
        self.up_to = QComboBox()
        self.up_to.setObjectName("reportUpTo")
        visible = session.visible_marking
        for marking in Marking:
            if marking <= visible:
                self.up_to.addItem(marking.value, marking)
        self.up_to.setCurrentIndex(self.up_to.count() - 1)
        self.up_to.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # As wide as its text: the form stretched it across the whole screen.
        self.up_to.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Count cases marked up to"), self.up_to)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("Show statistics"))
        self.show_button.setObjectName("showReport")
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("savePdf")
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"))
        self.csv_button.setObjectName("saveCsv")
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        for b in (self.show_button, self.pdf_button, self.csv_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel("")
        self.status.setObjectName("reportStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.error = QLabel("")
        self.error.setObjectName("reportError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, 1)
        self._set_saving(False)
        self.refresh()  # the financial year so far, as soon as the page is opened

    # -- figures ------------------------------------------------------------------------

    def shown_markings(self) -> list[Marking]:
        """The marking of the report on screen (what the window's banner shows)."""
        return [self.report.marking] if self.report is not None else [Marking.OFFICIAL]

    def period(self) -> tuple[date, date]:
        return _from_qdate(self.start.date()), _from_qdate(self.end.date())

    def refresh(self) -> None:
        start, end = self.period()
        up_to = self.up_to.currentData()
        self._show_error("")
        self.status.setText(self.tr("Counting…"))
        self.show_button.setEnabled(False)

        def work(_control: TaskControl) -> PanelReport:
            return self.service.panel_statistics(start, end, up_to=up_to)

        self.task = Task(work, owner=self)
        self.task.finished.connect(self._shown)
        self.task.failed.connect(self._failed)
        self.task.start()

    def _shown(self, report: object) -> None:
        assert isinstance(report, PanelReport)
        self.report = report
        self.show_button.setEnabled(True)
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for section in report.sections:
            self.body_layout.addWidget(SectionView(section, self.body))
        self.body_layout.addStretch(1)
        self.markings_changed.emit()
        self.status.setText(
            self.tr("%1 to %2 · marked %3 · counts cases marked up to %4")
            .replace("%1", report.period.start.isoformat())
            .replace("%2", report.period.end.isoformat())
            .replace("%3", report.marking.value)
            .replace("%4", report.up_to.value)
        )
        self._set_saving(True)

    def _failed(self, exc: object) -> None:
        self.show_button.setEnabled(True)
        self.status.setText("")
        self._show_error(message_for(exc) if isinstance(exc, BaseException) else str(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _set_saving(self, on: bool) -> None:
        self.pdf_button.setEnabled(on)
        self.csv_button.setEnabled(on)

    # -- files --------------------------------------------------------------------------

    def ask_path(self, fmt: str) -> str:
        """The file to write (a seam for tests)."""
        name = "panel-report." + fmt
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the panel report"),
            name,
            self.tr("PDF document (*.pdf)") if fmt == "pdf" else self.tr("CSV file (*.csv)"),
        )
        return path

    def save(self, fmt: str) -> None:
        if self.report is None:
            return
        path = self.ask_path(fmt)
        if not path:
            return
        report = self.report
        self._show_error("")
        self._set_saving(False)

        def work(_control: TaskControl) -> WrittenReport:
            return self.service.write_report(
                Path(path), report=report, render_pdf=render_report_pdf
            )

        self.task = Task(work, owner=self)
        self.task.finished.connect(self._saved)
        self.task.failed.connect(self._save_failed)
        self.task.start()

    def _saved(self, written: object) -> None:
        assert isinstance(written, WrittenReport)
        self._set_saving(True)
        self.status.setText(self.tr("Saved the report to %1.").replace("%1", str(written.path)))

    def _save_failed(self, exc: object) -> None:
        self._set_saving(True)
        self._show_error(message_for(exc) if isinstance(exc, BaseException) else str(exc))
