"""`session.actions` narrows a list to the overdue actions and to the user's own by one rule
(action_service.chosen), for one case (`action list --case`) and for a caseload alike: it was
written twice, casefold in the command and SQLite's ASCII-only lower() in the store."""

from __future__ import annotations

from datetime import date

from securedesk.core.access import Role
from securedesk.core.cases.action_service import owned_by
from securedesk.core.domain import Action, Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.users.user_store import UserRecord


def _user(name: str, display_name: str) -> UserRecord:
    return UserRecord(
        name, display_name, Marking.OFFICIAL_SENSITIVE, frozenset({Role.OFFICER}), False,
        False, "2026-01-01T00:00:00+00:00",
    )  # fmt: skip


def _owned(owner: str, user: UserRecord) -> bool:
    return owned_by(Action("c1", "Mentoring", "Education", owner, None), user)


def test_owner_is_the_user_name_or_display_name_whatever_the_case() -> None:
    wyn = _user("wyn", "Ŵyn Jones")
    assert _owned("wyn", wyn) and _owned(" WYN ", wyn)
    # Non-ASCII capitals fold too (SQLite's lower() left Ŵ as it was).
    assert _owned("ŴYN JONES", wyn) and _owned("ŵyn jones", wyn)
    assert not _owned("Wyn Jones", wyn)  # another person's name, not a case difference
    # A decomposed Ŵ (W + U+0302 COMBINING CIRCUMFLEX), as some keyboards and pastes give
    # it, is the same name, on either side.
    assert _owned("W\u0302yn Jones", wyn) and _owned("w\u0302YN JONES", wyn)
    assert _owned("Ŵyn Jones", _user("wyn", "W\u0302yn Jones"))
    # A blank display name is no name: an action with no owner is nobody's.
    assert not _owned("", _user("olivia", "")) and not _owned("  ", _user("olivia", " "))


def test_one_case_and_the_caseload_are_narrowed_alike(officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2025, 1, 5),
    ).ref
    late = date(2020, 3, 1)
    later = date(2099, 1, 1)
    ids = {
        (owner, due): officer.actions.add(ref, "Mentoring", "Education", owner, due).id
        for owner, due in [
            ("OLIVIA", late),
            ("Ms Ellis", late),
            (" olivia ", later),
            ("Youth service", None),
        ]
    }
    for overdue in (False, True):
        for mine in (False, True):
            one = officer.actions.for_case(ref, overdue=overdue, mine=mine)
            caseload = officer.actions.in_caseload(overdue=overdue, mine=mine)
            assert [x.action.id for x in one] == [x.action.id for x in caseload]
            assert all(x.overdue for x in one) or not overdue
    mine_overdue = officer.actions.for_case(ref, overdue=True, mine=True)
    assert [x.action.id for x in mine_overdue] == [ids[("OLIVIA", late)]]
    mine = {x.action.id for x in officer.actions.for_case(ref, mine=True)}
    assert mine == {ids[("OLIVIA", late)], ids[(" olivia ", later)]}
    assert len(officer.actions.for_case(ref)) == 4
