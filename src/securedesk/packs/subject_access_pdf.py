"""A subject access report as a PDF, in the meeting pack's style: the pack typeface and
styles, the marking in capitals at top and bottom of every page, "Page n of N", and what was
withheld stated in the pack's red notice style. Laid out in memory (no temporary file).

The content is core/subject_access/report.py's `gather` result; everything a user typed is
escaped (packs/text.py) before it reaches a paragraph.
"""

from __future__ import annotations

import io
from typing import Any, ClassVar

from reportlab.lib.pagesizes import A4  # type: ignore[import-untyped]
from reportlab.pdfgen.canvas import Canvas  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    BaseDocTemplate,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from securedesk import __version__
from securedesk.packs.document import GRID, SHADE, Styles, make_styles
from securedesk.packs.fonts import load_fonts
from securedesk.packs.text import markup, paragraphs, plain

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 50.0
MARGIN_TOP = 62.0
MARGIN_BOTTOM = 72.0
NOTICE = (
    "Withheld for the data protection officer to review before release: information items "
    "that carry a handling caveat, and third parties (other subjects of a case, people linked "
    "to this person). Every other item is shown in full; the officer also reviews it for "
    "information about other people before anything is released."
)


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds each page until the end, so each can say "Page n of N"."""

    furniture: ClassVar[dict[str, str]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._furniture(total)
            super().showPage()
        super().save()

    def _furniture(self, total: int) -> None:
        f = self.furniture
        self.saveState()
        self.setFont(f["bold"], 12)
        self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT - 32, f["marking"])
        self.drawCentredString(PAGE_WIDTH / 2, 22, f["marking"])
        self.setLineWidth(0.5)
        self.line(MARGIN_X, PAGE_HEIGHT - 40, PAGE_WIDTH - MARGIN_X, PAGE_HEIGHT - 40)
        self.line(MARGIN_X, 56, PAGE_WIDTH - MARGIN_X, 56)
        self.setFont(f["regular"], 7.5)
        self.drawString(MARGIN_X, 44, f["footer"])
        self.drawRightString(PAGE_WIDTH - MARGIN_X, 44, f"Page {self._pageNumber} of {total}")
        self.restoreState()


def _table(rows: list[list[Any]], styles: Styles, widths: list[float]) -> Table:
    cells = [
        [Paragraph(markup(str(c)), styles.cell_head if n == 0 else styles.cell) for c in row]
        for n, row in enumerate(rows)
    ]
    t = Table(cells, colWidths=widths, repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def _text(story: list[Any], text: str, style: Any) -> None:
    for para in paragraphs(text or "") or [""]:
        story.append(Paragraph(para, style))


def _case(story: list[Any], case: dict[str, Any], s: Styles, width: float) -> None:
    story.append(PageBreak())
    story.append(Paragraph(markup(f"Case {case['ref']}"), s.h1))
    story.append(
        _table(
            [
                ["Status", "Marking", "Referred", "Referral source", "Consent"],
                [
                    case["status"],
                    case["marking"],
                    case["referral_date"],
                    case["referral_source"],
                    case["consent"],
                ],
            ],
            s,
            [width / 5] * 5,
        )
    )
    if case.get("closing_reason"):
        story.append(Paragraph(markup(f"Closing reason: {case['closing_reason']}"), s.body))
    if case["other_subjects_withheld"]:
        n = case["other_subjects_withheld"]
        story.append(
            Paragraph(
                markup(
                    f"Withheld: {n} other subject{'s' if n != 1 else ''} of this case "
                    "(third party)."
                ),
                s.notice,
            )
        )
    story.append(Paragraph("Information held", s.h2))
    for item in case["items"]:
        story.append(
            Paragraph(
                markup(
                    f"{item['item_date']} · {item['agency']} · {item['author']} · "
                    f"{item['marking']} · graded {item['source_grade']}{item['information_grade']}"
                ),
                s.label,
            )
        )
        _text(story, item["text"], s.body)
    if not case["items"]:
        story.append(Paragraph("None shown.", s.body))
    for w in case["items_withheld"]:
        story.append(
            Paragraph(
                markup(
                    f"Withheld: item {w['id']} of {w['item_date']} from {w['agency']} "
                    f"({', '.join(w['caveats'])}): for the data protection officer to review."
                ),
                s.notice,
            )
        )
    if case["chronology"]:
        story.append(Paragraph("Chronology notes", s.h2))
        story.append(
            _table(
                [["Date", "Note", "By"]]
                + [[e["event_date"], e["summary"], e["author"]] for e in case["chronology"]],
                s,
                [width * 0.15, width * 0.65, width * 0.2],
            )
        )
    for a in case["assessments"]:
        story.append(
            Paragraph(markup(f"Assessment of {a['assessed_on']} by {a['assessor']}"), s.h2)
        )
        _text(story, a["summary"], s.body)
        story.append(
            _table(
                [["Factor", "Score", "Evidence"]]
                + [[x["factor_id"], x["score"], x["evidence"]] for x in a["scores"]],
                s,
                [width * 0.3, width * 0.1, width * 0.6],
            )
        )
    if case["actions"]:
        story.append(Paragraph("Actions", s.h2))
        rows: list[list[Any]] = [["Action", "Agency", "Owner", "Due", "Status"]]
        for a in case["actions"]:
            rows.append(
                [a["description"], a["agency"], a["owner"], a["due_date"] or "", a["status"]]
            )
            for u in a["updates"]:
                rows.append(
                    [f"  update {u['at'][:10]}: {u['note']}", "", u["author"], "", u["status"]]
                )
        story.append(
            _table(rows, s, [width * 0.40, width * 0.14, width * 0.16, width * 0.16, width * 0.14])
        )
    for m in case["minutes"]:
        story.append(Paragraph(markup(f"Minutes: {m['title']}, {m['meeting_date']}"), s.h2))
        for label in ("discussion", "decision", "rationale", "dissent"):
            if m[label]:
                story.append(Paragraph(label.capitalize(), s.label))
                _text(story, m[label], s.body)
    story.append(Paragraph("Attachments held", s.h2))
    if case["attachments"]:
        story.append(
            _table(
                [["Name", "Type", "Bytes", "Added"]]
                + [
                    [x["name"], x["media_type"], x["size"], x["added_at"][:10]]
                    for x in case["attachments"]
                ],
                s,
                [width * 0.4, width * 0.25, width * 0.15, width * 0.2],
            )
        )
    else:
        story.append(Paragraph("None.", s.body))
    story.append(Paragraph("Disclosures", s.h2))
    copies = case["disclosures"]["pack_copies"]
    bundles = case["disclosures"]["bundles"]
    if not copies and not bundles:
        story.append(Paragraph("None recorded.", s.body))
    if copies:
        story.append(
            _table(
                [["Meeting pack", "Copy", "Recipient", "Issued", "Status"]]
                + [
                    [
                        f"{c['title']}, {c['meeting_date']}",
                        c["copy_number"],
                        f"{c['recipient']}, {c['agency']}",
                        c["issued_at"][:10],
                        c["status"],
                    ]
                    for c in copies
                ],
                s,
                [width * 0.3, width * 0.08, width * 0.32, width * 0.15, width * 0.15],
            )
        )
    if bundles:
        story.append(
            _table(
                [["Transfer bundle", "Sent", "To"]]
                + [
                    [b["bundle_id"], b["created_at"][:10], "; ".join(b["recipients"])]
                    for b in bundles
                ],
                s,
                [width * 0.35, width * 0.15, width * 0.5],
            )
        )
    story.append(Paragraph("Access log", s.h2))
    story.append(
        _table(
            [["When", "Who", "What", "Outcome"]]
            + [
                [e["at"][:19].replace("T", " "), e["user"], e["action"], e["outcome"]]
                for e in case["access_log"]
            ],
            s,
            [width * 0.24, width * 0.16, width * 0.44, width * 0.16],
        )
    )


def render_subject_access_pdf(content: dict[str, Any]) -> bytes:
    """The report as PDF bytes."""
    regular, bold = load_fonts()
    s = make_styles(regular, bold)
    width = PAGE_WIDTH - 2 * MARGIN_X
    report, person = content["report"], content["person"]
    marking = content["marking"].upper()
    story: list[Any] = [
        Paragraph("Subject access report", s.title),
        Paragraph(markup(report.get("organisation") or ""), s.h2),
        Spacer(1, 8),
        _table(
            [
                ["Person", "Date of birth", "Person id"],
                [
                    f"{person['given_name']} {person['family_name']}",
                    person["date_of_birth"] or "",
                    person["id"],
                ],
            ],
            s,
            [width * 0.4, width * 0.2, width * 0.4],
        ),
        Spacer(1, 6),
        Paragraph(
            markup(
                f"Produced {report['produced_at'][:16].replace('T', ' ')} UTC by "
                f"{report['produced_by']}. Cases: {len(content['cases'])}."
            ),
            s.body,
        ),
    ]
    if person["aliases"]:
        story.append(Paragraph(markup("Also known as: " + "; ".join(person["aliases"])), s.body))
    for ident in person["identifiers"]:
        story.append(Paragraph(markup(f"{ident['kind']}: {ident['value']}"), s.body))
    for address in person["addresses"]:
        story.append(Paragraph(markup(f"Address: {address}"), s.body))
    withheld = content["withheld"]
    story.append(Paragraph("What is withheld", s.h2))
    story.append(Paragraph(markup(NOTICE), s.body))
    story.append(
        Paragraph(
            markup(
                f"Withheld: {withheld['items']} item(s) under handling caveats; "
                f"{withheld['other_subjects']} other subject(s) of these cases; "
                f"{withheld['linked_people']} linked person(s)."
            ),
            s.notice,
        )
    )
    for link in content["linked_people_withheld"]:
        story.append(
            Paragraph(
                markup(f"Withheld: a linked person ({link['relationship']}), third party."), s.small
            )
        )
    story.append(Paragraph("Cases", s.h2))
    story.append(
        _table(
            [["Reference", "Status", "Referred", "Items shown", "Items withheld"]]
            + [
                [
                    c["ref"],
                    c["status"],
                    c["referral_date"],
                    len(c["items"]),
                    len(c["items_withheld"]),
                ]
                for c in content["cases"]
            ],
            s,
            [width * 0.24, width * 0.22, width * 0.18, width * 0.18, width * 0.18],
        )
    )
    for case in content["cases"]:
        _case(story, case, s, width)
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Subject access report, {report['produced_at'][:10]}",
        author=plain(report.get("organisation") or "SecureDesk"),
        creator=f"SecureDesk {__version__}",
        subject="",
        initialFontName=regular,
    )
    frame = Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        width,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    class Furnished(_NumberedCanvas):
        furniture: ClassVar[dict[str, str]] = {
            "regular": regular,
            "bold": bold,
            "marking": marking,
            "footer": plain(
                f"Subject access report · person {person['id']} · {report['produced_by']}"
            ),
        }

    doc.build(story, canvasmaker=Furnished)
    return out.getvalue()
