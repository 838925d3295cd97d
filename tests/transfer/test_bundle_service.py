"""Bundles between two real vaults: export, verify, inspect, import, replay, receipts, and
every policy refusal leaving the vault unchanged but for the audit event of the refusal."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from securedesk.core.audit import chain as audit
from securedesk.core.errors import (
    BundleRefused,
    BundleRejected,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from securedesk.core.markings import Marking
from securedesk.transfer.bundle_export import export_bundle
from securedesk.transfer.bundle_import import check_bundle, import_bundle, inspect_bundle
from securedesk.transfer.bundle_log_store import BundleLog
from securedesk.transfer.conflicts import conflicts, keep_local
from securedesk.transfer.receipts import make_receipt
from securedesk.transfer.records import case_records
from securedesk.transfer.trust_store import TrustStore

from .conftest import Site, add_full_case, make_site

TABLES = (
    "cases",
    "people",
    "items",
    "assessments",
    "actions",
    "action_updates",
    "attachments",
    "record_provenance",
    "incoming_bundles",
    "import_conflicts",
)


def counts(site: Site) -> dict[str, int]:
    with site.as_user("admin") as s:
        return {t: s.vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def last_event(site: Site) -> audit.AuditEvent:
    with site.as_user("admin") as s:
        events = list(audit.iter_events(s.vault.conn))
    return [e for e in events if e.category != "authentication"][-1]


def export(site: Site, to: list[str], refs: list[str], out: Path, **kw: Any) -> Any:
    with site.as_user("tess") as s:
        return export_bundle(s, recipients=to, case_refs=refs, out=out, **kw)


def records_of(site: Site, ref: str) -> list[dict[str, Any]]:
    """The case's records, but for the case's owner: allocation is local (an imported case
    is owned by the user who imported it, whatever the bundle says)."""
    with site.as_user("admin") as s:
        case_id = s.store.case_id_for_ref(ref)
        found = list(case_records(s.vault.conn, case_id))
    return [{**r, "owner": ""} if r["type"] == "case" else r for r in found]


def test_round_trip_brings_everything_and_keeps_provenance(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a)
    out = tmp_path / "to-b.sdbundle"
    result = export(a, [b.fingerprint()], [ref], out)
    assert out.exists() and result.cases == 1 and result.attachments == 1
    assert result.highest_marking is Marking.OFFICIAL_SENSITIVE
    assert not list(out.parent.glob(".*.tmp"))

    with b.as_user("tess") as s:
        check = check_bundle(s, out)
        assert check.sender_name and check.addressed_here and not check.is_older
        _, preview = inspect_bundle(s, out)
        assert preview is not None and preview.creates["case"] == 1
    before = counts(b)
    assert before["cases"] == 0  # inspecting changed nothing

    with b.as_user("tess") as s:
        outcome = import_bundle(s, out)
    assert outcome.imported and "Imported bundle" in outcome.message
    assert records_of(b, ref) == records_of(a, ref)
    with b.as_user("admin") as s:
        # A's case was oscar's; B has an oscar, but the case is the importing user's.
        assert s.store.get_case(s.store.case_id_for_ref(ref)).case.owner == "tess"
        prov = s.vault.conn.execute(
            "SELECT DISTINCT bundle_id, sender_fingerprint FROM record_provenance"
        ).fetchall()
        assert prov == [(result.bundle_id, a.fingerprint())]
        assert s.audit.verify().ok
        assert s.vault.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # (Item text is searched within one's caseload: the case is tess's, who imported it.)
    with b.as_user("tess") as s:
        assert {h.ref for h in s.cases.search("Prydderch")} == {ref}
        # Items are indexed in one statement at the end of an import; the trigger that
        # indexes items recorded later is back in place.
        assert {h.ref for h in s.cases.search("head of year")} == {ref}
    with b.as_user("oscar") as s:
        s.cases.add_item(
            ref,
            agency="Police",
            text="Zygmunt called about the mentoring",
            justification="Received from a partner; allocating it",
        )
    with b.as_user("tess") as s:
        assert {h.ref for h in s.cases.search("Zygmunt")} == {ref}
    with b.as_user("oscar") as s:
        # The case says where it came from.
        view = s.cases.open_case(ref, "Received from a partner; allocating it")
        assert view.origin is not None
        assert view.origin.bundle_id == result.bundle_id
        assert view.origin.sender_fingerprint == a.fingerprint()
        assert view.origin.sender_name == "Test terminal"

    # The same bundle again changes nothing and says so.
    after = counts(b)
    with b.as_user("tess") as s:
        again = import_bundle(s, out)
    assert not again.imported and "already imported" in again.message
    assert "nothing changed" in again.message
    assert counts(b) == after


def test_receipt_goes_back_and_is_recorded_against_the_transfer(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a)
    out = tmp_path / "to-b.sdbundle"
    result = export(a, [b.fingerprint()], [ref], out)
    with b.as_user("tess") as s:
        import_bundle(s, out)
        receipt = make_receipt(s, result.bundle_id, tmp_path / "receipt.sdbundle")
        assert BundleLog(s.vault.conn).get_incoming(result.bundle_id).receipt_issued_at
    with a.as_user("tess") as s:
        outcome = import_bundle(s, receipt.out)
        assert "Receipt recorded" in outcome.message
        sent = BundleLog(s.vault.conn).get_outgoing(result.bundle_id)
        assert sent is not None and [r["from"] for r in sent.receipts] == [b.fingerprint()]
        assert sent.receipts[0]["counts"]["created"] > 0
    assert counts(a)["cases"] == 1


def test_older_sequence_needs_confirmation(sites: tuple[Site, Site], tmp_path: Path) -> None:
    a, b = sites
    first_ref = add_full_case(a, "Anna Nowak", attachment=None)
    second_ref = add_full_case(a, "Ali Warsame", attachment=None)
    first = tmp_path / "1.sdbundle"
    second = tmp_path / "2.sdbundle"
    export(a, [b.fingerprint()], [first_ref], first)
    export(a, [b.fingerprint()], [second_ref], second)
    with b.as_user("tess") as s:
        import_bundle(s, second)
    before = counts(b)
    with b.as_user("tess") as s, pytest.raises(BundleRefused) as info:
        import_bundle(s, first)
    assert info.value.reason == "older-sequence" and info.value.exit_code == 5
    assert "--accept-older" in str(info.value)
    assert counts(b) == before
    event = last_event(b)
    assert event.action == "bundle refused" and event.outcome == "refused"
    assert json.loads(event.details)["reason"] == "older-sequence"
    with b.as_user("tess") as s:
        assert import_bundle(s, first, accept_older=True).imported
    assert counts(b)["cases"] == before["cases"] + 1


def test_refusals_leave_only_an_audit_event(sites: tuple[Site, Site], tmp_path: Path) -> None:
    a, b = sites
    c = make_site(tmp_path / "c" / "vault", "c")
    a.trust(c)
    c.trust(a)
    ref = add_full_case(a)
    for_c = tmp_path / "for-c.sdbundle"
    export(a, [c.fingerprint()], [ref], for_c)

    def refused(path: Path) -> BundleRejected | BundleRefused:
        before = counts(b)
        with b.as_user("tess") as s, pytest.raises((BundleRejected, BundleRefused)) as info:
            import_bundle(s, path)
        assert counts(b) == before
        event = last_event(b)
        assert event.action == "bundle refused"
        assert json.loads(event.details)["reason"] == info.value.reason
        return info.value

    err = refused(for_c)
    assert err.reason == "not-addressed-here" and err.exit_code == 4

    truncated = tmp_path / "cut.sdbundle"
    truncated.write_bytes(for_c.read_bytes()[:3000])
    assert refused(truncated).reason == "truncated"

    # Above this terminal's ceiling: refused before decryption.
    for_b = tmp_path / "for-b.sdbundle"
    export(a, [b.fingerprint()], [ref], for_b)
    with b.as_user("admin") as s:
        s.set_policy("classification_ceiling", "OFFICIAL")
    err = refused(for_b)
    assert err.reason == "above-ceiling" and err.exit_code == 5
    with b.as_user("admin") as s:
        s.set_policy("classification_ceiling", "SECRET")

    # A revoked sender.
    with b.as_user("admin") as s:
        TrustStore(s).revoke(a.fingerprint())
    err = refused(for_b)
    assert err.reason == "sender-revoked" and "revoked" in str(err)


def test_export_refusals_write_nothing(sites: tuple[Site, Site], tmp_path: Path) -> None:
    a, b = sites
    secret = add_full_case(a, "Ola Kowalska", marking=Marking.SECRET, attachment=None)
    out = tmp_path / "x.sdbundle"
    with a.as_user("admin") as s:
        TrustStore(s).add(
            b.card(), TrustStore(s).get(b.fingerprint()).expires_on, Marking.OFFICIAL_SENSITIVE
        )
    with pytest.raises(BundleRefused) as info:
        export(a, [b.fingerprint()], [secret], out)
    assert info.value.reason == "above-recipient-ceiling"
    assert "accepts at most OFFICIAL-SENSITIVE" in str(info.value)
    assert not out.exists() and not list(tmp_path.glob(".x.sdbundle*"))
    with pytest.raises(InvalidInput, match="to itself"):
        export(a, [a.fingerprint()], [secret], out)
    with a.as_user("olivia") as s, pytest.raises(PermissionDenied):
        export_bundle(s, recipients=[b.fingerprint()], case_refs=[secret], out=out)
    out.write_bytes(b"keep me")
    with pytest.raises(InvalidInput, match="never overwrites"):
        export(a, [b.fingerprint()], [secret], out)
    assert out.read_bytes() == b"keep me"


def test_a_case_updated_by_the_sender_updates_and_local_edits_conflict(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    from securedesk.core.domain import CaseStatus

    a, b = sites
    ref = add_full_case(a, attachment=None)
    export(a, [b.fingerprint()], [ref], tmp_path / "1.sdbundle")
    with b.as_user("tess") as s:
        import_bundle(s, tmp_path / "1.sdbundle")
    with a.as_user("oscar") as s:
        s.cases.change_status(ref, CaseStatus.INFORMATION_GATHERING)
    export(a, [b.fingerprint()], [ref], tmp_path / "2.sdbundle")
    with b.as_user("tess") as s:
        _, preview = inspect_bundle(s, tmp_path / "2.sdbundle")
        assert preview is not None and preview.updates["case"] == 1
        import_bundle(s, tmp_path / "2.sdbundle")
    with b.as_user("oscar") as s:
        assert (
            s.store.get_case(s.store.case_id_for_ref(ref)).case.status
            is CaseStatus.INFORMATION_GATHERING
        )
    # Now both sides change the case: the local edit is kept, the incoming one set aside.
    with b.as_user("oscar") as s:
        s.cases.change_status(
            ref, CaseStatus.CLOSED, "Support completed locally", justification="Allocating"
        )
        local = s.store.get_case(s.store.case_id_for_ref(ref)).case
    with a.as_user("oscar") as s:
        s.cases.change_status(ref, CaseStatus.CLOSED, "Moved away")
    export(a, [b.fingerprint()], [ref], tmp_path / "3.sdbundle")
    with b.as_user("tess") as s:
        _, preview = inspect_bundle(s, tmp_path / "3.sdbundle")
        assert preview is not None and preview.conflicts["case"] == 1
        import_bundle(s, tmp_path / "3.sdbundle")
    with b.as_user("oscar") as s:
        now = s.store.get_case(s.store.case_id_for_ref(ref)).case
        assert now.closing_reason == local.closing_reason == "Support completed locally"
        kept = s.vault.conn.execute("SELECT count(*) FROM import_conflicts").fetchone()[0]
        assert kept == 1
    # The transfer officer reviews it: listed by case, settled keeping the local record.
    with b.as_user("tess") as s:
        [open_one] = conflicts(s)
        assert (open_one.case_ref, open_one.record_type) == (ref, "case")
        settled = keep_local(s, open_one.id)
        assert settled.resolved_by == "tess"
        assert conflicts(s) == []
        assert [c.id for c in conflicts(s, include_resolved=True)] == [open_one.id]
        with pytest.raises(NotFound):
            keep_local(s, open_one.id)
    event = last_event(b)
    assert event.action == "import conflict settled: local record kept"
    assert event.object_id == open_one.record_id


def test_checkpoint_needs_the_import_or_export_role(
    sites: tuple[Site, Site], tmp_path: Path
) -> None:
    a, b = sites
    ref = add_full_case(a, attachment=None)
    out = tmp_path / "1.sdbundle"
    export(a, [b.fingerprint()], [ref], out)
    with b.as_user("olivia") as s, pytest.raises(PermissionDenied):
        check_bundle(s, out)


def test_cases_sharing_a_subject_travel_together(sites: tuple[Site, Site], tmp_path: Path) -> None:
    """Two cases about the same person: the person is written once and both cases arrive."""
    from datetime import date

    from securedesk.core.domain import Case
    from securedesk.core.vault import database

    a, b = sites
    first = add_full_case(a, attachment=None)
    with a.as_user("oscar") as s:
        person = s.store.get_case(s.store.case_id_for_ref(first)).case.subject_ids[0]
        second = s.store.next_case_ref("WF", 2026)
        with database.transaction(s.vault.conn):
            s.store.add_case(
                Case(second, "Police", date(2026, 4, 1), "oscar", subject_ids=[person]),
                audit.now_utc(),
            )
    out = tmp_path / "two.sdbundle"
    export(a, [b.fingerprint()], [first, second], out)
    with b.as_user("tess") as s:
        outcome = import_bundle(s, out)
    assert outcome.preview is not None and outcome.preview.creates["person"] == 1
    assert outcome.preview.creates["case"] == 2
    assert records_of(b, second) == records_of(a, second)
