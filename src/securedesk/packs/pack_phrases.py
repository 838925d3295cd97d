"""The program's own phrases in a pack: a case's subjects, its outstanding actions, a
chronology line, the risk line and its trend, in the copy's language(s)."""

from __future__ import annotations

from typing import Any

from securedesk.core.domain import ActionStatus
from securedesk.core.meetings.pack_content import (
    PackCase,
    RiskSummary,
    open_actions,
)
from securedesk.packs.pack_words import (
    ACTION_STATUS,
    Phrase,
    Words,
)
from securedesk.packs.text import plain


def plain_lines(text: str) -> str:
    """A program-made value drawn as plain text: a line per language, each one line."""
    return "\n".join(plain(line) for line in text.split("\n"))


def subject_names(case: PackCase) -> str:
    return ", ".join(p.full_name for p in case.subjects) or "—"


def outstanding_line(w: Words, case: PackCase) -> Phrase:
    count = len(open_actions(case.actions))
    late = sum(1 for a in open_actions(case.actions) if a.id in case.overdue_action_ids)
    if not late:
        return w.compose("{count}", count=count)
    return w.compose(
        "{count} ({late} {overdue})", count=count, late=late, overdue=w.phrase("OVERDUE")
    )


def action_status(w: Words, status: ActionStatus) -> Phrase:
    return w.phrase(ACTION_STATUS[status])


def chronology_summary(w: Words, kind: str, summary: str) -> str:
    """A chronology line: the program's own words for assessments, actions and meetings
    (written by the case store in English) in the copy's language(s); the rest as written."""
    # The program's words in the copy's language(s), the person's or officer's words once.
    if kind == "assessment" and summary.startswith("Assessment by "):
        return f"{w('Assessment by')} {summary.removeprefix('Assessment by ')}"
    if kind == "action" and summary.startswith("Action agreed: "):
        return f"{w('Action agreed')}: {summary.removeprefix('Action agreed: ')}"
    if kind == "meeting" and summary.startswith("Discussed at "):
        return f"{w('Discussed at')} {summary.removeprefix('Discussed at ')}"
    agency, colon, text = summary.partition(": ")
    if kind == "item" and colon:  # "Agency: text" (pack_chronology)
        return f"{w.say(w.known(agency))}: {text}"  # partners' words once, as written
    return summary


def trend(w: Words, risk: RiskSummary) -> Phrase:
    if risk.first:
        return w.phrase("first assessment")
    ups = sum(1 for c in risk.changes if c.direction == "up")
    downs = sum(1 for c in risk.changes if c.direction == "down")
    if not ups and not downs:
        return w.phrase("no change since the previous assessment")
    return w.phrase(
        "{ups} factors up, {downs} down since the previous assessment", ups=ups, downs=downs
    )


def risk_line(w: Words, risk: RiskSummary | None) -> Phrase:
    if risk is None:
        return w.phrase("Not assessed")
    fields: dict[str, Any] = {}
    parts = []
    for n, d in enumerate(risk.domains):
        fields[f"d{n}"] = w.compose(
            "{name} {score}",
            name=w.framework(d.name, risk.welsh),
            score=w.phrase("{total} of {maximum}", total=d.total, maximum=d.maximum),
        )
        parts.append(f"{{d{n}}}")
    return w.compose(
        "; ".join(parts) + " ({assessed}; {trend})",
        assessed=w.phrase("assessed {day}", day=risk.assessed_on.isoformat()),
        trend=trend(w, risk),
        **fields,
    )
