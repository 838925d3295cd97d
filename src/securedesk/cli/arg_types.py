"""Argument types the commands share (argparse `type=`): a bad value is a usage error (exit 2)
with a message saying what was expected."""

from __future__ import annotations

import argparse
from datetime import date


def parse_date(text: str) -> date:
    """A day as YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None
