"""Where passphrases come from on the command line: a file named by an option, or a prompt.
Never an argument or an environment variable, which other users and logs can see."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from securedesk.core.error_kinds import ErrorKind, word
from securedesk.core.errors import InvalidInput

MAX_LINE_BYTES = 4096

# A prompt that asks for a new passphrase asks twice; the second time, in these words.
AGAIN = {
    ErrorKind.PROMPT_NEW_PASSPHRASE: ErrorKind.PROMPT_NEW_PASSPHRASE_AGAIN,
    ErrorKind.PROMPT_PASSPHRASE_FOR: ErrorKind.PROMPT_PASSPHRASE_FOR_AGAIN,
    ErrorKind.PROMPT_ONE_TIME_PASSPHRASE_FOR: ErrorKind.PROMPT_ONE_TIME_PASSPHRASE_FOR_AGAIN,
}


def read_passphrase_file(path: str) -> str:
    try:
        with Path(path).open("rb") as f:
            data = f.read(MAX_LINE_BYTES + 1)
    except OSError as exc:
        raise InvalidInput(
            ErrorKind.PASSPHRASE_FILE_UNREADABLE, path=path, os_error=exc.strerror
        ) from None
    line = data.split(b"\n", 1)[0]
    if len(line) > MAX_LINE_BYTES:
        raise InvalidInput(ErrorKind.PASSPHRASE_FILE_LINE_TOO_LONG, path=path)
    try:
        text = line.decode("utf-8").rstrip("\r")
    except UnicodeDecodeError:
        raise InvalidInput(ErrorKind.PASSPHRASE_FILE_NOT_UTF8, path=path) from None
    if not text:
        raise InvalidInput(ErrorKind.PASSPHRASE_FILE_LINE_EMPTY, path=path)
    return text


def prompt(label: ErrorKind, user: str = "") -> str:
    """Ask on the terminal for the passphrase `label` names (for `user`, when it names one)."""
    data: dict[str, object] = {"user": user} if user else {}
    if not sys.stdin.isatty():
        raise InvalidInput(ErrorKind.PASSPHRASE_NO_TERMINAL, label=label, **data)
    try:
        text = getpass.getpass(f"{word(label, data)}: ")
    except EOFError:
        print(file=sys.stderr)  # the prompt's line is left open by Ctrl-D
        raise InvalidInput(ErrorKind.PASSPHRASE_INPUT_ENDED, label=label, **data) from None
    if not text:
        raise InvalidInput(ErrorKind.PASSPHRASE_EMPTY, label=label, **data)
    return text


def passphrase(
    file: str | None, label: ErrorKind = ErrorKind.PROMPT_PASSPHRASE, user: str = ""
) -> str:
    return read_passphrase_file(file) if file else prompt(label, user)


def new_passphrase(
    file: str | None, label: ErrorKind = ErrorKind.PROMPT_NEW_PASSPHRASE, user: str = ""
) -> str:
    """A new passphrase from a file, or typed twice at a prompt."""
    if file:
        return read_passphrase_file(file)
    first = prompt(label, user)
    if prompt(AGAIN[label], user) != first:
        raise InvalidInput(ErrorKind.PASSPHRASES_DIFFER)
    return first
