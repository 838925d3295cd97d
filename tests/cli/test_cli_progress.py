"""Long commands show progress on a terminal, and nothing of it when a script reads them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..conftest import ADMIN_PASS, make_vault
from .conftest import Cli
from .pty_read import read_pty


def _run_on_a_pty(argv: list[str]) -> tuple[int, str]:
    import pty

    pid, fd = pty.fork()
    if pid == 0:
        os.execv(argv[0], argv)  # noqa: S606 - the command itself, on the pty
    seen = read_pty(fd, limit_s=120)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), seen.decode()


def test_demo_data_shows_progress_on_a_terminal(tmp_path: Path) -> None:
    vault = tmp_path / "unbound"
    make_vault(vault, binding=False)  # the child process has no test keyring
    secret = tmp_path / "admin.pass"
    secret.write_text(ADMIN_PASS + "\n")
    command = shutil.which("securedesk")
    assert command is not None
    argv = [command, "--vault", str(vault), "--user", "admin", "--passphrase-file", str(secret)]
    code, text = _run_on_a_pty([*argv, "demo-data", "--cases", "600"])
    assert code == 0, text
    assert "Invented cases: 500/600 83%" in text and "Invented cases: 600/600 100%" in text
    # The line is cleared before the result, which stands alone on its line.
    assert text.rstrip().split("\r")[-1].startswith("Added 600 invented case(s) with ")


def test_no_progress_when_standard_error_is_not_a_terminal(cli: Cli, vault: Path) -> None:
    r = cli.as_admin(vault, "demo-data", "--cases", "600")
    assert r.code == 0, r.err
    assert r.err == ""


def test_a_stage_line_names_its_stage_and_is_cleared(capsys) -> None:
    from securedesk.cli.progress import Line

    line = Line("Bundle import")
    line("decrypt", 3 << 20, 12 << 20)
    line.clear()
    err = capsys.readouterr().err
    assert "\rBundle import: decrypt 3,145,728/12,582,912 25%" in err
    assert err.endswith("\r" + " " * 70 + "\r")
