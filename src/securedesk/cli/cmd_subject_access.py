"""`securedesk person report`: everything held on one person, as an audited disclosure."""

from __future__ import annotations

from typing import Any


def register_report(group: Any, leaf: Any) -> None:
    """Adds `person report` to the `person` group."""
