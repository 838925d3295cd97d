"""An identifier's type (domain.IDENTIFIER_TYPES) in the user's language: the types are a
fixed list stored as English words, and a Welsh window showed them in English ("national
insurance number: QQ…"). A type not on the list is shown as written."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from securedesk.core.domain import Identifier

TYPES = {
    "police national computer number": QT_TRANSLATE_NOOP(
        "IdentifierLabels", "police national computer number"
    ),
    "NHS number": QT_TRANSLATE_NOOP("IdentifierLabels", "NHS number"),
    "school reference": QT_TRANSLATE_NOOP("IdentifierLabels", "school reference"),
    "national insurance number": QT_TRANSLATE_NOOP("IdentifierLabels", "national insurance number"),
    "local authority reference": QT_TRANSLATE_NOOP("IdentifierLabels", "local authority reference"),
    "probation reference": QT_TRANSLATE_NOOP("IdentifierLabels", "probation reference"),
}


def identifier_type_label(kind: str) -> str:
    source = TYPES.get(kind)
    return QCoreApplication.translate("IdentifierLabels", str(source)) if source else kind


def identifier_line(ident: Identifier) -> str:
    """ "type: value", the type in the user's language."""
    return f"{identifier_type_label(ident.kind)}: {ident.value}"
