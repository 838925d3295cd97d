"""The typeface every pack is set in: DejaVu Sans, shipped in resources/fonts and embedded
(subset) in each PDF. It covers Welsh (â ê î ô û ŵ ŷ, with their other accents) and the
rest of Latin, Greek and Cyrillic, so no name prints as a blank box."""

from __future__ import annotations

import io

from reportlab.lib.fonts import addMapping  # type: ignore[import-untyped]
from reportlab.pdfbase import pdfmetrics  # type: ignore[import-untyped]
from reportlab.pdfbase.ttfonts import TTFError, TTFont  # type: ignore[import-untyped]

from securedesk.core.errors import EXIT_UNEXPECTED, SecureDeskError
from securedesk.resource_files import FONTS, font_file

REGULAR = "SecureDeskSans"
BOLD = "SecureDeskSans-Bold"
# One file per face, in the resources' fonts folder (securedesk.resource_files finds it in an
# installed wheel as well as in a checkout).
FONT_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}

_registered: set[tuple[tuple[str, str], ...]] = set()  # (face, file path) pairs


class PackFontMissing(SecureDeskError):
    """A font file the packs need is missing or damaged: an installation problem."""

    exit_code = EXIT_UNEXPECTED

    def __init__(self, file_name: str, why: str) -> None:
        super().__init__(
            f"The pack font {file_name} in SecureDesk's resources ({FONTS}/) {why}. "
            "Reinstall SecureDesk; no pack was made and nothing was issued."
        )


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
            raise PackFontMissing(file_name, "is missing") from None
        try:
            faces.append(TTFont(name, io.BytesIO(raw)))
        except (TTFError, ValueError, KeyError, IndexError):
            raise PackFontMissing(file_name, "is damaged") from None
    for face in faces:
        pdfmetrics.registerFont(face)
    # <b> inside a paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered.add(key)
    return REGULAR, BOLD
