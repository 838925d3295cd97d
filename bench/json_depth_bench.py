"""The strict-JSON nesting pre-scan: the regex it replaced beside the new scan
(securedesk.transfer.strict_json.too_deep), timed in the same process.

    python bench/json_depth_bench.py [--runs N] [--records N] [--quick]

What is timed (each the best of --runs runs, default 3; the regex on 64 KiB once, as it takes
seconds):

- escaped quotes: an open string of escaped quotes, '"\\"\\"\\"...' (what a hostile partner can
  sign into a record line), 16 KiB and 64 KiB for both, and 1 MiB (the record limit) for the
  new scan only: the regex is quadratic there (a fourfold longer text takes sixteen times
  as long), so its 1 MiB time is estimated from its 64 KiB time, not waited for (about an
  hour).
- other shapes at 1 MiB, new scan only: quotes, backslashes, '[]' pairs, strings of
  brackets, many short strings.
- ordinary records: --records record lines (default 100,000) shaped like a bundle's (an
  item with some text, a person, a case), both scans: the pre-scan runs on every record an
  import reads.

Both scans must give the same answer on every input (checked first). The ratio column is
regex time / new time. The machine is shared, so compare ratios rather than seconds across
runs. The result is also written to bench/out/json_depth_bench.json.
"""

from __future__ import annotations

import argparse
import json
import platform
import re
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import partial
from pathlib import Path
from typing import TypeVar

from securedesk.transfer.limits import KIB, MAX_JSON_DEPTH, MIB
from securedesk.transfer.strict_json import too_deep

OUT = Path(__file__).resolve().parent / "out"
RESULTS = OUT / "json_depth_bench.json"
T = TypeVar("T")

# --- the baseline: the pre-scan as it was before the linear scan replaced it ---------------

_JSON_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def regex_too_deep(data: bytes, max_depth: int = MAX_JSON_DEPTH) -> bool:
    depth = 0
    for match in _BRACKET.finditer(_JSON_STRING.sub(b"", data)):
        if match.group() in (b"[", b"{"):
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


# --- inputs -------------------------------------------------------------------------------


def escaped_quotes(size: int) -> bytes:
    return b'"' + b'\\"' * ((size - 1) // 2)


def other_shapes(size: int) -> dict[str, bytes]:
    return {
        "quotes": b'"' * size,
        "backslashes": b"\\" * size,
        "[] pairs": b"[]" * (size // 2),
        "one string of brackets": b'{"t":"' + b"[{" * ((size - 8) // 2) + b'"}',
        "short strings, a bracket in each": b'{"t":[' + b'"[",' * ((size - 10) // 4) + b'""]}',
        "escape pairs in a string": b'{"t":"' + b"\\\\" * ((size - 8) // 2) + b'"}',
    }


def records(count: int) -> list[bytes]:
    """Record lines shaped like a bundle's (sorted keys, no spaces, a few escapes)."""
    text = (
        'Concern raised by the head of year: "not attending" since the half-term break.\n'
        "Spoke to the family [by telephone]; a home visit is booked. "
    ) * 4
    shapes = [
        {
            "type": "item",
            "id": "5f0c1c7e-6a43-4c59-9a5e-0d3f2d0b9c11",
            "case_id": "0b9c1c7e-6a43-4c59-9a5e-0d3f2d0b9c12",
            "agency": "Education",
            "author": "oscar",
            "item_date": "2026-01-05",
            "text": text,
            "source_grade": "A",
            "information_grade": "1",
            "marking": "OFFICIAL-SENSITIVE",
            "caveats": ["NOFORN"],
            "supersedes": None,
            "recorded_by": "oscar",
            "recorded_at": "2026-01-05T10:02:03+00:00",
        },
        {
            "type": "person",
            "id": "7a1c1c7e-6a43-4c59-9a5e-0d3f2d0b9c13",
            "given_name": "Siân",
            "family_name": "Prydderch",
            "date_of_birth": "2009-05-04",
            "aliases": ["Sian P", "S. Prydderch"],
            "identifiers": [{"kind": "NHS number", "value": "943 476 5919"}],
            "addresses": ["1 Heol y Coed, Caerdydd"],
        },
        {
            "type": "case",
            "id": "0b9c1c7e-6a43-4c59-9a5e-0d3f2d0b9c12",
            "ref": "SD-2026-00042",
            "referral_source": "School",
            "referral_date": "2026-01-02",
            "owner": "oscar",
            "record_marking": "OFFICIAL-SENSITIVE",
            "status": "support plan",
            "closing_reason": "",
            "consent": "given",
            "consent_note": "",
            "next_review": "2026-02-02",
            "retention_review": "2032-01-02",
            "subject_ids": ["7a1c1c7e-6a43-4c59-9a5e-0d3f2d0b9c13"],
        },
    ]
    lines = [
        json.dumps(s, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        for s in shapes
    ]
    return [lines[n % len(lines)] for n in range(count)]


# --- timing -------------------------------------------------------------------------------


def best_of(runs: int, work: Callable[[], T]) -> tuple[float, T]:
    """The shortest of `runs` timings of `work`, and what it returned."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return min(times), result


def seconds(value: float) -> str:
    if value >= 1:
        return f"{value:,.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:,.2f} ms"
    return f"{value * 1e6:,.1f} us"


@dataclass(frozen=True)
class Row:
    input: str
    bytes: int
    regex_s: float | None
    scan_s: float
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return None if self.regex_s is None else self.regex_s / self.scan_s

    def line(self) -> str:
        old = "-" if self.regex_s is None else seconds(self.regex_s)
        ratio = self.ratio
        times = "-" if ratio is None else f"{ratio:,.0f}x" if ratio >= 10 else f"{ratio:.1f}x"
        cells = [f"{self.input:<44}", f"{old:>10}", f"{seconds(self.scan_s):>10}", f"{times:>10}"]
        return " | ".join([*cells, self.note] if self.note else cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per timing, best kept")
    parser.add_argument("--records", type=int, default=100_000, help="ordinary record lines")
    parser.add_argument("--quick", action="store_true", help="skip the regex on 64 KiB")
    args = parser.parse_args(argv)
    rows: list[Row] = []

    regex_at: dict[int, float] = {}
    for size in [16 * KIB] if args.quick else [16 * KIB, 64 * KIB]:
        data = escaped_quotes(size)
        runs = args.runs if size <= 16 * KIB else 1
        regex_at[size], old_answer = best_of(runs, partial(regex_too_deep, data))
        new, answer = best_of(args.runs, partial(too_deep, data))
        assert answer is old_answer is False
        rows.append(Row(f"escaped quotes, {size // KIB} KiB", size, regex_at[size], new))

    largest = max(regex_at)
    data = escaped_quotes(MIB)
    estimate = regex_at[largest] * (MIB / largest) ** 2
    new, answer = best_of(args.runs, partial(too_deep, data))
    assert answer is False
    note = f"regex estimated from {largest // KIB} KiB"
    rows.append(Row("escaped quotes, 1 MiB", MIB, estimate, new, note))

    for name, data in other_shapes(MIB).items():
        new, _ = best_of(args.runs, partial(too_deep, data))
        rows.append(Row(f"{name}, 1 MiB", len(data), None, new, "new scan only"))

    lines = records(args.records)
    old, old_answers = best_of(args.runs, lambda: [regex_too_deep(line) for line in lines])
    new, answers = best_of(args.runs, lambda: [too_deep(line) for line in lines])
    assert answers == old_answers
    total = sum(map(len, lines))
    rows.append(Row(f"ordinary records, {args.records:,} lines", total, old, new))

    print(f"JSON nesting pre-scan, Python {platform.python_version()}, best of {args.runs}")
    header = f"{'input':<44} | {'regex':>10} | {'new scan':>10} | {'ratio':>10} | note"
    print(header)
    print("-" * len(header))
    for r in rows:
        print(r.line())
    OUT.mkdir(exist_ok=True)
    RESULTS.write_text(
        json.dumps(
            {
                "python": platform.python_version(),
                "rows": [{**asdict(r), "ratio": r.ratio} for r in rows],
            },
            indent=2,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
