"""The pages of a meeting pack as ReportLab platypus flowables: the cover, confidentiality
statement, members, agenda, and each case (the full pack) or each case's summary (the
executive summary). Everything a user typed is escaped here before it reaches a paragraph.

What differs between copies of the same content (copy number, recipient, page furniture) is
not in these flowables: `StampSlot`s mark where the cover shows the copy number and the
recipient, and `securedesk.packs.render` draws them on each copy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.lib import colors  # type: ignore[import-untyped]
from reportlab.lib.styles import ParagraphStyle  # type: ignore[import-untyped]
from reportlab.platypus import (  # type: ignore[import-untyped]
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from securedesk.core.domain import Action
from securedesk.core.meetings.copy_register import PackVariant
from securedesk.core.meetings.pack_content import (
    CaseInCopy,
    CopyContent,
    PackCase,
    closed_actions,
    open_actions,
)
from securedesk.packs.assessment_evidence import evidence_table
from securedesk.packs.fonts import Glyphs, close_log, kept, note_glyphs, open_log
from securedesk.packs.pack_phrases import (
    action_status,
    chronology_summary,
    outstanding_line,
    plain_lines,
    risk_line,
    subject_names,
)
from securedesk.packs.pack_words import (
    ATTENDANCE,
    CASE_STATUS,
    CHRONOLOGY_KINDS,
    CONSENT,
    Phrase,
    Words,
)
from securedesk.packs.text import markup, paragraphs

# Bounded fields go in table cells; a cell must fit on one page, so anything longer than this
# (which the vault's own limits never produce) is cut there with a note.
MAX_CELL_CHARS = 3000
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#ececec")
OVERDUE_RED = colors.HexColor("#a31515")


def long_date(day: date) -> str:
    """A date written out in English (reports); packs write theirs with `Words.date`."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def withheld_note(w: Words, items: int, cases: int = 0, sep: str = " / ") -> str:
    """ "2 cases and 1 item withheld from this copy.", in the copy's language(s)."""
    if cases and items:
        what = w.phrase(
            "{cases} and {items}",
            cases=w.count(cases, "{n} case", "{n} cases"),
            items=w.count(items, "{n} item", "{n} items"),
        )
    elif cases:
        what = w.count(cases, "{n} case", "{n} cases")
    else:
        what = w.count(items, "{n} item", "{n} items")
    return w.say(w.phrase("{withheld} withheld from this copy.", withheld=what), sep)


@dataclass(frozen=True)
class Styles:
    body: Any
    small: Any
    cell: Any
    cell_head: Any
    label: Any
    title: Any
    h1: Any
    h2: Any
    h3: Any
    notice: Any


def make_styles(regular: str, bold: str) -> Styles:
    base = ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=4)
    return Styles(
        body=base,
        small=ParagraphStyle("small", parent=base, fontSize=8, leading=10, spaceAfter=2),
        cell=ParagraphStyle("cell", parent=base, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_head=ParagraphStyle(
            "cell_head", parent=base, fontName=bold, fontSize=8.5, leading=10.5, spaceAfter=0
        ),
        label=ParagraphStyle(
            "label", parent=base, fontName=bold, fontSize=8.5, leading=11, spaceAfter=1
        ),
        title=ParagraphStyle(
            "title", parent=base, fontName=bold, fontSize=22, leading=27, spaceAfter=6
        ),
        h1=ParagraphStyle(
            "h1", parent=base, fontName=bold, fontSize=15, leading=19, spaceBefore=4, spaceAfter=6
        ),
        h2=ParagraphStyle(
            "h2", parent=base, fontName=bold, fontSize=12.5, leading=16, spaceBefore=2, spaceAfter=4
        ),
        h3=ParagraphStyle(
            "h3", parent=base, fontName=bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
        ),
        notice=ParagraphStyle(
            "notice",
            parent=base,
            fontName=bold,
            fontSize=9.5,
            leading=12.5,
            textColor=colors.HexColor("#8a1c1c"),
            spaceAfter=4,
        ),
    )


class MemoParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph that keeps its line breaks for the last width it was wrapped to.

    Platypus wraps a table's cell paragraphs once to size the table and again to draw it,
    and the same item text appears in every variant of a case laid out for recipients who
    see different items: breaking lines is most of the cost of a pack, and this pays it
    once per paragraph and width.
    """

    _memo: tuple[float, float, float, Any, Any] | None = None
    _drawn: tuple[Any, Any, list[str], Glyphs] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        memo = self._memo
        if memo is not None and memo[0] == avail_width:
            _, self.width, self.height, self.blPara, self._wrapWidths = memo
            return self.width, self.height
        width, height = super().wrap(avail_width, avail_height)
        self._memo = (avail_width, self.width, self.height, self.blPara, self._wrapWidths)
        return width, height

    def draw(self) -> None:
        """Drawing is relative to where platypus placed the paragraph (it translates the
        canvas first) and self-contained (it sets its colour and, per line, its font), so
        the content-stream text of one drawing serves again for the same line breaks on
        the same layout document: its font's glyph numbering is the same. The characters
        it draws are kept with it and noted again when it is replayed (ReportLab does not
        see a replay), so each unit of pages knows every glyph it uses."""
        canvas = self.canv
        doc = canvas._doc
        drawn = self._drawn
        if drawn is not None and drawn[0] is self.blPara and drawn[1] is doc:
            canvas._code.extend(drawn[2])
            note_glyphs(doc, drawn[3])
            return
        start = len(canvas._code)
        outer, glyphs = open_log(doc)
        try:
            super().draw()
        finally:
            close_log(doc, outer, glyphs)
        self._drawn = (self.blPara, doc, canvas._code[start:], kept(glyphs))

    # Platypus marks a flowable it moves to the next page (_postponed) and takes a second
    # move as "too large for any page"; it never clears the mark. A paragraph that appears
    # more than once must lose it once it is placed, drawn whole or split in parts.

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        super().drawOn(canvas, x, y, _sW)
        self.__dict__.pop("_postponed", None)

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        parts: list[Any] = super().split(avail_width, avail_height)
        if parts:
            self.__dict__.pop("_postponed", None)
        return parts


ParagraphCache = dict[tuple[str, str], MemoParagraph]


class Short(str):
    """A table value the program itself makes (a date, a label, a number): drawn as plain
    text, which costs far less than a paragraph, and never long enough to need wrapping."""


class StampSlot(Flowable):  # type: ignore[misc]
    """An empty line whose place on the page is noted while the pages are laid out, so each
    copy can print its own text (copy number, recipient) there."""

    def __init__(self, name: str, height: float) -> None:
        super().__init__()
        self.name = name
        self.height = height
        self.width = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.height

    def draw(self) -> None:
        slots = getattr(self.canv, "stamp_slots", None)
        if slots is not None:
            x, y = self.canv.absolutePosition(0, 0)
            slots[self.name] = (self.canv.getPageNumber() - 1, x, y, self.width)


class PackStory:
    """Builds the flowables of one copy's content."""

    def __init__(
        self,
        content: CopyContent,
        styles: Styles,
        width: float,
        cache: ParagraphCache | None = None,
    ) -> None:
        self.content = content
        self.w = Words(content.recipient.language)
        self.s = styles
        self.width = width
        # Paragraphs by markup and style, shared by every story a renderer builds for the
        # same source (a paragraph may appear in several stories and several times in one).
        self.cache: ParagraphCache = {} if cache is None else cache

    def para(self, markup_text: str, style: Any) -> Any:
        key = (markup_text, style.name)
        found = self.cache.get(key)
        if found is None:
            found = self.cache[key] = MemoParagraph(markup_text, style)
        return found

    # -- small pieces ---------------------------------------------------------------

    def p(self, text: str, style: Any | None = None) -> Any:
        return self.para(markup(text), style or self.s.body)

    def ps(self, text: str, style: Any | None = None) -> list[Any]:
        """Free text, a paragraph per block, so that long text flows across pages."""
        return [self.para(m, style or self.s.body) for m in paragraphs(text)] or [
            self.para("—", style or self.s.body)
        ]

    def cell(self, text: str, head: bool = False) -> Any:
        if len(text) > MAX_CELL_CHARS:
            text = text[:MAX_CELL_CHARS] + self.w(" … (cut: too long for a table)")
        return self.para(markup(text), self.s.cell_head if head else self.s.cell)

    def table(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str | Any]],
        widths: Sequence[float],
        *,
        label_column: bool = False,
    ) -> Any:
        data: list[list[Any]] = []
        if header is not None:
            # Headings wrap (a Welsh heading is often longer than its column's values).
            data.append([self.cell(h, head=True) if h else "" for h in header])
        for row in rows:
            data.append(
                [
                    self.cell(v, head=True)
                    if label_column and n == 0 and isinstance(v, str)
                    else plain_lines(v)
                    if isinstance(v, Short)
                    else self.cell(v)
                    if isinstance(v, str)
                    else v
                    for n, v in enumerate(row)
                ]
            )
        total = sum(widths)
        col_widths = [self.width * w / total for w in widths]
        commands: list[tuple[Any, ...]] = [
            # Tables set their cells' font even for paragraphs: it must be an embedded one.
            ("FONTNAME", (0, 0), (-1, -1), self.s.cell.fontName),
            ("FONTSIZE", (0, 0), (-1, -1), self.s.cell.fontSize),
            ("LEADING", (0, 0), (-1, -1), self.s.cell.leading),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        if header is not None:
            commands.append(("BACKGROUND", (0, 0), (-1, 0), SHADE))
            commands.append(("FONTNAME", (0, 0), (-1, 0), self.s.cell_head.fontName))
        if label_column:
            commands.append(("BACKGROUND", (0, 0), (0, -1), SHADE))
            commands.append(("FONTNAME", (0, 0), (0, -1), self.s.cell_head.fontName))
        return Table(
            data,
            colWidths=col_widths,
            repeatRows=1 if header is not None else 0,
            style=TableStyle(commands),
            hAlign="LEFT",
        )

    def none(self, text: str = "") -> Any:
        return self.para(markup(text or self.w("None.")), self.s.small)

    def say(self, texts: list[str], style: Any | None = None) -> list[Any]:
        """A heading or sentence given per language (`Words.lines`): a paragraph each."""
        return [self.p(t, style) for t in texts]

    def short(self, phrase: Phrase) -> Short:
        """A program-made table value, a line per language."""
        return Short(self.w.say(phrase, "\n"))

    # -- the parts ------------------------------------------------------------------

    def build(self) -> list[Any]:
        """The whole document in one story (each case of the full pack on new pages)."""
        story = self.front()
        if self.content.variant is PackVariant.FULL:
            for case in self.content.cases:
                story.append(PageBreak())
                story += self.case_section(case)
        return story

    def front(self) -> list[Any]:
        """The cover, statement, members and agenda; for the executive summary, all of it."""
        story = self.cover() + self.statement() + self.members() + self.agenda()
        if self.content.variant is PackVariant.SUMMARY:
            story += self.summaries()
        return story

    def cover(self) -> list[Any]:
        c = self.content
        meeting = c.source.meeting
        summary = c.variant is PackVariant.SUMMARY
        w = self.w
        rows: list[list[Any]] = [
            [w.cell("Meeting"), meeting.title],
            [w.cell("Date"), self.short(w.date(meeting.meeting_date))],
            [w.cell("Place"), meeting.place or "—"],
            [w.cell("Chair"), c.source.chair or "—"],
            [w.cell("Marking"), StampSlot("marking", 10.5)],
            [w.cell("Copy number"), StampSlot("copy", 10.5)],
            [w.cell("Recipient"), StampSlot("recipient", 10.5)],
        ]
        if meeting.next_meeting is not None:
            rows.insert(4, [w.cell("Next meeting"), self.short(w.date(meeting.next_meeting))])
        shown = len(c.cases)
        lead = (
            w.lines(
                "This copy covers {cases} on the agenda.",
                cases=w.count(shown, "{n} case", "{n} cases"),
            )
            if c.source.cases
            else w.lines("No cases are on this meeting's agenda.")
        )
        kind = "Executive summary" if summary else "Meeting pack"
        story: list[Any] = [
            Spacer(1, 24),
            *[self.para(markup(t), self.s.title) for t in w.lines(kind)],
            self.p(meeting.title, self.s.h1),
            Spacer(1, 8),
            self.table(None, rows, [1, 3.2], label_column=True),
            Spacer(1, 10),
            *self.say(lead),
        ]
        # How much this copy leaves out is printed here by each copy (the slot), so that
        # recipients who see the same cases share these pages' layout.
        story.append(StampSlot("withheld", 12.5 * len(w.languages)))
        story += self.say(
            w.lines(
                "This is a numbered copy, entered in the copy register with a fingerprint of "
                "this document. It carries the highest protective marking of what it shows."
            ),
            self.s.small,
        )
        return story

    def statement(self) -> list[Any]:
        statement = self.content.source.statement  # the program's own is translated
        return [
            Spacer(1, 6),
            self.p(self.w("Confidentiality"), self.s.h2),
            *[p for text in self.w.each(self.w.known(statement)) for p in self.ps(text)],
        ]

    def members(self) -> list[Any]:
        members = self.content.source.members
        w = self.w
        story: list[Any] = [self.p(w("Members"), self.s.h2)]
        if not members:
            return [*story, self.none(w("No members are recorded."))]
        rows = [
            [
                m.name,
                w.say(w.known(m.agency)),
                self.short(w.phrase(ATTENDANCE.get(m.attendance, m.attendance))),
            ]
            for m in members
        ]
        attended = sum(1 for m in members if m.attendance == "attended")
        apologies = sum(1 for m in members if m.attendance == "apologies")
        return [
            *story,
            self.table(
                [w.cell("Name"), w.cell("Agency"), w.cell("Attendance")], rows, [2.2, 2.2, 1]
            ),
            Spacer(1, 3),
            self.p(
                w(
                    "{invited} invited; {attended} attended; {apologies} sent apologies.",
                    invited=len(members),
                    attended=attended,
                    apologies=apologies,
                ),
                self.s.small,
            ),
        ]

    def agenda(self) -> list[Any]:
        c = self.content
        w = self.w
        story: list[Any] = [CondPageBreak(120), self.p(w("Agenda"), self.s.h2)]
        if not c.source.cases:
            return [*story, *self.say(w.lines("No cases are on this meeting's agenda."))]
        summary = c.variant is PackVariant.SUMMARY
        rows = []
        for entry in c.cases:
            case = entry.case
            row = [
                Short(str(case.position)),
                Short(case.ref),
                subject_names(case),
                self.short(w.phrase("Child")) if case.is_child else Short(""),
                self.short(w.phrase(CASE_STATUS[case.status])),
            ]
            if summary:
                row.append(w.say(w.known(case.decision_sought), "\n"))
            rows.append(row)
        header = [w.cell("No."), w.cell("Case"), w.cell("Subjects"), "", w.cell("Status")]
        widths = [0.45, 1.3, 2.4, 0.55, 1.3]
        if summary:
            header.append(w.cell("Decision sought"))
            widths = [0.45, 1.25, 1.9, 0.5, 1.1, 2.6]
        story.append(self.table(header, rows, widths))
        if c.withheld_cases:
            n = c.withheld_cases
            story += self.say(
                w.each(
                    w.count(
                        n,
                        "{n} further case on the agenda is withheld from this copy.",
                        "{n} further cases on the agenda are withheld from this copy.",
                    )
                ),
                self.s.notice,
            )
        if not c.cases:
            story += self.say(w.lines("No case on the agenda may be shown in this copy."))
        return story

    # -- the full pack: one section per case ----------------------------------------

    def case_section(self, entry: CaseInCopy) -> list[Any]:
        case = entry.case
        w = self.w
        title = f"{case.position}. {case.ref}" + (f"  ({w('child')})" if case.is_child else "")
        story: list[Any] = [
            self.p(title, self.s.h1),
            self.p(
                w("Marking of this case as shown here: {marking}", marking=entry.marking.value),
                self.s.small,
            ),
        ]
        story += self.case_summary(case)
        story += self.subjects(case)
        story += self.chronology(entry)
        story += self.items(entry)
        story += self.assessment(case)
        story += self.actions(case.actions, case.overdue_action_ids)
        story += self.previous_decisions(case)
        return story

    def case_summary(self, case: PackCase) -> list[Any]:
        w = self.w
        referral = w.compose(
            "{source}, {day}", source=w.known(case.referral_source), day=w.date(case.referral_date)
        )
        review = w.date(case.next_review) if case.next_review else w.phrase("Not set")
        rows = [
            [w.cell("Status"), self.short(w.phrase(CASE_STATUS[case.status]))],
            [w.cell("Referral"), w.say(referral, "\n")],
            [w.cell("Case owner"), case.owner],
            [w.cell("Consent"), self.short(w.phrase(CONSENT[case.consent]))],
            [w.cell("Next review"), self.short(review)],
            [w.cell("Decision sought"), w.say(w.known(case.decision_sought), "\n")],
        ]
        return [
            self.p(w("Summary"), self.s.h3),
            self.table(None, rows, [1, 3.6], label_column=True),
        ]

    def subjects(self, case: PackCase) -> list[Any]:
        w = self.w
        on = self.content.source.meeting.meeting_date
        rows = []
        for person in case.subjects:
            age = person.age_on(on)
            born = person.date_of_birth
            rows.append(
                [
                    person.full_name,
                    Short(born.isoformat()) if born else self.short(w.phrase("Not known")),
                    self.short(
                        w.compose(
                            "{age}{child}",
                            age=w.phrase("Not known") if age is None else str(age),
                            child=w.compose(" ({child})", child=w.phrase("child"))
                            if person.is_child_on(on)
                            else "",
                        )
                    ),
                    ", ".join(person.aliases) or "—",
                ]
            )
        header = [w.cell(h) for h in ("Name", "Date of birth", "Age at meeting", "Also known as")]
        return [
            self.p(w("Subjects"), self.s.h3),
            self.table(header, rows, [2, 1.2, 1.1, 2]),
        ]

    def chronology(self, entry: CaseInCopy) -> list[Any]:
        w = self.w
        story: list[Any] = [self.p(w("Chronology"), self.s.h3)]
        if not entry.chronology:
            return [*story, self.none(w("No events recorded."))]
        rows = [
            [
                Short(r.on.isoformat()),
                w.cell(CHRONOLOGY_KINDS.get(r.kind, r.kind)),  # wraps: "Cam gweithredu"
                chronology_summary(w, r.kind, r.summary),
            ]
            for r in entry.chronology
        ]
        header = [w.cell("Date"), w.cell("Event"), w.cell("Summary")]
        return [*story, self.table(header, rows, [0.9, 0.9, 5])]

    def items(self, entry: CaseInCopy) -> list[Any]:
        w = self.w
        n = len(entry.items)
        story: list[Any] = [
            self.p(
                w(
                    "Information from partners ({items})",
                    items=w.count(n, "{n} item", "{n} items"),
                ),
                self.s.h3,
            )
        ]
        if entry.withheld_items:
            story.append(self.p(withheld_note(w, entry.withheld_items), self.s.notice))
        if not entry.items:
            return [*story, self.none(w("No information items may be shown in this copy."))]
        for item in entry.items:
            head: list[str | Phrase] = [
                item.item_date.isoformat(),
                w.known(item.agency),
                w.phrase("graded {grading}", grading=item.grading),
                item.marking.value,
            ]
            if item.caveats:
                caveats = w.compose(
                    "; ".join(f"{{c{n}}}" for n in range(len(item.caveats))),
                    **{f"c{n}": w.known(c) for n, c in enumerate(item.caveats)},
                )
                head.append(w.phrase("caveats: {caveats}", caveats=caveats))
            if item.superseded:
                head.append(w.phrase("superseded by a later item"))
            line = " · ".join(h if isinstance(h, str) else w.say(h) for h in head)
            story.append(self.p(line, self.s.label))
            story += self.ps(item.text)
        return story

    def assessment(self, case: PackCase) -> list[Any]:
        w = self.w
        story: list[Any] = [self.p(w("Latest assessment"), self.s.h3)]
        risk = case.risk
        if risk is None:
            return [*story, self.none(w("No assessment recorded."))]
        story.append(
            self.p(
                w("Assessed on {day} by {who}.", day=w.date(risk.assessed_on), who=risk.assessor),
                self.s.body,
            )
        )
        story.append(
            self.table(
                [w.cell("Domain"), w.cell("Score")],
                [
                    [
                        w.say(w.framework(d.name, risk.welsh), "\n"),
                        self.short(
                            w.phrase("{total} of {maximum}", total=d.total, maximum=d.maximum)
                        ),
                    ]
                    for d in risk.domains
                ],
                [3, 1.2],
            )
        )
        story.append(Spacer(1, 4))
        story.append(self.p(w("Summary conclusion"), self.s.label))
        story += self.ps(risk.summary)
        story += evidence_table(self, case)  # each score beside its evidence
        story.append(self.p(w("Changes since the previous assessment"), self.s.label))
        if risk.first:
            story.append(self.none(w("This is the first assessment: there is nothing to compare.")))
        elif not risk.changes:
            story.append(self.none(w("No factor changed.")))
        else:
            labels = risk.scale_labels

            def score(v: int | None) -> Short:
                if v is None or not labels.get(v):
                    return Short("—" if v is None else str(v))
                label = w.framework(labels[v], risk.welsh)
                return self.short(w.compose("{v} ({label})", v=v, label=label))

            story.append(
                self.table(
                    [w.cell("Factor"), w.cell("Before"), w.cell("Now")],
                    [
                        [
                            w.say(w.framework(ch.factor_name, risk.welsh), "\n"),
                            score(ch.before),
                            score(ch.after),
                        ]
                        for ch in risk.changes
                    ],
                    [3.2, 1.3, 1.3],
                )
            )
        return story

    def actions(
        self, actions: Iterable[Action], overdue: frozenset[str] = frozenset()
    ) -> list[Any]:
        """Outstanding and completed actions; an overdue one says OVERDUE in words (in bold
        and red as well, never by colour alone)."""
        w = self.w
        actions = list(actions)
        story: list[Any] = []
        for title, chosen in (
            (w("Actions outstanding"), open_actions(actions)),
            (w("Actions completed"), closed_actions(actions)),
        ):
            story.append(self.p(title, self.s.h3))
            if not chosen:
                story.append(self.none())
                continue
            rows = [
                [
                    a.description,
                    w.say(w.known(a.agency), "\n"),
                    a.owner,
                    Short(a.due_date.isoformat() if a.due_date else "—"),
                    self.short(action_status(w, a.status)),
                ]
                for a in chosen
            ]
            late = [n for n, a in enumerate(chosen, start=1) if a.id in overdue]
            for n in late:
                rows[n - 1][4] = self.short(
                    w.compose(
                        "{status} — {overdue}",
                        status=action_status(w, chosen[n - 1].status),
                        overdue=w.phrase("OVERDUE"),
                    )
                )
            widths = [2.5, 1.0, 1.0, 0.9, 1.8] if late else [3.2, 1.2, 1.2, 0.9, 0.9]
            header = [w.cell(h) for h in ("Action", "Agency", "Owner", "Due", "Status")]
            table = self.table(header, rows, widths)
            if late:
                bold = self.s.cell_head.fontName
                table.setStyle(
                    TableStyle(
                        [("TEXTCOLOR", (3, n), (4, n), OVERDUE_RED) for n in late]
                        + [("FONTNAME", (3, n), (4, n), bold) for n in late]
                    )
                )
            story.append(table)
        return story

    def previous_decisions(self, case: PackCase) -> list[Any]:
        w = self.w
        story: list[Any] = [self.p(w("Previous decisions"), self.s.h3)]
        if not case.previous_decisions:
            return [*story, self.none(w("None recorded."))]
        for d in case.previous_decisions:
            day = w.say(w.date(d.meeting_date))
            story.append(self.p(f"{day} — {d.meeting_title}", self.s.label))
            for label, text in (
                (w("Decision"), d.decision),
                (w("Rationale"), d.rationale),
                (w("Dissent"), d.dissent),
            ):
                if text:
                    blocks = paragraphs(text)
                    first = f"<b>{markup(label)}:</b> " + (blocks[0] if blocks else "")
                    story.append(self.para(first, self.s.body))
                    story += [self.para(b, self.s.body) for b in blocks[1:]]
        return story

    # -- the executive summary ------------------------------------------------------

    def summaries(self) -> list[Any]:
        w = self.w
        story: list[Any] = [
            CondPageBreak(160),
            self.p(w("Cases: decisions sought and risk"), self.s.h2),
        ]
        if not self.content.cases:
            return [*story, self.none(w("No case may be shown in this copy."))]
        for entry in self.content.cases:
            case = entry.case
            head = f"{case.position}. {case.ref} — {subject_names(case)}" + (
                f"  ({w('child')})" if case.is_child else ""
            )
            rows: list[list[Any]] = [
                [w.cell("Status"), self.short(w.phrase(CASE_STATUS[case.status]))],
                [w.cell("Decision sought"), w.say(w.known(case.decision_sought), "\n")],
                [w.cell("Risk"), w.say(risk_line(w, case.risk), "\n")],
                [w.cell("Actions outstanding"), self.short(outstanding_line(w, case))],
            ]
            if entry.withheld_items:
                rows.append([w.cell("Withheld"), withheld_note(w, entry.withheld_items)])
            block: list[Any] = [
                self.p(head, self.s.h3),
                self.table(None, rows, [1.3, 4.2], label_column=True),
            ]
            if case.risk is not None:
                block.append(Spacer(1, 3))
                block.append(self.p(w("Assessment conclusion"), self.s.label))
                conclusion = self.ps(case.risk.summary, self.s.small)
                block += conclusion
            story.append(KeepTogether(block[:3]))
            story += block[3:]
        return story
