"""The language a member's copy of a meeting pack is drawn in (issue 13).

Welsh public bodies work under the Welsh Language Standards: a document produced in both
languages must not treat Welsh less favourably than English, and the Welsh Language
Commissioner's advice is to place the Welsh where it is read first. A bilingual copy
therefore gives every fixed text in Welsh first, then English. A member may instead have
their copy in one language only (English, the default for members recorded before packs
had a language, or Welsh). What partners wrote is printed as written, in either case.
"""

from __future__ import annotations

import enum
from enum import Enum

from securedesk.core.error_kinds.kind import QT_TRANSLATE_NOOP, Kind
from securedesk.core.errors import InvalidInput


@enum.unique
class PackLanguageKind(Kind):
    """A member's pack language given wrongly."""

    PACK_LANGUAGE_UNKNOWN = (
        "pack-language-unknown",
        QT_TRANSLATE_NOOP(
            "Errors",
            "'{text}' is not a pack language; use one of {allowed} (bilingual gives Welsh "
            "first, then English). Nothing was changed.",
        ),
    )


class PackLanguage(Enum):
    ENGLISH = "en"
    WELSH = "cy"
    BILINGUAL = "bilingual"  # Welsh first, then English

    @classmethod
    def parse(cls, text: str) -> PackLanguage:
        norm = text.strip().lower()
        aliases = {"english": "en", "welsh": "cy", "cymraeg": "cy", "both": "bilingual"}
        norm = aliases.get(norm, norm)
        for language in cls:
            if language.value == norm:
                return language
        allowed = ", ".join(language.value for language in cls)
        raise InvalidInput(PackLanguageKind.PACK_LANGUAGE_UNKNOWN, text=text, allowed=allowed)
