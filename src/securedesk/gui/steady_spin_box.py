"""A spin box the mouse wheel does not change while the page scrolls past it.

A plain QSpinBox takes wheel events whenever the pointer is over it: scrolling a long form
(the assessment's scores) changed whichever score passed under the pointer ("Need for status"
went 0 -> 2). This one takes focus only by a click or Tab and lets the wheel through to the
scrolling page unless it has the focus.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QSpinBox, QWidget


class SteadySpinBox(QSpinBox):
    def __init__(self, parent: QWidget | None = None, **kwargs: int) -> None:
        super().__init__(parent)
        if "minimum" in kwargs:
            self.setMinimum(kwargs["minimum"])
        if "maximum" in kwargs:
            self.setMaximum(kwargs["maximum"])
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # to the scroll area around it
