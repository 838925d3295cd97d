"""What a user name and a new passphrase must be."""

from __future__ import annotations

from securedesk.core.errors import InvalidInput

MIN_PASSPHRASE_CHARS = 12
MAX_NAME_CHARS = 64


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        raise InvalidInput(
            f"A passphrase needs at least {MIN_PASSPHRASE_CHARS} characters; "
            "several unrelated words are easy to remember and hard to guess."
        )


def check_user_name(name: str) -> None:
    if (
        not name
        or len(name) > MAX_NAME_CHARS
        or not name.replace(".", "").replace("-", "").replace("_", "").isalnum()
    ):
        raise InvalidInput("A user name is 1 to 64 letters, digits, dots, hyphens or underscores.")
