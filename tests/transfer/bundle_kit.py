"""Building bundles for tests from the format's primitives, good ones and deliberately bad ones,
without a vault: keys, a fake trust-store entry, and a consumer that records what it is given."""

from __future__ import annotations

import base64
import hashlib
import io
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyrage
from pyrage import x25519

from securedesk.core.markings import Marking
from securedesk.transfer import signatures, ustar
from securedesk.transfer.bundle_reader import (
    CheckedBundle,
    PayloadParser,
    decrypt_payload,
    verify_bundle,
)
from securedesk.transfer.bundle_writer import Signer, write_bundle
from securedesk.transfer.envelope import Envelope, Manifest, Party
from securedesk.transfer.fingerprint import fingerprint
from securedesk.transfer.trust_state import TrustState


@dataclass
class Terminal:
    """A terminal's keys, as a vault would hold them."""

    name: str
    seed: bytes = field(default_factory=lambda: os.urandom(32))
    key_id: bytes = field(default_factory=lambda: os.urandom(8))
    age: x25519.Identity = field(default_factory=x25519.Identity.generate)
    revoked: bool = False
    expired: bool = False

    @property
    def signer(self) -> Signer:
        return Signer(self.seed, self.key_id)

    @property
    def minisign_public(self) -> str:
        from cryptography.hazmat.primitives.asymmetric import ed25519
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        key = ed25519.Ed25519PrivateKey.from_private_bytes(self.seed).public_key()
        raw = key.public_bytes(Encoding.Raw, PublicFormat.Raw)
        return base64.standard_b64encode(b"Ed" + self.key_id + raw).decode()

    @property
    def age_recipient(self) -> str:
        return str(self.age.to_public())

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.minisign_public)

    @property
    def organisation(self) -> str:
        return "Test council"

    def status(self, today: date) -> TrustState:
        if self.revoked:
            return TrustState.REVOKED
        return TrustState.EXPIRED if self.expired else TrustState.TRUSTED

    def party(self, *, inner: bool) -> Party:
        return Party(
            fingerprint=self.fingerprint,
            minisign_key_id=self.key_id[::-1].hex().upper(),
            name=self.name,
            organisation=self.organisation,
            age_recipient=self.age_recipient if inner else "",
        )

    def recipient_party(self) -> Party:
        return Party(fingerprint=self.fingerprint, age_recipient=self.age_recipient)


def header(
    sender: Terminal,
    recipients: list[Terminal],
    *,
    kind: str = "records",
    sequence: int = 1,
    marking: Marking = Marking.OFFICIAL,
    created: datetime | None = None,
    days: int = 14,
) -> dict[str, object]:
    now = created or datetime.now(UTC).replace(microsecond=0)
    return {
        "kind": kind,
        "bundle_id": str(uuid.uuid4()),
        "sequence": sequence,
        "created": now,
        "expires": now + timedelta(days=days),
        "highest_marking": marking,
        "sender": sender.party(inner=True),
        "recipients": tuple(r.recipient_party() for r in recipients),
    }


def write(
    path: Path,
    sender: Terminal,
    recipients: list[Terminal],
    members: list[tuple[str, bytes]],
    **kw: object,
) -> dict[str, object]:
    fields = header(sender, recipients, **kw)  # type: ignore[arg-type]
    with path.open("w+b") as out:
        write_bundle(
            out,
            envelope=Envelope(**fields),  # type: ignore[arg-type]
            manifest=Manifest(**fields, case_ids=()),  # type: ignore[arg-type]
            signer=sender.signer,
            recipients=[r.age_recipient for r in recipients],
            members=members,
        )
    return fields


class Recorder:
    """A payload consumer that keeps what it is given."""

    def __init__(self, limit: int = 50 * 1024 * 1024) -> None:
        self.lines: list[tuple[bytes, str]] = []
        self.attachments: dict[str, bytes] = {}
        self.manifests: list[Manifest] = []
        self.receipts: list[bytes] = []
        self.limit = limit

    def manifest(self, manifest: Manifest) -> None:
        self.manifests.append(manifest)

    def record_line(self, line: bytes, where: str) -> None:
        self.lines.append((line, where))

    def attachment(self, sha256: str, data: bytes, where: str) -> None:
        self.attachments[sha256] = data

    def attachment_limit(self) -> int:
        return self.limit

    def receipt(self, data: bytes) -> None:
        self.receipts.append(data)


def read(path: Path, known: list[Terminal], me: Terminal) -> tuple[CheckedBundle, Recorder]:
    """Verify and decrypt as `me`, knowing the terminals in `known`."""
    by_id = {t.key_id: t for t in known}
    checked = verify_bundle(path, by_id.get, datetime.now(UTC))
    recorder = Recorder()
    parser = PayloadParser(checked, recorder, (me.fingerprint, me.age_recipient))
    decrypt_payload(checked, str(me.age), parser)
    return checked, recorder


# --- assembling bundles by hand, for inputs the writer would never make -------------------


def tar(members: list[tuple[bytes, bytes]], *, end: bool = True) -> bytes:
    """A ustar archive from (header block, data) pairs."""
    out = io.BytesIO()
    for head, data in members:
        out.write(head)
        out.write(data)
        out.write(ustar.padding(len(data)))
    if end:
        out.write(ustar.END_OF_ARCHIVE)
    return out.getvalue()


def raw_header(name: str, size: int, kind: bytes = b"0", link: bytes = b"") -> bytes:
    block = bytearray(ustar.header("x", size))
    block[0:100] = name.encode().ljust(100, b"\0")[:100]
    block[156:157] = kind
    block[157 : 157 + len(link)] = link
    block[148:156] = b" " * 8
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def signed_members(
    signer: Terminal, bundle_id: str, members: list[tuple[str, bytes]]
) -> list[tuple[bytes, bytes]]:
    """Regular members followed by SHA256SUMS and its signature, all by `signer`."""
    sums = b"".join(f"{hashlib.sha256(d).hexdigest()}  {n}\n".encode() for n, d in members)
    out = [(ustar.header(n, len(d)), d) for n, d in members]
    sig = signer.signer.sign(sums, bundle_id, "SHA256SUMS")
    out.append((ustar.header("SHA256SUMS", len(sums)), sums))
    out.append((ustar.header("SHA256SUMS.minisig", len(sig)), sig))
    return out


def manifest_members(
    signer: Terminal, fields: dict[str, object], **changes: object
) -> list[tuple[str, bytes]]:
    manifest = Manifest(**{**fields, **changes}, case_ids=())  # type: ignore[arg-type]
    data = manifest.to_bytes()
    return [
        ("manifest.json", data),
        ("manifest.json.minisig", signer.signer.sign(data, manifest.bundle_id, "manifest.json")),
    ]


def assemble(
    path: Path,
    fields: dict[str, object],
    payload_plain: bytes,
    *,
    outer_signer: Terminal,
    age_recipients: list[str],
    envelope_changes: dict[str, object] | None = None,
) -> None:
    """An outer bundle around an arbitrary payload, signed by `outer_signer`."""
    encrypted = pyrage.encrypt(
        payload_plain, [x25519.Recipient.from_str(r) for r in age_recipients]
    )
    envelope = Envelope(
        **{**fields, **(envelope_changes or {})},  # type: ignore[arg-type]
        payload_size=len(encrypted),
        payload_sha256=hashlib.sha256(encrypted).hexdigest(),
    )
    env = envelope.to_bytes()
    bid = envelope.bundle_id
    digest = signatures.new_digest()
    digest.update(encrypted)
    payload_sig = signatures.sign_digest(
        outer_signer.seed,
        outer_signer.key_id,
        digest.digest(),
        signatures.trusted_comment(bid, "payload.age"),
    )
    env_sig = outer_signer.signer.sign(env, bid, "envelope.json")
    path.write_bytes(
        tar(
            [
                (ustar.header("payload.age", len(encrypted)), encrypted),
                (ustar.header("payload.age.minisig", len(payload_sig)), payload_sig),
                (ustar.header("envelope.json", len(env)), env),
                (ustar.header("envelope.json.minisig", len(env_sig)), env_sig),
            ]
        )
    )
