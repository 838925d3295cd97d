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
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Protocol, cast

import pyrage
from pyrage import x25519

from securedesk.core.error_kinds import Kind
from securedesk.core.errors import BundleRefused, BundleRejected, SecureDeskError
from securedesk.transfer import signatures, ustar
from securedesk.transfer.age_header import check_header
from securedesk.transfer.bundle_writer import STREAM_BUFFER
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
from securedesk.transfer.transfer_error_kinds import RecordLine, TransferDetail, TransferErrorKind
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
        super().__init__(TransferErrorKind.CANCELLED)


def truncated(where: Kind = TransferDetail.BUNDLE) -> BundleRejected:
    return BundleRejected(RefusalReason.TRUNCATED, TransferErrorKind.TRUNCATED, where=where)


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle whose envelope and payload signatures, sender and dates checked out."""

    path: Path
    envelope: Envelope
    envelope_sha256: str
    sender: KnownSender
    payload_offset: int
    # Filled once the payload has been decrypted and its manifest checked (the only thing
    # that changes after the check): what the signed manifest says, such as the items the
    # sender's handling caveats withheld, for the officer to see beside the preview.
    opened: list[Manifest] = field(default_factory=list, compare=False, repr=False)

    @property
    def manifest(self) -> Manifest | None:
        return self.opened[-1] if self.opened else None


def _padding_not_zero(where: Kind) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_MALFORMED, TransferErrorKind.PADDING_NOT_ZERO, where=where
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
        member = ustar.parse_header(handle.read(ustar.BLOCK), TransferDetail.BUNDLE_FILE)
        if member is None:
            raise truncated()
        ustar.check_name_is_plain(member.name, TransferDetail.BUNDLE_FILE)
        if member.name != expected:
            raise BundleRejected(
                RefusalReason.ARCHIVE_UNEXPECTED_ENTRY,
                TransferErrorKind.ENTRY_OUT_OF_PLACE,
                expected=expected,
            )
        if member.size > limit:
            raise BundleRejected(
                RefusalReason.ARCHIVE_ENTRY_TOO_LARGE,
                TransferErrorKind.ENTRY_OVER_LIMIT,
                entry=expected,
                limit=limit,
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
                raise _padding_not_zero(TransferDetail.BUNDLE_FILE)
        offset += pad
    handle.seek(offset)
    end = handle.read(_TRAILING_ZEROS + 1)
    if len(end) < 2 * ustar.BLOCK:
        raise truncated()
    if end.strip(b"\0") or len(end) > _TRAILING_ZEROS:
        raise BundleRejected(RefusalReason.ARCHIVE_TRAILING_DATA, TransferErrorKind.DATA_AFTER_END)
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
            TransferErrorKind.BUNDLE_UNREADABLE,
            file=path.name,
            os_error=exc.strerror,
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
                TransferErrorKind.SENDER_NOT_TRUSTED,
                key_id=key_id[::-1].hex().upper(),
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
                TransferErrorKind.BUNDLE_PAST_EXPIRY,
                bundle_id=envelope.bundle_id,
                expires=f"{envelope.expires:%Y-%m-%d %H:%M}",
            )
        offset, size = members["payload.age"]
        if size != envelope.payload_size:
            raise BundleRejected(
                RefusalReason.PAYLOAD_SIZE_MISMATCH, TransferErrorKind.PAYLOAD_WRONG_SIZE
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
                RefusalReason.PAYLOAD_HASH_MISMATCH, TransferErrorKind.PAYLOAD_WRONG_HASH
            )
    return CheckedBundle(path, envelope, hashlib.sha256(envelope_bytes).hexdigest(), sender, offset)


def _check_sender(envelope: Envelope, sender: KnownSender, key_id: bytes, today: date) -> None:
    if (
        envelope.sender.fingerprint != sender.fingerprint
        or envelope.sender.minisign_key_id != key_id[::-1].hex().upper()
    ):
        raise BundleRejected(RefusalReason.SENDER_MISMATCH, TransferErrorKind.SENDER_NOT_SIGNER)
    status = sender.status(today)
    if status is TrustState.REVOKED:
        raise BundleRefused(
            RefusalReason.SENDER_REVOKED,
            TransferErrorKind.SENDER_WAS_REVOKED,
            fingerprint=sender.fingerprint,
        )
    if status is TrustState.EXPIRED:
        raise BundleRefused(
            RefusalReason.SENDER_EXPIRED,
            TransferErrorKind.SENDER_TRUST_LAPSED,
            fingerprint=sender.fingerprint,
        )


# --- the payload -------------------------------------------------------------------------


class PayloadConsumer(Protocol):
    """What the payload parser hands its contents to, in archive order."""

    def manifest(self, manifest: Manifest) -> None: ...
    def record_line(self, line: bytes, where: str) -> None: ...
    def attachment(self, sha256: str, data: bytes, where: str) -> None: ...
    def attachment_limit(self) -> int: ...
    def receipt(self, data: bytes) -> None: ...


def _unexpected(what: TransferDetail, **data: object) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_UNEXPECTED_ENTRY,
        TransferErrorKind.PAYLOAD_ENTRY_UNEXPECTED,
        what=what,
        **data,
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
        self._stage = "manifest.json"
        self._manifest_bytes = b""
        self._record_files = 0
        self._attachments: set[str] = set()
        self._sums = hashlib.sha256()
        self._sums_bytes = b""
        self._ended = False
        self._received = 0
        self.error: BaseException | None = None
        self.discard = False

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.discard:
            return len(data)  # decryption failed: the buffer's remains are dropped unread
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
        """Parse what the buffer holds, reading it by offset and trimming it once at the end
        (age hands over up to a MiB at a time: no copy of the rest per entry)."""
        buffer = self._buffer
        pos = 0
        try:
            while True:
                if self._ended:
                    if buffer[pos:].strip(b"\0"):
                        raise BundleRejected(
                            RefusalReason.ARCHIVE_TRAILING_DATA,
                            TransferErrorKind.PAYLOAD_DATA_AFTER_END,
                        )
                    pos = len(buffer)
                    return
                if self._member is None:
                    if len(buffer) - pos < ustar.BLOCK:
                        return
                    block = bytes(buffer[pos : pos + ustar.BLOCK])
                    pos += ustar.BLOCK
                    self._begin(ustar.parse_header(block, TransferDetail.PAYLOAD))
                    continue
                member = self._member
                padded = member.size + len(ustar.padding(member.size))
                if not self._member_data and len(buffer) - pos >= padded:
                    # The whole entry is here: one copy.
                    if buffer[pos + member.size : pos + padded].strip(b"\0"):
                        raise _padding_not_zero(TransferDetail.PAYLOAD)
                    data = bytes(buffer[pos : pos + member.size])
                    pos += padded
                else:
                    take = min(len(buffer) - pos, padded - len(self._member_data))
                    if take == 0 and padded:
                        return
                    with memoryview(buffer) as view:
                        self._member_data += view[pos : pos + take]
                    pos += take
                    if len(self._member_data) < padded:
                        return
                    if self._member_data[member.size :].strip(b"\0"):
                        raise _padding_not_zero(TransferDetail.PAYLOAD)
                    data = bytes(self._member_data[: member.size])
                    self._member_data.clear()
                self._member = None
                self._finish(member.name, data)
        finally:
            del buffer[:pos]

    def _begin(self, member: ustar.Member | None) -> None:
        if member is None:
            if self._stage != "end":
                raise truncated(TransferDetail.PAYLOAD_ARCHIVE)
            self._ended = True
            return
        ustar.check_name_is_plain(member.name, TransferDetail.PAYLOAD)
        limit = self._limit_for(member.name)
        if member.size > limit:
            raise BundleRejected(
                RefusalReason.ARCHIVE_ENTRY_TOO_LARGE,
                TransferErrorKind.PAYLOAD_ENTRY_OVER_LIMIT,
                size=member.size,
                limit=limit,
            )
        self._member = member

    def _limit_for(self, name: str) -> int:
        stage = self._stage
        if stage in ("manifest.json", "manifest.json.minisig", "SHA256SUMS.minisig", "end"):
            if name != stage:
                raise _unexpected(
                    TransferDetail.ENTRY_OUT_OF_PLACE
                    if stage != "end"
                    else TransferDetail.EXTRA_ENTRIES
                )
            return MAX_MANIFEST_BYTES if stage == "manifest.json" else MAX_SIGNATURE_BYTES
        if name == "SHA256SUMS":
            return MAX_SUMS_BYTES
        kind = self._checked.envelope.kind
        if kind == "receipt":
            if stage == "content" and name == "receipt.json":
                return MAX_RECEIPT_BYTES
            raise _unexpected(TransferDetail.NOT_IN_A_RECEIPT)
        record = _RECORD_NAME.match(name)
        if record is not None and stage == "content":
            if int(record.group(1)) != self._record_files + 1:
                raise _unexpected(TransferDetail.RECORD_FILES_OUT_OF_ORDER)
            if self._record_files >= MAX_RECORD_FILES:
                raise _unexpected(TransferDetail.TOO_MANY_RECORD_FILES, limit=MAX_RECORD_FILES)
            return MAX_RECORD_FILE_BYTES
        if _ATTACHMENT_NAME.match(name) and stage in ("content", "attachments"):
            if len(self._attachments) >= MAX_ATTACHMENTS:
                raise _unexpected(TransferDetail.TOO_MANY_ATTACHMENTS, limit=MAX_ATTACHMENTS)
            return min(MAX_ATTACHMENT_BYTES, self._consumer.attachment_limit())
        raise _unexpected(TransferDetail.UNKNOWN_ENTRY_NAME)

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
                raise _unexpected(TransferDetail.SAME_ATTACHMENT_TWICE)
            if digest != sha:
                raise BundleRejected(
                    RefusalReason.ATTACHMENT_HASH_MISMATCH, TransferErrorKind.ATTACHMENT_ALTERED
                )
            self._attachments.add(sha)
            self._stage = "attachments"
            self._consumer.attachment(sha, data, name)
        elif name == "receipt.json":
            self._stage = "receipt-done"
            self._consumer.receipt(data)
        elif name == "SHA256SUMS":
            if digest != self._sums.hexdigest():
                raise BundleRejected(RefusalReason.SUMS_MISMATCH, TransferErrorKind.SUMS_WRONG)
            self._sums_bytes = data
            self._stage = "SHA256SUMS.minisig"
        elif name == "SHA256SUMS.minisig":
            self._verify_inner(self._sums_bytes, data, "SHA256SUMS")
            self._stage = "end"

    def _lines(self, name: str, data: bytes) -> None:
        if data and not data.endswith(b"\n"):
            raise BundleRejected(
                RefusalReason.RECORD_INVALID, TransferErrorKind.RECORD_FILE_INCOMPLETE, entry=name
            )
        start = 0
        number = 0
        while start < len(data):
            end = data.index(b"\n", start)
            number += 1
            self._consumer.record_line(data[start:end], RecordLine(name, number))
            start = end + 1

    def _verify_inner(self, data: bytes, sig: bytes, member: str) -> None:
        envelope = self._checked.envelope
        key_id = signatures.signature_key_id(sig, member)
        if key_id[::-1].hex().upper() != envelope.sender.minisign_key_id:
            raise BundleRejected(
                RefusalReason.INNER_SIGNER_MISMATCH,
                TransferErrorKind.INNER_SIGNED_BY_OTHER,
                member=member,
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
                RefusalReason.MANIFEST_MISMATCH, TransferErrorKind.MANIFEST_DISAGREES
            )
        if not any(
            r.fingerprint == self._fingerprint and r.age_recipient == self._age_recipient
            for r in manifest.recipients
        ):
            raise BundleRejected(
                RefusalReason.INNER_RECIPIENT_MISMATCH, TransferErrorKind.MANIFEST_READDRESSED
            )
        self._checked.opened[:] = [manifest]
        self._consumer.manifest(manifest)

    def check_complete(self) -> None:
        if not self._ended:
            raise truncated(TransferDetail.PAYLOAD_ARCHIVE)


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


PARSE_BUFFER = 1 << 16  # plaintext handed to the parser at a time (its progress steps)


def decrypt_payload(
    checked: CheckedBundle,
    age_identity: str,
    parser: PayloadParser,
) -> None:
    """Decrypt the payload into `parser`. The consumer has seen everything when this returns."""
    with checked.path.open("rb") as handle:
        region = _PayloadRegion(handle, checked.payload_offset, checked.envelope.payload_size)
        # age reads and writes 8 KiB at a time: buffered, Python is called once a MiB to
        # read and once every 64 KiB to parse (the progress shown moves as often). age writes
        # only plaintext it has authenticated; what the buffer still holds when decryption
        # fails is never parsed.
        reader = io.BufferedReader(region, STREAM_BUFFER)
        writer = io.BufferedWriter(cast(io.RawIOBase, parser), PARSE_BUFFER)
        try:
            pyrage.decrypt_io(reader, writer, [x25519.Identity.from_str(age_identity)])
            writer.flush()
        except BaseException as exc:
            parser.discard = True
            if parser.error is not None:
                raise parser.error from None
            if isinstance(exc, pyrage.DecryptError) and "no matching keys" in str(exc).lower():
                raise BundleRejected(
                    RefusalReason.NOT_A_RECIPIENT, TransferErrorKind.PAYLOAD_FOR_OTHERS
                ) from None
            if isinstance(exc, (pyrage.DecryptError, OSError, ValueError)):
                raise BundleRejected(
                    RefusalReason.PAYLOAD_DAMAGED, TransferErrorKind.PAYLOAD_FAILED_CHECK
                ) from None
            raise
    parser.check_complete()
