"""The export's age encryption on a worker thread (issue 15): what comes out decrypts to what
went in; an error on either side stops both and reaches the caller as itself, with nothing
more written; the producer never runs more than a few blocks ahead of the writer."""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator

import pyrage
import pytest
from pyrage import x25519

from securedesk.transfer import encrypt_pipeline
from securedesk.transfer.encrypt_pipeline import BLOCK, DEPTH, blocks, encrypt_to


class Sink(io.RawIOBase):
    def __init__(self, fail_after: int | None = None) -> None:
        super().__init__()
        self.data = bytearray()
        self.discard = False
        self.fail_after = fail_after
        self.writes = 0
        self.thread: threading.Thread | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        self.thread = threading.current_thread()
        if self.discard:
            return len(data)
        self.writes += 1
        if self.fail_after is not None and self.writes > self.fail_after:
            raise OSError(28, "No space left on device")
        self.data += data
        return len(data)


def _chunks() -> Iterator[bytes]:
    # Small pieces (headers), mid-sized and large ones (record files, attachments).
    for n in range(300):
        yield bytes([n % 251]) * 512
        yield bytes([n % 7]) * (n * 997 % (3 * BLOCK))


def test_round_trip_and_work_on_another_thread() -> None:
    key = x25519.Identity.generate()
    sink = Sink()
    encrypt_to(sink, _chunks(), [str(key.to_public())])
    assert pyrage.decrypt(bytes(sink.data), [key]) == b"".join(_chunks())
    assert sink.thread is not None and sink.thread is not threading.current_thread()


def test_blocks_regroup_without_losing_or_reordering() -> None:
    assert b"".join(bytes(b) for b in blocks(_chunks())) == b"".join(_chunks())
    assert all(len(b) <= 2 * BLOCK for b in blocks(_chunks()))


class ProducerFailed(Exception):
    pass


def test_a_producer_error_is_raised_as_itself_and_stops_the_writer() -> None:
    key = x25519.Identity.generate()
    sink = Sink()

    def failing() -> Iterator[bytes]:
        yield b"x" * (5 * BLOCK)
        raise ProducerFailed

    with pytest.raises(ProducerFailed):
        encrypt_to(sink, failing(), [str(key.to_public())])
    assert sink.discard
    written = len(sink.data)
    assert written < 5 * BLOCK  # the ciphertext never completed
    assert not [t for t in threading.enumerate() if t.name == "bundle-encrypt"]


def test_a_write_error_reaches_the_caller_without_a_hang() -> None:
    key = x25519.Identity.generate()
    sink = Sink(fail_after=1)

    def endless() -> Iterator[bytes]:
        while True:
            yield b"y" * BLOCK

    with pytest.raises(Exception) as raised:
        encrypt_to(sink, endless(), [str(key.to_public())])
    assert "No space left" in str(raised.value) or isinstance(raised.value, OSError)
    assert sink.discard
    assert not [t for t in threading.enumerate() if t.name == "bundle-encrypt"]


def test_the_producer_stays_only_a_few_blocks_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    key = x25519.Identity.generate()
    release = threading.Event()
    produced = 0
    seen_ahead: list[int] = []

    class SlowSink(Sink):
        def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
            if not release.is_set():
                # Hold the writer until the producer has run as far ahead as it can.
                assert release.wait(10)
            return super().write(data)

    def counting() -> Iterator[bytes]:
        nonlocal produced
        for _ in range(40):
            produced += 1
            yield b"z" * BLOCK

    def watch() -> None:
        last = -1
        while produced != last:  # until the producer stops moving
            last = produced
            threading.Event().wait(0.3)
        seen_ahead.append(produced)
        release.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    monkeypatch.setattr(encrypt_pipeline, "_POLL", 0.05)
    sink = SlowSink()
    encrypt_to(sink, counting(), [str(key.to_public())])
    watcher.join()
    # Blocked writer: the queue's DEPTH blocks, the one age's reader holds, the one being put
    # and the 1 MiB read buffers, never the whole 40 MiB.
    assert seen_ahead[0] <= DEPTH + 4
    assert pyrage.decrypt(bytes(sink.data), [key]) == b"z" * (40 * BLOCK)
