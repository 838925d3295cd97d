"""Id collisions a hostile or broken bundle can make the importer meet (issue 10's follow-up):
a record or action update whose id is held here under another parent or as another record
type, the same id twice in one bundle, a case whose ref is taken, a record that moves to
another case. Each one is either a conflict (where the provenance rules say so) or a clean
refusal, decided before anything is written: exit 4 with a reason code and a message naming
the record's id and line (never its content), nothing written, one "bundle refused" event.

The bundles are signed with the real keys of a partner's terminal (A, whose case B holds)
or of a third terminal (C), as in test_provenance."""

from __future__ import annotations

import copy
import hashlib
import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from securedesk.core.domain import new_id
from securedesk.core.markings import Marking
from securedesk.transfer.records import canonical_json

from ..cli.conftest import Cli, Result
from .bundle_kit import write
from .conftest import Site, add_full_case, make_site
from .test_bad_bundles import records, terminal_of
from .test_provenance import Records, digest, held, tess

_SEQUENCES = itertools.count(1000)  # forged bundles: numbers above any real export's

TAKEN = "record-id-taken"


@dataclass
class World:
    a: Site
    b: Site
    c: Site
    ref: str  # A's case, imported by B
    case_id: str
    local_ref: str  # a case created on B
    local_id: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


@pytest.fixture
def world(sites: tuple[Site, Site], tmp_path: Path, cli: Cli) -> World:
    a, b = sites
    c = make_site(tmp_path / "c" / "vault", "c")
    b.trust(c)
    c.trust(b)
    ref = add_full_case(a)
    out = tmp_path / "a-to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "0 conflict(s)" in r.out, r.err
    local_ref = add_full_case(b, "Gwen Ellis", attachment=b"%PDF-1.4\n% B's own letter\n")
    with b.as_user("admin") as s:
        case_id = s.store.case_id_for_ref(ref)
        local_id = s.store.case_id_for_ref(local_ref)
    return World(a, b, c, ref, case_id, local_ref, local_id)


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


def forge(path: Path, sender: Site, recipient: Site, lines: Records, *attachments: bytes) -> None:
    """A bundle of `lines` and the bytes of `attachments`, signed inside and out with
    `sender`'s real keys, for `recipient`."""
    highest = max(Marking(r.get("record_marking") or r.get("marking") or "OFFICIAL") for r in lines)
    members = records([canonical_json(r) for r in lines])
    members += [(f"attachments/{hashlib.sha256(d).hexdigest()}", d) for d in attachments]
    write(
        path,
        terminal_of(sender),
        [terminal_of(recipient)],
        members,
        sequence=next(_SEQUENCES),
        marking=highest,
    )


def letter(site: Site, case_id: str) -> bytes:
    with site.as_user("admin") as s:
        row = s.vault.conn.execute(
            "SELECT data FROM attachments WHERE case_id = ?", (case_id,)
        ).fetchone()
        return bytes(row[0])


def of(lines: Records, kind: str) -> dict[str, Any]:
    return next(r for r in lines if r["type"] == kind)


def line_of(lines: Records, record: dict[str, Any]) -> int:
    return next(n for n, r in enumerate(lines, start=1) if r is record)


def events(site: Site) -> list[tuple[str, str, str]]:
    with site.as_user("admin") as s:
        return [
            (str(a), str(o), str(d))
            for a, o, d in s.vault.conn.execute(
                "SELECT action, outcome, details FROM audit_events WHERE category <> "
                "'authentication' ORDER BY seq"
            )
        ]


def bundle_log(site: Site) -> list[tuple[Any, ...]]:
    with site.as_user("admin") as s:
        return [tuple(r) for r in s.vault.conn.execute("SELECT * FROM incoming_bundles")]


def refused(cli: Cli, w: World, path: Path, reason: str, *message: str) -> Result:
    """Inspecting and importing the bundle are both refused with `reason` (exit 4): the
    message says each of `message`; nothing is written; one "bundle refused" event each."""
    whole, log, before = digest(w.b), bundle_log(w.b), events(w.b)
    for argv in (("inspect", path), ("import", path, "--yes")):
        r = tess(cli, w.b, "bundle", *argv)
        assert r.code == 4, (r.code, r.err)
        assert "unexpected" not in r.err and "IntegrityError" not in r.err
        for part in message:
            assert part in r.err, r.err
    assert digest(w.b) == whole
    assert bundle_log(w.b) == log
    after = events(w.b)
    assert after[: len(before)] == before
    new = after[len(before) :]
    assert [(a, o) for a, o, _ in new] == [("bundle refused", "refused")] * 2
    assert {json.loads(d)["reason"] for _, _, d in new} == {reason}
    with w.b.as_user("admin") as s:
        assert s.audit.verify().ok
    return r


# -- the finding: a new action whose update ids are held here under another action ----------


def test_a_new_action_with_update_ids_held_under_another_action_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    held_action = of(held(w.b, w.case_id), "action")
    lines = renewed(held(w.b, w.case_id))
    action = of(lines, "action")
    taken = held_action["updates"][0]["id"]
    action["updates"][0]["id"] = taken
    path = tmp_path / "updates-taken.sdbundle"
    forge(path, w.a, w.b, lines, letter(w.b, w.case_id))
    refused(
        cli,
        w,
        path,
        TAKEN,
        f"line {line_of(lines, action)}",
        f"action {action['id']}",
        f"update {taken}",
    )
