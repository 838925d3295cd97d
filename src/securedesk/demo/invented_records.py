"""What hangs off an invented case: its information items (with corrections), chronology,
actions and assessments, written from the templates in invented_words."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from securedesk.core.domain import (
    Action,
    ActionStatus,
    Assessment,
    Case,
    CaseStatus,
    ChronologyEntry,
    FactorScore,
    InformationItem,
)
from securedesk.core.markings import Marking
from securedesk.demo.invented_people import Rng, Staff, long_date, random_uuid
from securedesk.demo.invented_words import (
    ADULT_AGENCIES,
    ASSESSMENT,
    CHILD_AGENCIES,
    CORRECTION_PREFIX,
    CORRECTIONS,
    DOMAIN_EVIDENCE,
    FACTOR_EVIDENCE,
    GATHERING,
    GENERIC_EVIDENCE,
    GRADES,
    INFO_ACTIONS_FOR,
    LESSONS,
    MONTHS,
    ORDINALS,
    PANEL,
    PLACES,
    REVIEW,
    SCORE_WEIGHTS,
    SENTENCES,
    SUPPORT,
    SUPPORT_ACTIONS_FOR,
    TOPICS,
    WEEKDAYS,
)
from securedesk.resource_files import assessment_framework_file

# --- the assessment framework ----------------------------------------------------------------


@dataclass(frozen=True)
class FrameworkOutline:
    id: str
    factor_ids: tuple[str, ...]
    low: int
    high: int


def load_framework_outline() -> FrameworkOutline:
    text = assessment_framework_file().read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    factor_ids = tuple(
        str(factor["id"]) for domain in data["domains"] for factor in domain["factors"]
    )
    scale = data["scale"]
    return FrameworkOutline(str(data["id"]), factor_ids, int(scale["min"]), int(scale["max"]))


_FRESH: dict[str, Callable[[Rng], str]] = {
    "pct": lambda r: str(r.between(58, 93)),
    "pct2": lambda r: str(r.between(90, 99)),
    "k": lambda r: str(r.between(1, 5)),
    "amount": lambda r: f"{r.between(3, 40) * 50:,}",
    "lesson": lambda r: r.pick(LESSONS),
    "topic": lambda r: r.pick(TOPICS),
    "place": lambda r: r.pick(PLACES),
    "weekday": lambda r: r.pick(WEEKDAYS),
    "ordinal": lambda r: r.pick(ORDINALS),
}


class Slots(dict[str, str]):
    """Template values: fixed ones for the case, and fresh random ones for anything else.

    Computing a value only when a template names it keeps the million-item run fast.
    """

    def __init__(self, rng: Rng, floor: date) -> None:
        super().__init__()
        self.rng = rng
        self.floor = floor  # mentioned dates never precede the referral
        self.day = floor

    def __missing__(self, key: str) -> str:
        if key == "date":
            back = self.day - timedelta(days=self.rng.between(0, 6))
            return long_date(max(back, self.floor))
        if key == "month":
            return MONTHS[(self.day.month - 1 - self.rng.between(0, 3)) % 12]
        if key == "year":
            return str(self.day.year - self.rng.between(1, 6))
        return _FRESH[key](self.rng)


def _item_count(rng: Rng, items_per_case: float) -> int:
    if items_per_case < 1:
        return 1 if rng.random() < items_per_case else 0
    return rng.between(1, max(1, round(2 * items_per_case - 1)))


def invent_items(
    rng: Rng,
    case: Case,
    child: bool,
    reached: int,
    starts: list[date],
    last_day: date,
    items_per_case: float,
    roster: dict[str, tuple[Staff, ...]],
    slots: Slots,
) -> list[InformationItem]:
    # The hot loop of a million-item run: picks are inlined as `seq[int(rand() * len(seq))]`,
    # the same draw Rng.pick makes, to save a method call each.
    rand = rng.random
    n = _item_count(rng, items_per_case)
    if n == 0:
        return []
    first = case.referral_date.toordinal()
    span = (last_day - case.referral_date).days + 1
    ordinals = sorted([first + int(rand() * span) for _ in range(n - 1)])
    ordinals.insert(0, first)
    support_from = starts[SUPPORT].toordinal() if reached >= SUPPORT else 1 << 30
    agencies = CHILD_AGENCIES if child else ADULT_AGENCIES
    n_agencies = len(agencies)
    sentences = SENTENCES
    general = sentences["general"]
    support = sentences["support"]
    grades = GRADES
    marking = case.marking
    official, sensitive, secret = Marking.OFFICIAL, Marking.OFFICIAL_SENSITIVE, Marking.SECRET
    case_id = case.id
    items: list[InformationItem] = []
    superseded: set[int] = set()
    for i in range(n):
        day = date.fromordinal(ordinals[i])
        slots.day = day
        target = -1
        if i == 0:
            agency = case.referral_source
        elif i >= 2 and rand() < 0.07:
            target = int(rand() * i)
            if target in superseded:
                target = -1
                agency = agencies[int(rand() * n_agencies)]
            else:
                agency = items[target].agency
        else:
            agency = agencies[int(rand() * n_agencies)]
        if agency == "Security service" and marking is official:
            agency = "Police"  # the police relay what the security service may share at OFFICIAL
        if target < 0 and ordinals[i] >= support_from and rand() < 0.45:
            agency = "Local authority"
            pool = support
        else:
            pool = sentences[agency]

        # Marking: the referral carries the case marking; security service material is at least
        # OFFICIAL-SENSITIVE and in a SECRET case mostly SECRET; the rest is at most
        # OFFICIAL-SENSITIVE.
        if marking is official:
            item_marking = official
        elif i == 0:
            item_marking = marking
        elif agency == "Security service":
            item_marking = secret if marking is secret and rand() < 0.6 else sensitive
        else:
            item_marking = sensitive if rand() < 0.75 else official

        if target >= 0:
            original = items[target]
            superseded.add(target)
            text = CORRECTION_PREFIX.format(long_date(original.item_date)) + rng.pick(
                CORRECTIONS
            ).format_map(slots)
            if rand() < 0.5:
                text += " " + rng.pick(pool).format_map(slots)
            author = original.author
            item_marking = original.marking
            caveats = list(original.caveats)
            supersedes: str | None = original.id
        else:
            picked = [pool[int(rand() * len(pool))]]
            for _ in range(int(rand() * 4)):
                extra = pool if rand() < 0.6 else general
                sentence = extra[int(rand() * len(extra))]
                if sentence not in picked:
                    picked.append(sentence)
            text = " ".join([t.format_map(slots) for t in picked])
            staff = roster[agency]
            author = staff[int(rand() * len(staff))].signature
            caveats = _caveats(rng, agency)
            supersedes = None
        source_grade, information_grade = grades[int(rand() * len(grades))]
        items.append(
            InformationItem(
                case_id,
                agency,
                author,
                day,
                text,
                source_grade,
                information_grade,
                item_marking,
                caveats,
                supersedes,
                random_uuid(rng),
            )
        )
    return items


def _caveats(rng: Rng, agency: str) -> list[str]:
    roll = rng.random()
    if agency == "Security service":
        if roll < 0.6:
            return ["originator consent before onward disclosure"]
        if roll < 0.8:
            return ["not for panel", "originator consent before onward disclosure"]
        return []
    if agency == "Police" and roll < 0.1:
        return ["police only"]
    if agency == "Health" and roll < 0.2:
        return ["health only"]
    if roll > 0.96:
        return ["not for disclosure to subject"]
    if roll > 0.94:
        return ["not for panel"]
    return []


def invent_chronology(
    rng: Rng,
    case: Case,
    starts: list[date],
    closed_on: date | None,
    last_day: date,
    owner: str,
    slots: Slots,
) -> list[ChronologyEntry]:
    n = slots["n"]
    events = [(starts[0], f"Referral received from {case.referral_source}.")]
    summaries = (
        "",
        "Screening complete; opened for information gathering.",
        f"Consent visit with {n} and {slots['relation']}; vulnerability assessment started.",
        "Case presented at panel.",
        "Support plan agreed at panel; intervention provider allocated.",
        "Support plan reviewed at panel.",
    )
    for stage in range(1, len(starts)):
        events.append((starts[stage], summaries[stage]))
    if len(starts) > 1 and rng.random() < 0.5:
        visit = _between(rng, starts[-1], min(starts[-1] + timedelta(days=20), last_day))
        events.append((visit, f"Home visit by the case officer; {n} was at home."))
    if closed_on:
        events.append((closed_on, f"Case closed. {case.closing_reason}"))
    # Keep the chronology short: the first event, the closure and a few in between.
    if len(events) > 5:
        keep = {0, len(events) - 1, *rng.sample(range(1, len(events) - 1), 3)}
        events = [e for k, e in enumerate(events) if k in keep]
    events.sort(key=lambda e: e[0])
    return [ChronologyEntry(case.id, d, s, owner, id=random_uuid(rng)) for d, s in events]


def invent_actions(
    rng: Rng,
    case: Case,
    child: bool,
    reached: int,
    starts: list[date],
    closed_on: date | None,
    today: date,
    roster: dict[str, tuple[Staff, ...]],
    slots: Slots,
) -> list[Action]:
    who = "child" if child else "adult"
    # (agency, text, due, the day it was agreed: when its stage began)
    planned: list[tuple[str, str, date, date]] = []
    if reached >= GATHERING:
        for agency, text in rng.sample(INFO_ACTIONS_FOR[who], rng.between(1, 3)):
            start = starts[GATHERING]
            planned.append((agency, text, start + timedelta(days=14), start))
    if reached >= PANEL:
        for agency, text in rng.sample(SUPPORT_ACTIONS_FOR[who], rng.between(2, 5)):
            due = starts[PANEL] + timedelta(days=rng.between(14, 120))
            planned.append((agency, text, due, starts[PANEL]))
    actions: list[Action] = []
    for agency, text, due, agreed in planned:
        roll = rng.random()
        if closed_on:
            status = ActionStatus.DONE if roll < 0.85 else ActionStatus.CANCELLED
        elif due < today:
            if roll < 0.7:
                status = ActionStatus.DONE
            elif roll < 0.8:
                status = ActionStatus.IN_PROGRESS
            elif roll < 0.95:
                status = ActionStatus.OPEN  # overdue, so it comes up at the next meeting
            else:
                status = ActionStatus.CANCELLED
        else:
            status = ActionStatus.OPEN if roll < 0.6 else ActionStatus.IN_PROGRESS
        owner = case.owner if agency == "Local authority" and roll < 0.5 else None
        actions.append(
            Action(
                case_id=case.id,
                description=text.format_map(slots),
                agency=agency,
                owner=owner or rng.pick(roster[agency]).name,
                due_date=due,
                status=status,
                id=random_uuid(rng),
                agreed_on=min(agreed, today),
            )
        )
    return actions


def invent_assessments(
    rng: Rng,
    case: Case,
    reached: int,
    starts: list[date],
    last_day: date,
    framework: FrameworkOutline,
    plan: FactorPlan,
    slots: Slots,
) -> list[Assessment]:
    if reached < ASSESSMENT:
        return []
    if reached == ASSESSMENT and case.status is not CaseStatus.CLOSED and rng.random() < 0.5:
        return []  # still being written
    dates: list[date] = []
    first_end = starts[PANEL] if reached >= PANEL else last_day
    dates.append(_between(rng, starts[ASSESSMENT], first_end))
    if reached >= REVIEW:
        dates.append(_between(rng, starts[REVIEW] - timedelta(days=7), starts[REVIEW]))
        if rng.random() < 0.4:
            dates.append(_between(rng, dates[-1], last_day))
    dates = [max(d, dates[0]) for d in dates]
    dates.sort()

    low, high = framework.low, framework.high
    span = high - low
    improving = rng.random() < 0.7  # most supported cases improve over time
    rand = rng.random
    # The weight tables are on a 0-3 scale; a framework with another scale gets them stretched.
    scores = [low + round(w[int(rand() * len(w))] * span / 3) for _, w, _ in plan]
    assessments: list[Assessment] = []
    previous_total: int | None = None
    for k, day in enumerate(dates):
        if k:
            drift = (-1, -1, 0, 0, 0, 1) if improving else (-1, 0, 0, 1, 1)
            scores = [min(high, max(low, s + rng.pick(drift))) for s in scores]
        factor_scores = [
            FactorScore(
                factor,
                score,
                pool[int(rand() * len(pool))].format_map(slots) if score > low else "",
            )
            for (factor, _, pool), score in zip(plan, scores, strict=True)
        ]
        total = sum(scores)
        summary = _summary(total, len(scores), low, span, previous_total, k, reached)
        previous_total = total
        assessments.append(
            Assessment(
                case_id=case.id,
                assessor=case.owner,
                assessed_on=day,
                framework_id=framework.id,
                scores=factor_scores,
                summary=summary,
                id=random_uuid(rng),
            )
        )
    return assessments


FactorPlan = tuple[tuple[str, tuple[int, ...], tuple[str, ...]], ...]


def factor_plan(framework: FrameworkOutline) -> FactorPlan:
    """Each factor with its score weights and evidence phrases, worked out once per run."""
    plan = []
    for factor in framework.factor_ids:
        domain = factor.split(".", 1)[0]
        weights = SCORE_WEIGHTS.get(domain, SCORE_WEIGHTS["engagement"])
        evidence = FACTOR_EVIDENCE.get(factor) or DOMAIN_EVIDENCE.get(domain, GENERIC_EVIDENCE)
        plan.append((factor, weights, evidence))
    return tuple(plan)


def _between(rng: Rng, start: date, end: date) -> date:
    if end <= start:
        return start
    return start + timedelta(days=rng.between(0, (end - start).days))


def _summary(
    total: int,
    count: int,
    low: int,
    span: int,
    previous: int | None,
    k: int,
    reached: int,
) -> str:
    mean = (total / count - low) / span if count and span else 0.0
    level = "Low" if mean < 0.25 else "Moderate" if mean < 0.5 else "High"
    parts = [f"{level} vulnerability overall."]
    if previous is not None:
        if total < previous:
            parts.append("Scores have reduced since the last assessment.")
        elif total > previous:
            parts.append("Scores have risen since the last assessment.")
        else:
            parts.append("Little change since the last assessment.")
    if k == 0 and reached >= PANEL:
        parts.append("Recommend the case is discussed at panel.")
    elif level == "Low":
        parts.append("Recommend closure with signposting to universal services.")
    elif level == "High":
        parts.append("Recommend the case returns to panel to review the support plan.")
    else:
        parts.append("Recommend the support plan continues, with review in three months.")
    return " ".join(parts)
