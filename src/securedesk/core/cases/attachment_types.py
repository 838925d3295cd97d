"""What an attachment really is: its content must match its name, and it must be a kind the
vault can show inside the application (images, PDF, plain text)."""

from __future__ import annotations

from pathlib import PurePath

from securedesk.core.error_kinds import Detail, ErrorKind
from securedesk.core.errors import InvalidInput

MAX_NAME_CHARS = 200

# name ending -> (media type, how the content must begin; None for text)
_KINDS: dict[str, tuple[str, tuple[bytes, ...] | None]] = {
    ".pdf": ("application/pdf", (b"%PDF-",)),
    ".png": ("image/png", (b"\x89PNG\r\n\x1a\n",)),
    ".jpg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".jpeg": ("image/jpeg", (b"\xff\xd8\xff",)),
    ".gif": ("image/gif", (b"GIF87a", b"GIF89a")),
    ".txt": ("text/plain", None),
    ".csv": ("text/csv", None),
    ".md": ("text/markdown", None),
}


def allowed_endings() -> list[str]:
    return sorted(_KINDS)


def clean_name(name: str) -> str:
    """Only the final component of a name, without control characters."""
    base = PurePath(name.replace("\\", "/")).name.strip()
    base = "".join(c for c in base if c.isprintable())
    if not base or base in (".", ".."):
        raise InvalidInput(ErrorKind.ATTACHMENT_UNNAMED)
    return base[:MAX_NAME_CHARS]


def identify(name: str, content: bytes) -> str:
    """The media type of `content`, or InvalidInput if it is not what its name says."""
    ending = PurePath(name).suffix.lower()
    kind = _KINDS.get(ending)
    if kind is None:
        raise InvalidInput(
            ErrorKind.ATTACHMENT_ENDING_REFUSED,
            ending=ending or Detail.NO_ENDING,
            allowed=", ".join(allowed_endings()),
        )
    media_type, magic = kind
    if magic is None:
        if b"\x00" in content[:65536]:
            raise InvalidInput(ErrorKind.ATTACHMENT_TEXT_IS_BINARY, name=name)
        try:
            content.decode("utf-8")
        except UnicodeDecodeError:
            raise InvalidInput(ErrorKind.ATTACHMENT_TEXT_NOT_UTF8, name=name) from None
    elif not any(content.startswith(m) for m in magic):
        raise InvalidInput(
            ErrorKind.ATTACHMENT_CONTENT_MISMATCH, name=name, file_type=ending[1:].upper()
        )
    return media_type
