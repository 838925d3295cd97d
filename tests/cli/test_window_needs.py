"""Before Qt loads, the window's system needs are checked, so a machine without them hears
which packages to install instead of Qt's abort about its "xcb platform plugin"."""

from __future__ import annotations

from securedesk.cli import main as cli_main
from securedesk.cli.window_needs import missing_for_window


def _all_there(library: str) -> str | None:
    return f"lib{library}.so"


def test_nothing_missing_on_an_x_display_with_every_library() -> None:
    assert missing_for_window({"DISPLAY": ":0"}, _all_there, "linux") is None


def test_missing_libraries_are_named_by_their_debian_packages() -> None:
    gone = {"xcb-cursor", "EGL"}

    def find(library: str) -> str | None:
        return None if library in gone else _all_there(library)

    text = missing_for_window({"DISPLAY": ":0"}, find, "linux")
    assert text is not None
    assert "sudo apt-get install libxcb-cursor0 libegl1 ;" in text
    assert "securedesk --help" in text


def test_no_display_is_said_with_the_way_to_work_without_a_window() -> None:
    text = missing_for_window({}, _all_there, "linux")
    assert text is not None and "no display" in text and "--headless" in text


def test_offscreen_wayland_and_other_systems_need_no_x_libraries() -> None:
    def nothing(library: str) -> str | None:
        return None

    assert missing_for_window({"QT_QPA_PLATFORM": "offscreen"}, nothing, "linux") is None
    assert missing_for_window({"WAYLAND_DISPLAY": "wayland-0"}, nothing, "linux") is None
    assert missing_for_window({}, nothing, "win32") is None


def test_the_command_says_so_and_exits_without_loading_qt(monkeypatch, capsys, tmp_path) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("DISPLAY", ":99")
    monkeypatch.setattr("ctypes.util.find_library", lambda name: None)
    monkeypatch.setattr("securedesk.cli.window_needs.ctypes.util.find_library", lambda name: None)
    code = cli_main.run(["--vault", str(tmp_path / "v")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("securedesk: the window needs system libraries")
    assert "libxcb-cursor0" in err and "xcb platform plugin" not in err
