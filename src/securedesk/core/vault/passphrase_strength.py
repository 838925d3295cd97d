"""A rough strength estimate for a new passphrase, for the meter in the window.

Deliberately conservative: it counts the character pool actually used and penalises
repeats and common sequences, and it never stores or logs what it is given.
"""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from securedesk.core.users.user_rules import MIN_PASSPHRASE_CHARS

_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_COMMON = ("password", "passphrase", "letmein", "secret", "securedesk", "welcome", "admin")


@dataclass(frozen=True)
class Strength:
    bits: float
    level: int  # 0 too weak · 1 weak · 2 fair · 3 strong · 4 very strong
    acceptable: bool


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength(0.0, 0, False)
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 60
    # Count each run of a repeated character, and each step of a known sequence, once.
    effective = 0
    lower = passphrase.lower()
    for i, c in enumerate(lower):
        if i and c == lower[i - 1]:
            continue
        if i and any(lower[i - 1 : i + 1] in seq for seq in _SEQUENCES):
            continue
        effective += 1
    bits = effective * math.log2(max(pool, 2))
    if any(word in lower for word in _COMMON):
        bits -= 20
    bits = max(bits, 0.0)
    level = 0 if bits < 40 else 1 if bits < 55 else 2 if bits < 70 else 3 if bits < 90 else 4
    return Strength(bits, level, len(passphrase) >= MIN_PASSPHRASE_CHARS and level >= 2)
