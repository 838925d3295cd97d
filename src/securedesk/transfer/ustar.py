"""The strict subset of POSIX ustar that bundles use: regular files with short names.

Writing: headers are produced here so a member's size can be patched once a streamed payload
is complete. Reading: every header is parsed and checked by hand (checksum, type, name, size)
rather than with `tarfile`, which accepts links, devices, long-name extensions and other
formats that a bundle must never contain.
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.errors import BundleRejected
from securedesk.transfer.refusal_reasons import RefusalReason

BLOCK = 512
END_OF_ARCHIVE = b"\0" * (2 * BLOCK)
# Fixed header fields: no owner names, no times (a bundle's times are in its envelope).
_MODE = b"0000600\0"
_ZERO_ID = b"0000000\0"
_MTIME = b"00000000000\0"
_MAGIC = b"ustar\x0000"
_MAX_SIZE = 8**11 - 1


def header(name: str, size: int) -> bytes:
    """A ustar header block for a regular file `name` of `size` bytes."""
    encoded = name.encode("ascii")
    if not 0 < len(encoded) < 100 or size < 0 or size > _MAX_SIZE:
        raise ValueError("name or size does not fit a ustar header")
    block = bytearray(BLOCK)
    block[0 : len(encoded)] = encoded
    block[100:108] = _MODE
    block[108:116] = _ZERO_ID
    block[116:124] = _ZERO_ID
    block[124:136] = b"%011o\0" % size
    block[136:148] = _MTIME
    block[148:156] = b" " * 8
    block[156:157] = b"0"
    block[257:265] = _MAGIC
    block[148:156] = b"%06o\0 " % sum(block)
    return bytes(block)


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


@dataclass(frozen=True)
class Member:
    name: str
    size: int


def _damaged(where: str, what: str) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_MALFORMED,
        f"The {where} is not a well-formed bundle archive ({what}). The file was damaged, "
        "truncated or altered; ask the sender for a fresh copy.",
    )


def parse_header(block: bytes, where: str) -> Member | None:
    """The member a header block announces, or None at the end-of-archive marker."""
    if len(block) != BLOCK:
        raise _damaged(where, "it ends in the middle of an entry")
    if block == b"\0" * BLOCK:
        return None
    expected = sum(block[:148]) + 8 * 32 + sum(block[156:])
    try:
        stored = int(block[148:156].rstrip(b" \0").decode("ascii") or "-1", 8)
    except ValueError:
        raise _damaged(where, "an entry's checksum is not a number") from None
    # Exactly the form this module writes: a checksum field that differs in spacing or
    # padding would let a byte change without anything noticing.
    if stored != expected or block[148:156] != b"%06o\0 " % expected:
        raise _damaged(where, "an entry's header checksum does not match")
    if block[257:263] != b"ustar\0" and block[257:265] != b"ustar  \0":
        raise _damaged(where, "an entry is not in the ustar format")
    kind = block[156:157]
    if kind not in (b"0", b"\0"):
        described = {
            b"1": "a hard link",
            b"2": "a symbolic link",
            b"3": "a character device",
            b"4": "a block device",
            b"5": "a directory",
            b"6": "a FIFO",
            b"x": "an extended header",
            b"g": "a global extended header",
            b"L": "a long-name extension",
            b"K": "a long-link extension",
        }.get(kind, "an entry of an unknown type")
        raise BundleRejected(
            RefusalReason.ARCHIVE_ENTRY_TYPE,
            f"The {where} contains {described}; bundles hold regular files only. "
            "The bundle was not made by SecureDesk. Do not import it.",
        )
    if block[157:257].strip(b"\0") or block[345:500].strip(b"\0"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_ENTRY_NAME,
            f"The {where} contains an entry with a link target or a long name prefix; "
            "bundles never do. Do not import it.",
        )
    raw_name = block[0:100].split(b"\0", 1)[0]
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError:
        raise _damaged(where, "an entry's name is not plain ASCII") from None
    if not name.isprintable() or "\\" in name:
        raise _damaged(where, "an entry's name holds unprintable characters")
    try:
        size_field = block[124:136].rstrip(b" \0").decode("ascii")
        size = int(size_field, 8)
    except ValueError:
        raise _damaged(where, "an entry's size is not a number") from None
    if block[124:136] != b"%011o\0" % size:
        raise _damaged(where, "an entry's size is not written the standard way")
    return Member(name, size)


def check_name_is_plain(name: str, where: str) -> None:
    """Refuse path tricks with a message that says which, before any name is compared."""
    if name.startswith("/"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_PATH,
            f"The {where} names an entry with an absolute path; bundles never do. "
            "Do not import it.",
        )
    if ".." in name.split("/") or "./" in name or name.endswith("/"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_PATH,
            f"The {where} names an entry that climbs out of its folder ('..'); "
            "bundles never do. Do not import it.",
        )
