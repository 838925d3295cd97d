"""The window's icons: line drawings shipped as SVG in resources/icons/ (CC0, see the
LICENSE there). A missing file gives an empty icon rather than an error."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from securedesk.resource_files import resources_folder

# Navigation key (main_window.NAVIGATION) -> icon name.
NAVIGATION_ICONS = {
    "my_cases": "my-cases",
    "all_cases": "all-cases",
    "meetings": "meetings",
    "transfers": "transfers",
    "reports": "reports",
    "audit": "audit",
    "retention": "audit",
    "admin": "admin",
}


def icon_path(name: str) -> str:
    return str(resources_folder() / "icons" / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(icon_path(name))
