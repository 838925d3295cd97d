"""`securedesk meeting member ... --language en|cy|bilingual` (issue 13): the member's pack
copies in English, Welsh or both; a wrong language refused with exit 2 and nothing written;
`pack render` draws each copy in its member's language."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from securedesk.core.session import Session

from ..conftest import ADMIN_PASS
from ..vault_rows import content_digest
from .conftest import Cli, assert_refused


def _digest(vault: Path) -> str:
    with Session.sign_in(vault, "admin", ADMIN_PASS) as s:
        return content_digest(s.vault.conn)


def _member(cli: Cli, vault: Path, meeting_id: str, name: str, *extra: str):  # type: ignore[no-untyped-def]
    return cli.as_oscar(
        vault, "--json", "meeting", "member", meeting_id, "--name", name, "--agency", "Police",
        "--clearance", "SECRET", *extra,
    )  # fmt: skip


def test_members_get_their_pack_language_and_a_wrong_one_is_refused(
    cli: Cli, vault: Path, refs: dict[str, str], tmp_path: Path
) -> None:
    r = cli.as_oscar(
        vault, "--json", "meeting", "add", "--title", "Panel Mawrth", "--date", "2026-03-04"
    )
    assert r.code == 0, r.err
    meeting_id = str(r.json()["id"])
    languages = {}
    for name, extra in (
        ("Siân Wyn", ("--language", "cy")),
        ("Elin Ddwyieithog", ("--language", "BILINGUAL")),
        ("Bob Housing", ()),
    ):
        r = _member(cli, vault, meeting_id, name, *extra)
        assert r.code == 0, r.err
        languages[name] = r.json()["language"]
    assert languages == {"Siân Wyn": "cy", "Elin Ddwyieithog": "bilingual", "Bob Housing": "en"}

    before = _digest(vault)
    for bad in ("fr", "", "welsh-ish"):
        r = _member(cli, vault, meeting_id, "Ffion Probation", "--language", bad)
        assert_refused(r, 2, "not a pack language", "en, cy, bilingual")
    assert _digest(vault) == before

    r = cli.as_oscar(vault, "meeting", "show", meeting_id)
    assert r.code == 0, r.err
    assert "pack language" in r.out and "bilingual" in r.out

    if not shutil.which("pdftotext"):
        pytest.skip("needs poppler-utils")
    r = cli.as_oscar(vault, "meeting", "agenda", meeting_id, refs["Evans"])
    assert r.code == 0, r.err
    out = tmp_path / "packs"
    out.mkdir()
    r = cli.as_oscar(vault, "--json", "pack", "render", meeting_id, "--out", out)
    assert r.code == 0, r.err
    texts = {
        c["recipient"]: subprocess.run(
            ["pdftotext", c["file"], "-"], capture_output=True, text=True, check=True
        ).stdout
        for c in r.json()
    }
    assert "Pecyn cyfarfod" in texts["Siân Wyn"] and "Meeting pack" not in texts["Siân Wyn"]
    assert "Meeting pack" in texts["Bob Housing"] and "Pecyn" not in texts["Bob Housing"]
    both = texts["Elin Ddwyieithog"]
    assert both.index("Pecyn cyfarfod") < both.index("Meeting pack")
