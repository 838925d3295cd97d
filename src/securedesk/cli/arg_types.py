"""Argument types the commands share (argparse `type=`): a bad value is a usage error (exit 2)
with a message saying what was expected. And the help of the options several commands take."""

from __future__ import annotations

import argparse
from datetime import date

JUSTIFICATION_HELP = "why you need a case outside your caseload (recorded in the audit log)"


def parse_date(text: str) -> date:
    """A day as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None
