"""Where passphrases come from on the command line: a file named by an option, or a prompt.
Never an argument or an environment variable, which other users and logs can see."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from securedesk.core.errors import InvalidInput

MAX_LINE_BYTES = 4096


def read_passphrase_file(path: str) -> str:
    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_LINE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(f"Cannot read the passphrase file {path}: {exc.strerror}.") from None
    line = data.split(b"\n", 1)[0]
    if len(line) > MAX_LINE_BYTES:
        raise InvalidInput(f"The first line of {path} is too long to be a passphrase.")
    try:
        text = line.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        raise InvalidInput(f"The passphrase file {path} is not UTF-8 text.") from None
    if not text:
        raise InvalidInput(f"The first line of {path} is empty; it should hold the passphrase.")
    return text


def prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise InvalidInput(
            f"{label} is needed, and there is no terminal to ask on; use --passphrase-file."
        )
    text = getpass.getpass(f"{label}: ")
    if not text:
        raise InvalidInput(f"{label} cannot be empty.")
    return text


def passphrase(file: str | None, label: str = "Passphrase") -> str:
    return read_passphrase_file(file) if file else prompt(label)


def new_passphrase(file: str | None, label: str = "New passphrase") -> str:
    """A new passphrase from a file, or typed twice at a prompt."""
    if file:
        return read_passphrase_file(file)
    first = prompt(label)
    if prompt(f"{label} (again)") != first:
        raise InvalidInput("The two passphrases differ; nothing was changed.")
    return first
