"""Panel statistics: every figure matches a count made independently with SQL here, small
counts are suppressed, nothing above a user's clearance is counted, only chairs and auditors
may see them, and a case's categories and closing outcome are recorded as a return needs."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.clock import FixedClock
from securedesk.core.domain import CaseStatus, Person
from securedesk.core.errors import InvalidInput, PermissionDenied
from securedesk.core.markings import Marking
from securedesk.core.reports.categories import ClosingOutcome, load_categories
from securedesk.core.reports.panel_stats import Count
from securedesk.core.reports.report_kinds import ReportErrorKind
from securedesk.core.reports.report_service import ReportService
from securedesk.core.reports.suppression import FEWER_THAN_5, SUPPRESSED, partition
from securedesk.core.session import Session

from ...conftest import ADMIN_PASS, OFFICER_PASS
from ...vault_rows import content_digest

TODAY = date(2026, 3, 20)
START, END = date(2025, 4, 1), date(2026, 3, 31)


def at(day: date) -> FixedClock:
    return FixedClock(f"{day.isoformat()}T10:00:00.000000+00:00", day)


SOURCES = ["Education"] * 9 + ["Police"] * 7 + ["Health"] * 3 + ["Housing"] * 6 + ["Faith group"]
GENDERS = ["male", "female", None, "male", "male", "female"]
CONCERNS = ["islamist", "extreme-right-wing", "mixed-unclear-unstable", None, "incel"]


@pytest.fixture
def chair(vault: Path) -> Iterator[Session]:
    """Oscar (officer and chair, SECRET) with 26 referrals in the period, 2 before it, and
    one SECRET case."""
    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    reports = ReportService(s)
    day = date(2025, 4, 3)
    for n, source in enumerate(SOURCES):
        s.clock = at(day)
        dob = None if n % 7 == 3 else date(1990 - (n * 3) % 40, 1 + n % 12, 1 + n % 27)
        case = s.cases.add_case(
            [Person("Anwen", f"Subject{n}", dob)],
            referral_source=source,
            referral_date=day,
            marking=Marking.OFFICIAL_SENSITIVE,
        )
        gender, concern = GENDERS[n % len(GENDERS)], CONCERNS[n % len(CONCERNS)]
        if gender or concern:
            reports.set_categories(case.ref, gender=gender, concern=concern)
        # Move some along, a few days per stage; close some with outcomes.
        steps = n % 6
        for step, status in enumerate(
            [
                CaseStatus.INFORMATION_GATHERING,
                CaseStatus.ASSESSMENT,
                CaseStatus.PANEL,
                CaseStatus.SUPPORT_PLAN,
            ][: min(steps, 4)]
        ):
            s.clock = at(day + timedelta(days=10 * (step + 1)))
            reports.change_status(case.ref, status)
        if steps == 5 or n % 4 == 0:
            s.clock = at(day + timedelta(days=60))
            outcome = [ClosingOutcome.NO_FURTHER_ACTION, ClosingOutcome.FURTHER_CONCERN][n % 2]
            reports.change_status(case.ref, CaseStatus.CLOSED, "Closed in test", outcome=outcome)
        day += timedelta(days=9)
    for old in (date(2024, 5, 1), date(2025, 3, 31)):
        s.clock = at(old)
        s.cases.add_case([Person("Old", "Referral")], referral_source="Police", referral_date=old)
    s.clock = at(date(2025, 6, 1))
    s.cases.add_case(
        [Person("Secret", "Subject", date(2001, 1, 1))],
        referral_source="Security service",
        referral_date=date(2025, 6, 1),
        marking=Marking.SECRET,
    )
    s.clock = at(TODAY)
    yield s
    s.lock()


def _sql_count(s: Session, sql: str, *args: object) -> int:
    return int(s.vault.conn.execute(sql, args).fetchone()[0])


def _expected(n: int) -> str:
    return FEWER_THAN_5 if 0 < n < 5 else str(n)


def _rows(report, code: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {c.code: c.shown for c in report.section(code).rows}


IN_PERIOD = "referral_date BETWEEN '2025-04-01' AND '2026-03-31' AND marking_rank <= 3"


def test_referral_counts_match_sql(chair: Session) -> None:
    report = ReportService(chair).panel_statistics(START, END)
    total = _sql_count(chair, f"SELECT count(*) FROM cases WHERE {IN_PERIOD}")
    assert total == 27  # 26 + the SECRET one, counted for a SECRET chair
    for code in ("referrals-by-sector", "referrals-by-gender", "referrals-by-age-band"):
        assert report.section(code).total is not None
        assert report.section(code).total.shown == str(total)
    sectors = _rows(report, "referrals-by-sector")
    for source, code in (("Education", "education"), ("Police", "police"), ("Health", "health")):
        n = _sql_count(
            chair, f"SELECT count(*) FROM cases WHERE {IN_PERIOD} AND referral_source = ?", source
        )
        assert sectors[code] == _expected(n) or sectors[code] == SUPPRESSED
    assert sectors["local-authority"] == "6"  # housing is the local authority's sector
    # Security service and an unlisted source are both "other": 2, fewer than 5.
    assert sectors["other"] == FEWER_THAN_5
    genders = _rows(report, "referrals-by-gender")
    for code in ("male", "female"):
        n = _sql_count(chair, f"SELECT count(*) FROM cases WHERE {IN_PERIOD} AND gender = ?", code)
        assert genders[code] == _expected(n)
    missing = _sql_count(chair, f"SELECT count(*) FROM cases WHERE {IN_PERIOD} AND gender IS NULL")
    assert genders["not-recorded"] == _expected(missing)
    concerns = _rows(report, "referrals-by-concern-type")
    n = _sql_count(chair, f"SELECT count(*) FROM cases WHERE {IN_PERIOD} AND concern_type IS NULL")
    assert concerns["not-recorded"] == _expected(n)


def test_age_bands_and_children_match_sql(chair: Session) -> None:
    report = ReportService(chair).panel_statistics(START, END)
    age = (
        "CAST(strftime('%Y', c.referral_date) AS INTEGER) - CAST(strftime('%Y', p.date_of_birth) "
        "AS INTEGER) - (strftime('%m-%d', c.referral_date) < strftime('%m-%d', p.date_of_birth))"
    )
    rows = chair.vault.conn.execute(
        f"SELECT {age} FROM cases c JOIN case_subjects s ON s.case_id = c.id "
        f"JOIN people p ON p.id = s.person_id WHERE {IN_PERIOD.replace('referral', 'c.referral')}"
    ).fetchall()
    ages = [r[0] for r in rows]
    bands = _rows(report, "referrals-by-age-band")
    for band in load_categories().age_bands:
        n = sum(
            1
            for a in ages
            if a is not None and band.low <= a and (band.high is None or a <= band.high)
        )
        assert bands[band.code] in (_expected(n), SUPPRESSED), band.code
    assert bands["not-recorded"] == _expected(sum(1 for a in ages if a is None))
    children = _rows(report, "children")
    assert children["under-18"] == _expected(sum(1 for a in ages if a is not None and a < 18))


def test_stage_reached_outcomes_and_time_in_stage(chair: Session) -> None:
    report = ReportService(chair).panel_statistics(START, END)
    stages = _rows(report, "stage-reached")
    assert stages["referred"] == "27"
    discussed = _sql_count(
        chair,
        "SELECT count(DISTINCT case_id) FROM case_status_history WHERE status IN "
        "('panel', 'support plan', 'review')",
    )
    assert stages["discussed-at-panel"] == _expected(discussed)
    closed_nfa = _sql_count(
        chair,
        f"SELECT count(*) FROM cases WHERE {IN_PERIOD} AND status = 'closed' "
        "AND closing_outcome = 'no-further-action'",
    )
    assert stages["closed-no-further-concern"] in (_expected(closed_nfa), SUPPRESSED)
    outcomes = _rows(report, "outcomes-at-closing")
    assert outcomes["no-further-action"] in (_expected(closed_nfa), SUPPRESSED)
    # Time in stage: every stay in referral was the 10 days before information gathering,
    # except cases closed straight from referral (60 days).
    times = {c.code: c for c in report.section("time-in-stage").rows}
    stays = _sql_count(
        chair,
        "SELECT count(*) FROM case_status_history h WHERE status = 'referral' AND EXISTS "
        "(SELECT 1 FROM case_status_history n WHERE n.case_id = h.case_id AND n.id > h.id)",
    )
    assert times["referral"].shown == _expected(stays)
    assert times["referral"].median_days == "10.0"
    assert report.stays_not_timed == "0"


def test_nothing_above_the_users_clearance_is_counted(vault: Path, chair: Session) -> None:
    secret = ReportService(chair).panel_statistics(START, END)
    assert secret.marking is Marking.SECRET  # it counts a SECRET case
    limited = ReportService(chair).panel_statistics(START, END, up_to=Marking.OFFICIAL_SENSITIVE)
    assert limited.marking is Marking.OFFICIAL_SENSITIVE
    assert limited.section("stage-reached").rows[0].shown == "26"
    chair.lock()  # one process, one session at a time
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    admin.users.add_user("audrey", [Role.AUDITOR], OFFICER_PASS, Marking.OFFICIAL_SENSITIVE)
    admin.lock()
    auditor = Session.sign_in(vault, "audrey", OFFICER_PASS)
    try:
        auditor.users.change_own_passphrase(OFFICER_PASS)
        auditor.clock = at(TODAY)
        report = ReportService(auditor).panel_statistics(START, END)
        assert report.section("stage-reached").rows[0].shown == "26"
        assert report.up_to is Marking.OFFICIAL_SENSITIVE
        assert report.marking is Marking.OFFICIAL_SENSITIVE
    finally:
        auditor.lock()


def test_an_officer_may_not_see_statistics_and_the_refusal_is_recorded(officer: Session) -> None:
    with pytest.raises(PermissionDenied):
        ReportService(officer).panel_statistics()
    last = officer.vault.conn.execute(
        "SELECT action, outcome FROM audit_events ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert last == ("refused: needs manage meetings or audit", "refused")


def test_viewing_is_a_recorded_consultation_naming_the_period(chair: Session) -> None:
    ReportService(chair).panel_statistics(START, END)
    row = chair.vault.conn.execute(
        "SELECT category, action, details FROM audit_events ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert row[:2] == ("consultation", "panel statistics viewed")
    assert '"from":"2025-04-01"' in row[2].replace(" ", "")


def test_closing_needs_an_outcome_and_only_closing_takes_one(chair: Session) -> None:
    reports = ReportService(chair)
    ref = chair.cases.add_case(
        [Person("Cai", "Test")], referral_source="Police", referral_date=TODAY
    ).ref
    before = content_digest(chair.vault.conn)
    with pytest.raises(InvalidInput) as e:
        reports.change_status(ref, CaseStatus.CLOSED, "Done")
    assert e.value.kind is ReportErrorKind.OUTCOME_REQUIRED
    assert "no-further-action" in str(e.value)
    with pytest.raises(InvalidInput) as e:
        reports.change_status(
            ref, CaseStatus.INFORMATION_GATHERING, outcome=ClosingOutcome.SIGNPOSTED
        )
    assert e.value.kind is ReportErrorKind.OUTCOME_ONLY_WHEN_CLOSING
    with pytest.raises(InvalidInput):  # no reason: the case service's own rule, all rolled back
        reports.change_status(ref, CaseStatus.CLOSED, "", outcome=ClosingOutcome.SIGNPOSTED)
    assert content_digest(chair.vault.conn) == before
    reports.change_status(ref, CaseStatus.CLOSED, "Signposted", outcome=ClosingOutcome.SIGNPOSTED)
    case_id = chair.store.case_id_for_ref(ref)
    assert reports.read_categories(case_id).closing_outcome is ClosingOutcome.SIGNPOSTED
    reports.change_status(ref, CaseStatus.REFERRAL)  # reopened: no outcome now
    assert reports.read_categories(case_id).closing_outcome is None
    history = chair.vault.conn.execute(
        "SELECT status, basis, closing_outcome FROM case_status_history "
        "WHERE case_id = ? ORDER BY id",
        (case_id,),
    ).fetchall()
    assert history == [
        ("referral", "opened", None),
        ("closed", "changed", "signposted"),
        ("referral", "changed", None),
    ]


def test_categories_are_checked_against_the_lists(chair: Session) -> None:
    reports = ReportService(chair)
    ref = chair.cases.add_case(
        [Person("Cai", "Test")], referral_source="Police", referral_date=TODAY
    ).ref
    before = content_digest(chair.vault.conn)
    with pytest.raises(InvalidInput) as e:
        reports.set_categories(ref, gender="unknown")
    assert e.value.kind is ReportErrorKind.NOT_A_GENDER and "male, female, other" in str(e.value)
    with pytest.raises(InvalidInput) as e:
        reports.set_categories(ref, concern="terrorism")
    assert e.value.kind is ReportErrorKind.NOT_A_CONCERN_TYPE
    with pytest.raises(InvalidInput) as e:
        reports.set_categories(ref)
    assert e.value.kind is ReportErrorKind.NOTHING_TO_SET
    assert content_digest(chair.vault.conn) == before
    # Labels in either language, in any case, name the same code; "not recorded" clears.
    assert reports.set_categories(ref, gender="Benyw", concern="EXTREME RIGHT-WING") == [
        "gender",
        "concern_type",
    ]
    case_id = chair.store.case_id_for_ref(ref)
    assert reports.read_categories(case_id).gender == "female"
    assert reports.set_categories(ref, gender="not recorded") == ["gender"]
    assert reports.read_categories(case_id).gender is None
    event = chair.vault.conn.execute(
        "SELECT action, details FROM audit_events ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert event[0] == "case reporting categories set" and "female" not in event[1]


def test_bad_periods_are_refused(chair: Session) -> None:
    with pytest.raises(InvalidInput) as e:
        ReportService(chair).panel_statistics(date(2026, 3, 1), date(2026, 2, 1))
    assert e.value.kind is ReportErrorKind.PERIOD_REVERSED
    assert "2026-03-01" in str(e.value)


def test_suppression_protects_a_lone_small_cell() -> None:
    rows, total = partition(
        [Count("a", "A", 3), Count("b", "B", 9), Count("c", "C", 20), Count("d", "D", 0)]
    )
    shown = {r.code: r.shown for r in rows}
    # 3 is fewer than 5; with the total shown, 32 - 9 - 20 would give it away: 9 goes too.
    assert shown == {"a": FEWER_THAN_5, "b": SUPPRESSED, "c": "20", "d": "0"}
    assert total.shown == "32"
    rows, total = partition([Count("a", "A", 2), Count("b", "B", 1)])
    assert [r.shown for r in rows] == [FEWER_THAN_5, FEWER_THAN_5] and total.shown == FEWER_THAN_5
    rows, _ = partition([Count("a", "A", 2), Count("b", "B", 4), Count("c", "C", 30)])
    assert [r.shown for r in rows] == [FEWER_THAN_5, FEWER_THAN_5, "30"]  # two hide each other


def test_the_closed_and_open_stages_protect_a_small_count() -> None:
    """Closed and still-open split the referrals (shown as "referred"): one small count
    among them would be referred less the others, so the next smallest goes too."""
    from securedesk.core.reports.panel_report import _stages

    counts = [
        Count("referred", "Referred", 1881),
        Count("discussed-at-panel", "Discussed", 974),
        Count("adopted", "Adopted", 784),
        Count("closed-no-further-concern", "A", 1034),
        Count("closed-further-concern", "B", 289),
        Count("closed-outcome-not-recorded", "C", 1),
        Count("open", "D", 557),
    ]
    shown = {c.code: c.shown for c in _stages(counts)}
    assert shown["closed-outcome-not-recorded"] == FEWER_THAN_5
    assert shown["closed-further-concern"] == SUPPRESSED
    assert shown["referred"] == "1881" and shown["open"] == "557"


def test_a_file_that_appears_while_the_report_is_written_is_never_replaced(
    vault: Path, tmp_path: Path
) -> None:
    """The output is checked before the work and linked into place at the end: a file that
    another program wrote meanwhile is kept, and no disclosure is recorded."""
    out = tmp_path / "panel.pdf"

    def render_and_meanwhile(_report: object) -> bytes:
        out.write_text("someone else's file")
        return b"%PDF"

    s = Session.sign_in(vault, "oscar", OFFICER_PASS)
    try:
        s.clock = at(TODAY)
        before = content_digest(s.vault.conn)
        with pytest.raises(InvalidInput) as refused:
            ReportService(s).write_report(
                out, start=START, end=END, render_pdf=render_and_meanwhile
            )
        assert refused.value.kind is ReportErrorKind.FILE_EXISTS
        assert content_digest(s.vault.conn) == before  # no disclosure recorded
    finally:
        s.lock()
    assert out.read_text() == "someone else's file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".panel.pdf")] == []
