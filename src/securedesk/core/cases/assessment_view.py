"""One assessment as people read it: each factor's score beside its evidence, and how each
score moved since the assessment before (a first assessment has nothing to compare with)."""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.cases.assessment_framework import Framework
from securedesk.core.domain import Assessment


@dataclass(frozen=True)
class ScoredFactor:
    factor_id: str
    name: str
    domain: str
    score: int | None  # None: not scored in this assessment (an older framework's)
    evidence: str
    before: int | None  # the previous assessment's score; None when there was none

    @property
    def changed(self) -> bool:
        return self.before is not None and self.before != self.score


@dataclass(frozen=True)
class AssessmentReading:
    """An assessment with its framework's names and its movement since the previous one."""

    assessment: Assessment
    factors: tuple[ScoredFactor, ...]
    first: bool  # no earlier assessment of the case: "first assessment", never "— → 0"

    @property
    def changed(self) -> tuple[ScoredFactor, ...]:
        return tuple(f for f in self.factors if f.changed)


def read_assessment(
    framework: Framework, assessment: Assessment, previous: Assessment | None
) -> AssessmentReading:
    """Every framework factor in the framework's order, then any factor the assessment scored
    that this framework no longer names (kept, never hidden)."""
    scores = {s.factor_id: s for s in assessment.scores}
    before = {s.factor_id: s.score for s in previous.scores} if previous else {}
    factors: list[ScoredFactor] = []
    for f in framework.factors:
        s = scores.pop(f.id, None)
        factors.append(
            ScoredFactor(
                f.id,
                f.name,
                f.domain,
                s.score if s else None,
                s.evidence if s else "",
                before.get(f.id),
            )
        )
    for s in scores.values():
        factors.append(ScoredFactor(s.factor_id, s.factor_id, "", s.score, s.evidence, None))
    return AssessmentReading(assessment, tuple(factors), first=previous is None)


def read_latest(framework: Framework, assessments: list[Assessment]) -> AssessmentReading | None:
    """The latest of a case's assessments (oldest first), read against the one before it."""
    if not assessments:
        return None
    previous = assessments[-2] if len(assessments) > 1 else None
    return read_assessment(framework, assessments[-1], previous)
