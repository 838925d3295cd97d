"""Bundle ids and fingerprints typed as unique prefixes (core/id_prefix.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from securedesk.core.errors import InvalidInput, NotFound
from securedesk.transfer.trust_store import TrustStore

from ..cli.conftest import Cli, assert_refused
from ..vault_rows import content_digest
from .conftest import Site
from .test_receipt_checkpoints import cli, needs_tools, sent_and_imported, tess

__all__ = ["cli"]  # the fixture


def test_a_fingerprint_prefix_with_any_spacing_names_the_terminal(
    sites: tuple[Site, Site],
) -> None:
    a, b = sites
    full = a.fingerprint()
    compact = full.replace(" ", "")
    with b.as_user("admin") as s:
        store = TrustStore(s)
        for typed in (compact[:7], full[:8], "-".join(full.split())[:11], full):
            assert store.get(typed).fingerprint == full, typed
        with pytest.raises(InvalidInput, match="too short to name a trusted terminal"):
            store.get(compact[:3])
        other = "0" if compact[0] != "0" else "1"
        with pytest.raises(NotFound, match=f"No terminal with fingerprint {other}{compact[1:4]}"):
            store.get(other + compact[1:6])
        with pytest.raises(InvalidInput, match="30 digits"):
            store.get(compact[:6] + "x")


@needs_tools
def test_a_receipt_is_written_for_a_bundle_named_by_a_prefix(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    bundle_id = sent_and_imported(cli, a, b, tmp_path)
    with b.as_user("admin") as s:
        before = content_digest(s.vault.conn)
    assert_refused(
        tess(cli, b, "bundle", "receipt", bundle_id[:3], "--out", tmp_path / "r1"),
        2,
        "too short to name a bundle",
    )
    unknown = "ffff" if not bundle_id.startswith("ffff") else "0000"
    assert_refused(tess(cli, b, "bundle", "receipt", unknown, "--out", tmp_path / "r1"), 2, unknown)
    with b.as_user("admin") as s:
        assert content_digest(s.vault.conn) == before
    assert not (tmp_path / "r1").exists()
    r = tess(cli, b, "bundle", "receipt", bundle_id[:8].upper(), "--out", tmp_path / "r2")
    assert r.code == 0, r.err
    assert (tmp_path / "r2").exists()
