"""The demo vault's reporting values, so reports look like a real authority's: each invented
case gets a gender and a type of concern (a few left not recorded, as in real returns), the
outcome it closed with (read from its invented closing reason), and a stage history from its
referral date, stage lengths drawn from the same ranges the invented cases use."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any

from securedesk.core.reports.categories import ClosingOutcome
from securedesk.demo.invented_words import CLOSING_REASONS, STAGE_DAYS, STAGES

# Weights as the national release's proportions run (mostly male; a wide spread of concern).
GENDERS = (("male", 86), ("female", 11), ("other", 1), (None, 2))
CONCERNS = (
    ("vulnerability-no-ideology", 22),
    ("extreme-right-wing", 20),
    ("islamist", 13),
    ("mixed-unclear-unstable", 14),
    ("conflicted", 6),
    ("school-massacre", 5),
    ("incel", 3),
    ("left-anarchist-single-issue", 2),
    ("no-risk", 4),
    ("other", 5),
    (None, 6),
)
ORDER = [s.value for s in STAGES]


def _outcome(reason: str, stage: int) -> ClosingOutcome:
    text = reason.lower()
    if "withdrawn" in text or "consent refused" in text:
        return (
            ClosingOutcome.CONSENT_WITHDRAWN
            if "risk held" in text
            else ClosingOutcome.NO_FURTHER_ACTION
        )
    if "signposted" in text or "social care" in text or "another partner" in text:
        return ClosingOutcome.SIGNPOSTED
    if "moved out" in text:
        return ClosingOutcome.FURTHER_CONCERN
    if "support plan completed" in text or "no support is required" in text:
        return ClosingOutcome.SUPPORT_COMPLETED
    return ClosingOutcome.NO_FURTHER_ACTION if stage < 3 else ClosingOutcome.SUPPORT_COMPLETED


REASON_STAGE = {r: stage for stage, reasons in enumerate(CLOSING_REASONS) for r in reasons}


def _pick(rng: random.Random, weighted: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _stamp(day: date, step: int, rng: random.Random) -> str:
    """A time on `day`, later for each later step (stages capped at today share a day)."""
    moment = datetime.combine(day, time(9 + step, rng.randrange(60)))
    return moment.isoformat(timespec="microseconds") + "+00:00"


def add_reporting_values(conn: Any, seed: int, today: date) -> None:
    """Give every case in the (demo) vault its reporting values; run inside the import's
    transaction, on invented cases only."""
    rows = conn.execute(
        "SELECT id, status, referral_date, closing_reason FROM cases ORDER BY rowid"
    ).fetchall()
    updates: list[tuple[str | None, str | None, str | None, str]] = []
    history: list[tuple[str, str, str, str, str | None]] = []
    ids: list[tuple[str]] = []
    for case_id, status, referral, reason in rows:
        rng = random.Random(f"{seed}:{case_id}")
        gender, concern = _pick(rng, GENDERS), _pick(rng, CONCERNS)
        outcome = None
        day = date.fromisoformat(referral)
        if status == "closed":
            last = REASON_STAGE.get(reason or "", 0)
            outcome = _outcome(reason or "", last)
        else:
            last = ORDER.index(status)
        for stage in range(last + 1):
            basis = "opened" if stage == 0 else "changed"
            history.append((case_id, ORDER[stage], _stamp(day, stage, rng), basis, None))
            lo, hi = STAGE_DAYS[stage]
            day = min(today, day + timedelta(days=rng.randint(lo, hi)))
        if outcome is not None:
            history.append(
                (case_id, "closed", _stamp(day, last + 1, rng), "changed", outcome.value)
            )
        updates.append((gender, concern, outcome.value if outcome else None, case_id))
        ids.append((case_id,))
    conn.executemany(
        "UPDATE cases SET gender = ?, concern_type = ?, closing_outcome = ? WHERE id = ?", updates
    )
    # The history the cases' own insertion wrote (one row at their final status) is replaced
    # by the invented path they took.
    conn.executemany("DELETE FROM case_status_history WHERE case_id = ?", ids)
    conn.executemany(
        "INSERT INTO case_status_history (case_id, status, entered_at, basis, closing_outcome) "
        "VALUES (?, ?, ?, ?, ?)",
        history,
    )
