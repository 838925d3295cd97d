"""Where a partner terminal stands in the trust store on a given day.

The values are a contract (`trust list --json`, the trust-store tab, scripts), listed with
what each means in docs/bundle-format.md ("Trust states").
"""

from __future__ import annotations

import enum


@enum.unique
class TrustState(enum.StrEnum):
    TRUSTED = "trusted"  # current: bundles are sent to it and accepted from it
    EXPIRED = "expired"  # past its expires_on day: renewed by adding a fresh card
    REVOKED = "revoked"  # revoked for good: its keys are never trusted again
