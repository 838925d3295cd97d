"""`securedesk action add|update|list`: a case's support plan."""

from __future__ import annotations

from typing import Any


def register(commands: Any, leaf: Any) -> None:
    """Adds this module's commands to the parser."""
