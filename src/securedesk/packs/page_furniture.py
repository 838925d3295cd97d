"""The house style's page: A4 with the meeting pack's margins, and its furniture (the marking
in capitals at top and bottom between two rules, a footer line on the left and "Page n of N"
on the right). The meeting pack (packs/render.py) stamps it on each copy; a panel report and
a subject access report lay out one document and number it with `numbered_canvas`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate  # type: ignore[import-untyped]

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 50.0
MARGIN_TOP = 62.0
MARGIN_BOTTOM = 72.0
MARKING_SIZE = 12.0
FOOTER_SIZE = 7.5
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X


def draw_furniture(
    canvas: Any, *, marking: str, footer: str, page: str, regular: str, bold: str
) -> None:
    """The marking at top and bottom, the rules, `footer` on the left and `page` on the
    right, in black; the canvas's state is as it was afterwards."""
    canvas.saveState()
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(bold, MARKING_SIZE)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 32, marking)
    canvas.drawCentredString(PAGE_WIDTH / 2, 22, marking)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_X, PAGE_HEIGHT - 40, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 40)
    canvas.line(MARGIN_X, 56, PAGE_WIDTH - MARGIN_X, 56)
    canvas.setFont(regular, FOOTER_SIZE)
    canvas.drawString(MARGIN_X, 44, footer)
    canvas.drawRightString(PAGE_WIDTH - MARGIN_X, 44, page)
    canvas.restoreState()


def numbered_canvas(
    *, marking: str, footer: str, page: Callable[[int, int], str], regular: str, bold: str
) -> type[Canvas]:
    """A canvas class (for `build(canvasmaker=...)`) that keeps each page until the end, so
    each can say how many there are: `page(n, total)` is the page's right-hand footer."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for n, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_furniture(
                    self,
                    marking=marking,
                    footer=footer,
                    page=page(n, total),
                    regular=regular,
                    bold=bold,
                )
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def page_document(buffer: io.BytesIO, padding: float = 6.0, **info: Any) -> BaseDocTemplate:
    """An A4 document with the house margins and one frame filling them (`padding` inside
    the frame's edges); `info` are the document's other settings (title, author, ...)."""
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        **info,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=padding,
        rightPadding=padding,
        topPadding=padding,
        bottomPadding=padding,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    return doc
