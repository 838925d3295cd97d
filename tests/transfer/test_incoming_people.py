"""The import preview lists incoming people who look like people held here (issue 11): same
folded name and date of birth, or the same identifier (the same matching as case add,
tested in tests/core/test_people.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from securedesk.core.domain import Person

from ..cli.conftest import Cli
from .conftest import TRANSFER_PASS, Site, add_full_case
from .test_bundle_commands import cli  # noqa: F401 - the fixture


def test_bundle_inspect_lists_incoming_people_like_local_ones(
    cli: Cli,  # noqa: F811
    sites: tuple[Site, Site],
    tmp_path: Path,
) -> None:
    a, b = sites
    ref = add_full_case(a, "Siân Prydderch", attachment=None)  # born 2009-05-04
    with b.as_user("olivia") as s:
        local = s.cases.add_case(
            [Person("SIAN", "prydderch", date(2009, 5, 4))],
            referral_source="Police",
            referral_date=date(2026, 2, 1),
        )
        held = s.store.get_case(local.id).subjects[0]
    out = tmp_path / "to-b.sdbundle"
    r = cli.as_user(
        a.folder, "tess", TRANSFER_PASS, "bundle", "export", "--to", b.fingerprint(),
        "--case", ref, "--out", out,
    )  # fmt: skip
    assert r.code == 0, r.err
    r = cli.as_user(b.folder, "tess", TRANSFER_PASS, "--json", "bundle", "inspect", out)
    assert r.code == 0, r.err
    likely = r.json()["preview"]["likely_people"]
    assert [(m["local"]["id"], m["reason"]) for m in likely] == [
        (held.id, "name and date of birth")
    ]
    assert likely[0]["incoming"]["name"] == "Siân Prydderch"
    assert likely[0]["local"]["cases"] == [local.ref]
    text = cli.as_user(b.folder, "tess", TRANSFER_PASS, "bundle", "inspect", out).out
    assert "1 incoming person(s) look like people held here" in text
    assert f"looks like {held.id[:8]} SIAN prydderch born 2009-05-04 ({local.ref}" in text
    assert "securedesk person merge" in text
