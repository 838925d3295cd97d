"""An action the meeting agrees for one case on its agenda (the window's `meeting action`): what
is to be done, by which agency and owner, and when. It joins the case's support plan through
MeetingService.agree_action; a refusal stays in the dialog with the core's words."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QComboBox, QWidget

from securedesk.core.cases.action_service import parse_day
from securedesk.core.domain import AGENCIES
from securedesk.gui.meeting_dialogs import _SaveDialog


class AgreeActionDialog(_SaveDialog):
    """What the panel agreed for case `ref`; `save` calls the core with `due_date`."""

    def __init__(
        self, ref: str, save: Callable[[_SaveDialog], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Action agreed for %1").replace("%1", ref), save, parent)
        self.setObjectName("agreeActionDialog")
        self.ref = ref
        self.description = self._text(self.tr("&Action:"), self.tr("Action agreed"))
        self.description.setMaximumHeight(90)
        self.agency = QComboBox(editable=True)
        self.agency.addItems(list(AGENCIES))
        self.agency.setCurrentIndex(-1)
        self.agency.setPlaceholderText(self.tr("Agency that will do it"))
        self.agency.setAccessibleName(self.tr("Owning agency"))
        self.agency.view().setAccessibleName(self.agency.accessibleName())
        self.form.addRow(self.tr("A&gency:"), self.agency)
        self.owner = self._line(self.tr("&Owner:"), self.tr("Action owner"))
        self.owner.setPlaceholderText(self.tr("Who will do it (default: you)"))
        self.due = self._line(self.tr("&Due:"), self.tr("Due date"))
        self.due.setPlaceholderText("YYYY-MM-DD")

    def due_date(self) -> date | None:
        """The due date typed (None for none); a date that is not one is refused by the core's
        own rule, as the Plan tab refuses it."""
        return parse_day(self.due.text())
