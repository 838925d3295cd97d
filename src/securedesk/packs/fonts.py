"""The typeface every pack is set in: DejaVu Sans, shipped in resources/fonts and embedded
(subset) in each PDF. It covers Welsh (â ê î ô û ŵ ŷ, with their other accents) and the
rest of Latin, Greek and Cyrillic, so no name prints as a blank box."""

from __future__ import annotations

import enum
import io

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from securedesk.core.error_kinds import QT_TRANSLATE_NOOP, Kind
from securedesk.core.errors import EXIT_UNEXPECTED, SecureDeskError
from securedesk.resource_files import FONTS, font_file

REGULAR = "SecureDeskSans"
BOLD = "SecureDeskSans-Bold"
# One file per face, in the resources' fonts folder (securedesk.resource_files finds it in an
# installed wheel as well as in a checkout).
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_registered: set[tuple[tuple[str, str], ...]] = set()  # (face, file path) pairs


@enum.unique
class PackErrorKind(Kind):
    """Pack documents: an installation that lacks a file they are made with."""

    FONT_MISSING = (
        "pack-font-missing",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The pack font {file_name} in SecureDesk's resources ({folder}/) is missing. "
            "Reinstall SecureDesk; no pack was made and nothing was issued.",
        ),
    )
    FONT_DAMAGED = (
        "pack-font-damaged",
        QT_TRANSLATE_NOOP(
            "Errors",
            "The pack font {file_name} in SecureDesk's resources ({folder}/) is damaged. "
            "Reinstall SecureDesk; no pack was made and nothing was issued.",
        ),
    )


class PackFontMissing(SecureDeskError):
    """A font file the packs need is missing or damaged: an installation problem."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, kind: PackErrorKind, file_name: str) -> None:
        super().__init__(kind, file_name=file_name, folder=FONTS)


def load_fonts() -> tuple[str, str]:
    """Register the pack faces with ReportLab (once per process); returns their names."""
    paths = {name: font_file(file_name) for name, file_name in FONT_FILES.items()}
    key = tuple(sorted((name, str(path)) for name, path in paths.items()))
    if key in _registered:
        return REGULAR, BOLD
    faces = []
    for name, file_name in FONT_FILES.items():
        try:
            raw = paths[name].read_bytes()
        except OSError:
            raise PackFontMissing(PackErrorKind.FONT_MISSING, file_name) from None
        try:
            faces.append(TTFont(name, io.BytesIO(raw)))
        except (TTFError, ValueError, KeyError, IndexError):
            raise PackFontMissing(PackErrorKind.FONT_DAMAGED, file_name) from None
    for face in faces:
        pdfmetrics.registerFont(face)
    # <b> inside a paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered.add(key)
    return REGULAR, BOLD
