"""One person: names, identifiers, addresses, linked people with their relationship, the
cases they appear in and any merge; finding people; merging two records. Every read and
change goes through `session.people` (the gate's rules are the core's)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.cases.person_service import PersonHit, PersonRecord
from securedesk.core.errors import JustificationRequired
from securedesk.core.markings import highest
from securedesk.core.session import Session
from securedesk.gui.error_text import message_for
from securedesk.gui.identifier_labels import identifier_line
from securedesk.gui.labels import status_label
from securedesk.gui.marking_banner import MarkingBanner
from securedesk.gui.page_parts import fill_table, read_only_table
from securedesk.gui.plain_text import plain_label

ERROR_STYLE = "color: #a31515;"


# The place for "Subject access report…" (helper F, issue 12): set this to a function taking
# the PersonView and the button appears in every person view, calling it when pressed.
def _subject_access_report(view: PersonView) -> None:
    from securedesk.gui.subject_access_dialog import subject_access_report

    subject_access_report(view)


SUBJECT_ACCESS_REPORT: Callable[[PersonView], None] | None = _subject_access_report


def _table(headers: list[str], name: str, object_name: str) -> QTableWidget:
    table = read_only_table(headers, name, object_name)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    return table


class PersonView(QDialog):
    """A person, as `session.people.show` gives them. `open_case_requested(ref)` asks the
    main window to open one of their cases (with its own justification question)."""

    open_case_requested = Signal(str)

    def __init__(
        self,
        session: Session,
        person_id: str,
        justification: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("personView")
        self.session = session
        self.person_id = person_id
        self.justification = justification
        self.record: PersonRecord | None = None
        self.setWindowTitle(self.tr("Person"))
        self.header = QLabel()
        font = self.header.font()
        font.setBold(True)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 1.4)
        self.header.setFont(font)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.header.setObjectName("personName")
        self.details = plain_label()
        self.details.setObjectName("personDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.merge_note = plain_label()
        self.merge_note.setObjectName("personMerges")
        self.merge_note.setWordWrap(True)
        self.merge_note.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.links = _table(
            [self.tr("Relationship"), self.tr("Born"), self.tr("Person")],
            self.tr("Linked people"),
            "personLinks",
        )
        self.links.setToolTip(self.tr("Double-click a person to see them"))
        self.links.cellDoubleClicked.connect(lambda row, _c: self.open_link(row))
        self.cases = _table(
            [self.tr("Case"), self.tr("Status"), self.tr("Marking"), self.tr("Owner")],
            self.tr("Cases"),
            "personCases",
        )
        self.cases.setToolTip(self.tr("Double-click a case to open it"))
        self.cases.cellDoubleClicked.connect(lambda row, _c: self.open_case(row))
        self.error = plain_label()
        self.error.setObjectName("personError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        # Asked only when every case reaching the person is outside the user's caseload.
        self.why = QLineEdit()
        self.why.setObjectName("personJustification")
        self.why.setAccessibleName(self.tr("Justification"))
        self.why.setPlaceholderText(
            self.tr("Why you need this person (recorded in the audit log with your name)")
        )
        self.why.returnPressed.connect(self.justify)
        self.why_button = QPushButton(self.tr("S&how person"))
        self.why_button.clicked.connect(self.justify)
        self.why.hide()
        self.why_button.hide()
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setAccessibleName(self.tr("Merge another record into this person"))
        self.merge_button.clicked.connect(self.merge)
        # The marked place for the subject access report (see SUBJECT_ACCESS_REPORT above).
        self.subject_access_button = QPushButton(self.tr("&Subject access report…"))
        self.subject_access_button.setObjectName("subjectAccessButton")
        self.subject_access_button.setVisible(SUBJECT_ACCESS_REPORT is not None)
        self.subject_access_button.clicked.connect(self.subject_access_report)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.subject_access_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        # Marked top and bottom as every window is: the highest marking of the cases shown
        # (`person show` marks its output the same way).
        self.top, self.bottom = MarkingBanner(), MarkingBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addWidget(self.header)
        layout.addWidget(self.details)
        layout.addWidget(self.merge_note)
        layout.addWidget(QLabel(self.tr("Linked people")))
        layout.addWidget(self.links)
        layout.addWidget(QLabel(self.tr("Cases")))
        layout.addWidget(self.cases)
        layout.addWidget(self.error)
        why_row = QHBoxLayout()
        why_row.addWidget(self.why, 1)
        why_row.addWidget(self.why_button)
        layout.addLayout(why_row)
        layout.addLayout(buttons)
        layout.addWidget(self.bottom)
        self.resize(760, 640)
        self.reload()

    def reload(self) -> None:
        try:
            record = self.session.people.show(self.person_id, self.justification)
        except JustificationRequired:
            self.error.setText(
                self.tr(
                    "This person appears only in cases outside your caseload. Say why you "
                    "need to see them; your reason is recorded in the audit log."
                )
            )
            self.why.show()
            self.why_button.show()
            self.merge_button.setEnabled(False)
            return
        except Exception as exc:
            self.error.setText(message_for(exc))
            self.merge_button.setEnabled(False)
            return
        self.error.clear()
        self.why.hide()
        self.why_button.hide()
        self.record = record
        self.show_record(record)

    def justify(self) -> None:
        if self.why.text().strip():
            self.justification = self.why.text().strip()
            self.reload()

    def show_record(self, r: PersonRecord) -> None:
        p = r.person
        self.header.setText(p.full_name)
        born = p.date_of_birth.isoformat() if p.date_of_birth else self.tr("unknown")
        lines = [self.tr("Born: %s") % born]
        if p.aliases:
            lines.append(self.tr("Also known as: %s") % ", ".join(p.aliases))
        lines += [identifier_line(i) for i in p.identifiers]
        lines += [self.tr("Address: %s") % a for a in p.addresses]
        lines.append(self.tr("Record id: %s") % p.id)
        self.details.setText("\n".join(lines))
        notes = []
        for m in r.merges:
            day = m.merged_at[:10]
            if m.merged_id == p.id:
                notes.append(
                    self.tr(
                        "Merged into %1 on %2 by %3: %4. Its cases and links now belong to "
                        "that person; this record is kept to explain the merge."
                    )
                    .replace("%1", m.kept_id[:8])
                    .replace("%2", day)
                    .replace("%3", m.merged_by)
                    .replace("%4", m.reason)
                )
            else:
                notes.append(
                    self.tr("Record %1 was merged into this one on %2 by %3: %4. Moved: %5.")
                    .replace("%1", m.merged_id[:8])
                    .replace("%2", day)
                    .replace("%3", m.merged_by)
                    .replace("%4", m.reason)
                    .replace("%5", self._moved(m.moved))
                )
        self.merge_note.setText("\n".join(notes))
        self.merge_note.setVisible(bool(notes))
        self.merge_button.setEnabled(r.merged_into is None)
        fill_table(
            self.links,
            [
                [
                    self._relation(link.relationship, link.outgoing),
                    link.other_dob.isoformat() if link.other_dob else "",
                    link.other_name,
                ]
                for link in r.links
            ],
        )
        self._case_rows = [*r.cases, *r.linked_cases]
        marking = highest(c.marking for c in self._case_rows)
        for banner in (self.top, self.bottom):
            banner.set_marking(marking)
        fill_table(
            self.cases,
            [
                [
                    c.ref if c in r.cases else self.tr("%s (a linked person's case)") % c.ref,
                    status_label(c.status),
                    c.marking.value,
                    c.owner,
                ]
                for c in self._case_rows
            ],
        )
        for table in (self.links, self.cases):
            for col in range(table.columnCount() - 1):
                table.resizeColumnToContents(col)
            table.resizeRowsToContents()

    def _relation(self, relationship: str, outgoing: bool) -> str:
        # A link from this person names the other's relationship to them ("mother of this
        # person"); a link to them, what this person is to the other.
        if outgoing:
            return self.tr("%s of this person") % relationship
        return self.tr("this person is their %s") % relationship

    def _moved(self, moved: dict[str, object]) -> str:
        cases = moved.get("cases", [])
        return (
            self.tr("%1 case(s), %2 link(s); gained %3 name(s), %4 identifier(s)")
            .replace("%1", str(len(cases) if isinstance(cases, list) else 0))
            .replace("%2", str(moved.get("links", 0)))
            .replace("%3", str(moved.get("aliases", 0)))
            .replace("%4", str(moved.get("identifiers", 0)))
        )

    def open_link(self, row: int) -> None:
        if self.record is None or not 0 <= row < len(self.record.links):
            return
        other = PersonView(
            self.session, self.record.links[row].other_id, self.justification, self.parentWidget()
        )
        other.open_case_requested.connect(self.open_case_requested.emit)
        other.show()

    def open_case(self, row: int) -> None:
        if 0 <= row < len(self._case_rows):
            self.open_case_requested.emit(self._case_rows[row].ref)

    def merge(self) -> None:
        dialog = MergeDialog(self.session, self.person_id, self.justification, self)
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.merge_dialog = dialog

    def subject_access_report(self) -> None:
        """Helper F's report of everything held on this person (see SUBJECT_ACCESS_REPORT)."""
        if SUBJECT_ACCESS_REPORT is not None:
            SUBJECT_ACCESS_REPORT(self)


class MergeDialog(QDialog):
    """Merge another record into the person shown: the other's id (a unique prefix will do),
    chosen from the likely duplicates or typed, and the reason (recorded)."""

    def __init__(
        self, session: Session, keep_id: str, justification: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.keep_id = keep_id
        self.setWindowTitle(self.tr("Merge another record into this person"))
        intro = plain_label(
            self.tr(
                "The other record's cases and links move to this person, who also gains its "
                "names, identifiers and addresses. The other record is kept, marked as "
                "merged, so the merge can be explained. The merge is recorded in the audit "
                "log and on every case concerned."
            )
        )
        intro.setWordWrap(True)
        self.other = QLineEdit()
        self.other.setObjectName("mergeOther")
        self.other.setAccessibleName(self.tr("The other record's id"))
        self.other.setPlaceholderText(self.tr("Its id, or the first 8 characters of it"))
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setAccessibleName(self.tr("Reason for the merge"))
        self.justification = QLineEdit(justification)
        self.justification.setAccessibleName(self.tr("Justification"))
        self.justification.setPlaceholderText(
            self.tr("Needed where a case concerned is outside your caseload")
        )
        form = QFormLayout()
        for text, widget in (
            (self.tr("&Other record:"), self.other),
            (self.tr("&Reason:"), self.reason),
            (self.tr("&Justification:"), self.justification),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.error = plain_label()
        self.error.setObjectName("mergeError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Merge"))
        self.ok.setObjectName("mergeOk")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            self.session.people.merge(
                self.keep_id,
                self.other.text(),
                self.reason.text(),
                justification=self.justification.text(),
            )
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        super().accept()


class PersonSearchDialog(QDialog):
    """Find a person by name, alias or identifier; double-click one to see them."""

    person_chosen = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.hits: list[PersonHit] = []
        self.setWindowTitle(self.tr("Find a person"))
        self.query = QLineEdit()
        self.query.setObjectName("personQuery")
        self.query.setAccessibleName(self.tr("Name, alias or identifier"))
        self.query.setPlaceholderText(self.tr("Name, alias or identifier"))
        self.query.returnPressed.connect(self.search)
        find = QPushButton(self.tr("&Find"))
        find.clicked.connect(self.search)
        # Nothing to find in an empty box: the button waits for a name, as Enter does.
        self.find_button = find
        find.setEnabled(False)
        self.query.textChanged.connect(lambda text: find.setEnabled(bool(text.strip())))
        self.results = _table(
            [self.tr("Name"), self.tr("Born"), self.tr("Cases")],
            self.tr("People found"),
            "personResults",
        )
        self.results.cellDoubleClicked.connect(lambda row, _c: self.choose(row))
        header = self.results.horizontalHeader()
        for col in (0, 1):  # names and dates on one line; the cases take the rest
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.error = plain_label()
        self.error.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(find)
        # Names and case references are shown: marked top and bottom like the person view,
        # with the highest marking of the cases found (OFFICIAL before any search).
        self.top, self.bottom = MarkingBanner(), MarkingBanner()
        layout = QVBoxLayout(self)
        layout.addWidget(self.top)
        layout.addLayout(row)
        layout.addWidget(self.results)
        layout.addWidget(self.error)
        layout.addWidget(self.bottom)
        self._mark()
        self.resize(640, 420)

    def _mark(self) -> None:
        marking = highest(c.marking for h in self.hits for c in (*h.cases, *h.linked_cases))
        for banner in (self.top, self.bottom):
            banner.set_marking(marking)

    def search(self) -> None:
        if not self.query.text().strip():
            return  # Enter in an empty box: nothing to find
        try:
            self.hits = self.session.people.search(self.query.text())
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        self.error.clear()
        self._mark()
        fill_table(
            self.results,
            [
                [
                    h.person.full_name,
                    h.person.date_of_birth.isoformat() if h.person.date_of_birth else "",
                    self.tr("merged into %s") % h.merged_into[:8]
                    if h.merged_into
                    else "; ".join(
                        part
                        for part in (
                            ", ".join(c.ref for c in h.cases),
                            self.tr("linked: %s") % ", ".join(c.ref for c in h.linked_cases)
                            if h.linked_cases
                            else "",
                        )
                        if part
                    ),
                ]
                for h in self.hits
            ],
        )

    def choose(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            self.person_chosen.emit(self.hits[row].person.id)
