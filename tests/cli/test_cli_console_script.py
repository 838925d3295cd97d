"""The installed `securedesk` console script, end to end in its own processes.

Real Argon2 parameters here (about half a second a sign-in), so only a handful of runs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def console_script() -> str:
    beside = Path(sys.executable).with_name("securedesk")
    if beside.is_file():
        return str(beside)
    found = shutil.which("securedesk")
    if found is None:
        pytest.fail("the securedesk console script is not installed (pip install -e .)")
    return found


@pytest.mark.slow
def test_console_script_end_to_end(tmp_path: Path) -> None:
    command = console_script()
    data_home = tmp_path / "xdg"
    data_home.mkdir()
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(data_home),
        # --no-terminal-binding: the OS keyring must not be touched at all.
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    folder = tmp_path / "vault"
    secrets = tmp_path / "secrets"
    secrets.mkdir(mode=0o700)
    files = {}
    for name, text in {
        "admin": "admin passphrase for the console test",
        "one-time": "first passphrase for olivia",
        "olivia": "olivia's own passphrase",
    }.items():
        files[name] = secrets / f"{name}.txt"
        files[name].write_text(text + "\n", encoding="utf-8")

    def securedesk(*argv: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [command, *map(str, argv)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    def check(proc: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
        assert proc.returncode == 0, proc.stderr
        assert "Traceback" not in proc.stderr
        return proc

    admin = ["--vault", folder, "--user", "admin", "--passphrase-file", files["admin"]]
    init = check(
        securedesk(
            "init", "--admin", "admin", "--no-terminal-binding", "--json",
            "--vault", folder, "--passphrase-file", files["admin"],
        )
    )  # fmt: skip
    assert json.loads(init.stdout)["terminal_binding"] is False
    check(
        securedesk(
            *admin, "user", "add", "olivia", "--role", "officer",
            "--new-passphrase-file", files["one-time"],
        )
    )  # fmt: skip
    check(
        securedesk(
            "--vault", folder, "--user", "olivia", "--passphrase-file", files["one-time"],
            "user", "passwd", "olivia", "--new-passphrase-file", files["olivia"],
        )
    )  # fmt: skip
    olivia = ["--vault", folder, "--user", "olivia", "--passphrase-file", files["olivia"]]
    added = check(
        securedesk(
            *olivia, "--json", "case", "add", "--source", "Police", "--subject", "Siân Pritchard"
        )
    )
    ref = json.loads(added.stdout)["ref"]

    listed = check(securedesk("case", "list", "--json", *olivia))
    rows = json.loads(listed.stdout)
    assert [(c["ref"], c["subjects"], c["owner"], c["status"]) for c in rows] == [
        (ref, "Siân Pritchard", "olivia", "referral")
    ]

    # The real key derivation parameters were used, not the tests' fast ones.
    slots = json.loads((folder / "keyslots.json").read_text(encoding="utf-8"))["slots"]
    assert {s["user"] for s in slots} == {"admin", "olivia"}
    assert all(s["kdf"]["name"] == "argon2id" for s in slots)
    assert all(s["kdf"]["memory_kib"] > 8 * 1024 for s in slots)

    wrong = securedesk(
        "--vault", folder, "--user", "olivia", "--passphrase-file", files["one-time"],
        "case", "list",
    )  # fmt: skip
    assert wrong.returncode == 3
    assert wrong.stdout == ""
    assert "Traceback" not in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1
