"""What a user name and a new passphrase must be."""

from __future__ import annotations

from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput

MIN_PASSPHRASE_CHARS = 12
MAX_NAME_CHARS = 64


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(ErrorKind.PASSPHRASE_TOO_SHORT, min_chars=MIN_PASSPHRASE_CHARS)


def check_user_name(name: str) -> None:
    if (
        not name
        or len(name) > MAX_NAME_CHARS
        or not name.replace(".", "").replace("-", "").replace("_", "").isalnum()
    ):
        raise InvalidInput(ErrorKind.USER_NAME_INVALID, max_chars=MAX_NAME_CHARS)
