"""A new-passphrase field typed twice, with a strength meter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QProgressBar, QWidget

from securedesk.core.vault.passphrase_strength import estimate


class NewPassphraseFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.first.setAccessibleName(self.tr("New passphrase"))
        self.second = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.second.setAccessibleName(self.tr("New passphrase again"))
        self.meter = QProgressBar(maximum=4, textVisible=False)
        self.meter.setAccessibleName(self.tr("Passphrase strength"))
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("&New passphrase:"), self.first)
        layout.addRow(self.tr("&Again:"), self.second)
        layout.addRow(self.tr("Strength:"), self.meter)
        layout.addRow("", self.verdict)
        for label, field in ((0, self.first), (1, self.second)):
            buddy = layout.itemAt(label, QFormLayout.ItemRole.LabelRole)
            if buddy is not None and isinstance(buddy.widget(), QLabel):
                buddy.widget().setBuddy(field)  # type: ignore[union-attr]
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        strength = estimate(self.first.text())
        self.meter.setValue(strength.level)
        words = [
            self.tr("Too weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Strong"),
            self.tr("Very strong"),
        ]
        text = words[strength.level]
        if self.first.text() and not strength.acceptable:
            text += " — " + self.tr(
                "use at least 12 characters; several unrelated words work well."
            )
        elif self.second.text() and self.second.text() != self.first.text():
            text = self.tr("The two passphrases differ.")
        self.verdict.setText(text)
        self.changed.emit()

    @property
    def acceptable(self) -> bool:
        return estimate(self.first.text()).acceptable and self.first.text() == self.second.text()

    def passphrase(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
