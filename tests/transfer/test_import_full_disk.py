"""`bundle import` on a vault whose disk is too full (issue 12): refused early, before any
work, with its own message and exit code when the space is not there; and when the disk
fills during the import (another program took the space after the check), the fault named
for what it is. Either way nothing is committed, no message says "damaged" or "restore", and
once space is freed `vault check` and `audit verify` pass and the same bundle imports."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from securedesk.core import storage_faults
from securedesk.core.session import Session

from ..cli.conftest import Cli, Result, assert_refused
from ..conftest import ADMIN_PASS
from ..small_disk import fill_leaving
from ..vault_rows import content_digest
from .conftest import TRANSFER_PASS, Site, add_full_case, make_site

MB = 1024 * 1024
ATTACHMENT = 3 * MB  # random, so the bundle is as large as its content


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def _tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


def _digest(site: Site) -> str:
    with Session.sign_in(site.folder, "admin", ADMIN_PASS) as s:
        return content_digest(s.vault.conn)


def _no_damage(text: str) -> None:
    assert "damaged" not in text.lower() and "restore" not in text.lower(), text


@pytest.fixture
def bundle_to_small_disk(cli: Cli, small_disk: Path, tmp_path: Path) -> tuple[Site, Path, str]:
    a = make_site(tmp_path / "a" / "vault", "a")
    b = make_site(small_disk / "vault", "b")
    a.trust(b)
    b.trust(a)
    ref = add_full_case(a, attachment=b"%PDF-1.4\n" + os.urandom(ATTACHMENT))
    out = tmp_path / "to-b.sdbundle"
    r = _tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    assert out.stat().st_size > ATTACHMENT
    return b, out, ref


def _nothing_imported_then_import(
    cli: Cli, b: Site, out: Path, filler: Path, before: str, ref: str
) -> None:
    filler.unlink()
    assert _digest(b) == before
    assert _tess(cli, b, "--json", "bundle", "list").json()["received"] == []
    assert cli.as_admin(b.folder, "vault", "check").code == 0
    assert cli.as_admin(b.folder, "audit", "verify").code == 0
    r = _tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "Imported bundle" in r.out, r.err
    assert ref in cli.as_oscar(b.folder, "case", "list").out


def test_an_import_is_refused_early_when_the_space_is_not_there(
    cli: Cli, small_disk: Path, bundle_to_small_disk: tuple[Site, Path, str]
) -> None:
    b, out, ref = bundle_to_small_disk
    before = _digest(b)
    filler = fill_leaving(small_disk, 5 * MB)  # enough to sign in, not for this bundle
    r = _tess(cli, b, "bundle", "import", out, "--yes")
    assert_refused(r, 1, "not enough free space", str(b.folder), "free at least", "intact")
    _no_damage(r.err)
    assert "unexpected" not in r.err.lower()
    print(r.err.strip())
    _nothing_imported_then_import(cli, b, out, filler, before, ref)


def test_a_disk_that_fills_during_the_import_is_named_and_nothing_is_committed(
    cli: Cli,
    small_disk: Path,
    bundle_to_small_disk: tuple[Site, Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    b, out, ref = bundle_to_small_disk
    before = _digest(b)
    filler = fill_leaving(small_disk, 1536 * 1024)  # the 1.5 MB
    # Another program takes the space after the check: the check passes, the disk fills.
    monkeypatch.setattr(storage_faults, "require_free_space", lambda *_a, **_k: None)
    r = _tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 1, (r.code, r.err)
    assert "full" in r.err.lower() and str(b.folder) in r.err, r.err
    assert "unexpected" not in r.err.lower() and "OperationalError" not in r.err
    _no_damage(r.err)
    print(r.err.strip())
    monkeypatch.undo()
    _nothing_imported_then_import(cli, b, out, filler, before, ref)
