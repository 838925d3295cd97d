"""Handling caveats travel (issue 10, finding 1): a bundle for another organisation never
carries an item its caveats keep from that organisation. Exported through the real command,
opened with the real `age -d` and the recipient's exported age identity, imported on the
other side; overrides where the policy allows them, one audit event per item."""

from __future__ import annotations

import json
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from securedesk.core.errors import BundleRejected
from securedesk.core.markings import Marking
from securedesk.transfer.envelope import Manifest, Party, parse_manifest
from securedesk.transfer.identity import export_identity

from ..cli.conftest import Cli, Result, assert_refused
from ..vault_rows import content_digest
from .conftest import TRANSFER_PASS, Site, add_full_case

POLICE_TEXT = "Intelligence from a covert source about the family's associates."
PANEL_TEXT = "Medical history the GP shared for the case officer alone."
UNKNOWN_TEXT = "Gold command briefing: operation name and its officers."
CONSENT_TEXT = "Probation risk note shared on condition of consent before onward disclosure."
PLAIN_TEXT = "Attended the youth club twice this month."
CORRECTION_TEXT = "Corrected: the source is a neighbour, not a relative."


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


def add_caveated_case(site: Site) -> tuple[str, dict[str, str]]:
    """add_full_case plus an item of each caveat; -> (ref, {text: item id})."""
    ref = add_full_case(site)
    ids: dict[str, str] = {}
    with site.as_user("oscar") as s:
        for text, agency, caveats in (
            (POLICE_TEXT, "Police", ["police only"]),
            (PANEL_TEXT, "Health", ["not for panel"]),
            (UNKNOWN_TEXT, "Police", ["other: Gold command only"]),
            (CONSENT_TEXT, "Probation", ["originator consent before onward disclosure"]),
            (PLAIN_TEXT, "Education", ["not for disclosure to subject"]),
        ):
            ids[text] = s.cases.add_item(ref, agency=agency, text=text, caveats=caveats).id
        # A correction of the "police only" item, itself given no caveat.
        ids[CORRECTION_TEXT] = s.cases.add_item(
            ref, agency="Police", text=CORRECTION_TEXT, supersedes=ids[POLICE_TEXT]
        ).id
    return ref, ids


def set_policy(site: Site, **values: str) -> None:
    with site.as_user("admin") as s:
        s.set_policies(values)


def opened_with_age(bundle: Path, site: Site, work: Path) -> bytes:
    """The payload as the recipient's age identity opens it with the age command: the
    decrypted tar, every byte of it."""
    work.mkdir()
    identity = work / "identity.txt"
    with site.as_user("admin") as s:
        export_identity(s, identity)
    subprocess.run(["tar", "-xf", str(bundle)], cwd=work, check=True)
    done = subprocess.run(
        ["age", "-d", "-i", str(identity), "-o", "payload.tar", "payload.age"],
        cwd=work,
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    inner = work / "inner"
    inner.mkdir()
    subprocess.run(["tar", "-xf", str(work / "payload.tar")], cwd=inner, check=True)
    return (work / "payload.tar").read_bytes()


def audit_rows(site: Site, action: str) -> list[tuple[str, str, str]]:
    with site.as_user("admin") as s:
        return [
            (str(r[0]), str(r[1]), str(r[2]))
            for r in s.vault.conn.execute(
                "SELECT object_id, justification, details FROM audit_events WHERE action = ? "
                "ORDER BY seq",
                (action,),
            )
        ]


def item_texts(site: Site) -> set[str]:
    with site.as_user("admin") as s:
        return {str(t) for (t,) in s.vault.conn.execute("SELECT text FROM items")}


WITHHELD = {POLICE_TEXT, PANEL_TEXT, UNKNOWN_TEXT, CONSENT_TEXT, CORRECTION_TEXT}


def test_caveated_items_never_reach_another_organisation(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref, ids = add_caveated_case(a)
    out = tmp_path / "to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    assert f"5 item(s) withheld under handling caveats and not in the bundle ({ref}: 5)" in r.out

    payload = opened_with_age(out, b, tmp_path / "opened")
    for text in WITHHELD:
        assert text.encode() not in payload, text
        assert ids[text].encode() not in payload  # not even the id
    for text in (PLAIN_TEXT, "Corrected: concern raised by head of year."):
        assert text.encode() in payload  # what may go, goes (the check can fail)
    manifest = json.loads((tmp_path / "opened" / "inner" / "manifest.json").read_bytes())
    assert list(manifest["withheld_under_caveats"].values()) == [5]

    r = tess(cli, b, "bundle", "inspect", out)
    assert r.code == 0, r.err
    assert "Withheld    5 item(s) kept back by the sender under handling caveats" in r.out
    r = tess(cli, b, "--json", "bundle", "import", out, "--yes")
    assert r.code == 0, r.err
    assert list(r.json()["withheld_under_caveats"].values()) == [5]
    arrived = item_texts(b)
    assert PLAIN_TEXT in arrived and not arrived & WITHHELD
    # The sender's record of the disclosure names the gap.
    (event,) = audit_rows(a, "case exported in bundle")
    assert json.loads(event[2])["items_withheld"] == 5


def test_strict_mode_refuses_and_writes_nothing(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref, _ = add_caveated_case(a)
    with a.as_user("admin") as s:
        before = content_digest(s.vault.conn)
    out = tmp_path / "strict.sdbundle"
    r = tess(
        cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out, "--strict"
    )
    assert_refused(r, 5, f"Case {ref} has 5 item(s) whose handling caveats keep them")
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))
    with a.as_user("admin") as s:
        assert content_digest(s.vault.conn) == before
    assert audit_rows(a, "bundle export refused: withheld-under-caveats")


def test_an_override_is_refused_unless_policy_allows_and_then_recorded_per_item(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref, ids = add_caveated_case(a)
    police, correction = ids[POLICE_TEXT], ids[CORRECTION_TEXT]
    out = tmp_path / "override.sdbundle"
    export = ("bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    why = "DS Jones (Northshire Police) consented by phone on 3 March, reference 41."
    with a.as_user("admin") as s:
        before = content_digest(s.vault.conn)

    # Off by default: refused, nothing written or changed.
    r = tess(cli, a, *export, "--override-caveat", police, "--justification", why)
    assert_refused(r, 5, "does not allow handling caveats to be overridden")
    assert not out.exists()
    set_policy(a, caveat_overrides="on")
    with a.as_user("admin") as s:
        before = content_digest(s.vault.conn)

    # Every bad override, each refused with nothing written.
    bad = [
        (("--override-caveat", police), 2, "Give one --justification for each"),
        (("--override-caveat", police, "--justification", "  "), 2, "needs a justification"),
        (
            ("--override-caveat", ids[UNKNOWN_TEXT], "--justification", why),
            5,
            "does not know, which no override can release",
        ),
        (("--override-caveat", ids[PLAIN_TEXT], "--justification", why), 2, "nothing to override"),
        (
            ("--override-caveat", correction, "--justification", why),
            2,
            f"corrects item {police}, which stays withheld",
        ),
    ]
    for extra, code, message in bad:
        assert_refused(tess(cli, a, *export, *extra), code, message)
        assert not out.exists()
    with a.as_user("admin") as s:
        assert content_digest(s.vault.conn) == before

    r = tess(
        cli,
        a,
        "--json",
        *export,
        "--override-caveat",
        police,
        "--override-caveat",
        correction,
        "--justification",
        why,
    )
    assert r.code == 0, r.err
    assert r.json()["items_withheld"] == 3
    assert sorted(r.json()["released_by_override"]) == sorted([police, correction])
    events = audit_rows(a, "item released under caveat override")
    assert sorted(e[0] for e in events) == sorted([police, correction])
    for _, justification, details in events:
        assert justification == why
        assert json.loads(details)["caveats"] == ["police-only"]
    payload = opened_with_age(out, b, tmp_path / "opened")
    assert POLICE_TEXT.encode() in payload and CORRECTION_TEXT.encode() in payload
    assert PANEL_TEXT.encode() not in payload and UNKNOWN_TEXT.encode() not in payload


def test_police_only_goes_to_an_organisation_the_policy_names_as_police(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref, _ = add_caveated_case(a)
    with a.as_user("admin") as s:
        before = content_digest(s.vault.conn)
        for value in ("Test council", "Test council = army", "= police"):
            with pytest.raises(Exception, match="'organisation = agency' pairs"):
                s.set_policy("caveat_organisations", value)
        assert content_digest(s.vault.conn) == before
    # Both test terminals belong to "Test council"; call it police here.
    set_policy(a, caveat_organisations="Northshire NHS Trust = health;  TEST   council=Police")
    out = tmp_path / "to-police.sdbundle"
    r = tess(
        cli, a, "--json", "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out
    )
    assert r.code == 0, r.err
    assert r.json()["items_withheld"] == 3  # not for panel, unknown, originator consent
    payload = opened_with_age(out, b, tmp_path / "opened")
    assert POLICE_TEXT.encode() in payload and CORRECTION_TEXT.encode() in payload
    assert PANEL_TEXT.encode() not in payload and CONSENT_TEXT.encode() not in payload


def test_a_bundle_with_no_caveated_item_says_nothing_withheld(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a, marking=Marking.OFFICIAL)
    out = tmp_path / "plain.sdbundle"
    r = tess(
        cli, a, "--json", "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out
    )
    assert r.code == 0, r.err
    assert r.json()["items_withheld"] == 0 and r.json()["withheld_under_caveats"] == {}
    opened_with_age(out, b, tmp_path / "opened")
    manifest = json.loads((tmp_path / "opened" / "inner" / "manifest.json").read_bytes())
    assert "withheld_under_caveats" not in manifest  # as older senders write it


def test_the_manifest_statement_is_checked_strictly() -> None:
    case_id = str(uuid.uuid4())
    now = datetime(2026, 3, 1, tzinfo=UTC)
    party = Party(
        fingerprint=" ".join(["12345"] * 6),
        minisign_key_id="0123456789ABCDEF",
        name="A",
        organisation="Test council",
        age_recipient="age1" + "q" * 58,
    )
    manifest = Manifest(
        kind="records",
        bundle_id=str(uuid.uuid4()),
        sequence=1,
        created=now,
        expires=now + timedelta(days=14),
        highest_marking=Marking.OFFICIAL,
        sender=party,
        recipients=(Party(fingerprint=party.fingerprint, age_recipient=party.age_recipient),),
        case_ids=(case_id,),
        withheld=((case_id, 2),),
    )
    assert parse_manifest(manifest.to_bytes()).withheld == ((case_id, 2),)
    doc = json.loads(manifest.to_bytes())
    for bad in (
        {},
        {str(uuid.uuid4()): 1},
        {case_id: 0},
        {case_id: "2"},
        [case_id],
        {case_id: 1.5},
    ):
        doc["withheld_under_caveats"] = bad
        with pytest.raises(BundleRejected) as info:
            parse_manifest(json.dumps(doc).encode())
        assert info.value.reason == "envelope-invalid"
        assert "withheld_under_caveats" in str(info.value)
