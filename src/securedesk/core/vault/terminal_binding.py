"""The terminal-binding secret: a random value in the OS keyring, mixed into every key slot.

A copied vault folder cannot be opened elsewhere with a passphrase alone, because the
secret stays in this terminal's keyring (Secret Service, Keychain or Credential Locker).
"""

from __future__ import annotations

import base64
import os

import keyring
import keyring.errors

from securedesk.core.error_kinds import Detail
from securedesk.core.errors import KeyringUnavailable, TerminalBindingMissing

SERVICE = "SecureDesk terminal binding"
SECRET_BYTES = 32


def _account(vault_id: str) -> str:
    return f"vault:{vault_id}"


def create_secret(vault_id: str) -> bytes:
    """Make and store a new binding secret for a vault; refuses to replace an existing one."""
    try:
        if keyring.get_password(SERVICE, _account(vault_id)) is not None:
            raise KeyringUnavailable(Detail.BINDING_SECRET_EXISTS)
        secret = os.urandom(SECRET_BYTES)
        keyring.set_password(SERVICE, _account(vault_id), base64.b64encode(secret).decode())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
    # Read it back: some back ends accept a write and keep nothing (a fail-safe keyring).
    if load_secret(vault_id) != secret:
        raise KeyringUnavailable(Detail.KEYRING_LOST_SECRET)
    return secret


def load_secret(vault_id: str) -> bytes:
    try:
        stored = keyring.get_password(SERVICE, _account(vault_id))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
    if stored is None:
        raise TerminalBindingMissing(vault_id)
    try:
        secret = base64.b64decode(stored, validate=True)
    except ValueError as exc:
        raise TerminalBindingMissing(vault_id) from exc
    if len(secret) != SECRET_BYTES:
        raise TerminalBindingMissing(vault_id)
    return secret


def delete_secret(vault_id: str) -> None:
    """Forget a binding secret (used when a vault is created but its creation fails)."""
    try:
        keyring.delete_password(SERVICE, _account(vault_id))
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(type(exc).__name__) from exc
