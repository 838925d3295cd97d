"""A bundle received and a bundle sent, for the demo vault's transfer officer.

An invented partner terminal (an invented police force) is made in a scratch folder: the two
terminals trust each other's contact cards, the partner sends one invented case, the demo
terminal imports it and sends one of its own back. The partner's vault and both bundle files
are then deleted; the demo vault keeps what a real exchange leaves behind: the partner in the
trust store, the bundles in the sent and received logs, the imported case with its
provenance, and every step in the audit chain.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from securedesk.core.access import Role
from securedesk.core.cases.case_query import CaseQuery
from securedesk.core.markings import Marking
from securedesk.core.session import Session
from securedesk.core.vault import database
from securedesk.core.vault.kdf import KdfParams
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import import_bundle
from securedesk.transfer.contact_card import read_card_file
from securedesk.transfer.identity import export_card
from securedesk.transfer.trust_store import TrustStore

PARTNER_ADMIN = "partner-admin"
PARTNER_OFFICER = "partner-transfer"
PARTNER_NAME = "Partner terminal (invented)"
PARTNER_ORGANISATION = "Invented Police Force"
TRUST_DAYS = 365


def add_demo_exchange(
    folder: Path, *, admin: str, officer: str, passphrase: str, kdf: KdfParams | None
) -> None:
    """Exchange one bundle each way between the demo vault in `folder` and a partner."""
    from securedesk.demo.demo_vault import import_demo_cases  # the demo's own builder

    with tempfile.TemporaryDirectory() as scratch_name:
        scratch = Path(scratch_name)
        with Session.create_vault(
            scratch / "partner",
            admin=PARTNER_ADMIN,
            passphrase=passphrase,
            terminal_binding=False,
            terminal_name=PARTNER_NAME,
            organisation=PARTNER_ORGANISATION,
            kdf_params=kdf,
        ) as partner_admin:
            partner_admin.users.add_user(
                PARTNER_OFFICER, [Role.OFFICER, Role.TRANSFER], passphrase, Marking.SECRET
            )
            with database.transaction(partner_admin.vault.conn):
                partner_admin.store.set_must_change_passphrase(PARTNER_OFFICER, False)
            import_demo_cases(partner_admin, 2, seed=77)
            export_card(partner_admin, scratch / "partner.card")

        with Session.sign_in(folder, admin, passphrase) as ours:
            today = ours.clock.today()
            export_card(ours, scratch / "ours.card")
            TrustStore(ours).add(
                read_card_file(scratch / "partner.card"), today + timedelta(days=TRUST_DAYS)
            )

        with Session.sign_in(scratch / "partner", PARTNER_ADMIN, passphrase) as partner:
            ours_trusted = TrustStore(partner).add(
                read_card_file(scratch / "ours.card"), today + timedelta(days=TRUST_DAYS)
            )

        with Session.sign_in(scratch / "partner", PARTNER_OFFICER, passphrase) as partner:
            refs = [row.ref for row in partner.cases.list_cases(CaseQuery(limit=1))]
            sent_to_us = export_bundle(
                partner,
                recipients=[ours_trusted.fingerprint],
                case_refs=refs,
                out=scratch / "from-partner.bundle",
            )
            partner_fingerprint = _own_fingerprint(partner)

        with Session.sign_in(folder, officer, passphrase) as ours:
            import_bundle(ours, sent_to_us.out)
            mine = ours.cases.list_cases(CaseQuery(owner=officer, open_only=True, limit=1))
            export_bundle(
                ours,
                recipients=[partner_fingerprint],
                case_refs=[row.ref for row in mine],
                out=scratch / "to-partner.bundle",
            )


def _own_fingerprint(session: Session) -> str:
    from securedesk.transfer.identity import own_card

    return own_card(session).fingerprint
