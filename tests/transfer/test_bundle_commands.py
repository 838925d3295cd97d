"""`securedesk bundle ...` end to end through the command: exit codes, one-line refusals,
the checkpoint's check with a contact card and no vault, and import only after a preview."""

from __future__ import annotations

from pathlib import Path

import pytest

from ..cli.conftest import Cli, Result, assert_refused
from .conftest import TRANSFER_PASS, Site, add_full_case


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


def test_export_verify_inspect_import_receipt(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a)
    out = tmp_path / "to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    assert "Wrote bundle" in r.out and "OFFICIAL-SENSITIVE" in r.out

    r = tess(cli, b, "bundle", "verify", out)
    assert r.code == 0, r.err
    assert a.fingerprint() in r.out and "Signatures  good" in r.out

    # The checkpoint: the sender's card and the file, no vault at all.
    card = tmp_path / "a-card.txt"
    card.write_bytes(a.card())
    r = cli("--json", "bundle", "verify", out, "--sender-card", card)
    assert r.code == 0, r.err
    assert r.json()["ok"] is True and r.json()["sender"] == a.fingerprint()
    other_card = tmp_path / "b-card.txt"
    other_card.write_bytes(b.card())
    assert_refused(cli("bundle", "verify", out, "--sender-card", other_card), 4, "different key")

    r = tess(cli, b, "--json", "bundle", "inspect", out)
    assert r.code == 0, r.err
    preview = r.json()["preview"]
    assert preview["creates"]["case"] == 1

    # Without --yes and without a terminal to ask on: the preview, exit 2, nothing imported.
    r = tess(cli, b, "bundle", "import", out)
    assert r.code == 2 and "--yes" in r.err and "Create" in r.err
    r = tess(cli, b, "--json", "bundle", "list")
    assert r.json()["received"] == []

    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "Imported bundle" in r.out, r.err
    r = cli.as_oscar(b.folder, "case", "show", ref, "--justification", "Allocating a referral")
    assert r.code == 0, r.err
    assert f"Received from Test terminal ({a.fingerprint()})" in r.out
    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "already imported" in r.out
    bundle_id = tess(cli, b, "--json", "bundle", "list").json()["received"][0]["bundle_id"]

    receipt = tmp_path / "receipt.sdbundle"
    r = tess(cli, b, "bundle", "receipt", bundle_id, "--out", receipt)
    assert r.code == 0, r.err
    r = tess(cli, a, "bundle", "import", receipt, "--yes")
    assert r.code == 0 and "Receipt recorded" in r.out, r.err
    r = tess(cli, a, "bundle", "list")
    assert "1/1" in r.out
    r = tess(cli, b, "bundle", "conflicts")
    assert r.code == 0 and "No open import conflicts." in r.out
    assert_refused(tess(cli, b, "bundle", "resolve", "nope"), 2, "no open import conflict")


def test_refusals_through_the_command(cli: Cli, sites: tuple[Site, Site], tmp_path: Path) -> None:
    a, b = sites
    ref = add_full_case(a, attachment=None)
    out = tmp_path / "to-b.sdbundle"
    tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    data = bytearray(out.read_bytes())
    data[len(data) // 3] ^= 0x40
    bad = tmp_path / "altered.sdbundle"
    bad.write_bytes(bytes(data))
    assert_refused(tess(cli, b, "bundle", "import", bad, "--yes"), 4, "altered")
    bad.write_bytes(out.read_bytes()[:-5000])
    assert_refused(tess(cli, b, "bundle", "verify", bad), 4, "truncated")
    assert_refused(
        tess(cli, a, "bundle", "import", out, "--yes"),
        5,
        "not in the trust store",
    )
    r = cli.as_olivia(b.folder, "bundle", "import", out, "--yes")
    assert_refused(r, 5, "permission")
    assert_refused(
        tess(cli, a, "bundle", "export", "--to", "12345", "--case", ref, "--out", tmp_path / "x"),
        2,
        "fingerprint",
    )
    assert not (tmp_path / "x").exists()
    assert_refused(
        tess(
            cli,
            b,
            "bundle",
            "receipt",
            "4b0c9c8e-1111-4111-8111-111111111111",
            "--out",
            tmp_path / "r",
        ),
        2,
        "nothing to acknowledge",
    )
