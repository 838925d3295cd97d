"""Screenshots of the Transfers screen between three throwaway terminals of invented people.

    xvfb-run -a python scripts/transfer_tour.py docs/screenshots [--language cy]

Welsh shots go into the folder's `cy` folder under the same names (as the main tour's).

Builds the vaults in a temporary folder (a fast key derivation: invented data only), exports
a bundle from one to another, and photographs the Outbox, the trust store, and the Inbox after
checking, previewing and importing the bundle.
"""

from __future__ import annotations

import argparse
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

from securedesk.app import make_application
from securedesk.core.access import Role
from securedesk.core.domain import Person
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault.kdf import KdfParams
from securedesk.gui.main_window import MainWindow
from securedesk.gui.tour import LANGUAGES, use_language
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.identity import export_card
from securedesk.transfer.trust_store import TrustStore

PASSPHRASE = "invented people only, for screenshots"  # noqa: S105 - throwaway vaults, deleted at exit
QUICK = KdfParams(iterations=1, lanes=1, memory_kib=8 * 1024)


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def terminal(
    root: Path, name: str, org: str, cases: list[tuple[str, str, Marking]]
) -> tuple[Path, str, list[str]]:
    folder = root / name
    admin = Session.create_vault(
        folder,
        admin="admin",
        passphrase=PASSPHRASE,
        terminal_binding=False,
        kdf_params=QUICK,
        terminal_name=name,
        organisation=org,
    )
    admin.users.add_user("oscar", [Role.OFFICER], PASSPHRASE, Marking.SECRET)
    admin.users.add_user("tom", [Role.TRANSFER, Role.ADMIN], PASSPHRASE, Marking.SECRET)
    admin.lock()
    refs = []
    if cases:
        s = Session.sign_in(folder, "oscar", PASSPHRASE)
        s.users.change_own_passphrase(PASSPHRASE)
        for given, family, marking in cases:
            case = s.cases.add_case(
                [Person(given, family)],
                referral_source="Police",
                referral_date=date.today() - timedelta(days=9),
                marking=marking,
            )
            s.cases.add_item(case.ref, agency="Police", text="Referral received.", marking=marking)
            refs.append(case.ref)
        s.lock()
    s = Session.sign_in(folder, "tom", PASSPHRASE)
    s.users.change_own_passphrase(PASSPHRASE)
    fingerprint = export_card(s, root / f"{name}.sdcard").fingerprint
    s.lock()
    return folder, fingerprint, refs


def window_for(folder: Path) -> tuple[MainWindow, object]:
    window = MainWindow(Session.sign_in(folder, "tom", PASSPHRASE))
    window.resize(1360, 860)
    window.show()
    settle()
    window.nav.setCurrentRow(window.page_keys.index("transfers"))
    settle()
    return window, window.page("transfers")


def main(out: Path, language: str = "en_GB") -> None:
    app = make_application()
    use_language(app, language)
    if language != "en_GB":
        out = out / language
    out.mkdir(parents=True, exist_ok=True)
    suffix = ""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        a, _, refs = terminal(
            root,
            "Cardiff secure room",
            "Cardiff Council",
            [
                ("Aled", "Prydderch", Marking.OFFICIAL),
                ("Seren", "Vaughan", Marking.OFFICIAL_SENSITIVE),
                ("Idris", "Morgan", Marking.OFFICIAL),
            ],
        )
        b, fpb, _ = terminal(root, "Swansea panel office", "Swansea Council", [])
        terminal(root, "Newport hub", "Newport Council", [])
        for folder, cards in (
            (a, ["Swansea panel office", "Newport hub"]),
            (b, ["Cardiff secure room"]),
        ):
            s = Session.sign_in(folder, "tom", PASSPHRASE)
            for card in cards:
                TrustStore(s).add(
                    (root / f"{card}.sdcard").read_bytes(), date.today() + timedelta(days=365)
                )
            s.lock()
        bundle = root / "to-swansea.sdbundle"
        s = Session.sign_in(a, "tom", PASSPHRASE)
        export_bundle(s, recipients=[fpb], case_refs=refs[:2], out=bundle)
        s.lock()

        window, page = window_for(a)
        page.show_tab(page.outbox)  # type: ignore[attr-defined]
        settle(800)
        page.outbox.choose_cases(refs[:2])  # type: ignore[attr-defined]
        page.outbox.choose_recipients([fpb])  # type: ignore[attr-defined]
        settle()
        window.grab().save(str(out / f"15-transfers-outbox{suffix}.png"))
        page.show_tab(page.trust)  # type: ignore[attr-defined]
        settle()
        window.grab().save(str(out / f"16-transfers-trust-store{suffix}.png"))
        window.close()

        window, page = window_for(b)
        inbox = page.inbox  # type: ignore[attr-defined]
        page.show_tab(inbox)  # type: ignore[attr-defined]
        inbox.open_bundle(bundle)
        while inbox.work.busy:
            settle(100)
        inbox.run_preview()
        while inbox.work.busy:
            settle(100)
        settle()
        window.grab().save(str(out / f"17-transfers-inbox-preview{suffix}.png"))
        window.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path, nargs="?", default=Path("docs/screenshots"))
    parser.add_argument("--language", choices=LANGUAGES, default="en_GB")
    args = parser.parse_args()
    main(args.out, args.language)
