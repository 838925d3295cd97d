"""The chronology's Event column: an information item's text is stored there cut at a fixed
length (the case store reads the first 200 characters), which left rows ending mid-word
("…his partner was present and cooperat") with nothing to say more was there. Here the cut
falls at a word and ends with an ellipsis, and the item's whole text is on hover."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from securedesk.core.cases.case_store import ChronologyRow, StoredItem
from securedesk.gui.labels import agency_label

ELLIPSIS = "…"


# The store words the rows it builds in English ("Action agreed: " || description): each
# prefix and the template that says it in the user's language.
PREFIXES = {
    "assessment": ("Assessment by ", "Assessment by %1"),
    "action": ("Action agreed: ", "Action agreed: %1"),
    "meeting": ("Discussed at ", "Discussed at %1"),
}


def _worded(row: ChronologyRow) -> str:
    prefix, _template = PREFIXES.get(row.kind, ("", ""))
    if not prefix or not row.summary.startswith(prefix):
        return row.summary
    rest = row.summary[len(prefix) :]
    templates = {
        "assessment": QCoreApplication.translate("ChronologyText", "Assessment by %1"),
        "action": QCoreApplication.translate("ChronologyText", "Action agreed: %1"),
        "meeting": QCoreApplication.translate("ChronologyText", "Discussed at %1"),
    }
    return templates[row.kind].replace("%1", rest)


def event_text(row: ChronologyRow, items: dict[str, StoredItem]) -> tuple[str, str]:
    """(what the row shows, the whole text for its tooltip, or "" when nothing is cut)."""
    stored = items.get(row.source_id) if row.kind == "item" else None
    if stored is None:
        return _worded(row), ""
    whole = f"{stored.item.agency}: {stored.item.text}"
    if len(row.summary) >= len(whole):
        return row.summary, ""
    shown = row.summary.rstrip()
    cut = shown.rfind(" ")
    if cut > len(stored.item.agency) + 2:  # never cut back into the agency's name
        shown = shown[:cut]
    return shown.rstrip(" ,.;:") + ELLIPSIS, stored.item.text


def with_agency(row: ChronologyRow, items: dict[str, StoredItem], shown: str) -> str:
    """An item's row begins with its agency: in the user's language where it is one of the
    usual agencies."""
    stored = items.get(row.source_id) if row.kind == "item" else None
    if stored is None or not shown.startswith(stored.item.agency + ": "):
        return shown
    return agency_label(stored.item.agency) + shown[len(stored.item.agency) :]


def items_by_id(items: Iterable[StoredItem]) -> dict[str, StoredItem]:
    return {s.item.id: s for s in items}


def kind_label(kind: str) -> str:
    """The Kind column in the user's language (the store's codes are English words)."""
    labels = {
        "item": QCoreApplication.translate("ChronologyText", "information"),
        "entry": QCoreApplication.translate("ChronologyText", "entry"),
        "assessment": QCoreApplication.translate("ChronologyText", "assessment"),
        "action": QCoreApplication.translate("ChronologyText", "action"),
        "meeting": QCoreApplication.translate("ChronologyText", "meeting"),
    }
    return labels.get(kind, kind)
