"""Every command example in the README runs as written, in order, in a fresh folder with a
fresh home (so the demo vault is made anew), as a newcomer would copy them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parents[1] / "README.md"
EXAMPLE = re.compile(r"<!-- readme-example: (\w+) -->\n```sh\n(.*?)\n```", re.DOTALL)
# What the administrator's example says to write with an editor before it runs.
PASSPHRASE_FILES = {
    "amira.pass": "a long passphrase amira chose herself\n",
    "olivia.pass": "olivia picks another long passphrase\n",
}


def examples() -> list[tuple[str, str]]:
    return EXAMPLE.findall(README.read_text("utf-8"))


def test_the_readme_has_an_example_for_every_role() -> None:
    assert [name for name, _ in examples()] == ["officer", "chair", "transfer", "admin", "auditor"]


@pytest.mark.skipif(shutil.which("jq") is None, reason="the examples use jq (apt-get install jq)")
def test_every_example_runs_as_written(tmp_path: Path) -> None:
    home = tmp_path / "home"
    work = tmp_path / "work"
    home.mkdir()
    work.mkdir()
    for name, text in PASSPHRASE_FILES.items():
        (work / name).write_text(text)
        (work / name).chmod(0o600)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "SECUREDESK"))
    }
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    for name, script in examples():
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", script],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, f"{name}: {result.stderr[-2000:]}"
    assert (work / "packs").is_dir() and list((work / "packs").glob("*.pdf"))
    assert (work / "panel-2026.pdf").stat().st_size > 0
    assert (work / "subject-access.pdf").stat().st_size > 0
    assert (work / "room2.sdbackup").stat().st_size > 0
