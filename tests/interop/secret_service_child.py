"""Run under dbus-run-session: terminal binding against a real GNOME Keyring (Secret Service).

Prints one JSON line with what happened; the test in test_secret_service.py reads it.
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path


def main(folder: Path) -> None:
    started = subprocess.run(
        ["gnome-keyring-daemon", "--unlock", "--components=secrets"],
        input=b"\n",
        capture_output=True,
        check=True,
    )
    for line in started.stdout.decode().splitlines():
        key, _, value = line.partition("=")
        if key:
            os.environ[key] = value

    import keyring
    from keyring.backends import SecretService

    keyring.set_keyring(SecretService.Keyring())

    from securedesk.core.errors import TerminalBindingMissing, WrongPassphrase
    from securedesk.core.session import Session
    from securedesk.core.vault import terminal_binding
    from securedesk.core.vault.kdf import KdfParams

    fast = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)
    result: dict[str, object] = {}
    session = Session.create_vault(
        folder, admin="admin", passphrase="secret service passphrase", kdf_params=fast
    )
    vault_id = session.vault.vault_id
    session.lock()
    stored = keyring.get_password(terminal_binding.SERVICE, f"vault:{vault_id}")
    result["stored_in_secret_service"] = stored is not None
    Session.sign_in(folder, "admin", "secret service passphrase").lock()
    result["unlocked_with_binding"] = True

    # A different secret (another terminal's keyring): the passphrase alone is not enough.
    other = base64.b64encode(os.urandom(terminal_binding.SECRET_BYTES)).decode()
    keyring.set_password(terminal_binding.SERVICE, f"vault:{vault_id}", other)
    try:
        Session.sign_in(folder, "admin", "secret service passphrase").lock()
        result["other_secret"] = "opened"
    except WrongPassphrase:
        result["other_secret"] = "refused"

    keyring.delete_password(terminal_binding.SERVICE, f"vault:{vault_id}")
    try:
        Session.sign_in(folder, "admin", "secret service passphrase").lock()
        result["missing_secret"] = "opened"
    except TerminalBindingMissing as exc:
        result["missing_secret"] = str(exc)
    print(json.dumps(result))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
