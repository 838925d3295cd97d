"""Receipts carry the sender's signed audit-chain head (issue 10, finding 3): A sends cases to
B, B's receipt carries B's checkpoint, A keeps it and writes it out, and B's `audit verify
--checkpoint` accepts it until an insider truncates or rolls back B's chain. With real keys,
the real `age`, `tar` and `minisign`, and an insider holding B's database key."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.errors import BundleRejected
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.transfer import receipts, signatures
from securedesk.transfer.audit_checkpoint import trusted_comment
from securedesk.transfer.bundle_import import import_bundle
from securedesk.transfer.contact_card import parse_card
from securedesk.transfer.identity import ensure_identity

from ..cli.conftest import Cli, Result, assert_refused
from ..conftest import OFFICER_PASS
from ..core.test_audit_forward_secure import AUDITOR_PASS, add_auditor, drop_guards
from ..vault_rows import content_digest
from .conftest import TRANSFER_PASS, Site, add_full_case

needs_tools = pytest.mark.skipif(
    not all(shutil.which(t) for t in ("age", "minisign", "tar")),
    reason="age, minisign and tar are needed",
)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Cli:
    return Cli(capsys, tmp_path)


def tess(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "tess", TRANSFER_PASS, *argv)


def auditor(cli: Cli, site: Site, *argv: str | Path) -> Result:
    return cli.as_user(site.folder, "audrey", AUDITOR_PASS, *argv)


def sent_and_imported(cli: Cli, a: Site, b: Site, tmp_path: Path) -> str:
    """A sends B a case; B imports it. The bundle's id."""
    ref = add_full_case(a, attachment=None)
    out = tmp_path / "to-b.sdbundle"
    r = tess(cli, a, "bundle", "export", "--to", b.fingerprint(), "--case", ref, "--out", out)
    assert r.code == 0, r.err
    r = tess(cli, b, "bundle", "import", out, "--yes")
    assert r.code == 0, r.err
    return str(tess(cli, b, "--json", "bundle", "list").json()["received"][0]["bundle_id"])


def receipt_issued(site: Site) -> audit.AuditEvent:
    with site.as_user("admin") as s:
        return [e for e in audit.iter_events(s.vault.conn) if e.action == "receipt issued"][-1]


def open_receipt(receipt: Path, a: Site, work: Path) -> dict[str, Any]:
    """receipt.json, as A reads it with the standard tools: tar, age -d, tar."""
    with a.as_user("admin") as s:
        identity = ensure_identity(s).age_identity
    work.mkdir()
    key = work / "identity.txt"
    key.write_text(identity + "\n")
    key.chmod(0o600)
    subprocess.run(["tar", "-xf", str(receipt), "-C", str(work)], check=True)
    payload = work / "payload.tar"
    subprocess.run(
        ["age", "-d", "-i", str(key), "-o", str(payload), str(work / "payload.age")], check=True
    )
    inner = work / "payload"
    inner.mkdir()
    subprocess.run(["tar", "-xf", str(payload), "-C", str(inner)], check=True)
    assert sorted(p.name for p in inner.iterdir()) == [
        "SHA256SUMS",
        "SHA256SUMS.minisig",
        "manifest.json",
        "manifest.json.minisig",
        "receipt.json",
    ]
    value: dict[str, Any] = json.loads((inner / "receipt.json").read_bytes())
    return value


def minisign_verify(path: Path, public: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["minisign", "-V", "-m", str(path), "-P", public], capture_output=True, text=True
    )


def insider_key(site: Site) -> bytes:
    with Session.sign_in(site.folder, "oscar", OFFICER_PASS) as s:
        return bytes(s.vault._db_key)


@needs_tools
def test_a_receipt_carries_the_head_the_partner_keeps_and_the_sender_checks_against(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    add_auditor(b.folder)
    bundle_id = sent_and_imported(cli, a, b, tmp_path)
    receipt = tmp_path / "receipt.sdbundle"
    r = tess(cli, b, "bundle", "receipt", bundle_id, "--out", receipt)
    assert r.code == 0, r.err

    # What the receipt carries is B's head just before the receipt's own event.
    issued = receipt_issued(b)
    seq = json.loads(issued.details)["checkpoint"]
    assert seq == issued.seq - 1
    with b.as_user("admin") as s:
        head = audit.event_at(s.vault.conn, seq)
        b_vault = s.vault.vault_id
    assert head is not None and head.mac  # B has an auditor: its chain carries MACs

    # A's transfer officer, with age, tar and minisign only, against B's contact card.
    value = open_receipt(receipt, a, tmp_path / "opened")
    assert value["version"] == 2
    carried = value["audit_checkpoint"]
    cp_file = tmp_path / "from-receipt.checkpoint"
    cp_file.write_text(carried["checkpoint"], encoding="utf-8")
    Path(str(cp_file) + ".minisig").write_text(carried["signature"], encoding="utf-8")
    # As docs/bundle-format.md shows it, with the real jq (CI installs it).
    receipt_json = tmp_path / "opened" / "payload" / "receipt.json"
    for field, path in (("checkpoint", cp_file), ("signature", Path(f"{cp_file}.minisig"))):
        jq = subprocess.run(
            ["jq", "-j", f".audit_checkpoint.{field}", str(receipt_json)],
            capture_output=True,
            check=True,
        )
        assert jq.stdout == path.read_bytes()
    b_public = parse_card(b.card()).minisign_public
    done = minisign_verify(cp_file, b_public)
    assert done.returncode == 0, done.stderr
    assert f"vault={b_vault} seq={seq}" in done.stdout
    named = json.loads(carried["checkpoint"])
    assert (named["vault_id"], named["seq"], named["hash"], named["mac"]) == (
        b_vault,
        seq,
        head.hash,
        head.mac,
    )
    a_public = parse_card(a.card()).minisign_public
    assert minisign_verify(cp_file, a_public).returncode != 0  # B's key, nobody else's

    # A records the receipt and keeps the checkpoint.
    r = tess(cli, a, "bundle", "import", receipt, "--yes")
    assert r.code == 0, r.err
    assert f"audit checkpoint at event {seq}" in r.out
    recorded = [e for e in _events(a) if e.action == "receipt recorded"][-1]
    assert json.loads(recorded.details)["checkpoint"] == seq

    # A writes it out; the files are the bytes B signed.
    out = tmp_path / "for-b"
    r = tess(cli, a, "--json", "bundle", "partner-checkpoints", b.fingerprint(), "--out", out)
    assert r.code == 0, r.err
    [written] = [Path(p) for p in r.json()["checkpoints"]]
    assert written.read_bytes() == cp_file.read_bytes()
    assert Path(str(written) + ".minisig").read_bytes() == carried["signature"].encode()
    written_event = _events(a)[-1]
    assert (written_event.action, written_event.category) == (
        "partner checkpoints written",
        "disclosure",
    )
    # Never overwritten: a second run refuses and writes nothing.
    before = sorted(p.name for p in out.iterdir())
    r = tess(cli, a, "bundle", "partner-checkpoints", b.fingerprint(), "--out", out)
    assert_refused(r, 2, "already exists")
    assert sorted(p.name for p in out.iterdir()) == before

    # Back at B: the chain reaches the checkpoint A held.
    r = auditor(cli, b, "audit", "verify", "--checkpoint", written)
    assert r.code == 0, r.err
    assert f"reaches the checkpoint at event {seq}" in r.out
    r = cli.as_admin(b.folder, "audit", "verify", "--checkpoint", written)
    assert r.code == 0, r.err

    # An insider at B deletes the newest events, the checkpoint's among them, and puts the
    # MAC state back to match: the copy A held catches it, for the administrator too.
    conn = database.connect(b.folder / "vault.db", insider_key(b))
    try:
        drop_guards(conn)
        conn.execute("DELETE FROM audit_events WHERE seq >= ?", (seq - 2,))
        conn.execute("UPDATE audit_mac_state SET next_seq = ?", (seq - 2,))
    finally:
        conn.close()
    r = cli.as_admin(b.folder, "audit", "verify")
    assert r.code == 0, r.err  # without the checkpoint, hash-only is fooled
    r = cli.as_admin(b.folder, "audit", "verify", "--checkpoint", written)
    assert_refused(r, 4, "audit chain is broken", "checkpoint")
    r = auditor(cli, b, "audit", "verify", "--checkpoint", written)
    assert_refused(r, 4, "audit chain is broken")


def _events(site: Site) -> list[audit.AuditEvent]:
    with site.as_user("admin") as s:
        return [e for e in audit.iter_events(s.vault.conn) if e.category != "authentication"]


def test_a_vault_put_back_from_an_older_copy_fails_against_the_partners_checkpoint(
    cli: Cli, sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    bundle_id = sent_and_imported(cli, a, b, tmp_path)
    older = tmp_path / "b-older"
    shutil.copytree(b.folder, older)
    (older / "vault.lock").unlink(missing_ok=True)
    receipt = tmp_path / "receipt.sdbundle"
    assert tess(cli, b, "bundle", "receipt", bundle_id, "--out", receipt).code == 0
    assert tess(cli, a, "bundle", "import", receipt, "--yes").code == 0
    out = tmp_path / "for-b"
    r = tess(cli, a, "--json", "bundle", "partner-checkpoints", b.fingerprint(), "--out", out)
    assert r.code == 0, r.err
    [written] = r.json()["checkpoints"]
    assert cli.as_admin(b.folder, "audit", "verify", "--checkpoint", written).code == 0
    shutil.rmtree(b.folder)
    shutil.copytree(older, b.folder)
    r = cli.as_admin(b.folder, "audit", "verify")
    assert r.code == 0, r.err  # the older copy is consistent with itself ...
    r = cli.as_admin(b.folder, "audit", "verify", "--checkpoint", written)
    assert_refused(r, 4, "audit chain is broken", "checkpoint")  # ... not with A's copy


def _receipt_with(
    monkeypatch: pytest.MonkeyPatch,
    b: Site,
    bundle_id: str,
    out: Path,
    change: Callable[[dict[str, Any]], None],
) -> None:
    """A receipt B really signs, whose receipt.json `change` altered before signing."""
    real = receipts.dumps

    def altered(value: dict[str, Any]) -> bytes:
        if value.get("format") == "securedesk-receipt":
            value = json.loads(json.dumps(value))
            change(value)
        return real(value)

    with monkeypatch.context() as m:
        m.setattr(receipts, "dumps", altered)
        with b.as_user("tess") as s:
            receipts.make_receipt(s, bundle_id, out)


def test_a_receipt_from_before_checkpoints_still_records(
    cli: Cli,
    sites: tuple[Site, Site],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = sites
    bundle_id = sent_and_imported(cli, a, b, tmp_path)

    def version_1(value: dict[str, Any]) -> None:
        del value["audit_checkpoint"]
        value["version"] = 1

    receipt = tmp_path / "old-receipt.sdbundle"
    _receipt_with(monkeypatch, b, bundle_id, receipt, version_1)
    r = tess(cli, a, "bundle", "import", receipt, "--yes")
    assert r.code == 0, r.err
    assert "Receipt recorded" in r.out and "checkpoint" not in r.out
    with a.as_user("admin") as s:
        assert s.vault.conn.execute("SELECT count(*) FROM partner_checkpoints").fetchone() == (0,)
        assert s.vault.conn.execute("SELECT count(*) FROM bundle_receipts").fetchone() == (1,)
    out = tmp_path / "for-b"
    r = tess(cli, a, "bundle", "partner-checkpoints", b.fingerprint(), "--out", out)
    assert_refused(r, 2, "No receipt from the terminal", "audit checkpoint")
    assert not out.exists()


def _resign(value: dict[str, Any], text: str, seed: bytes, key_id: bytes, comment: str) -> None:
    value["audit_checkpoint"]["checkpoint"] = text
    value["audit_checkpoint"]["signature"] = signatures.sign_bytes(
        seed, key_id, text.encode(), comment
    ).decode()


def _b_signs(b: Site) -> tuple[bytes, bytes]:
    with b.as_user("admin") as s:
        identity = ensure_identity(s)
        return identity.minisign_secret, identity.minisign_key_id


MALFORMED = "the audit checkpoint it carries is not in the checkpoint format"
NOT_SIGNED = "the audit checkpoint it carries is not signed by the sending terminal"
FIELDS = "does not have the receipt's fields"


def test_a_bad_checkpoint_in_a_signed_receipt_is_refused_and_nothing_is_written(
    cli: Cli,
    sites: tuple[Site, Site],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = sites
    bundle_id = sent_and_imported(cli, a, b, tmp_path)
    seed, key_id = _b_signs(b)

    def cp_of(value: dict[str, Any]) -> dict[str, Any]:
        parsed: dict[str, Any] = json.loads(value["audit_checkpoint"]["checkpoint"])
        return parsed

    def text_of(cp: dict[str, Any]) -> str:
        return json.dumps(cp, indent=2, sort_keys=True) + "\n"

    def comment_of(cp: dict[str, Any]) -> str:
        return f"securedesk-audit-checkpoint 1 vault={cp['vault_id']} seq={cp['seq']}"

    def other_hash(v: dict[str, Any]) -> None:  # B's head replaced, B's old signature kept
        cp = cp_of(v)
        cp["hash"] = "0" * 64
        v["audit_checkpoint"]["checkpoint"] = text_of(cp)

    def stranger_key(v: dict[str, Any]) -> None:  # well formed, signed by another key
        cp = cp_of(v)
        _resign(v, text_of(cp), os.urandom(32), os.urandom(8), comment_of(cp))

    def other_comment(v: dict[str, Any]) -> None:  # B's key, the trusted comment of seq 1
        cp = cp_of(v)
        _resign(v, text_of(cp), seed, key_id, comment_of({**cp, "seq": 1}))

    def spaced(v: dict[str, Any]) -> None:  # same content, other bytes, signed by B
        cp = cp_of(v)
        text = json.dumps(cp, sort_keys=True) + "\n"
        _resign(v, text, seed, key_id, comment_of(cp))

    def hash_not_hex(v: dict[str, Any]) -> None:
        cp = cp_of(v)
        cp["hash"] = "Z" * 64
        _resign(v, text_of(cp), seed, key_id, comment_of(cp))

    def seq_zero(v: dict[str, Any]) -> None:
        cp = cp_of(v)
        cp["seq"] = 0
        _resign(v, text_of(cp), seed, key_id, comment_of(cp))

    def extra_key(v: dict[str, Any]) -> None:
        cp = cp_of(v)
        cp["note"] = "x"
        _resign(v, text_of(cp), seed, key_id, comment_of(cp))

    def too_long(v: dict[str, Any]) -> None:  # over 4 KiB: refused before any parsing
        v["audit_checkpoint"]["checkpoint"] += " " * 5000

    def signature_too_long(v: dict[str, Any]) -> None:
        v["audit_checkpoint"]["signature"] += "A" * 2048

    def signature_garbage(v: dict[str, Any]) -> None:
        v["audit_checkpoint"]["signature"] = "not a minisign signature\n"

    def not_text(v: dict[str, Any]) -> None:
        v["audit_checkpoint"]["checkpoint"] = {"seq": 3}

    def member_not_object(v: dict[str, Any]) -> None:
        v["audit_checkpoint"] = "a checkpoint"

    def member_extra_field(v: dict[str, Any]) -> None:
        v["audit_checkpoint"]["public_key"] = "RW..."

    def member_missing_field(v: dict[str, Any]) -> None:
        del v["audit_checkpoint"]["signature"]

    def version_1_with_it(v: dict[str, Any]) -> None:
        v["version"] = 1

    def version_2_without_it(v: dict[str, Any]) -> None:
        del v["audit_checkpoint"]

    def version_3(v: dict[str, Any]) -> None:
        v["version"] = 3

    def version_true(v: dict[str, Any]) -> None:
        v["version"] = True

    cases: list[tuple[Callable[[dict[str, Any]], None], str]] = [
        (other_hash, NOT_SIGNED),
        (stranger_key, NOT_SIGNED),
        (other_comment, NOT_SIGNED),
        (signature_garbage, NOT_SIGNED),
        (spaced, MALFORMED),
        (hash_not_hex, MALFORMED),
        (seq_zero, MALFORMED),
        (extra_key, MALFORMED),
        (too_long, MALFORMED),
        (signature_too_long, MALFORMED),
        (not_text, MALFORMED),
        (member_not_object, FIELDS),
        (member_extra_field, FIELDS),
        (member_missing_field, FIELDS),
        (version_1_with_it, FIELDS),
        (version_2_without_it, FIELDS),
        (version_3, FIELDS),
        (version_true, FIELDS),
    ]
    for n, (change, words) in enumerate(cases):
        receipt = tmp_path / f"bad-{n}.sdbundle"
        _receipt_with(monkeypatch, b, bundle_id, receipt, change)
        with a.as_user("tess") as s:
            before = content_digest(s.vault.conn)
            with pytest.raises(BundleRejected) as caught:
                import_bundle(s, receipt)
            assert caught.value.reason == "receipt-invalid", change.__name__
            assert words in str(caught.value), (change.__name__, str(caught.value))
            assert content_digest(s.vault.conn) == before, change.__name__
            last = list(audit.iter_events(s.vault.conn))[-1]
            assert (last.action, last.outcome) == ("bundle refused", "refused")
            assert json.loads(last.details)["reason"] == "receipt-invalid"
    # Through the command: exit 4, one line naming where, and no receipt recorded.
    r = tess(cli, a, "bundle", "import", tmp_path / "bad-0.sdbundle", "--yes")
    assert_refused(r, 4, "receipt.json: audit_checkpoint", NOT_SIGNED)
    with a.as_user("admin") as s:
        conn = s.vault.conn
        assert conn.execute("SELECT count(*) FROM bundle_receipts").fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM partner_checkpoints").fetchone() == (0,)
    # The good receipt still records afterwards.
    good = tmp_path / "good.sdbundle"
    with b.as_user("tess") as s:
        receipts.make_receipt(s, bundle_id, good)
    assert tess(cli, a, "bundle", "import", good, "--yes").code == 0


def test_the_trusted_comment_names_the_vault_and_event() -> None:
    from securedesk.core.audit.checkpoint import Checkpoint

    cp = Checkpoint("v-1", 7, "a" * 64, "", "2026-01-01T00:00:00+00:00")
    assert trusted_comment(cp) == "securedesk-audit-checkpoint 1 vault=v-1 seq=7"
    assert Checkpoint.parse_exact(cp.to_bytes()) == cp
