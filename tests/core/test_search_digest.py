"""A search is audited by a keyed digest of its words, never the words: a subject's name typed
into search would otherwise outlive their destroyed case in the append-only chain."""

from __future__ import annotations

from pathlib import Path

import pytest

from securedesk.core.access import Role
from securedesk.core.errors import PermissionDenied
from securedesk.core.session import Session

from ..conftest import ADMIN_PASS, OFFICER_PASS


def test_the_chain_keeps_no_search_words_and_an_auditor_can_still_ask(vault: Path) -> None:
    officer = Session.sign_in(vault, "olivia", OFFICER_PASS)
    try:
        officer.cases.search("Zephyrine Quillfeather")
        officer.cases.search("someone else")
        with pytest.raises(PermissionDenied):
            officer.audit.searches_for("Zephyrine Quillfeather")
    finally:
        officer.lock()
    admin = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        admin.users.set_roles("admin", [*admin.user.roles, Role.AUDITOR])
    finally:
        admin.lock()
    auditor = Session.sign_in(vault, "admin", ADMIN_PASS)
    try:
        conn = auditor.vault.conn
        rows = conn.execute("SELECT details, justification, object_id FROM audit_events")
        text = " ".join(" ".join(str(v) for v in row) for row in rows).lower()
        assert "zephyrine" not in text and "quillfeather" not in text
        found = auditor.audit.searches_for("  zephyrine   QUILLFEATHER ")
        assert [(e.user, e.action) for e in found] == [("olivia", "cases searched")]
        assert auditor.audit.searches_for("nobody searched this") == []
    finally:
        auditor.lock()
