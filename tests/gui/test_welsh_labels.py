"""The core's values the window shows, in Welsh (issue 13): case status, consent, referral
source and caveats in the case view, role names in the status bar, and every enumeration
through gui/labels.py (attendance, action and copy statuses, trust states, pack languages).

The Welsh comes from the catalogue (securedesk_cy.qm), as a user choosing Cymraeg gets it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from securedesk.app import install_translator, remove_translator
from securedesk.core.access import Role
from securedesk.core.cases.case_record import CONSENT_WORDS
from securedesk.core.domain import (
    AGENCIES,
    KNOWN_CAVEATS,
    ActionStatus,
    CaseStatus,
    ConsentStatus,
    Person,
)
from securedesk.core.meetings.copy_register import CopyStatus
from securedesk.core.meetings.pack_language import PackLanguage
from securedesk.core.session import Session
from securedesk.gui import labels
from securedesk.gui.case_record_dialogs import ConsentDialog
from securedesk.gui.main_window import MainWindow
from securedesk.transfer.trust_state import TrustState


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    translator = install_translator(qapp, "cy")
    assert translator is not None
    yield
    remove_translator(qapp, translator)


def test_every_enumeration_has_welsh_words(welsh: None) -> None:
    shown = {
        **{s: labels.status_label(s) for s in CaseStatus},
        **{s: labels.consent_label(s) for s in ConsentStatus},
        **{s: labels.action_status_label(s) for s in ActionStatus},
        **{r: labels.role_label(r) for r in Role},
        **{a: labels.attendance_label(a) for a in ("invited", "attended", "apologies")},
        **{s: labels.copy_status_label(s) for s in CopyStatus},
        **{s: labels.trust_state_label(s) for s in TrustState},
        **{s: labels.pack_language_label(s) for s in PackLanguage},
        **{a: labels.agency_label(a) for a in AGENCIES},
        **{c: labels.caveat_label(c) for c in KNOWN_CAVEATS},
    }
    same = {"panel", "Panel"}  # the same word in Welsh
    untranslated = [
        v for v, word in shown.items() if word == getattr(v, "value", v) and word not in same
    ]
    assert untranslated == []
    assert labels.consent_label(ConsentStatus.GIVEN) == "wedi'i roi"
    assert labels.role_label(Role.CHAIR) == "cadeirydd panel"
    # What a partner typed (an agency or caveat outside the lists) is shown as written.
    assert labels.agency_label("Youth offending team") == "Youth offending team"
    assert labels.caveat_label("other: ask first") == "other: ask first"


def test_the_case_view_and_status_bar_speak_welsh(qtbot, welsh: None, officer: Session) -> None:
    ref = officer.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    ).ref
    officer.cases.add_item(
        ref, agency="Health", text="Seen at clinic.", caveats=["health only"],
        item_date=date(2026, 1, 6),
    )  # fmt: skip
    window = MainWindow(officer)
    qtbot.addWidget(window)
    window.show()
    view = window.open_case(ref)
    assert view is not None
    facts = view.facts.text()
    assert "atgyfeiriad" in facts and "referral ·" not in facts
    page = view.overview.text()
    assert "Heddlu" in page and "Referred by Police" not in page
    assert "heb ei geisio" in page
    caveats = [view.items.item(r, 4).text() for r in range(view.items.rowCount())]
    assert caveats == ["iechyd yn unig"]
    who = window.who.text()
    assert "swyddog achos" in who and "officer" not in who


def test_the_consent_dialog_offers_the_case_views_words(
    qtbot, welsh: None, officer: Session
) -> None:
    """The Consent… choices are worded by labels.consent_label, the function the case view
    uses, so the dialog cannot drift from the overview's words (it kept its own copy once)."""
    ref = officer.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    ).ref
    dialog = ConsentDialog(officer, ref, ConsentStatus.NOT_SOUGHT)
    qtbot.addWidget(dialog)
    offered = [dialog.status.itemText(i) for i in range(dialog.status.count())]
    assert offered == [labels.consent_label(s) for s in CONSENT_WORDS.values()]
    assert "cydsyniad rhiant wedi'i roi" in offered
