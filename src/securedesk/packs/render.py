"""Drawing pack copies as PDFs, in memory only: no temporary file, no cache on disk.

Copies whose content is the same (recipients cleared alike) differ only in their copy number
and recipient. Their pages are laid out once: platypus flows the story onto a canvas that
keeps each page's content stream instead of writing a PDF. Each copy is then a fresh canvas
that takes those streams, stamps its own furniture on every page (the marking at top and
bottom, "Page n of N", the copy number and recipient in the footer and as a diagonal
watermark, and on the cover), and writes its PDF to a BytesIO.

The streams name glyphs by codes in subsets of the embedded TrueType font. Those codes are
fixed for the process, whatever is drawn (`securedesk.packs.fonts`): the layout document is
seeded with them, and each copy's document is given a copy of the layout's font state
(`_adopt_fonts`). Each unit notes the characters its pages draw, and before a copy is written
every glyph that neither its units nor its stamp draw is emptied from its subsets: a copy's
file holds no glyph, and no ToUnicode entry, of an item withheld from it, though units laid
out for other recipients share its layout document. That touches ReportLab internals
(TTFont.state, PDFDocument.fontMapping and delayedFonts); tests read every page back with
pdftotext, read each copy's fonts with qpdf and check each file with qpdf --check, which is
what would show if a ReportLab release changed them.
"""

from __future__ import annotations

import io
import math
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab import rl_config  # type: ignore[import-untyped]
from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfbase.pdfmetrics import stringWidth  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]

from securedesk import __version__
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.pack_content import CopyContent, RenderedPack
from securedesk.packs.document import (
    PackStory,
    ParagraphCache,
    Styles,
    make_styles,
    withheld_note,
)
from securedesk.packs.fonts import (
    Glyphs,
    copy_state,
    keep_only_drawn,
    kept,
    load_fonts,
    merged,
    recording,
    seed,
)
from securedesk.packs.pack_words import Words
from securedesk.packs.page_furniture import (
    CONTENT_WIDTH,
    FOOTER_SIZE,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    draw_furniture,
    page_document,
)
from securedesk.packs.text import plain

WATERMARK_MAX_SIZE = 46.0
WATERMARK_MIN_SIZE = 20.0
WATERMARK_GREY = 0.45
WATERMARK_ALPHA = 0.16
NOTICE_RED = (0x8A / 255, 0x1C / 255, 0x1C / 255)  # as the pages' own notices

# Compressed page streams are written as binary rather than ASCII85 text: a third smaller
# and quicker to write. (A process-wide ReportLab setting; nothing else here needs ASCII.)
rl_config.useA85 = 0

Slot = tuple[int, float, float, float]  # page index, x, y, width


class _LayoutCanvas(Canvas):  # type: ignore[misc]
    """A canvas that keeps each page's content stream and never writes a PDF."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.recorded_pages: list[list[str]] = []
        self.stamp_slots: dict[str, Slot] = {}

    def showPage(self) -> None:
        if self._formsinuse or self._annotationrefs:
            raise RuntimeError("pack pages may not use forms or annotations")
        self.recorded_pages.append(self._code)
        self._startPage()

    def save(self) -> None:
        """Nothing is written: the copies are."""


@dataclass(frozen=True)
class _FontUse:
    font: Any  # a registered TTFont
    internal_name: str  # its name in the layout document, e.g. "/F1"
    state: Any  # its subsets and glyph codes


@dataclass(frozen=True)
class _Unit:
    """Pages laid out once: the front of a pack, or one case of a full pack."""

    pages: list[list[str]]
    slots: dict[str, Slot]
    glyphs: Glyphs  # every character its pages draw, by face


def _adopt_fonts(canvas: Any, fonts: list[_FontUse]) -> None:
    doc = canvas._doc
    seed(doc, skip={use.font.fontName for use in fonts})  # a face the layout did not use
    for use in fonts:
        use.font.state[doc] = copy_state(use.state)
        doc.fontMapping[use.font.fontName] = use.internal_name
        doc.delayedFonts.append(use.font)


def content_width() -> float:
    return float(CONTENT_WIDTH)


class MeetingPackRenderer:
    """Draws copies of meeting packs (the core's PackRenderer).

    A full pack is laid out in units that each start on a new page: the front (cover,
    statement, members, agenda) and one unit per case. A unit is laid out once per distinct
    content and reused by every copy that shows the same: two recipients whose copies differ
    in one case's items share the layout of every other case. All units are laid out on one
    layout document, so their pages share one numbering of the font's glyphs, a numbering
    fixed for the process; each copy embeds only the glyphs its own pages draw. One renderer
    serves one meeting's source at a time (a new source starts afresh); it may be shared
    between threads (one render at a time), and renderers in different threads share
    nothing but the registered fonts, whose state ReportLab keeps per document.
    """

    def __init__(self) -> None:
        self._source: object | None = None
        self._units: dict[tuple[Any, ...], _Unit] = {}
        self._layout_pdf: Any = None
        self._paragraphs: ParagraphCache = {}
        self._styles: tuple[str, str, Styles] | None = None
        self._lock = threading.Lock()

    def render(self, content: CopyContent, copy_number: int) -> RenderedPack:
        """Copy `copy_number` (0: an unnumbered preview) of `content`, as PDF bytes."""
        with self._lock:
            return self._render(content, copy_number)

    def _render(self, content: CopyContent, copy_number: int) -> RenderedPack:
        regular, bold = load_fonts()
        if content.source is not self._source:
            self._source = content.source
            self._units = {}
            self._layout_pdf = None
            self._paragraphs = {}
        if self._styles is None or self._styles[:2] != (regular, bold):
            self._styles = (regular, bold, make_styles(regular, bold))
        story = PackStory(content, self._styles[2], content_width(), self._paragraphs)
        language = content.recipient.language
        units = [self._unit(("front", language, *_front_key(content)), story.front, regular)]
        if content.variant is PackVariant.FULL:
            for entry in content.cases:
                key = ("case", language, entry.case.case_id, tuple(i.id for i in entry.items))
                units.append(self._unit(key, partial(story.case_section, entry), regular))
        data = self._emit(units, content, copy_number, regular, bold)
        return RenderedPack(data=data, pages=sum(len(u.pages) for u in units))

    def _unit(self, key: tuple[Any, ...], build: Callable[[], list[Any]], regular: str) -> _Unit:
        unit = self._units.get(key)
        if unit is not None:
            return unit
        made: list[_LayoutCanvas] = []
        if self._layout_pdf is None:
            self._layout_pdf = _LayoutCanvas(io.BytesIO(), initialFontName=regular)._doc
            seed(self._layout_pdf)

        def canvas_maker(*args: Any, **kwargs: Any) -> _LayoutCanvas:
            canvas = _LayoutCanvas(*args, **kwargs)
            canvas._doc = self._layout_pdf
            made.append(canvas)
            return canvas

        for paragraph in self._paragraphs.values():
            paragraph.__dict__.pop("_postponed", None)  # see MemoParagraph
        with recording(self._layout_pdf) as glyphs:
            page_document(
                io.BytesIO(), padding=0, initialFontName=regular, pageCompression=1
            ).build(build(), canvasmaker=canvas_maker)
        unit = _Unit(made[-1].recorded_pages, dict(made[-1].stamp_slots), kept(glyphs))
        self._units[key] = unit
        return unit

    def _fonts(self) -> list[_FontUse]:
        pdf = self._layout_pdf
        fonts = [
            _FontUse(font, pdf.fontMapping[font.fontName], font.state[pdf])
            for font in pdf.delayedFonts
        ]
        if set(pdf.fontMapping) != {f.font.fontName for f in fonts}:
            raise RuntimeError("pack pages may use only the embedded pack fonts")
        return fonts

    def _emit(
        self,
        units: list[_Unit],
        content: CopyContent,
        copy_number: int,
        regular: str,
        bold: str,
    ) -> bytes:
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=A4, pageCompression=1, initialFontName=regular)
        meeting = content.source.meeting
        w = Words(content.recipient.language)
        kind = w.phrase(
            "Executive summary" if content.variant is PackVariant.SUMMARY else "Meeting pack"
        )
        day = meeting.meeting_date.isoformat()
        # Metadata names no person: the kind of document, the meeting date and the copy.
        canvas.setTitle(
            w("{kind}, {day}, copy {number}", kind=kind, day=day, number=copy_number)
            if copy_number
            else w("{kind}, {day}, preview", kind=kind, day=day)
        )
        canvas.setAuthor(plain(content.source.organisation) or "SecureDesk")
        canvas.setCreator(f"SecureDesk {__version__}")
        canvas.setSubject("")
        canvas.setKeywords("")
        _adopt_fonts(canvas, self._fonts())
        with recording(canvas._doc) as drawn:
            self._draw_copy(canvas, units, content, copy_number, regular, bold)
        # Only what this copy's own pages draw goes into its fonts.
        keep_only_drawn(canvas._doc, merged([drawn, *(u.glyphs for u in units)]))
        canvas.save()
        return out.getvalue()

    def _draw_copy(
        self,
        canvas: Any,
        units: list[_Unit],
        content: CopyContent,
        copy_number: int,
        regular: str,
        bold: str,
    ) -> None:
        total = sum(len(u.pages) for u in units)
        slots = {name: (page, x, y, w) for name, (page, x, y, w) in units[0].slots.items()}
        stamp = _Stamp(content, copy_number, regular, bold, total, slots)
        index = 0
        for unit in units:
            for code in unit.pages:
                # The page's own drawing in a saved graphics state, so the stamp starts clean.
                canvas._code.extend(["q", *code, "Q"])
                stamp(canvas, index)
                canvas.showPage()
                index += 1


def _front_key(content: CopyContent) -> tuple[Any, ...]:
    """What the front pages depend on besides the source: which cases are shown, and for
    the executive summary (which holds every case's summary), with which items. The
    marking and the counts withheld on the cover are stamped by each copy."""
    if content.variant is PackVariant.FULL:
        return (content.variant, tuple(c.case.case_id for c in content.cases))
    return (
        content.variant,
        tuple((c.case.case_id, tuple(i.id for i in c.items)) for c in content.cases),
    )


class _Stamp:
    """What each copy prints on each page over the laid-out content."""

    def __init__(
        self,
        content: CopyContent,
        copy_number: int,
        regular: str,
        bold: str,
        total: int,
        slots: dict[str, Slot],
    ) -> None:
        member = content.recipient
        self.w = w = Words(member.language)
        self.regular = regular
        self.bold = bold
        self.total = total
        self.slots = slots
        self.marking = content.marking.value.upper()
        self.copy_label = (
            w("Copy {number}", number=copy_number)
            if copy_number
            else w("PREVIEW: not an issued copy")
        )
        self.recipient = plain(f"{member.name}, {w.say(w.known(member.agency))}")
        self.footer_left = _fit(
            f"{self.copy_label} · {self.recipient}", regular, FOOTER_SIZE, PAGE_WIDTH * 0.62
        )
        mark = f"{self.copy_label.upper()} · {self.recipient}"
        diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT) * 0.78
        # As large as fits the diagonal; a very long name is cut rather than made tiny.
        self.watermark_size = max(
            WATERMARK_MIN_SIZE,
            min(WATERMARK_MAX_SIZE, diagonal / max(stringWidth(mark, bold, 1), 1.0)),
        )
        self.watermark = _fit(mark, bold, self.watermark_size, diagonal * 1.01)
        self.angle = math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH))
        withheld = content.withheld_items or content.withheld_cases
        self.draw_slot: dict[str, Callable[[Any, Slot], None]] = {
            "copy": self._slot_text(self.copy_label),
            "recipient": self._slot_text(self.recipient),
            "marking": self._slot_text(self.marking),
            "withheld": self._slot_text(
                withheld_note(w, content.withheld_items, content.withheld_cases, "\n")
                if withheld
                else "",
                size=9.5,
                colour=NOTICE_RED,
            ),
        }

    def _slot_text(
        self, text: str, size: float = 9, colour: tuple[float, float, float] = (0, 0, 0)
    ) -> Callable[[Any, Slot], None]:
        def draw(canvas: Any, slot: Slot) -> None:
            _page, x, y, width = slot
            canvas.setFillColorRGB(*colour)
            canvas.setFont(self.bold, size)
            lines = text.split("\n")  # a line per language of a bilingual copy
            for n, line in enumerate(lines):
                canvas.drawString(
                    x, y + 2.5 + (len(lines) - 1 - n) * 12.5, _fit(line, self.bold, size, width)
                )
            canvas.setFillColorRGB(0, 0, 0)

        return draw

    def __call__(self, canvas: Any, index: int) -> None:
        canvas.saveState()
        # The marking, in capitals, at top and bottom; the copy's footer and page number.
        draw_furniture(
            canvas,
            marking=self.marking,
            footer=self.footer_left,
            page=self.w("Page {page} of {pages}", page=index + 1, pages=self.total),
            regular=self.regular,
            bold=self.bold,
        )
        for name, slot in self.slots.items():
            if slot[0] == index and name in self.draw_slot:
                self.draw_slot[name](canvas, slot)
        # The watermark last (over the content, so nothing hides it), faint, across the
        # page.
        canvas.saveState()
        canvas.setFillColorRGB(WATERMARK_GREY, WATERMARK_GREY, WATERMARK_GREY)
        canvas.setFillAlpha(WATERMARK_ALPHA)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(self.angle)
        canvas.setFont(self.bold, self.watermark_size)
        canvas.drawCentredString(0, -self.watermark_size / 3, self.watermark)
        canvas.restoreState()
        canvas.restoreState()


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text`, cut with an ellipsis if it is wider than `width`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
