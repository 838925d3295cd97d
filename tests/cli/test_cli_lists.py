"""Every list command's --json is never silently cut: without --limit or --offset it holds
every row; with either, `rows`, an honest `total` and `next_offset` (null on the last page).

Rows beyond the old caps (meeting list 500, bundle list 500 each way, review-due 1,000, and
search's 200 candidates per index) are written through the store layer in one transaction:
quick, and nothing here reads the audit events that the services would have added.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from securedesk.core.domain import Case, Meeting, Person
from securedesk.core.markings import Marking
from securedesk.core.meetings.meeting_store import MeetingStore
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer.bundle_log_store import BundleLog, IncomingBundle, OutgoingBundle

from ..conftest import OFFICER_PASS
from .conftest import Cli, Result, assert_refused

MANY = 1001  # one more than the largest old cap (review-due's 1,000)
NAME = "Quillfeather"
LIMIT_MESSAGE = "--limit is 1 to 10000 and --offset is not negative."


def _pages(run: Callable[..., Result], *argv: str, limit: int) -> list[dict[str, Any]]:
    """Every page of a list, in order, checking each page's total and next_offset."""
    rows: list[dict[str, Any]] = []
    offset: int | None = 0
    total = None
    while offset is not None:
        r = run("--json", *argv, "--limit", str(limit), "--offset", str(offset))
        assert r.code == 0, r.err
        page = r.json()
        assert set(page) == {"rows", "total", "next_offset"}
        assert total is None or page["total"] == total  # the same total on every page
        total = page["total"]
        assert len(page["rows"]) == min(limit, total - offset)
        rows += page["rows"]
        offset = page["next_offset"]
        assert offset is None or offset == len(rows) < total
    assert len(rows) == total
    return rows


def _many_cases(vault: Path, n: int) -> list[str]:
    """`n` cases of olivia's, each with one subject called Quillfeather, referred long ago."""
    referred = date.today() - timedelta(days=800)
    refs = []
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        store = s.store
        now = s.clock.now()
        with database.transaction(s.vault.conn):
            for i in range(n):
                person = Person("Ann", NAME)
                case = Case(
                    ref=f"LT-{i:05d}",
                    referral_source="Police",
                    referral_date=referred,
                    owner="olivia",
                    marking=Marking.OFFICIAL_SENSITIVE,
                    subject_ids=[person.id],
                )
                store.add_person(person, now)
                store.add_case(case, now)
                refs.append(case.ref)
    return refs


@pytest.fixture
def many(vault: Path) -> dict[str, Any]:
    """MANY matching cases of olivia's, and through the services the ones the search must
    leave out of her list and her total: oscar's SECRET case named Quillfeather (above her
    clearance), and oscar's case whose item text names Quillfeather (outside her
    caseload); and one of hers matched by an item alone."""
    refs = _many_cases(vault, MANY)
    today = date.today()
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        secret = s.cases.add_case(
            [Person("Bryn", NAME)],
            referral_source="Police",
            referral_date=today,
            marking=Marking.SECRET,
        ).ref
        theirs = s.cases.add_case(
            [Person("Carys", "Morgan")], referral_source="Health", referral_date=today
        ).ref
        s.cases.add_item(theirs, agency="Police", text=f"Seen with a {NAME} relative.")
    with Session.sign_in(vault, "olivia", OFFICER_PASS) as s:
        mine = s.cases.add_case(
            [Person("Dai", "Pugh")], referral_source="Health", referral_date=today
        ).ref
        s.cases.add_item(
            mine,
            agency="Police",
            text=f"Visited the {NAME} house.",
            marking=Marking.OFFICIAL,
        )
    return {"refs": refs, "secret": secret, "theirs": theirs, "mine": mine}


# -- case search ----------------------------------------------------------------------------


def test_case_search_json_holds_every_hit_the_user_may_see(
    cli: Cli, vault: Path, many: dict[str, Any]
) -> None:
    everything = cli.as_olivia(vault, "--json", "case", "search", NAME)
    assert everything.code == 0, everything.err
    hits = everything.json()
    assert isinstance(hits, list)
    # Subject matches first (by reference, as they changed together), then the item match.
    assert [h["ref"] for h in hits] == [*sorted(many["refs"]), many["mine"]]
    assert hits[-1]["matched"] == ["item"]
    # Neither the SECRET case nor the item text outside her caseload is listed or counted.
    assert many["secret"] not in {h["ref"] for h in hits}
    assert many["theirs"] not in {h["ref"] for h in hits}

    page = cli.as_olivia(vault, "--json", "case", "search", NAME, "--limit", "400").json()
    assert page["total"] == MANY + 1 and page["next_offset"] == 400
    pages = _pages(lambda *a: cli.as_olivia(vault, *a), "case", "search", NAME, limit=400)
    assert pages == hits

    # oscar, cleared to SECRET, sees his SECRET case and the item in his own caseload, but
    # not olivia's item text.
    theirs = cli.as_oscar(vault, "--json", "case", "search", NAME, "--limit", "1").json()
    assert theirs["total"] == MANY + 2
    listed = {h["ref"] for h in cli.as_oscar(vault, "--json", "case", "search", NAME).json()}
    assert {many["secret"], many["theirs"]} <= listed and many["mine"] not in listed


def test_case_search_text_says_how_many_more(cli: Cli, vault: Path, many: dict[str, Any]) -> None:
    r = cli.as_olivia(vault, "case", "search", NAME)
    assert r.code == 0, r.err
    lines = r.out.splitlines()
    assert lines[-1] == f"50 of {MANY + 1} case(s); {MANY + 1 - 50} more (--offset 50)"
    assert len(lines) == 2 + 50 + 1  # header, rule, a page of 50, the count
    r = cli.as_olivia(vault, "case", "search", NAME, "--offset", "1000")
    assert r.out.splitlines()[-1] == f"2 of {MANY + 1} case(s), from number 1001"
    # A page past the end: no rows, nothing next.
    doc = cli.as_olivia(vault, "--json", "case", "search", NAME, "--offset", "5000").json()
    assert doc == {"rows": [], "total": MANY + 1, "next_offset": None}


# -- meeting review-due -----------------------------------------------------------------------


def test_review_due_json_holds_every_case(cli: Cli, vault: Path, many: dict[str, Any]) -> None:
    everything = cli.as_olivia(vault, "--json", "meeting", "review-due").json()
    # Referred 800 days ago and never discussed; the service-made cases were referred today.
    assert [c["ref"] for c in everything] == sorted(many["refs"])
    pages = _pages(lambda *a: cli.as_olivia(vault, *a), "meeting", "review-due", limit=300)
    assert pages == everything
    r = cli.as_olivia(vault, "meeting", "review-due")
    assert r.out.splitlines()[-1] == (
        f"100 of {MANY} case(s) not reviewed for 12 months; {MANY - 100} more (--offset 100)"
    )


# -- meeting list ---------------------------------------------------------------------------


def test_meeting_list_json_holds_every_meeting(cli: Cli, vault: Path) -> None:
    count = 501  # one more than the old cap
    first = date(2020, 1, 1)
    with Session.sign_in(vault, "oscar", OFFICER_PASS) as s:
        store = MeetingStore(s.vault.conn)
        with database.transaction(s.vault.conn):
            for i in range(count):
                store.add_meeting(
                    Meeting(f"Panel {i}", first + timedelta(days=i), "oscar"), s.clock.now()
                )
    everything = cli.as_olivia(vault, "--json", "meeting", "list").json()
    assert len(everything) == count
    assert [m["title"] for m in everything] == [f"Panel {i}" for i in reversed(range(count))]
    pages = _pages(lambda *a: cli.as_olivia(vault, *a), "meeting", "list", limit=200)
    assert pages == everything
    r = cli.as_olivia(vault, "meeting", "list", "--limit", "10", "--offset", "495")
    assert r.out.splitlines()[-1] == f"6 of {count} meeting(s), from number 496"


def test_meeting_list_text_shows_all_of_a_short_list(cli: Cli, vault: Path) -> None:
    r = cli.as_oscar(vault, "meeting", "add", "--title", "Panel", "--date", "2026-02-01")
    assert r.code == 0, r.err
    r = cli.as_oscar(vault, "meeting", "list")
    assert r.code == 0 and r.out.splitlines()[-1] == "1 meeting(s)"
    doc = cli.as_oscar(vault, "--json", "meeting", "list", "--limit", "5").json()
    assert doc["total"] == 1 and doc["next_offset"] is None and len(doc["rows"]) == 1


# -- bundle list ----------------------------------------------------------------------------


def test_bundle_list_json_holds_every_bundle(cli: Cli, vault: Path) -> None:
    sent, received = 501, 3  # the old cap was 500 each way
    with Session.sign_in(vault, "admin", "admin passphrase for tests") as s:
        log = BundleLog(s.vault.conn)
        with database.transaction(s.vault.conn):
            for i in range(1, sent + 1):
                log.add_outgoing(
                    OutgoingBundle(
                        bundle_id=f"out-{i:04d}",
                        kind="records",
                        sequence=i,
                        recipients=["00000 00000"],
                        highest_marking="OFFICIAL",
                        created_at=f"2026-01-01T00:{i // 60:02d}:{i % 60:02d}Z",
                        expires_at="2026-02-01T00:00:00Z",
                        created_by="admin",
                        envelope_sha256="0" * 64,
                        counts={},
                        case_ids=[],
                        receipts=[],
                    )
                )
            for i in range(1, received + 1):
                log.add_incoming(
                    IncomingBundle(
                        bundle_id=f"in-{i}",
                        kind="records",
                        sender_fingerprint="11111 11111",
                        sequence=i,
                        created_at="2026-01-01T00:00:00Z",
                        imported_at=f"2026-01-0{i}T00:00:00Z",
                        imported_by="admin",
                        envelope_sha256="1" * 64,
                        accepted_older=False,
                        counts={},
                        receipt_issued_at=None,
                    )
                )
    everything = cli.as_admin(vault, "--json", "bundle", "list").json()
    assert [b["bundle_id"] for b in everything["sent"]] == [
        f"out-{i:04d}" for i in range(sent, 0, -1)
    ]
    assert [b["bundle_id"] for b in everything["received"]] == ["in-3", "in-2", "in-1"]

    # Each list is paged alike: the same offset into each, each with its own total.
    page = cli.as_admin(vault, "--json", "bundle", "list", "--limit", "2").json()
    assert page["sent"]["total"] == sent and page["sent"]["next_offset"] == 2
    assert page["received"]["total"] == received and page["received"]["next_offset"] == 2
    assert page["received"]["rows"] == everything["received"][:2]
    last = cli.as_admin(vault, "--json", "bundle", "list", "--limit", "2", "--offset", "500")
    assert last.json()["sent"] == {
        "rows": everything["sent"][500:],
        "total": sent,
        "next_offset": None,
    }
    assert last.json()["received"] == {"rows": [], "total": received, "next_offset": None}
    pieces: list[dict[str, Any]] = []
    offset: int | None = 0
    while offset is not None:
        doc = cli.as_admin(
            vault, "--json", "bundle", "list", "--limit", "200", "--offset", str(offset)
        ).json()
        pieces += doc["sent"]["rows"]
        offset = doc["sent"]["next_offset"]
    assert pieces == everything["sent"]

    r = cli.as_admin(vault, "bundle", "list")
    assert f"100 of {sent} bundle(s) sent; {sent - 100} more (--offset 100)" in r.out
    assert r.out.splitlines()[-1] == f"{received} bundle(s) received"


# -- bad pages ------------------------------------------------------------------------------

LIST_COMMANDS = [
    ["case", "list"],
    ["case", "search", NAME],
    ["meeting", "list"],
    ["meeting", "review-due"],
    ["bundle", "list"],
]


@pytest.mark.parametrize("command", LIST_COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    "options",
    [["--limit", "0"], ["--limit", "10001"], ["--offset", "-1"], ["--limit", "-5"]],
    ids=" ".join,
)
def test_a_bad_page_is_refused_before_anything_happens(
    cli: Cli, vault: Path, tmp_path: Path, command: list[str], options: list[str]
) -> None:
    def oscars_events() -> list[dict[str, Any]]:
        events = cli.audit_events(vault, tmp_path / "audit.jsonl")
        return [e for e in events if e["user"] == "oscar"]

    before = oscars_events()
    r = cli.as_oscar(vault, "--json", *command, *options)
    assert_refused(r, 2, LIMIT_MESSAGE)
    # Refused before signing in: nothing recorded, not even a sign-in or the search.
    assert oscars_events() == before


@pytest.mark.parametrize("command", LIST_COMMANDS, ids=" ".join)
def test_a_page_that_is_not_a_number_is_a_usage_error(
    cli: Cli, vault: Path, command: list[str]
) -> None:
    assert_refused(cli.as_oscar(vault, *command, "--limit", "ten"), 2, "--limit", "invalid int")
