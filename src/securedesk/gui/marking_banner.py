"""The coloured marking banner shown at the top and bottom of every window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from securedesk.core.markings import Marking

# Colours with white text that keep a contrast ratio above 4.5:1 (WCAG AA).
BANNER_COLOURS = {
    Marking.OFFICIAL: "#1f4e79",
    Marking.OFFICIAL_SENSITIVE: "#8a4b00",
    Marking.SECRET: "#a31515",
}


class MarkingBanner(QLabel):
    """Shows a marking in capitals on its colour; the window decides which marking."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setObjectName("markingBanner")
        self._marking: Marking | None = None
        self.set_marking(Marking.OFFICIAL)

    @property
    def marking(self) -> Marking | None:
        return self._marking

    def set_marking(self, marking: Marking | None) -> None:
        """None: nothing is on screen (signed out or locked) — a neutral banner."""
        if marking is self._marking and self.text():
            return  # unchanged: no new style sheet on every scroll step
        self._marking = marking
        if marking is None:
            self.setText(self.tr("LOCKED — NO CASE CONTENT SHOWN"))
            colour = "#3a3a3a"
        else:
            self.setText(marking.value)
            colour = BANNER_COLOURS[marking]
        self.setStyleSheet(
            f"QLabel#markingBanner {{ background: {colour}; color: white; font-weight: bold;"
            " padding: 3px; letter-spacing: 2px; }"
        )
        self.setAccessibleName(self.tr("Protective marking: %s") % self.text())
