"""The support plan in the demo: on the demo officer's own cases, an action agreed months ago
and now overdue, one handed on with its due date moved, and one done with a note, all made
through session.actions so the history and the audit are the product's own."""

from __future__ import annotations

from datetime import timedelta

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import ActionStatus
from securedesk.core.session import Session


def add_demo_plan_work(session: Session) -> None:
    today = session.clock.today()
    rows = session.cases.list_cases(
        CaseQuery(owner=session.vault.user, open_only=True, sort="ref", limit=3)
    )
    if len(rows) < 2:
        return  # a tiny demo vault
    first, second = rows[0].ref, rows[1].ref
    actions = session.actions
    actions.add(
        first,
        "Confirm the mentoring provider has capacity (invented)",
        "Local authority",
        "",
        today - timedelta(days=40),
        agreed_on=today - timedelta(days=120),
    )
    handed = actions.add(
        first,
        "Arrange a home visit with the family (invented)",
        "Children's social care",
        "Social worker (invented)",
        today - timedelta(days=10),
        agreed_on=today - timedelta(days=60),
    )
    actions.update(
        handed.id,
        status=ActionStatus.IN_PROGRESS,
        due=today + timedelta(days=14),
        owner="Family support worker (invented)",
        note="Family asked for a later date (invented)",
    )
    done = actions.add(
        second,
        "Share the school's attendance record with the panel (invented)",
        "Education",
        "",
        today - timedelta(days=20),
        agreed_on=today - timedelta(days=45),
    )
    actions.update(
        done.id, status=ActionStatus.DONE, note="Record shared at the last panel (invented)"
    )
