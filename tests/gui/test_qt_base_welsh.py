"""Qt's own strings in Welsh: Qt ships no Welsh catalogue, so standard buttons, the file dialog
and the wizard's buttons came out in English in a Welsh window. We ship our own."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from securedesk.app import install_translator, remove_translator
from securedesk.resource_files import compiled_qt_base_translation, source_translations_folder

from ..scripts import load_script


def test_welsh_turns_qt_standard_buttons_welsh_and_english_turns_them_back(qtbot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "cy")
    assert translator is not None
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.Save
        )
        qtbot.addWidget(box)
        texts = {
            box.button(b).text()
            for b in (
                QDialogButtonBox.StandardButton.Ok,
                QDialogButtonBox.StandardButton.Cancel,
                QDialogButtonBox.StandardButton.Save,
            )
        }
        assert texts == {"Iawn", "Canslo", "Cadw"}
        wizard = QWizard()
        qtbot.addWidget(wizard)
        assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Canslo"
        assert QCoreApplication.translate("QFileDialog", "File &name:") == "&Enw'r ffeil:"
    finally:
        remove_translator(app, translator)
    # Taken out with its catalogue: English again.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_qt_base_catalogue_is_complete_and_compiled_current(tmp_path: Path) -> None:
    module = load_script("update_translations")
    assert module.qt_base_problems() == []
    ts = source_translations_folder() / "qtbase_cy.ts"
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == compiled_qt_base_translation("cy").read_bytes()


def test_the_assessment_framework_is_shown_in_welsh_and_checked_complete(tmp_path: Path) -> None:
    import json

    from securedesk.core.cases.assessment_framework import load_framework
    from securedesk.resource_files import assessment_framework_file

    framework = load_framework()
    assert framework.word("Need for status", "cy") == "Angen am statws"
    assert framework.word("High", "cy") == "Uchel"
    assert framework.word("High", "en_GB") == "High"
    assert load_script("update_translations").framework_problems() == []
    # The check is not vacuous: a factor without its Welsh is reported, and shown in English.
    data = json.loads(assessment_framework_file().read_text("utf-8"))
    del data["domains"][0]["factors"][0]["guidance_cy"]
    partial = tmp_path / "framework.json"
    partial.write_text(json.dumps(data), "utf-8")
    framework = load_framework(partial)
    guidance = framework.factors[0].guidance
    assert guidance not in framework.welsh
    assert framework.word(guidance, "cy") == guidance


def test_a_welsh_window_names_the_assessment_factors_in_welsh(qtbot, officer) -> None:
    from datetime import date

    from securedesk.core.domain import FactorScore, Person
    from securedesk.gui.main_window import MainWindow

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    ref = officer.cases.add_case(
        [Person("Aled", "Morgan", date(2010, 1, 1))],
        referral_source="Police",
        referral_date=date(2026, 1, 5),
    ).ref
    framework = officer.framework
    scores = [FactorScore(f.id, 1, "") for f in framework.factors]
    officer.cases.add_assessment(ref, scores, "Low", date(2026, 2, 1))
    translator = install_translator(app, "cy")
    assert translator is not None
    try:
        window = MainWindow(officer)
        qtbot.addWidget(window)
        window.show()
        view = window.open_case(ref)
        assert view is not None
        status = next(f for f in framework.factors if f.name == "Need for status")
        spin, _ = view.scores[status.id]
        assert spin.accessibleName().endswith("Angen am statws")
        names = [view.reading.table.item(r, 0).text() for r in range(len(framework.factors))]
        assert "Angen am statws" in names and "Need for status" not in names
    finally:
        remove_translator(app, translator)
