"""Copying case text: marked secret for clipboard managers, cleared after 30 seconds, and
cleared outright when the session locks or ends."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 30_000
# KDE Klipper and others skip history for this hint; Windows' clipboard history honours
# ExcludeClipboardContentFromMonitorProcessing.
SECRET_HINT = "x-kde-passwordManagerHint"  # noqa: S105 - a MIME type, not a password
WINDOWS_HINT = "ExcludeClipboardContentFromMonitorProcessing"


def is_marked_secret(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(SECRET_HINT)


class SecureClipboard(QObject):
    """One per application. Copy through it, never through QClipboard directly."""

    def __init__(self, parent: QObject | None = None, clear_after_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        # What was copied, per mode: the clipboard, and on X11 the selection that a middle
        # click pastes.
        self._copied: dict[QClipboard.Mode, str] = {}

    def copy(self, text: str, mode: QClipboard.Mode = QClipboard.Mode.Clipboard) -> None:
        mime = QMimeData()
        mime.setText(text)
        mime.setData(SECRET_HINT, QByteArray(b"secret"))
        mime.setData(WINDOWS_HINT, QByteArray(b"1"))
        QGuiApplication.clipboard().setMimeData(mime, mode)
        self._copied[mode] = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear unless someone has copied something else since (that is theirs)."""
        clipboard = QGuiApplication.clipboard()
        for mode, text in self._copied.items():
            if clipboard.text(mode) == text:
                clipboard.clear(mode)
        self._copied.clear()
        self._timer.stop()

    def clear(self) -> None:
        """Clear now, whoever filled it (on locking, signing out and quitting): case text
        pasted into another program and copied again from there is still case text."""
        clipboard = QGuiApplication.clipboard()
        clipboard.clear(QClipboard.Mode.Clipboard)
        if clipboard.supportsSelection():
            clipboard.clear(QClipboard.Mode.Selection)
        self._copied.clear()
        self._timer.stop()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
