"""Refresh the Qt Linguist catalogues from the sources, then compile them.

    python scripts/update_translations.py          # update .ts files and compile .qm
    python scripts/update_translations.py --check  # exit 1 if a source string is missing
                                                    # or untranslated in either catalogue

English (UK) is the source language: its catalogue repeats each source text, so a string
that is in the code but not in the catalogue is still caught.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from securedesk.resource_files import source_translations_folder, translation_catalogue

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "securedesk"
# A module outside the window that marks texts for the catalogues: error templates, and the
# words of a report or a list the window shows (the formatter may break the call).
MARKED = re.compile(r'QT_TRANSLATE_NOOP\(\s*"')
LANGUAGES = ("en_GB", "cy")


def sources() -> list[Path]:
    """The window's modules, and every module that marks texts for the window: the core
    words nothing itself, but its error kinds' English templates (the "Errors" context) and
    a report's section titles and categories (the "reports" context) are marked with
    QT_TRANSLATE_NOOP, which lupdate reads without Qt being imported."""
    window = [*PACKAGE.joinpath("gui").glob("*.py"), PACKAGE / "app.py"]
    kinds = [
        path
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.parts and MARKED.search(path.read_text("utf-8"))
    ]
    return sorted({*window, *kinds})


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} is not installed (it comes with PySide6)")
    return found


def extract(ts: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *map(str, sources()),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)  # noqa: S314 - our own catalogue, written by lupdate
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def is_translated(message: ET.Element) -> bool:
    tr = message.find("translation")
    if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = tr.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((tr.text or "").strip())


def problems() -> list[str]:
    """Every source string missing from, or untranslated in, a catalogue."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        extract(fresh)
        wanted = messages(fresh)
    found: list[str] = []
    for lang in LANGUAGES:
        ts = translation_catalogue(lang)
        have = messages(ts) if ts.exists() else {}
        for key in wanted:
            if key not in have:
                found.append(f"{lang}: missing {key[0]}: {key[1]!r}")
            elif not is_translated(have[key]):
                found.append(f"{lang}: untranslated {key[0]}: {key[1]!r}")
    return found + qt_base_problems() + framework_problems() + pack_problems()


# Our catalogues of Qt's own strings, for languages Qt does not ship (written by hand:
# lupdate cannot extract them from our sources).
QT_BASE_CATALOGUES = ("qtbase_cy.ts",)


def qt_base_problems() -> list[str]:
    found: list[str] = []
    for name in QT_BASE_CATALOGUES:
        for (context, source), message in messages(source_translations_folder() / name).items():
            if not is_translated(message):
                found.append(f"{name}: untranslated {context}: {source!r}")
    return found


def framework_problems() -> list[str]:
    """Every text of the shipped assessment framework that has no Welsh beside it."""
    from securedesk.core.cases.assessment_framework import load_framework

    framework = load_framework()
    return [
        f"assessment framework: no Welsh for {text!r}"
        for text in framework.english_texts()
        if text not in framework.welsh
    ]


def pack_problems() -> list[str]:
    """Every fixed text of the meeting packs that has no Welsh in their table
    (securedesk.packs.pack_words: a plain dict, as packs never import Qt)."""
    from securedesk.packs.pack_words import problems as pack_words_problems

    return pack_words_problems()


def compile_all() -> None:
    catalogues = [translation_catalogue(lang) for lang in LANGUAGES]
    catalogues += [source_translations_folder() / name for name in QT_BASE_CATALOGUES]
    for ts in catalogues:
        subprocess.run(
            [tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for line in found:
            print(line)
        return 1 if found else 0
    source_translations_folder().mkdir(exist_ok=True)
    for lang in LANGUAGES:
        extract(translation_catalogue(lang))
    compile_all()
    missing = problems()
    print(f"{len(missing)} string(s) still need a translation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
