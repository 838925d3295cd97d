"""What the window needs from the system, checked before Qt is loaded.

Without them Qt aborts with a message about its "xcb platform plugin" that names neither the
missing package nor a way forward. Here a person is told which Debian packages to install, or
that there is no display, and that the command works without a window.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

# The shared library Qt's X11 plugin loads -> the Debian package that ships it.
X11_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "EGL": "libegl1",
    "GL": "libgl1",
    "fontconfig": "libfontconfig1",
    "dbus-1": "libdbus-1-3",
}


def missing_for_window(
    env: Mapping[str, str] | None = None,
    find: Callable[[str], str | None] | None = None,
    platform: str = sys.platform,
) -> str | None:
    """What stops the window opening, in words for a person, or None when nothing does."""
    env = os.environ if env is None else env
    find = find or ctypes.util.find_library
    wanted = env.get("QT_QPA_PLATFORM", "")
    if not platform.startswith("linux") or wanted.startswith(("offscreen", "minimal", "vnc")):
        return None
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return (
            "there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY "
            "is set). Start it from a desktop session, or work without a window: "
            "'securedesk --demo --headless', or any command (see 'securedesk --help')."
        )
    if wanted.startswith("wayland") or (not env.get("DISPLAY") and env.get("WAYLAND_DISPLAY")):
        return None  # the Wayland plugin needs none of the X11 libraries below
    packages = [package for library, package in X11_LIBRARIES.items() if find(library) is None]
    if not packages:
        return None
    return (
        "the window needs system libraries this machine does not have. On Debian or Ubuntu, "
        f"install them with: sudo apt-get install {' '.join(packages)} ; meanwhile every "
        "command works without a window (see 'securedesk --help')."
    )
