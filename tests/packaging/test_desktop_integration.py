"""Desktop integration: the entry validates, the metainfo validates, the icon draws and the
window uses it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from securedesk.app import application_icon
from securedesk.resource_files import resources_folder

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "packaging" / "desktop" / "org.securedesk.SecureDesk.desktop"
METAINFO = ROOT / "packaging" / "desktop" / "org.securedesk.SecureDesk.metainfo.xml"


def test_desktop_entry_is_valid() -> None:
    # desktop-file-utils is installed by .ci/run and named in the README's system packages.
    tool = shutil.which("desktop-file-validate")
    assert tool is not None, "apt-get install desktop-file-utils"
    result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True, check=False)
    assert result.returncode == 0 and result.stdout == "", result.stdout + result.stderr
    text = DESKTOP.read_text("utf-8")
    assert "\nExec=securedesk\n" in text and "\nIcon=securedesk\n" in text


def test_metainfo_names_the_entry_and_validates_where_appstreamcli_is() -> None:
    root = ET.parse(METAINFO).getroot()  # noqa: S314 (our own file)
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("launchable") == DESKTOP.name
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli is not installed (optional)")
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout


def test_icon_draws_at_every_size(qapp: object) -> None:
    icon = application_icon()
    assert not icon.isNull()
    for size in (16, 32, 48, 256):
        image = icon.pixmap(size, size).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert image.width() == size
        centre = image.pixelColor(size // 2, size // 2)
        assert centre.alpha() == 255  # drawn, not an empty square
    png = QImage(str(resources_folder() / "icons" / "securedesk.png"))
    assert (png.width(), png.height()) == (256, 256)


def test_the_window_uses_the_icon() -> None:
    # In a process of its own: make_application keeps an application that already exists,
    # as the test session's does.
    code = (
        "from securedesk.app import make_application\n"
        "app = make_application(['securedesk'])\n"
        "print(app.windowIcon().isNull(), app.desktopFileName())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split() == ["False", DESKTOP.stem], result.stderr
