"""The assessment tab shows each score beside its evidence and its change (issue 11); a
first assessment says so instead of listing every factor as changed."""

from __future__ import annotations

from datetime import date

from securedesk.core.domain import FactorScore, Person
from securedesk.core.session import Session
from securedesk.gui.main_window import MainWindow


def test_evidence_beside_each_score_and_first_assessment(qtbot, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    ).ref
    factors = [f.id for f in officer.framework.factors]
    first = [FactorScore(f, 1, f"note {n}") for n, f in enumerate(factors)]
    officer.cases.add_assessment(ref, first, "Low", date(2026, 2, 1))
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(ref)
    assert view is not None
    table = view.reading.table
    assert view.latest_changes.text() == (
        "First assessment: there is nothing earlier to compare with."
    )
    assert "—" not in view.latest_changes.text()
    assert table.rowCount() == len(factors) and table.isColumnHidden(2)
    assert [table.item(0, c).text() for c in (1, 3)] == ["1", "note 0"]
    second = [
        FactorScore(f, 3 if n == 2 else 1, "new evidence" if n == 2 else "")
        for n, f in enumerate(factors)
    ]
    officer.cases.add_assessment(ref, second, "Rising", date(2026, 3, 1))
    view.reload()
    assert not table.isColumnHidden(2)
    assert [table.item(2, c).text() for c in (1, 2, 3)] == ["3", "1 → 3", "new evidence"]
    assert table.item(0, 2).text() == "no change"
    assert table.item(0, 3).text() == "(no evidence given)"
    assert "Changed since the previous assessment:" in view.latest_changes.text()
    # The form starts from the latest scores and their evidence.
    spin, evidence = view.scores[factors[2]]
    assert (spin.value(), evidence.text()) == (3, "new evidence")
