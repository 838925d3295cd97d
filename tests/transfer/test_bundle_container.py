"""The bundle container on its own: round trip, standard tools, and every kind of damage or
trickery refused with its reason (no vault involved; see test_bundle_service for that)."""

from __future__ import annotations

import hashlib
import subprocess
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from securedesk.core.errors import BundleRefused, BundleRejected
from securedesk.transfer import signatures, ustar
from securedesk.transfer.limits import MAX_RECIPIENTS

from .bundle_kit import (
    Terminal,
    assemble,
    header,
    manifest_members,
    raw_header,
    read,
    signed_members,
    tar,
    write,
)

LINES = [b'{"id":"1","type":"x"}', b'{"id":"2","type":"y","text":"\xc5\xb5"}']
ATTACHMENT = b"%PDF-1.4 pretend\n" * 100
SHA = hashlib.sha256(ATTACHMENT).hexdigest()


def members() -> list[tuple[str, bytes]]:
    return [
        ("records/000001.jsonl", b"\n".join(LINES) + b"\n"),
        (f"attachments/{SHA}", ATTACHMENT),
    ]


@pytest.fixture(scope="module")
def parties() -> tuple[Terminal, Terminal, Terminal]:
    return Terminal("Sender"), Terminal("Recipient"), Terminal("Third")


@pytest.fixture(scope="module")
def good(tmp_path_factory: pytest.TempPathFactory, parties: tuple[Terminal, ...]) -> Path:
    sender, recipient, _ = parties
    path = tmp_path_factory.mktemp("good") / "bundle.sdbundle"
    write(path, sender, [recipient], members())
    return path


def rejected(path: Path, known: list[Terminal], me: Terminal) -> BundleRejected | BundleRefused:
    with pytest.raises((BundleRejected, BundleRefused)) as info:
        read(path, known, me)
    return info.value


def test_round_trip_delivers_every_line_and_attachment(
    good: Path, parties: tuple[Terminal, ...]
) -> None:
    sender, recipient, _ = parties
    checked, got = read(good, [sender], recipient)
    assert [line for line, _ in got.lines] == LINES
    assert got.lines[1][1] == "records/000001.jsonl line 2"
    assert got.attachments == {SHA: ATTACHMENT}
    assert got.manifests[0].bundle_id == checked.envelope.bundle_id
    assert checked.envelope.recipient_fingerprints() == [recipient.fingerprint]


def test_standard_tools_check_and_open_it(
    good: Path, parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    """A checkpoint verifies with tar + minisign; a recipient decrypts with age; sha256sum
    checks the contents. Debian's commands are installed by .ci/run."""
    sender, recipient, _ = parties
    run = lambda *a: subprocess.run(a, cwd=tmp_path, capture_output=True, check=False)  # noqa: E731
    assert run("tar", "-xf", str(good)).returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "envelope.json",
        "envelope.json.minisig",
        "payload.age",
        "payload.age.minisig",
    ]
    for member in ("envelope.json", "payload.age"):
        checked = run("minisign", "-Vm", member, "-P", sender.minisign_public)
        assert checked.returncode == 0, checked.stderr
        assert b"securedesk-bundle 1 id=" in checked.stdout
    other = run("minisign", "-Vm", "payload.age", "-P", recipient.minisign_public)
    assert other.returncode != 0
    (tmp_path / "id.txt").write_text(str(recipient.age) + "\n")
    (tmp_path / "id.txt").chmod(0o600)
    assert run("age", "-d", "-i", "id.txt", "-o", "payload.tar", "payload.age").returncode == 0
    inner = tmp_path / "inner"
    inner.mkdir()
    subprocess.run(["tar", "-xf", str(tmp_path / "payload.tar")], cwd=inner, check=True)
    sums = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=inner, capture_output=True)
    assert sums.returncode == 0, sums.stdout
    for member in ("manifest.json", "SHA256SUMS"):
        checked = subprocess.run(
            ["minisign", "-Vm", member, "-P", sender.minisign_public],
            cwd=inner,
            capture_output=True,
        )
        assert checked.returncode == 0, checked.stderr
    assert (inner / "records" / "000001.jsonl").read_bytes().splitlines() == LINES
    wrong = Terminal("Nobody")
    (tmp_path / "wrong.txt").write_text(str(wrong.age) + "\n")
    assert run("age", "-d", "-i", "wrong.txt", "payload.age").returncode != 0


def test_truncated_anywhere_is_refused(
    good: Path, parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    sender, recipient, _ = parties
    data = good.read_bytes()
    cut = tmp_path / "cut.sdbundle"
    for size in sorted(
        {0, 1, 511, 512, 513, 4096, len(data) // 2, len(data) - 1024, len(data) - 1}
    ):
        cut.write_bytes(data[:size])
        err = rejected(cut, [sender], recipient)
        assert isinstance(err, BundleRejected), size
        assert err.reason in ("truncated", "archive-malformed", "payload-size-mismatch"), (
            size,
            err.reason,
        )


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), bit=st.integers(min_value=0, max_value=7))
def test_any_flipped_bit_is_refused(
    good: Path, parties: tuple[Terminal, ...], tmp_path: Path, position: int, bit: int
) -> None:
    sender, recipient, _ = parties
    data = bytearray(good.read_bytes())
    position %= len(data)
    data[position] ^= 1 << bit
    bad = tmp_path / f"flip-{position}-{bit}.sdbundle"
    bad.write_bytes(bytes(data))
    err = rejected(bad, [sender], recipient)
    assert str(err)
    assert "Traceback" not in str(err)


def test_each_region_flipped_gives_its_own_reason(
    good: Path, parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    sender, recipient, _ = parties
    data = good.read_bytes()
    payload_size = ustar.parse_header(data[:512], "t").size  # type: ignore[union-attr]
    envelope_at = data.index(b'{"bundle_id"')
    signature_at = data.index(b"untrusted comment") + 60
    cases = {
        "payload ciphertext": (512 + payload_size - 100, "signature-bad"),
        "payload signature": (signature_at, "signature-wrong-key"),
        "envelope": (envelope_at + 3, "signature-bad"),
        "header": (5, "archive-malformed"),
    }
    for label, (position, reason) in cases.items():
        bad = bytearray(data)
        if label == "payload signature":
            # Another base64 letter at a key-id position (a flipped bit could as well leave
            # the alphabet, which is refused as malformed: tested by the flips above).
            bad[position] = ord("A") if data[position] != ord("A") else ord("B")
        else:
            bad[position] ^= 0x01
        path = tmp_path / "bad.sdbundle"
        path.write_bytes(bytes(bad))
        err = rejected(path, [sender], recipient)
        assert err.reason == reason, (label, err.reason)


def test_unknown_revoked_and_expired_senders_are_refused(
    good: Path, parties: tuple[Terminal, ...]
) -> None:
    sender, recipient, third = parties
    err = rejected(good, [third], recipient)
    assert isinstance(err, BundleRefused) and err.reason == "sender-unknown"
    assert "not in the trust store" in str(err)
    sender.revoked = True
    try:
        err = rejected(good, [sender], recipient)
        assert err.reason == "sender-revoked" and "revoked" in str(err)
    finally:
        sender.revoked = False
    sender.expired = True
    try:
        err = rejected(good, [sender], recipient)
        assert err.reason == "sender-expired" and "expired" in str(err)
    finally:
        sender.expired = False


def test_expired_bundle_is_refused(parties: tuple[Terminal, ...], tmp_path: Path) -> None:
    sender, recipient, _ = parties
    path = tmp_path / "old.sdbundle"
    write(
        path,
        sender,
        [recipient],
        members(),
        created=datetime.now(UTC).replace(microsecond=0) - timedelta(days=20),
    )
    err = rejected(path, [sender], recipient)
    assert isinstance(err, BundleRefused) and err.reason == "bundle-expired"


def test_bundle_for_another_recipient_cannot_be_opened(
    good: Path, parties: tuple[Terminal, ...]
) -> None:
    sender, _, third = parties
    err = rejected(good, [sender], third)
    assert err.reason == "not-a-recipient"
    assert "encrypted for other terminals" in str(err)


def test_forwarded_by_a_recipient_is_refused(parties: tuple[Terminal, ...], tmp_path: Path) -> None:
    """The recipient decrypts the sender's payload, re-encrypts it to a third terminal and
    signs a new envelope: the manifest inside is still signed by the original sender."""
    sender, recipient, third = parties
    original = tmp_path / "original.sdbundle"
    write(original, sender, [recipient], members())
    # What the recipient can do: take the plaintext payload as it decrypts...
    fields = header(recipient, [third])
    sent_fields = header(sender, [recipient])
    fields["bundle_id"] = sent_fields["bundle_id"]
    payload = tar(
        signed_members(
            sender, str(fields["bundle_id"]), manifest_members(sender, sent_fields) + members()
        )
    )
    forwarded = tmp_path / "forwarded.sdbundle"
    assemble(
        forwarded, fields, payload, outer_signer=recipient, age_recipients=[third.age_recipient]
    )
    err = rejected(forwarded, [recipient, sender], third)
    assert err.reason == "inner-signer-mismatch"
    assert "forwarded" in str(err)


def test_resigned_manifest_still_names_the_original_recipients(
    parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    sender, recipient, third = parties
    fields = header(sender, [third])
    inner_fields = {**fields, "recipients": (recipient.recipient_party(),)}
    payload = tar(
        signed_members(
            sender, str(fields["bundle_id"]), manifest_members(sender, inner_fields) + members()
        )
    )
    path = tmp_path / "readdressed.sdbundle"
    assemble(path, fields, payload, outer_signer=sender, age_recipients=[third.age_recipient])
    err = rejected(path, [sender], third)
    assert err.reason == "manifest-mismatch"


def test_too_many_age_recipient_stanzas(parties: tuple[Terminal, ...], tmp_path: Path) -> None:
    sender, recipient, _ = parties
    fields = header(sender, [recipient])
    payload = tar(
        signed_members(
            sender, str(fields["bundle_id"]), manifest_members(sender, fields) + members()
        )
    )
    extra = [str(Terminal(f"t{i}").age_recipient) for i in range(MAX_RECIPIENTS + 1)]
    path = tmp_path / "stanzas.sdbundle"
    assemble(
        path, fields, payload, outer_signer=sender, age_recipients=[recipient.age_recipient, *extra]
    )
    err = rejected(path, [sender], recipient)
    assert err.reason == "payload-too-many-recipients"
    two = tmp_path / "two.sdbundle"
    assemble(
        two,
        fields,
        payload,
        outer_signer=sender,
        age_recipients=[recipient.age_recipient, extra[0]],
    )
    assert rejected(two, [sender], recipient).reason == "payload-recipients-mismatch"


def _inner(
    tmp_path: Path,
    sender: Terminal,
    recipient: Terminal,
    entries: list[tuple[bytes, bytes]],
    *,
    sums: bool = True,
) -> Path:
    fields = header(sender, [recipient])
    head = [(ustar.header(n, len(d)), d) for n, d in manifest_members(sender, fields)]
    path = tmp_path / "inner.sdbundle"
    assemble(
        path,
        fields,
        tar(head + entries),
        outer_signer=sender,
        age_recipients=[recipient.age_recipient],
    )
    return path


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (raw_header("../escape", 3), "archive-path"),
        (raw_header("attachments/../../etc/passwd", 3), "archive-path"),
        (raw_header("/etc/passwd", 3), "archive-path"),
        (raw_header("records/000001.jsonl", 0, b"2", b"/etc/passwd"), "archive-entry-type"),
        (raw_header("records/000001.jsonl", 0, b"1", b"manifest.json"), "archive-entry-type"),
        (raw_header("dev", 0, b"3"), "archive-entry-type"),
        (raw_header("dev", 0, b"4"), "archive-entry-type"),
        (raw_header("records", 0, b"5"), "archive-entry-type"),
        (raw_header("pax", 3, b"x"), "archive-entry-type"),
        (raw_header("notes.txt", 3), "archive-unexpected-entry"),
        (raw_header("records/000002.jsonl", 3), "archive-unexpected-entry"),
        (raw_header(f"attachments/{SHA}", 200 * 1024 * 1024), "archive-entry-too-large"),
        (raw_header("records/000001.jsonl", 9 * 1024 * 1024), "archive-entry-too-large"),
    ],
    ids=lambda v: (
        v[:100].split(b"\0")[0].decode() + "-" + chr(v[156]) if isinstance(v, bytes) else v
    ),
)
def test_path_tricks_links_devices_and_oversized_entries(
    parties: tuple[Terminal, ...], tmp_path: Path, entry: bytes, reason: str
) -> None:
    sender, recipient, _ = parties
    size = min(ustar.parse_header(entry, "t").size, 1024) if entry[156:157] == b"0" else 0  # type: ignore[union-attr]
    path = _inner(tmp_path, sender, recipient, [(entry, b"x" * size)])
    err = rejected(path, [sender], recipient)
    assert err.reason == reason, str(err)
    assert "/etc/passwd" not in str(err)


def test_attachment_bytes_must_match_their_name(
    parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    sender, recipient, _ = parties
    wrong = [(f"attachments/{'0' * 64}", ATTACHMENT)]
    fields = header(sender, [recipient])
    payload = tar(
        signed_members(sender, str(fields["bundle_id"]), manifest_members(sender, fields) + wrong)
    )
    path = tmp_path / "a.sdbundle"
    assemble(path, fields, payload, outer_signer=sender, age_recipients=[recipient.age_recipient])
    assert rejected(path, [sender], recipient).reason == "attachment-hash-mismatch"


def test_sums_must_list_exactly_what_is_there(
    parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    sender, recipient, _ = parties
    fields = header(sender, [recipient])
    listed = signed_members(
        sender, str(fields["bundle_id"]), manifest_members(sender, fields) + members()
    )
    smuggled = (ustar.header("records/000002.jsonl", 3), b"{}\n")
    payload = tar([*listed[:3], smuggled, *listed[3:]])
    path = tmp_path / "s.sdbundle"
    assemble(path, fields, payload, outer_signer=sender, age_recipients=[recipient.age_recipient])
    assert rejected(path, [sender], recipient).reason == "sums-mismatch"


def test_missing_end_and_unsigned_sums(parties: tuple[Terminal, ...], tmp_path: Path) -> None:
    sender, recipient, third = parties
    fields = header(sender, [recipient])
    whole = signed_members(
        sender, str(fields["bundle_id"]), manifest_members(sender, fields) + members()
    )
    path = tmp_path / "e.sdbundle"
    assemble(
        path, fields, tar(whole[:-1]), outer_signer=sender, age_recipients=[recipient.age_recipient]
    )
    assert rejected(path, [sender], recipient).reason == "truncated"
    by_other = signed_members(
        third, str(fields["bundle_id"]), manifest_members(sender, fields) + members()
    )
    assemble(
        path, fields, tar(by_other), outer_signer=sender, age_recipients=[recipient.age_recipient]
    )
    assert rejected(path, [sender], recipient).reason == "inner-signer-mismatch"


def test_signature_from_another_bundle_is_refused(
    good: Path, parties: tuple[Terminal, ...], tmp_path: Path
) -> None:
    """Each signature's trusted comment names its bundle and member: a genuine signature over
    the same bytes, made for another bundle, does not pass."""
    sender, recipient, _ = parties
    data = good.read_bytes()
    size = ustar.parse_header(data[:512], "t").size  # type: ignore[union-attr]
    digest = signatures.new_digest()
    digest.update(data[512 : 512 + size])
    other = signatures.sign_digest(
        sender.seed,
        sender.key_id,
        digest.digest(),
        signatures.trusted_comment(str(uuid.uuid4()), "payload.age"),
    )
    start = data.index(b"untrusted comment")
    end = data.index(b"\0", start)
    assert len(other) == end - start
    path = tmp_path / "mixed.sdbundle"
    path.write_bytes(data[:start] + other + data[end:])
    err = rejected(path, [sender], recipient)
    assert err.reason == "signature-misplaced"
    assert "assembled from parts" in str(err)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)


def _members(data: bytes) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    offset = 0
    while (member := ustar.parse_header(data[offset : offset + 512], "t")) is not None:
        out[member.name] = data[offset + 512 : offset + 512 + member.size]
        offset += 512 + member.size + len(ustar.padding(member.size))
    return out


def _paths(value: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for n, inner in enumerate(value):
            found += _paths(inner, (*prefix, n))
    return found


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(choice=st.integers(min_value=0), value=JSON_VALUES, drop=st.booleans())
def test_any_envelope_field_changed_and_resigned_by_the_sender_is_refused(
    good: Path,
    parties: tuple[Terminal, ...],
    tmp_path: Path,
    choice: int,
    value: object,
    drop: bool,
) -> None:
    """Even the sender's own key cannot make a changed envelope pass: every field is checked
    against the signed manifest inside, the payload's hash, or the format's rules."""
    import json as _json

    from securedesk.transfer.strict_json import dumps

    sender, recipient, _ = parties
    parts = _members(good.read_bytes())
    envelope = _json.loads(parts["envelope.json"])
    paths = _paths(envelope)
    path = paths[choice % len(paths)]
    target = envelope
    for key in path[:-1]:
        target = target[key]
    if drop:
        del target[path[-1]]
    else:
        assume(target[path[-1]] != value)
        target[path[-1]] = value
    changed = dumps(envelope)
    bundle_id = envelope.get("bundle_id")
    bid = bundle_id if isinstance(bundle_id, str) else "x"
    signature = sender.signer.sign(changed, bid, "envelope.json")
    bad = tmp_path / "changed.sdbundle"
    bad.write_bytes(
        tar(
            [
                (ustar.header("payload.age", len(parts["payload.age"])), parts["payload.age"]),
                (
                    ustar.header("payload.age.minisig", len(parts["payload.age.minisig"])),
                    parts["payload.age.minisig"],
                ),
                (ustar.header("envelope.json", len(changed)), changed),
                (ustar.header("envelope.json.minisig", len(signature)), signature),
            ]
        )
    )
    err = rejected(bad, [sender], recipient)
    assert err.reason and str(err)
