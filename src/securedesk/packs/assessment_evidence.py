"""A pack's "Scores and evidence" table: each factor of the latest assessment with its score
and the evidence recorded for it, in the framework's order (issue 11)."""

from __future__ import annotations

from functools import cache
from typing import Any, Protocol

from reportlab.platypus import KeepTogether, Spacer  # type: ignore[import-untyped]

from securedesk.core.cases.assessment_framework import Framework, load_framework
from securedesk.core.meetings.pack_content import PackCase


class _Document(Protocol):
    s: Any

    def p(self, text: str, style: Any | None = None) -> Any: ...

    def table(self, header: Any, rows: Any, widths: Any, *, label_column: bool = False) -> Any: ...


@cache
def _framework() -> Framework:
    return load_framework()


def evidence_rows(case: PackCase, framework: Framework, doc: Any = None) -> list[list[str]]:
    """Factor, score (with its label) and evidence; "—" where none was recorded. Factor
    names and labels in the copy's language(s) when the document words them (`doc.w`)."""
    assessment = case.latest_assessment
    if assessment is None:
        return []
    labels = case.risk.scale_labels if case.risk is not None else framework.scale_labels
    words = getattr(doc, "w", None)
    welsh = getattr(case.risk, "welsh", None) or {}

    def word(text: str) -> str:
        if words is None or not hasattr(words, "framework"):
            return text
        return str(words.say(words.framework(text, welsh), "\n"))

    scores = {s.factor_id: s for s in assessment.scores}
    known = [f.id for f in framework.factors]
    names = {f.id: f.name for f in framework.factors}
    rows = []
    for fid in known + [fid for fid in scores if fid not in names]:
        s = scores.get(fid)
        if s is None:
            continue
        label = labels.get(s.score, "")
        score = f"{s.score} ({word(label)})" if label else str(s.score)
        rows.append([word(names[fid]) if fid in names else fid, score, s.evidence or "—"])
    return rows


def evidence_table(doc: _Document, case: PackCase) -> list[Any]:
    """The heading and table, or nothing when the case has no assessment."""
    rows = evidence_rows(case, _framework(), doc)
    if not rows:
        return []
    words = getattr(doc, "w", None)

    def cell(text: str) -> str:
        return str(words.cell(text)) if words is not None else text

    heading = str(words("Scores and evidence")) if words is not None else "Scores and evidence"
    # The heading never stands alone at the foot of a page.
    return [
        KeepTogether(
            [
                doc.p(heading, doc.s.label),
                doc.table([cell("Factor"), cell("Score"), cell("Evidence")], rows, [2.6, 1.2, 4.2]),
            ]
        ),
        Spacer(1, 4),
    ]
