"""Failed sign-in attempts, counted while the vault is locked.

The count cannot live in the encrypted database (a failed sign-in has no key), so it sits
beside it in a small file holding user names and counts only. It is a detection aid: the
next successful sign-in reports it and writes it into the audit chain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from securedesk.core.atomic_file import write_atomically

FILE_NAME = "signin-failures.json"
MAX_BYTES = 256 * 1024
UNKNOWN = "(unknown user)"


@dataclass
class FailureCounts:
    counts: dict[str, int] = field(default_factory=dict)
    last: dict[str, str] = field(default_factory=dict)

    @classmethod
    def load(cls, folder: Path) -> FailureCounts:
        path = folder / FILE_NAME
        try:
            with path.open("rb") as f:
                data = f.read(MAX_BYTES + 1)
            obj = json.loads(data) if len(data) <= MAX_BYTES else {}
        except (OSError, ValueError):
            # A missing or unreadable counter must not stop a sign-in; it starts again.
            return cls()
        counts = obj.get("counts", {}) if isinstance(obj, dict) else {}
        last = obj.get("last", {}) if isinstance(obj, dict) else {}
        return cls(
            counts={k: v for k, v in counts.items() if isinstance(v, int) and v > 0},
            last={k: v for k, v in last.items() if isinstance(v, str)},
        )

    def save(self, folder: Path) -> None:
        body = {"counts": self.counts, "last": self.last}
        write_atomically(folder / FILE_NAME, json.dumps(body, sort_keys=True).encode())

    def add(self, user: str, at: str) -> None:
        self.counts[user] = self.counts.get(user, 0) + 1
        self.last[user] = at

    def take(self, user: str) -> tuple[int, str | None]:
        """The count and time of the last failure for `user`, then forget them."""
        return self.counts.pop(user, 0), self.last.pop(user, None)
