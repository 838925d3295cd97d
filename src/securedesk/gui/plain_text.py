"""Text from the vault, a contact card or a bundle is shown as plain text, never as markup.

Qt guesses a label's format from its text (AutoText): a partner's terminal name or a case
subject holding `<span style="font-size:28pt">…` would be drawn as styled text, big enough
to pass for a fingerprint. Labels that show data are made plain where they are built
(`plain_label`); `PlainTextByDefault` is the safety net for every other label (a message
box's, a form's, a tooltip's, one added later): a label still left to guess is plain."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label whose text is shown exactly as it is, whatever characters it holds."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def rich_label(html: str, parent: QWidget | None = None) -> QLabel:
    """A label of our own markup (a heading, a word in bold). Never give it data."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText(html)
    return label


class PlainTextByDefault(QObject):
    """Application-wide event filter: a label still on AutoText when it is first polished
    (before it is first drawn) becomes PlainText. Markup of our own asks for RichText."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Polish
            and isinstance(watched, QLabel)
            and watched.textFormat() == Qt.TextFormat.AutoText
        ):
            watched.setTextFormat(Qt.TextFormat.PlainText)
        return False
