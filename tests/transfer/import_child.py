"""Run an import in a process of its own, announcing each step on standard output, so a test
can kill it with SIGKILL at a chosen point. Arguments: VAULT USER PASSPHRASE_FILE BUNDLE."""

from __future__ import annotations

import sys
from pathlib import Path

from securedesk.core.session import Session
from securedesk.transfer.bundle_import import import_bundle


def main() -> None:
    vault, user, passphrase_file, bundle = sys.argv[1:5]
    passphrase = Path(passphrase_file).read_text("utf-8").splitlines()[0]
    session = Session.sign_in(Path(vault), user, passphrase)
    print("signed-in", flush=True)

    def progress(stage: str, done: int, total: int) -> None:
        print(stage, done, total, flush=True)

    outcome = import_bundle(session, Path(bundle), progress=progress)
    print("imported" if outcome.imported else "not-imported", flush=True)


if __name__ == "__main__":
    main()
