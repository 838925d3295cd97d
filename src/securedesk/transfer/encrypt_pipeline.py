"""age encryption on a thread of its own, fed by the thread that produces the plaintext.

`tar | age` runs as two processes at once; a bundle's export did everything in one thread:
reading the vault (SQLCipher decrypting pages), making the records' JSON, encrypting, hashing
the ciphertext twice and writing it. Here the caller's thread keeps producing the plaintext
(so the vault's connection stays on the thread that opened it, and cancellation and progress
are where they were) while a worker encrypts, hashes and writes. pyrage holds the GIL while it
encrypts, but SQLite's reads, hashlib on large buffers and file writes release it, so the two
threads overlap on two cores.

Memory stays flat: the plaintext goes across in blocks of BLOCK bytes through a queue of DEPTH
blocks, so at most a few MiB are in flight whatever the bundle's size.
"""

from __future__ import annotations

import io
import queue
import threading
from collections.abc import Iterable, Iterator
from typing import Protocol, cast

import pyrage
from pyrage import x25519

BLOCK = 1 << 20
DEPTH = 4
# age reads its plaintext 8 KiB at a time and writes 64 KiB: buffered in between, Python is
# called once a MiB rather than once per read.
STREAM_BUFFER = 1 << 20
_POLL = 0.2  # seconds between checks that the worker is still alive, while the queue is full


class Sink(Protocol):
    """Where the ciphertext goes (a raw writable stream, io.RawIOBase): `discard` set drops
    what buffers still hold on failure."""

    discard: bool

    def write(self, data: bytes | bytearray | memoryview) -> int: ...


class _Abort(Exception):
    """The producer failed: the worker's reader ends age's run with this."""


_END = object()
_ABORT = object()


def blocks(chunks: Iterable[bytes]) -> Iterator[bytes | bytearray | memoryview]:
    """The chunks regrouped: small ones gathered into blocks of about BLOCK bytes, large ones
    cut into slices of BLOCK bytes (views, not copies)."""
    gathered = bytearray()
    for chunk in chunks:
        size = len(chunk)
        if size >= BLOCK // 2:
            if gathered:
                yield gathered
                gathered = bytearray()
            view = memoryview(chunk)
            for start in range(0, size, BLOCK):
                yield view[start : start + BLOCK]
            continue
        gathered += chunk
        if len(gathered) >= BLOCK:
            yield gathered
            gathered = bytearray()
    if gathered:
        yield gathered


class _QueueReader(io.RawIOBase):
    """The worker's view of the queue as a file for age to read."""

    def __init__(self, source: queue.Queue[object]) -> None:
        self._source = source
        self._pending = memoryview(b"")
        self._ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            if self._ended:
                return 0
            item = self._source.get()
            if item is _END:
                self._ended = True
                return 0
            if item is _ABORT:
                self._ended = True
                raise _Abort()
            self._pending = memoryview(cast(bytes, item))
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


def encrypt_to(sink: Sink, chunks: Iterable[bytes], recipients: list[str]) -> None:
    """Encrypt the plaintext `chunks` (produced on this thread) for `recipients` into `sink`
    (written on a worker thread). An error on either side stops both and is raised here: the
    producer's as it is, the worker's (age, a failed write) as age or the write raised it;
    `sink.discard` is then set so nothing more reaches the file."""
    keys = [x25519.Recipient.from_str(r) for r in recipients]
    pipe: queue.Queue[object] = queue.Queue(maxsize=DEPTH)
    failure: list[BaseException] = []

    def work() -> None:
        try:
            reader = io.BufferedReader(_QueueReader(pipe), STREAM_BUFFER)
            writer = io.BufferedWriter(cast(io.RawIOBase, sink), STREAM_BUFFER)
            pyrage.encrypt_io(reader, writer, keys)
            writer.flush()
        except BaseException as exc:  # handed to the producer's thread
            sink.discard = True
            failure.append(exc)
            _drain(pipe)  # unblock a producer waiting on a full queue

    worker = threading.Thread(target=work, name="bundle-encrypt", daemon=True)
    worker.start()

    def put(item: object) -> None:
        while True:
            if failure:
                raise failure[0]
            try:
                pipe.put(item, timeout=_POLL)
                return
            except queue.Full:
                if not worker.is_alive():
                    raise failure[0] if failure else RuntimeError("encryption stopped") from None

    try:
        for block in blocks(chunks):
            put(block)
        put(_END)
    except BaseException:
        sink.discard = True
        _drain(pipe)
        pipe.put(_ABORT)  # the queue is empty and only this thread puts: never blocks
        worker.join()
        raise
    worker.join()
    if failure:
        raise failure[0]


def _drain(pipe: queue.Queue[object]) -> None:
    while True:
        try:
            pipe.get_nowait()
        except queue.Empty:
            return
