"""The latest assessment as a table: each factor's score beside its evidence and how the
score moved since the assessment before (a first assessment has nothing to compare with)."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidget, QVBoxLayout, QWidget

from securedesk.core.cases.assessment_framework import Framework
from securedesk.core.cases.assessment_view import AssessmentReading
from securedesk.gui.labels import framework_word
from securedesk.gui.page_parts import fill_table, read_only_table

CHANGED_BACKGROUND = QColor("#fff4d6")  # as the changes note above the form


class AssessmentReadingView(QWidget):
    """Factor, score, change and evidence, one row a factor, in the framework's order."""

    def __init__(self, framework: Framework | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.framework = framework  # its Welsh names the factors in a Welsh window
        self.table: QTableWidget = read_only_table(
            [self.tr("Factor"), self.tr("Score"), self.tr("Change"), self.tr("Evidence")],
            self.tr("Scores and evidence of the latest assessment"),
        )
        self.table.setObjectName("assessmentEvidence")
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 300)
        # Rows as tall as their text at the table's width now, measured again as it changes
        # (sized once at first show, the first rows stayed twice as tall as the rest).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(260)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def show_reading(self, reading: AssessmentReading | None) -> None:
        if reading is None:
            fill_table(self.table, [])
            self.hide()
            return
        self.show()
        rows = []
        for f in reading.factors:
            score = "—" if f.score is None else str(f.score)
            if reading.first:
                change = ""  # the column is hidden: the note above says "first assessment"
            elif f.changed:
                change = f"{f.before} → {score}"
            else:
                change = self.tr("no change")
            name = framework_word(self.framework, f.name) if self.framework else f.name
            rows.append([name, score, change, f.evidence or self.tr("(no evidence given)")])
        fill_table(self.table, rows)
        self.table.setColumnHidden(2, reading.first)
        self.table.resizeColumnToContents(1)
        for r, f in enumerate(reading.factors):
            if not reading.first and f.changed:
                for col in range(self.table.columnCount()):
                    cell = self.table.item(r, col)
                    if cell is not None:
                        cell.setBackground(CHANGED_BACKGROUND)
        self.table.resizeRowsToContents()

    def evidence_of(self, row: int) -> str:
        cell = self.table.item(row, 3)
        return "" if cell is None else cell.text()
