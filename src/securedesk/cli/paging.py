"""Pages of a list: --limit and --offset, the one JSON shape of a page, and the count line.

A list's --json is never silently cut: without --limit or --offset it holds every row;
with either, an object with the page's `rows`, the `total` the user may see, and the
`next_offset` to ask for next (null on the last page). The text a person reads may stop at
a page, and then says how many more there are.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput

TEXT_PAGE = 100  # the page a person reads when no --limit is given
MAX_LIMIT = 10_000  # the most rows one --limit may ask for


def add_paging_options(parser: argparse.ArgumentParser, rows: str) -> None:
    parser.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help=f"a page of at most N {rows} (--json then gives rows, total and next_offset)",
    )
    parser.add_argument(
        "--offset", type=int, default=None, metavar="N", help=f"skip the first N {rows}"
    )


@dataclass(frozen=True)
class Paging:
    """The page asked for: `asked` when --limit or --offset was given."""

    limit: int
    offset: int
    asked: bool

    def every_row(self, json: bool) -> bool:
        """--json without a page asked for: the whole list, however long."""
        return json and not self.asked


def paging(args: argparse.Namespace, *, text_page: int = TEXT_PAGE) -> Paging:
    """The page from --limit and --offset (a person's page of `text_page` rows when only
    --offset or neither is given); refused with exit 2 when out of range."""
    asked = args.limit is not None or args.offset is not None
    limit = args.limit if args.limit is not None else text_page
    offset = args.offset if args.offset is not None else 0
    if not 1 <= limit <= MAX_LIMIT or offset < 0:
        raise InvalidInput(ErrorKind.CLI_LIMIT_OUT_OF_RANGE, max_limit=MAX_LIMIT)
    return Paging(limit, offset, asked)


def page_json(rows: Sequence[Any], offset: int, total: int) -> dict[str, Any]:
    """One page of a list in --json: its rows, the total, and where the next page starts."""
    after = offset + len(rows)
    return {"rows": list(rows), "total": total, "next_offset": after if after < total else None}


def count_line(shown: int, offset: int, total: int, rows: str) -> str:
    """What a person reads under a page: how many of how many, and how many more."""
    after = offset + shown
    if offset == 0 and after >= total:
        return f"{total} {rows}"
    line = f"{shown} of {total} {rows}"
    if offset:
        line += f", from number {offset + 1}"
    if after < total:
        line += f"; {total - after} more (--offset {after})"
    return line
