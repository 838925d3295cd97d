"""Copying case text: marked secret for clipboard managers, cleared after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


class SecureClipboard(QObject):
    """One per application. Copy through it, never through QClipboard directly."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._copied: str | None = None

    def copy(self, text: str) -> None:
        mime = QMimeData()
        mime.setText(text)
        # KDE Klipper and others skip history for this hint; Windows' clipboard history
        # honours ExcludeClipboardContentFromMonitorProcessing.
        mime.setData("x-kde-passwordManagerHint", QByteArray(b"secret"))
        mime.setData("ExcludeClipboardContentFromMonitorProcessing", QByteArray(b"1"))
        QGuiApplication.clipboard().setMimeData(mime)
        self._copied = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear unless someone has copied something else since (that is theirs)."""
        clipboard = QGuiApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
