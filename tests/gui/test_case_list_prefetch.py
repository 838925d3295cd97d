"""Scrolling the case list (issue 15): the page after the one the view reads is fetched in the
thread pool, so reaching it does not wait on the vault; rows still come in the list's order,
each page is fetched once, and a page fetched for an earlier listing is never shown."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest

from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.cases.case_store import CaseRow
from securedesk.core.domain import Person
from securedesk.core.session import Session
from securedesk.gui import case_list_model, workers
from securedesk.gui.case_list_model import CaseListModel

ROWS = 10  # rows a page holds in these tests (the window's 100 would need 350 cases)
CASES = 35  # three full pages and a part page


@pytest.fixture
def listed(officer: Session, monkeypatch: pytest.MonkeyPatch) -> tuple[Session, list[str]]:
    monkeypatch.setattr(case_list_model, "PAGE_ROWS", ROWS)
    today = officer.clock.today()
    for n in range(CASES):
        officer.cases.add_case(
            [Person("Gwen", f"Parry{n:02d}")],
            referral_source="Police",
            referral_date=today - timedelta(days=n),
        )
    every = officer.cases.list_cases(CaseQuery(sort="ref", limit=1000))
    return officer, [r.ref for r in every]


class Spy:
    """Records each page fetch (offset, on the UI thread?); can hold fetches off the UI
    thread until released."""

    def __init__(self, session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[int, bool]] = []
        self.gate = threading.Event()
        self.gate.set()
        real = session.cases.list_cases

        def list_cases(query: CaseQuery) -> list[CaseRow]:
            on_ui = threading.current_thread() is threading.main_thread()
            self.calls.append((query.offset, on_ui))
            if not on_ui:
                assert self.gate.wait(30)
            return real(query)

        monkeypatch.setattr(session.cases, "list_cases", list_cases)


def _read_page(model: CaseListModel, page: int) -> list[Any]:
    return [model.ref_at(r) for r in range(page * ROWS, min((page + 1) * ROWS, model.rowCount()))]


def test_next_page_is_fetched_off_the_ui_thread_and_rows_come_in_order(
    qtbot: Any, listed: tuple[Session, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, expected = listed
    spy = Spy(session, monkeypatch)
    model = CaseListModel(session)
    model.set_query(CaseQuery(sort="ref"))
    assert model.rowCount() == CASES

    shown: list[Any] = []
    pages = -(-CASES // ROWS)
    for page in range(pages):
        if page + 1 < pages:
            with qtbot.waitSignal(model.page_prefetched, timeout=10_000) as arrived:
                shown += _read_page(model, page)
            assert arrived.args == [page + 1]
        else:
            shown += _read_page(model, page)

    assert shown == expected  # every row, in the list's order, none twice
    # The first page is read where the view asks for it; every later page was fetched once,
    # in the thread pool, before the view reached it.
    assert spy.calls[0] == (0, True)
    assert spy.calls[1:] == [(page * ROWS, False) for page in range(1, pages)]
    # Nothing is fetched past the end.
    assert all(offset < CASES for offset, _ in spy.calls)


def test_a_page_fetched_for_an_earlier_listing_is_dropped(
    qtbot: Any, listed: tuple[Session, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    session, expected = listed
    spy = Spy(session, monkeypatch)
    model = CaseListModel(session)
    model.set_query(CaseQuery(sort="ref"))
    spy.gate.clear()  # the next fetch in the pool waits
    assert model.ref_at(0) == expected[0]
    qtbot.waitUntil(lambda: (ROWS, False) in spy.calls, timeout=10_000)

    model.set_query(CaseQuery(sort="ref", descending=True))  # while page 2 is on its way
    arrived: list[int] = []
    model.page_prefetched.connect(arrived.append)
    spy.gate.set()
    # The old fetch has ended and its result reached the UI thread (and was dropped there).
    qtbot.waitUntil(lambda: not workers._LIVE, timeout=10_000)
    assert arrived == []
    assert spy.calls == [(0, True), (ROWS, False)]

    newest_first = list(reversed(expected))
    with qtbot.waitSignal(model.page_prefetched, timeout=10_000) as later:
        assert _read_page(model, 1) == newest_first[ROWS : 2 * ROWS]
    # The page was fetched again for the new listing where the view asked, and the next one
    # ahead of it.
    assert later.args == [2]
    assert spy.calls[2:] == [(ROWS, True), (2 * ROWS, False)]
