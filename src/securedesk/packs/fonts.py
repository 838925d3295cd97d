"""The typeface every pack is set in: DejaVu Sans, shipped in resources/fonts and embedded
(subset) in each PDF. It covers Welsh (â ê î ô û ŵ ŷ, with their other accents) and the
rest of Latin, Greek and Cyrillic, so no name prints as a blank box.

Each copy embeds only the glyphs it draws. A PDF's embedded subset carries a ToUnicode map
and the outline of every glyph in it; ReportLab numbers a document's glyphs in the order they
are first drawn and embeds every glyph numbered. Pack pages are laid out once and shared by
copies whose content differs, so that numbering would carry the characters of items withheld
from a copy into its file (issue 10, finding 8). Instead:

- every glyph of a pack face has a code fixed for the process, whatever is drawn
  (`PackFont.fixed_state`): laid-out pages name no glyph by an order that depends on content;
- each character drawn is noted in a glyph log on the document (`recording`, `note_glyphs`);
- before a copy is written, every code it did not draw is emptied from its subsets
  (`keep_only_drawn`), so its maps and font programs hold exactly what it shows.

This reads and sets ReportLab's TTFont.state (per document: assignments, subsets); the pack
tests read each copy's fonts back with qpdf, which is what would show a ReportLab change.
"""

from __future__ import annotations

import copy
import enum
import io
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

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
_faces: dict[str, PackFont] = {}  # the registered pack faces by name
_lock = threading.Lock()  # registering (a preview and an issue may start in two threads)

# Where a document notes the characters drawn on it: {face name: characters}.
GlyphLog = dict[str, set[str]]
# The same, kept: {face name: each character once}, far smaller than sets of characters.
Glyphs = dict[str, str]
_LOG = "_securedesk_glyphs"
SPACE = 0x20
NBSP = 0xA0  # ReportLab draws it as a space


def _fixed_order(code: int) -> tuple[int, int]:
    """Latin-1, Latin Extended-A (Welsh) and -B, and general punctuation come first, so
    most packs draw from the first three subsets; the order depends on nothing but the
    font."""
    common = code < 0x250 or 0x2000 <= code < 0x2070 or code == 0x20AC
    return (0 if common else 1, code)


class _Key:
    """A stand-in document (TTFont keeps its state per document, in a weak dictionary)."""


class PackFont(TTFont):  # type: ignore[misc]
    """A pack face: fixed glyph codes, and a note of each character drawn."""

    def __init__(self, name: str, raw: io.BytesIO) -> None:
        super().__init__(name, raw)
        self._fixed: Any = None
        self._fixed_lock = threading.Lock()

    def splitString(self, text: str | bytes, doc: Any, encoding: str = "utf-8") -> Any:
        log: GlyphLog | None = getattr(doc, _LOG, None)
        if log is not None:
            chars = text.decode("utf-8") if isinstance(text, bytes) else text
            log.setdefault(self.fontName, set()).update(chars)
        return super().splitString(text, doc, encoding)

    def fixed_state(self) -> Any:
        """A ReportLab state giving every character of the face its code, in a fixed order
        (made once, by ReportLab's own numbering; never changed: callers copy it)."""
        with self._fixed_lock:
            if self._fixed is None:
                key = _Key()
                codes = sorted((c for c in self.face.charToGlyph if c != NBSP), key=_fixed_order)
                TTFont.splitString(self, "".join(map(chr, codes)), key)
                self._fixed = self.state.pop(key)
            return self._fixed


def copy_state(state: Any) -> Any:
    """A copy of a ReportLab font state that a document may extend and write."""
    clone = copy.copy(state)
    clone.assignments = dict(state.assignments)
    clone.subsets = [list(s) for s in state.subsets]
    clone.frozen = 0
    return clone


def seed(doc: Any, skip: Iterable[str] = ()) -> None:
    """Give `doc` the fixed numbering of every pack face (before anything is drawn on it),
    but those named in `skip`."""
    for font in list(_faces.values()):
        if font.fontName not in skip:
            font.state[doc] = copy_state(font.fixed_state())


def open_log(doc: Any) -> tuple[GlyphLog | None, GlyphLog]:
    """Start noting what is drawn on `doc` in a new log; returns (the log open before,
    the new log), for `close_log`."""
    outer: GlyphLog | None = getattr(doc, _LOG, None)
    log: GlyphLog = {}
    setattr(doc, _LOG, log)
    return outer, log


def close_log(doc: Any, outer: GlyphLog | None, log: GlyphLog) -> None:
    """Stop noting in `log`; what it holds is noted in the log open before, if any."""
    if outer is None:
        delattr(doc, _LOG)
    else:
        setattr(doc, _LOG, outer)
        note_glyphs(doc, log)


@contextmanager
def recording(doc: Any) -> Iterator[GlyphLog]:
    """Note what is drawn on `doc` in a new log for the block (and in the log already
    open on it, if any)."""
    outer, log = open_log(doc)
    try:
        yield log
    finally:
        close_log(doc, outer, log)


def kept(log: GlyphLog) -> Glyphs:
    return {name: "".join(chars) for name, chars in log.items()}


def note_glyphs(doc: Any, glyphs: GlyphLog | Glyphs) -> None:
    """Note in the log open on `doc` (if any) characters drawn without ReportLab seeing
    them: drawing kept from an earlier use and replayed."""
    log: GlyphLog | None = getattr(doc, _LOG, None)
    if log is not None:
        for name, codes in glyphs.items():
            log.setdefault(name, set()).update(codes)


def merged(logs: Iterable[GlyphLog | Glyphs]) -> GlyphLog:
    out: GlyphLog = {}
    for log in logs:
        for name, codes in log.items():
            out.setdefault(name, set()).update(codes)
    return out


def keep_only_drawn(doc: Any, drawn: GlyphLog) -> None:
    """Empty from `doc`'s subsets of each pack face every code not in `drawn` (the file's
    ToUnicode maps and font programs are made from the subsets when it is written); drop
    subsets after the last one drawn from, and unused codes at each subset's end. Every
    font the document will embed must be a pack face: anything else is refused rather than
    written unpruned."""
    for font in doc.delayedFonts:
        if not isinstance(font, PackFont):
            raise RuntimeError("pack pages may use only the embedded pack fonts")
        state = font.state.get(doc)
        if state is None:
            continue
        codes = state.assignments
        keep = {SPACE if c == "\xa0" else ord(c) for c in drawn.get(font.fontName, ())}
        keep = {c for c in keep if c in codes} | {0}  # others were drawn as code 0
        last = max(codes[c] >> 8 for c in keep)
        subsets = []
        for subset in state.subsets[: last + 1]:
            pruned = [c if c in keep else 0 for c in subset]
            while len(pruned) > 1 and pruned[-1] == 0:
                pruned.pop()
            subsets.append(pruned)
        state.subsets = subsets


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
    with _lock:
        if key not in _registered:
            _register(paths, key)
    return REGULAR, BOLD


def _register(paths: dict[str, Any], key: tuple[tuple[str, str], ...]) -> None:
    faces = []
    for name, file_name in FONT_FILES.items():
        try:
            raw = paths[name].read_bytes()
        except OSError:
            raise PackFontMissing(PackErrorKind.FONT_MISSING, file_name) from None
        try:
            faces.append(PackFont(name, io.BytesIO(raw)))
        except (TTFError, ValueError, KeyError, IndexError):
            raise PackFontMissing(PackErrorKind.FONT_DAMAGED, file_name) from None
    for face in faces:
        face.fixed_state()
        pdfmetrics.registerFont(face)
        _faces[face.fontName] = face
    # <b> inside a paragraph picks the bold face.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    _registered.add(key)
