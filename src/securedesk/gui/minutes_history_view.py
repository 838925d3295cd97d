"""The earlier versions of one case's minutes, read only: for the chair and the auditor (the
core refuses anyone else, and the refusal is shown here)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.gui.error_text import message_for
from securedesk.gui.page_parts import ERROR_STYLE
from securedesk.gui.plain_text import plain_label


class MinutesHistoryDialog(QDialog):
    def __init__(
        self, service: MeetingService, meeting_id: str, ref: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("minutesHistory")
        self.setWindowTitle(self.tr("Minutes history of %1").replace("%1", ref))
        self.resize(720, 520)
        self.text = QPlainTextEdit()
        self.text.setObjectName("minutesHistoryText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Minutes history of %1").replace("%1", ref))
        self.error = plain_label()
        self.error.setObjectName("dialogError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        try:
            current, earlier = service.minutes_history(meeting_id, ref)
        except Exception as exc:
            self.error.setText(message_for(exc))
            return
        labels = (
            self.tr("Discussion"),
            self.tr("Decision"),
            self.tr("Rationale"),
            self.tr("Dissent"),
        )

        def block(title: str, texts: tuple[str, str, str, str]) -> list[str]:
            return [
                title,
                *(f"  {label}: {text or '—'}" for label, text in zip(labels, texts, strict=True)),
                "",
            ]

        lines = block(
            self.tr("Now (recorded by %1, %2)")
            .replace("%1", current.recorded_by)
            .replace("%2", current.recorded_at[:16].replace("T", " ")),
            (current.discussion, current.decision, current.rationale, current.dissent),
        )
        if not earlier:
            lines.append(self.tr("Never amended."))
        for v in reversed(earlier):
            lines += block(
                self.tr("Before %1 changed %2 (%3); recorded by %4, %5")
                .replace("%1", v.replaced_by)
                .replace("%2", ", ".join(v.fields))
                .replace("%3", v.replaced_at[:16].replace("T", " "))
                .replace("%4", v.recorded_by)
                .replace("%5", v.recorded_at[:16].replace("T", " ")),
                (v.discussion, v.decision, v.rationale, v.dissent),
            )
        self.text.setPlainText("\n".join(lines))
