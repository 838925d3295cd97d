"""Person view > "Subject access report…": the file to write and its format; the core
decides (the auditor role, clearance) and records the disclosure. A refusal stays in the
dialog, in the user's language."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.subject_access.report import write_report
from securedesk.gui.error_text import message_for
from securedesk.gui.form_dialog import FormDialog, dialog_buttons
from securedesk.packs.subject_access_pdf import render_subject_access_pdf

if TYPE_CHECKING:
    from securedesk.core.session import Session
    from securedesk.gui.person_view import PersonView


class SubjectAccessDialog(FormDialog):
    def __init__(self, session: Session, person_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("subjectAccessDialog")
        self.session = session
        self.person_id = person_id
        self.setWindowTitle(self.tr("Subject access report"))
        intro = QLabel(
            self.tr(
                "Everything held on this person, with what is withheld stated for the data "
                "protection officer to review. Saving it is a disclosure recorded in the "
                "audit log, and needs the auditor role."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit()
        self.path.setObjectName("reportPath")
        self.path.setAccessibleName(self.tr("Save to file"))
        self.format = QComboBox()
        self.format.setObjectName("reportFormat")
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("PDF (marked, page-numbered)"), "pdf")
        self.format.addItem(self.tr("JSON"), "json")
        self.language = QComboBox()
        self.language.setObjectName("reportLanguage")
        self.language.setAccessibleName(self.tr("Language of the report"))
        self.language.addItem(self.tr("English"), PackLanguage.ENGLISH)
        self.language.addItem(self.tr("Welsh"), PackLanguage.WELSH)
        self.language.addItem(self.tr("Bilingual (Welsh first)"), PackLanguage.BILINGUAL)
        self.language.setToolTip(
            self.tr(
                "The language of the PDF's headings, labels and notices; what people "
                "wrote is printed as written."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Save to file"), self.path)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Language of the report"), self.language)
        self.buttons = dialog_buttons(self, self.tr("Save report"), self.tr("Save report"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(lambda _t: self._update_ok())
        # JSON holds the data only: the language is the PDF's.
        self.format.currentIndexChanged.connect(
            lambda _i: self.language.setEnabled(self.format.currentData() == "pdf")
        )
        self.submitted.connect(self.save)
        self._update_ok()

    def form_ready(self) -> bool:
        return bool(self.path.text().strip())

    def save(self) -> None:
        self.set_busy(True)
        language = self.language.currentData()
        try:
            write_report(
                self.session,
                self.person_id,
                Path(self.path.text().strip()).expanduser(),
                str(self.format.currentData()),
                lambda data: render_subject_access_pdf(data, language),
            )
        except Exception as exc:
            self.show_error(message_for(exc))
            return
        self.finish()


def subject_access_report(view: PersonView) -> None:
    dialog = SubjectAccessDialog(view.session, view.person_id, view)
    view.subject_access_dialog = dialog  # type: ignore[attr-defined]
    dialog.open()
