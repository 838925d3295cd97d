"""Where SecureDesk's data files are: the pack fonts, the assessment framework, translations.

In a source checkout (and an editable install, which imports from the checkout's src/) they
are the top-level `resources/` and `translations/` folders. An installed wheel carries them
inside the package as `securedesk/_resources` and `securedesk/_translations` (pyproject.toml
maps them there). Every module that needs one of these files asks here, so the layout is
known in one place. No Qt: the core and the packs use this too.
"""

from __future__ import annotations

from pathlib import Path

# The folders at the top of a checkout, and their names inside an installed package.
RESOURCES = "resources"
TRANSLATIONS = "translations"
INSTALLED_RESOURCES = "_resources"
INSTALLED_TRANSLATIONS = "_translations"

FONTS = "fonts"
ASSESSMENT_FRAMEWORK = "assessment_framework.json"

_PACKAGE = Path(__file__).resolve().parent
# src/securedesk -> the project root, when this file is in a checkout.
_CHECKOUT = _PACKAGE.parent.parent


def _in_checkout() -> bool:
    return _PACKAGE.parent.name == "src" and (_CHECKOUT / "pyproject.toml").is_file()


def _locate(installed: str, top_level: str) -> Path:
    """The folder inside the package if it is there (a wheel), else the checkout's. When
    neither exists the package's path is returned, so a reader fails with the place an
    installation should have put the file."""
    inside = _PACKAGE / installed
    if inside.is_dir():
        return inside
    beside = _CHECKOUT / top_level
    if _in_checkout() and beside.is_dir():
        return beside
    return inside


def resources_folder() -> Path:
    """The fonts and the assessment framework."""
    return _locate(INSTALLED_RESOURCES, RESOURCES)


def translations_folder() -> Path:
    """The compiled catalogues (.qm); in a checkout also their sources (.ts)."""
    return _locate(INSTALLED_TRANSLATIONS, TRANSLATIONS)


def font_file(file_name: str) -> Path:
    """A font the packs are set in, e.g. font_file("DejaVuSans.ttf")."""
    return resources_folder() / FONTS / file_name


def assessment_framework_file() -> Path:
    """The assessment framework shipped with SecureDesk (an authority may supply its own)."""
    return resources_folder() / ASSESSMENT_FRAMEWORK


def compiled_translation(language: str) -> Path:
    """The compiled catalogue Qt loads for a language code such as "cy" or "en_GB"."""
    return translations_folder() / f"securedesk_{language}.qm"


def compiled_qt_base_translation(language: str) -> Path:
    """Our catalogue of Qt's own strings (standard buttons, the file dialog, the wizard's
    buttons, edit menus) for a language Qt does not ship, such as Welsh. It may not exist:
    English needs none."""
    return translations_folder() / f"qtbase_{language}.qm"


def source_translations_folder() -> Path:
    """The checkout's translations/ folder, where the .ts catalogues are edited and compiled.

    The .ts files are not shipped in the wheel, so this is for the tools and tests that run
    from a checkout; elsewhere it raises FileNotFoundError."""
    if not _in_checkout():
        raise FileNotFoundError(
            f"SecureDesk at {_PACKAGE} is not in a source checkout; the .ts catalogues are "
            "only in a checkout's translations/ folder."
        )
    return _CHECKOUT / TRANSLATIONS


def translation_catalogue(language: str) -> Path:
    """The Qt Linguist catalogue (.ts) of a language, in the checkout."""
    return source_translations_folder() / f"securedesk_{language}.ts"
