"""Every way of copying text off the screen goes through the secure clipboard.

Qt's widgets copy to the clipboard themselves: Ctrl+C (and Ctrl+Insert, Ctrl+X, Shift+Del)
in a table, a list, a selectable label, a text field or a text view, and the Copy and Cut of
their context menus. None of that text would be marked secret or cleared. `CopyGuard`, one
application-wide event filter, takes those keys before the widget does and rewires the Copy
and Cut of every standard context menu as it opens, so the selected text goes through
`SecureClipboard` instead. As a last resort it watches the clipboard itself: text this
program put there unmarked by any other road (on X11, the selection that a mouse selection
fills for middle-click pasting) is put back marked and timed."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QClipboard, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from securedesk.gui.plain_text import PlainTextByDefault
from securedesk.gui.secure_clipboard import SecureClipboard, is_marked_secret

# The object names Qt gives the Copy and Cut of the context menus of its text widgets.
COPY_ACTION = "edit-copy"
CUT_ACTION = "edit-cut"


def _editor_of(widget: QWidget) -> QWidget:
    """The text field inside a spin box, date field or editable combo box; the text view
    around a viewport (a text view's context menu is the viewport's child)."""
    parent = widget.parentWidget()
    if isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget:
        widget = parent
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        edit = widget.findChild(QLineEdit)
        if edit is not None:
            return edit
    return widget


def selected_text(widget: QWidget) -> str | None:
    """The text a copy from `widget` takes ("" when nothing is selected), or None for a
    widget that holds no text this module knows how to read."""
    widget = _editor_of(widget)
    if isinstance(widget, QLineEdit):
        # A passphrase field copies nothing (Qt refuses too).
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, QTextEdit | QPlainTextEdit):
        return widget.textCursor().selection().toPlainText()
    if isinstance(widget, QLabel):
        # Paragraph and line separators as the new lines they are.
        return widget.selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
    if isinstance(widget, QAbstractItemView):
        # What Qt's own Ctrl+C takes: the current cell's text.
        index = widget.currentIndex()
        value = index.data() if index.isValid() else None
        return "" if value is None else str(value)
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        return ""  # a combo box without a text field: nothing to copy
    if isinstance(widget, QMessageBox):
        return "\n\n".join(t for t in (widget.text(), widget.informativeText()) if t)
    return None


def remove_selection(widget: QWidget) -> None:
    """The second half of Cut: the selected text leaves an editable field."""
    widget = _editor_of(widget)
    if isinstance(widget, QLineEdit) and not widget.isReadOnly():
        widget.insert("")  # replaces the selection, as one step of undo
    elif isinstance(widget, QTextEdit | QPlainTextEdit) and not widget.isReadOnly():
        cursor = widget.textCursor()
        cursor.removeSelectedText()
        widget.setTextCursor(cursor)


def _editable(widget: QWidget) -> bool:
    widget = _editor_of(widget)
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def owned_by_this_program(mode: QClipboard.Mode) -> bool:
    clipboard = QGuiApplication.clipboard()
    if mode == QClipboard.Mode.Selection:
        return clipboard.ownsSelection()
    return clipboard.ownsClipboard()


class CopyGuard(QObject):
    """Application-wide event filter routing copies through `clipboard`."""

    def __init__(
        self,
        clipboard: SecureClipboard,
        parent: QObject | None = None,
        owned: Callable[[QClipboard.Mode], bool] = owned_by_this_program,
    ) -> None:
        super().__init__(parent)
        self.clipboard = clipboard
        self._owned = owned
        QGuiApplication.clipboard().changed.connect(self._clipboard_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(watched, QWidget):
            assert isinstance(event, QKeyEvent)
            return self._key(watched, event)
        if kind == QEvent.Type.Polish and isinstance(watched, QMenu):
            self._rewire_menu(watched)
        return False

    def _key(self, widget: QWidget, event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Copy):
            cut = False
        elif event.matches(QKeySequence.StandardKey.Cut):
            cut = True
        else:
            return False
        text = selected_text(widget)
        if text is None:
            return False  # not a text widget: the key goes on to its parent
        if cut and not _editable(widget):
            return True  # Qt cuts nothing from a read-only field; neither do we
        self.copy_from(widget, cut=cut)
        return True

    def copy_from(self, widget: QWidget, *, cut: bool = False) -> None:
        """Copy (or cut) what is selected in `widget` through the secure clipboard."""
        text = selected_text(widget)
        if not text:
            return
        self.clipboard.copy(text)
        if cut:
            remove_selection(widget)

    def _rewire_menu(self, menu: QMenu) -> None:
        """Qt builds a text widget's context menu with the widget as the menu's parent and
        its Copy and Cut connected to the widget's own copy: swap those two for ours."""
        source = menu.parentWidget()
        if source is None or selected_text(source) is None:
            return
        for action in menu.actions():
            name = action.objectName()
            if name not in (COPY_ACTION, CUT_ACTION):
                continue
            secure = QAction(action.icon(), action.text(), menu)
            secure.setObjectName(name)
            secure.setEnabled(action.isEnabled())
            secure.triggered.connect(partial(self.copy_from, source, cut=name == CUT_ACTION))
            menu.insertAction(action, secure)
            menu.removeAction(action)

    def _clipboard_changed(self, mode: QClipboard.Mode) -> None:
        if not self._owned(mode):
            return  # another program's: not ours to mark
        mime = QGuiApplication.clipboard().mimeData(mode)
        if mime is None or is_marked_secret(mime) or not mime.hasText() or not mime.text():
            return
        self.clipboard.copy(mime.text(), mode)


def guard_application() -> SecureClipboard:
    """Install, once per application, the copy guard and plain-text labels; clear the
    clipboard when the application quits. Returns the application's secure clipboard."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the guards need a QApplication"
    existing = getattr(app, "securedesk_clipboard", None)
    if isinstance(existing, SecureClipboard):
        return existing
    clipboard = SecureClipboard(app)
    guard = CopyGuard(clipboard, app)
    labels = PlainTextByDefault(app)
    app.installEventFilter(guard)
    app.installEventFilter(labels)
    app.aboutToQuit.connect(clipboard.clear)
    app.securedesk_clipboard = clipboard  # type: ignore[attr-defined]
    app.securedesk_copy_guard = guard  # type: ignore[attr-defined]
    return clipboard
