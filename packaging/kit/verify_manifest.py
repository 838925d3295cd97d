#!/usr/bin/env python3
"""Check an install kit before anything from it is used: the standard library only.

    verify_manifest.py --public-key KEY.pub [--skip-signature] KIT_DIR

1. The minisign signature of KIT_DIR/SHA256SUMS (SHA256SUMS.minisig) under the public key
   that travelled separately from the kit. Ed25519 is checked here in pure Python (RFC 8032's
   verification), so a terminal without the minisign command, or without any package, can
   check it; install.sh uses the minisign command instead when it is there
   (--skip-signature then skips this step, never the next).
2. Every file the manifest names has its SHA-256, and every file in the kit is named by the
   manifest (an extra wheel or script is refused as firmly as a changed one).

Exit 0 when the kit is whole, 4 (as SecureDesk's integrity failures) with one line saying
what is wrong otherwise. Nothing is written.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import sys
from pathlib import Path

MANIFEST = "SHA256SUMS"
SIGNATURE = "SHA256SUMS.minisig"
EXIT_INTEGRITY = 4

# --- Ed25519 verification (RFC 8032, section 6) ---------------------------------------------

_P = 2**255 - 19
_L = 2**252 + 27742317777372353535851937790883648493
_D = -121665 * pow(121666, _P - 2, _P) % _P
_SQRT_M1 = pow(2, (_P - 1) // 4, _P)

Point = tuple[int, int, int, int]


def _add(a: Point, b: Point) -> Point:
    aa = (a[1] - a[0]) * (b[1] - b[0]) % _P
    bb = (a[1] + a[0]) * (b[1] + b[0]) % _P
    cc = 2 * a[3] * b[3] * _D % _P
    dd = 2 * a[2] * b[2] % _P
    e, f, g, h = bb - aa, dd - cc, dd + cc, bb + aa
    return (e * f % _P, g * h % _P, f * g % _P, e * h % _P)


def _mul(s: int, p: Point) -> Point:
    q: Point = (0, 1, 1, 0)
    while s > 0:
        if s & 1:
            q = _add(q, p)
        p = _add(p, p)
        s >>= 1
    return q


def _equal(a: Point, b: Point) -> bool:
    return (a[0] * b[2] - b[0] * a[2]) % _P == 0 and (a[1] * b[2] - b[1] * a[2]) % _P == 0


def _recover_x(y: int, sign: int) -> int | None:
    if y >= _P:
        return None
    x2 = (y * y - 1) * pow(_D * y * y + 1, _P - 2, _P) % _P
    if x2 == 0:
        return None if sign else 0
    x = pow(x2, (_P + 3) // 8, _P)
    if (x * x - x2) % _P != 0:
        x = x * _SQRT_M1 % _P
    if (x * x - x2) % _P != 0:
        return None
    if (x & 1) != sign:
        x = _P - x
    return x


def _decompress(s: bytes) -> Point | None:
    if len(s) != 32:
        return None
    y = int.from_bytes(s, "little")
    sign = y >> 255
    y &= (1 << 255) - 1
    x = _recover_x(y, sign)
    return None if x is None else (x, y, 1, x * y % _P)


_GY = 4 * pow(5, _P - 2, _P) % _P
_GX = _recover_x(_GY, 0)
assert _GX is not None
_G: Point = (_GX, _GY, 1, _GX * _GY % _P)


def ed25519_verify(public: bytes, message: bytes, signature: bytes) -> bool:
    if len(public) != 32 or len(signature) != 64:
        return False
    a = _decompress(public)
    r = _decompress(signature[:32])
    if a is None or r is None:
        return False
    s = int.from_bytes(signature[32:], "little")
    if s >= _L:
        return False
    h = int.from_bytes(hashlib.sha512(signature[:32] + public + message).digest(), "little") % _L
    return _equal(_mul(s, _G), _add(r, _mul(h, a)))


# --- minisign files -------------------------------------------------------------------------


class KitRefused(Exception):
    pass


def _b64(line: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except ValueError as exc:
        raise KitRefused(f"{what} is not base64") from exc
    if len(raw) != size:
        raise KitRefused(f"{what} has {len(raw)} bytes, not {size}")
    return raw


def read_public_key(text: str) -> tuple[bytes, bytes]:
    """(key id, Ed25519 public key) from a minisign .pub file or its bare base64 line."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if not lines:
        raise KitRefused("the public key file is empty")
    raw = _b64(lines[0], 42, "the public key")
    if raw[:2] != b"Ed":
        raise KitRefused("the public key is not a minisign Ed25519 key")
    return raw[2:10], raw[10:]


def verify_signature(data: bytes, signature_text: str, public_text: str) -> str:
    """Check a minisign signature of `data`; return its trusted comment."""
    key_id, public = read_public_key(public_text)
    lines = signature_text.splitlines()
    if len(lines) < 4 or not lines[2].startswith("trusted comment: "):
        raise KitRefused("the manifest's signature file is not a minisign signature")
    raw = _b64(lines[1], 74, "the signature")
    algorithm, sig_key_id, signature = raw[:2], raw[2:10], raw[10:]
    if sig_key_id != key_id:
        raise KitRefused(
            f"the manifest was signed with key {sig_key_id[::-1].hex().upper()}, not with "
            f"the public key given ({key_id[::-1].hex().upper()})"
        )
    if algorithm == b"ED":
        message = hashlib.blake2b(data, digest_size=64).digest()
    elif algorithm == b"Ed":
        message = data
    else:
        raise KitRefused("the signature's algorithm is unknown")
    if not ed25519_verify(public, message, signature):
        raise KitRefused("the manifest's signature does not verify: the manifest was changed")
    trusted = lines[2][len("trusted comment: ") :]
    global_signature = _b64(lines[3], 64, "the trusted comment's signature")
    if not ed25519_verify(public, signature + trusted.encode("utf-8"), global_signature):
        raise KitRefused("the trusted comment's signature does not verify")
    return trusted


def read_manifest(text: str) -> dict[str, str]:
    """path -> sha256, from `sha256sum` lines ("HEX  path")."""
    entries: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        digest, sep, name = line.partition("  ")
        if not sep or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise KitRefused(f"line {number} of the manifest is not 'SHA256  path'")
        path = Path(name)
        if path.is_absolute() or ".." in path.parts or name in entries:
            raise KitRefused(f"the manifest names '{name}', which is not a file inside the kit")
        entries[name] = digest
    return entries


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_files(kit: Path, entries: dict[str, str]) -> None:
    present = {
        p.relative_to(kit).as_posix()
        for p in kit.rglob("*")
        if (p.is_file() or p.is_symlink()) and p.name not in (MANIFEST, SIGNATURE)
    }
    missing = sorted(set(entries) - present)
    extra = sorted(present - set(entries))
    if missing:
        raise KitRefused(f"the kit lacks {missing[0]}, which the manifest names")
    if extra:
        raise KitRefused(f"the kit holds {extra[0]}, which the manifest does not name")
    for name, digest in sorted(entries.items()):
        path = kit / name
        if path.is_symlink() or sha256_of(path) != digest:
            raise KitRefused(f"{name} does not match the manifest: it was changed")


def verify_kit(kit: Path, public_text: str | None) -> str:
    """Check the signature (unless `public_text` is None) and every file; return the trusted
    comment ("" when the signature was checked elsewhere)."""
    manifest_path = kit / MANIFEST
    if not manifest_path.is_file():
        raise KitRefused(f"there is no {MANIFEST} in {kit}")
    data = manifest_path.read_bytes()
    trusted = ""
    if public_text is not None:
        signature_path = kit / SIGNATURE
        if not signature_path.is_file():
            raise KitRefused(f"there is no {SIGNATURE} in {kit}")
        trusted = verify_signature(data, signature_path.read_text("utf-8"), public_text)
    check_files(kit, read_manifest(data.decode("utf-8")))
    return trusted


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kit", type=Path)
    parser.add_argument("--public-key", type=Path, required=True)
    parser.add_argument("--skip-signature", action="store_true")
    args = parser.parse_args(argv)
    try:
        public = None if args.skip_signature else args.public_key.read_text("utf-8")
        trusted = verify_kit(args.kit, public)
    except (KitRefused, OSError, UnicodeDecodeError) as exc:
        print(f"verify: REFUSED: {exc}", file=sys.stderr)
        return EXIT_INTEGRITY
    print(f"verify: every file matches the signed manifest{f' ({trusted})' if trusted else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
