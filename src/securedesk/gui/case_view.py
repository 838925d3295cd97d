"""One case, in tabs: overview, chronology, information, assessment, plan and actions,
meetings, attachments and its access log. Every change goes through the session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.case_record import CaseRecordService
from securedesk.core.cases.case_service import CaseView
from securedesk.core.cases.case_store import Attachment, StoredItem
from securedesk.core.domain import ALLOWED_TRANSITIONS, CaseStatus, FactorScore
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.gui import report_fields
from securedesk.gui.assessment_reading import AssessmentReadingView
from securedesk.gui.audit_page import outcome_label
from securedesk.gui.audit_words import action_words
from securedesk.gui.case_record_dialogs import consent_history_text, record_buttons
from securedesk.gui.chronology_text import event_text, items_by_id, kind_label, with_agency
from securedesk.gui.error_text import message_for
from securedesk.gui.grading_help import grade_help
from securedesk.gui.identifier_labels import identifier_line
from securedesk.gui.item_dialog import ItemDialog
from securedesk.gui.labels import (
    agency_label,
    caveats_label,
    consent_label,
    framework_word,
    status_label,
)
from securedesk.gui.page_parts import fill_table, read_only_table
from securedesk.gui.plain_text import plain_label
from securedesk.gui.plan_tab import PlanTab
from securedesk.gui.secure_clipboard import SecureClipboard
from securedesk.gui.steady_spin_box import SteadySpinBox
from securedesk.gui.workers import Task, TaskControl

# The latest assessment's changes stand out, as they did before the view was plain text.
CHANGES_STYLE = "background: #fff4d6; padding: 4px;"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = read_only_table(headers, name)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    # The short columns (dates, kinds, markings, grades) as wide as their text: at a fixed
    # width "OFFICIAL-SENSITIVE" and a date with its time wrapped and doubled each row.
    for col in range(len(headers) - 1):
        table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    # Long text wraps at word boundaries and every row is as tall as its text at the width
    # the table has now, measured again when it is resized: rows sized once, before the tab
    # had its width, were cut mid-word, left large gaps and clipped the last row.
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    fill_table(table, rows)
    # The whole text of a long cell on hover, whatever the row shows.
    last = table.columnCount() - 1
    for r in range(table.rowCount()):
        cell = table.item(r, last)
        if cell is not None and len(cell.text()) > 60:
            cell.setToolTip(cell.text())


def _button(text: str, name: str) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    return b


class CaseViewWidget(QWidget):
    """Shows a case opened through `Session.open_case` (already access-checked and audited)."""

    changed = Signal()
    marking_changed = Signal(object)

    def __init__(
        self,
        session: Session,
        view: CaseView,
        clipboard: SecureClipboard,
        justification: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.session = session
        # Re-reading after a change repeats the reason the user gave when opening it.
        self.justification = justification or view.justification
        self.clipboard = clipboard
        self.ref = view.case.ref
        self.view = view
        # Every label that shows the case is plain text: names, places and reasons are
        # whatever was typed here or by a partner, and are never read as markup.
        self.header = _heading(1.5)
        self.header.setObjectName("caseHeader")
        self.facts = plain_label()
        self.facts.setObjectName("caseFacts")
        self.facts.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Case sections"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs)
        self._build_tabs()
        self.show_view(view)

    # -- building -------------------------------------------------------------------

    def _build_tabs(self) -> None:
        # Overview
        self.overview = _selectable()  # the referral, consent and where the case came from
        self.overview.setObjectName("caseOverview")
        # Each subject: a name in bold, then their details (rebuilt with the case).
        self.people = QVBoxLayout()
        self.status_choice = QComboBox()
        self.status_choice.setAccessibleName(self.tr("New status"))
        self.close_reason = QLineEdit()
        self.close_reason.setPlaceholderText(self.tr("Reason (required to close)"))
        self.close_reason.setAccessibleName(self.tr("Reason for the status change"))
        self.close_outcome = report_fields.outcome_combo(self.status_choice)  # to close
        self.status_button = _button(self.tr("Change stat&us"), self.tr("Change status"))
        self.status_button.clicked.connect(self.change_status)
        self.status_error = plain_label()
        self.status_error.setObjectName("statusError")
        self.status_error.setStyleSheet("color: #a31515;")
        self.status_error.setWordWrap(True)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_choice)
        status_row.addWidget(self.close_reason, 1)
        status_row.addWidget(self.close_outcome)
        status_row.addWidget(self.status_button)
        overview = QWidget()
        ov = QVBoxLayout(overview)
        overview_page = QWidget()
        overview_column = QVBoxLayout(overview_page)
        overview_column.addWidget(self.overview)
        overview_column.addLayout(self.people)
        overview_column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview_page)
        ov.addWidget(scroll, 1)
        ov.addLayout(status_row)
        ov.addWidget(self.status_error)
        ov.addLayout(record_buttons(self))  # Assign…, Consent…, Edit… (case_record_dialogs)
        self.tabs.addTab(overview, self.tr("&Overview"))

        # Chronology
        self.chronology = _table(
            [self.tr("Date"), self.tr("Kind"), self.tr("Event")], self.tr("Chronology")
        )
        self.tabs.addTab(self.chronology, self.tr("Chronolog&y"))

        # Information
        self.items = _table(
            [
                self.tr("Date"),
                self.tr("Agency"),
                self.tr("Marking"),
                self.tr("Grade"),
                self.tr("Caveats"),
                self.tr("Information"),
            ],
            self.tr("Information items"),
        )
        self.withheld = plain_label()
        self.withheld.setObjectName("withheldNote")
        add_item = _button(self.tr("&Record information…"), self.tr("Record information"))
        add_item.clicked.connect(self.add_item)
        correct = _button(self.tr("Correct selecte&d…"), self.tr("Correct the selected item"))
        correct.clicked.connect(self.correct_item)
        copy = _button(self.tr("Copy te&xt"), self.tr("Copy the selected item's text"))
        copy.clicked.connect(self.copy_item)
        # Correct and copy act on a chosen row: greyed out until one is chosen.
        self.item_buttons = (correct, copy)
        self.items.itemSelectionChanged.connect(self._item_choice_changed)
        add_item.setToolTip(
            self.tr("Record what an agency told you, with its grade, marking and caveats.")
        )
        correct.setToolTip(
            self.tr("Record a correction: the item stays in the record, marked as superseded.")
        )
        copy.setToolTip(
            self.tr("Copy the item's text; the clipboard is cleared after a short time.")
        )
        info = QWidget()
        il = QVBoxLayout(info)
        il.addWidget(self.withheld)
        il.addWidget(self.items)
        row = QHBoxLayout()
        for b in (add_item, correct, copy):
            row.addWidget(b)
        row.addStretch(1)
        il.addLayout(row)
        self.tabs.addTab(info, self.tr("&Information"))

        # Assessment
        self.assessment_tab = QWidget()
        self._build_assessment_tab()
        self.tabs.addTab(self.assessment_tab, self.tr("&Assessment"))

        # Plan & actions (plan_tab.py)
        self.plan = PlanTab(self.session, self.ref, self.justification)
        self.plan.changed.connect(self.reload)
        self.action_text = self.plan.text  # the new action's text (tests reach it here)
        self.tabs.addTab(self.plan, self.tr("Plan && a&ctions"))

        # Meetings
        self.meetings = _table([self.tr("Date"), self.tr("Meeting")], self.tr("Meetings"))
        self.tabs.addTab(self.meetings, self.tr("&Meetings"))

        # Attachments
        self.attachments = _table(
            [self.tr("Added"), self.tr("Type"), self.tr("Size"), self.tr("Name")],
            self.tr("Attachments"),
        )
        attach = _button(self.tr("Attach a &file…"), self.tr("Attach a file"))
        attach.clicked.connect(lambda: self.attach_file())
        self.attach_button = attach
        view_att = _button(self.tr("&View"), self.tr("View the selected attachment"))
        view_att.clicked.connect(self.view_attachment)
        save_att = _button(
            self.tr("Save as… (&disclosure)"), self.tr("Save the selected attachment to disk")
        )
        save_att.clicked.connect(self.save_attachment)
        self.attachment_buttons = (view_att, save_att)
        self.attachments.itemSelectionChanged.connect(self._attachment_choice_changed)
        self.attachment_error = plain_label()
        self.attachment_error.setObjectName("attachmentError")
        self.attachment_error.setWordWrap(True)
        self.attachment_error.setStyleSheet("color: #a31515;")
        att = QWidget()
        al = QVBoxLayout(att)
        al.addWidget(self.attachments)
        arow = QHBoxLayout()
        for b in (attach, view_att, save_att):
            arow.addWidget(b)
        arow.addStretch(1)
        al.addLayout(arow)
        al.addWidget(self.attachment_error)
        self.tabs.addTab(att, self.tr("Attachmen&ts"))

        # Access log
        self.access_log = _table(
            [
                self.tr("When"),
                self.tr("User"),
                self.tr("Action"),
                self.tr("Outcome"),
                self.tr("Justification"),
            ],
            self.tr("Access log"),
        )
        self.tabs.addTab(self.access_log, self.tr("Acc&ess log"))

    def _build_assessment_tab(self) -> None:
        fw = self.session.framework
        self.latest = _selectable()  # date, assessor and summary of the latest assessment
        self.latest.setObjectName("latestAssessment")
        self.latest_changes = _selectable()
        self.latest_changes.setObjectName("assessmentChanges")
        self.reading = AssessmentReadingView(fw)  # each score beside its evidence
        form = QFormLayout()
        self.scores: dict[str, tuple[QSpinBox, QLineEdit]] = {}
        for domain_id, domain_name in fw.domain_names.items():
            heading = _heading(1.0)
            heading.setText(framework_word(fw, domain_name))
            form.addRow(heading)
            for f in (f for f in fw.factors if f.domain == domain_id):
                spin = SteadySpinBox(minimum=fw.scale_min, maximum=fw.scale_max)
                name = framework_word(fw, f.name)
                spin.setAccessibleName(self.tr("Score: %s") % name)
                spin.setToolTip(framework_word(fw, f.guidance))
                evidence = QLineEdit()
                evidence.setAccessibleName(self.tr("Evidence: %s") % name)
                evidence.setPlaceholderText(self.tr("Evidence"))
                row = QHBoxLayout()
                row.addWidget(spin)
                row.addWidget(evidence, 1)
                label = plain_label(name)
                label.setBuddy(spin)
                label.setWordWrap(True)
                label.setMinimumWidth(340)
                form.addRow(label, row)
                self.scores[f.id] = (spin, evidence)
        self.summary = QPlainTextEdit()
        self.summary.setAccessibleName(self.tr("Summary conclusion"))
        self.summary.setMaximumHeight(90)
        form.addRow(self.tr("Summary:"), self.summary)
        save = _button(self.tr("Sa&ve assessment"), self.tr("Save assessment"))
        save.clicked.connect(self.save_assessment)
        self.assessment_error = plain_label()
        self.assessment_error.setStyleSheet("color: #a31515;")
        self.assessment_error.setWordWrap(True)
        inner = QWidget()
        il = QVBoxLayout(inner)
        il.addWidget(self.latest)
        il.addWidget(self.latest_changes)
        il.addWidget(self.reading)
        il.addLayout(form)
        il.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        il.addWidget(self.assessment_error)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        QVBoxLayout(self.assessment_tab).addWidget(scroll)

    # -- showing ----------------------------------------------------------------------

    def reload(self) -> None:
        self.show_view(self.session.cases.open_case(self.ref, self.justification))
        self.changed.emit()

    def show_view(self, view: CaseView) -> None:
        self.view = view
        c = view.case
        child = any(p.is_child_on(c.referral_date) for p in view.record.subjects)
        subjects = ", ".join(p.full_name for p in view.record.subjects)
        review = c.next_review.isoformat() if c.next_review else self.tr("not set")
        self.header.setText(f"{c.ref} — {subjects}")
        self.facts.setText(
            self.tr("Status: %1 · Marking: %2 · Owner: %3 · Next review: %4")
            .replace("%1", status_label(c.status))
            .replace("%2", c.marking.value)
            .replace("%3", c.owner)
            .replace("%4", review)
            + (" · " + self.tr("CHILD") if child else "")
        )
        self.marking_changed.emit(c.marking)
        lines = [
            self.tr("Referred by %1 on %2.")
            .replace("%1", agency_label(c.referral_source))
            .replace("%2", c.referral_date.isoformat()),
            self.tr("Consent: %s") % consent_label(c.consent),
        ]
        if c.closing_reason:
            lines.append(self.tr("Closed: %s") % c.closing_reason)
        if view.origin is not None:
            o = view.origin
            sender = o.sender_name or self.tr("a terminal no longer in the trust store")
            lines.append(
                self.tr("Received from %1 (fingerprint %2) on %3, in bundle %4.")
                .replace("%1", sender)
                .replace("%2", o.sender_fingerprint)
                .replace("%3", o.received_at[:10])
                .replace("%4", o.bundle_id)
            )
        history = consent_history_text(
            CaseRecordService(self.session).consent_history(self.ref, self.justification)
        )
        if history:
            lines.append(history)
        self.overview.setText("\n".join(lines))
        self._show_people(view)
        self.status_choice.clear()
        for st in sorted(ALLOWED_TRANSITIONS[c.status], key=lambda x: list(CaseStatus).index(x)):
            self.status_choice.addItem(status_label(st), st)
        # Item text cut at a word with "…", the whole on hover; kinds in the user's language.
        by_id = items_by_id(view.items)
        events = [event_text(r, by_id) for r in view.chronology]
        _fill(
            self.chronology,
            [
                [r.on.isoformat(), kind_label(r.kind), with_agency(r, by_id, events[n][0])]
                for n, r in enumerate(view.chronology)
            ],
        )
        for r, (_shown, whole) in enumerate(events):
            cell = self.chronology.item(r, 2)
            if whole and cell is not None:
                cell.setToolTip(whole)
        _fill(
            self.items,
            [
                [
                    s.item.item_date.isoformat(),
                    agency_label(s.item.agency),  # a usual agency in the user's language
                    s.item.marking.value,
                    s.item.source_grade + s.item.information_grade,
                    caveats_label(s.item.caveats),
                    (self.tr("[superseded] ") if s.superseded_by else "") + s.item.text,
                ]
                for s in view.items
            ],
        )
        self._item_choice_changed()
        grade_tip = grade_help()
        grade_header = self.items.horizontalHeaderItem(3)
        if grade_header is not None:
            grade_header.setToolTip(grade_tip)
        for r in range(self.items.rowCount()):
            cell = self.items.item(r, 3)
            if cell is not None:
                cell.setToolTip(grade_tip)
        for r, s in enumerate(view.items):
            if s.superseded_by:
                for col in range(self.items.columnCount()):
                    cell = self.items.item(r, col)
                    if cell is not None:
                        cell.setForeground(QColor("#666666"))
        self.withheld.setText(
            self.tr("%n item(s) withheld: above your clearance.", "", view.withheld_items)
            if view.withheld_items
            else ""
        )
        self.withheld.setVisible(bool(view.withheld_items))  # no empty band above the table
        reading = view.latest_assessment
        self.reading.show_reading(reading)
        if reading is not None:
            last = reading.assessment
            fw = self.session.framework
            changed = [
                f"• {framework_word(fw, f.name)}: {f.before} → {f.score}" for f in reading.changed
            ]
            self.latest.setText(
                self.tr("Latest assessment %1 by %2: %3")
                .replace("%1", last.assessed_on.isoformat())
                .replace("%2", last.assessor)
                .replace("%3", last.summary)
            )
            if reading.first:
                self.latest_changes.setText(
                    self.tr("First assessment: there is nothing earlier to compare with.")
                )
                self.latest_changes.setStyleSheet("")
            elif changed:
                self.latest_changes.setText(
                    "\n".join([self.tr("Changed since the previous assessment:"), *changed])
                )
                self.latest_changes.setStyleSheet(CHANGES_STYLE)
            else:
                self.latest_changes.setText(self.tr("No change since the previous assessment."))
                self.latest_changes.setStyleSheet("")
            for score in last.scores:
                if score.factor_id in self.scores:
                    self.scores[score.factor_id][0].setValue(score.score)
                    self.scores[score.factor_id][1].setText(score.evidence)
        else:
            self.latest.setText(self.tr("No assessment yet."))
            self.latest_changes.clear()
            self.latest_changes.setStyleSheet("")
        self.plan.show_actions(view.actions)
        _fill(
            self.meetings,
            [[m.meeting_date.isoformat(), m.title] for m in view.meetings],
        )
        self._attachments = list(view.attachments)
        _fill(
            self.attachments,
            [
                [a.added_at[:10], a.media_type, f"{a.size / 1024:.0f} KB", a.name]
                for a in self._attachments
            ],
        )
        self._attachment_choice_changed()
        _fill(
            self.access_log,
            [
                [
                    e.at[:19].replace("T", " "),
                    e.user,
                    action_words(e.action),
                    outcome_label(e.outcome),
                    e.justification,
                ]
                for e in self.session.cases.access_log(self.ref, self.justification)
            ],
        )

    def _show_people(self, view: CaseView) -> None:
        """A name in bold and the details under it, for each subject of the case."""
        while self.people.count():
            item = self.people.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.hide()
                old.deleteLater()
        for p in view.record.subjects:
            dob = p.date_of_birth.isoformat() if p.date_of_birth else self.tr("unknown")
            age = p.age_on(date.today())
            lines = [
                self.tr("Born %1 (age %2)")
                .replace("%1", dob)
                .replace("%2", str(age) if age is not None else "?")
            ]
            if p.aliases:
                lines.append(self.tr("Also known as: %s") % ", ".join(p.aliases))
            lines.extend(identifier_line(ident) for ident in p.identifiers)
            lines.extend(p.addresses)
            name = _heading(1.2)
            name.setText(p.full_name)
            name.setObjectName("subjectName")
            name.setProperty("personId", p.id)  # double-click: the person view
            name.setToolTip(self.tr("Double-click to see this person, their links and cases"))
            name.installEventFilter(self)
            name.setContentsMargins(0, 8, 0, 0)  # the space a heading had above it
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            details = _selectable()
            details.setObjectName("subjectDetails")
            details.setText("\n".join(lines))
            self.people.addWidget(name)
            self.people.addWidget(details)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        person_id = watched.property("personId")
        if person_id and event.type() == QEvent.Type.MouseButtonDblClick:
            self.open_person(str(person_id))
            return True
        return super().eventFilter(watched, event)

    def open_person(self, person_id: str) -> None:
        """The person view (gui/person_view.py), seen on this case's grounds."""
        from securedesk.gui.person_view import PersonView

        view = PersonView(self.session, person_id, self.justification, self)
        opener = getattr(self.window(), "open_case", None)
        if opener is not None:
            view.open_case_requested.connect(lambda ref: opener(ref))
        view.show()
        self.person_view = view

    def _item_choice_changed(self) -> None:
        chosen = self._selected_item() is not None and bool(self.items.selectedItems())
        for b in self.item_buttons:
            b.setEnabled(chosen)

    def _attachment_choice_changed(self) -> None:
        chosen = self._selected_attachment() is not None and bool(self.attachments.selectedItems())
        for b in self.attachment_buttons:
            b.setEnabled(chosen)

    # -- actions --------------------------------------------------------------------

    def change_status(self) -> None:
        status = self.status_choice.currentData()
        if status is None:
            return
        try:
            report_fields.change_status(
                self.session,
                self.ref,
                status,
                self.close_reason.text(),
                self.close_outcome,
                self.justification,
            )
        except Exception as exc:
            self.status_error.setText(message_for(exc))
            return
        self.status_error.clear()
        self.close_reason.clear()
        self.reload()

    def add_item(self) -> None:
        if (
            ItemDialog(self.session, self.ref, parent=self, justification=self.justification).exec()
            == QDialog.DialogCode.Accepted
        ):
            self.reload()

    def _selected_item(self) -> StoredItem | None:
        row = self.items.currentRow()
        return self.view.items[row] if 0 <= row < len(self.view.items) else None

    def correct_item(self) -> None:
        item = self._selected_item()
        if item is None:
            return
        dialog = ItemDialog(
            self.session, self.ref, supersedes=item, parent=self, justification=self.justification
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()

    def copy_item(self) -> None:
        item = self._selected_item()
        if item is not None:
            self.clipboard.copy(item.item.text)

    def save_assessment(self) -> None:
        scores = [
            FactorScore(fid, spin.value(), ev.text()) for fid, (spin, ev) in self.scores.items()
        ]
        try:
            self.session.cases.add_assessment(
                self.ref, scores, self.summary.toPlainText(), justification=self.justification
            )
        except Exception as exc:
            self.assessment_error.setText(message_for(exc))
            return
        self.assessment_error.clear()
        self.summary.clear()
        self.reload()

    def _selected_attachment(self) -> Attachment | None:
        row = self.attachments.currentRow()
        return self._attachments[row] if 0 <= row < len(self._attachments) else None

    def attach_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        # Reading and storing up to the policy's limit can take a while: off the UI thread.
        session, ref, source, why = self.session, self.ref, Path(path), self.justification
        self.attachment_error.setText(self.tr("Attaching…"))
        self.attach_button.setEnabled(False)

        def work(control: TaskControl) -> Attachment:
            return session.attachments.add_attachment(ref, source, justification=why)

        def done(_result: object) -> None:
            self.attach_button.setEnabled(True)
            self.attachment_error.clear()
            self.reload()

        def failed(exc: object) -> None:
            assert isinstance(exc, BaseException)
            self.attach_button.setEnabled(True)
            self.attachment_error.setText(message_for(exc))

        self._attach_task = Task(work, self)
        self._attach_task.finished.connect(done)
        self._attach_task.failed.connect(failed)
        self._attach_task.start()

    def view_attachment(self) -> None:
        att = self._selected_attachment()
        if att is None:
            return
        try:
            data = self.session.attachments.read(att, self.justification)
        except Exception as exc:
            self.attachment_error.setText(message_for(exc))
            return
        AttachmentViewer(att, data, self.view.case.marking, self).exec()

    def save_attachment(self, path: str | None = None) -> None:
        att = self._selected_attachment()
        if att is None:
            return
        if not path:
            answer = QMessageBox.question(
                self,
                self.tr("Save outside the vault?"),
                self.tr(
                    "Saving writes the attachment unencrypted to disk. It is recorded as a "
                    "disclosure in the audit log. Continue?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment"), att.name)
        if not path:
            return
        try:
            self.session.attachments.save_out(att, Path(path), self.justification)
        except Exception as exc:
            self.attachment_error.setText(message_for(exc))
            return
        self.reload()


class AttachmentViewer(QDialog):
    """Shows an attachment from memory: nothing is written to disk to view it."""

    def __init__(
        self, att: Attachment, data: bytes, marking: Marking, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"{att.name} — {marking.value}")
        layout = QVBoxLayout(self)
        from securedesk.gui.marking_banner import MarkingBanner

        top, bottom = MarkingBanner(), MarkingBanner()
        top.set_marking(marking)
        bottom.set_marking(marking)
        layout.addWidget(top)
        if att.media_type.startswith("image/"):
            pixmap = QPixmap()
            pixmap.loadFromData(data)
            label = QLabel()
            label.setPixmap(pixmap)
            scroll = QScrollArea()
            scroll.setWidget(label)
            layout.addWidget(scroll)
        elif att.media_type == "application/pdf":
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self._doc = QPdfDocument(self)
            self._doc.load(self._buffer)
            view = QPdfView(self)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setDocument(self._doc)
            layout.addWidget(view)
        else:
            text = QPlainTextEdit(data.decode("utf-8", errors="replace"))
            text.setReadOnly(True)
            text.setAccessibleName(self.tr("Attachment text"))
            layout.addWidget(text)
        layout.addWidget(bottom)
        self.resize(800, 700)


def _heading(scale: float) -> QLabel:
    """Plain text in bold, `scale` times the size of the text around it."""
    label = plain_label()
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _selectable() -> QLabel:
    """Wrapping plain text the user can select and copy (through the secure clipboard)."""
    label = plain_label()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
