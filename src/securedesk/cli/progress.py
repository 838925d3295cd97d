"""Progress of long commands on standard error, only when it is a terminal a person watches.

A script (standard error redirected, or --json) sees nothing: its output stays exactly the
command contract. The line is rewritten in place and cleared when the work ends, so it never
mixes with the result printed on standard output.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager


class Line:
    """One progress line: `line(stage, done, total)`, or `line.count(done, total)`."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        percent = f" {100 * done // total}%" if total > 0 else ""
        step = f"{stage} " if stage else ""
        text = f"\r{self.label}: {step}{done:,}/{total:,}{percent}"
        print(f"{text:<70}", end="", file=sys.stderr, flush=True)
        self.shown = True

    def count(self, done: int, total: int) -> None:
        self("", done, total)

    def clear(self) -> None:
        if self.shown:
            print("\r" + " " * 70 + "\r", end="", file=sys.stderr, flush=True)
            self.shown = False


@contextmanager
def shown(label: str, *, json: bool) -> Iterator[Line | None]:
    """A progress line for the work in the block, or None where no person watches."""
    if json or not sys.stderr.isatty():
        yield None
        return
    line = Line(label)
    try:
        yield line
    finally:
        line.clear()
