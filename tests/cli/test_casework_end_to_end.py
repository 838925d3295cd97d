"""Issue 11's first "Done when", from the command: an officer takes a case from referral to
closing and a chair goes from agenda to agreed and completed actions, every step a
`securedesk` invocation (exit code checked, the vault read back through the core), then
`report panel --out x.csv` counts the closed case's outcome and the audit chain verifies.

Four earlier cases already closed "support completed" make the outcome's count 4 (shown as
"fewer than 5") before ours closes and 5 after: the count moves because of this case."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, timedelta
from pathlib import Path

from securedesk.core.domain import ActionStatus, CaseStatus, ConsentStatus, Person
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.meetings.meeting_service import MeetingService
from securedesk.core.reports.categories import ClosingOutcome
from securedesk.core.reports.report_service import ReportService
from securedesk.core.session import Session

from ..conftest import OFFICER_PASS
from .conftest import Cli, Result

TODAY = date.today()
OUTCOME = ClosingOutcome.SUPPORT_COMPLETED


def _ok(result: Result) -> Result:
    assert result.code == 0, (result.code, result.err)
    assert "Traceback" not in result.err
    return result


def _outcome_count(cli: Cli, vault: Path, out: Path) -> str:
    _ok(cli.as_oscar(vault, "report", "panel", "--out", out))
    rows = list(csv.DictReader(io.StringIO(out.read_text("utf-8"))))
    text = out.read_text("utf-8").lower()
    assert "bowen" not in text and "carys" not in text  # no names in a return
    (count,) = [
        r["count"]
        for r in rows
        if r["section"] == "outcomes-at-closing" and r["code"] == OUTCOME.value
    ]
    return count


def _earlier_closures(vault: Path) -> None:
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        for n in range(4):
            ref = s.cases.add_case(
                [Person("Earlier", f"Case{n}", date(1990, 1, 1 + n))],
                referral_source="Health",
                referral_date=TODAY,
            ).ref
            ReportService(s).change_status(
                ref, CaseStatus.CLOSED, "Support finished.", outcome=OUTCOME
            )


def test_referral_to_closing_and_agenda_to_completed_actions(
    cli: Cli, vault: Path, tmp_path: Path
) -> None:
    _earlier_closures(vault)
    assert _outcome_count(cli, vault, tmp_path / "before.csv") == "fewer than 5"

    def olivia(*argv: str | Path) -> Result:
        return _ok(cli.as_olivia(vault, *argv))

    def oscar(*argv: str | Path) -> Result:
        return _ok(cli.as_oscar(vault, *argv))

    # ---- the officer: referral to panel -------------------------------------------------
    r = olivia(
        "--json", "case", "add", "--subject", "Carys Bowen", "--dob", "2009-03-14",
        "--source", "Police", "--gender", "female", "--concern", "islamist",
    )  # fmt: skip
    ref = r.json()["ref"]
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        case = s.cases.open_case(ref.lower()).case  # references matched without regard to case
        assert (case.status, case.referral_source) == (CaseStatus.REFERRAL, "Police")
        cats = ReportService(s).read_categories(case.id)
        assert (cats.gender, cats.concern_type) == ("female", "islamist")

    text = tmp_path / "item.txt"
    text.write_text("Shared extremist videos in a class group chat.", "utf-8")
    olivia("item", "add", ref, "--agency", "Police", "--author", "PC Jones", "--text-file", text)
    olivia("case", "status", ref, "information gathering")
    olivia("case", "consent", ref, "--status", "parental-given", "--note", "Mother agreed.")

    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        view = s.cases.open_case(ref)
        assert [i.item.author for i in view.items] == ["PC Jones"]
        assert view.case.consent is ConsentStatus.PARENTAL_GIVEN
        factors = [f.id for f in s.framework.factors]
    olivia("case", "status", ref, "assessment")

    scores = tmp_path / "scores.json"
    scores.write_text(
        json.dumps(
            {
                "scores": {
                    **{f: {"score": 0} for f in factors},
                    factors[0]: {"score": 2, "evidence": "Videos shared twice in May."},
                    factors[1]: {"score": 1, "evidence": "Teacher reports withdrawal."},
                },
                "conclusion": "Vulnerable to online influence; support advised.",
            }
        ),
        "utf-8",
    )
    olivia("assessment", "add", ref, "--file", scores)
    shown = olivia("assessment", "show", ref).out
    assert "Videos shared twice in May." in shown and "first assessment" in shown.lower()
    olivia("case", "status", ref, "panel")

    due = TODAY + timedelta(days=21)
    r = olivia(
        "--json", "action", "add", ref, "--text", "Refer to a mentoring scheme",
        "--agency", "Education", "--due", due.isoformat(),
    )  # fmt: skip
    planned = r.json()["id"]
    later = due + timedelta(days=7)
    olivia(
        "action", "update", planned[:8], "--status", "in-progress", "--due", later.isoformat(),
        "--note", "Scheme has a waiting list",
    )  # fmt: skip
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        action = s.store.get_action(planned)
        assert (action.due_date, action.status) == (later, ActionStatus.IN_PROGRESS)
        assert s.cases.open_case(ref).case.status is CaseStatus.PANEL

    # ---- the chair: agenda to agreed action ---------------------------------------------
    r = oscar(
        "--json", "meeting", "add", "--title", "June Channel panel", "--date",
        TODAY.isoformat(), "--place", "Committee room 2",
    )  # fmt: skip
    meeting_id = r.json()["id"]
    short = meeting_id[:8]  # ids as unique prefixes
    oscar("meeting", "member", short, "--name", "Dafydd Hughes", "--agency", "Police",
          "--clearance", "SECRET")  # fmt: skip
    oscar("meeting", "member", short, "--name", "Bethan Lloyd", "--agency", "Education",
          "--clearance", "OFFICIAL")  # fmt: skip
    oscar("meeting", "agenda", short, ref)
    oscar(
        "meeting", "minutes", short, ref, "--discussion", "Police and school shared concerns.",
        "--decision", "Adopt as a Channel case.", "--rationale", "Vulnerability.",
    )  # fmt: skip
    agreed_due = TODAY + timedelta(days=14)
    r = oscar(
        "--json", "meeting", "action", short, ref, "--description",
        "Intervention provider to meet Carys weekly", "--agency", "Local authority",
        "--owner", "Youth service", "--due", agreed_due.isoformat(),
    )  # fmt: skip
    agreed = r.json()["id"]
    packs = tmp_path / "packs"
    packs.mkdir()
    oscar("pack", "render", short, "--out", packs)
    assert len(list(packs.glob("*.pdf"))) == 2
    oscar("copy", "return", short, "1", "--note", "Handed back after the meeting")
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        service = MeetingService(s)
        (minutes,) = service.minutes(meeting_id)
        assert (minutes.ref, minutes.decision) == (ref, "Adopt as a Channel case.")
        details = service.details(meeting_id)
        assert [a.action.id for a in details.actions] == [agreed]
        statuses = {c.copy_number: c.status for c in service.copies(meeting_id)}
        assert statuses == {1: CopyStatus.RETURNED, 2: CopyStatus.ISSUED}

    # ---- the officer: the agreed action done, the case closed ---------------------------
    olivia("case", "status", ref, "support plan")
    listed = olivia("--json", "action", "list", "--case", ref).json()
    assert {a["id"] for a in listed} == {planned, agreed}
    olivia("action", "update", agreed[:8], "--status", "done", "--note", "Six sessions held")
    olivia("case", "status", ref, "review")
    olivia(
        "case", "status", ref, "closed", "--reason", "Support plan completed.",
        "--outcome", OUTCOME.value,
    )  # fmt: skip
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        assert s.store.get_action(agreed).status is ActionStatus.DONE
        closed = s.cases.open_case(ref).case
        assert closed.status is CaseStatus.CLOSED
        assert ReportService(s).read_categories(closed.id).closing_outcome is OUTCOME

    # ---- the return counts it; the chain holds -----------------------------------------
    assert _outcome_count(cli, vault, tmp_path / "after.csv") == "5"
    r = _ok(cli.as_admin(vault, "audit", "verify"))
    assert r.err == ""
