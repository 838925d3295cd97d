"""Reading a bundle: the outer checks a checkpoint makes, then streaming decryption into a
strict parser of the payload archive.

Order matters. The small members are read first (seeking past the payload) and the envelope's
signature is checked before its JSON is parsed, so nothing unsigned is ever interpreted. The
payload is then hashed in one sequential pass. Decryption feeds the payload archive, as it is
decrypted, to `PayloadParser`, which checks each entry's name, type and size before reading
it, the manifest's signer and addressees before any record, and every hash at the end.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Protocol

import pyrage
from pyrage import x25519

from securedesk.core.errors import BundleRefused, BundleRejected, SecureDeskError
from securedesk.transfer import signatures, ustar
from securedesk.transfer.age_header import check_header
from securedesk.transfer.bundle_writer import as_buffered
from securedesk.transfer.envelope import Envelope, Manifest, parse_envelope, parse_manifest
from securedesk.transfer.limits import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_ENVELOPE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_PAYLOAD_BYTES,
    MAX_RECEIPT_BYTES,
    MAX_RECORD_FILE_BYTES,
    MAX_RECORD_FILES,
    MAX_SIGNATURE_BYTES,
    MAX_SUMS_BYTES,
)
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.trust_state import TrustState

CHUNK = 1 << 20
_TRAILING_ZEROS = 20 * 1024  # tar pads archives to 10 KiB records; allow two of them
_ATTACHMENT_NAME = re.compile(r"\Aattachments/[0-9a-f]{64}\Z")
_RECORD_NAME = re.compile(r"\Arecords/(\d{6})\.jsonl\Z")
_OUTER = (
    ("payload.age", MAX_PAYLOAD_BYTES),
    ("payload.age.minisig", MAX_SIGNATURE_BYTES),
    ("envelope.json", MAX_ENVELOPE_BYTES),
    ("envelope.json.minisig", MAX_SIGNATURE_BYTES),
)


class KnownSender(Protocol):
    """A partner terminal from the trust store (or a card given at the checkpoint)."""

    @property
    def fingerprint(self) -> str: ...
    @property
    def minisign_public(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    def status(self, today: date) -> TrustState: ...


class Cancelled(SecureDeskError):
    def __init__(self) -> None:
        super().__init__("Cancelled. Nothing was imported and the vault is as it was.")


def truncated(where: str = "bundle") -> BundleRejected:
    return BundleRejected(
        RefusalReason.TRUNCATED,
        f"The {where} ends too early: the file is truncated (copied incompletely, or the media "
        "was removed while writing). Copy it again from the sender's media.",
    )


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle whose envelope and payload signatures, sender and dates checked out."""

    path: Path
    envelope: Envelope
    envelope_sha256: str
    sender: KnownSender
    payload_offset: int


def _padding_not_zero(where: str) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_MALFORMED,
        f"The {where} has bytes where only zero padding belongs; it was altered. Do not import it.",
    )


def _read_exact(handle: BinaryIO, n: int) -> bytes:
    data = handle.read(n)
    if len(data) != n:
        raise truncated()
    return data


def _outer_members(handle: BinaryIO, file_size: int) -> dict[str, tuple[int, int]]:
    """Offsets and sizes of the four members, checked in order; seeks past the payload."""
    found: dict[str, tuple[int, int]] = {}
    offset = 0
    for expected, limit in _OUTER:
        handle.seek(offset)
        member = ustar.parse_header(handle.read(ustar.BLOCK), "bundle file")
        if member is None:
            raise truncated()
        ustar.check_name_is_plain(member.name, "bundle file")
        if member.name != expected:
            raise BundleRejected(
                RefusalReason.ARCHIVE_UNEXPECTED_ENTRY,
                f"The bundle file holds an entry where {expected} should be; it was not made "
                "by SecureDesk or was altered. Do not import it.",
            )
        if member.size > limit:
            raise BundleRejected(
                RefusalReason.ARCHIVE_ENTRY_TOO_LARGE,
                f"{expected} in the bundle is larger than the {limit:,}-byte limit. "
                "Do not import it.",
            )
        offset += ustar.BLOCK
        if offset + member.size > file_size:
            raise truncated()
        found[expected] = (offset, member.size)
        offset += member.size
        pad = len(ustar.padding(member.size))
        if pad:
            handle.seek(offset)
            if handle.read(pad) != b"\0" * pad:
                raise _padding_not_zero("bundle file")
        offset += pad
    handle.seek(offset)
    end = handle.read(_TRAILING_ZEROS + 1)
    if len(end) < 2 * ustar.BLOCK:
        raise truncated()
    if end.strip(b"\0") or len(end) > _TRAILING_ZEROS:
        raise BundleRejected(
            RefusalReason.ARCHIVE_TRAILING_DATA,
            "The bundle file has data after its end; it was altered or two files were joined. "
            "Do not import it.",
        )
    return found


def _read_member(handle: BinaryIO, where: tuple[int, int]) -> bytes:
    handle.seek(where[0])
    return _read_exact(handle, where[1])


def verify_bundle(
    path: Path,
    find_sender: Callable[[bytes], KnownSender | None],
    now: datetime,
    progress: Callable[[int, int], None] | None = None,
) -> CheckedBundle:
    """Everything a checkpoint checks, with no decryption key. Raises BundleRejected (altered,
    damaged, malformed: exit 4) or BundleRefused (unknown, expired or revoked sender, expired
    bundle: exit 5)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise BundleRejected(
            RefusalReason.UNREADABLE,
            f"Cannot read {path.name}: {exc.strerror}. Check the media and name.",
        ) from None
    with handle:
        file_size = path.stat().st_size
        members = _outer_members(handle, file_size)
        envelope_bytes = _read_member(handle, members["envelope.json"])
        envelope_sig = _read_member(handle, members["envelope.json.minisig"])
        payload_sig = _read_member(handle, members["payload.age.minisig"])
        key_id = signatures.signature_key_id(envelope_sig, "envelope.json")
        sender = find_sender(key_id)
        if sender is None:
            raise BundleRefused(
                RefusalReason.SENDER_UNKNOWN,
                f"The bundle is signed by a terminal that is not in the trust store (key "
                f"{key_id[::-1].hex().upper()}). An administrator must add that terminal's "
                "contact card, after checking its fingerprint with the sender, before its "
                "bundles are accepted.",
            )
        # The signature's comment names a bundle id that is only known after parsing, so the
        # signature is checked over the bytes first and the comment compared afterwards.
        digest = signatures.new_digest()
        digest.update(envelope_bytes)
        comment = signatures.verify_digest(
            sender.minisign_public, envelope_sig, digest.digest(), None, "envelope.json"
        )
        envelope = parse_envelope(envelope_bytes)
        signatures.check_comment(
            comment,
            signatures.trusted_comment(envelope.bundle_id, "envelope.json"),
            "envelope.json",
        )
        _check_sender(envelope, sender, key_id, now.date())
        if envelope.expires <= now:
            raise BundleRefused(
                RefusalReason.BUNDLE_EXPIRED,
                f"Bundle {envelope.bundle_id} expired on {envelope.expires:%Y-%m-%d %H:%M} UTC "
                "and is no longer accepted. Ask the sender to export a new one.",
            )
        offset, size = members["payload.age"]
        if size != envelope.payload_size:
            raise BundleRejected(
                RefusalReason.PAYLOAD_SIZE_MISMATCH,
                "The payload is not the size its signed envelope states; it was altered or "
                "truncated. Do not import it.",
            )
        handle.seek(offset)
        check_header(handle, size, len(envelope.recipients))
        handle.seek(offset)
        blake = signatures.new_digest()
        sha = hashlib.sha256()
        done = 0
        while done < size:
            chunk = handle.read(min(CHUNK, size - done))
            if not chunk:
                raise truncated()
            blake.update(chunk)
            sha.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, size)
        signatures.verify_digest(
            sender.minisign_public,
            payload_sig,
            blake.digest(),
            signatures.trusted_comment(envelope.bundle_id, "payload.age"),
            "payload.age",
        )
        if sha.hexdigest() != envelope.payload_sha256:
            raise BundleRejected(
                RefusalReason.PAYLOAD_HASH_MISMATCH,
                "The payload does not match the SHA-256 in its signed envelope. Do not import it.",
            )
    return CheckedBundle(path, envelope, hashlib.sha256(envelope_bytes).hexdigest(), sender, offset)


def _check_sender(envelope: Envelope, sender: KnownSender, key_id: bytes, today: date) -> None:
    if (
        envelope.sender.fingerprint != sender.fingerprint
        or envelope.sender.minisign_key_id != key_id[::-1].hex().upper()
    ):
        raise BundleRejected(
            RefusalReason.SENDER_MISMATCH,
            "The envelope names a different sender than the key that signed it. Do not import it.",
        )
    status = sender.status(today)
    if status is TrustState.REVOKED:
        raise BundleRefused(
            RefusalReason.SENDER_REVOKED,
            f"The sending terminal ({sender.fingerprint}) has been revoked in the trust store; "
            "its bundles are refused. Speak to your administrator.",
        )
    if status is TrustState.EXPIRED:
        raise BundleRefused(
            RefusalReason.SENDER_EXPIRED,
            f"The trust in the sending terminal ({sender.fingerprint}) has expired. An "
            "administrator must renew it (securedesk trust add CARD --expires DATE) after "
            "checking the fingerprint again.",
        )


# --- the payload -------------------------------------------------------------------------


class PayloadConsumer(Protocol):
    """What the payload parser hands its contents to, in archive order."""

    def manifest(self, manifest: Manifest) -> None: ...
    def record_line(self, line: bytes, where: str) -> None: ...
    def attachment(self, sha256: str, data: bytes, where: str) -> None: ...
    def attachment_limit(self) -> int: ...
    def receipt(self, data: bytes) -> None: ...


def _unexpected(what: str) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_UNEXPECTED_ENTRY,
        f"The payload holds {what}; SecureDesk bundles never do. It was altered or not made by "
        "SecureDesk. Do not import it.",
    )


class PayloadParser(io.RawIOBase):
    """A writable stream that age decrypts into; it parses the payload archive as it arrives.

    Entries are accepted only in the documented order and with the documented names, each
    size checked against its limit before its bytes are read.
    """

    def __init__(
        self,
        checked: CheckedBundle,
        consumer: PayloadConsumer,
        this_terminal: tuple[str, str],
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._checked = checked
        self._consumer = consumer
        self._fingerprint, self._age_recipient = this_terminal
        self._progress = progress
        self._cancelled = cancelled
        self._buffer = bytearray()
        self._member: ustar.Member | None = None
        self._member_data = bytearray()
        self._member_hash = hashlib.sha256()
        self._stage = "manifest.json"
        self._manifest_bytes = b""
        self._record_files = 0
        self._attachments: set[str] = set()
        self._sums = hashlib.sha256()
        self._sums_bytes = b""
        self._ended = False
        self._received = 0
        self.error: BaseException | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.error is not None:
            # age may write again after a failed write (flushing its buffer); the first
            # failure is the one that counts, and nothing after it is parsed.
            raise self.error
        try:
            self._received += len(data)
            if self._cancelled is not None and self._cancelled():
                raise Cancelled()
            if self._progress is not None:
                self._progress(self._received)
            self._buffer += data
            self._drain()
        except BaseException as exc:
            self.error = exc
            raise
        return len(data)

    def _drain(self) -> None:
        while True:
            if self._ended:
                if self._buffer.strip(b"\0"):
                    raise BundleRejected(
                        RefusalReason.ARCHIVE_TRAILING_DATA,
                        "The payload has data after its end. Do not import it.",
                    )
                self._buffer.clear()
                return
            if self._member is None:
                if len(self._buffer) < ustar.BLOCK:
                    return
                block = bytes(self._buffer[: ustar.BLOCK])
                del self._buffer[: ustar.BLOCK]
                self._begin(ustar.parse_header(block, "payload"))
                continue
            member = self._member
            padded = member.size + len(ustar.padding(member.size))
            take = min(len(self._buffer), padded - len(self._member_data))
            if take == 0 and padded:
                return
            self._member_data += self._buffer[:take]
            del self._buffer[:take]
            if len(self._member_data) < padded:
                return
            if self._member_data[member.size :].strip(b"\0"):
                raise _padding_not_zero("payload")
            data = bytes(self._member_data[: member.size])
            self._member_data.clear()
            self._member = None
            self._finish(member.name, data)

    def _begin(self, member: ustar.Member | None) -> None:
        if member is None:
            if self._stage != "end":
                raise truncated("payload archive")
            self._ended = True
            return
        ustar.check_name_is_plain(member.name, "payload")
        limit = self._limit_for(member.name)
        if member.size > limit:
            raise BundleRejected(
                RefusalReason.ARCHIVE_ENTRY_TOO_LARGE,
                f"An entry in the payload is {member.size:,} bytes, above the {limit:,}-byte "
                "limit for its kind. Do not import it.",
            )
        self._member = member

    def _limit_for(self, name: str) -> int:
        stage = self._stage
        if stage in ("manifest.json", "manifest.json.minisig", "SHA256SUMS.minisig", "end"):
            if name != stage:
                raise _unexpected(
                    "an entry out of its place" if stage != "end" else "extra entries"
                )
            return MAX_MANIFEST_BYTES if stage == "manifest.json" else MAX_SIGNATURE_BYTES
        if name == "SHA256SUMS":
            return MAX_SUMS_BYTES
        kind = self._checked.envelope.kind
        if kind == "receipt":
            if stage == "content" and name == "receipt.json":
                return MAX_RECEIPT_BYTES
            raise _unexpected("an entry a receipt never holds")
        record = _RECORD_NAME.match(name)
        if record is not None and stage == "content":
            if int(record.group(1)) != self._record_files + 1:
                raise _unexpected("record files out of order")
            if self._record_files >= MAX_RECORD_FILES:
                raise _unexpected(f"more than {MAX_RECORD_FILES:,} record files")
            return MAX_RECORD_FILE_BYTES
        if _ATTACHMENT_NAME.match(name) and stage in ("content", "attachments"):
            if len(self._attachments) >= MAX_ATTACHMENTS:
                raise _unexpected(f"more than {MAX_ATTACHMENTS:,} attachments")
            return min(MAX_ATTACHMENT_BYTES, self._consumer.attachment_limit())
        raise _unexpected("an entry with a name bundles never use")

    def _finish(self, name: str, data: bytes) -> None:
        digest = hashlib.sha256(data).hexdigest()
        if name not in ("SHA256SUMS", "SHA256SUMS.minisig"):
            self._sums.update(f"{digest}  {name}\n".encode())
        if name == "manifest.json":
            self._manifest_bytes = data
            self._stage = "manifest.json.minisig"
        elif name == "manifest.json.minisig":
            self._check_manifest(data)
            self._stage = "content"
        elif name.startswith("records/"):
            self._record_files += 1
            self._lines(name, data)
        elif name.startswith("attachments/"):
            sha = name.removeprefix("attachments/")
            if sha in self._attachments:
                raise _unexpected("the same attachment twice")
            if digest != sha:
                raise BundleRejected(
                    RefusalReason.ATTACHMENT_HASH_MISMATCH,
                    "An attachment's bytes do not match the SHA-256 it is named by; it was "
                    "altered or damaged. Do not import it.",
                )
            self._attachments.add(sha)
            self._stage = "attachments"
            self._consumer.attachment(sha, data, name)
        elif name == "receipt.json":
            self._stage = "receipt-done"
            self._consumer.receipt(data)
        elif name == "SHA256SUMS":
            if digest != self._sums.hexdigest():
                raise BundleRejected(
                    RefusalReason.SUMS_MISMATCH,
                    "The payload's SHA256SUMS does not list exactly the entries it holds, with "
                    "their hashes; the payload was altered. Do not import it.",
                )
            self._sums_bytes = data
            self._stage = "SHA256SUMS.minisig"
        elif name == "SHA256SUMS.minisig":
            self._verify_inner(self._sums_bytes, data, "SHA256SUMS")
            self._stage = "end"

    def _lines(self, name: str, data: bytes) -> None:
        if data and not data.endswith(b"\n"):
            raise BundleRejected(
                RefusalReason.RECORD_INVALID,
                f"{name} does not end with a complete line. Do not import it.",
            )
        start = 0
        number = 0
        while start < len(data):
            end = data.index(b"\n", start)
            number += 1
            self._consumer.record_line(data[start:end], f"{name} line {number}")
            start = end + 1

    def _verify_inner(self, data: bytes, sig: bytes, member: str) -> None:
        envelope = self._checked.envelope
        key_id = signatures.signature_key_id(sig, member)
        if key_id[::-1].hex().upper() != envelope.sender.minisign_key_id:
            raise BundleRejected(
                RefusalReason.INNER_SIGNER_MISMATCH,
                f"The {member} inside is signed by a different terminal than the one that "
                "signed the envelope: the content was forwarded by someone else as if it came "
                "from its author. Do not import it; report it to your administrator.",
            )
        digest = signatures.new_digest()
        digest.update(data)
        signatures.verify_digest(
            self._checked.sender.minisign_public,
            sig,
            digest.digest(),
            signatures.trusted_comment(envelope.bundle_id, member),
            member,
        )

    def _check_manifest(self, sig: bytes) -> None:
        self._verify_inner(self._manifest_bytes, sig, "manifest.json")
        manifest = parse_manifest(self._manifest_bytes)
        if not manifest.agrees_with(self._checked.envelope):
            raise BundleRejected(
                RefusalReason.MANIFEST_MISMATCH,
                "The signed manifest inside does not agree with the envelope outside (bundle, "
                "sender, recipients or dates differ); it was altered. Do not import it.",
            )
        if not any(
            r.fingerprint == self._fingerprint and r.age_recipient == self._age_recipient
            for r in manifest.recipients
        ):
            raise BundleRejected(
                RefusalReason.INNER_RECIPIENT_MISMATCH,
                "The signed manifest inside does not name this terminal as a recipient: the "
                "content was re-addressed after the sender signed it. Do not import it.",
            )
        self._consumer.manifest(manifest)

    def check_complete(self) -> None:
        if not self._ended:
            raise truncated("payload archive")


class _PayloadRegion(io.RawIOBase):
    """The payload member of the bundle file as a stream of its own, never reading past it."""

    def __init__(self, handle: BinaryIO, offset: int, size: int) -> None:
        self._handle = handle
        self._left = size
        handle.seek(offset)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self._left)
        if n <= 0:
            return 0
        data = self._handle.read(n)
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)


def decrypt_payload(
    checked: CheckedBundle,
    age_identity: str,
    parser: PayloadParser,
) -> None:
    """Decrypt the payload into `parser`. The consumer has seen everything when this returns."""
    with checked.path.open("rb") as handle:
        region = _PayloadRegion(handle, checked.payload_offset, checked.envelope.payload_size)
        try:
            pyrage.decrypt_io(
                as_buffered(region), as_buffered(parser), [x25519.Identity.from_str(age_identity)]
            )
        except BaseException as exc:
            if parser.error is not None:
                raise parser.error from None
            if isinstance(exc, pyrage.DecryptError) and "no matching keys" in str(exc).lower():
                raise BundleRejected(
                    RefusalReason.NOT_A_RECIPIENT,
                    "This terminal's key cannot open the payload: the bundle was encrypted for "
                    "other terminals. Do not import it.",
                ) from None
            if isinstance(exc, (pyrage.DecryptError, OSError, ValueError)):
                raise BundleRejected(
                    RefusalReason.PAYLOAD_DAMAGED,
                    "The encrypted payload failed its integrity check while being decrypted "
                    "(damaged, truncated or altered). Nothing was imported.",
                ) from None
            raise
    parser.check_complete()
