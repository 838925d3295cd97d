"""Cases, items, access rules, workflow, assessments and search through the session API."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.domain import CaseStatus, FactorScore, Person
from securedesk.core.errors import (
    AboveCeiling,
    AboveClearance,
    InvalidInput,
    JustificationRequired,
    PermissionDenied,
)
from securedesk.core.markings import Marking
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS

TODAY = date(2026, 11, 25)


def _case(
    s: Session,
    name: str = "Rhys Llewelyn",
    dob: date | None = date(1995, 4, 2),
    marking: Marking = Marking.OFFICIAL_SENSITIVE,
    owner: str | None = None,
):
    given, family = name.split(" ", 1)
    return s.cases.add_case(
        [Person(given, family, dob)],
        referral_source="Security service",
        referral_date=date(2026, 2, 1),
        marking=marking,
        owner=owner,
        today=TODAY,
    )


def test_case_refs_number_per_year(officer: Session) -> None:
    refs = [_case(officer).ref for _ in range(3)]
    assert refs == ["WF-2026-0001", "WF-2026-0002", "WF-2026-0003"]


def test_child_flag_follows_the_case_dates(officer: Session) -> None:
    child = _case(officer, "Ffion Ellis", date(2010, 6, 1))
    adult = _case(officer, "Dafydd Ellis", date(1980, 6, 1))
    turned_18 = _case(officer, "Llŷr Ellis", date(2008, 1, 31))  # 18 the day before referral
    rows = {r.ref: r.is_child for r in officer.cases.list_cases(CaseQuery())}
    assert rows == {child.ref: True, adult.ref: False, turned_18.ref: False}
    assert [r.ref for r in officer.cases.list_cases(CaseQuery(child=True))] == [child.ref]


def test_other_caseload_needs_justification_which_is_recorded(vault: Path) -> None:
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)
    ref = _case(oscar).ref
    oscar.lock()
    olivia = Session.sign_in(vault, "olivia", OFFICER_PASS)
    assert olivia.cases.needs_justification(ref)
    with pytest.raises(JustificationRequired, match="outside your caseload"):
        olivia.cases.open_case(ref)
    with pytest.raises(JustificationRequired):
        olivia.cases.open_case(ref, "   ")
    view = olivia.cases.open_case(ref, "Covering for Oscar at today's panel")
    assert view.case.ref == ref
    olivia.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    events = [e for e in admin.audit.events() if e.user == "olivia" and e.object_type == "case"]
    admin.lock()
    assert [(e.action, e.outcome, e.justification) for e in events] == [
        ("refused: no justification", "refused", ""),
        ("refused: no justification", "refused", ""),
        ("case viewed", "success", "Covering for Oscar at today's panel"),
    ]


def test_items_above_clearance_are_withheld_and_counted(vault: Path) -> None:
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)  # SECRET clearance
    ref = _case(oscar, owner="oscar").ref
    oscar.cases.add_item(
        ref, agency="Police", text="Open-source note", marking=Marking.OFFICIAL, today=TODAY
    )
    oscar.cases.add_item(
        ref,
        agency="Health",
        text="Clinical detail",
        marking=Marking.OFFICIAL_SENSITIVE,
        today=TODAY,
    )
    view = oscar.cases.open_case(ref)
    assert (len(view.items), view.withheld_items) == (2, 0)
    oscar.cases.add_item(
        ref,
        agency="Security service",
        text="Sensitive source reporting",
        marking=Marking.SECRET,
        today=TODAY,
    )
    assert oscar.cases.open_case(ref).case.marking is Marking.SECRET  # case rises with its items
    oscar.lock()
    olivia = Session.sign_in(vault, "olivia", OFFICER_PASS)  # OFFICIAL-SENSITIVE
    with pytest.raises(AboveClearance):
        olivia.cases.open_case(ref, "panel preparation")
    olivia.lock()


def test_ceiling_refuses_material_above_it(admin: Session, vault: Path) -> None:
    admin.set_policy("classification_ceiling", "OFFICIAL-SENSITIVE")
    admin.lock()
    s = Session.sign_in(vault, "olivia", OFFICER_PASS)
    with pytest.raises(AboveCeiling, match="nothing above OFFICIAL-SENSITIVE"):
        _case(s, marking=Marking.SECRET)
    assert s.cases.count_cases(CaseQuery()) == 0
    s.lock()


def test_roles_decide_permissions(admin: Session) -> None:
    with pytest.raises(PermissionDenied, match="'edit cases'"):
        _case(admin)
    assert admin.audit.verify().ok


def test_officer_cannot_administer(officer: Session) -> None:
    from securedesk.core.access import Role

    with pytest.raises(PermissionDenied, match="administer"):
        officer.users.add_user("eve", [Role.ADMIN], "a long enough passphrase")
    with pytest.raises(PermissionDenied, match="audit"):
        officer.audit.verify()


def test_status_workflow_and_closing_reason(officer: Session) -> None:
    ref = _case(officer).ref
    with pytest.raises(InvalidInput, match="can move to"):
        officer.cases.change_status(ref, CaseStatus.PANEL)
    officer.cases.change_status(ref, CaseStatus.INFORMATION_GATHERING)
    with pytest.raises(InvalidInput, match="closing reason cannot be empty"):
        officer.cases.change_status(ref, CaseStatus.CLOSED, "  ")
    assert officer.cases.open_case(ref).case.status is CaseStatus.INFORMATION_GATHERING
    officer.cases.change_status(ref, CaseStatus.CLOSED, "No ongoing concern after assessment")
    case = officer.cases.open_case(ref).case
    assert (case.status, case.closing_reason) == (
        CaseStatus.CLOSED,
        "No ongoing concern after assessment",
    )


def test_items_are_append_only_and_corrections_supersede(officer: Session) -> None:
    import sqlcipher3

    ref = _case(officer).ref
    first = officer.cases.add_item(ref, agency="Education", text="Absent 12 days", today=TODAY)
    fix = officer.cases.add_item(
        ref,
        agency="Education",
        text="Absent 21 days (typo corrected)",
        supersedes=first.id,
        today=TODAY,
    )
    view = officer.cases.open_case(ref)
    by_id = {s.item.id: s for s in view.items}
    assert by_id[first.id].superseded_by == fix.id
    assert by_id[fix.id].item.supersedes == first.id
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        officer.vault.conn.execute("UPDATE items SET text = 'x' WHERE id = ?", (first.id,))
    with pytest.raises(sqlcipher3.IntegrityError, match="retention decision"):
        officer.vault.conn.execute("DELETE FROM items WHERE id = ?", (first.id,))
    other = _case(officer).ref
    with pytest.raises(InvalidInput, match="not an item of case"):
        officer.cases.add_item(other, agency="Police", text="x", supersedes=first.id, today=TODAY)


@pytest.mark.parametrize(
    ("field", "kwargs", "message"),
    [
        ("future date", {"item_date": TODAY + timedelta(days=1)}, "in the future"),
        ("empty text", {"text": "   "}, "text cannot be empty"),
        ("empty agency", {"agency": ""}, "agency cannot be empty"),
        ("bad grade", {"source_grade": "Z"}, "Source grade"),
    ],
)
def test_bad_item_input_writes_nothing(officer: Session, field, kwargs, message) -> None:
    ref = _case(officer).ref
    args = {"agency": "Police", "text": "Something", "today": TODAY, **kwargs}
    events_before = officer.vault.conn.execute("SELECT count(*) FROM audit_events").fetchone()
    with pytest.raises(InvalidInput, match=message):
        officer.cases.add_item(ref, **args)
    assert officer.vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert (
        officer.vault.conn.execute("SELECT count(*) FROM audit_events").fetchone() == events_before
    )


def test_future_birth_and_referral_dates_are_refused(officer: Session) -> None:
    with pytest.raises(InvalidInput, match="date of birth"):
        _case(officer, dob=TODAY + timedelta(days=3))
    with pytest.raises(InvalidInput, match="referral date"):
        officer.cases.add_case(
            [Person("A", "B")],
            referral_source="x",
            referral_date=TODAY + timedelta(days=1),
            today=TODAY,
        )
    assert officer.cases.count_cases(CaseQuery()) == 0


def test_assessment_changes_since_previous(officer: Session) -> None:
    ref = _case(officer).ref
    fw = officer.framework
    base = [FactorScore(f.id, 1, "evidence") for f in fw.factors]
    _, first_changes = officer.cases.add_assessment(ref, base, "Initial", date(2026, 3, 1))
    assert first_changes == []  # a first assessment has nothing to compare with
    raised = [
        FactorScore(s.factor_id, 3 if n == 0 else s.score, "more") for n, s in enumerate(base)
    ]
    _, changes = officer.cases.add_assessment(ref, raised, "Escalating", date(2026, 6, 1))
    assert [(c.factor_id, c.before, c.after, c.direction) for c in changes] == [
        (fw.factors[0].id, 1, 3, "up")
    ]
    view = officer.cases.open_case(ref)
    assert view.changes_since_previous == changes
    with pytest.raises(InvalidInput, match="no score"):
        officer.cases.add_assessment(ref, base[1:], "Partial")
    with pytest.raises(InvalidInput, match="outside"):
        officer.cases.add_assessment(ref, [FactorScore(f.id, 9) for f in fw.factors], "Bad")


def test_chronology_is_one_ordered_timeline(officer: Session) -> None:
    ref = _case(officer).ref
    officer.cases.add_item(ref, agency="Police", text="B", item_date=date(2026, 5, 1), today=TODAY)
    officer.cases.add_item(ref, agency="Police", text="A", item_date=date(2026, 3, 1), today=TODAY)
    officer.cases.add_chronology_entry(ref, date(2026, 4, 1), "Home visit")
    rows = officer.cases.open_case(ref).chronology
    assert [(r.on, r.kind) for r in rows] == [
        (date(2026, 3, 1), "item"),
        (date(2026, 4, 1), "entry"),
        (date(2026, 5, 1), "item"),
    ]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "'",
        "*",
        "(",
        ")",
        "AND",
        "OR NOT",
        "NEAR(",
        "a:b",
        "^x",
        "-",
        "{}",
        "\\",
        "%_",
        'x" OR "y',
        "\x00",
        "🙂",
        " " * 10,
        "col:*",
        "x" * 500,
    ],
)
def test_search_accepts_any_text(officer: Session, query: str) -> None:
    _case(officer)
    assert isinstance(officer.cases.search(query), list)


def test_search_finds_names_items_refs_and_folds_diacritics(officer: Session) -> None:
    a = _case(officer, "Siân Prydderch")
    b = _case(officer, "Imran Chaudhry")
    officer.cases.add_item(
        b.ref, agency="Education", text="Shared propaganda videos in class", today=TODAY
    )
    assert [h.ref for h in officer.cases.search("sian")] == [a.ref]
    assert [h.ref for h in officer.cases.search("Prydd")] == [a.ref]  # prefix while typing
    assert [h.ref for h in officer.cases.search("propaganda videos")] == [b.ref]
    assert [h.ref for h in officer.cases.search(b.ref)] == [b.ref]
    assert officer.cases.search("propaganda Siân") == []  # every word must match one record


def test_case_list_sorts_filters_and_pages_in_sql(officer: Session) -> None:
    refs = [_case(officer, f"Person Number{n}").ref for n in range(7)]
    officer.cases.change_status(refs[2], CaseStatus.INFORMATION_GATHERING)
    page1 = officer.cases.list_cases(CaseQuery(limit=3))
    page2 = officer.cases.list_cases(CaseQuery(limit=3, offset=3))
    assert [r.ref for r in page1 + page2] == refs[:6]
    assert [r.ref for r in officer.cases.list_cases(CaseQuery(descending=True, limit=2))] == [
        refs[6],
        refs[5],
    ]
    only = officer.cases.list_cases(CaseQuery(status=CaseStatus.INFORMATION_GATHERING))
    assert [r.ref for r in only] == [refs[2]]
    assert officer.cases.count_cases(CaseQuery(owner="olivia")) == 7
    with pytest.raises(InvalidInput, match="Cannot sort"):
        officer.cases.list_cases(CaseQuery(sort="name; DROP TABLE cases"))


def test_actions_keep_their_update_history(officer: Session) -> None:
    from securedesk.core.domain import ActionStatus

    ref = _case(officer).ref
    action = officer.cases.add_action(
        ref, "Refer to mentoring provider", "Local authority", "olivia", date(2026, 12, 15)
    )
    officer.cases.update_action(ref, action.id, ActionStatus.IN_PROGRESS, "First session booked")
    officer.cases.update_action(ref, action.id, ActionStatus.DONE, "Attended three sessions")
    assert [a.status for a in officer.cases.open_case(ref).actions] == [ActionStatus.DONE]
    notes = officer.vault.conn.execute(
        "SELECT status, note FROM action_updates WHERE action_id = ? ORDER BY at", (action.id,)
    ).fetchall()
    assert notes == [("in progress", "First session booked"), ("done", "Attended three sessions")]
    with pytest.raises(InvalidInput, match="not an action of case"):
        officer.cases.update_action(_case(officer).ref, action.id, ActionStatus.DONE, "x")


def test_lists_and_search_leave_out_cases_above_the_users_clearance(vault: Path) -> None:
    oscar = Session.sign_in(vault, "oscar", OFFICER_PASS)  # SECRET
    secret = _case(oscar, "Bethan Pritchard", marking=Marking.SECRET, owner="olivia").ref
    sensitive = _case(oscar, "Bethan Pritchard", owner="olivia").ref
    assert {h.ref for h in oscar.cases.search("Bethan")} == {secret, sensitive}
    assert oscar.cases.count_cases(CaseQuery()) == 2
    oscar.lock()
    olivia = Session.sign_in(vault, "olivia", OFFICER_PASS)  # OFFICIAL-SENSITIVE
    assert [h.ref for h in olivia.cases.search("Bethan")] == [sensitive]
    assert [r.ref for r in olivia.cases.list_cases(CaseQuery())] == [sensitive]
    assert olivia.cases.count_cases(CaseQuery(owner="olivia")) == 1
    olivia.lock()
