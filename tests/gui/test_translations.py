"""Both catalogues hold every visible string, translated, and the compiled files load."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from securedesk.resource_files import (
    compiled_translation,
    source_translations_folder,
    translation_catalogue,
)

from ..scripts import load_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "update_translations.py"


def _script():  # type: ignore[no-untyped-def]
    return load_script("update_translations")


def test_every_source_string_is_in_both_catalogues_and_translated() -> None:
    problems = _script().problems()
    assert problems == [], "\n".join(problems[:40]) + (
        "\nRun: python scripts/update_translations.py, translate, and compile."
    )


def test_the_check_would_fail_on_a_new_string(tmp_path: Path, monkeypatch) -> None:
    """The check is not vacuous: a string that is in no catalogue is reported."""
    module = _script()
    extra = tmp_path / "extra.py"
    extra.write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "class Extra(QWidget):\n"
        "    def f(self):\n"
        "        return self.tr('A string nobody has translated yet')\n"
    )
    original = module.sources
    monkeypatch.setattr(module, "sources", lambda: [*original(), extra])
    problems = module.problems()
    assert any("A string nobody has translated yet" in p and p.startswith("cy:") for p in problems)
    assert any(
        "A string nobody has translated yet" in p and p.startswith("en_GB:") for p in problems
    )


@pytest.mark.parametrize("language", ["en_GB", "cy"])
def test_compiled_catalogue_is_shipped_current_and_loads(
    qtbot, tmp_path: Path, language: str
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    ts = translation_catalogue(language)
    qm = compiled_translation(language)
    assert qm.exists(), f"compile with: python {SCRIPT.relative_to(ROOT)}"
    fresh = tmp_path / "fresh.qm"
    subprocess.run([sys.executable, "-c", "import sys"], check=True)
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), "the .qm is older than its .ts"
    translator = QTranslator()
    assert translator.load(str(qm))
    if language == "cy":
        QCoreApplication.installTranslator(translator)
        try:
            assert QCoreApplication.translate("LockScreen", "&Unlock") != "&Unlock"
        finally:
            QCoreApplication.removeTranslator(translator)


def test_every_compiled_catalogue_is_mapped_into_the_wheel() -> None:
    """pyproject.toml names each .qm it ships (the .ts stay out of the wheel), so a new
    language's catalogue must be added there too."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    for ts in sorted(source_translations_folder().glob("*.ts")):
        source = f"translations/{ts.with_suffix('.qm').name}"
        assert shipped.get(source) == f"securedesk/_translations/{ts.with_suffix('.qm').name}"


def _placeholders(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_error_translation_keeps_the_fields_of_its_english() -> None:
    """A Welsh error that dropped or renamed a {field} would lose the reference or file the
    user needs; the window falls back to English, and this check stops it reaching them."""
    module = _script()
    found = module.messages(translation_catalogue("cy"))
    errors = {source: m for (context, source), m in found.items() if context == "Errors"}
    assert len(errors) > 60
    for source, message in errors.items():
        welsh = message.findtext("translation", "")
        assert _placeholders(welsh) == _placeholders(source), source


def test_the_window_words_a_core_error_in_welsh(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from securedesk.core.errors import CaseAboveClearance, WrongPassphrase
    from securedesk.gui.error_text import message_for

    english = message_for(WrongPassphrase("olivia"))
    assert english == str(WrongPassphrase("olivia"))
    translator = QTranslator()
    assert translator.load(str(compiled_translation("cy")))
    QCoreApplication.installTranslator(translator)
    try:
        welsh = message_for(WrongPassphrase("olivia"))
        refused = message_for(CaseAboveClearance("C-2026-0007", "OFFICIAL"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert welsh != english and "olivia" in welsh
    assert "C-2026-0007" in refused and refused != str(
        CaseAboveClearance("C-2026-0007", "OFFICIAL")
    )
