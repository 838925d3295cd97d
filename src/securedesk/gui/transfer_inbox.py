"""The Inbox tab: check a bundle's sender without decrypting, preview it, and import it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QVBoxLayout

from securedesk.core.errors import BundleRefused, BundleRejected, PolicyRefused
from securedesk.core.markings import Marking
from securedesk.gui.case_record_dialogs import OwnerChoice
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import (
    ERROR_STYLE,
    NOTICE_STYLE,
    WARNING_STYLE,
    fill_table,
    message_label,
)
from securedesk.gui.plain_text import plain_label
from securedesk.gui.transfer_dialogs import (
    ImportConfirmDialog,
    IsCancelled,
    Report,
    WorkStrip,
    button,
    fingerprint_label,
    set_fingerprint,
    set_marking,
)
from securedesk.gui.transfer_tab_parts import (
    TransferTab,
    bundle_filter,
    labelled,
    transfer_table,
    utc_minute,
)
from securedesk.transfer.bundle_import import (
    BundleCheck,
    ImportOutcome,
    check_bundle,
    import_bundle,
    inspect_bundle,
)
from securedesk.transfer.import_preview import CasePreview, ImportPreview
from securedesk.transfer.records import RECORD_TYPES

if TYPE_CHECKING:
    from securedesk.gui.transfers_page import TransfersPage


def record_type_label(kind: str) -> str:
    labels = {
        "person": QCoreApplication.translate("TransfersPage", "People"),
        "person_link": QCoreApplication.translate("TransfersPage", "Links between people"),
        "case": QCoreApplication.translate("TransfersPage", "Cases"),
        "item": QCoreApplication.translate("TransfersPage", "Information items"),
        "chronology_entry": QCoreApplication.translate("TransfersPage", "Chronology entries"),
        "assessment": QCoreApplication.translate("TransfersPage", "Assessments"),
        "action": QCoreApplication.translate("TransfersPage", "Actions"),
        "attachment": QCoreApplication.translate("TransfersPage", "Attachments"),
    }
    return labels.get(kind, kind)


def outcome_label(outcome: str) -> str:
    labels = {
        "create": QCoreApplication.translate("TransfersPage", "New here"),
        "update": QCoreApplication.translate("TransfersPage", "Updated"),
        "unchanged": QCoreApplication.translate("TransfersPage", "Unchanged"),
        "conflict": QCoreApplication.translate("TransfersPage", "Conflict kept for review"),
    }
    return labels.get(outcome, outcome)


def conflict_reason_label(reason: str) -> str:
    labels = {
        "other-sender": QCoreApplication.translate("TransfersPage", "Another terminal's record"),
        "local-record": QCoreApplication.translate("TransfersPage", "A record of this terminal"),
        "marking-lowered": QCoreApplication.translate("TransfersPage", "Lowers the marking"),
        "edited-here": QCoreApplication.translate("TransfersPage", "Edited here since imported"),
        "not-updatable": QCoreApplication.translate("TransfersPage", "Never updated in place"),
    }
    return labels.get(reason, reason)


def terminal_text(fingerprint: str, name: str, organisation: str) -> str:
    named = ", ".join(part for part in (name, organisation) if part)
    return f"{named} ({fingerprint})" if named else fingerprint


def origin_text(case: CasePreview) -> str:
    """Where the case held here came from, against the bundle's sender."""
    if case.origin_terminal is not None:
        return QCoreApplication.translate("TransfersPage", "%1 — not this sender").replace(
            "%1", terminal_text(*case.origin_terminal)
        )
    labels = {
        "new": QCoreApplication.translate("TransfersPage", "New here"),
        "sender": QCoreApplication.translate("TransfersPage", "This sender"),
        "local": QCoreApplication.translate(
            "TransfersPage", "Created on this terminal — not this sender"
        ),
    }
    return labels.get(case.origin, case.origin)


class InboxTab(TransferTab):
    """Choose a bundle, see who sent it (checked without decrypting), preview, import."""

    imported = Signal()
    markings_changed = Signal()

    def __init__(self, page: TransfersPage) -> None:
        super().__init__(page)
        self.setObjectName("inboxTab")
        self.path: Path | None = None
        self.check: BundleCheck | None = None
        self.preview: ImportPreview | None = None
        self.outcome: ImportOutcome | None = None

        self.choose_button = button(
            self.tr("&Choose bundle…"), self.tr("Choose a bundle file to check"), self.choose
        )
        self.file_label = plain_label(self.tr("No bundle chosen."))
        self.file_label.setObjectName("bundleFile")
        self.file_label.setWordWrap(True)

        # What the bundle and the trust store say, as plain text.
        self.sender_name = plain_label()
        self.sender_org = plain_label()
        self.fingerprint = fingerprint_label("", self.tr("Sender fingerprint"))
        self.bundle_id = plain_label()
        self.bundle_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sequence = plain_label()
        self.created = plain_label()
        self.expires = plain_label()
        self.marking = plain_label()
        self.marking.setObjectName("bundleMarking")
        self.addressed = plain_label()
        self.addressed.setObjectName("addressedHere")
        self.addressed.setWordWrap(True)
        self.warning = message_label("inboxWarning", WARNING_STYLE)
        self.details = QGroupBox(self.tr("Sender and bundle (signatures checked)"))
        self.details.setObjectName("bundleDetails")
        form = QFormLayout(self.details)
        form.addRow(self.tr("Sender:"), self.sender_name)
        form.addRow(self.tr("Organisation:"), self.sender_org)
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Bundle:"), self.bundle_id)
        form.addRow(self.tr("Number:"), self.sequence)
        form.addRow(self.tr("Created:"), self.created)
        form.addRow(self.tr("Expires:"), self.expires)
        marking_row = QHBoxLayout()
        marking_row.addWidget(self.marking)
        marking_row.addStretch(1)
        form.addRow(self.tr("Highest marking:"), marking_row)
        form.addRow(self.tr("Addressed:"), self.addressed)
        form.addRow(self.warning)
        self.details.setVisible(False)

        self.preview_button = button(
            self.tr("Pre&view"), self.tr("Preview what the import would change"), self.run_preview
        )
        self.import_button = button(
            self.tr("I&mport…"), self.tr("Import the bundle"), self.ask_import
        )
        self.counts = transfer_table(
            [
                self.tr("Records"),
                self.tr("New here"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
            ],
            self.tr("What the import would change, by kind of record"),
            "previewCounts",
            stretch=0,
        )
        self.cases = transfer_table(
            [
                self.tr("Case here"),
                self.tr("Sender's reference"),
                self.tr("Outcome"),
                self.tr("Sent by"),
                self.tr("Origin here"),
                self.tr("Conflicts (why)"),
            ],
            self.tr("Cases in the bundle"),
            "previewCases",
            stretch=5,
        )
        self.preview_box = QGroupBox(self.tr("Preview"))
        pl = QVBoxLayout(self.preview_box)
        pl.addWidget(labelled(self.tr("Re&cords:"), self.counts))
        # Room for the usual kinds of record (and the total) without a scroll bar; the cases
        # below take whatever height is left.
        self.counts.setMinimumHeight(
            self.counts.horizontalHeader().sizeHint().height()
            + 5 * self.counts.verticalHeader().defaultSectionSize()
        )
        pl.addWidget(self.counts, 0)
        pl.addWidget(labelled(self.tr("C&ases:"), self.cases))
        pl.addWidget(self.cases, 1)
        self.owner = OwnerChoice(self)  # who owns the cases it creates
        pl.addWidget(self.owner)
        # Incoming people who look like people held here (transfer/incoming_people.py).
        self.likely_people = plain_label()
        self.likely_people.setObjectName("previewLikelyPeople")
        self.likely_people.setWordWrap(True)
        self.likely_people.setStyleSheet("background: #fff4d6; padding: 4px;")
        self.likely_people.setVisible(False)
        pl.addWidget(self.likely_people)
        self.preview_box.setVisible(False)

        self.work = WorkStrip(self.tr("Progress checking or importing the bundle"))
        self.work.busy_changed.connect(lambda _b: self._update_buttons())
        self.error = message_label("inboxError", ERROR_STYLE)
        self.notice = message_label("inboxNotice", NOTICE_STYLE)

        top = QHBoxLayout()
        top.addWidget(self.choose_button)
        top.addWidget(self.file_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.work)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.preview_box, 1)
        layout.addStretch(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self.work.busy
        self.choose_button.setEnabled(not busy)
        self.preview_button.setEnabled(not busy and self.check is not None)
        self.import_button.setEnabled(
            not busy and self.check is not None and self.preview is not None
        )

    def _show_error(self, exc: object) -> None:
        assert isinstance(exc, BaseException)
        text = message_for(exc)
        if isinstance(exc, BundleRejected):
            text = self.tr("The bundle was rejected: it failed a check. %s") % text
        elif isinstance(exc, BundleRefused | PolicyRefused):
            text = self.tr("The bundle was refused. %s") % text
        self.notice.clear()
        self.error.setText(text)
        self._update_buttons()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a bundle"), "", bundle_filter())
        if path:
            self.open_bundle(Path(path))

    def open_bundle(self, path: Path) -> None:
        """Verify the bundle at `path` (signatures, sender, expiry), without decrypting."""
        self.path = path
        self.check = None
        self.preview = None
        self.outcome = None
        self.file_label.setText(str(path))
        self.details.setVisible(False)
        self.preview_box.setVisible(False)
        self.markings_changed.emit()
        self.error.clear()
        self.notice.setText(self.tr("Checking the signatures…"))
        session = self.session

        def work(report: Report, cancelled: IsCancelled) -> object:
            return check_bundle(session, path, report)

        self.work.run(
            work,
            {"verify": self.tr("Checking signatures… %p%")},
            self._checked,
            self._show_error,
            lambda: self.notice.setText(self.tr("Checking cancelled.")),
        )
        self._update_buttons()

    def _checked(self, result: object) -> None:
        check = cast(BundleCheck, result)
        self.check = check
        e = check.envelope
        self.sender_name.setText(check.sender_name)
        self.sender_org.setText(check.sender_organisation)
        set_fingerprint(self.fingerprint, check.sender_fingerprint)
        self.bundle_id.setText(e.bundle_id)
        self.sequence.setText(str(e.sequence))
        self.created.setText(e.created.strftime("%Y-%m-%d %H:%M UTC"))
        self.expires.setText(e.expires.strftime("%Y-%m-%d %H:%M UTC"))
        set_marking(self.marking, e.highest_marking)
        kind = self.tr("a receipt") if e.kind == "receipt" else self.tr("cases")
        if check.addressed_here:
            self.addressed.setText(self.tr("To this terminal (%s).") % kind)
            self.addressed.setStyleSheet(NOTICE_STYLE)
        else:
            self.addressed.setText(
                self.tr(
                    "Not to this terminal. Do not import it; return it to the transfer officer."
                )
            )
            self.addressed.setStyleSheet(ERROR_STYLE)
        warnings = []
        if check.already_imported is not None:
            warnings.append(
                self.tr(
                    "This bundle was already imported on %1 by %2; importing it again "
                    "changes nothing."
                )
                .replace("%1", utc_minute(check.already_imported.imported_at))
                .replace("%2", check.already_imported.imported_by)
            )
        elif check.is_older:
            warnings.append(
                self.tr(
                    "Older than a bundle already imported from this sender (number %1 is "
                    "here): it may be an old bundle replayed. Confirm with the sender before "
                    "importing it."
                ).replace("%1", str(check.older_than))
            )
        self.warning.setText("\n".join(warnings))
        self.warning.setVisible(bool(warnings))
        self.details.setVisible(True)
        self.notice.setText(
            self.tr(
                "Compare the fingerprint with the one the sender's administrator gave you; "
                "then preview the bundle."
            )
        )
        self._update_buttons()

    def run_preview(self) -> None:
        if self.path is None or self.check is None:
            return
        path, session = self.path, self.session
        self.error.clear()
        self.notice.setText(self.tr("Decrypting and checking every record…"))
        self.preview = None

        def work(report: Report, cancelled: IsCancelled) -> object:
            return inspect_bundle(session, path, progress=report, cancelled=cancelled)

        self.work.run(
            work,
            {
                "verify": self.tr("Checking signatures… %p%"),
                "decrypt": self.tr("Decrypting and checking… %p%"),
            },
            self._previewed,
            self._show_error,
            lambda: self.notice.setText(self.tr("Preview cancelled; nothing was imported.")),
        )
        self._update_buttons()

    def _previewed(self, result: object) -> None:
        check, preview = cast("tuple[BundleCheck, ImportPreview | None]", result)
        self.check = check
        self.preview = preview or ImportPreview()
        p = self.preview
        rows = []
        for kind in RECORD_TYPES:
            counts = [p.creates[kind], p.updates[kind], p.unchanged[kind], p.conflicts[kind]]
            if any(counts):
                rows.append([record_type_label(kind), *map(str, counts)])
        totals = [p.creates.total(), p.updates.total(), p.unchanged.total(), p.conflicts.total()]
        rows.append([self.tr("All records"), *map(str, totals)])
        fill_table(self.counts, rows, right=(1, 2, 3, 4))
        sender = terminal_text(*p.sender)
        case_rows = [
            [
                c.ref,
                c.sender_ref,
                outcome_label(c.outcome),
                sender,
                origin_text(c),
                "; ".join(
                    f"{conflict_reason_label(r)}: {n}"
                    for r, n in sorted(c.conflict_reasons.items())
                ),
            ]
            for c in p.cases
        ]
        if p.more_cases:
            case_rows.append(["", "", self.tr("and %n more case(s)", "", p.more_cases)])
        fill_table(self.cases, case_rows)
        for row, c in enumerate(p.cases):
            # Which records become conflicts, and why, one a line.
            named = [f"{k} {i}: {conflict_reason_label(r)}" for k, i, r in c.conflict_records]
            if c.more_conflicts:
                named.append(self.tr("and %n more", "", c.more_conflicts))
            item = self.cases.item(row, 5)
            if item is not None:
                item.setToolTip("\n".join(named))
        if p.likely_people:
            self.likely_people.setText(
                "\n".join(
                    [
                        self.tr(
                            "%n incoming person(s) look like people held here (same name and "
                            "date of birth, or the same identifier). After the import, open "
                            "the person held and use Merge… to make one record:",
                            "",
                            len(p.likely_people),
                        ),
                        *(f"• {m.line()}" for m in p.likely_people[:20]),
                    ]
                )
            )
        self.likely_people.setVisible(bool(p.likely_people))
        owner = p.owner
        self.owner.setVisible(owner is not None and p.creates["case"] > 0)
        if owner is not None:
            marking = check.envelope.highest_marking
            self.owner.fill(self.session, marking, owner.name, owner.can_work)
        self.preview_box.setVisible(True)
        # The cases listed are the bundle's: the banners show its marking while they are.
        self.markings_changed.emit()
        if check.envelope.kind == "receipt":
            self.notice.setText(
                self.tr("A receipt: importing it records it against the bundle sent.")
            )
        elif p.changes_nothing:
            self.notice.setText(self.tr("Everything in the bundle is here already as sent."))
        else:
            self.notice.setText(
                self.tr("Nothing has been imported yet. Check the preview, then import.")
            )
        self._update_buttons()

    def shown_markings(self) -> list[Marking]:
        """The bundle's highest marking while its preview (its cases) is on screen."""
        if self.preview_box.isVisibleTo(self) and self.check is not None:
            return [self.check.checked.envelope.highest_marking]
        return []

    def ask_import(self) -> None:
        check, preview = self.check, self.preview
        if check is None or preview is None:
            return
        summary = (
            self.tr(
                "Import bundle %1 from %2 (%3)? %4 record(s) will be created, %5 updated "
                "and %6 kept as conflicts for review. The import is recorded in the audit log."
            )
            .replace("%1", str(check.envelope.sequence))
            .replace("%2", check.sender_name)
            .replace("%3", check.sender_organisation)
            .replace("%4", str(preview.creates.total()))
            .replace("%5", str(preview.updates.total()))
            .replace("%6", str(preview.conflicts.total()))
        )
        older = None
        if check.is_older and check.already_imported is None:
            older = (
                self.tr(
                    "This is number %1 from the sender, but number %2 has already been imported: "
                    "it may be an old bundle replayed."
                )
                .replace("%1", str(check.envelope.sequence))
                .replace("%2", str(check.older_than))
            )
        if preview.creates["case"]:
            summary += " " + self.tr("New cases will be owned by %1.").replace(
                "%1", self.owner.chosen_name(self.session.vault.user)
            )
        dialog = ImportConfirmDialog(summary, older, self)

        def confirmed() -> None:
            accept_older = dialog.accept_older.isChecked()
            dialog.finish()
            self.run_import(accept_older)

        dialog.submitted.connect(confirmed)
        self.show_dialog(dialog)

    def run_import(self, accept_older: bool = False) -> None:
        check, path = self.check, self.path
        if check is None or path is None:
            return
        session = self.session
        expected = check.checked.envelope_sha256
        owner = None if self.owner.isHidden() else self.owner.chosen()
        self.error.clear()
        self.notice.setText(self.tr("Importing…"))

        def work(report: Report, cancelled: IsCancelled) -> object:
            return import_bundle(
                session,
                path,
                accept_older=accept_older,
                expected_envelope_sha256=expected,
                progress=report,
                cancelled=cancelled,
                owner=owner,
            )

        self.work.run(
            work,
            {
                "verify": self.tr("Checking signatures… %p%"),
                "decrypt": self.tr("Importing… %p%"),
            },
            self._imported,
            self._show_error,
            lambda: self.notice.setText(
                self.tr("Import cancelled. Nothing was imported; the vault is as it was.")
            ),
        )
        self._update_buttons()

    def _imported(self, result: object) -> None:
        outcome = cast(ImportOutcome, result)
        self.outcome = outcome
        # The core's message, written for the user (ids and counts, never case content).
        self.notice.setText(outcome.message)
        self.preview = None
        self._update_buttons()
        if outcome.imported:
            self.imported.emit()
