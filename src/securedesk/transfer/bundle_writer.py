"""Writing a bundle: the payload archive streams through age into the outer archive.

Nothing is held whole: records are cut into files of at most 8 MiB as they come, the payload
is encrypted as it is produced (on a worker thread, see encrypt_pipeline), and the signatures
are made over digests computed on the way out. The file is written under a temporary name
beside its destination; the caller renames it into place once the transfer is recorded.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import BinaryIO

from securedesk.transfer import signatures, ustar
from securedesk.transfer.encrypt_pipeline import STREAM_BUFFER as STREAM_BUFFER
from securedesk.transfer.encrypt_pipeline import encrypt_to
from securedesk.transfer.envelope import Envelope, Manifest
from securedesk.transfer.limits import MAX_RECORD_FILE_BYTES, MAX_RECORD_FILES

Progress = Callable[[int], None]  # bytes of payload written so far
# A payload member: (name, data), or (name, data, SHA-256 hex) when the caller has hashed the
# data already (an exported attachment is hashed to check it against the vault), so that the
# bytes are hashed once.
Member = tuple[str, bytes] | tuple[str, bytes, str]


@dataclass(frozen=True)
class Signer:
    """This terminal's minisign key, as raw Ed25519 seed and minisign key id."""

    seed: bytes
    key_id: bytes

    def sign(self, data: bytes, bundle_id: str, member: str) -> bytes:
        return signatures.sign_bytes(
            self.seed, self.key_id, data, signatures.trusted_comment(bundle_id, member)
        )


@dataclass
class PayloadCounts:
    record_files: int = 0
    records: int = 0
    attachments: int = 0
    attachment_bytes: int = 0
    members: list[str] = field(default_factory=list)


def _member(
    name: str, data: bytes, sums: list[bytes], digest: str | None = None
) -> Iterator[bytes]:
    if digest is None:
        digest = hashlib.sha256(data).hexdigest()
    sums.append(f"{digest}  {name}\n".encode())
    yield ustar.header(name, len(data))
    yield data
    yield ustar.padding(len(data))


def record_files(lines: Iterable[bytes], counts: PayloadCounts) -> Iterator[tuple[str, bytes]]:
    """JSON Lines cut into numbered files of at most MAX_RECORD_FILE_BYTES each."""

    def numbered(data: bytearray) -> tuple[str, bytes]:
        counts.record_files += 1
        if counts.record_files > MAX_RECORD_FILES:
            raise ValueError("more record files than a bundle may hold")
        return f"records/{counts.record_files:06d}.jsonl", bytes(data)

    buffer = bytearray()
    for line in lines:
        if buffer and len(buffer) + len(line) + 1 > MAX_RECORD_FILE_BYTES:
            yield numbered(buffer)
            buffer.clear()
        buffer += line
        buffer += b"\n"
        counts.records += 1
    if buffer:
        yield numbered(buffer)


def payload_stream(
    manifest: Manifest,
    signer: Signer,
    members: Iterable[Member],
) -> Iterator[bytes]:
    """The plaintext payload archive, block by block: manifest, members, signed sums."""
    sums: list[bytes] = []
    manifest_bytes = manifest.to_bytes()
    yield from _member("manifest.json", manifest_bytes, sums)
    signature = signer.sign(manifest_bytes, manifest.bundle_id, "manifest.json")
    yield from _member("manifest.json.minisig", signature, sums)
    for member in members:
        yield from _member(member[0], member[1], sums, member[2] if len(member) == 3 else None)
    sums_bytes = b"".join(sums)
    sums.clear()
    yield from _member("SHA256SUMS", sums_bytes, [])
    yield from _member(
        "SHA256SUMS.minisig", signer.sign(sums_bytes, manifest.bundle_id, "SHA256SUMS"), []
    )
    yield ustar.END_OF_ARCHIVE


class _HashingWriter(io.RawIOBase):
    """Passes ciphertext to the file while hashing it for both signatures and the envelope.

    Called on the encryption worker's thread (see encrypt_pipeline), `progress` too."""

    def __init__(self, out: BinaryIO, progress: Progress | None) -> None:
        self._out = out
        self._progress = progress
        self.size = 0
        self.blake2b = signatures.new_digest()
        self.sha256 = hashlib.sha256()
        self.discard = False  # set when the bundle failed: what a buffer still holds is dropped

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        if self.discard:
            return len(data)
        self._out.write(data)
        self.blake2b.update(data)
        self.sha256.update(data)
        self.size += len(data)
        if self._progress is not None:
            self._progress(self.size)
        return len(data)


@dataclass(frozen=True)
class WrittenBundle:
    envelope: Envelope
    # The signed envelope holds the payload's SHA-256, so its own hash names the whole bundle.
    envelope_sha256: str
    file_size: int


def write_bundle(
    out: BinaryIO,
    *,
    envelope: Envelope,
    manifest: Manifest,
    signer: Signer,
    recipients: list[str],
    members: Iterable[Member],
    progress: Progress | None = None,
) -> WrittenBundle:
    """Write the whole bundle to `out` (a new, seekable file). `envelope`'s payload fields are
    filled in here; everything else in it must already agree with `manifest`."""
    start = out.tell()
    out.write(ustar.header("payload.age", 0))  # size patched once the payload is complete
    sink = _HashingWriter(out, progress)
    # The payload is produced on this thread (members read the vault) while a worker
    # encrypts, hashes and writes it; an error on either side is raised here.
    encrypt_to(sink, payload_stream(manifest, signer, members), recipients)
    out.write(ustar.padding(sink.size))
    end = out.tell()
    out.seek(start)
    out.write(ustar.header("payload.age", sink.size))
    out.seek(end)
    sealed = replace(envelope, payload_size=sink.size, payload_sha256=sink.sha256.hexdigest())
    payload_signature = signatures.sign_digest(
        signer.seed,
        signer.key_id,
        sink.blake2b.digest(),
        signatures.trusted_comment(envelope.bundle_id, "payload.age"),
    )
    envelope_bytes = sealed.to_bytes()
    tail = [
        ("payload.age.minisig", payload_signature),
        ("envelope.json", envelope_bytes),
        ("envelope.json.minisig", signer.sign(envelope_bytes, envelope.bundle_id, "envelope.json")),
    ]
    for name, data in tail:
        out.write(ustar.header(name, len(data)))
        out.write(data)
        out.write(ustar.padding(len(data)))
    out.write(ustar.END_OF_ARCHIVE)
    out.flush()
    return WrittenBundle(sealed, hashlib.sha256(envelope_bytes).hexdigest(), out.tell() - start)
