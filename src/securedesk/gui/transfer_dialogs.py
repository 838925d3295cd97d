"""Parts of the Transfers screen: fingerprints shown for reading aloud, marking labels, the
progress strip with Cancel, and the dialogs for trusting a card and confirming an import."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from securedesk.core.markings import Marking
from securedesk.gui.form_dialog import FormDialog, dialog_buttons
from securedesk.gui.marking_banner import BANNER_COLOURS
from securedesk.gui.page_parts import WARNING_STYLE
from securedesk.gui.plain_text import plain_label
from securedesk.gui.workers import Cancelled, Task, TaskControl
from securedesk.transfer.bundle_reader import Cancelled as TransferCancelled
from securedesk.transfer.contact_card import ContactCard
from securedesk.transfer.trust_store import latest_expiry

# Fingerprints are read aloud group by group: larger than the text around them (relative to
# the user's font size, never a fixed size).
FINGERPRINT_SCALE = 1.6

# (stage, done, total) reported by the transfer services, and their cancel check.
Report = Callable[[str, int, int], None]
IsCancelled = Callable[[], bool]


def grouped_fingerprint(fingerprint: str) -> str:
    """Six groups of five digits on two lines of three, spaced for reading aloud."""
    groups = fingerprint.split()
    if len(groups) != 6:
        return fingerprint
    return "   ".join(groups[:3]) + "\n" + "   ".join(groups[3:])


def fingerprint_label(fingerprint: str, name: str) -> QLabel:
    label = plain_label(grouped_fingerprint(fingerprint))
    label.setObjectName("fingerprint")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = label.font()
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * FINGERPRINT_SCALE)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * FINGERPRINT_SCALE))
    font.setWeight(QFont.Weight.Bold)
    label.setFont(font)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    label.setAccessibleName(name)
    label.setAccessibleDescription(fingerprint)
    return label


def set_fingerprint(label: QLabel, fingerprint: str) -> None:
    label.setText(grouped_fingerprint(fingerprint))
    label.setAccessibleDescription(fingerprint)


def set_marking(label: QLabel, marking: Marking | None) -> None:
    """A marking on its banner colour, as the window's banners show it."""
    if marking is None:
        label.clear()
        label.setStyleSheet("")
        return
    label.setText(marking.value)
    label.setStyleSheet(
        f"background: {BANNER_COLOURS[marking]}; color: white; font-weight: bold;"
        " padding: 2px 8px; letter-spacing: 1px;"
    )


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    b = QPushButton(text)
    b.setAccessibleName(name)
    b.clicked.connect(slot)
    return b


def status_label(status: str) -> str:
    labels = {
        "trusted": QCoreApplication.translate("TransfersPage", "Trusted"),
        "expired": QCoreApplication.translate("TransfersPage", "Expired"),
        "revoked": QCoreApplication.translate("TransfersPage", "Revoked"),
    }
    return labels.get(status, status)


class WorkStrip(QWidget):
    """Progress and Cancel for one piece of transfer work at a time, run off the UI thread.

    The services report (stage, done, total) with totals in bytes that may pass 2 GiB, so the
    bar shows thousandths; the stage picks the bar's words."""

    busy_changed = Signal(bool)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(name)
        self.cancel_button = QPushButton(self.tr("Ca&ncel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the work in progress"))
        self.cancel_button.clicked.connect(self.cancel)
        self.task: Task | None = None
        self._stages: dict[str, str] = {}
        self._stage = {"now": ""}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.setVisible(False)

    @property
    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def run(
        self,
        work: Callable[[Report, IsCancelled], object],
        stages: dict[str, str],
        finished: Callable[[object], None],
        failed: Callable[[object], None],
        cancelled: Callable[[], None],
    ) -> None:
        self._stages = stages
        state = self._stage
        state["now"] = next(iter(stages), "")

        def body(control: TaskControl) -> object:
            def report(stage: str, done: int, total: int) -> None:
                if control.cancelled:
                    raise TransferCancelled()
                state["now"] = stage
                control.progress(min(1000, done * 1000 // total) if total > 0 else 0, 1000)

            try:
                return work(report, lambda: control.cancelled)
            except TransferCancelled:
                raise Cancelled from None

        task = Task(body, self)
        self.task = task
        task.progress.connect(self._progress)

        def ended() -> None:
            self.setVisible(False)
            self.busy_changed.emit(False)

        def on_finished(result: object) -> None:
            ended()
            finished(result)

        def on_failed(exc: object) -> None:
            ended()
            failed(exc)

        def on_cancelled() -> None:
            ended()
            cancelled()

        task.finished.connect(on_finished)
        task.failed.connect(on_failed)
        task.cancelled.connect(on_cancelled)
        self.bar.setValue(0)
        self._show_stage()
        self.cancel_button.setEnabled(True)
        self.setVisible(True)
        self.busy_changed.emit(True)
        task.start()

    def _show_stage(self) -> None:
        self.bar.setFormat(self._stages.get(self._stage["now"], "%p%"))

    def _progress(self, done: int, total: int) -> None:
        self._show_stage()
        self.bar.setValue(done)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.bar.setFormat(self.tr("Cancelling…"))


class AddCardDialog(FormDialog):
    """Shows a partner's card, above all its fingerprint to compare out of band, and asks
    until when (and up to which marking) to trust it."""

    def __init__(self, card: ContactCard, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("addCardDialog")
        self.card = card
        self.setWindowTitle(self.tr("Trust a partner terminal"))
        self.fingerprint = fingerprint_label(card.fingerprint, self.tr("Fingerprint on the card"))
        prompt = QLabel(
            self.tr(
                "Compare this fingerprint with the partner by telephone or in person. Trust "
                "the card only if every digit matches."
            )
        )
        prompt.setObjectName("comparePrompt")
        prompt.setWordWrap(True)
        prompt.setStyleSheet(WARNING_STYLE)
        today = date.today()
        self.expires = QDateEdit()
        self.expires.setCalendarPopup(True)
        self.expires.setDisplayFormat("yyyy-MM-dd")
        self.expires.setAccessibleName(self.tr("Trusted until"))
        first, last = today + timedelta(days=1), latest_expiry(today)
        self.expires.setDateRange(QDate(first.year, first.month, first.day), _qdate(last))
        self.expires.setDate(_qdate(min(last, today + timedelta(days=365))))
        self.ceiling = QComboBox()
        self.ceiling.setAccessibleName(self.tr("Highest marking to send to this terminal"))
        self.ceiling.view().setAccessibleName(self.ceiling.accessibleName())
        for m in Marking:
            if m <= card.ceiling:
                self.ceiling.addItem(m.value, m.value)
        self.ceiling.setCurrentIndex(self.ceiling.findData(card.ceiling.value))

        form = QFormLayout()
        # The card's words are the partner's: plain text, so no name can draw a fingerprint.
        self.card_name = plain_label(card.name)
        self.card_name.setObjectName("cardName")
        self.card_organisation = plain_label(card.organisation)
        self.card_organisation.setObjectName("cardOrganisation")
        form.addRow(self.tr("Terminal:"), self.card_name)
        form.addRow(self.tr("Organisation:"), self.card_organisation)
        form.addRow(self.tr("Ceiling on the card:"), plain_label(card.ceiling.value))
        form.addRow(self.tr("Card made on:"), plain_label(card.created.isoformat()))
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        for text, field in (
            (self.tr("Trusted &until:"), self.expires),
            (self.tr("&Ceiling:"), self.ceiling),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = dialog_buttons(
            self, self.tr("&Trust this terminal"), self.tr("Trust this terminal")
        )
        # Trusting is never what Enter does by accident.
        self.ok_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(prompt)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def expires_on(self) -> date:
        d = self.expires.date()
        return date(d.year(), d.month(), d.day())

    def chosen_ceiling(self) -> Marking:
        return Marking(self.ceiling.currentData())


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class ImportConfirmDialog(FormDialog):
    """The last question before an import; an older bundle needs its box ticked as well."""

    def __init__(self, summary: str, older: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importConfirmDialog")
        self.setWindowTitle(self.tr("Import the bundle"))
        question = plain_label(summary)  # names the sender
        question.setWordWrap(True)
        self.accept_older = QCheckBox(self.tr("I have confirmed with the sender: import &anyway"))
        self.accept_older.setAccessibleName(self.tr("Accept an older bundle"))
        self.accept_older.setVisible(older is not None)
        warning = plain_label(older or "")
        warning.setWordWrap(True)
        warning.setStyleSheet(WARNING_STYLE)
        warning.setVisible(older is not None)
        self.older = older is not None
        self.buttons = dialog_buttons(self, self.tr("&Import"), self.tr("Import the bundle"))
        self.ok_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(warning)
        layout.addWidget(self.accept_older)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.accept_older.toggled.connect(lambda _on: self._update_ok())
        self._update_ok()

    def form_ready(self) -> bool:
        return not self.older or self.accept_older.isChecked()
