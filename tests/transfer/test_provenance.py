"""Provenance per sender (issue 10, finding 2), with real terminals and their real keys.

Terminal A sends a case to B. A third terminal, C, trusted by B, re-sends the same global ids
with the subject renamed, the date of birth changed, the case closed and its marking
lowered: B's import must leave A's case as it was, set every changed record aside as a
conflict with its reason, and say so in the preview. A's own later update applies; A's
update lowering a marking is a conflict; a bundle never puts a case in a local user's
caseload; a record created on B is never updated by a bundle."""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from securedesk.core.domain import CaseStatus, new_id
from securedesk.core.markings import Marking
from securedesk.transfer.records import canonical_json, case_records

from ..cli.conftest import Cli, Result
from ..vault_rows import content_digest
from .bundle_kit import Terminal, write
from .conftest import TRANSFER_PASS, Site, add_full_case, make_site
from .test_bad_bundles import records, terminal_of

Records = list[dict[str, Any]]
_SEQUENCES = itertools.count(100)  # forged bundles: numbers above any real export's


@dataclass
class World:
    a: Site
    b: Site
    c: Site
    ref: str  # the case's ref, on A and on B
    case_id: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


@pytest.fixture
def world(sites: tuple[Site, Site], tmp_path: Path, cli: Cli) -> World:
    """A's case (OFFICIAL-SENSITIVE, owned by oscar on A) exported by A and imported by B;
    C trusted by B and trusting B."""
    a, b = sites
    c = make_site(tmp_path / "c" / "vault", "c")
    b.trust(c)
    c.trust(b)
    ref = add_full_case(a, attachment=None)
    out = tmp_path / "a-to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "0 conflict(s)" in r.out, r.err
    with b.as_user("admin") as s:
        case_id = s.store.case_id_for_ref(ref)
    return World(a, b, c, ref, case_id)


def held(site: Site, case_id: str) -> Records:
    with site.as_user("admin") as s:
        return list(case_records(s.vault.conn, case_id))


def renewed(lines: Records) -> Records:
    """The same records with every id (action updates' included) new: a new case, as a
    partner would send one, with the same content."""
    lines = copy.deepcopy(lines)
    ids = {r["id"]: new_id() for r in lines}
    for r in lines:
        r["id"] = ids[r["id"]]
        for name in ("case_id", "person_id", "other_id", "supersedes"):
            if r.get(name) in ids:
                r[name] = ids[r[name]]
        for update in r.get("updates", []):
            update["id"] = new_id()
        if r["type"] == "case":
            r["subject_ids"] = [ids[p] for p in r["subject_ids"]]
    return lines


def case_row(site: Site, case_id: str) -> dict[str, Any]:
    with site.as_user("admin") as s:
        cursor = s.vault.conn.execute("SELECT * FROM cases WHERE id = ?", (case_id,))
        names = [d[0] for d in cursor.description]
        return dict(zip(names, cursor.fetchone(), strict=True))


def case_digest(site: Site, case_id: str) -> tuple[Records, dict[str, Any], list[Any]]:
    """Everything of the case: its records as held, its row (markings, owner, times) and
    the provenance of each of its records."""
    found = held(site, case_id)
    with site.as_user("admin") as s:
        provenance = [
            tuple(
                s.vault.conn.execute(
                    "SELECT * FROM record_provenance WHERE record_type = ? AND record_id = ?",
                    (r["type"], r["id"]),
                ).fetchone()
                or ()
            )
            for r in found
        ]
    return found, case_row(site, case_id), provenance


def digest(site: Site) -> str:
    with site.as_user("admin") as s:
        return content_digest(s.vault.conn)


def forge(path: Path, sender: Site, recipient: Site, lines: Records) -> None:
    """A bundle of `lines`, signed inside and out with `sender`'s real keys, for `recipient`."""
    by: Terminal = terminal_of(sender)
    highest = max(
        (Marking(r.get("record_marking") or r.get("marking") or "OFFICIAL") for r in lines),
    )
    write(
        path,
        by,
        [terminal_of(recipient)],
        records([canonical_json(r) for r in lines]),
        sequence=next(_SEQUENCES),
        marking=highest,
    )


def hostile(w: World) -> tuple[Records, dict[str, str]]:
    """A's case as C would re-send it: subject renamed, date of birth changed, case closed,
    marking lowered, and an item of C's own added to A's case. Returns the records and the
    reason expected for each record set aside."""
    lines = held(w.b, w.case_id)
    subject = next(r for r in lines if r["type"] == "person")
    subject["given_name"], subject["family_name"] = "Someone", "Else"
    subject["date_of_birth"] = "1990-01-01"
    case = next(r for r in lines if r["type"] == "case")
    case["status"], case["closing_reason"] = "closed", "No further action."
    case["record_marking"] = "OFFICIAL"
    planted = {
        "type": "item",
        "id": new_id(),
        "case_id": w.case_id,
        "agency": "Police",
        "author": "C",
        "item_date": "2026-03-02",
        "text": "Planted by another terminal.",
        "source_grade": "A",
        "information_grade": "1",
        "marking": "OFFICIAL",
        "caveats": [],
        "supersedes": None,
        "recorded_by": "tess",
        "recorded_at": "2026-03-02T10:00:00+00:00",
    }
    lines.append(planted)
    expected = {
        subject["id"]: "other-sender",
        case["id"]: "other-sender",
        planted["id"]: "other-sender",
    }
    return lines, expected


def test_another_terminal_cannot_overwrite_a_partners_case(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    before = case_digest(w.b, w.case_id)
    assert (before[1]["marking"], before[1]["record_marking"]) == ("OFFICIAL-SENSITIVE",) * 2
    lines, expected = hostile(w)
    path = tmp_path / "c-to-b.sdbundle"
    forge(path, w.c, w.b, lines)
    c_fp, a_fp = w.c.fingerprint(), w.a.fingerprint()

    # The preview, case by case: who sent it, where the case came from, what is set aside.
    r = tess(cli, w.b, "bundle", "inspect", path)
    assert r.code == 0, r.err
    assert f"Case        {w.ref}: conflict; sent by Test terminal, " in r.out
    assert f"({c_fp})" in r.out
    assert "origin here: Test terminal, " in r.out and f"({a_fp}), not this sender" in r.out
    for rid in expected:
        kind = next(x["type"] for x in lines if x["id"] == rid)
        assert f"conflict: {kind} {rid}: another terminal's record" in r.out
    doc = tess(cli, w.b, "--json", "bundle", "inspect", path).json()["preview"]
    [case] = doc["cases"]
    assert case["sender"]["fingerprint"] == c_fp and doc["sender"]["fingerprint"] == c_fp
    assert case["origin"] == "other" and case["origin_terminal"]["fingerprint"] == a_fp
    assert {x["id"]: x["reason"] for x in case["conflicts"]} == expected
    assert doc["totals"]["updated"] == 0 and doc["totals"]["conflicts"] == 3

    # Without --yes: the same preview on standard error, exit 2, nothing written.
    whole = digest(w.b)
    r = tess(cli, w.b, "bundle", "import", path)
    assert r.code == 2 and "--yes" in r.err
    assert "another terminal's record" in r.err and "not this sender" in r.err
    assert digest(w.b) == whole

    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0, r.err
    assert "0 created, 0 updated" in r.out
    assert "3 conflict(s) kept for review (another terminal's record: 3)" in r.out
    # A's case is exactly as it was: name, date of birth, status, markings, provenance.
    assert case_digest(w.b, w.case_id) == before
    conflicts = tess(cli, w.b, "--json", "bundle", "conflicts").json()
    assert {x["record_id"]: x["reason"] for x in conflicts} == expected
    # (A person belongs to no one case: its conflict names none.)
    assert {x["record_type"]: x["case_ref"] for x in conflicts} == {
        "person": "",
        "case": w.ref,
        "item": w.ref,
    }
    table = tess(cli, w.b, "bundle", "conflicts").out
    assert "reason" in table and "another terminal's record" in table
    # The case keeps its OFFICIAL-SENSITIVE marking, so it stays out of reach of members
    # cleared to OFFICIAL only; the planted item is not in the case.
    row = case_row(w.b, w.case_id)
    assert (row["marking"], row["record_marking"]) == ("OFFICIAL-SENSITIVE",) * 2
    assert lines[-1]["id"] not in {r["id"] for r in held(w.b, w.case_id)}


def test_the_origins_own_update_applies_and_its_lowered_marking_does_not(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    # A's own later change, exported for real: applied.
    with w.a.as_user("oscar") as s:
        s.cases.change_status(w.ref, CaseStatus.INFORMATION_GATHERING)
        s.cases.add_chronology_entry(w.ref, date(2026, 3, 5), "Home visit.")
    out = tmp_path / "a-update.sdbundle"
    r = tess(cli, w.a, "bundle", "export", "--to", w.b.fingerprint(), "--case", w.ref, "--out", out)
    assert r.code == 0, r.err
    r = tess(cli, w.b, "bundle", "inspect", out)
    assert r.code == 0 and "origin here: this sender" in r.out, r.out
    r = tess(cli, w.b, "bundle", "import", out, "--yes")
    assert r.code == 0, r.err
    assert "1 created, 1 updated" in r.out and "0 conflict(s)" in r.out
    assert case_row(w.b, w.case_id)["status"] == "information gathering"

    # A's update that lowers the case's marking (forged with A's real keys, as A's terminal
    # would not do it): a conflict, the case unchanged.
    before = case_digest(w.b, w.case_id)
    lines = held(w.b, w.case_id)
    case = next(r for r in lines if r["type"] == "case")
    case["record_marking"] = "OFFICIAL"
    case["consent"] = "given"
    path = tmp_path / "a-lowers.sdbundle"
    forge(path, w.a, w.b, lines)
    r = tess(cli, w.b, "bundle", "import", path)
    assert r.code == 2
    assert f"conflict: case {w.case_id}: lowers the marking" in r.err
    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0, r.err
    assert "1 conflict(s) kept for review (lowers the marking: 1)" in r.out
    assert case_digest(w.b, w.case_id) == before

    # ... and an item's marking lowered by A: a conflict too.
    lines = held(w.b, w.case_id)
    item = next(r for r in lines if r["type"] == "item")
    item["marking"] = "OFFICIAL"
    path = tmp_path / "a-lowers-item.sdbundle"
    forge(path, w.a, w.b, lines)
    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0, r.err
    assert "(lowers the marking: 1)" in r.out
    assert case_digest(w.b, w.case_id) == before
    reasons = {
        x["record_id"]: x["reason"] for x in tess(cli, w.b, "--json", "bundle", "conflicts").json()
    }
    assert reasons == {w.case_id: "marking-lowered", item["id"]: "marking-lowered"}


def test_a_bundle_never_puts_a_case_in_a_local_users_caseload(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    # A's real case names oscar as its owner, and B has an oscar: the case is not his.
    assert next(r for r in held(w.a, w.case_id) if r["type"] == "case")["owner"] == "oscar"
    r = cli.as_oscar(w.b.folder, "--json", "case", "list", "--mine")
    assert r.code == 0, r.err
    assert w.ref not in r.out
    assert case_row(w.b, w.case_id)["owner"] == "tess"  # the user who imported it
    r = tess(cli, w.b, "--json", "case", "list", "--mine")
    assert r.code == 0 and w.ref in r.out, r.out

    # A new case from C naming B's olivia, then an update naming oscar: neither gets it.
    lines = renewed(held(w.b, w.case_id))
    for r in lines:
        if r["type"] == "case":
            r["ref"], r["owner"] = "C-2026-0001", "olivia"
    lines = [r for r in lines if r["type"] != "attachment"]
    path = tmp_path / "c-new.sdbundle"
    forge(path, w.c, w.b, lines)
    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0 and "0 conflict(s)" in r.out, r.out
    new_case = next(r["id"] for r in lines if r["type"] == "case")
    assert case_row(w.b, new_case)["owner"] == "tess"
    r = cli.as_olivia(w.b.folder, "--json", "case", "list", "--mine")
    assert r.code == 0 and "C-2026-0001" not in r.out, r.out
    case = next(r for r in lines if r["type"] == "case")
    case["owner"], case["consent"] = "oscar", "given"
    path = tmp_path / "c-update.sdbundle"
    forge(path, w.c, w.b, lines)
    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0 and "1 updated" in r.out, r.out
    row = case_row(w.b, new_case)
    assert (row["owner"], row["consent"]) == ("tess", "given")  # the consent only changed


def test_a_record_created_here_is_never_updated_by_a_bundle(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    ref = add_full_case(w.b, "Gwen Ellis", attachment=None)
    with w.b.as_user("admin") as s:
        case_id = s.store.case_id_for_ref(ref)
    before = case_digest(w.b, case_id)
    lines = held(w.b, case_id)  # ids a partner could know from a bundle B sent it
    case = next(r for r in lines if r["type"] == "case")
    case["status"], case["closing_reason"] = "closed", "No further action."
    subject = next(r for r in lines if r["type"] == "person")
    subject["family_name"] = "Renamed"
    lines.append(
        {
            "type": "chronology_entry",
            "id": new_id(),
            "case_id": case_id,
            "event_date": "2026-03-04",
            "summary": "Planted.",
            "author": "A",
            "recorded_at": "2026-03-04T10:00:00+00:00",
        }
    )
    for sender in (w.a, w.c):  # the first partner as much as any other
        path = tmp_path / f"{sender.name}-local.sdbundle"
        forge(path, sender, w.b, lines)
        r = tess(cli, w.b, "bundle", "inspect", path)
        assert r.code == 0, r.err
        assert "origin here: this terminal (created here), not this sender" in r.out
        r = tess(cli, w.b, "bundle", "import", path, "--yes")
        assert r.code == 0, r.err
        assert "3 conflict(s) kept for review (a record of this terminal: 3)" in r.out
        assert case_digest(w.b, case_id) == before
    found = tess(cli, w.b, "--json", "bundle", "conflicts").json()
    assert {x["reason"] for x in found} == {"local-record"} and len(found) == 6
    assert {(x["record_type"], x["case_ref"]) for x in found} == {
        ("person", ""),
        ("case", ref),
        ("chronology_entry", ref),
    }
