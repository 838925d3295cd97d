"""The issue's list of bad bundles, each crafted with the sender's real keys and offered to a
real vault: a specific reason and message, exit code 4 or 5, and the vault unchanged but for
one audit event recording the refusal."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pyrage import x25519

from securedesk.core.audit import chain as audit
from securedesk.core.errors import BundleRefused, BundleRejected
from securedesk.core.markings import Marking
from securedesk.transfer import bundle_reader, ustar
from securedesk.transfer.bundle_import import import_bundle
from securedesk.transfer.identity import ensure_identity
from securedesk.transfer.records import MAX_RECORD_BYTES, canonical_json, case_records

from .bundle_kit import (
    Terminal,
    assemble,
    manifest_members,
    raw_header,
    signed_members,
    tar,
)
from .bundle_kit import header as kit_header
from .conftest import Site, add_full_case, make_site


def header(*args: Any, **kw: Any) -> dict[str, object]:
    """The kit's header, declaring the marking of the real case used here."""
    kw.setdefault("marking", Marking.OFFICIAL_SENSITIVE)
    return kit_header(*args, **kw)


TABLES = ("cases", "people", "items", "attachments", "incoming_bundles", "record_provenance")


def terminal_of(site: Site) -> Terminal:
    with site.as_user("admin") as s:
        ident = ensure_identity(s)
    return Terminal(
        ident.name,
        seed=ident.minisign_secret,
        key_id=ident.minisign_key_id,
        age=x25519.Identity.from_str(ident.age_identity),
    )


@dataclass(frozen=True)
class World:
    """Sender A, recipient B, and C (trusted by B, the forwarder); A's real case records."""

    b: Site
    sender: Terminal
    recipient: Terminal
    forwarder: Terminal
    lines: list[bytes]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    base = tmp_path_factory.mktemp("bad")
    a = make_site(base / "a" / "vault", "a", binding=False)
    b = make_site(base / "b" / "vault", "b", binding=False)
    c = make_site(base / "c" / "vault", "c", binding=False)
    for x, y in ((a, b), (b, a), (b, c), (c, b)):
        x.trust(y)
    with b.as_user("admin") as s:
        s.set_policy("classification_ceiling", "OFFICIAL-SENSITIVE")
    ref = add_full_case(a, attachment=None)
    with a.as_user("admin") as s:
        lines = [
            canonical_json(r) for r in case_records(s.vault.conn, s.store.case_id_for_ref(ref))
        ]
    return World(b, terminal_of(a), terminal_of(b), terminal_of(c), lines)


def records(lines: list[bytes]) -> list[tuple[str, bytes]]:
    return [("records/000001.jsonl", b"".join(line + b"\n" for line in lines))]


def good_payload(
    sender: Terminal, fields: dict[str, object], members: list[tuple[str, bytes]]
) -> bytes:
    return tar(
        signed_members(sender, str(fields["bundle_id"]), manifest_members(sender, fields) + members)
    )


def seal(
    w: World,
    path: Path,
    fields: dict[str, object],
    payload: bytes,
    *,
    signer: Terminal | None = None,
    also_to: list[str] | None = None,
) -> None:
    """The outer bundle around `payload`: signed by A unless said otherwise, encrypted to B
    (and to `also_to`)."""
    assemble(
        path,
        fields,
        payload,
        outer_signer=signer or w.sender,
        age_recipients=[w.recipient.age_recipient, *(also_to or [])],
    )


def from_a(w: World, path: Path, lines: list[bytes] | None = None, **header_kw: Any) -> None:
    """A bundle as A would make it for B, but for the header fields given."""
    fields = header(w.sender, [w.recipient], **header_kw)
    seal(
        w,
        path,
        fields,
        good_payload(w.sender, fields, records(w.lines if lines is None else lines)),
    )


def snapshot(site: Site) -> tuple[dict[str, int], int]:
    with site.as_user("admin") as s:
        conn = s.vault.conn
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        events = [e for e in audit.iter_events(conn) if e.category != "authentication"]
    return counts, len(events)


def offered(world: World, path: Path) -> BundleRejected | BundleRefused:
    b = world.b
    before, events = snapshot(b)
    with b.as_user("tess") as s, pytest.raises((BundleRejected, BundleRefused)) as info:
        import_bundle(s, path, accept_older=True)
    after, events_after = snapshot(b)
    assert after == before
    assert events_after == events + 1
    with b.as_user("admin") as s:
        last = [e for e in audit.iter_events(s.vault.conn) if e.category != "authentication"][-1]
        assert s.audit.verify().ok
    assert last.action == "bundle refused" and last.outcome == "refused"
    assert json.loads(last.details)["reason"] == info.value.reason
    assert info.value.exit_code in (4, 5)
    assert "Traceback" not in str(info.value)
    return info.value


Case = Callable[[World, Path], None]


def _expired(w: World, path: Path) -> None:
    from_a(w, path, created=datetime.now(UTC).replace(microsecond=0) - timedelta(days=30))


def _forwarded(w: World, path: Path) -> None:
    original = header(w.sender, [w.forwarder])
    outer = {**header(w.forwarder, [w.recipient]), "bundle_id": original["bundle_id"]}
    seal(w, path, outer, good_payload(w.sender, original, records(w.lines)), signer=w.forwarder)


def _inner_signed_by_other(w: World, path: Path) -> None:
    f = header(w.sender, [w.recipient])
    inner = manifest_members(w.forwarder, f) + records(w.lines)
    seal(w, path, f, tar(signed_members(w.sender, str(f["bundle_id"]), inner)))


def _above_ceiling(w: World, path: Path) -> None:
    from_a(w, path, marking=Marking.SECRET)


def _understated(w: World, path: Path) -> None:
    from_a(w, path, marking=Marking.OFFICIAL)


def _entries(entries: list[tuple[bytes, bytes]]) -> Case:
    def build(w: World, path: Path) -> None:
        f = header(w.sender, [w.recipient])
        head = [(ustar.header(n, len(d)), d) for n, d in manifest_members(w.sender, f)]
        seal(w, path, f, tar(head + entries))

    return build


def _lines(change: Callable[[list[bytes]], list[bytes]]) -> Case:
    def build(w: World, path: Path) -> None:
        from_a(w, path, change(list(w.lines)))

    return build


def _too_many_stanzas(w: World, path: Path) -> None:
    f = header(w.sender, [w.recipient])
    extra = [Terminal(f"x{i}").age_recipient for i in range(20)]
    seal(w, path, f, good_payload(w.sender, f, records(w.lines)), also_to=extra)


def _schema_broken(lines: list[bytes]) -> list[bytes]:
    case = next(i for i, line in enumerate(lines) if b'"type":"case"' in line)
    record = json.loads(lines[case])
    record["status"] = "vanished"
    lines[case] = canonical_json(record)
    return lines


CASES: dict[str, tuple[Case, str, int]] = {
    "expired bundle": (_expired, "bundle-expired", 5),
    "re-encrypted, re-signed and forwarded by a recipient": (
        _forwarded,
        "inner-signer-mismatch",
        4,
    ),
    "manifest signed by another terminal": (_inner_signed_by_other, "inner-signer-mismatch", 4),
    "above this terminal's ceiling": (_above_ceiling, "above-ceiling", 5),
    "records marked above what the envelope declares": (_understated, "marking-understated", 4),
    "attachment name with ..": (
        _entries([(raw_header("attachments/../../x", 1), b"x")]),
        "archive-path",
        4,
    ),
    "absolute path": (_entries([(raw_header("/etc/cron.d/x", 1), b"x")]), "archive-path", 4),
    "symbolic link": (
        _entries([(raw_header("records/000001.jsonl", 0, b"2", b"/etc/passwd"), b"")]),
        "archive-entry-type",
        4,
    ),
    "hard link": (
        _entries([(raw_header("records/000001.jsonl", 0, b"1", b"manifest.json"), b"")]),
        "archive-entry-type",
        4,
    ),
    "device file": (
        _entries([(raw_header("records/000001.jsonl", 0, b"3"), b"")]),
        "archive-entry-type",
        4,
    ),
    "bigger entry than the limit": (
        _entries([(raw_header("records/000001.jsonl", 64 * 1024 * 1024), b"")]),
        "archive-entry-too-large",
        4,
    ),
    "malformed JSON": (
        _lines(lambda ls: [*ls[:1], b'{"type": "case", ', *ls[1:]]),
        "record-invalid",
        4,
    ),
    "deeper nesting than the limit": (
        _lines(lambda ls: [b"[" * 40 + b"]" * 40, *ls]),
        "record-invalid",
        4,
    ),
    # The nesting pre-scan was quadratic in escaped quotes: about an hour for this line.
    "a mebibyte of escaped quotes in a record": (
        _lines(lambda ls: [b'"' + b'\\"' * (MAX_RECORD_BYTES // 2 - 1), *ls]),
        "record-invalid",
        4,
    ),
    "record that breaks the schema": (_lines(_schema_broken), "record-invalid", 4),
    "duplicate record ids": (_lines(lambda ls: [*ls, ls[-1]]), "duplicate-record", 4),
    "too many age recipient stanzas": (_too_many_stanzas, "payload-too-many-recipients", 4),
}


@pytest.mark.parametrize("label", list(CASES))
def test_bad_bundle_is_refused_and_changes_nothing(
    world: World, tmp_path: Path, label: str
) -> None:
    build, reason, code = CASES[label]
    path = tmp_path / "bad.sdbundle"
    build(world, path)
    err = offered(world, path)
    assert (err.reason, err.exit_code) == (reason, code), str(err)


def test_more_entries_than_the_limit(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The count limits are checked as each entry header arrives (tested at a small limit)."""
    monkeypatch.setattr(bundle_reader, "MAX_ATTACHMENTS", 0)
    files = [b"%PDF-1.4 one", b"%PDF-1.4 two", b"%PDF-1.4 three"]
    members = [(f"attachments/{hashlib.sha256(d).hexdigest()}", d) for d in files]
    f = header(world.sender, [world.recipient])
    path = tmp_path / "many.sdbundle"
    seal(world, path, f, good_payload(world.sender, f, records(world.lines) + members))
    err = offered(world, path)
    assert err.reason == "archive-unexpected-entry" and "more than 0 attachments" in str(err)
