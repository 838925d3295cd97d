"""Locking after idle time: an application-wide event filter that restarts a timer on input,
and (where the desktop reports it) locking when the screen locks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

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
    """Emits `screen_locked` when the desktop's screen saver becomes active.

    It asks the freedesktop (or GNOME) screen saver over the session bus every few seconds:
    PySide6's QDBusConnection.connect does not accept Python slots, so polling GetActive is
    the dependable way. Without a session bus or a screen saver service it stays silent.
    """

    screen_locked = Signal()
    POLL_MS = 2000

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interface = None
        self._was_active = False
        self._timer = QTimer(self)
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self.poll)
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # pragma: no cover - QtDBus missing on this platform
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        for service, path in (
            ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
            ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
        ):
            interface = QDBusInterface(service, path, service, bus)
            if interface.isValid():
                self._interface = interface
                self._timer.start()
                break

    @property
    def connected(self) -> bool:
        return self._interface is not None

    def poll(self) -> None:
        if self._interface is None:
            return
        reply = self._interface.call("GetActive")
        args = reply.arguments()
        active = bool(args[0]) if args else False
        if active and not self._was_active:
            self.screen_locked.emit()
        self._was_active = active
