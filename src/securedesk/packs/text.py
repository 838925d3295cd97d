"""User text made safe for ReportLab paragraphs: markup escaped, control characters dropped,
line breaks kept. (Words too long for a line are split by the paragraph styles'
splitLongWords, in table cells too.)"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

# C0 controls other than tab and newline, DEL, C1 controls, lone surrogates, and
# non-characters: none has a glyph, and some upset the paragraph parser or the PDF.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Printable text: unprintable characters gone, line ends and tabs normalised."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    return _UNPRINTABLE.sub("", text)


def markup(text: str) -> str:
    """One paragraph's markup for `text`: <, & and > escaped, line breaks as <br/>."""
    lines = [escape(line) for line in clean(text).split("\n")]
    return "<br/>".join(lines)


def paragraphs(text: str) -> list[str]:
    """The markup of each paragraph of `text` (split at blank lines), so long text can
    flow across pages paragraph by paragraph."""
    blocks = re.split(r"\n\s*\n", clean(text).strip())
    return [markup(b.strip("\n")) for b in blocks if b.strip()]


def plain(text: str) -> str:
    """Text for drawing straight on the canvas (no markup): one line, printable."""
    return " ".join(clean(text).split())
