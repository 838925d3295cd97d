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
from datetime import date
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
from .test_provenance import Records, digest, held, renewed, tess

_SEQUENCES = itertools.count(1000)  # forged bundles: numbers above any real export's

TAKEN = "record-id-taken"


@dataclass
class World:
    a: Site
    b: Site
    c: Site
    ref: str  # A's case, imported by B (its ref on B)
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
    local_ref = add_full_case(b, "Gwen Ellis", attachment=b"%PDF-1.4\n% B's own letter\n")
    for site, case_ref in ((a, ref), (b, local_ref)):
        with site.as_user("oscar") as s:
            s.cases.add_chronology_entry(case_ref, date(2026, 3, 5), "Home visit.")
    out = tmp_path / "a-to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0 and "0 conflict(s)" in r.out, r.err
    with a.as_user("admin") as s:
        case_id = s.store.case_id_for_ref(ref)
    with b.as_user("admin") as s:
        local_id = s.store.case_id_for_ref(local_ref)
        ref = s.vault.conn.execute("SELECT ref FROM cases WHERE id = ?", (case_id,)).fetchone()[0]
    assert case_id != local_id and ref != local_ref
    return World(a, b, c, ref, case_id, local_ref, local_id)


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


def refused(
    cli: Cli, w: World, path: Path, reason: str, *message: str, inspect: bool = True
) -> Result:
    """Inspecting (unless `inspect` is False) and importing the bundle are both refused
    with `reason` (exit 4): the message says each of `message`; nothing is written; one
    "bundle refused" event each."""
    whole, log, before = digest(w.b), bundle_log(w.b), events(w.b)
    steps: list[tuple[str | Path, ...]] = [("import", path, "--yes")]
    if inspect:
        steps.insert(0, ("inspect", path))
    for argv in steps:
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
    assert [(a, o) for a, o, _ in new] == [("bundle refused", "refused")] * len(steps)
    assert {json.loads(d)["reason"] for _, _, d in new} == {reason}
    with w.b.as_user("admin") as s:
        assert s.audit.verify().ok
    return r


def imported(cli: Cli, w: World, path: Path) -> Result:
    r = tess(cli, w.b, "bundle", "import", path, "--yes")
    assert r.code == 0, r.err
    return r


def conflicts(cli: Cli, w: World) -> dict[str, str]:
    found = tess(cli, w.b, "--json", "bundle", "conflicts").json()
    return {x["record_id"]: x["reason"] for x in found}


def everything(w: World) -> tuple[Records, Records]:
    """A's case and B's own case, whole, as B holds them."""
    return held(w.b, w.case_id), held(w.b, w.local_id)


# -- action updates: the finding, and its relatives -----------------------------------------


@pytest.mark.parametrize("holder", ["partner", "local"])
@pytest.mark.parametrize("sender", ["a", "c"])
def test_a_new_action_whose_update_id_is_held_under_another_action_is_refused(
    cli: Cli, world: World, tmp_path: Path, holder: str, sender: str
) -> None:
    """The finding: exit 1, 'unexpected database error (IntegrityError)'. Now exit 4 with
    the line, the action and the update named, before anything is written."""
    w = world
    other = w.case_id if holder == "partner" else w.local_id
    taken = of(held(w.b, other), "action")["updates"][0]["id"]
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    action = of(lines, "action")
    action["updates"].append({**action["updates"][0], "id": new_id()})
    action["updates"][1]["id"] = taken  # the second: the first is written, then rolled back
    path = tmp_path / "updates-taken.sdbundle"
    forge(path, getattr(w, sender), w.b, lines)
    r = refused(
        cli,
        w,
        path,
        TAKEN,
        f"records/000001.jsonl line {line_of(lines, action)}: action {action['id']}: its "
        f"update {taken} is held in this vault as an update of another action.",
    )
    assert "First session booked" not in r.err  # ids, never content


def test_the_origins_update_appending_an_update_id_held_elsewhere_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    """An update record pointing at a parent in another case: A re-sends its own action
    with a new update whose id is that of B's own action's update (B's case). It was a
    conflict ('not-updatable'), indistinguishable from an honest one; it is a refusal."""
    w = world
    taken = of(held(w.b, w.local_id), "action")["updates"][0]["id"]
    lines = [r for r in held(w.b, w.case_id) if r["type"] != "attachment"]
    action = of(lines, "action")
    action["updates"].append(
        {**action["updates"][0], "id": taken, "at": "2026-12-01T09:00:00+00:00"}
    )
    path = tmp_path / "append-taken.sdbundle"
    forge(path, w.a, w.b, lines)
    refused(
        cli,
        w,
        path,
        TAKEN,
        f"line {line_of(lines, action)}: action {action['id']}: its update {taken}",
    )
    # Without the stolen id, the same appended update applies.
    action["updates"][-1]["id"] = new_id()
    forge(path, w.a, w.b, lines)
    r = imported(cli, w, path)
    assert "1 updated" in r.out and "0 conflict(s)" in r.out, r.out


@pytest.mark.parametrize(
    "where",
    ["another action", "the same action", "a record", "its own action"],
)
def test_an_update_id_twice_in_one_bundle_is_refused(
    cli: Cli, world: World, tmp_path: Path, where: str
) -> None:
    w = world
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    first = of(lines, "action")
    second = {**copy.deepcopy(first), "id": new_id()}
    second["updates"][0]["id"] = new_id()
    lines.append(second)
    if where == "another action":
        second["updates"][0]["id"] = first["updates"][0]["id"]
    elif where == "the same action":  # two actions, the second holding the first's id
        second["updates"][0]["id"] = first["id"]
    elif where == "a record":
        second["updates"][0]["id"] = of(lines, "item")["id"]
    else:
        second["updates"][0]["id"] = second["id"]
    dup = second["updates"][0]["id"]
    path = tmp_path / "update-twice.sdbundle"
    forge(path, w.a, w.b, lines)
    refused(
        cli,
        w,
        path,
        "duplicate-record",
        f"line {line_of(lines, second)}: action {second['id']}: its update {dup} has the id "
        "of a record or action update earlier in the bundle.",
    )


def test_a_record_with_the_id_of_an_earlier_update_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    entry = {**of(held(w.b, w.case_id), "chronology_entry")}
    case_id = of(lines, "case")["id"]
    entry.update(id=of(lines, "action")["updates"][0]["id"], case_id=case_id)
    lines.append(entry)
    path = tmp_path / "record-after-update.sdbundle"
    forge(path, w.a, w.b, lines)
    refused(
        cli,
        w,
        path,
        "duplicate-record",
        f"line {line_of(lines, entry)}: chronology entry {entry['id']}: a record or action "
        "update with this id came earlier in the bundle.",
    )


# -- a record's id held here by another type -------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "holder_kind", "holder_words"),
    [
        ("chronology_entry", "case", "a case"),
        ("item", "person", "a person"),
        ("person", "action_update", "an action update"),
        ("case", "attachment", "an attachment"),
        ("attachment", "item", "an item"),
        ("assessment", "action", "an action"),
    ],
)
def test_a_new_record_whose_id_is_held_as_another_type_is_refused(
    cli: Cli, world: World, tmp_path: Path, kind: str, holder_kind: str, holder_words: str
) -> None:
    w = world
    mine = held(w.b, w.local_id)  # B's own case: ids a partner could learn from B's bundles
    if holder_kind == "action_update":
        taken = of(mine, "action")["updates"][0]["id"]
    else:
        taken = of(mine, holder_kind)["id"]
    source = renewed(held(w.b, w.case_id))
    lines = source if kind == "attachment" else [r for r in source if r["type"] != "attachment"]
    record = of(lines, kind)
    old = record["id"]
    record["id"] = taken
    for r in lines:  # the records referring to it follow
        for name in ("case_id", "person_id", "other_id", "supersedes"):
            if r.get(name) == old:
                r[name] = taken
        if r["type"] == "case":
            r["subject_ids"] = [taken if p == old else p for p in r["subject_ids"]]
    path = tmp_path / f"{kind}-as-{holder_kind}.sdbundle"
    forge(path, w.c, w.b, lines, *([letter(w.b, w.case_id)] if kind == "attachment" else []))
    noun = kind.replace("_", " ")
    refused(
        cli,
        w,
        path,
        TAKEN,
        f"line {line_of(lines, record)}: {noun} {taken}: this vault holds {holder_words} "
        "with this id.",
    )


def test_an_update_id_held_as_a_record_is_refused(cli: Cli, world: World, tmp_path: Path) -> None:
    w = world
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    action = of(lines, "action")
    action["updates"][0]["id"] = w.local_id
    path = tmp_path / "update-as-case.sdbundle"
    forge(path, w.c, w.b, lines)
    refused(
        cli,
        w,
        path,
        TAKEN,
        f"action {action['id']}: its update {w.local_id} is held in this vault as a case.",
    )


def test_the_same_record_id_twice_in_one_bundle_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    item = of(lines, "item")
    item["id"] = of(lines, "case")["id"]  # a case's id again, as an item's
    path = tmp_path / "twice.sdbundle"
    forge(path, w.a, w.b, lines)
    refused(
        cli,
        w,
        path,
        "duplicate-record",
        f"line {line_of(lines, item)}: item {item['id']}: a record or action update with "
        "this id came earlier in the bundle.",
    )


# -- child records held here under another parent: conflicts, by the provenance rules --------


@pytest.mark.parametrize("sender", ["a", "c"])
def test_child_records_held_under_another_case_are_conflicts_and_stay_put(
    cli: Cli, world: World, tmp_path: Path, sender: str
) -> None:
    """A new case whose items, chronology entry, assessment, action and attachment carry
    the ids of records B holds under A's case and under B's own: each one a conflict with
    the provenance rules' reason, nothing moved, the new case and subject created."""
    w = world
    before = everything(w)
    theirs, mine = before
    lines = renewed(theirs)
    new_case = of(lines, "case")["id"]
    expected: dict[str, str] = {}
    from_a = "not-updatable" if sender == "a" else "other-sender"
    for kind, held_as, reason in [
        ("item", theirs, from_a),
        ("chronology_entry", mine, "local-record"),
        ("assessment", theirs, from_a),
        ("action", mine, "local-record"),
        ("attachment", theirs, from_a),
    ]:
        record = of(lines, kind)
        original = of(held_as, kind)
        old, record["id"] = record["id"], original["id"]
        if kind == "action":
            record["updates"] = copy.deepcopy(original["updates"])  # its own: not a clash
        for r in lines:
            if r.get("supersedes") == old:
                r["supersedes"] = record["id"]
        expected[record["id"]] = reason
    # The correction now supersedes an item held in A's case: it is refused (see below), so
    # here it goes.
    lines = [r for r in lines if not (r["type"] == "item" and r["supersedes"])]
    path = tmp_path / "children-elsewhere.sdbundle"
    forge(path, getattr(w, sender), w.b, lines, letter(w.b, w.case_id))
    r = tess(cli, w.b, "bundle", "inspect", path)
    assert r.code == 0, r.err
    r = imported(cli, w, path)
    assert f"{len(expected)} conflict(s) kept for review" in r.out, r.out
    assert conflicts(cli, w) == expected
    assert everything(w) == before  # nothing moved, nothing changed
    created = held(w.b, new_case)
    assert [x["type"] for x in created] == ["person", "case"]


def test_a_link_id_held_between_other_people_is_a_conflict(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    w = world
    first = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    subject = of(first, "person")
    sibling = {**subject, "id": new_id(), "given_name": "Sibling"}
    link = {
        "type": "person_link",
        "id": new_id(),
        "person_id": subject["id"],
        "other_id": sibling["id"],
        "relationship": "sibling",
    }
    of(first, "case")["subject_ids"].append(sibling["id"])
    first = [subject, sibling, link, *first[1:]]
    path = tmp_path / "with-link.sdbundle"
    forge(path, w.a, w.b, first)
    assert "0 conflict(s)" in imported(cli, w, path).out
    second = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    other = {**of(second, "person"), "id": new_id()}
    relinked = {**link, "person_id": of(second, "person")["id"], "other_id": other["id"]}
    of(second, "case")["subject_ids"].append(other["id"])
    second = [second[0], other, relinked, *second[1:]]
    links_before = held_links(w.b)
    path = tmp_path / "link-elsewhere.sdbundle"
    forge(path, w.a, w.b, second)
    assert "1 conflict(s)" in imported(cli, w, path).out
    assert conflicts(cli, w) == {link["id"]: "not-updatable"}
    assert held_links(w.b) == links_before


def held_links(site: Site) -> list[tuple[Any, ...]]:
    with site.as_user("admin") as s:
        return [tuple(r) for r in s.vault.conn.execute("SELECT * FROM person_links ORDER BY id")]


def test_a_correction_of_an_item_held_in_another_case_is_refused(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    """Directly, and through an earlier record of the bundle claiming the held item for the
    new case (that record is a conflict and stays put, so the correction would cross)."""
    w = world
    theirs = held(w.b, w.case_id)
    original = of(theirs, "item")
    for claim in (False, True):
        lines = [r for r in renewed(theirs) if r["type"] != "attachment"]
        items = [r for r in lines if r["type"] == "item"]
        if claim:
            items[0]["id"] = original["id"]
        items[1]["supersedes"] = original["id"]
        path = tmp_path / f"cross-correction-{claim}.sdbundle"
        forge(path, w.a, w.b, lines)
        refused(
            cli,
            w,
            path,
            "record-dangling",
            f"line {line_of(lines, items[1])}: field 'supersedes' refers to an item of "
            "another case.",
        )


# -- case refs ------------------------------------------------------------------------------


def test_a_new_case_whose_ref_is_taken_gets_the_next_one(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    """B's own ref as sent, the same in small letters, and twice in one bundle: each new
    case gets a ref of B's own, shown in the preview; B's case keeps its ref."""
    w = world
    lines: Records = []
    for sent in (w.local_ref, w.local_ref.lower(), "X-1", "X-1"):
        case = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
        of(case, "case")["ref"] = sent
        lines += case
    path = tmp_path / "refs.sdbundle"
    forge(path, w.c, w.b, lines)
    doc = tess(cli, w.b, "--json", "bundle", "inspect", path).json()["preview"]
    got = [(c["sender_ref"], c["ref"], c["ref_changed"]) for c in doc["cases"]]
    refs = [ref for _, ref, _ in got]
    assert [changed for *_, changed in got] == [True, True, False, True]
    assert len({r.upper() for r in refs} | {w.ref.upper(), w.local_ref.upper()}) == 6
    imported(cli, w, path)
    with w.b.as_user("admin") as s:
        assert s.store.case_id_for_ref(w.local_ref) == w.local_id
        assert s.store.case_id_for_ref(w.local_ref.lower()) == w.local_id
        assert [s.store.case_id_for_ref(r) for r in refs] == [c["id"] for c in doc["cases"]]


# -- the last resort ------------------------------------------------------------------------


def test_a_clash_no_check_foresaw_is_refused_with_nothing_written(
    cli: Cli, world: World, tmp_path: Path
) -> None:
    """An insider with the database key leaves a provenance row for a record that is not
    held (as a deleted case would): creating that record fails a constraint, and the import
    is refused, not crashed; nothing of the bundle is written."""
    w = world
    lines = [r for r in renewed(held(w.b, w.case_id)) if r["type"] != "attachment"]
    case = of(lines, "case")
    with w.b.as_user("admin") as s, s.vault.conn:
        bundle = s.vault.conn.execute("SELECT bundle_id FROM incoming_bundles").fetchone()[0]
        s.vault.conn.execute(
            "INSERT INTO record_provenance VALUES ('case', ?, ?, 'x', '2026-01-01', 'x')",
            (case["id"], bundle),
        )
    path = tmp_path / "insider.sdbundle"
    forge(path, w.a, w.b, lines)
    refused(
        cli,
        w,
        path,
        TAKEN,
        f"line {line_of(lines, case)}: case {case['id']} clashes with what this vault holds "
        "and cannot be stored.",
        inspect=False,
    )
