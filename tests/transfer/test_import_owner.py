"""Who owns the cases an import creates (issue 11): `bundle import --owner USER`, shown in the
preview; checked as `case assign` checks a new owner; the default (the importing user) said,
with a warning when that user cannot work on the cases."""

from __future__ import annotations

from pathlib import Path

from ..cli.conftest import Cli, assert_refused
from ..vault_rows import content_digest
from .conftest import Site, add_full_case
from .test_receipt_checkpoints import cli, needs_tools, tess

__all__ = ["cli"]  # the fixture


def _exported(cli: Cli, a: Site, b: Site, tmp_path: Path) -> tuple[str, Path]:
    ref = add_full_case(a, attachment=None)
    out = tmp_path / "to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    return ref, out


def _owner_of(site: Site, ref: str) -> str:
    with site.as_user("admin") as s:
        return str(
            s.vault.conn.execute("SELECT owner FROM cases WHERE ref = ?", (ref,)).fetchone()[0]
        )


@needs_tools
def test_an_import_names_the_officer_who_owns_what_it_creates(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref, bundle = _exported(cli, a, b, tmp_path)
    r = tess(cli, b, "bundle", "inspect", bundle)
    assert r.code == 0, r.err
    assert (
        "Owner       tess (you) would own the cases this import creates but cannot work on "
        "them: name an officer with --owner USER" in r.out
    )
    r = tess(cli, b, "--json", "bundle", "inspect", bundle, "--owner", "olivia")
    assert r.code == 0, r.err
    assert r.json()["preview"]["owner"] == {"name": "olivia", "chosen": True, "can_work": True}
    with b.as_user("admin") as s:
        before = content_digest(s.vault.conn)
    for owner, code, words in (
        ("tess", 5, "User 'tess' does not hold the officer role"),
        ("admin", 5, "User 'admin' does not hold the officer role"),
        ("nobody", 2, "There is no user 'nobody' to own cases"),
    ):
        assert_refused(
            tess(cli, b, "bundle", "import", bundle, "--yes", "--owner", owner), code, words
        )
    with b.as_user("admin") as s:
        assert content_digest(s.vault.conn) == before
    r = tess(cli, b, "bundle", "import", bundle, "--yes", "--owner", "olivia")
    assert r.code == 0, r.err
    assert "Owner       olivia: owns the cases this import creates" in r.out
    assert _owner_of(b, ref) == "olivia"
    # Olivia finds it in her caseload and may work on it.
    r = cli.as_olivia(b.folder, "--json", "case", "list", "--mine")
    assert [c["ref"] for c in r.json()] == [ref]
