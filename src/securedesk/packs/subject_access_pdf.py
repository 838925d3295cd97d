"""A subject access report as a PDF, in the meeting pack's style: the pack typeface and
styles, the marking in capitals at top and bottom of every page, "Page n of N", and what was
withheld stated in the pack's red notice style. Laid out in memory (no temporary file).

In English, Welsh or both (Welsh first), as a meeting pack copy is: every fixed text is
marked `w(...)` and its Welsh is in packs/subject_access_words.py; statuses, consent,
usual agencies and caveats come from the pack's own tables. What people wrote is printed as
written, and so are the access log's event names, as the audit log records them (its column
heading says so).

The content is core/subject_access/report.py's `gather` result; everything a user typed is
escaped (packs/text.py) before it reaches a paragraph.
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.platypus import (  # type: ignore[import-untyped]
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from securedesk import __version__
from securedesk.core.cases.caveats import CAVEAT_CODES
from securedesk.core.domain import ActionStatus, CaseStatus, ConsentStatus
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.packs.document import GRID, SHADE, Styles, make_styles
from securedesk.packs.fonts import load_fonts
from securedesk.packs.pack_words import (
    ACTION_STATUS,
    CASE_STATUS,
    CONSENT,
    Phrase,
    Words,
    pack_text,
)
from securedesk.packs.page_furniture import CONTENT_WIDTH, numbered_canvas, page_document
from securedesk.packs.subject_access_words import NOTICE
from securedesk.packs.text import markup, paragraphs, plain

COPY_STATUS = {
    "issued": pack_text("Issued"),
    "returned": pack_text("Returned"),
    "destroyed": pack_text("Destroyed"),
    "lost": pack_text("Lost"),
}
# A caveat's code (as the report's data holds it) -> its words, which the pack translates.
CAVEAT_TEXT = {code: text for text, code in CAVEAT_CODES.items()}
OUTCOMES = {
    "success": pack_text("Allowed"),
    "refused": pack_text("Refused"),
    "failed": pack_text("Failed"),
}


def _enum(w: Words, value: str, table: dict[Any, str], kind: Any = None) -> str:
    """A stored enumeration value in the report's language(s); as stored if unknown."""
    try:
        english = table[kind(value)] if kind is not None else table[value]
    except (KeyError, ValueError):
        return value
    return w.say(w.known(english), "\n")


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


def _heading(story: list[Any], w: Words, english: str, style: Any, **fields: Any) -> None:
    for line in w.lines(english, **fields):
        story.append(Paragraph(markup(line), style))


def _case(story: list[Any], case: dict[str, Any], s: Styles, width: float, w: Words) -> None:
    story.append(PageBreak())
    _heading(story, w, "Case {ref}", s.h1, ref=case["ref"])
    story.append(
        _table(
            [
                [
                    w.cell("Status"),
                    w.cell("Marking"),
                    w.cell("Referred"),
                    w.cell("Referral source"),
                    w.cell("Consent"),
                ],
                [
                    _enum(w, case["status"], CASE_STATUS, CaseStatus),
                    case["marking"],
                    case["referral_date"],
                    w.say(w.known(case["referral_source"] or ""), "\n"),
                    _enum(w, case["consent"], CONSENT, ConsentStatus),
                ],
            ],
            s,
            [width / 5] * 5,
        )
    )
    if case.get("closing_reason"):
        story.append(
            Paragraph(markup(w("Closing reason: {reason}", reason=case["closing_reason"])), s.body)
        )
    if case["other_subjects_withheld"]:
        n = case["other_subjects_withheld"]
        story.append(
            Paragraph(
                markup(w("Withheld: {n} other subject(s) of this case (third party).", n=n)),
                s.notice,
            )
        )
    _heading(story, w, "Information held", s.h2)
    for item in case["items"]:
        grading = w.phrase(
            "graded {grading}", grading=f"{item['source_grade']}{item['information_grade']}"
        )
        story.append(
            Paragraph(
                markup(
                    w.say(
                        w.compose(
                            "{day} · {agency} · {author} · {marking} · {grading}",
                            day=item["item_date"],
                            agency=w.known(item["agency"]),
                            author=item["author"],
                            marking=item["marking"],
                            grading=grading,
                        )
                    )
                ),
                s.label,
            )
        )
        _text(story, item["text"], s.body)
    if not case["items"]:
        story.append(Paragraph(markup(w("None shown.")), s.body))
    for item in case["items_withheld"]:
        story.append(
            Paragraph(
                markup(
                    w(
                        "Withheld: item {id} of {day} from {agency} ({caveats}): for the data "
                        "protection officer to review.",
                        id=item["id"],
                        day=item["item_date"],
                        agency=w.known(item["agency"]),
                        caveats=_joined([w.known(CAVEAT_TEXT.get(c, c)) for c in item["caveats"]]),
                    )
                ),
                s.notice,
            )
        )
    if case["chronology"]:
        _heading(story, w, "Chronology notes", s.h2)
        story.append(
            _table(
                [[w.cell("Date"), w.cell("Note"), w.cell("By")]]
                + [[e["event_date"], e["summary"], e["author"]] for e in case["chronology"]],
                s,
                [width * 0.15, width * 0.65, width * 0.2],
            )
        )
    for a in case["assessments"]:
        _heading(
            story, w, "Assessment of {day} by {who}", s.h2, day=a["assessed_on"], who=a["assessor"]
        )
        _text(story, a["summary"], s.body)
        story.append(
            _table(
                [[w.cell("Factor"), w.cell("Score"), w.cell("Evidence")]]
                + [[x["factor_id"], x["score"], x["evidence"]] for x in a["scores"]],
                s,
                [width * 0.3, width * 0.1, width * 0.6],
            )
        )
    if case["actions"]:
        _heading(story, w, "Actions", s.h2)
        rows: list[list[Any]] = [
            [w.cell("Action"), w.cell("Agency"), w.cell("Owner"), w.cell("Due"), w.cell("Status")]
        ]
        for a in case["actions"]:
            rows.append(
                [
                    a["description"],
                    w.say(w.known(a["agency"]), "\n"),
                    a["owner"],
                    a["due_date"] or "",
                    _enum(w, a["status"], ACTION_STATUS, ActionStatus),
                ]
            )
            for u in a["updates"]:
                rows.append(
                    [
                        "  " + w("update {day}: {note}", day=u["at"][:10], note=u["note"]),
                        "",
                        u["author"],
                        "",
                        _enum(w, u["status"], ACTION_STATUS, ActionStatus),
                    ]
                )
        story.append(
            _table(rows, s, [width * 0.40, width * 0.14, width * 0.16, width * 0.16, width * 0.14])
        )
    labels = {
        "discussion": w.phrase("Discussion"),
        "decision": w.phrase("Decision"),
        "rationale": w.phrase("Rationale"),
        "dissent": w.phrase("Dissent"),
    }
    for m in case["minutes"]:
        _heading(story, w, "Minutes: {title}, {day}", s.h2, title=m["title"], day=m["meeting_date"])
        for key, label in labels.items():
            if m[key]:
                story.append(Paragraph(markup(w.say(label)), s.label))
                _text(story, m[key], s.body)
    _heading(story, w, "Attachments held", s.h2)
    if case["attachments"]:
        story.append(
            _table(
                [[w.cell("Name"), w.cell("Type"), w.cell("Bytes"), w.cell("Added")]]
                + [
                    [x["name"], x["media_type"], x["size"], x["added_at"][:10]]
                    for x in case["attachments"]
                ],
                s,
                [width * 0.4, width * 0.25, width * 0.15, width * 0.2],
            )
        )
    else:
        story.append(Paragraph(markup(w("None.")), s.body))
    _heading(story, w, "Disclosures", s.h2)
    copies = case["disclosures"]["pack_copies"]
    bundles = case["disclosures"]["bundles"]
    if not copies and not bundles:
        story.append(Paragraph(markup(w("None recorded.")), s.body))
    if copies:
        story.append(
            _table(
                [
                    [
                        w.cell("Meeting pack"),
                        w.cell("Copy"),
                        w.cell("Recipient"),
                        w.cell("Issued"),
                        w.cell("Status"),
                    ]
                ]
                + [
                    [
                        f"{c['title']}, {c['meeting_date']}",
                        c["copy_number"],
                        w.say(
                            w.compose(
                                "{who}, {agency}", who=c["recipient"], agency=w.known(c["agency"])
                            )
                        ),
                        c["issued_at"][:10],
                        _enum(w, c["status"], COPY_STATUS),
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
                [[w.cell("Transfer bundle"), w.cell("Sent"), w.cell("To")]]
                + [
                    [b["bundle_id"], b["created_at"][:10], "; ".join(b["recipients"])]
                    for b in bundles
                ],
                s,
                [width * 0.35, width * 0.15, width * 0.5],
            )
        )
    _heading(story, w, "Access log", s.h2)
    story.append(
        _table(
            [
                [
                    w.cell("When"),
                    w.cell("Who"),
                    w.cell("What (as recorded in the audit log)"),
                    w.cell("Outcome"),
                ]
            ]
            + [
                [
                    e["at"][:19].replace("T", " "),
                    e["user"],
                    e["action"],
                    _enum(w, e["outcome"], OUTCOMES),
                ]
                for e in case["access_log"]
            ],
            s,
            [width * 0.24, width * 0.16, width * 0.44, width * 0.16],
        )
    )


def _joined(phrases: list[Phrase]) -> Phrase:
    return lambda language: ", ".join(p(language) for p in phrases)


def render_subject_access_pdf(
    content: dict[str, Any], language: PackLanguage = PackLanguage.ENGLISH
) -> bytes:
    """The report as PDF bytes, its fixed texts in `language` (Welsh first if bilingual)."""
    w = Words(language)
    regular, bold = load_fonts()
    s = make_styles(regular, bold)
    width = CONTENT_WIDTH
    report, person = content["report"], content["person"]
    marking = content["marking"].upper()
    story: list[Any] = []
    _heading(story, w, "Subject access report", s.title)
    story += [
        Paragraph(markup(report.get("organisation") or ""), s.h2),
        Spacer(1, 8),
        _table(
            [
                [w.cell("Person"), w.cell("Date of birth"), w.cell("Person id")],
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
                w(
                    "Produced {when} UTC by {who}. Cases: {n}.",
                    when=report["produced_at"][:16].replace("T", " "),
                    who=report["produced_by"],
                    n=len(content["cases"]),
                )
            ),
            s.body,
        ),
    ]
    if person["aliases"]:
        story.append(
            Paragraph(
                markup(w("Also known as: {names}", names="; ".join(person["aliases"]))), s.body
            )
        )
    for ident in person["identifiers"]:
        story.append(Paragraph(markup(f"{ident['kind']}: {ident['value']}"), s.body))
    for address in person["addresses"]:
        story.append(Paragraph(markup(w("Address: {address}", address=address)), s.body))
    withheld = content["withheld"]
    _heading(story, w, "What is withheld", s.h2)
    for line in w.lines(NOTICE):
        story.append(Paragraph(markup(line), s.body))
    story.append(
        Paragraph(
            markup(
                w(
                    "Withheld: {items} item(s) under handling caveats; {others} other "
                    "subject(s) of these cases; {linked} linked person(s).",
                    items=withheld["items"],
                    others=withheld["other_subjects"],
                    linked=withheld["linked_people"],
                )
            ),
            s.notice,
        )
    )
    for link in content["linked_people_withheld"]:
        story.append(
            Paragraph(
                markup(
                    w(
                        "Withheld: a linked person ({relationship}), third party.",
                        relationship=w.known(link["relationship"]),
                    )
                ),
                s.small,
            )
        )
    _heading(story, w, "Cases", s.h2)
    story.append(
        _table(
            [
                [
                    w.cell("Reference"),
                    w.cell("Status"),
                    w.cell("Referred"),
                    w.cell("Items shown"),
                    w.cell("Items withheld"),
                ]
            ]
            + [
                [
                    c["ref"],
                    _enum(w, c["status"], CASE_STATUS, CaseStatus),
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
        _case(story, case, s, width, w)
    out = io.BytesIO()
    doc = page_document(
        out,
        padding=0,
        title=w("Subject access report, {day}", day=report["produced_at"][:10]),
        author=plain(report.get("organisation") or "SecureDesk"),
        creator=f"SecureDesk {__version__}",
        subject="",
        initialFontName=regular,
    )
    # Filled per page ({page} and {pages} kept for the canvas to fill).
    page_words = w("Page {page} of {pages}", page="{page}", pages="{pages}")
    canvas = numbered_canvas(
        marking=marking,
        footer=plain(
            w(
                "Subject access report · person {person} · {who}",
                person=person["id"],
                who=report["produced_by"],
            )
        ),
        page=lambda n, total: page_words.replace("{page}", str(n)).replace("{pages}", str(total)),
        regular=regular,
        bold=bold,
    )
    doc.build(story, canvasmaker=canvas)
    return out.getvalue()
