"""Locking after idle time: an application-wide event filter that restarts a timer on input,
and (where the desktop reports it) locking when the screen locks."""

from __future__ import annotations

from PySide6.QtCore import SLOT, QEvent, QObject, QTimer, Signal, Slot

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleLockTimer(QObject):
    """Emits `idle` once when no input has arrived for `minutes`."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when the desktop's screen saver activates (freedesktop D-Bus).
    Where there is no session bus or no screen saver service, it stays silent."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.connected = False
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus missing on this platform
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            if bus.connect(
                service, path, service, "ActiveChanged", self, SLOT("changed(bool)").encode()
            ):
                self.connected = True

    @Slot(bool)
    def changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
