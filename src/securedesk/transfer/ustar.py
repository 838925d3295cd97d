"""The strict subset of POSIX ustar that bundles use: regular files with short names.

Writing: headers are produced here so a member's size can be patched once a streamed payload
is complete. Reading: every header is parsed and checked by hand (checksum, type, name, size)
rather than with `tarfile`, which accepts links, devices, long-name extensions and other
formats that a bundle must never contain.
"""

from __future__ import annotations

from dataclasses import dataclass

from securedesk.core.error_kinds import Kind
from securedesk.core.errors import BundleRejected
from securedesk.transfer.refusal_reasons import RefusalReason
from securedesk.transfer.transfer_error_kinds import TransferDetail, TransferErrorKind

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


# What an entry that is not a regular file is, by its header's type flag.
_ENTRY_TYPES = {
    b"1": TransferDetail.HARD_LINK,
    b"2": TransferDetail.SYMBOLIC_LINK,
    b"3": TransferDetail.CHARACTER_DEVICE,
    b"4": TransferDetail.BLOCK_DEVICE,
    b"5": TransferDetail.DIRECTORY,
    b"6": TransferDetail.FIFO,
    b"x": TransferDetail.EXTENDED_HEADER,
    b"g": TransferDetail.GLOBAL_EXTENDED_HEADER,
    b"L": TransferDetail.LONG_NAME,
    b"K": TransferDetail.LONG_LINK,
}


def _damaged(where: Kind, what: TransferDetail) -> BundleRejected:
    return BundleRejected(
        RefusalReason.ARCHIVE_MALFORMED,
        TransferErrorKind.ARCHIVE_DAMAGED,
        where=where,
        problem=what,
    )


def parse_header(block: bytes, where: Kind) -> Member | None:
    """The member a header block announces, or None at the end-of-archive marker."""
    if len(block) != BLOCK:
        raise _damaged(where, TransferDetail.ENDS_MID_ENTRY)
    if block == b"\0" * BLOCK:
        return None
    expected = sum(block[:148]) + 8 * 32 + sum(block[156:])
    try:
        stored = int(block[148:156].rstrip(b" \0").decode("ascii") or "-1", 8)
    except ValueError:
        raise _damaged(where, TransferDetail.CHECKSUM_NOT_A_NUMBER) from None
    # Exactly the form this module writes: a checksum field that differs in spacing or
    # padding would let a byte change without anything noticing.
    if stored != expected or block[148:156] != b"%06o\0 " % expected:
        raise _damaged(where, TransferDetail.CHECKSUM_WRONG)
    if block[257:263] != b"ustar\0" and block[257:265] != b"ustar  \0":
        raise _damaged(where, TransferDetail.NOT_USTAR)
    kind = block[156:157]
    if kind not in (b"0", b"\0"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_ENTRY_TYPE,
            TransferErrorKind.ENTRY_NOT_A_FILE,
            where=where,
            entry_type=_ENTRY_TYPES.get(kind, TransferDetail.UNKNOWN_TYPE),
        )
    if block[157:257].strip(b"\0") or block[345:500].strip(b"\0"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_ENTRY_NAME, TransferErrorKind.ENTRY_LINK, where=where
        )
    raw_name = block[0:100].split(b"\0", 1)[0]
    try:
        name = raw_name.decode("ascii")
    except UnicodeDecodeError:
        raise _damaged(where, TransferDetail.NAME_NOT_ASCII) from None
    if not name.isprintable() or "\\" in name:
        raise _damaged(where, TransferDetail.NAME_UNPRINTABLE)
    try:
        size_field = block[124:136].rstrip(b" \0").decode("ascii")
        size = int(size_field, 8)
    except ValueError:
        raise _damaged(where, TransferDetail.SIZE_NOT_A_NUMBER) from None
    if block[124:136] != b"%011o\0" % size:
        raise _damaged(where, TransferDetail.SIZE_NOT_STANDARD)
    return Member(name, size)


def check_name_is_plain(name: str, where: Kind) -> None:
    """Refuse path tricks with a message that says which, before any name is compared."""
    if name.startswith("/"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_PATH, TransferErrorKind.ENTRY_ABSOLUTE_PATH, where=where
        )
    if ".." in name.split("/") or "./" in name or name.endswith("/"):
        raise BundleRejected(
            RefusalReason.ARCHIVE_PATH, TransferErrorKind.ENTRY_CLIMBS_OUT, where=where
        )
