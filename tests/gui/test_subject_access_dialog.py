"""Person view > Subject access report…: the dialog writes the report for an auditor and
shows the refusal to anyone else, leaving no file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from securedesk.core.domain import Person
from securedesk.gui import person_view
from securedesk.gui.subject_access_dialog import SubjectAccessDialog

from ..core.retention_fixtures import make_retention_vault, sign_in


def test_the_dialog_writes_for_an_auditor_only(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    s = sign_in(folder, "olivia")
    case = s.cases.add_case(
        [Person("Gwenllian", "Prydderch")], referral_source="Health", referral_date=date(2026, 1, 1)
    )
    person_id = case.subject_ids[0]
    out = tmp_path / "report.json"
    try:
        dialog = SubjectAccessDialog(s, person_id)
        qtbot.addWidget(dialog)
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.path, str(out))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert "audit" in dialog.error.text() and not out.exists()
    finally:
        s.lock()
    s = sign_in(folder, "ada")
    try:
        dialog = SubjectAccessDialog(s, person_id)
        qtbot.addWidget(dialog)
        dialog.format.setCurrentIndex(1)
        qtbot.keyClicks(dialog.path, str(out))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == ""
        assert [c["ref"] for c in json.loads(out.read_text("utf-8"))["cases"]] == [case.ref]
    finally:
        s.lock()
    # The person view offers it.
    assert person_view.SUBJECT_ACCESS_REPORT is not None


def test_the_dialog_writes_the_report_in_welsh(qtbot: QtBot, tmp_path: Path) -> None:
    import shutil
    import subprocess

    import pytest

    if not shutil.which("pdftotext"):
        pytest.skip("needs pdftotext (poppler-utils)")
    folder = tmp_path / "vault"
    make_retention_vault(folder)
    s = sign_in(folder, "olivia")
    try:
        case = s.cases.add_case(
            [Person("Gwenllian", "Prydderch")],
            referral_source="Health",
            referral_date=date(2026, 1, 1),
        )
    finally:
        s.lock()
    out = tmp_path / "adroddiad.pdf"
    s = sign_in(folder, "ada")
    try:
        dialog = SubjectAccessDialog(s, case.subject_ids[0])
        qtbot.addWidget(dialog)
        # The language is the PDF's: JSON turns the choice off.
        dialog.format.setCurrentIndex(1)
        assert not dialog.language.isEnabled()
        dialog.format.setCurrentIndex(0)
        assert dialog.language.isEnabled()
        dialog.language.setCurrentIndex(dialog.language.findText("Welsh"))
        qtbot.keyClicks(dialog.path, str(out))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.error.text() == ""
    finally:
        s.lock()
    text = " ".join(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(out), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    )
    assert "Adroddiad mynediad at ddata'r unigolyn" in text and "Achosion" in text
    assert "Subject access report" not in text and "What is withheld" not in text
    assert case.ref in text
