"""Reading what a command run on a pseudo-terminal (pty.fork) writes, as a person would see it."""

from __future__ import annotations

import os
import select
import time


def read_pty(fd: int, *, until: bytes | None = None, limit_s: float = 20.0) -> bytes:
    """The output on the pty until `until` appears (or, without it, the command closes its
    side), the command closes its side, or `limit_s` seconds pass."""
    seen = b""
    end = time.monotonic() + limit_s
    while (until is None or until not in seen) and time.monotonic() < end:
        ready, _, _ = select.select([fd], [], [], 0.5)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the command's side of the pty is closed
            break
        if not chunk:
            break
        seen += chunk
    return seen
