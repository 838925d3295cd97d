"""The demo vault: invented people only, made on first use, with sign-in details that are
shown on screen (they protect nothing real)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from securedesk.core.access import Permission, Role
from securedesk.core.audit import chain as audit
from securedesk.core.audit.audit_actions import AuditAction
from securedesk.core.audit.chain import Category, now_utc
from securedesk.core.error_kinds import ErrorKind
from securedesk.core.errors import InvalidInput
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.core.vault.folder import check_is_vault
from securedesk.core.vault.kdf import KdfParams
from securedesk.demo.demo_actions import add_demo_plan_work
from securedesk.demo.demo_reporting import add_reporting_values
from securedesk.demo.invented_data import generate
from securedesk.demo.invented_exchange import add_demo_exchange
from securedesk.demo.invented_meetings import add_demo_meetings

DEMO_ADMIN = "demo-admin"
DEMO_USER = "demo"
# Shown on the sign-in screen and in the README: this vault holds invented people only.
DEMO_PASSPHRASE = "invented people only"  # noqa: S105
DEMO_CASES = 2000
DEMO_SEED = 2026
DEMO_OFFICERS = ("demo", "r.pritchard", "a.khan", "m.nowak")
BATCH_CASES = 500  # progress is reported every this many cases

Progress = Callable[[int, int], None]


def import_demo_cases(
    session: Session,
    cases: int,
    seed: int,
    today: date | None = None,
    progress: Progress | None = None,
) -> int:
    """Fill an empty vault with invented cases; returns the number of items written.

    Refuses a vault that already holds cases, so invented people never mix with real ones.
    All or nothing: one transaction, so an interrupted run (Ctrl-C) leaves the vault empty
    and the command can simply be run again.
    """
    session.require(Permission.ADMINISTER)
    if cases < 1 or cases > 1_000_000:
        raise InvalidInput(ErrorKind.DEMO_CASES_OUT_OF_RANGE)
    store = session.store
    if store.conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone():
        raise InvalidInput(ErrorKind.DEMO_VAULT_NOT_EMPTY)
    officers = [
        u.name for u in store.list_users() if Role.OFFICER in u.roles and not u.disabled
    ] or [session.vault.user]
    framework_version = session.framework.version
    today = today or session.clock.today()
    conn = session.vault.conn
    written_items = 0
    now = now_utc()
    with database.transaction(conn):
        for done, demo in enumerate(generate(seed, cases, officers, today), start=1):
            demo.add_to(
                store, recorded_by=session.vault.user, framework_version=framework_version, now=now
            )
            written_items += len(demo.items)
            if progress is not None and (done % BATCH_CASES == 0 or done == cases):
                progress(done, cases)
        add_reporting_values(conn, seed, today)  # gender, concern, outcomes, stage history
        audit.record(
            conn,
            user=session.vault.user,
            category=Category.COLLECTION,
            action=AuditAction.INVENTED_DEMO_DATA_ADDED,
            object_type="vault",
            object_id=session.vault.vault_id,
            details={"cases": cases, "items": written_items, "seed": seed},
        )
    with database.transaction(conn):
        store.optimize_search()
    return written_items


def open_demo_vault(folder: Path, cases: int = DEMO_CASES) -> Session:
    """Sign in to the demo vault as the demo officer, making it first if there is none.

    The vault is built in a child process that handles invented data only, so SQLCipher's
    memory security (process-wide, and very costly for bulk writes) can stay off there while
    it stays on here.
    """
    if not folder.exists() or not any(folder.iterdir()):
        build_demo_vault(folder, cases)
    check_is_vault(folder)
    return Session.sign_in(folder, DEMO_USER, DEMO_PASSPHRASE)


# The child's first argument when the program is frozen (PyInstaller): a frozen program has
# no `-m`, so the program itself is run with this flag instead (cli/main.py reads it).
CHILD_FLAG = "--build-invented-demo-vault"


def build_demo_vault(folder: Path, cases: int = DEMO_CASES) -> None:
    """Build the demo vault in a child process that handles invented data only."""
    child = (
        [sys.executable, CHILD_FLAG]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "securedesk.demo.demo_vault"]
    )
    result = subprocess.run(
        [*child, str(folder), str(cases)],
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise InvalidInput(
            ErrorKind.DEMO_BUILD_FAILED, path=str(folder), exit_code=result.returncode
        )


def make_demo_vault(folder: Path, cases: int, kdf: KdfParams | None = None) -> None:
    """Create and fill the demo vault (call in a process that handles invented data only)."""
    # No terminal binding: the demo must open on any machine, and holds nothing real.
    with Session.create_vault(
        folder,
        admin=DEMO_ADMIN,
        passphrase=DEMO_PASSPHRASE,
        terminal_binding=False,
        terminal_name="Demo terminal",
        organisation="Invented County Council",
        kdf_params=kdf,
    ) as admin:
        admin.users.set_roles(DEMO_ADMIN, [Role.ADMIN, Role.AUDITOR])
        for name in DEMO_OFFICERS:
            roles = (
                [Role.OFFICER, Role.CHAIR, Role.TRANSFER] if name == DEMO_USER else [Role.OFFICER]
            )
            admin.users.add_user(name, roles, DEMO_PASSPHRASE, Marking.SECRET)
            # Demo accounts keep the shown passphrase rather than forcing a change.
            with database.transaction(admin.vault.conn) as conn:
                admin.store.set_must_change_passphrase(name, False)
                audit.record(
                    conn,
                    user=DEMO_ADMIN,
                    category=Category.ADMINISTRATION,
                    action=AuditAction.DEMO_ACCOUNT_READY,
                    object_type="user",
                    object_id=name,
                )
        import_demo_cases(admin, cases, DEMO_SEED)
    # The chair's view: meetings run by the demo officer, who also chairs.
    with Session.sign_in(folder, DEMO_USER, DEMO_PASSPHRASE) as chair:
        add_demo_meetings(chair)
        add_demo_plan_work(chair)  # issue 11: overdue, handed-on and done actions
    # The transfer officer's view: a bundle received from a partner and one sent back.
    add_demo_exchange(
        folder, admin=DEMO_ADMIN, officer=DEMO_USER, passphrase=DEMO_PASSPHRASE, kdf=kdf
    )


def child_main(argv: list[str]) -> None:
    """The child process: memory security off for invented data, then build."""
    database.build_invented_data_only()
    make_demo_vault(Path(argv[0]), int(argv[1]))


if __name__ == "__main__":
    child_main(sys.argv[1:])
