"""Terminal binding against the real Secret Service (GNOME Keyring over D-Bus).

The unit tests use an in-memory keyring; this one proves the binding works with the
keyring a Linux secure-room terminal actually has. CI installs dbus and gnome-keyring.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("secret_service_child.py")


def _tools_present() -> bool:
    return bool(shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon"))


@pytest.mark.secret_service
def test_terminal_binding_with_gnome_keyring(tmp_path: Path) -> None:
    if not _tools_present():
        if os.environ.get("CI"):
            pytest.fail("CI must install dbus and gnome-keyring (see .ci/run)")
        pytest.skip("dbus-run-session and gnome-keyring-daemon are not installed here")
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ["PATH"],
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home / "run"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PYTHONPATH": os.pathsep.join(sys.path),
    }
    (home / "run").mkdir(mode=0o700)
    proc = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(CHILD), str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["stored_in_secret_service"] is True
    assert result["unlocked_with_binding"] is True
    assert result["other_secret"] == "refused"
    assert "bound to a terminal" in result["missing_secret"]
    assert "Nothing was changed" in result["missing_secret"]
