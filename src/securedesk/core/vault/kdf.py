"""Argon2id passphrase stretching: parameters, their limits, and tuning to this machine."""

from __future__ import annotations

import math
import os
import time
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from securedesk.core.error_kinds import Detail, word

# Limits on parameters read from a key-slot file. The file lives outside the encrypted
# database, so an attacker may edit it: these bounds stop a doctored slot from making a
# sign-in take hours or exhaust memory.
MIN_MEMORY_KIB = 8 * 1024
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_ITERATIONS = 64
MAX_LANES = 16
SALT_BYTES = 16

# What a freshly made slot costs on this machine (the issue asks for about half a second).
TARGET_SECONDS = 0.5
DEFAULT_MEMORY_KIB = 128 * 1024
DEFAULT_LANES = 4


class Malformed(ValueError):
    """A value read from the key-slot file is not as it must be: `why` (a Detail) and its
    data say how, so the refusal can be worded in the user's language."""

    def __init__(self, why: Detail, **data: object) -> None:
        self.why = why
        self.data = data
        super().__init__(word(why, data))


@dataclass(frozen=True)
class KdfParams:
    iterations: int
    lanes: int
    memory_kib: int

    def check(self) -> None:
        if not 1 <= self.iterations <= MAX_ITERATIONS:
            raise Malformed(
                Detail.KDF_ITERATIONS_OUT_OF_RANGE,
                iterations=self.iterations,
                max_iterations=MAX_ITERATIONS,
            )
        if not 1 <= self.lanes <= MAX_LANES:
            raise Malformed(Detail.KDF_LANES_OUT_OF_RANGE, lanes=self.lanes, max_lanes=MAX_LANES)
        if not max(MIN_MEMORY_KIB, 8 * self.lanes) <= self.memory_kib <= MAX_MEMORY_KIB:
            raise Malformed(Detail.KDF_MEMORY_OUT_OF_RANGE, memory_kib=self.memory_kib)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "iterations": self.iterations,
            "lanes": self.lanes,
            "memory_kib": self.memory_kib,
        }

    @classmethod
    def from_json(cls, obj: object) -> KdfParams:
        if not isinstance(obj, dict) or obj.get("name") != "argon2id":
            raise Malformed(Detail.KDF_UNKNOWN)
        values = [obj.get(k) for k in ("iterations", "lanes", "memory_kib")]
        if not all(type(v) is int for v in values):
            raise Malformed(Detail.KDF_NOT_WHOLE_NUMBERS)
        params = cls(*values)  # type: ignore[arg-type]
        params.check()
        return params


def derive_key(
    passphrase: str, salt: bytes, params: KdfParams, *, secret: bytes | None, context: bytes
) -> bytes:
    """A 256-bit key from a passphrase.

    `secret` is the terminal-binding secret (Argon2's own keyed input), so the same
    passphrase and slot give a different key on a terminal without it. `context` names the
    vault and user (Argon2's associated data), so a slot cannot be moved between them.
    """
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
        ad=context,
        secret=secret,
    )
    return kdf.derive(passphrase.encode("utf-8"))


def calibrate(
    target_seconds: float = TARGET_SECONDS,
    memory_kib: int = DEFAULT_MEMORY_KIB,
    lanes: int = DEFAULT_LANES,
) -> KdfParams:
    """Parameters that take about `target_seconds` here: fixed memory, tuned passes."""
    probe = KdfParams(iterations=1, lanes=lanes, memory_kib=memory_kib)
    start = time.perf_counter()
    derive_key("calibration", os.urandom(SALT_BYTES), probe, secret=None, context=b"calibrate")
    one_pass = max(time.perf_counter() - start, 1e-4)
    iterations = min(MAX_ITERATIONS, max(2, math.ceil(target_seconds / one_pass)))
    return KdfParams(iterations=iterations, lanes=lanes, memory_kib=memory_kib)
